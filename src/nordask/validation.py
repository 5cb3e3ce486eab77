"""Checks on what a caller passes to `Assistant.ask`, shared by the API, the CLI and batch files.

A question that is not valid Unicode text (lone surrogates: bytes from argv
that are not UTF-8, or `\\ud800` escapes in a JSON batch file) is rejected
rather than repaired: replacing the bad bytes would search for something the
user did not type, and the cause (a terminal or file in another encoding) is
something the user can fix. Control characters count as spaces and invisible
format characters (zero-width spaces, BOMs) as nothing; what is left must hold
a letter or a digit.
"""

from __future__ import annotations

import unicodedata

from nordask.errors import InputError

EXAMPLE = "Which committees work on electric aviation?"
MAX_QUESTION_CHARS = 2000


def _visible(text: str) -> str:
    """Control characters (NUL, ESC, tabs) as spaces and invisible format characters (U+200B,
    U+FEFF, soft hyphens) dropped, whitespace runs collapsed."""
    kept = (
        " " if (cat := unicodedata.category(ch)) == "Cc" else "" if cat == "Cf" else ch
        for ch in text
    )
    return " ".join("".join(kept).split())


def check_question(question: object) -> str:
    """The question with its whitespace normalized, or an InputError saying what is wrong."""
    if not isinstance(question, str):
        raise InputError(f"the question must be a string (got {type(question).__name__}).")
    try:
        question.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"the question is not valid UTF-8 text (an undecodable byte at character "
            f"{exc.start + 1}): check the encoding of the terminal or the file it came from."
        ) from exc
    question = _visible(question)
    if not question:
        raise InputError(f'the question is empty: type a question, e.g. "{EXAMPLE}"')
    if len(question) > MAX_QUESTION_CHARS:
        raise InputError(
            f"the question is longer than {MAX_QUESTION_CHARS} characters: "
            "shorten it to the point you want answered."
        )
    if not any(unicodedata.category(ch)[0] in "LN" for ch in question):
        raise InputError(f'the question has no letters or digits: ask in words, e.g. "{EXAMPLE}"')
    return question


def check_k(k: object) -> int | None:
    """The number of passages asked for: a whole number of at least 1, or None for the default."""
    if k is None:
        return None
    if isinstance(k, bool) or not isinstance(k, int):
        raise InputError(f"k must be a whole number of passages (got {k!r}).")
    if k < 1:
        raise InputError(f"k must be at least 1 (got {k}).")
    return k


def check_text_option(name: str, value: object) -> str | None:
    """`lang`, `doc` and `interpreted` are strings or None."""
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{name} must be a string (got {value!r}).")

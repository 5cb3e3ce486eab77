"""Follow-up questions: "and what budget do they have?" after a first answer.

A follow-up leans on the previous turn through a pronoun ("they", "dem",
"deres") or an opening like "and ..."/"och ...". When the previous turn was
about one goal ("What is goal 7 about?") or one named subject ("What is
Kvarkenrådet?"), the pronoun is replaced by it ("Who is responsible for goal
7?"), so the question is read as if asked in full. Otherwise the question is
searched together with what the previous turn was about: its actors, or else the
context it was itself read with, or its question. The text is returned so the
user sees what was searched.
"""

from __future__ import annotations

import re

from nordask.query import parse
from nordask.records import Answer

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|what about|how about|och|samt|men|og|hvad med|hva med|vad med)\b"
    r"|\b(?:they|them|their|theirs|it|its|this|these|those|there|"
    r"de|dem|deras|den|det|dessa|där|dom|"
    r"deres|dere|disse|dette|der|dens|dets)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 12
#: A pronoun for one thing ("it", "den", "det"), which a goal or a subject can replace.
_ONE = re.compile(r"\b(?:it|this|den|det|denna|detta|denne|dette)\b", re.IGNORECASE)
#: A pronoun for an organisation, which may be spoken of in the plural ("they", "de").
_THEY = re.compile(r"\b(?:it|they|them|den|det|de|dem|dom|dere)\b", re.IGNORECASE)
#: The context a follow-up was searched with: "… (Kvarkenrådet, Mittnordenkommittén)".
_CONTEXT = re.compile(r"\(([^()]*)\)\s*$")
#: An answer that is one goal's outline: "Goal 9 (Socialt hållbart Norden): …".
_ONE_GOAL = re.compile(r"^Goal (\d+) \(")
_SCANDINAVIAN = re.compile(
    r"\b(?:vad|hva|hvad|vem|hvem|vilka|vilken|vilket|hvilke|hvilken|hvilket|hur|hvor|och|og|"
    r"är|er)\b",
    re.IGNORECASE,
)


def is_follow_up(question: str) -> bool:
    """Short questions that point back at the previous turn."""
    return len(question.split()) <= _MAX_WORDS and bool(_FOLLOW_UP.search(question))


def interpret(question: str, previous: Answer | None) -> str | None:
    """The text to search for, or None when the question stands on its own."""
    if previous is None or not previous.answered or not is_follow_up(question):
        return None
    asked = previous.interpreted or previous.question
    context = _CONTEXT.search(asked)
    before = parse(previous.question if context else asked)
    goal = before.goal if before.goal is not None else _answered_goal(previous.answer)
    if goal is not None and _ONE.search(question):  # "it" is the goal, not its actors
        word = "mål" if _SCANDINAVIAN.search(question) else "goal"
        return _ONE.sub(f"{word} {goal}", question, count=1)
    named = before.kind == "definition" and before.subject[:1].isupper()
    if named and not previous.entities and _THEY.search(question):
        return _THEY.sub(before.subject, question, count=1)
    if previous.entities:
        about = ", ".join(previous.entities)
    elif context:  # the previous turn was a follow-up: what it was about, not its text
        about = context.group(1)
    else:
        about = asked
    return f"{question} ({about})"


def _answered_goal(answer: str) -> int | None:
    """The goal an answer gives the outline of ("Which goal is about health?" → 9)."""
    match = _ONE_GOAL.match(answer)
    return int(match.group(1)) if match else None

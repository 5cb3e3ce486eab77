"""Labelled lines: "Moderator: Kari Holm, adviser", "Påmeldingsfrist: 20. august 2027",
"10:20  Keynote: "…" Dr. Ola Berg", and a row of a two-column table ("| Delivery of the
draft | 3 May 2027 |"). Programmes, project cards, FAQs, calls, timetables and job
adverts give their facts so, one to a line; when the label is what a question asks for
(by its word's first letters, or a part of a compound label), the line's value
answers it, though it reads as no sentence.
"""

from __future__ import annotations

import re

from nordask.cleaning import CLOCK_TIME
from nordask.passages import fold, word_stem
from nordask.query import STEM_LETTERS
from nordask.words import content_words

#: A labelled line, perhaps an agenda item after its time: its label, one to four words
#: with a capital ("Moderator", "Contact person", "Keynote"), and its value.
_LABELLED = re.compile(
    rf"^(?:{CLOCK_TIME}\s+)?(?P<label>[A-ZÅÄÖÆØ][\w-]*(?:\s+[\w-]+){{0,3}})\s*:\s+"
    r"(?P<value>\S.*)$"
)
#: A row of a two-column table, its cells between bars: its label cell and its value
#: cell ("| Closing date for bids | 3 March 2027 |"; a sentence split inside the value
#: cell may have lost the closing bar: "| Sista anbudsdag | 22 januari 2027 kl.").
_TWO_CELLS = re.compile(r"^\|\s*(?P<label>[^|\s][^|]*?)\s+\|\s+(?P<value>[^|\s][^|]*?)\s*\|?$")
#: Label words and question words this short say too little to match.
_SHORT_WORD = 4


def label_and_value(line: str) -> tuple[str, str] | None:
    """A labelled line's label and value, or None for any other line. A two-column
    table's row is one: its first cell says what the second is, as a label does."""
    labelled = _LABELLED.match(line.strip()) or _TWO_CELLS.match(line.strip())
    return (labelled.group("label"), labelled.group("value")) if labelled else None


def asked_words(question: str) -> list[str]:
    """The question's words a label may say, in their order."""
    return [w for w in content_words(question) if len(w) >= _SHORT_WORD]


def label_says(label: str, asked: list[str]) -> int | None:
    """The place in `asked` (`asked_words`) of the first that a label's word is a form
    of, by its first letters ("Moderator", "modererar"), or whose first letters stand
    inside a compound label word ("Påmeldingsfrist", "fristen"); None if none is."""
    parts = [fold(w) for w in re.findall(r"[^\W\d_]+", label) if len(w) >= _SHORT_WORD]
    for i, word in enumerate(asked):
        stem = word_stem(word)
        if any(p.startswith(stem) or (len(stem) >= STEM_LETTERS and stem in p) for p in parts):
            return i
    return None

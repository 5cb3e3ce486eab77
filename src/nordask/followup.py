"""Follow-up questions: "and what budget do they have?" after a first answer.

A follow-up leans on the previous turn through a pronoun ("they", "dem",
"deres") or an opening like "and ..."/"och ...". Such a question is searched
together with what the previous turn was about: its actors, or else its
question. The expanded text is returned so the user sees what was searched.
"""

from __future__ import annotations

import re

from nordask.records import Answer

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|what about|how about|och|samt|men|og|hvad med|hva med|vad med)\b"
    r"|\b(?:they|them|their|theirs|it|its|this|these|those|there|"
    r"de|dem|deras|den|det|dessa|där|dom|"
    r"deres|dere|disse|dette|der|dens|dets)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 12


def is_follow_up(question: str) -> bool:
    """Short questions that point back at the previous turn."""
    return len(question.split()) <= _MAX_WORDS and bool(_FOLLOW_UP.search(question))


def interpret(question: str, previous: Answer | None) -> str | None:
    """The text to search for, or None when the question stands on its own."""
    if previous is None or not previous.answered or not is_follow_up(question):
        return None
    about = (
        ", ".join(previous.entities)
        if previous.entities
        else (previous.interpreted or previous.question)
    )
    return f"{question} ({about})"

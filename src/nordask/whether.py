"""Yes-or-no questions: which claim a question asks about, and whether it denies.

"Is it true that NORA gets no money under goal 7?" asks whether a claim holds, and the
claim is negative: a cell of 0 makes the answer Yes. "Does NORA not get any money?"
is answered Yes or No alike by readers who mean opposite things: its answer leads with
the figure alone.
"""

from __future__ import annotations

import re

#: "Is it true that …" and its Nordic forms: the claim follows.
_CLAIM = re.compile(
    r"^\s*(?:is\s+it\s+(?:true|correct|right|so)|stämmer\s+det|är\s+det\s+(?:sant|rätt|riktigt)|"
    r"stemmer\s+det|er\s+det\s+(?:rigtigt|sandt|riktig|sant|korrekt|sådan|slik))"
    r",?\s+(?:that|att|at)\s+(?P<claim>.+)$",
    re.IGNORECASE,
)
#: A word that denies what it stands in: "not", "no", "inte", "ikke", "ingen", "aldrig".
_DENIAL = re.compile(
    r"\b(?:not|no|none|nothing|never|\w+n't|inte|icke|ej|ikke|ikkje|ingen|inga|inget|intet|"
    r"aldrig|aldri)\b",
    re.IGNORECASE,
)


def claim_of(question: str) -> str | None:
    """The claim an "is it true that" question asks about, else None."""
    match = _CLAIM.match(question)
    return match.group("claim") if match else None


def denies(text: str) -> bool:
    """Whether a text has a word that denies ("inte får några pengar", "gets no money")."""
    return bool(_DENIAL.search(text))

"""Spot named actors (committees, councils, regions, projects, organisations).

Rule-based on purpose: the corpus names actors in recognisable shapes
(Scandinavian definite compounds such as "Kvarkenrådet", English names ending
in "Council" or "Programme", acronyms such as "NORA"), and rules need no model
and explain themselves.
"""

from __future__ import annotations

import re

_UPPER = "A-ZÅÄÖÆØÜ"
_SUFFIXES = (
    "rådet|rådets|kommittén|kommittéen|komiteen|komitéen|komitee|kommissionen|"
    "sekretariatet|nämnden|förbundet|forbundet|utvalget|udvalget|styrelsen|verket|"
    "direktoratet|departementet|ministeriet|regionen|gruppen|nätverket|netværket|"
    "nettverket|partnerskabet|partnerskapet|institutet|instituttet|programmet|"
    "universitet|universitetet|regio"
)
_COMPOUND = re.compile(rf"\b[{_UPPER}][\wåäöæøüé-]*?(?:{_SUFFIXES})\b")
_ENGLISH_HEADS = (
    "Council|Committee|Commission|Partnership|Network|Programme|Program|Agency|"
    "Association|Forum|Institute|University|Secretariat|Board|Alliance|Initiative|"
    "Foundation|Ministry|Centre|Center|Cluster|Project|Conference|Authority"
)
_ENGLISH = re.compile(
    rf"\b(?:[{_UPPER}][\w&'-]+\s+(?:(?:of|for|and|the|on)\s+)?){{1,5}}(?:{_ENGLISH_HEADS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)*)?"
)
_ACRONYM = re.compile(rf"\b[{_UPPER}]{{3,}}(?:-[{_UPPER}]+)?\b|\b[{_UPPER}]{{2}}-[{_UPPER}]\b")
_NOT_ACTORS = frozenset(
    ["MDKK", "DKK", "NOK", "SEK", "EUR", "CO2", "PDF", "FN", "EU", "EK", "NB", "OBS", "ERDF", "GDP"]
)
_LEADING = re.compile(r"^(?:The|A|An|This|These|Our|Its|Their)\s+")

_WHICH_WHO = re.compile(
    r"^\s*(?:which|who|what\s+(?:organi[sz]ations?|bodies|actors|committees|councils|"
    r"partners|regions|projects)|name\s+the|list\s+the|vilka|vem|vilken|vilket|hvilke|"
    r"hvem|hvilken|hvilket|hvilka)\b",
    re.IGNORECASE,
)


def asks_for_actors(question: str) -> bool:
    """True for "which/who" questions, in any of the four languages."""
    return bool(_WHICH_WHO.search(question))


def find_actors(text: str) -> list[str]:
    """Actor names in `text`, in order of first appearance, without repeats."""
    found: list[tuple[int, str]] = []
    for pattern in (_COMPOUND, _ENGLISH):
        for match in pattern.finditer(text):
            found.append((match.start(), _LEADING.sub("", match.group(0)).strip()))
    for match in _ACRONYM.finditer(text):
        if match.group(0) not in _NOT_ACTORS:
            found.append((match.start(), match.group(0)))
    names: list[str] = []
    seen: set[str] = set()
    for _, name in sorted(found):
        key = name.casefold()
        if key in seen or any(key in other.casefold() for other in names):
            continue
        seen.add(key)
        names.append(name)
    return names

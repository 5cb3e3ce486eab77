"""Whether a party is among the members a document lists: "Er Norrbotten med i
EU-Kommissionens S3-platform?".

A sentence that lists a thing's members ("Dalarna, Gävleborg, … and Östergötland are
Swedish members of the S3 platform.") decides such a question: the party is named in
it or not. Only a list that claims to be whole decides it (not "members include …",
"bl.a."), and only the party's whole name counts as named; otherwise the sentence alone
leads, with no yes or no.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nordask.passages import Support, fold, sentence_text
from nordask.quotes import quote

#: "Is X a member of Y", "Er X med i Y", "Är X medlem i Y", "Ingår X i Y".
_ASKS_MEMBER = re.compile(
    r"^\s*(?:is|are|was|were|er|är|var|ingår|inngår|indgår)\s+(?P<who>.+?)\s+"
    r"(?:(?:a\s+)?(?:member|part|participant)\s+(?:of|in)|among|med\s+i|"
    r"medlem(?:mer)?\s+(?:i|av|af)|(?:en\s+)?del\s+a[fv])\s+(?P<what>.+?)\W*$",
    re.IGNORECASE,
)
#: A word for a member.
_MEMBERS = re.compile(
    r"\b(?:members?|medlem\w*|deltager\w*|deltagare|deltakere|participants?)\b", re.IGNORECASE
)
#: Three or more items joined by commas and a last "and": a list.
_LISTED = re.compile(r"[^,]+(?:,[^,]+){2,}\s(?:and|och|og|samt)\s", re.IGNORECASE)
#: Words that say a list names some of the members, not all.
_SOME = re.compile(
    r"\b(?:includ\w*|among\s+others|such\s+as|for\s+example|e\.\s?g|bl\.\s?a|bland\s+annat|"
    r"blant\s+annet|blandt\s+andet|m\.\s?fl|etc|osv|f\.\s?eks|t\.\s?ex|fx|inkl\w*|bl\.a)\b",
    re.IGNORECASE,
)
#: What marks a thing's name out of common words: a digit ("S3") or capitals ("EU").
_MARK = re.compile(r"\b(?=\w*\d)\w+|\b[A-ZÆØÅÄÖ]{2,}\b")


@dataclass(frozen=True)
class Listing:
    """The sentence that lists the asked thing's members, and whether it names the party."""

    support: Support
    sentence: str
    who: str
    named: bool | None  # None: part of the party's name only

    def lead(self) -> str:
        said = f"“{quote(self.sentence)}” [{self.support.n}]"
        if self.named is None:
            return said
        if self.named:
            return f"Yes — {self.who} is among those listed: {said}"
        return f"No — {self.who} is not among those listed: {said}"


def asked_membership(question: str) -> tuple[str, str] | None:
    """The party and the thing a membership question names: ("Norrbotten",
    "EU-Kommissionens S3-platform"); None for another question, a party with no name
    or a thing with no mark of a name (a digit or capitals) to find its list by."""
    match = _ASKS_MEMBER.match(question)
    if match is None or not _MARK.search(match.group("what")):
        return None
    if not re.search(r"\b[A-ZÆØÅÄÖ]", match.group("who")):
        return None  # "Is the budget part of …": no party named
    return match.group("who").strip(), match.group("what").strip()


def lists_members_of(sentence: str, what: str) -> bool:
    """Whether a sentence lists the members of `what` whole: a member word, three or more
    items, every mark of the thing's name ("S3"), and no "include" or "bl.a."."""
    marks = [m.group(0) for m in _MARK.finditer(what)]
    digits = [m for m in marks if any(c.isdigit() for c in m)]
    needed = digits or marks
    return (
        bool(_MEMBERS.search(sentence) and _LISTED.search(sentence))
        and not _SOME.search(sentence)
        and all(re.search(rf"\b{re.escape(m)}\b", sentence) for m in needed)
    )


def member_listing(question: str, supports: Sequence[Support]) -> Listing | None:
    """The first cited sentence that lists the asked thing's members, and whether it
    names the party: its whole name (yes), none of its words (no), some (undecided)."""
    asked = asked_membership(question)
    if asked is None:
        return None
    who, what = asked
    words = [w for w in re.findall(r"\w+", fold(who)) if len(w) >= 3]
    for s in supports:
        for i in range(len(s.chunk.sentences)):
            sentence = sentence_text(s.chunk, i)
            if not lists_members_of(sentence, what):
                continue
            folded = fold(sentence)
            found = [bool(re.search(rf"\b{re.escape(w)}\b", folded)) for w in words]
            named = True if found and all(found) else False if not any(found) else None
            return Listing(s.at(i), sentence, who, named)
    return None

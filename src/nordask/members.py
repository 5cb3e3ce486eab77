"""Whether a party is among the members a document lists: "Er Norrbotten med i
EU-Kommissionens S3-platform?", and which members it lists: "Vilka svenska regioner är
med i Vanguard-samarbetet?".

A sentence that lists a thing's members ("Dalarna, Gävleborg, … and Östergötland are
Swedish members of the S3 platform.") decides such a question: the party is named in
it or not. Only a list that claims to be whole decides it (not "members include …",
"bl.a."), and only the party's whole name counts as named; otherwise the sentence alone
leads, with no yes or no.

A which-question is answered by the names such a sentence gives on the other side of
its verb from the word for members ("Members from Sweden in Vanguard are Dalarna, …",
"Swedish partner is Region Skåne"), however they are written: a list of places names
no "Region". The sentence must be about the thing asked: it names it, or stands in a
paragraph or under a heading that does (a project's paragraph ends in its partner).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nordask.aspects import names_title
from nordask.entities import find_actors
from nordask.passages import (
    Support,
    citation_marks,
    fold,
    in_same_place,
    last_heading,
    same_paragraph,
    sentence_text,
)
from nordask.people import named_in, split_names
from nordask.query import NAME_LINK, asked_country, is_country
from nordask.quotes import quote, quoted
from nordask.records import Chunk

#: "Is X a member of Y", "Er X med i Y", "Är X medlem i Y", "Ingår X i Y".
_ASKS_MEMBER = re.compile(
    r"^\s*(?:is|are|was|were|er|är|var|ingår|inngår|indgår)\s+(?P<who>.+?)\s+"
    r"(?:(?:a\s+)?(?:member|part|participant)\s+(?:of|in)|among|med\s+i|"
    r"medlem(?:mer)?\s+(?:i|av|af)|(?:en\s+)?del\s+a[fv])\s+(?P<what>.+?)\W*$",
    re.IGNORECASE,
)
#: A word for a member or a partner.
_MEMBERS = re.compile(
    r"\b(?:members?|medlem\w*|deltager\w*|deltagare|deltakere|participants?|partners?|"
    r"partnere|partnerne|partnerna)\b",
    re.IGNORECASE,
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

    def lead(self, question_lang: str | None = None) -> str:
        said = f"{quoted(quote(self.sentence), self.support, question_lang)} [{self.support.n}]"
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


#: A which-question for the members of a named thing, up to the thing: "Vilka svenska
#: regioner är med i Vanguard-samarbetet?", "Which regions are members of X?", "Hvilke
#: regioner er partnere i A og i B?", "Vilka organisationer ingår i X?", "… take part in X".
_MEMBERS_OF = re.compile(
    r"\b(?:(?:are|is|were|was|är|var|er|blev|ble)\s+(?:(?:the\s+)?(?:members?|partners?|"
    r"participants?|part)\s+(?:of|in)|med\s+i|(?:medlem\w*|partner\w*|deltag\w*|deltak\w*)\s+"
    r"(?:i|av|af|på))|(?:ingår|inngår|indgår|deltar|deltager|deltek|participates?|"
    r"takes?\s+part)\s+(?:in|i))\s+(?P<what>.+?)\W*$",
    re.IGNORECASE,
)
#: Two things asked about at once, the preposition said again: "i S34Growth og i Beyond EDP".
_EACH_THING = re.compile(r"\s+(?:and|og|och|samt)\s+(?:in|i|of|av|af|på)\s+", re.IGNORECASE)
#: The verb a sentence that lists members turns on: the word for members on one side, the
#: names on the other ("Members … are A, B and C", "A, B and C are members …").
_LISTING_VERB = re.compile(
    r"\b(?:are|is|were|was|är|var|er|include[sd]?|omfattar|omfatter|inkluderar|inkluderer)\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: A listed member's name has at most this many words.
NAME_WORDS = 8


@dataclass(frozen=True)
class Listed:
    """A sentence that lists members of a thing the question names, and the names."""

    support: Support
    sentence: str
    names: list[str]


@dataclass(frozen=True)
class Members:
    """The members listed for each thing a which-question asks about, by the thing's name
    as the question writes it (one thing, or "A og i B": two)."""

    things: list[tuple[str, list[Listed]]]
    #: Each thing's name parts, as `_name_keys` finds them written.
    keys: list[list[str]]

    def names(self) -> list[str]:
        found = [name for _, listed in self.things for one in listed for name in one.names]
        return list(dict.fromkeys(found))

    def cited(self) -> set[int]:
        return {one.support.n for _, listed in self.things for one in listed}

    def speaks_of(self, support: Support) -> bool:
        """Whether a passage names a thing asked about: another one's list of members
        ("… are Swedish members of the S3 platform" under "Vanguard") is no support."""
        text = _written(support)
        return any(keys and _names_thing(text, keys) for keys in self.keys)

    def lead(self, question_lang: str | None = None) -> str:
        """ "Dalarna; Skåne [1]: “Members … are Dalarna and Skåne.”", or for two things
        one such part each, labelled with the thing: "S34Growth: Region Skåne [1] — “…”";
        a quote in another language than the question's is labelled with its own."""
        if len(self.things) == 1:
            return _listed_lead(self.things[0][1], ": ", question_lang)
        parts = [
            f"{thing}: {_listed_lead(listed, ' — ', question_lang)}"
            if listed
            else f"{thing}: none of the closest passages names its members"
            for thing, listed in self.things
        ]
        return "; ".join(parts)


def _listed_lead(listed: list[Listed], before_quote: str, question_lang: str | None) -> str:
    names = list(dict.fromkeys(name for one in listed for name in one.names))
    marks = citation_marks([one.support.n for one in listed])
    said = " ".join(quoted(quote(one.sentence), one.support, question_lang) for one in listed)
    return f"{'; '.join(names)} {marks}{before_quote}{said}"


def asked_things(question: str) -> list[str]:
    """The things a which-question asks the members of, as written ("Vanguard-samarbetet";
    "S34Growth", "Beyond EDP"); none for another question."""
    match = _MEMBERS_OF.search(question)
    if match is None:
        return []
    return [thing.strip() for thing in _EACH_THING.split(match.group("what")) if thing.strip()]


def _name_parts(thing: str) -> list[str]:
    """The parts of a thing's name: its capitalised or numbered words ("Vanguard" of
    "Vanguard-samarbetet", "Beyond", "EDP"), not a country ("… from Sweden" says whose
    members, not which thing's); none for a thing with no name ("partnerskapet för
    klimatneutrala kommuner")."""
    return [
        part
        for part in re.findall(r"[^\W_]+", thing)
        if (part[:1].isupper() or any(ch.isdigit() for ch in part)) and not is_country(part)
    ]


def _name_keys(thing: str, supports: Sequence[Support]) -> list[str]:
    """The parts of a thing's name (`_name_parts`) that some cited passage writes: not
    "Kommissionens" of "EU-Kommissionens S3-platform", which an English text translates."""
    texts = [_written(s) for s in supports]
    return [part for part in _name_parts(thing) if any(_names_thing(t, [part]) for t in texts)]


def _written(support: Support) -> str:
    """A passage's text with its heading and its document's title."""
    return f"{support.chunk.title}\n{support.section}\n{support.chunk.text}"


def about_things(question: str, supports: Sequence[Support]) -> list[Support]:
    """The passages about a thing with no name whose members a which-question asks for
    ("partnerskapet för klimatneutrala kommuner"): those whose document title or heading
    names most of its words. Its members are read there, not in a passage on something
    else that names organisations. (A thing with a name is found by it: lists.py.)"""
    things = [thing for thing in asked_things(question) if not _name_parts(thing)]
    return [
        s
        for s in supports
        if any(names_title(t, f"{s.chunk.title}\n{last_heading(s.section)}") for t in things)
    ]


def _names_thing(text: str, keys: list[str]) -> bool:
    """Whether a text writes every one of a name's parts: "S3" in "the S3 platform", not
    in "S34Growth"."""
    return all(re.search(rf"(?<![^\W_]){re.escape(key)}(?!\d)", text) for key in keys)


def listed_names(sentence: str) -> list[str]:
    """The names a sentence lists as members, on the other side of its verb from the word
    for members ("Members from Sweden in Vanguard are Dalarna, Skåne and Örebro": Dalarna,
    Skåne, Örebro; "Swedish partner is Region Skåne"); none when that side is not names
    alone ("Members are elected for two years")."""
    verb = _LISTING_VERB.search(sentence)
    if verb is None:
        return []
    before, after = sentence[: verb.start()], sentence[verb.end() :]
    if _MEMBERS.search(before) and not _MEMBERS.search(after):
        side = after
    elif _MEMBERS.search(after) and not _MEMBERS.search(before):
        side = before
    else:
        return []
    items = [_ARTICLE.sub("", item) for item in split_names(side.strip(" .:;\n"))]
    return items if all(map(_name_shaped, items)) else []


def _name_shaped(item: str) -> bool:
    """Whether a list's item is a name: capitalised words and the small words inside
    names ("University of Oslo", "Hauts-de-France"), or an actor's name with a lowercase
    head ("Innlandet fylkeskommune"); not a clause ("Even if it")."""
    words = item.split()
    if not words or len(words) > NAME_WORDS or not words[0][:1].isupper():
        return False
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or NAME_LINK.fullmatch(w) for w in words)
    return capitalised or find_actors(item) == [item]


def _listings(keys: list[str], supports: Sequence[Support]) -> list[Listed]:
    """The sentences of the cited passages that list members of the thing named by `keys`,
    best-ranked passage first: those that name it, else those under a heading or in a
    paragraph that opens by naming it (`_placed`)."""
    direct: dict[str, Listed] = {}
    placed: dict[str, Listed] = {}
    for s in sorted(supports, key=lambda s: -s.score):
        chunk = s.chunk
        for j in range(len(chunk.sentences)):
            sentence = " ".join(sentence_text(chunk, j).split())
            if sentence in direct or sentence in placed or not (names := listed_names(sentence)):
                continue
            if _names_thing(sentence, keys):
                direct[sentence] = Listed(s.at(j), sentence, names)
            elif _placed(chunk, j, keys):
                placed[sentence] = Listed(s.at(j), sentence, names)
    return list((direct or placed).values())


def _placed(chunk: Chunk, j: int, keys: list[str]) -> bool:
    """Whether sentence `j` stands under a heading that names the thing, or in a paragraph
    whose first sentence does ("The S34Growth aims … Swedish partner is Region Skåne."):
    a paragraph that only mentions it on the way ("… develop regional S3. Swedish partner
    is …") is about something else."""
    if _names_thing(last_heading(chunk.section_of(j)), keys):
        return True
    first = next(
        i for i in range(j + 1) if same_paragraph(chunk, i, j) and in_same_place(chunk, i, j)
    )
    return _names_thing(sentence_text(chunk, first), keys)


def listed_members(question: str, supports: Sequence[Support]) -> Members | None:
    """For "which regions are members of X" (or "partners in A and in B"), the sentences
    that list X's members, only those of the country the question narrows to when some
    speak of it ("svenska regioner": "Members from Sweden …", not "from Norway"), without
    the names the question gives itself; None when no thing asked has any."""
    country = asked_country(question)
    things, keys = [], []
    for thing in asked_things(question):
        keys.append(_name_keys(thing, supports))
        listed = _listings(keys[-1], supports) if keys[-1] else []
        if country is not None:
            listed = [one for one in listed if country[1].search(one.sentence)] or listed
        listed = [
            Listed(one.support, one.sentence, kept)
            for one in listed
            if (kept := [name for name in one.names if not named_in(name, question)])
        ]
        things.append((thing, listed))
    if not any(listed for _, listed in things):
        return None
    return Members(things, keys)

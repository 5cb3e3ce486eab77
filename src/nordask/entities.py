"""Spot named actors (committees, councils, regions, projects, organisations).

Rule-based on purpose: the corpus names actors in recognisable shapes
(Scandinavian definite compounds such as "Kvarkenrådet", English names ending
in "Council" or "Programme", acronyms such as "NORA"), and rules need no model
and explain themselves.
"""

from __future__ import annotations

import re

from nordask.words import every_stopword

_UPPER = "A-ZÅÄÖÆØÜ"
_SUFFIXES = (
    "rådet|rådets|kommittén|kommittéen|komiteen|komitéen|komitee|kommissionen|"
    "sekretariatet|nämnden|förbundet|forbundet|utvalget|udvalget|styrelsen|verket|"
    "direktoratet|departementet|ministeriet|regionen|gruppen|nätverket|netværket|"
    "nettverket|partnerskabet|partnerskapet|institutet|instituttet|programmet|"
    "universitet|universitetet|regio|komiten|samarbetet|samarbeidet|samarbejdet"
)
_COMPOUND = re.compile(rf"\b[{_UPPER}][\wåäöæøüé-]*?(?:{_SUFFIXES})\b")
_ENGLISH_HEADS = (
    "Council|Committee|Commission|Partnership|Network|Programme|Program|Agency|"
    "Association|Forum|Institute|University|Secretariat|Board|Alliance|Initiative|"
    "Foundation|Ministry|Centre|Center|Cluster|Project|Conference|Authority|Region"
)
_ENGLISH = re.compile(
    rf"\b(?:[{_UPPER}][\w&'-]+\s+(?:(?:of|for|and|the|on)\s+)?){{1,5}}(?:{_ENGLISH_HEADS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)*)?"
)
#: A Nordic name written as a name and a head noun: "Viken Fylkeskommune", "Lapplands
#: Förbund", "Troms-Finnmark fylke", "Umeå Universitet", "Region Norrbotten" (in English,
#: "the Region of Västerbotten").
_NORDIC_HEADS = (
    "fylkeskommune|fylkeskommun|fylke|kommune|kommun|län|amt|förbund|forbund|universitet|"
    "högskola|høgskole|høgskolen|region"
)
_NORDIC = re.compile(
    # Names that share one head are one actor: "Vasa och Umeå Universitet".
    rf"\b(?:[{_UPPER}][\wåäöæøüé-]+\s+(?:och|og|and|samt)\s+)?"
    rf"[{_UPPER}][\wåäöæøüé-]+\s+(?i:{_NORDIC_HEADS})\b(?!\s+[{_UPPER}])|"
    rf"\bRegion\s+(?:of\s+)?[{_UPPER}][\wåäöæøüé-]+"
)
_JOINED = re.compile(r"^(?:och|og|and|samt)\s+")
#: The two places a border body is named by, after its compound name: the
#: "Östfold-Bohuslän" of "Gränskommittén Östfold-Bohuslän" (maybe broken at its hyphen).
_PLACE_PAIR = re.compile(rf"[ \t]+([{_UPPER}][\wåäöæøüé]+-\s*[{_UPPER}][\wåäöæøüé]+)\b")
#: A hyphen a line break followed: "Östfold-\nBohuslän".
_BROKEN_HYPHEN = re.compile(r"-\s+")
#: A name after the kind of firm it is: "industriföretaget Permascand", "the company Acme",
#: or set off after it by commas: "nya företag, Acme, som …", "a start-up firm, Acme, will".
_FIRM = re.compile(
    r"\b(?:[a-zåäöæøü]*(?:företaget|bolaget|virksomheden|virksomheten|selskabet|selskapet|"
    rf"koncernen)\s+|the\s+(?:company|firm)\s+|"
    r"[a-zåäöæøü]*(?:företag|bolag|virksomhed|virksomhet|selskab|selskap|compan(?:y|ies)|"
    r"firms?),\s+(?=[^\W\d_][\wåäöæøüé-]+,))"
    rf"([{_UPPER}][\wåäöæøüé-]+)"
)
#: Bodies a list names in lower case beside named ones: "(Nordregio, NORA,
#: grænsekomiteerne og temagrupperne)".
_LISTED_BODY = re.compile(
    r"(?:,\s+|\s+(?:og|och|and|samt)\s+)"
    r"([a-zåäöæøü][\wåäöæøüé]*(?:komit[ée]erne|komiteene|kommittéerna|grupperne|gruppene|"
    r"grupperna|rådene|råden|udvalgene|utvalgene|netværkene|nettverkene|nätverken))\b"
)
#: A list of names before such a body: "Nordregio, NORA, ".
_NAMES_BEFORE = re.compile(rf"\b[{_UPPER}][\wåäöæøüé-]+,\s")
#: A capitalised word before a compound name, inside a sentence, is part of it:
#: "medlemmar Västra Götalandsregionen".
_MODIFIER = re.compile(rf"(?<=[a-zåäöæøüé,]\s)[{_UPPER}][\wåäöæøüé-]+\s+$")
_ACRONYM = re.compile(rf"\b[{_UPPER}]{{3,}}(?:-[{_UPPER}]+)?\b|\b[{_UPPER}]{{2}}-[{_UPPER}]\b")
#: A currency code, plain or scaled by a thousand, a million or a billion ("NOK",
#: "MSEK", "MDKK", "TEUR", "MNOK"): a unit, never an actor ("The total budget is MSEK 67").
_CURRENCY_CODE = re.compile(r"(?:T|K|M|MD|MN|MIA|BN)?(?:DKK|NOK|SEK|ISK|EUR|USD|GBP)")
#: Units and abbreviations that are not actors.
_NOT_ACTORS = (
    frozenset({"CO2", "GHG", "GDP", "KPI"})
    | frozenset({"PDF", "FN", "EU", "EK", "NB", "OBS", "ERDF", "ETC", "GIS", "ICT", "SMS"})
    | frozenset({"SDG", "SDGS", "SME", "SMES"})
)
#: Acronyms are short; a longer all-caps word is a heading ("HANDLINGSPLAN").
_ACRONYM_MAX = 6
_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LEADING = re.compile(r"^(?:The|A|An|This|These|Our|Its|Their)\s+")

#: What kind of actor a name is, read from its head word: the definite suffix of a
#: Scandinavian compound ("Kvarkenrådet") or the head of an English name.
_KINDS = (
    (
        "committee",
        re.compile(
            r"(?:rådet|rådets|kommittén|kommittéen|komiteen|komitéen|komiten|komitee|nämnden|"
            r"udvalget|utvalget|styrelsen|samarbetet|samarbeidet|samarbejdet)$|"
            r"\b(?:Council|Committee|Commission|Board)\b",
            re.IGNORECASE,
        ),
    ),
    ("region", re.compile(r"(?:regionen|län|fylke|fylkeskommune|amt)$|\bRegion\b", re.I)),
    ("network", re.compile(r"(?:nätverket|netværket|nettverket)$|\bNetwork\b", re.I)),
    (
        "project",
        re.compile(r"(?:projektet|prosjektet|programmet)$|\b(?:Project|Programme|Program)\b"),
    ),
)


def actor_kind(name: str) -> str:
    """'committee' (committees and councils), 'region', 'network', 'project' or
    'organisation' (everything else, acronyms included). The places a border body is
    named by do not change its kind ("Gränskommittén Östfold-Bohuslän")."""
    head, _ = split_place_pair(name)
    for kind, pattern in _KINDS:
        if pattern.search(head):
            return kind
    return "organisation"


def split_place_pair(name: str) -> tuple[str, str | None]:
    """A border body's compound name and the places it is named by ("Gränskommittén",
    "Östfold-Bohuslän"), or the name and None: either part names the body."""
    head, _, places = name.partition(" ")
    if _COMPOUND.fullmatch(head) and _PLACE_PAIR.fullmatch(f" {places}"):
        return head, places
    return name, None


def named_by_places(name: str) -> bool:
    """Whether a name is two places joined by a hyphen alone ("Innlandet-Dalarna"): how a
    border body's block is headed without the word for it ("Grensekomiten Värmland-Østfold")."""
    return bool(_PLACE_PAIR.fullmatch(f" {name}"))


def name_keys(name: list[str]) -> list[str]:
    """The words a thing's name is looked for by: not those that say what kind of body it
    is ("Council" of "Pohjola Regional Council"), which any body of that kind shares."""
    return [w for w in name if actor_kind(w) == "organisation"] or name


def find_actors(text: str) -> list[str]:
    """Actor names in `text`, in order of first appearance, without repeats."""
    found: list[tuple[int, str]] = []
    for pattern in (_COMPOUND, _ENGLISH, _NORDIC):
        for match in pattern.finditer(text):
            start, name = match.start(), _LEADING.sub("", match.group(0)).strip()
            if pattern is _NORDIC and name.split()[0].casefold() in every_stopword():
                continue  # "Denna region", "Varje kommun": no name
            first, _, rest = name.partition(" ")
            if pattern is _NORDIC and _COMPOUND.fullmatch(first) and _JOINED.match(rest):
                # "Götalandsregionen och Viken Fylkeskommune": two actors, not one head.
                start, name = start + len(name) - len(_JOINED.sub("", rest)), _JOINED.sub("", rest)
            pair = _PLACE_PAIR.match(text, match.end()) if pattern is _COMPOUND else None
            if pair:
                name = f"{name} {_BROKEN_HYPHEN.sub('-', pair.group(1))}"
            modifier = _MODIFIER.search(text, max(0, start - 40), start)
            if pattern is not _ENGLISH and modifier:
                start, name = modifier.start(), f"{modifier.group(0)}{name}"
            found.append((start, name))
    found += [(match.start(1), match.group(1)) for match in _FIRM.finditer(text)]
    for match in _LISTED_BODY.finditer(text):
        if _NAMES_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            found.append((match.start(1), match.group(1)))
    headings = _heading_words(text)
    for match in _ACRONYM.finditer(text):
        name = match.group(0)
        if _CURRENCY_CODE.fullmatch(name) or name in _NOT_ACTORS:
            continue
        if len(name) <= _ACRONYM_MAX and match.start() not in headings:
            found.append((match.start(), name))
    names: list[str] = []
    seen: set[str] = set()
    for _, name in sorted(found):
        key = name.casefold()
        if key in seen or any(key in other.casefold() for other in names):
            continue
        seen.add(key)
        names.append(name)
    return names


def firm_names(text: str) -> list[str]:
    """The names `text` gives as a firm's ("bolaget Acme", "a new company, Acme, …"): a
    question for a company is answered by one of them, not by the body whose section
    mentions it."""
    return [match.group(1) for match in _FIRM.finditer(text)]


def _heading_words(text: str) -> set[int]:
    """Start offsets of the words of all-caps headings ("MÅL 7: UDVIKLE KOMPETENCER OG
    ..."): runs of all-caps words, numbers and punctuation between them ignored, with
    a word longer than any acronym in them. Their short words ("MÅL", "SOM") are not
    acronyms either, while a list of acronyms ("NORA, NSPA") stays one."""
    words: set[int] = set()
    run: list[re.Match[str]] = []
    for match in [*_LETTERS.finditer(text), None]:
        if match is not None and match.group(0).isupper() and len(match.group(0)) > 1:
            run.append(match)
            continue
        if any(len(m.group(0)) > _ACRONYM_MAX for m in run):
            words.update(m.start() for m in run)
        run = []
    return words

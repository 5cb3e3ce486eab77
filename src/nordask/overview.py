"""What the corpus holds, for someone new to it: documents, who's who, glossary, starters.

Computed when the index is built and stored with it (see indexing.py), so showing it
is instant. Each document's part (`document_part`) depends on that document's
passages alone and is kept with its manifest entry, keyed to the file's content hash:
an unchanged file is not read again. `combine` joins the parts across documents
(merging an actor's spelling variants, finding an acronym's spelling-out in any
document); the starter questions are checked against the built index (starters.py).

Everything here is read from layout, patterns and text: headings from structure.py,
actor names and kinds from entities.py, never a list of this corpus's names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from nordask.entities import actor_kind, find_actors
from nordask.furniture import is_byline
from nordask.glossary import acronyms_in, capitalised_names, column_expansions, expansions_in
from nordask.loaders import title_from_name
from nordask.query import ACTIVITY_VERB, names_any
from nordask.records import Chunk
from nordask.structure import (
    CELL_JOINERS,
    PATH_SEPARATOR,
    Casing,
    casing_of,
    is_code,
    is_names_cell,
    numbered_headings,
)
from nordask.words import content_words

#: Bump when a part's content changes: indexes with older parts are refreshed.
VERSION = 6
KINDS = ("committee/council", "region", "organisation", "programme", "project")
#: How much of each kind of evidence a part keeps.
_KEEP_SUMMARIES = 4
_KEEP_PASSAGES = 6
_KEEP_WHERE = 3
_LEAD_CHARS = 420
#: Labels that open a table cell or plan line rather than a sentence ("M2021-2022", "D:").
_CELL_START = re.compile(r"^(?:[A-Z]{1,3}\d{2,4}(?:-\d{2,4})?\b|[A-Z]:|[\d.,%-]+\s)")
#: Words that join names in a list ("Nordregio og TG ..."): a name before one is not
#: the subject of the sentence.
_CONJUNCTION = re.compile(r"\s+(?:og|och|and|eller|or|samt|&)\s", re.IGNORECASE)
_CAPITALISED = "A-ZÅÄÖÆØÜ"
_SENTENCE_WORDS = (8, 45)


#: A noun for a kind of document at the end of a word, in its definite forms too ("plan",
#: "handlingsplanen", "strategien", "the report"), and its English name.
_DOCUMENT_NOUN = re.compile(
    r"(plan|strategy|strategi|programme|program|report|rapport)(?:en|et|erne|ene|n|s)?$",
    re.IGNORECASE,
)
_DOCUMENT_KINDS = {"strategi": "strategy", "program": "programme", "rapport": "report"}
#: Words that only say "document" ("the … projects document").
_DOCUMENT_WORD = re.compile(r"(?:document|dokument)\w*", re.IGNORECASE)
#: The preposition that places a subject in a document: "X in the report", "X i planen".
_PLACED_IN = re.compile(r"\s+(?:in|i|within)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class OutlineEntry:
    level: int
    title: str
    page: int | None


@dataclass(frozen=True)
class Owner:
    """An organisation whose block (see structure.py) stands in an activity, and the
    passage (in its document) where the block first does."""

    name: str
    passage: int


def activity_word(count: int) -> str:
    """ "activity" or "activities", for `count` of them."""
    return "activity" if count == 1 else "activities"


@dataclass(frozen=True)
class Activity:
    """A numbered activity of a goal ("K.6.b"), the line that opens it, the passage (in
    its document) where the line stands, the cell of partners a plan's table gives
    beside it ("Nordregio og TG"; "" when there is none), and the organisations whose
    blocks stand in it ("Kvarkenrådet: …")."""

    code: str
    line: str
    page: int | None
    passage: int
    partners: str = ""
    owners: list[Owner] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Activity:
        owners = [Owner(**o) for o in data.get("owners", [])]
        return cls(**{**data, "owners": owners})


@dataclass(frozen=True)
class Goal:
    """A numbered goal heading ("Mål 6: …") in full, the part it stands in ("GRÖNT
    NORDEN"), the passage (in its document) where it begins, and its activities."""

    number: int
    title: str
    part: str
    passage: int
    page: int | None
    activities: list[Activity]

    def owned(self) -> Iterator[tuple[Activity, Owner]]:
        """Each activity with each organisation that has a block in it."""
        for activity in self.activities:
            for owner in activity.owners:
                yield activity, owner

    def to_json(self) -> dict[str, Any]:
        activities = [{**vars(a), "owners": [vars(o) for o in a.owners]} for a in self.activities]
        return {**vars(self), "activities": activities}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Goal:
        return cls(**{**data, "activities": [Activity.from_json(a) for a in data["activities"]]})


@dataclass(frozen=True)
class DocumentOverview:
    doc: str
    title: str
    languages: dict[str, float]
    pages: int | None
    passages: int
    lead: str
    outline: list[OutlineEntry]
    goals: list[Goal] = field(default_factory=list)

    def leaf_headings(self) -> list[str]:
        """The outline's headings that head no others: a project page's projects, not the
        groups they stand in."""
        entries = self.outline
        return [
            entry.title
            for entry, after in zip(entries, [*entries[1:], None], strict=True)
            if after is None or after.level <= entry.level
        ]

    def names(self) -> tuple[str, str]:
        """The document's title and its file's name as words: a user may know it by
        either ("Collaboration in the EU", "Smart specialisation eu collaboration sweden")."""
        return self.title, title_from_name(self.doc)

    def named_as(self, subject: str) -> str | None:
        """How a question's subject names this document: "title" when its words make up
        most of the title ("the Nordregio regional innovation projects document"), the
        English name of the kind of document when the subject's head noun is the head of
        the title's own ("the action plan", "handlingsplanen" of "Handlingsplan 2021-24
        …": "plan"), else None. A subject placed in the document ("gränspendlare i
        policy briefen") names a thing in it, which the document's overview is no answer to."""
        thing, *place = _PLACED_IN.split(subject.strip(), maxsplit=1)
        if place and content_words(thing) and self._title_names(place[0]):
            return None
        asked = [w for w in content_words(subject) if not _DOCUMENT_WORD.fullmatch(w)]
        titled = content_words(self.title)
        if self._title_names(subject) and 2 * len(asked) >= len(titled):
            return "title"
        words = [w for w in subject.split() if not re.search(r"\d", w)]
        head = _DOCUMENT_NOUN.search(words[-1]) if 0 < len(words) <= 3 else None
        years = set(re.findall(r"\d+", subject))
        if head is None or not years <= set(re.findall(r"\d+", self.title)):
            return None
        noun = head.group(1).casefold()
        if any(w.endswith(noun) for w in titled):
            return _DOCUMENT_KINDS.get(noun, noun)
        return None

    def _title_names(self, phrase: str) -> bool:
        """Whether the title names every word of a phrase but those that only say
        "document", and the phrase has some."""
        asked = [w for w in content_words(phrase) if not _DOCUMENT_WORD.fullmatch(w)]
        return bool(asked) and all(len(w) >= 4 and names_any(self.title, [w]) for w in asked)

    def owned(self) -> Iterator[tuple[Goal, Activity, Owner]]:
        """Each goal's activities with each organisation that has a block in them."""
        for goal in self.goals:
            for activity, owner in goal.owned():
                yield goal, activity, owner

    def activity(self, code: str) -> tuple[Goal, Activity] | None:
        """The activity with `code` ("G.1.f") and the goal it is under, if the document has it."""
        for goal in self.goals:
            for activity in goal.activities:
                if activity.code == code:
                    return goal, activity
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "title": self.title,
            "languages": dict(self.languages),
            "pages": self.pages,
            "passages": self.passages,
            "lead": self.lead,
            "outline": [vars(entry) for entry in self.outline],
            "goals": [goal.to_json() for goal in self.goals],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentOverview:
        return cls(
            doc=data["doc"],
            title=data["title"],
            languages={str(k): float(v) for k, v in data["languages"].items()},
            pages=data.get("pages"),
            passages=int(data["passages"]),
            lead=data["lead"],
            outline=[OutlineEntry(**entry) for entry in data["outline"]],
            goals=[Goal.from_json(goal) for goal in data.get("goals", [])],
        )


@dataclass(frozen=True)
class Mention:
    """One sentence of a passage that names something, and where it is."""

    doc: str
    page: int | None
    text: str


@dataclass(frozen=True)
class ActorOverview:
    name: str
    kind: str
    variants: list[str]
    mentions: int
    docs: list[str]
    pages: dict[str, list[int]]
    #: The sentences that best say what the actor does.
    summary: list[str]
    passages: list[Mention]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "variants": list(self.variants),
            "mentions": self.mentions,
            "docs": list(self.docs),
            "pages": {doc: list(pages) for doc, pages in self.pages.items()},
            "summary": list(self.summary),
            "passages": [vars(m) for m in self.passages],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ActorOverview:
        return cls(
            name=data["name"],
            kind=data["kind"],
            variants=list(data["variants"]),
            mentions=int(data["mentions"]),
            docs=list(data["docs"]),
            pages={doc: list(pages) for doc, pages in data["pages"].items()},
            summary=list(data["summary"]),
            passages=[Mention(**m) for m in data["passages"]],
        )


@dataclass(frozen=True)
class GlossaryEntry:
    acronym: str
    #: What the corpus spells it out as; None where it never does.
    expansion: str | None
    where: list[Mention]

    def to_json(self) -> dict[str, Any]:
        return {
            "acronym": self.acronym,
            "expansion": self.expansion,
            "where": [vars(m) for m in self.where],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GlossaryEntry:
        return cls(data["acronym"], data.get("expansion"), [Mention(**m) for m in data["where"]])


@dataclass(frozen=True)
class Overview:
    documents: list[DocumentOverview]
    actors: list[ActorOverview]
    glossary: list[GlossaryEntry]
    starters: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": [d.to_json() for d in self.documents],
            "actors": [a.to_json() for a in self.actors],
            "glossary": [g.to_json() for g in self.glossary],
            "starters": list(self.starters),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Overview:
        return cls(
            documents=[DocumentOverview.from_json(d) for d in data["documents"]],
            actors=[ActorOverview.from_json(a) for a in data["actors"]],
            glossary=[GlossaryEntry.from_json(g) for g in data["glossary"]],
            starters=list(data.get("starters") or []),
        )


# --- one document's part ------------------------------------------------------------


@dataclass(frozen=True)
class _Sentence:
    passage: int
    page: int | None
    text: str
    section: str
    owner: str | None
    #: A table cell, a plan line ("M2021-2022 ...") or a heading rather than prose.
    cell: bool


def _sentences(chunks: list[Chunk]) -> list[_Sentence]:
    """Every sentence of a document once (passages may overlap), with its place."""
    seen: set[int] = set()
    out = []
    for i, chunk in enumerate(chunks):
        spans = [(row.start, row.end) for row in chunk.rows]
        for n, (start, end) in enumerate(chunk.sentences):
            at = chunk.start + start
            if at in seen:
                continue
            seen.add(at)
            text = " ".join(chunk.text[start:end].split())
            in_row = any(s <= at < e for s, e in spans)
            section = chunk.section_of(n)
            out.append(
                _Sentence(
                    passage=i,
                    page=chunk.sentence_pages[n] if n < len(chunk.sentence_pages) else None,
                    text=text,
                    section=section,
                    owner=chunk.owner_of(n),
                    cell=in_row or _not_prose(text, section),
                )
            )
    return out


def _not_prose(text: str, section: str) -> bool:
    words = text.split()
    last = section.split(PATH_SEPARATOR)[-1] if section else ""
    return (
        len(words) < 4
        or bool(_CELL_START.match(text))
        or is_code(text)
        or (bool(last) and text.startswith(last.rstrip(" …")))
        or sum(ch.isdigit() for ch in text) > 0.15 * len(text)
        or sum(1 for w in words if w.isupper() and len(w) > 1) > 0.5 * len(words)
    )


def document_part(doc: str, title: str, chunks: list[Chunk]) -> dict[str, Any]:
    """What the overview needs from one document, as stored with its manifest entry."""
    sentences = _sentences(chunks)
    return {
        "version": VERSION,
        "document": _document(doc, title, chunks, sentences).to_json(),
        "actors": _actor_mentions(sentences),
        "acronyms": _acronym_mentions(sentences, _column_headers(chunks)),
    }


def _column_headers(chunks: list[Chunk]) -> list[list[str]]:
    """The documents' table headers, each once ("Nordregio, NORA, GK-er, TG")."""
    headers: dict[tuple[str, ...], None] = {}
    for chunk in chunks:
        for row in chunk.rows:
            columns = tuple(column for column, _ in row.cells)
            if len(columns) >= 2 and all(columns):
                headers[columns] = None
    return [list(columns) for columns in headers]


def _document(
    doc: str, title: str, chunks: list[Chunk], sentences: list[_Sentence]
) -> DocumentOverview:
    sizes: Counter[str] = Counter()
    for chunk in chunks:
        sizes[chunk.lang] += len(chunk.text)
    total = sum(sizes.values()) or 1
    languages = {lang: round(n / total, 2) for lang, n in sizes.most_common() if n / total >= 0.01}
    pages = [p for chunk in chunks for p in chunk.pages if p is not None]
    return DocumentOverview(
        doc=doc,
        title=title,
        languages=languages,
        pages=max(pages) if pages else None,
        passages=len(chunks),
        lead=_lead(sentences),
        # A text without headings is one section: its title.
        outline=_outline(sentences) or [OutlineEntry(0, title, min(pages, default=None))],
        goals=_goals(sentences),
    )


def _lead(sentences: list[_Sentence]) -> str:
    """The document's opening prose: its first sentences that are neither headings nor
    cells nor a news item's byline, up to a short paragraph."""
    lead: list[str] = []
    for sentence in sentences:
        words = len(sentence.text.split())
        short = words < _SENTENCE_WORDS[0] or sentence.text[-1:] not in ".!?:;"
        if sentence.cell or short or is_byline(sentence.text):
            if lead:
                break
            continue
        lead.append(sentence.text)
        if sum(len(s) for s in lead) >= _LEAD_CHARS * 0.6:
            break
    text = " ".join(lead)
    if len(text) > _LEAD_CHARS:
        text = text[: text.rfind(" ", 0, _LEAD_CHARS)] + " …"
    return text


def _outline(sentences: list[_Sentence]) -> list[OutlineEntry]:
    """The document's headings in order, with the page each begins on. Activity codes
    ("G.1.a") are row labels, not titles; a heading shortened in the section path is
    given in full from the sentence that opens its section."""
    entries: list[OutlineEntry] = []
    shown: list[str] = []
    casing = casing_of("\n".join(sentence.text for sentence in sentences))
    for sentence in sentences:
        path = [t for t in sentence.section.split(PATH_SEPARATOR) if t] if sentence.section else []
        for level, title in enumerate(path):
            if is_code(title) or (level < len(shown) and shown[level] == title):
                continue
            shown = [*shown[:level], title]
            entries.append(
                OutlineEntry(level, _full_title(title, sentence.text, casing), sentence.page)
            )
    return entries


#: An activity's opening line is cut at this many characters.
_ACTIVITY_CHARS = 160


def _goals(sentences: list[_Sentence]) -> list[Goal]:
    """The document's numbered goals in order, each with the activities under it: an
    activity's line is the rest of its code's line ("G.1.e Udarbejde et katalog …"),
    or the sentence after a bare code ("K.6.b." "Etablere …"), with what a column
    break cut off."""
    casing = casing_of("\n".join(sentence.text for sentence in sentences))
    goals: dict[int, Goal] = {}
    codes: set[str] = set()
    for i, sentence in enumerate(sentences):
        path = sentence.section.split(PATH_SEPARATOR) if sentence.section else []
        numbered = numbered_headings(sentence.section)
        if not numbered:
            continue
        number, heading = numbered[0]
        if number not in goals:
            at = path.index(heading)
            part = casing.sentence_case(path[at - 1]) if at else ""
            title = _full_title(heading, sentence.text, casing)
            goals[number] = Goal(number, title, part, sentence.passage, sentence.page, [])
        code = path[-1]
        if not is_code(code) or code in codes or not is_code(sentence.text):
            continue
        line = _activity_text(sentence.text, code)
        for after in sentences[i + 1 : i + 4]:
            # A line a PDF column broke ("Samle og" "utvikle «best practice» …") goes on
            # in a sentence that opens in lower case.
            ended = line.endswith((".", "!", "?", "…"))
            if after.section != sentence.section or (
                line and (ended or not after.text[:1].islower())
            ):
                break
            line = f"{line} {after.text}".strip()
        if line:
            codes.add(code)
            partners = _partners(sentences[i + 1 : i + 1 + _PARTNER_REACH], sentence.section)
            activity = Activity(code, _cut(line), sentence.page, sentence.passage, partners)
            goals[number].activities.append(activity)
    _add_owners(goals, sentences)
    return list(goals.values())


#: How many sentences after an activity's line its cell of partners may stand.
_PARTNER_REACH = 4


def _partners(after: list[_Sentence], section: str) -> str:
    """The cell of names that follows an activity's line in its section ("Nordregio og
    TG", "Nordregio"): the plan's column of partners for it, read across the row."""
    for k, sentence in enumerate(after):
        if sentence.section != section:
            break
        if is_names_cell(sentence.text, alone=True):
            cell = sentence.text
            # A cell a layout broke after its joiner ("Nordregio og" "TG A&B") goes on.
            rest = after[k + 1 : k + 2]
            if cell.split()[-1] in CELL_JOINERS and rest and is_names_cell(rest[0].text, True):
                cell = f"{cell} {rest[0].text}"
            return cell
    return ""


def _add_owners(goals: dict[int, Goal], sentences: list[_Sentence]) -> None:
    """Each activity's organisations: the owners of the sentences in its section."""
    for sentence in sentences:
        numbered = numbered_headings(sentence.section)
        if not sentence.owner or not numbered or numbered[0][0] not in goals:
            continue
        code = sentence.section.split(PATH_SEPARATOR)[-1]
        for activity in goals[numbered[0][0]].activities:
            known = {owner.name for owner in activity.owners}
            if activity.code == code and sentence.owner not in known:
                activity.owners.append(Owner(sentence.owner, sentence.passage))


def _activity_text(text: str, code: str) -> str:
    """What follows the code on its own line ("G.1. g. Kommunikere …" → "Kommunikere …")."""
    letters = [ch for ch in code if ch.isalnum()]
    at = 0
    for ch in letters:
        at = text.find(ch, at) + 1
    return text[at:].lstrip(" .").strip()


def _cut(line: str) -> str:
    """At most _ACTIVITY_CHARS, at a word; " …" marks a line that goes on."""
    if len(line) > _ACTIVITY_CHARS:
        line = line[: line.rfind(" ", 0, _ACTIVITY_CHARS)].rstrip(",;:")
    return line if line.endswith((".", "!", "?", "…")) else f"{line} …"


def _full_title(title: str, text: str, casing: Casing) -> str:
    """A heading cut short in the section path, given in full from its own line, and
    written as the path writes it: an all-caps heading as a sentence ("Mål 7: udvikle
    kompetencer … i Norden")."""
    if not title.endswith(" …"):
        return title
    stem = title[:-2]
    if not text.casefold().startswith(stem.casefold()):
        return title
    words = text.split()
    keep = []
    for word in words:
        letters = [ch for ch in word if ch.isalpha()]
        if letters and not word.isupper():
            break
        keep.append(word)
    full = " ".join(keep).rstrip(",;")
    if len(full) <= len(stem):
        return title
    return full if stem == text[: len(stem)] else casing.sentence_case(full)


def _actor_mentions(sentences: list[_Sentence]) -> list[dict[str, Any]]:
    """Each actor the document names: mentions, pages, candidate summary sentences."""
    found: dict[str, dict[str, Any]] = {}
    for sentence in sentences:
        names = [_full_name(n, sentence.text) for n in find_actors(sentence.text) if _is_name(n)]
        if sentence.owner and sentence.owner not in names and _is_name(sentence.owner):
            names.append(sentence.owner)
        for name in names:
            entry = found.setdefault(
                name, {"name": name, "mentions": 0, "owner": 0, "pages": [], "summary": []}
            )
            entry["mentions"] += 1 if name in sentence.text else 0
            entry["owner"] += 1 if sentence.owner == name else 0
            if sentence.page is not None and sentence.page not in entry["pages"]:
                entry["pages"].append(sentence.page)
            score = _summary_score(name, sentence)
            entry["summary"].append([score, sentence.page, sentence.text, sentence.passage])
    for entry in found.values():
        ranked = sorted(entry["summary"], key=lambda s: -s[0])
        entry["summary"] = [s for s in ranked if s[0] > 0][:_KEEP_SUMMARIES]
        entry["passages"] = [
            [s[1], s[2]] for s in sorted(ranked[:_KEEP_PASSAGES], key=lambda s: s[3])
        ]
        entry["pages"] = sorted(entry["pages"])
    return [e for e in found.values() if e["mentions"] or e["owner"]]


def _full_name(name: str, text: str) -> str:
    """A one-word name with the words that belong to it: a capitalised word before it
    that does not open the sentence ('Västra Götalandsregionen'), or a pair of places
    after it ('Grensekomiten Värmland-Østfold')."""
    if " " in name:
        return name
    before = re.search(rf"(?<=\S\s)([{_CAPITALISED}][^\W\d_]+)\s+{re.escape(name)}\b", text)
    if before and not before.group(1).isupper():
        return f"{before.group(1)} {name}"
    after = re.search(
        rf"\b{re.escape(name)}\s+([{_CAPITALISED}][^\W\d_]+-[{_CAPITALISED}][^\W\d_]+)", text
    )
    return f"{name} {after.group(1)}" if after else name


def _is_name(name: str) -> bool:
    """An actor name worth listing: not a code or a figure, not an acronym alone (those
    go to the glossary), not a heading fragment."""
    letters = [ch for ch in name if ch.isalpha()]
    return (
        len(letters) >= 4
        and not name.isupper()
        and not any(ch.isdigit() for ch in name)
        and len(name.split()) <= 7
    )


def _summary_score(name: str, sentence: _Sentence) -> float:
    """How well a sentence says what `name` does: the actor as its subject or owner,
    an activity verb, and the length of a real sentence; table cells and codes never."""
    if sentence.cell:
        return 0.0
    text = sentence.text.lstrip("•*-–… ")
    words = len(text.split())
    score = 0.0
    head = text[: max(len(name) + 25, 40)]
    subject = re.match(rf"^(?:The\s+)?{re.escape(name)}s?\b", text)
    rest = text[subject.end() :] if subject else ""
    if subject and _CONJUNCTION.match(rest):
        pass  # one of a list of names, not the sentence's subject
    elif subject and rest.lstrip()[:1] in (":", "("):
        score += 1.5  # a label before what the block says
    elif subject:
        score += 3
    elif name in head:
        score += 1.5
    elif name in text:
        score += 0.5
    if sentence.owner == name:
        score += 1.5
    if ACTIVITY_VERB.search(text):
        score += 2
    if _SENTENCE_WORDS[0] <= words <= _SENTENCE_WORDS[1]:
        score += 1
    elif words < _SENTENCE_WORDS[0]:
        score -= 2
    if text[-1:] not in ".!?":
        score -= 1
    return score


def _new_acronym(acronym: str) -> dict[str, Any]:
    return {"acronym": acronym, "count": 0, "expansions": [], "named": None, "where": []}


def _acronym_mentions(sentences: list[_Sentence], headers: list[list[str]]) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    for sentence in sentences:
        for initials, name in capitalised_names(sentence.text).items():
            names.setdefault(initials, name)
        for columns in headers:  # a table's columns, named in full in a list of the text
            for acronym, name in column_expansions(columns, sentence.text).items():
                names.setdefault(acronym, name)
        for acronym, _ in acronyms_in(sentence.text):
            entry = found.setdefault(acronym, _new_acronym(acronym))
            entry["count"] += 1
            for expansion in expansions_in(sentence.text, acronym):
                if expansion not in entry["expansions"]:
                    entry["expansions"].append(expansion)
            if len(entry["where"]) < _KEEP_WHERE and not sentence.cell:
                entry["where"].append([sentence.page, sentence.text])
    for entry in found.values():
        if not entry["expansions"] and entry["acronym"] in names:
            entry["named"] = names[entry["acronym"]]
        if not entry["where"]:  # only in cells: still say where
            sentence = max(
                (s for s in sentences if entry["acronym"] in s.text), key=lambda s: len(s.text)
            )
            entry["where"].append([sentence.page, sentence.text])
    return list(found.values())


# --- across documents -------------------------------------------------------------------


def combine(parts: dict[str, dict[str, Any]], starters: list[str] | None = None) -> Overview:
    """The overview of a corpus from its documents' parts."""
    documents = [DocumentOverview.from_json(parts[doc]["document"]) for doc in sorted(parts)]
    return Overview(
        documents=documents,
        actors=_actors(parts),
        glossary=_glossary(parts),
        starters=list(starters or []),
    )


def overview_kind(name: str) -> str:
    """The overview's kind of an actor: entities.py's kinds, with programmes told apart
    from projects and networks counted as organisations."""
    kinds = [actor_kind(name)] + [actor_kind(word) for word in name.split()]
    kind = next((k for k in kinds if k != "organisation"), "organisation")
    if kind == "committee":
        return "committee/council"
    if kind == "network":
        return "organisation"
    if kind == "project" and re.search(r"program", name, re.IGNORECASE):
        return "programme"
    return kind


def normalised(name: str) -> str:
    """A name's letters without accents, case or doubled letters: 'Svinesundskommittén'
    and 'Svinesundkomiteen' come out as 'svinesundskomiten' and 'svinesundkomiten'."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("æ", "ae").replace("ø", "o")
    folded = re.sub(r"[^a-z0-9 ]", "", folded)
    return re.sub(r"(.)\1+", r"\1", folded)


def same_actor(a: str, b: str) -> bool:
    """Whether two names are spelling variants of one actor: the same kind, and their
    normalised forms alike (ratio 0.85 or more) with the same opening stem (the first
    five letters, so 'Nordkalottrådet' and 'Nordkalottrådets' merge while
    'Fjellrådet' and 'Fjordrådet' do not). Names of several words must match word
    for word but for one word's spelling ('Interreg Programme'/'Interreg Program')."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if " " not in short and long.endswith(" " + short) and "-" in short:
        return True  # 'Värmland-Østfold' heading the block of 'Grensekomiten Värmland-Østfold'
    if overview_kind(a) != overview_kind(b):
        return False
    na, nb = normalised(a), normalised(b)
    if na == nb:
        return True
    wa, wb = na.split(), nb.split()
    if len(wa) != len(wb):
        return False
    if len(wa) > 1:
        differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
        return len(differing) == 1 and same_word(*differing[0])
    return same_word(na, nb)


#: A compound names a body of several words when it opens with this much of the first.
COMPOUND_STEM = 5


def compound_of(word: str, subject: str) -> bool:
    """Whether one word is the Scandinavian compound of a name of several words, of the
    same kind of body: "Svinesundskommittén" of "Svinesund Committee", "Kvarkenrådet"
    of "Kvarken Council" (not "Nordiska" of "Nordic Council": no kind of its own)."""
    parts = subject.split()
    kind = actor_kind(subject)
    stem = normalised(parts[0])[:COMPOUND_STEM]
    return (
        len(parts) > 1
        and kind != "organisation"
        and actor_kind(word) == kind
        and len(stem) == COMPOUND_STEM
        and normalised(word).startswith(stem)
    )


def same_word(a: str, b: str) -> bool:
    stem = 5
    return (
        len(a) > stem
        and len(b) > stem
        and a[:stem] == b[:stem]
        and SequenceMatcher(None, a, b).ratio() >= 0.85
    )


def _actors(parts: dict[str, dict[str, Any]]) -> list[ActorOverview]:
    groups: list[list[tuple[str, dict[str, Any]]]] = []
    for doc in sorted(parts):
        for entry in parts[doc]["actors"]:
            group = next(
                (g for g in groups if any(same_actor(e["name"], entry["name"]) for _, e in g)),
                None,
            )
            if group is None:
                groups.append([(doc, entry)])
            else:
                group.append((doc, entry))
    actors = [_actor(group) for group in groups]
    actors = [
        actor
        for actor, group in zip(actors, groups, strict=True)
        if actor.summary
        and (
            actor.mentions >= 2
            or actor.kind == "committee/council"
            or any(entry["owner"] for _, entry in group)
        )
    ]
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(actors, key=lambda a: (order[a.kind], -a.mentions, a.name))


def _actor(group: list[tuple[str, dict[str, Any]]]) -> ActorOverview:
    counts: Counter[str] = Counter()
    for _, entry in group:
        counts[entry["name"]] += entry["mentions"] + entry["owner"]
    name = counts.most_common(1)[0][0]
    longer = [v for v in counts if v.endswith(" " + name)]
    name = longer[0] if longer else name
    pages: dict[str, list[int]] = {}
    summaries: list[tuple[float, str]] = []
    passages: list[Mention] = []
    for doc, entry in group:
        pages[doc] = sorted(set(pages.get(doc, []) + entry["pages"]))
        summaries += [(s[0], s[2]) for s in entry["summary"]]
        passages += [Mention(doc, page, text) for page, text in entry["passages"]]
    best = [text for _, text in sorted(summaries, key=lambda s: -s[0])]
    return ActorOverview(
        name=name,
        kind=overview_kind(name),
        variants=sorted(counts),
        mentions=sum(entry["mentions"] for _, entry in group),
        docs=sorted(pages),
        pages={doc: p for doc, p in pages.items() if p},
        summary=list(dict.fromkeys(best))[:2],
        passages=passages[:_KEEP_PASSAGES],
    )


def _glossary(parts: dict[str, dict[str, Any]]) -> list[GlossaryEntry]:
    merged: dict[str, dict[str, Any]] = {}
    for doc in sorted(parts):
        for entry in parts[doc]["acronyms"]:
            into = merged.setdefault(
                entry["acronym"], {"count": 0, "expansions": [], "named": [], "where": []}
            )
            into["count"] += entry["count"]
            into["expansions"] += entry["expansions"]
            into["named"] += [entry["named"]] if entry.get("named") else []
            into["where"] += [Mention(doc, page, text) for page, text in entry["where"]]
    entries = []
    for acronym, data in sorted(merged.items()):
        if data["count"] < 2 and not (data["expansions"] or data["named"]):
            continue  # said once and never explained: more likely noise than a term
        spelled = data["expansions"] or data["named"]
        expansion = Counter(spelled).most_common(1)[0][0] if spelled else None
        entries.append(GlossaryEntry(acronym, expansion, data["where"][:_KEEP_WHERE]))
    return entries

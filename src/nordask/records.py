"""Plain records passed between the pipeline stages and returned by the API."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nordask.explain import Explain


@dataclass(frozen=True)
class Document:
    """A loaded, cleaned document.

    `text` is the cleaned full text; `page_starts[i]` is the offset in `text`
    where page `i + 1` begins (empty for formats without pages).
    """

    doc: str
    title: str
    text: str
    page_starts: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        from bisect import bisect_right

        return max(1, bisect_right(self.page_starts, offset))


@dataclass(frozen=True)
class TableRow:
    """One table row: a label and its figures, tied to column headers where found.

    `cells` pairs each figure with its column (None where the headers were not
    recovered); `total` is the figure that the others add up to, if one does.
    """

    start: int
    end: int
    label: str
    cells: tuple[tuple[str | None, str], ...]
    total: str | None
    section: str
    number: int | None

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "cells": [list(c) for c in self.cells],
            "total": self.total,
            "section": self.section,
            "number": self.number,
        }

    @classmethod
    def from_json(cls, data: dict) -> TableRow:
        return cls(
            start=data["start"],
            end=data["end"],
            label=data["label"],
            cells=tuple((c[0], c[1]) for c in data["cells"]),
            total=data.get("total"),
            section=data.get("section", ""),
            number=data.get("number"),
        )


@dataclass(frozen=True)
class Chunk:
    """A passage of one document: the unit that is embedded and cited.

    `start`/`end` are offsets into the document's cleaned text, so `text` is
    exactly what the reader sees there. `sentences` are (start, end) offsets
    into `text`, each with the page it sits on.
    """

    doc: str
    title: str
    start: int
    end: int
    text: str
    lang: str
    pages: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    sentence_pages: tuple[int | None, ...]
    #: Each sentence's heading path ("GRÖNT NORDEN › MÅL 1: … › G.1.b"), "" where none.
    sections: tuple[str, ...] = ()
    #: Each sentence's owner: the organisation whose block it sits in (see structure.py).
    owners: tuple[str | None, ...] = ()
    #: Table rows that start in this passage, with their columns and section.
    rows: tuple[TableRow, ...] = ()
    #: The caption and header row of the table the passage opens inside, when they stand
    #: before it in the document ("" else): its first rows' cells are read under them.
    table_head: str = ""

    def section_of(self, sentence: int) -> str:
        return self.sections[sentence] if sentence < len(self.sections) else ""

    def owner_of(self, sentence: int) -> str | None:
        """The owner of a sentence's block; none for a table row, which is its goal's
        (a budget row after a committee's text is not that committee's budget)."""
        if sentence >= len(self.owners):
            return None
        start, end = self.sentences[sentence]
        if any(start <= row.start < end for row in self.rows):
            return None
        return self.owners[sentence]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["rows"] = [row.to_json() for row in self.rows]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Chunk:
        return cls(
            doc=data["doc"],
            title=data["title"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            lang=data["lang"],
            pages=tuple(data["pages"]),
            sentences=tuple(tuple(s) for s in data["sentences"]),
            sentence_pages=tuple(data["sentence_pages"]),
            sections=tuple(data.get("sections", ())),
            owners=tuple(data.get("owners", ())),
            rows=tuple(TableRow.from_json(row) for row in data.get("rows", ())),
            table_head=data.get("table_head", ""),
        )


@dataclass(frozen=True)
class Skipped:
    """A file that was not indexed, and why, in words a user can act on."""

    doc: str
    reason: str


@dataclass(frozen=True)
class Citation:
    n: int
    doc: str
    title: str
    page: int | None
    lang: str
    score: float
    text: str
    evidence: str
    #: Offsets of `evidence` inside `text`, for highlighting.
    evidence_span: tuple[int, int]
    weak: bool = False
    #: The heading path of the evidence sentence, "" where the document has none.
    section: str = ""
    #: The organisation whose section the evidence sits in, if the layout says so.
    owner: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence_span"] = list(self.evidence_span)
        return data


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    answered: bool
    entities: list[str]
    citations: list[Citation]
    timings_ms: dict[str, float] = field(default_factory=dict)
    #: The question as it was understood (differs from `question` for follow-ups).
    interpreted: str | None = None
    filters: dict[str, str] = field(default_factory=dict)
    #: What the question was taken to ask for ("amount, goal 7"; see query.py).
    intent: str = ""
    #: Why this answer (scores, ranks, the policy's numbers), when asked for.
    explain: Explain | None = None

    @classmethod
    def rejected(cls, question: str, reason: str) -> Answer:
        """The refusal of a question that cannot be asked at all ("?!?...,;", an empty line).

        A batch file or an eval set holds such a line as one more question, so it is answered
        with the reason and no search, rather than failing the questions around it.
        """
        shown = question.encode("utf-8", "backslashreplace").decode("utf-8")
        sentence = reason[:1].upper() + reason[1:]
        return cls(shown, sentence, answered=False, entities=[], citations=[])

    def to_json(self) -> dict[str, Any]:
        data = {
            "question": self.question,
            "interpreted": self.interpreted or self.question,
            "answer": self.answer,
            "answered": self.answered,
            "entities": list(self.entities),
            "citations": [c.to_json() for c in self.citations],
            "intent": self.intent,
            "filters": dict(self.filters),
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
        if self.explain is not None:
            data["explain"] = self.explain.to_json()
        return data


@dataclass
class IndexReport:
    """What an index run did, for the CLI and TUI to show."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    rebuilt_because: str | None = None
    seconds: float = 0.0

    @property
    def touched(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.rebuilt_because)

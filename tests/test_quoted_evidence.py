"""A citation's evidence is the sentence the answer's first paragraph quotes from its
passage (citations.quoted_support), on made-up text (no model): a lead chosen by the
asked aspect, a reason or a count is checked by a reader against that evidence."""

from __future__ import annotations

from nordask.citations import cite, quoted_support
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings

TEXT = (
    "The ferry pool aims to keep every island in the archipelago reachable all year. "
    "Small islands lack the money to run a winter route of their own before the ice sets in. "
    "The pool meets each spring in one of the harbour towns."
)


def _chunk() -> Chunk:
    document = Document(doc="ferries.txt", title="Archipelago ferry pool", text=TEXT)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {TEXT: "en"})
    assert len(chunks) == 1
    return chunks[0]


def test_the_evidence_is_the_sentence_the_lead_quotes() -> None:
    support = Support(1, _chunk(), 0, 0.8, (0.9, 0.8, 0.4))
    lead = (
        "Small islands lack the money to run a winter route of their own before the ice "
        "sets in. — Archipelago ferry pool [1]"
    )
    quoted = quoted_support(support, lead)
    citation = cite(quoted, 0.8, False, parse("Why do small islands need the ferry pool?"))
    assert citation.evidence.startswith("Small islands lack the money")


def test_a_passage_the_lead_does_not_cite_keeps_its_best_sentence() -> None:
    support = Support(2, _chunk(), 0, 0.8, (0.9, 0.8, 0.4))
    lead = "Small islands lack the money to run a winter route of their own. — Other [1]"
    assert quoted_support(support, lead) is support

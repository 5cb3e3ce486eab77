"""Header cells that hold a number without being a value (tables.py): a work package's
code ("WP3 Pilots"), a band of hours ("8–24 h"); a question naming the code or the band
reads that column, on made-up tables."""

from __future__ import annotations

from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings
from nordask.tables import records, table_cell

#: A budget by partner and work package, its columns headed by codes; unit in the caption.
PACKAGES = (
    "Costs by partner\n\n"
    "Partner | WP1 Management | WP2 Survey | WP3 Pilots | Total\n\n"
    "B1 Harbour Town Council | 40 000 | 22 000 | 15 000 | 77 000\n\n"
    "B2 Lakeside Polytechnic | 9 000 | 71 000 | 30 000 | 110 000\n\n"
    "Table 5. Costs by partner and work package, in EUR."
)
#: Allowances by country and length of trip, the bands of hours heading the columns.
ALLOWANCES = (
    "Meal allowances\n\n"
    "Country | Above 10 hours (DKK) | 5–10 hours (DKK) | Night (DKK)\n\n"
    "Estonia | 610 | 240 | 300\n\n"
    "Latvia | 580 | 225 | 300"
)
#: A signature table: its first row holds dates, so it heads no column.
SIGNED = (
    "Signatures\n\n"
    "B1 Harbour Town Council | Mia Sand | mayor | Harbour Town 3.5.2026\n\n"
    "B2 Lakeside Polytechnic | Olli Kivi | rector | Lakeside 4.5.2026"
)


def _chunk(text: str) -> Chunk:
    document = Document(doc="made-up.pdf", title="Made up", text=text)
    return chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})[0]


def _lead(question: str, text: str) -> str | None:
    cell = table_cell(parse(question), [Support(1, _chunk(text), 0, 0.8, ())])
    return cell.lead().split("\n")[0] if cell else None


def test_a_header_with_codes_or_bands_heads_its_table_but_a_row_of_dates_does_not() -> None:
    assert [r.label for r in records(_chunk(PACKAGES))] == [
        "B1 Harbour Town Council",
        "B2 Lakeside Polytechnic",
    ]
    assert len(records(_chunk(ALLOWANCES))) == 2
    assert records(_chunk(SIGNED)) == []


def test_the_code_a_question_names_picks_its_column_over_a_shared_word() -> None:
    lead = _lead("How much has Lakeside Polytechnic budgeted for work package WP2?", PACKAGES)
    assert lead == "71 000 EUR — “B2 Lakeside Polytechnic”, “WP2 Survey” [1]"


def test_the_band_a_question_names_picks_its_column() -> None:
    assert _lead("What is the allowance for Latvia for a trip of 5–10 hours?", ALLOWANCES) == (
        "225 DKK — “Latvia”, “5–10 hours (DKK)” [1]"
    )
    assert _lead("What is the allowance in Estonia for more than 10 hours?", ALLOWANCES) == (
        "610 DKK — “Estonia”, “Above 10 hours (DKK)” [1]"
    )

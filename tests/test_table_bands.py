"""Header cells that hold a number without being a value (tables.py): a work package's
code ("WP3 Pilots"), a band of hours ("8–24 h"); a question naming the code or the band
reads that column, on made-up tables."""

from __future__ import annotations

from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings
from nordask.tables import records, table_cell, unlisted_code

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


#: Funding per partner: money headers without a unit, a total's row labelled in two
#: languages; a second table with a sum's row under other headers.
FUNDING = (
    "Funding\n\n"
    "Partner | Total budget | Grant % | Grant | Own funding\n\n"
    "B1 Harbour Town Council | 200 000 | 60 % | 120 000 | 80 000\n\n"
    "B2 Lakeside Ferries Ltd | 100 000 | 40 % | 40 000 | 60 000\n\n"
    "Total / Kokku | 300 000 | 53,3 % | 160 000 | 140 000\n\n"
    "Work plan costs\n\n"
    "Partner | WP1 Projectwork | WP2 Survey\n\n"
    "B1 Harbour Town Council | 150 000 | 50 000\n\n"
    "Sum / Kokku | 150 000 | 50 000"
)
#: Staff costs: a rate per hour beside the hours and the sum.
STAFF = (
    "Staff\n\n"
    "Role | Name | Rate (EUR/h) | Hours | Sum (EUR)\n\n"
    "Projektleder | Kari Vik | 61 | 800 | 48 800\n\n"
    "Ingeniør | Pia Dal | 49 | 500 | 24 500"
)


def test_a_bare_figure_under_a_header_of_money_is_an_amount() -> None:
    assert _lead("How much grant does Lakeside Ferries Ltd get?", FUNDING) == (
        "40 000 — “B2 Lakeside Ferries Ltd”, “Grant” [1]"
    )


def test_the_sum_row_of_the_table_whose_header_has_the_asked_word_answers_a_total() -> None:
    assert _lead("What is the total budget of the project?", FUNDING) == (
        "300 000 — “Total / Kokku”, “Total budget” [1]"
    )


def test_a_role_in_another_language_picks_the_row_and_an_hourly_rate_its_column() -> None:
    lead = _lead("What hourly rate is budgeted for the project manager?", STAFF)
    assert lead == "61 EUR — “Projektleder”, “Rate (EUR/h)” [1]"
    assert _lead("What hourly rate is budgeted for Harbour Town Council?", FUNDING) is None


def test_a_code_of_the_table_s_series_that_no_passage_names_is_said_to_be_missing() -> None:
    cited = [Support(1, _chunk(PACKAGES), 0, 0.8, ())]
    assert unlisted_code("What is the budget of work package WP4?", cited) == (
        "the closest passages' tables list WP1, WP2, WP3, but no WP4"
    )
    assert unlisted_code("What is the budget of work package WP2?", cited) is None
    assert unlisted_code("What is the budget of task T4?", cited) is None


def test_a_money_header_s_bare_figure_takes_the_unit_its_document_gives_all_amounts() -> None:
    note = _chunk("Application annex. All amounts are in euro (EUR) unless stated otherwise.")
    cited = [Support(1, _chunk(FUNDING), 0, 0.8, ()), Support(2, note, 0, 0.7, ())]
    cell = table_cell(parse("How much grant does Lakeside Ferries Ltd get?"), cited)
    assert cell is not None
    assert cell.lead().startswith("40 000 EUR — “B2 Lakeside Ferries Ltd”, “Grant” [1]")

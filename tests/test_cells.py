"""The table cell a question asks for, by its row and its column, on made-up tables.

The tables stand as loading leaves them: a PDF table's rows one paragraph each with bars
between the cells (its header row first, without a corner cell where the corner is
empty, and repeated where the table goes on in the next column), a Markdown row's cells
each under its column's name.
"""

from __future__ import annotations

from nordask.answer import compose
from nordask.cells import asked_cell, row_at
from nordask.evidence import rank_sentences
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import amounts, parse, states_amount, states_amount_for
from nordask.records import Chunk, Document, TableRow
from nordask.settings import ChunkSettings

#: Two pilots compared side by side, as a PDF table with an empty corner comes out.
PILOTS = (
    "Table 2. The two pilots in figures\n\n"
    "Harbour Light | Fjord Heat\n\n"
    "Host | Kystby kommune | Fjordvik kommune\n\n"
    "Harbour Light | Fjord Heat\n\n"
    "Running time | 2023–2025 | 2024–2026\n\n"
    "Funding | 1,8 MEUR | 4,1 MEUR\n\n"
    "Households reached | 310 | 95"
)
#: A cost table by work package and year, its unit in the caption.
COSTS = (
    "All figures in MNOK.\n\n"
    "Work package | 2030 | 2031 | 2032 | Sum\n\n"
    "WP1 Charging points | 2,0 | 3,5 | 1,0 | 6,5\n\n"
    "WP2 Heat storage | 1,5 | 6,0 | 2,5 | 10,0"
)
#: Markdown rows as loading writes them: each cell after the label under its column.
MEMBERS = (
    "| Member | Country | Share (EUR thousand) |\n\n"
    "| Kystby kommune | Country: NO | Share (EUR thousand): 240 |\n\n"
    "| Fjordvik kommune | Country: DK | Share (EUR thousand): 180 |"
)
COMPARED = (
    "| | Harbour Light | Fjord Heat |\n\n"
    "| Project manager | Harbour Light: Tove Aasen | Fjord Heat: Jens Krogh |\n\n"
    "| Funding | Harbour Light: 1,8 MEUR | Fjord Heat: 4,1 MEUR |"
)


def _chunk(text: str) -> Chunk:
    document = Document(doc="made-up.md", title="Made up", text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})
    assert len(chunks) == 1
    return chunks[0]


def _sentence(chunk: Chunk, words: str) -> int:
    return next(i for i, (a, b) in enumerate(chunk.sentences) if words in chunk.text[a:b])


def _cell(text: str, row: str, question: str):
    found = row_at(text, text.index(row))
    assert found is not None
    return asked_cell(found, question, parse(question).years)


def test_the_column_the_question_names_gives_the_figure_under_an_empty_corner() -> None:
    cell = _cell(PILOTS, "Funding", "What funding did Fjord Heat get?")
    assert (cell.label, cell.column, cell.value) == ("Funding", "Fjord Heat", "4,1 MEUR")
    assert _cell(PILOTS, "Households", "How many households did Harbour Light reach?").value == (
        "310"
    )


def test_a_row_names_no_column_when_the_question_names_both_or_neither() -> None:
    assert _cell(PILOTS, "Funding", "What did Harbour Light and Fjord Heat cost?") is None
    assert _cell(PILOTS, "Funding", "How large is the funding?") is None


def test_a_year_heads_the_column_and_the_caption_gives_the_unit() -> None:
    cell = _cell(COSTS, "WP2", "What does heat storage cost in 2031?")
    assert (cell.label, cell.column, cell.value) == ("WP2 Heat storage", "2031", "6,0 MNOK")


def test_a_passage_that_opens_inside_a_table_has_no_header() -> None:
    rest = COSTS.split("\n\n", 2)[2]  # the caption and header row in the passage before
    assert row_at(rest, rest.index("WP2")) is None


def test_a_markdown_row_named_by_the_question_gives_its_figure_in_the_headers_unit() -> None:
    cell = _cell(MEMBERS, "Fjordvik", "How much does Fjordvik kommune pay?")
    assert (cell.column, cell.value) == ("Share (EUR thousand)", "180 EUR thousand")
    assert _cell(COMPARED, "Funding", "What funding did Fjord Heat get?").value == "4,1 MEUR"


def test_a_cell_under_a_header_with_a_unit_states_an_amount() -> None:
    row = "| Fjordvik kommune | Country: DK | Share (EUR thousand): 180 |"
    assert states_amount(row)
    assert amounts(row) == ["180 EUR thousand"]
    assert not states_amount("| Fjordvik kommune | Country: DK | Members: 180 |")


def test_a_money_question_is_answered_with_the_asked_columns_figure() -> None:
    chunk = _chunk(PILOTS)
    support = Support(1, chunk, _sentence(chunk, "Funding |"), 0.6)
    question = "How much funding did Fjord Heat receive?"
    text, _ = compose(parse(question), [support], "en")
    assert text.startswith("4,1 MEUR — the “Funding” row, “Fjord Heat” column [1]")


def test_who_holds_a_role_is_the_cell_of_the_named_column() -> None:
    chunk = _chunk(COMPARED)
    support = Support(1, chunk, _sentence(chunk, "Project manager"), 0.6)
    text, names = compose(parse("Who is the project manager of Fjord Heat?"), [support], "en")
    assert names == ["Jens Krogh"]
    assert text.startswith("Jens Krogh — the “Project manager” row, “Fjord Heat” column [1]")


def test_a_years_figure_leads_a_budget_rows_answer() -> None:
    row = TableRow(
        start=0,
        end=40,
        label="WP2 Heat storage",
        cells=(("2030", "1,5 MNOK"), ("2031", "6,0 MNOK"), ("2032", "2,5 MNOK")),
        total="10,0 MNOK",
        section="4. Costs",
        number=None,
    )
    chunk = _chunk(COSTS)
    support = Support(1, chunk, _sentence(chunk, "WP2"), 0.6)
    question = "How much goes to heat storage in 2031?"
    text, _ = compose(parse(question), [support], "en", [(1, row)])
    assert text.startswith("4. Costs: 6,0 MNOK in 2031 of 10,0 MNOK in total")


def test_a_share_of_the_whole_period_is_no_years_amount() -> None:
    row = "| Fjordvik kommune | Country: DK | Share (EUR thousand): 180 |"
    assert states_amount_for(row, [])
    assert not states_amount_for(row, ["2031"])
    assert states_amount_for("| Fjordvik kommune | Share 2031 (EUR thousand): 60 |", ["2031"])
    assert states_amount_for("In 2031 Fjordvik pays EUR 60,000.", ["2031"])


def test_how_many_is_counted_by_the_row_its_words_label_under_the_named_column() -> None:
    chunk = _chunk(
        "The pilots were evaluated with 38 interviews and a survey of the households.\n\n" + PILOTS
    )
    support = Support(1, chunk, _sentence(chunk, "38 interviews"), 0.6)
    text, _ = compose(parse("How many households did Fjord Heat reach?"), [support], "en")
    assert text.startswith("95 — the “Households reached” row, “Fjord Heat” column [1]")
    text, _ = compose(parse("How many patents did Fjord Heat file?"), [support], "en")
    assert not text.startswith("95")


def test_who_a_projects_host_is_the_cell_of_the_row_the_question_words_label() -> None:
    chunk = _chunk("Both pilots were led by Mona Vik, the evaluator.\n\n" + PILOTS)
    support = Support(1, chunk, _sentence(chunk, "Mona Vik"), 0.6)
    text, names = compose(parse("Who was the host of Fjord Heat?"), [support], "en")
    assert names == ["Fjordvik kommune"]
    assert text.startswith("Fjordvik kommune — the “Host” row, “Fjord Heat” column [1]")


def test_a_named_row_gives_no_figure_for_what_it_does_not_speak_of() -> None:
    """The row names the member the question names, but its share is not what docking a
    ferry there costs."""
    question = "What does it cost a ferry to dock overnight in Fjordvik?"
    assert _cell(MEMBERS, "Fjordvik", question) is None
    assert _cell(MEMBERS, "Fjordvik", "How much does Fjordvik kommune pay?") is not None


def test_a_price_question_leads_with_the_price_an_faq_gives_not_a_budget_row() -> None:
    """An FAQ asks what the thing costs and the next sentence gives the price; the
    partner table's row for the same port states the port's budget, which is no price."""
    faq = _chunk(
        "What does charging a bus cost at the depot? Each port sets its own price. "
        "Fjordvik charges NOK 3.40 per kWh including grid rent."
    )
    table = _chunk(MEMBERS.replace("Share (EUR thousand)", "Budget (EUR)"))
    row = _sentence(table, "Fjordvik kommune")
    question = "Hva koster det for en buss å lade i Fjordvik?"
    supports = [Support(1, table, row, 0.6), Support(2, faq, _sentence(faq, "charges"), 0.5)]
    answer, _ = compose(parse(question), supports, "no")
    assert answer.startswith("NOK 3.40"), answer


def test_the_record_a_question_names_gives_its_own_line_not_its_neighbours_twin() -> None:
    """Two project cards in one passage, each with a budget line that reads the same:
    the named project's line is the evidence, though the other's embeds closer."""
    document = Document(
        doc="bank.txt",
        title="Project bank",
        text="Project bank\n\nFerry Light\n\nOwner: Kystby kommune\nBudget: 800 000 euro\n\n"
        "Fjord Heat\n\nOwner: Fjordvik kommune\nBudget: 650 000 euro",
    )
    (chunk,) = chunk_document(document, ChunkSettings(chunk_chars=1500), {document.text: "en"})
    intent = parse("What is the budget of Fjord Heat?")
    near = [0.3] * len(chunk.sentences)
    near[_sentence(chunk, "800 000")] = 0.36  # the other card's twin line reads closer
    scores = rank_sentences(chunk, near, intent)
    best = max(range(len(scores)), key=scores.__getitem__)
    assert "650 000" in chunk.text[slice(*chunk.sentences[best])], chunk.sections

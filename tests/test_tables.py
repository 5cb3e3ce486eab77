"""A fact in a table's cell read as a record (tables.py), on made-up tables: years as
columns, a date column, a person column, a caption in thousands, a table cut from its
header by a passage boundary. The tables stand as loading leaves them: one paragraph a
row, cells between bars, under the header row and the caption above it."""

from __future__ import annotations

from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings
from nordask.structure import caption_unit, outline
from nordask.tables import asked_numbers, records, table_cell

#: Years as columns, the rows' labels in two languages.
ACTIVITIES = (
    "Tabell 3. Verksamhet 2022–2024 / Virksomhet 2022–2024 (antal)\n\n"
    "Verksamhet | 2022 | 2023 | 2024\n\n"
    "Styrelsemöten / styremøter | 3 | 7 | 8\n\n"
    "Studiebesök / studiebesøk | 2 | 4 | 9\n\n"
    "Totalt | 5 | 11 | 17"
)
#: Two rounds, each with two dates.
ROUNDS = (
    "Frister\n\n"
    "Round / Omgang | Application deadline | Answer by\n\n"
    "Round 1 | 2. februar 2027 kl. 12.00 | 20. april 2027\n\n"
    "Round 2 | 7. september 2027 kl. 12.00 | 1. november 2027"
)
#: Figures in thousands, said by the caption only.
SHARES = (
    "Table 4. Contributions per member 2026 (1 000 NOK)\n\n"
    "Member | Core | Projects | Total\n\n"
    "Kystby kommune | 300 | 520 | 820\n\n"
    "Fjordvik kommune | 250 | 410 | 660"
)
#: What each measure may get: money, a share and a time per row.
MEASURES = (
    "Measure | Max grant | Max share | Duration\n\n"
    "Pilot study / Forstudie | EUR 20 000 | 75 % of eligible costs | up to 6 months\n\n"
    "Main project / Hovedprosjekt | EUR 150 000 | 50 % of eligible costs | up to 36 months"
)


def _chunks(text: str, size: int = 1500) -> list[Chunk]:
    document = Document(doc="made-up.pdf", title="Made up", text=text)
    return chunk_document(document, ChunkSettings(chunk_chars=size), {text: "en"})


def _support(chunk: Chunk, closeness: dict[str, float] | None = None, n: int = 1) -> Support:
    """A cited passage whose sentences are as close to the question as `closeness` says
    (by words they hold), 0.5 else."""
    scores = tuple(
        next((v for k, v in (closeness or {}).items() if k in chunk.text[a:b]), 0.5)
        for a, b in chunk.sentences
    )
    return Support(n, chunk, 0, 0.8, scores)


def _lead(question: str, text: str, closeness: dict[str, float] | None = None) -> str | None:
    cell = table_cell(parse(question), [_support(_chunks(text)[0], closeness)])
    return cell.lead().split("\n")[0] if cell else None


def test_a_year_picks_the_column_and_the_label_s_words_the_row() -> None:
    lead = _lead("Hur många styrelsemöten hölls 2023?", ACTIVITIES)
    assert lead == "7 — “Styrelsemöten / styremøter”, “2023” [1]"


def test_a_row_in_another_language_is_chosen_by_closeness_when_it_stands_out() -> None:
    closer = {"Styrelsemöten": 0.86, "Studiebesök": 0.80, "Totalt": 0.78}
    lead = _lead("How many board meetings were held in 2024?", ACTIVITIES, closer)
    assert lead == "8 — “Styrelsemöten / styremøter”, “2024” [1]"
    even = {"Styrelsemöten": 0.81, "Studiebesök": 0.80, "Totalt": 0.80}
    assert _lead("How many board meetings were held in 2024?", ACTIVITIES, even) is None


def test_an_ordinal_picks_the_numbered_row_and_a_date_question_the_date_columns() -> None:
    lead = _lead("Hvornår er ansøgningsfristen for anden runde?", ROUNDS)
    assert lead is not None and lead.startswith("7. september 2027 kl. 12.00")
    assert "“Round 2”" in lead and "20. april" not in lead
    assert asked_numbers("the third call") == {3}
    assert asked_numbers("round 4 in 2026") == {4}


def test_a_caption_in_thousands_scales_the_bare_figures() -> None:
    lead = _lead("How much did Fjordvik kommune contribute to projects in 2026?", SHARES)
    assert lead == "410 thousand NOK — “Fjordvik kommune”, “Projects” [1]"
    assert caption_unit("Table 4. Contributions per member 2026 (1 000 NOK)") == "thousand NOK"
    assert caption_unit("Beløb i tusinde kroner") == "thousand kroner"
    assert caption_unit("Budget i tkr (SEK)") == "thousand SEK"
    assert caption_unit("Alle tal i mio. kr.") == "million kr."
    assert caption_unit("Belopp i MSEK") == "MSEK"


def test_a_share_question_takes_the_share_and_a_grant_question_the_money() -> None:
    share = _lead("How large a share of the costs can a pilot study cover?", MEASURES)
    assert share == "75 % of eligible costs — “Pilot study / Forstudie”, “Max share” [1]"
    grant = _lead("Hva er det høyeste tilskuddet til et hovedprosjekt?", MEASURES)
    assert grant == "EUR 150 000 — “Main project / Hovedprosjekt”, “Max grant” [1]"


def test_no_row_that_fits_is_no_answer() -> None:
    assert _lead("What is the maximum grant for a cultural festival?", MEASURES) is None
    assert _lead("When is the deadline of the fifth round?", ROUNDS) is None


def test_rows_cut_from_their_header_by_a_passage_boundary_keep_it() -> None:
    prose = " ".join(
        f"Sentence {i} of the report says something about the region." for i in range(9)
    )
    table = (
        "Table 5. Who does what\n\n"
        "Theme | Lead body | Contact person\n\n"
        + "\n\n".join(
            f"Theme {word} | Working group {word}, Kystby kommune | Person {word} Aasen"
            for word in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")
        )
        + "\n\nFisheries and aquaculture | Havbruksgruppa, Fjordvik kommune | Siri Myhre"
    )
    text = f"{prose}\n\n{table}"
    chunks = _chunks(text, size=500)
    last = chunks[-1]
    assert "Contact person" not in last.text and "Fisheries" in last.text
    assert last.table_head == "Table 5. Who does what\n\nTheme | Lead body | Contact person"
    assert outline(text).head_at(text.index("Fisheries")).endswith("Contact person")
    row = next(r for r in records(last) if r.label.startswith("Fisheries"))
    assert row.header == ("Theme", "Lead body", "Contact person")
    question = "Which body handles fisheries, and who is the contact person?"
    cell = table_cell(parse(question), [_support(last)])
    assert cell is not None
    assert cell.lead().split("\n")[0] == (
        "Havbruksgruppa, Fjordvik kommune (“Lead body”); Siri Myhre (“Contact person”) "
        "— “Fisheries and aquaculture” [1]"
    )


def test_the_answer_leads_with_the_cell_and_quotes_the_row_under_its_header() -> None:
    chunk = _chunks(SHARES)[0]
    question = "How much did Fjordvik kommune contribute to projects in 2026?"
    text, _ = compose(parse(question), [_support(chunk)], "en")
    first, second = text.split("\n")[:2]
    assert first == "410 thousand NOK — “Fjordvik kommune”, “Projects” [1]"
    assert second.startswith("“Member | Core | Projects | Total” / “Fjordvik kommune | 250 |")
    grant, _ = compose(
        parse("What is the highest grant for a main project?"),
        [_support(_chunks(MEASURES)[0])],
        "en",
    )
    assert grant.startswith("EUR 150 000 — “Main project / Hovedprosjekt”")
    assert "\n[1]" not in grant  # the row is quoted once, under its header


def test_a_plain_text_table_keeps_one_row_a_paragraph(tmp_path) -> None:
    """A .txt table written with bars between cells, rows on consecutive lines: each row
    is a paragraph of its own, not one run of cells reflow joins."""
    from nordask.loaders import CorpusFile, load

    path = tmp_path / "utlysning.txt"
    path.write_text(
        "Utlysning 2027\n\nFjellrådet lyser ut midler.\n\nFrister\n"
        "Runde | Søknadsfrist | Svar innen\n"
        "Runde 1 | 10. februar 2027 | 15. april 2027\n"
        "Runde 2 | 25. august 2027 | 20. oktober 2027\n\nMer tekst.\n",
        encoding="utf-8",
    )
    document = load(CorpusFile(path, path.name, ""))
    assert "\n\nRunde 1 | 10. februar 2027 | 15. april 2027\n\n" in document.text
    chunk = chunk_document(document, ChunkSettings(chunk_chars=1500), {document.text: "no"})[0]
    cell = table_cell(parse("Når er søknadsfristen i andre runde?"), [_support(chunk)])
    assert cell is not None and cell.lead().startswith("25. august 2027 — “Runde 2”")


def test_a_year_as_a_row_s_label_picks_the_row_and_the_header_s_word_the_column() -> None:
    applications = (
        "Tabell 2. Søknader og tilsagn\n\n"
        "År | Søknader | Tilsagn\n\n2024 | 31 | 17\n\n2025 | 44 | 21"
    )
    lead = _lead("Hvor mange tilsagn ble gitt i 2025?", applications)
    assert lead == "21 — “2025”, “Tilsagn” [1]"
    assert _lead("Hvor mange tilsagn ble gitt i 2023?", applications) is None


#: A budget table whose caption, with its unit, stands under it.
BUDGET_BELOW = (
    "Innsatsområde | 2026 | 2027 | Sum\n\n"
    "1 Havbruk og fiske | 1 200 | 1 400 | 2 600\n\n"
    "Sekretariat | 900 | 950 | 1 850\n\n"
    "Tabell 5. Rammer per innsatsområde. Alle beløp i 1 000 NOK.\n\n"
    "Rammene justeres hvert år."
)


def test_a_caption_under_its_table_gives_the_rows_their_unit() -> None:
    (chunk,) = _chunks(BUDGET_BELOW)
    row = next(r for r in records(chunk) if r.label == "Sekretariat")
    assert caption_unit(row.caption) == "thousand NOK"
    cell = table_cell(parse("Hvor mye går til sekretariatet i 2027?"), [_support(chunk)])
    assert cell is not None and cell.lead().startswith("950 thousand NOK — “Sekretariat”")


def test_a_how_many_question_takes_no_figure_in_money() -> None:
    (chunk,) = _chunks(BUDGET_BELOW)
    assert table_cell(parse("Hvor mange ansatte har sekretariatet?"), [_support(chunk)]) is None


def test_a_row_only_close_to_the_question_answers_only_for_a_kind_of_value_asked() -> None:
    (chunk,) = _chunks(BUDGET_BELOW)
    closeness = {"Havbruk": 0.3, "Sekretariat": 0.1}
    # "How big was the surplus in 2026?" asks no kind of value a table row gives.
    question = parse("Hvor stort var overskuddet i regnskapet for 2026?")
    assert table_cell(question, [_support(chunk, closeness)]) is None


def test_a_rate_asked_is_not_read_from_a_column_of_another_rate() -> None:
    (chunk,) = _chunks(
        "Søkertype | Maks støtteandel | Maks beløp per prosjekt\n\n"
        "Frivillige organisasjoner | 80 % | 150 000 NOK\n\n"
        "Kommuner | 50 % | 300 000 NOK"
    )
    question = parse("Hvor mye kan frivillig arbeid regnes som per time?")
    assert table_cell(question, [_support(chunk)]) is None
    assert table_cell(parse("Hvor mye kan frivillige organisasjoner få?"), [_support(chunk)])


def test_who_stood_in_for_a_member_is_the_substitute_the_attendance_row_names() -> None:
    """An attendance table gives the absent member's role and, in the next cell, who
    came instead: the question asks for that person, not the role the row's member holds."""
    chunk = _chunks(
        "Attendance\n\nName | Municipality | Role on the board | Present\n\n"
        "Lise Haug | Nordvik | Board member | Yes\n\n"
        "Ole Brekke | Sørvik | Board member | No – substitute Kari Moen attended"
    )[0]
    intent = parse("Who replaced Ole Brekke at the board meeting?")
    assert intent.kind == "person"
    text, names = compose(intent, [_support(chunk, {"Ole Brekke": 0.9})], "en")
    assert names == ["Kari Moen"], text

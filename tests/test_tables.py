"""A fact in a table's cell read as a record (tables.py), on made-up tables: years as
columns, a date column, a person column, a caption in thousands, a table cut from its
header by a passage boundary. The tables stand as loading leaves them: one paragraph a
row, cells between bars, under the header row and the caption above it."""

from __future__ import annotations

from collections.abc import Sequence

from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings
from nordask.structure import caption_unit, outline
from nordask.tables import answers_kind, asked_numbers, closest_row, records, table_cell

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


#: Numbered indicators: the number alone in the first cell, a target and an outcome.
INDICATORS = (
    "Tabel 2. Resultater for projektperioden\n\n"
    "Nr. | Indikator | Målsætning | Opnået\n\n"
    "1 | Deltagende skoler | 12 | 9\n\n"
    "2 | Solgte sæsonkort til færgen | 3 400 | 4 150\n\n"
    "3 | Afholdte fagseminarer | 6 | 6"
)


def test_a_numbered_row_is_named_by_the_cell_after_its_number() -> None:
    (chunk,) = _chunks(INDICATORS)
    assert [r.label for r in records(chunk)][1] == "2 Solgte sæsonkort til færgen"
    lead = _lead("Hvor mange sæsonkort til færgen blev solgt?", INDICATORS)
    assert lead is not None and lead.startswith("4 150 (“Opnået”); 3 400 (“Målsætning”)")


def test_a_target_and_what_was_reached_are_both_stated_the_reached_first() -> None:
    lead = _lead("Hvor mange skoler deltok, og hva var målet?", INDICATORS)
    assert lead == "9 (“Opnået”); 12 (“Målsætning”) — “1 Deltagende skoler” [1]"
    aimed = _lead("What was the target for participating schools (deltagende skoler)?", INDICATORS)
    assert aimed is not None and aimed.startswith("12 (“Målsætning”); 9 (“Opnået”)")


#: Yearly frames of themes, the labels in Norwegian.
FRAMES = (
    "Tabell 1. Rammer per tema. Alle beløp i 1 000 NOK.\n\n"
    "Tema | 2026 | 2027\n\n"
    "Fiskeri og havbruk | 900 | 950\n\n"
    "Flomvern langs elvene | 400 | 700\n\n"
    "Sekretariat | 300 | 310"
)


def _labels(closeness: dict[str, float]):
    """A label's closeness to the question by its first word, as the model would say."""
    return lambda labels: [closeness.get(label.split()[0], 0.7) for label in labels]


def test_a_label_in_another_language_is_chosen_by_its_own_closeness() -> None:
    (chunk,) = _chunks(FRAMES)
    question = parse("How much is set aside for flood protection along the rivers in 2027?")
    # The rows' sentences, figures and all, tell nothing; their labels do.
    closer = _labels({"Flomvern": 0.82, "Fiskeri": 0.77})
    cell = table_cell(question, [_support(chunk)], closer)
    assert cell is not None and cell.lead().startswith("700 thousand NOK — “Flomvern langs elvene”")
    even = _labels({"Flomvern": 0.78, "Fiskeri": 0.77})
    assert table_cell(question, [_support(chunk)], even) is None
    assert table_cell(question, [_support(chunk)]) is None


def test_the_passage_of_the_closest_label_is_found_when_it_stands_out() -> None:
    prose = _chunks("The council met four times. It adopted the budget.")[0]
    (table,) = _chunks(INDICATORS)
    question = parse(
        "What was the target for season tickets sold for the ferry, and what was achieved?"
    )
    closer = _labels({"2": 0.84, "1": 0.79})
    assert closest_row([prose, table], question, closer) == 1
    assert closest_row([prose, table], question, _labels({"2": 0.80, "1": 0.79})) is None


def test_a_question_for_the_total_takes_the_sum_row_and_column_unless_a_row_stands_out() -> None:
    (chunk,) = _chunks(
        "Tabel 3. Udgifter per indsats (1 000 DKK)\n\n"
        "Indsats | 2025 | 2026 | I alt\n\n"
        "Havnesamarbejde | 500 | 650 | 1 150\n\n"
        "Turisme og kultur | 300 | 350 | 650\n\n"
        "I alt | 800 | 1 000 | 1 800"
    )
    even = _labels({"Havnesamarbejde": 0.79, "Turisme": 0.78, "I": 0.785})
    cell = table_cell(parse("What is the total budget of the strategy?"), [_support(chunk)], even)
    assert cell is not None and cell.lead().startswith("1 800 thousand DKK — “I alt”, “I alt”")
    closer = _labels({"Havnesamarbejde": 0.84, "Turisme": 0.78, "I": 0.78})
    question = parse("What is the total budget for port cooperation in 2026?")
    cell = table_cell(question, [_support(chunk)], closer)
    assert cell is not None and cell.lead().startswith("650 thousand DKK — “Havnesamarbejde”")
    # A row that only resembles the question most answers no question naming no column.
    question = parse("How much does a ferry ticket to the port cost?")
    assert table_cell(question, [_support(chunk)], closer) is None
    assert (
        table_cell(parse("What is the total of the port's fees?"), [_support(chunk)], closer)
        is None
    )


def test_a_column_headed_by_another_year_than_the_asked_one_holds_no_answer() -> None:
    text = (
        "Indicator | Target 2030 | Reached 2030\n\n"
        "Guest nights in the archipelago | 90 000 | 84 500"
    )
    assert _lead("How many guest nights were there in the archipelago in 2031?", text) is None
    lead = _lead("How many guest nights were there in the archipelago in 2030?", text)
    assert lead is not None and lead.startswith("84 500 (“Reached 2030”)")


#: Who does what, the measures named in Swedish compounds.
DUTIES = (
    "Åtgärd | Ansvarig | Kontaktperson\n\n"
    "A1 Besökscenter i hamnen | Strömsvik kommun | Maja Lind\n\n"
    "A2 Cykelleder längs kusten | Region Västkust | Per Holm"
)


def test_a_word_of_the_question_names_a_label_s_compound_it_ends() -> None:
    question = parse("Who is the contact person for the new visitor center?")
    lead = _lead(question.question, DUTIES)
    assert lead is not None and lead.startswith("Maja Lind — “A1 Besökscenter i hamnen”")
    # A compound that begins with the word is another thing: "cykelleder", routes.
    assert _lead("Who is the contact person for cycling (cykel) events?", DUTIES) is None


def test_a_passage_with_a_column_for_what_is_asked_is_told_from_one_without() -> None:
    (table,) = _chunks(DUTIES)
    (prose,) = _chunks("The council met four times. It adopted the budget.")
    question = parse("Which body is responsible for the harbour, and who is the contact person?")
    assert answers_kind(table, question) and not answers_kind(prose, question)
    assert not answers_kind(table, parse("How much does the harbour centre cost?"))


def test_a_rate_asked_is_not_read_from_a_year_s_column_that_states_none() -> None:
    (chunk,) = _chunks(FRAMES)
    closer = _labels({"Flomvern": 0.82, "Fiskeri": 0.77})
    question = parse("How much is the membership fee per inhabitant in 2027?")
    assert table_cell(question, [_support(chunk)], closer) is None


def test_a_count_of_persons_is_no_person_and_how_large_names_no_row() -> None:
    text = (
        "Tjeneste | Ansvarlig | Kontaktperson | Andel\n\n"
        "Pendlerrådgivning | Grensekontoret | Ida Berg | 30 %\n\n"
        "Mellomstore bedrifter | Næringsforeningen | Ole Dahl | 40 %"
    )
    assert _lead("Hvor mange personer fikk pendlerrådgivning i fjor?", text) is None
    assert _lead("Hvor stor andel av midlene går til alle tre land?", text) is None


def test_a_label_s_word_ending_a_name_in_the_question_does_not_name_its_row() -> None:
    text = "Havn | Ansvarlig | Kontaktperson\n\nHavn Nord | Havnevesenet | Eva Lie"
    assert _lead("Who is the contact person in Brødrehavn?", text) is None


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


#: One row label in two tables of opposite directions, one caption above each.
DIRECTIONS = (
    "Table 5. Students resident in Norway studying in Finland, by home municipality (number)"
    "\n\nHome municipality | 2024 | 2025\n\nVassfjord | 310 | 325\n\nTotal | 900 | 950\n\n"
    "Note. The counts are of students enrolled in autumn.\n\n"
    "Table 6. Students resident in Finland studying in Norway, by municipality of study "
    "(number)\n\nMunicipality of study | 2024 | 2025\n\nVassfjord | 41 | 47\n\nTotal | 120 | 133"
)
#: What a phrase means, word by word, as the model would read it across languages.
_MEANS = {"bor": "home", "resident": "home", "home": "home", "går": "study"}
_MEANS |= {"studying": "study", "study": "study", "finland": "FI", "norway": "NO"}
_MEANS |= {"norge": "NO", "skole": "study", "vassfjord": "V"}


def _meant(phrase: str) -> set[str]:
    return {_MEANS[w] for w in phrase.casefold().replace(":", "").split() if w in _MEANS}


def _placed(asked, texts):
    """Two phrases are the closer the more they mean alike."""
    return [[0.8 + 0.05 * len(_meant(a) & _meant(t)) for t in texts] for a in asked]


def test_of_two_tables_with_the_asked_row_the_one_placing_things_as_the_question_is_read() -> None:
    supports = [_support(chunk) for chunk in _chunks(DIRECTIONS)]
    question = parse("Hvor mange som bor i Finland går på skole i Vassfjord i 2025?")
    cell = table_cell(question, supports, placed=_placed)
    assert cell is not None and cell.lead().startswith("47 — “Vassfjord”, “2025”")
    question = parse("Hvor mange som bor i Vassfjord går på skole i Finland i 2025?")
    cell = table_cell(question, supports, placed=_placed)
    assert cell is not None and cell.lead().startswith("325 — “Vassfjord”, “2025”")


def test_a_count_in_thousands_by_its_caption_is_stated_in_thousands() -> None:
    visitors = (
        "Tabell 7. Besökare per hamn 2024–2025, tusental personer\n\n"
        "Hamn | 2024 | 2025\n\nNorrvik | 12,5 | 13,1\n\nSydby | 8,2 | 8,9"
    )
    lead = _lead("Hur många besökare kom till Norrvik 2025?", visitors)
    assert lead == "13,1 thousand — “Norrvik”, “2025” [1]"


#: A year's counts with footnoted years, a share by year, and a table of times with no
#: year column whose row names the question's words.
YEARLY = (
    "Table 8. Apprentices resident in Nordby placed in Sørvik, 2024–2025. Thousands.\n\n"
    "Trade | 2024 | 2025¹\n\nBuilding | 1,1 | 1,4\n\nCare | 0,7 | 0,9\n\nAll trades | 1,8 | 2,3\n\n"
    "¹ Provisional.\n\n"
    "Figure 2. Women's share of the apprentices, per cent.\n\n"
    "Year | 2024 | 2025\n\nWomen | 41,0 | 43,5\n\n"
    "Note. Shares of all apprentices placed.\n\n"
    "Table 9. Travel time one way, minutes\n\n"
    "Route | Bus | Train\n\nNordby – Sørvik | 55 | 40"
)


def test_a_share_or_a_time_its_caption_names_is_no_count_of_a_how_many() -> None:
    supports = [_support(chunk) for chunk in _chunks(YEARLY)]
    # The women's row under 2025 gives a share, by its figure's caption: no count of them.
    assert table_cell(parse("How many women were apprentices in 2025?"), supports) is None
    # A year's header with a footnote's mark heads that year.
    builders = parse("How many apprentices were placed in building in 2025?")
    cell = table_cell(builders, supports)
    assert cell is not None and cell.lead().startswith("1,4 thousand — “Building”, “2025¹”")
    # A share's question reads a share, not the count under a footnoted year.
    share = parse("How large a share of the apprentices in Building were women in 2025?")
    cell = table_cell(share, supports)
    assert cell is not None and cell.lead().startswith("43,5 — “Women”, “2025”")
    # A how-many of the measure the caption names is read.
    minutes = parse("How many minutes does the bus take from Nordby to Sørvik?")
    cell = table_cell(minutes, supports)
    assert cell is not None and cell.lead().startswith("55 — “Nordby – Sørvik”")


def test_a_column_a_word_and_the_asked_year_head_holds_that_years_share() -> None:
    """A row gives the whole amount and then each year's part ("of which 2028"): the
    question for one year asks for its part, not the whole."""
    text = (
        "Member | Share | Amount (EUR) | of which 2027 | of which 2028\n\n"
        "Havnby municipality | 30 % | 900 000 | 420 000 | 480 000"
    )
    lead = _lead("How much does Havnby municipality pay in 2028?", text)
    assert lead is not None and lead.startswith("480 000"), lead
    assert "900 000" not in lead


#: An account's statement: a note column, filled on some rows only, before the years.
ACCOUNT = (
    "Resultaträkning (belopp i tkr)\n\n"
    "Not | 2026 | 2025\n\n"
    "Avgifter från medlemmar | 3 | 1 240 | 1 180\n\n"
    "Lokalhyra | -310 | -295\n\n"
    "Summa kostnader | 7 | -980 | -940\n\n"
    "Resultat efter finansiella poster | 260 | 240"
)


def test_an_account_row_without_its_note_keeps_its_figures_under_the_years() -> None:
    rows = {r.label: r for r in records(_chunks(ACCOUNT)[0])}
    assert rows["Lokalhyra"].header == ("", "2026", "2025")
    assert rows["Lokalhyra"].cells == ("Lokalhyra", "-310", "-295")
    assert rows["Avgifter från medlemmar"].cells == ("Avgifter från medlemmar", "1 240", "1 180")
    lead = _lead("Vad blev resultatet efter finansiella poster 2025?", ACCOUNT)
    assert lead is not None and lead.startswith("240 ")


def test_a_sentence_alone_picks_no_row_whose_label_reads_less_like_the_question() -> None:
    question = "How much did the members pay in fees in 2025?"
    sentences = {"Resultat efter": 0.30, "Lokalhyra": 0.25, "Summa": 0.24, "Avgifter": 0.20}
    support = _support(_chunks(ACCOUNT)[0], sentences)
    labels = {"Avgifter från medlemmar": 0.80, "Resultat efter finansiella poster": 0.79}

    def closeness(texts: Sequence[str]) -> list[float]:
        return [labels.get(text, 0.70) for text in texts]

    assert table_cell(parse(question), [support]) is not None  # the sentence, no labels read
    assert table_cell(parse(question), [support], closeness) is None


#: Grants per receiver, two receivers' names sharing their first letters.
RECEIVERS = (
    "Tabell 2. Tilskudd per mottaker (1 000 NOK)\n\n"
    "Mottaker | 2025 | 2026\n\n"
    "Fjellvegen | 300 | 320\n\n"
    "Skogeierlaget | 150 | 170"
)


def test_a_name_of_the_question_names_a_row_whole_not_by_its_first_letters() -> None:
    assert _lead("Hvor mye tilskudd fikk Fjellvaka i 2026?", RECEIVERS) is None
    lead = _lead("Hvor mye tilskudd fikk Skogeierlagets medlemmer i 2026?", RECEIVERS)
    assert lead is not None and lead.startswith("170")


def test_a_name_does_not_name_a_longer_compound_it_begins() -> None:
    grants = RECEIVERS.replace("Fjellvegen", "Fjellvegsfondet")
    assert _lead("Hvor mye tilskudd fikk Fjellveg i 2026?", grants) is None

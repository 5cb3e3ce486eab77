"""Two-part questions, dates of a named item and a news item's byline, on made-up
documents (no model): the first line answers what the question asks of the thing it
names, both parts of it."""

from __future__ import annotations

from cited import one_chunk
from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.quotes import quoted
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings


def _chunks(text: str, doc: str = "made-up.txt", title: str = "Made up") -> list[Chunk]:
    document = Document(doc=doc, title=title, text=text)
    return chunk_document(document, ChunkSettings(chunk_chars=400), {text: "en"})


def _at(n: int, chunk: Chunk, words: str, score: float) -> Support:
    i = next(i for i, (a, b) in enumerate(chunk.sentences) if words in chunk.text[a:b])
    return Support(n, chunk, i, score)


def _first_line(question: str, supports: list[Support]) -> str:
    text, _ = compose(parse(question), supports, "en")
    return text.split("\n\n")[0]


def test_the_second_part_comes_from_another_passage_of_the_same_document() -> None:
    opening = _chunks(
        "The river council backs the programme Salmon Ladder 2026–2030. It has a budget "
        "of EUR 4 million for the whole period.",
        doc="river.txt",
        title="River news",
    )[0]
    target = _chunks(
        "The fish pass past the dams by truck today. The aim is that 3 000 wild trout "
        "a year reach the upper river in 2030.",
        doc="river.txt",
        title="River news",
    )[0]
    question = (
        "How much money does Salmon Ladder have, and how many trout should reach the "
        "upper river by 2030?"
    )
    supports = [_at(1, opening, "budget", 0.6), _at(2, target, "aim is", 0.55)]
    line = _first_line(question, supports)
    assert line.startswith("EUR 4 million"), line
    assert "3 000 wild trout" in line, line


def test_the_most_one_can_get_is_the_ceiling_not_the_total() -> None:
    summary = _chunks(
        "The Language Fund runs 2025–2030 with EUR 9 million in total. Groups may apply "
        "for nest grants no later than 1 March 2027.",
        doc="fund.md",
    )[0]
    grants = _chunks(
        "Municipalities can apply for nest grants. One can get up to EUR 50 000 per nest "
        "a year. Applications go to the secretariat.",
        doc="fund.md",
    )[0]
    question = "What is the deadline for nest grants, and how much can one get at most?"
    supports = [_at(1, summary, "no later than", 0.6), _at(2, grants, "up to", 0.5)]
    line = _first_line(question, supports)
    assert "1 March 2027" in line, line
    assert "up to EUR 50 000" in line and "9 million" not in line, line


def test_when_a_news_item_was_published_is_its_byline_day() -> None:
    news = _chunks(
        "Council adopts harbour plan\n\nBy Eva Strand, press officer\nPublished 4 May 2026\n\n"
        "The council adopted the harbour plan at its meeting on 28 April 2026.",
        doc="news.txt",
    )[0]
    question = "When was the news about the harbour plan published, and who wrote it?"
    line = _first_line(question, [_at(1, news, "adopted the harbour plan", 0.6)])
    assert "4 May 2026" in line and "Eva Strand" in line, line


def test_the_start_of_the_named_pilot_is_its_paragraphs_month() -> None:
    pilots = _chunks(
        "Both pilots are alike but differ in size and timing.\n\nPilot Northcove: a 5 MWh "
        "battery at the wind farm. Building starts in March 2026, operation in May 2027.\n\n"
        "Pilot Eastport: a 3 MWh battery at the heating plant. Building starts in "
        "October 2025, operation in June 2026.\n\nThe programme meets its goals by "
        "31 December 2028.",
        doc="islands.pdf",
        title="Islands programme",
    )[0]
    question = "When does building of the battery in Northcove start?"
    line = _first_line(question, [_at(1, pilots, "programme meets", 0.6)])
    assert line.startswith("Building starts in March 2026"), line


def test_a_month_elsewhere_does_not_date_what_the_question_asks() -> None:
    plan = _chunks(
        "The partnership will help small towns become carbon neutral by 2035.\n\nThe "
        "board adopted a green charter in October 2021 with four themes.",
        doc="towns.md",
        title="Towns",
    )[0]
    question = "By when should small towns become carbon neutral according to the partnership?"
    line = _first_line(question, [_at(1, plan, "carbon neutral by", 0.6)])
    assert line.startswith("The partnership will help small towns"), line


def test_a_share_question_leads_with_the_share() -> None:
    budget = _chunks(
        "About the project\n\n- Total budget: EUR 2,0 million, of which 55 % (EUR 1,1 "
        "million) from the Baltic Fund.",
        doc="ferry.md",
    )[0]
    question = "How large a share of Ferry Link is paid by the Baltic Fund?"
    line = _first_line(question, [_at(1, budget, "Total budget", 0.6)])
    assert line.startswith("55 % (EUR 1,1 million)"), line


def test_how_long_it_lasts_is_its_span_not_its_title_years() -> None:
    summary = _chunks(
        "Summary\n\nCoast Power is a three-year programme (1 March 2026 – 28 February 2029) "
        "of five harbours. The total budget is MNOK 41.5.",
        doc="coast.pdf",
        title="Coast Power 2026–2029",
    )[0]
    question = "What is the total budget of Coast Power, and how long does it run?"
    line = _first_line(question, [_at(1, summary, "total budget", 0.6)])
    assert line.startswith("MNOK 41.5"), line
    assert "1 March 2026 – 28 February 2029" in line, line


def test_who_wrote_a_news_item_and_on_what_day_is_its_whole_byline_line() -> None:
    news = _chunks(
        "Ferry line gets a new timetable\n\nAv Jens Holm, reporter Publicerad 03.02.2026 kl. "
        "08:15 · Uppdaterad 04.02.2026\n\nThe ferry line between Nordby and Sudby gets a new "
        "timetable from 1 April 2026, with six departures a day.",
        doc="news.txt",
    )[0]
    question = "Who wrote the news about the ferry timetable, and on what day was it published?"
    line = _first_line(question, [_at(1, news, "gets a new timetable from", 0.6)])
    assert "Jens Holm" in line and "03.02.2026" in line, line


def test_a_byline_after_its_dateline_names_who_wrote_it_and_when() -> None:
    """A web page runs its dateline and byline into one line, the byline after a middle
    dot: the writer is named there, not only on a line of their own."""
    news = _chunks(
        "Nytt kaianlegg i Sørvik\n\nPublisert 9. oktober 2025 · Av Eirik Sand, journalist\n"
        "Oppdatert 11. oktober 2025\n\nSørvik havn får et nytt kaianlegg for hurtigbåten, "
        "ferdig til sommeren 2026.",
        doc="kai.txt",
    )[0]
    question = "Hvem skrev saken om det nye kaianlegget, og når ble den publisert?"
    line = _first_line(question, [_at(1, news, "får et nytt kaianlegg", 0.6)])
    assert line.startswith("Eirik Sand [1]") and "9. oktober 2025" in line, line


def test_a_share_asked_second_comes_from_the_next_row_of_the_lead_s_fact_table() -> None:
    facts = _chunks(
        "Fjordlink Ferries – fact sheet\n\nFjordlink connects four small islands with the "
        "mainland and runs two electric ferries.\n\n| Project period | 2025–2027 |\n\n"
        "| Total budget | NOK 48,000,000 |\n\n| State funding | 35 % (NOK 16,800,000) |\n\n"
        "| Project owner | Øyriket kommune |",
        doc="facts.md",
    )[0]
    question = "What is the total budget of Fjordlink Ferries, and what share does the state pay?"
    line = _first_line(question, [_at(1, facts, "Total budget", 0.6)])
    assert "NOK 48,000,000" in line and "35 %" in line and "four small" not in line, line


def test_the_second_part_counts_what_it_asks_not_another_count_of_the_year() -> None:
    project = _chunks(
        "Fjellrådet er partner i Interreg-prosjektet Felles fjell i perioden 2024-2026. "
        "Prosjektet skal styrke reiselivet i grenseområdet.",
        doc="plan.txt",
    )[0]
    meetings = _chunks(
        "M2025-2027 Holde to årlige møter med turistkontorene i regionen.", doc="plan.txt"
    )[0]
    fairs = _chunks(
        "M2025: arrangere 5 stk. messer; delta i felles markedsføring.", doc="plan.txt"
    )[0]
    question = (
        "Hvilke år løper Interreg-prosjektet Felles fjell som Fjellrådet er med i, og hvor "
        "mange messer skal rådet arrangere i 2025?"
    )
    supports = [
        _at(1, project, "Felles fjell", 0.6),
        _at(2, meetings, "årlige møter", 0.5),
        _at(3, fairs, "messer", 0.45),
    ]
    line = _first_line(question, supports)
    assert "2024-2026" in line and "5 stk. messer" in line, line
    assert "årlige møter" not in line, line


def test_a_count_asked_first_joins_a_lead_that_answers_the_cost_asked_second() -> None:
    chunk = _chunks(
        "Rescue drills\n\nA joint coast guard course ran in 2022-2023 (about EUR 300 000). "
        "Some 80 divers from both coasts were trained in it."
    )[0]
    question = (
        "How many divers were trained in the joint coast guard course, and how much did it cost?"
    )
    line = _first_line(question, [_at(1, chunk, "joint coast guard course", 0.6)])
    assert "300 000" in line, line
    assert "80 divers" in line, line


def test_a_when_part_is_dated_by_a_month_in_the_line_of_its_block_that_names_it() -> None:
    plan = _chunks(
        "The Harbour Board adopted a Blue Charter in March 2022 with three themes.\n\n"
        "The Harbour Board will work to make the harbour fossil free in 2032.",
        doc="harbour.md",
        title="Harbour",
    )[0]
    question = (
        "By what year does the Harbour Board want the harbour to be fossil free, and when "
        "did it adopt its Blue Charter?"
    )
    line = _first_line(question, [_at(1, plan, "fossil free", 0.6)])
    assert line.startswith("The Harbour Board will work"), line
    assert "Blue Charter in March 2022" in line, line


def test_the_second_part_s_quote_in_another_language_is_labelled_with_it() -> None:
    """As every quote is: an English question's added Danish line says it is Danish,
    once: a Danish lead's label says it for the line that follows it too."""
    question = (
        "By what year does the Havnerådet want the harbour to be fossil free, and when "
        "did it adopt its Blue Charter?"
    )
    adopted = "Havnerådet vedtog i marts 2022 et Blue Charter med tre temaer."
    english = one_chunk(f"{adopted}\n\nThe Havnerådet will be fossil free in 2032.", lang="da")
    line = _first_line(question, [_at(1, english, "2032", 0.6)])
    assert line.startswith("The Havnerådet will be fossil free in 2032."), line
    assert f"[1] (Danish) “{adopted}” [1]" in line, line
    danish = one_chunk(f"{adopted}\n\nHavnerådet vil være fossilfri i 2032.", lang="da")
    line = _first_line(question, [_at(1, danish, "2032", 0.6)])
    assert line.startswith("(Danish) Havnerådet vil være fossilfri i 2032."), line
    assert f"[1] “{adopted}” [1]" in line, line


def test_a_label_holds_for_the_quotes_that_follow_it_in_the_same_language() -> None:
    """ "Fjordbuss [2]: (Swedish) “Projektägare: Ås kommun” “Total budget: …”": the
    owner's line said it is Swedish; the budget line after it need not say it again."""
    card = one_chunk("Projektägare: Ås kommun\n\nTotal budget: 900 000 euro", lang="sv")
    budget = _at(2, card, "Total budget", 0.5)
    owner = "Fjordbuss [2]: (Swedish) “Projektägare: Ås kommun”"
    assert quoted("Total budget: 900 000 euro", budget, "en", after=owner).startswith("“")
    after_english = f"{owner} (English) “Budget in brief”"
    assert quoted("Total budget: 900 000 euro", budget, "en", after=after_english).startswith(
        "(Swedish) “"
    )


def test_a_second_part_without_a_value_comes_from_the_line_that_speaks_of_it() -> None:
    plan = one_chunk(
        "Grensekomiteen Fjordmark bidrar med å kartlegge hvordan Region Nordhav (case area) "
        "samordner sin arealplan med svenske naboer.\n\nI tillegg ønsker vi å belyse hvordan "
        "Kystbyene Tromsø–Kiel samarbeider om sine havneplaner.",
        lang="no",
    )
    question = (
        "Hvilken region er case-område når Fjordmark skal kartlegge arealplanene, og hvilket "
        "annet samarbeid vil de belyse?"
    )
    text, names = compose(parse(question), [_at(1, plan, "case area", 0.6)], "no")
    line = text.split("\n\n")[0]
    assert names == ["Region Nordhav"], names
    assert "Kystbyene Tromsø–Kiel samarbeider" in line, line


def test_the_names_of_a_two_part_who_question_come_with_the_sentence_that_goes_on() -> None:
    plan = one_chunk(
        "Piloten samordnas av Skagenrådet tillsammans med SINTEF och sker med hjälp av en "
        'metod som kallas "Open Harbour Design" som har utvecklats av SINTEF i samverkan '
        "med Aalto University.",
        lang="sv",
    )
    question = "Who does the Skagen Council run the pilot with, and whose method does it use?"
    text, names = compose(parse(question), [_at(1, plan, "samordnas", 0.6)], "en")
    line = text.split("\n\n")[0]
    assert names == ["SINTEF"], names  # not the council the question asks about
    assert line.startswith("SINTEF [1]: (Swedish) “Piloten samordnas"), line
    assert "Open Harbour Design" in line, line
    assert "\n\n[1]" not in text, text  # the lead quotes it already


def test_a_quote_keeps_what_the_text_tells_of_its_subject_for_the_other_part() -> None:
    block = one_chunk(
        "I regionen finns flera företag som ställt om. Exempel är verkstadsföretaget "
        "Nordvik Tech som tagit steget mot förnybar energi. Från tillverkare av oljepumpar "
        "till en patenterad teknik för vågkraft som säljs till hamnar i hela Europa. Ett "
        "företag med lång historia i bygden. Ett företag som exporterar 80%.",
        lang="sv",
    )
    question = (
        "Hvor stor en del af sin produktion eksporterer Nordvik Tech, og hvad laver firmaet i dag?"
    )
    text, _ = compose(parse(question), [_at(1, block, "Exempel är", 0.6)], "da")
    line = text.split("\n\n")[0]
    assert "patenterad teknik för vågkraft" in line and "exporterar 80%" in line, line


def test_which_call_gave_the_money_leads_with_the_sentence_naming_the_call() -> None:
    about = one_chunk(
        "This project aims to build a Nordic partnership that helps small harbours cut "
        "their emissions by 2030.",
        doc="harbours.txt",
    )
    call = one_chunk(
        "The call, where the project was funded, was meant to turn plans into action. The "
        "call for proposals: Green Quays & Clean Ports addressed two of the three themes of "
        "Nordic Energy's Blue Transition programme.",
        doc="harbours.txt",
    )
    question = (
        "Genom vilken utlysning fick partnerskapet för små hamnar pengar, och vilket program "
        "hör den till?"
    )
    intent = parse(question)
    assert intent.kind != "amount"
    supports = [_at(1, about, "aims", 0.6), _at(2, call, "where the project", 0.45)]
    text, _ = compose(intent, supports, "sv")
    assert "Green Quays & Clean Ports" in text.split("\n\n")[0], text

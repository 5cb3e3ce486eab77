"""Which sentence leads an answer, on made-up documents (no model): the one that holds
the fact asked for, not the intro or a neighbouring sentence that only names the subject.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

import numpy as np

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.assistant import Assistant
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk


def _chunk(text: str, title: str = "Made up", doc: str = "made-up.txt", lang: str = "en") -> Chunk:
    return one_chunk(text, doc=doc, lang=lang, title=title)


def test_a_share_is_read_from_the_line_on_the_question_s_topic_not_the_headline() -> None:
    results = _chunk(
        "RESULTS\n\nIn total 300 anglers joined the scheme, 120 of them from Finland. "
        "A year after the course 45 per cent had started a fishing business. "
        "The scheme cost 2 million kronor."
    )
    intent = parse("What share of the anglers had started a business a year after the course?")
    assert intent.kind == "quantity"
    supports = [Support(1, results, sentence_at(results, "In total 300"), 0.6)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("A year after the course 45 per cent"), text


def test_a_count_is_read_in_a_report_titled_by_the_project_the_question_names() -> None:
    title = "Harbour Youth final report"
    summary = _chunk(
        "The Harbour Youth project ran from 1 March 2021 to 31 May 2023 for people aged 16 "
        "to 25 along the coast.",
        title,
    )
    results = _chunk(
        "In total 380 young people took part in the project, 200 of them in Norway.", title
    )
    intent = parse("How many young people took part in Harbour Youth?")
    supports = [Support(1, summary, 0, 0.45), Support(2, results, 0, 0.58)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("In total 380 young people"), text


def test_a_milestone_line_dates_what_an_activity_line_only_names() -> None:
    activity = _chunk("Map the need for shared ferry routes between Nordby and Sudby.")
    milestone = _chunk("M2027: The mapping of ferry routes between Nordby and Sudby finished.")
    intent = parse("When will the mapping of ferry routes between Nordby and Sudby be finished?")
    assert intent.kind == "date"
    supports = [Support(1, activity, 0, 0.72), Support(2, milestone, 0, 0.69)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("M2027: The mapping"), text


def test_a_long_list_is_quoted_at_the_item_the_question_asks_about() -> None:
    chunk = _chunk(
        "RECOMMENDATIONS\n\nThe board recommends the following:\n"
        "- The harbour pilot service should become permanent, funded jointly by both "
        "port authorities from 2026 onwards, with a shared office on the island.\n"
        "- The ministries should agree on one tax form for seasonal crews working in both "
        "countries, and publish it in both languages before the summer.\n"
        "- The counties should shorten the recognition of skipper certificates to at most "
        "four weeks, with one contact point for applicants.\n"
        "- The towns should run a late ferry between the two harbours on Fridays and "
        "Saturdays during the whole summer season."
    )
    intent = parse("What does the board recommend about the recognition of skipper certificates?")
    supports = [Support(1, chunk, sentence_at(chunk, "recommends the following"), 0.6)]
    text, _ = compose(intent, supports, "en")
    first = text.split("\n\n")[0]
    assert first.startswith("The board recommends the following: … - The counties should"), first
    assert "four weeks" in first


def test_a_decision_leads_not_the_presentation_of_the_item() -> None:
    item = _chunk(
        "PUNKT 2. NY FÆRGESTATISTIK FOR 2024\n\nAnna Holm fra Statistikkontoret fremlagde "
        "de foreløbige færgetal for 2024 for sundet.\n\nBeslutning: Arbejdsgruppen "
        "godkendte, at de endelige 2024-tal offentliggøres i en fælles rapport senest den "
        "1. juni 2026. Statistikkontoret er ansvarlig for rapporten.",
        "Referat fra arbejdsgruppen for sundet",
        lang="da",
    )
    intent = parse("What did the working group decide about the final 2024 ferry figures?")
    supports = [Support(1, item, sentence_at(item, "fremlagde"), 0.6)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("(Danish) Beslutning: Arbejdsgruppen godkendte"), text


def test_a_recommendation_is_read_in_the_document_naming_who_made_it() -> None:
    other = _chunk(
        "På bakgrunn av resultatene anbefaler styringsgruppen at fangststatistikken for "
        "losordningen forenkles.",
        "Losordningen sluttrapport",
        doc="los.txt",
        lang="no",
    )
    review = _chunk(
        "PUNKT 5. EKSTERN VURDERING (ICES)\n\nEn forsker præsenterede konklusionerne fra "
        "ICES' gennemgang af fangststatistikken. \"We recommend that the partners publish a "
        'provisional estimate within three months of the season."',
        "Referat fra fiskerigruppen",
        doc="referat.txt",
        lang="da",
    )
    intent = parse("Hvad anbefalede ICES om fangststatistikken?")
    supports = [
        Support(1, other, 0, 0.5),
        Support(2, review, sentence_at(review, "præsenterede"), 0.45),
    ]
    text, _ = compose(intent, supports, "da")
    first = text.split("\n\n")[0]
    assert "We recommend that the partners publish" in first and first.endswith("[2]"), text


def test_a_year_s_milestone_is_that_of_the_organisation_the_question_names() -> None:
    chair = _chunk("The harbour board holds the chair in 2025–2026, the county in 2027–2028.")
    plan = _chunk(
        "Nordby Maritime College: Nordby Maritime College coordinates the training berths "
        "on both sides of the fjord.\n\nM2025: 40 berths open to students from the other "
        "country.\n\nM2026: The berth bank opened with at least 120 berths in total."
    )
    assert plan.owners[sentence_at(plan, "M2026")] == "Nordby Maritime College"
    intent = parse("What is Nordby Maritime College's milestone for 2026?")
    supports = [Support(1, chair, 0, 0.47), Support(2, plan, sentence_at(plan, "M2026"), 0.43)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("M2026: The berth bank opened"), text


def test_a_question_asking_the_assistant_for_advice_is_no_recommendation_asked() -> None:
    chunk = _chunk(
        "The ferry pilots log every crossing in a shared tool for small crews. The report "
        "recommends that the counties fund more harbour staff in winter."
    )
    intent = parse("Can you recommend a good logging tool for small crews?")
    text, _ = compose(intent, [Support(1, chunk, 0, 0.5)], "en")
    assert text.startswith("The ferry pilots log"), text


def test_a_two_part_money_question_gets_the_share_it_asks_for_with_the_total() -> None:
    chunk = _chunk(
        "COSTS\n\nThe total budget of the ferry project was 12.5 million kronor. Of this, "
        "Nordfond paid 4.1 million kronor and the two counties 8.4 million kronor. "
        "The average cost per crossing was 310 kronor."
    )
    intent = parse("What was the ferry project's total budget, and how much came from Nordfond?")
    text, _ = compose(intent, [Support(1, chunk, sentence_at(chunk, "total budget"), 0.6)], "en")
    first = text.split("\n\n")[0]
    assert first.startswith("12.5 million kronor"), text
    assert "Nordfond paid 4.1 million kronor" in first, text


def test_a_which_question_is_answered_by_the_passage_on_its_topic_not_the_name_line() -> None:
    title = "Fjordnett statutes"
    name = _chunk(
        "The network's name is Fjordnett. The network works for fibre in sparsely "
        "populated areas, coordinates applications for State aid and speaks for its "
        "members towards Parliament, the counties and the Market.",
        title,
    )
    members = _chunk(
        "Membership can be granted to municipalities in Nordfylke and Sørfylke with "
        "fewer than 10 000 inhabitants. The Board decides on applications.",
        title,
    )
    intent = parse("Which municipalities can become members of Fjordnett?")
    assert intent.kind == "list"
    supports = [Support(1, name, 0, 0.6), Support(2, members, 0, 0.53)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Membership can be granted to municipalities"), text


def test_a_two_part_question_is_led_by_the_sentence_that_answers_both_parts() -> None:
    statutes = _chunk(
        "The network was founded in 2015 and its secretariat is hosted by Nordby "
        "municipality. The network works for fibre and speaks for its members.",
        "Fjordnett statutes",
    )
    faq = _chunk(
        "Who runs the network? The board has five members. The daily work is done by the "
        "network's coordinator Eva Lind at the secretariat in Nordby.",
        "Fjordnett statutes",
    )
    intent = parse("Where is the network's secretariat, and who is the coordinator of Fjordnett?")
    supports = [Support(1, statutes, 1, 0.63), Support(2, faq, 1, 0.37)]
    text, _ = compose(intent, supports, "en")
    first = text.split("\n\n")[0]
    assert "coordinator Eva Lind at the secretariat in Nordby" in first, text


def test_an_activity_the_question_names_by_code_is_read_though_another_shares_its_words() -> None:
    plan = "Harbour plan 2025–2028"
    activity = _chunk(
        "H.3.b\n\nStudy how retired skippers (65-80 years) can be mobilised as mentors for "
        "young Fishers in the Outer islands.",
        plan,
    )
    guide = _chunk(
        "To give an overview of activities, actors and years we built a Matrix from the "
        "Plan: the left column holds the activities.",
        plan,
    )
    intent = parse("Which age group does activity H.3.b concern?")
    assert intent.activity == "H.3.b" and intent.kind == "list"
    supports = [
        Support(1, activity, sentence_at(activity, "Study"), 0.6),
        Support(2, guide, 0, 0.55),
    ]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Study how retired skippers (65-80 years)"), text


def test_a_day_named_relative_to_a_news_item_is_dated_by_its_dateline() -> None:
    news = _chunk(
        "Harbour festival gets a home\n\nBy Kari Lund\nPublished 12 March 2025 at 09.10\n\n"
        "The new harbour festival fund of 2 million kronor was opened on Monday in the old "
        "customs house in Nordby. The fund will support music on both sides of the fjord.",
        "Harbour festival gets a home",
    )
    intent = parse("Where and when was the harbour festival fund opened?")
    supports = [Support(1, news, sentence_at(news, "was opened on Monday"), 0.6)]
    text, _ = compose(intent, supports, "en")
    first = text.split("\n\n")[0]
    assert "opened on Monday in the old customs house" in first, text
    assert "(Published 12 March 2025)" in first, text
    asked = parse("Where was the harbour festival fund opened, when the festival started?")
    text, _ = compose(asked, supports, "en")
    assert "Published" not in text.split("\n\n")[0], text  # "when" joins, it asks nothing


def test_a_who_and_budget_question_gets_the_budget_of_the_record_that_names_who() -> None:
    record = _chunk(
        "SALT-FREE\nSALT-FREE (Salt-Free Island Wells) tests small desalination units on "
        "five islands. The University of Nordby leads the project together with water "
        "works in two countries. Duration 2021–2024, budget EUR 2.2 million.",
        "Water project database",
    )
    intent = parse("Who is the lead partner of SALT-FREE, and what is the budget?")
    supports = [Support(1, record, sentence_at(record, "tests small desalination"), 0.6)]
    text, _ = compose(intent, supports, "en")
    first = text.split("\n\n")[0]
    assert "University of Nordby" in first and "budget EUR 2.2 million" in first, text
    when = parse("Who is the lead partner of SALT-FREE, and when is the final conference held?")
    text, _ = compose(when, supports, "en")
    assert "Duration 2021–2024" not in text.split("\n\n")[0], text  # a year is no day


def test_a_when_question_about_a_recommendation_is_answered_by_its_day() -> None:
    chunk = _chunk(
        "FURTHER WORK\n\nThe report was presented to the harbour board on 2 April 2025. The "
        "board will treat the recommendations at its meeting in Nordby in September 2025. "
        "Questions about the report go to the review office.",
        "Harbour review",
    )
    intent = parse("When and where will the board treat the recommendations?")
    assert intent.kind == "date"
    supports = [Support(1, chunk, sentence_at(chunk, "will treat"), 0.6)]
    text, _ = compose(intent, supports, "en")
    first = text.split("\n\n")[0]
    assert "Questions about the report" not in first, text


def test_a_how_many_answer_counts_the_unit_asked_not_the_line_naming_the_project() -> None:
    title = "Fjordclean Nordby fact sheet"
    brief = _chunk(
        "Fjordclean Nordby helps five small harbours along the coast collect plastic from "
        "the sea and trains harbour staff.",
        title,
    )
    goal = _chunk("The harbours expect to collect about 2,300 kilos of plastic a year.", title)
    intent = parse("Hvor mange kilo plast regner Fjordclean Nordby med å samle inn i året?")
    assert intent.kind == "quantity"
    supports = [Support(1, brief, 0, 0.6), Support(2, goal, 0, 0.3)]
    text, _ = compose(intent, supports, "no")
    assert "2,300 kilos" in text.split("\n")[0], text


def test_a_how_many_answer_counts_the_word_the_model_reads_as_the_asked_one() -> None:
    title = "Gränskontoret Nordby"
    asked = "Gränskontoret Nordby fick 3 200 frågor under 2024, fler än någonsin."
    news = _chunk(asked, title, lang="sv")
    staff = _chunk(
        "Kontoret har fjorton anställda, åtta i Nordby och sex i Sudby.", title, "sv.txt", "sv"
    )
    intent = replace(parse("Hur många medarbetare har Gränskontoret Nordby?"), counted_as=())
    supports = [Support(1, news, 0, 0.6), Support(2, staff, 0, 0.45)]
    text, _ = compose(replace(intent, counted_as=("anställda",)), supports, "sv")
    assert text.startswith("Kontoret har fjorton anställda"), text
    text, _ = compose(intent, supports, "sv")
    assert text.startswith("Gränskontoret Nordby fick 3 200 frågor"), text


def test_a_count_of_a_year_is_read_on_a_note_s_label_line_beside_the_prior_years() -> None:
    title = "Föreningen Lillbro årsredovisning"
    audit = _chunk(
        "Vi har granskat årsredovisningen för Föreningen Lillbro för räkenskapsåret 2041 "
        "och har inget att anmärka.",
        title,
        lang="sv",
    )
    note = _chunk("Genomsnittligt antal heltidstjänster 11,5 (2040: 10,0).", title, "n.txt", "sv")
    intent = parse("Hur många heltidstjänster hade Föreningen Lillbro 2041?")
    assert intent.kind == "quantity"
    supports = [Support(1, audit, 0, 0.6), Support(2, note, 0, 0.45)]
    text, _ = compose(intent, supports, "sv")
    assert text.startswith("Genomsnittligt antal heltidstjänster 11,5"), text


class _Words:
    """Made-up word vectors for the words a test counts: one axis a thing."""

    AXES: ClassVar[dict[str, int]] = {"medarbetare": 0, "anställda": 0, "frågor": 1, "nya": 2}

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(set(self.AXES.values()))), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, self.AXES[text]] = 1.0
        return out


def test_the_model_tells_which_counted_words_are_the_asked_thing() -> None:
    staff = _chunk("Kontoret har fjorton anställda och fick 3 200 frågor och två nya.")
    assistant = object.__new__(Assistant)
    assistant._embedder = _Words()
    intent = assistant._counted_alike(parse("Hur många medarbetare har kontoret?"), [staff])
    assert intent.counted_as == ("anställda",)
    unasked = parse("Vem leder kontoret?")
    assert assistant._counted_alike(unasked, [staff]) is unasked


def test_a_bound_asked_is_read_where_a_bound_is_stated_even_as_its_negation() -> None:
    title = "Kystleir 2026"
    intro = _chunk("Kystleir is a summer camp on Nordøy with 40 places for teams.", title)
    rule = _chunk("Påmeldinger med færre enn 3 deltakere blir avvist.", title, "rule.txt", "no")
    intent = parse("What minimum team size does a registration for Kystleir need?")
    assert intent.kind == "quantity"
    supports = [Support(1, intro, 0, 0.5), Support(2, rule, 0, 0.3)]
    text, _ = compose(intent, supports, "en")
    assert "færre enn 3 deltakere" in text.split("\n")[0], text


def test_a_meeting_of_the_body_the_question_names_by_compounds_leads() -> None:
    """No name, but long compounds say whose meeting: "arbeidsgruppen" is a "grupp" in
    Swedish too; the board's meeting, which shares more of the question's words ("neste",
    "møtes"), is another body's, in a document that writes no such word."""
    board = _chunk(
        "Styret møtes neste gang den 3. juni 2027 i Bodø.", "Havnestyret årsrapport", "havn.txt"
    )
    school = _chunk(
        "Projekt: Kustens skolsamarbete (Interreg).\n\nNästa arbetsgruppsmöte hålls den "
        "9 mars 2027 i Luleå.",
        "Protokoll arbetsgruppen",
        "skola.md",
        "sv",
    )
    intent = parse("Når holder arbeidsgruppen for skolesamarbeidet sitt neste møte?")
    assert intent.kind == "date"
    supports = [Support(1, board, 0, 0.6), Support(2, school, sentence_at(school, "Nästa"), 0.5)]
    text, _ = compose(intent, supports, "no")
    assert "9 mars 2027" in text.split("\n")[0], text


def test_how_long_a_project_may_run_is_the_sentence_that_states_a_length() -> None:
    minutes = _chunk(
        "Styrelsen behandlade fyra projekt som söker resebidrag i vårrundan och beviljade "
        "tre av dem.",
        "Styrelseprotokoll",
        "minutes.md",
    )
    rules = _chunk(
        "Who can apply? Schools and sports clubs in the border towns. A grant project may "
        "run for at most 9 months.",
        "Travel grant rules",
        "rules.md",
    )
    intent = parse("Hur länge får ett projekt med resebidrag pågå?")
    supports = [
        Support(1, minutes, 0, 0.6),
        Support(2, rules, sentence_at(rules, "at most 9 months"), 0.45),
    ]
    text, _ = compose(intent, supports, "sv")
    assert "9 months" in text.split("\n\n")[0], text

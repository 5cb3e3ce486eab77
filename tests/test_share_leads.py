"""Which sentence leads the answer to a how-many question that asks for a share in per
cent, on made-up survey reports (no model): one that states a per cent itself, of the
whole group asked about, not a margin of error in percentage points, a summary sentence
whose quote reaches a neighbour's figure, nor an age band the question does not name.
"""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.evidence import asks_per_cent
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk


def _chunk(text: str, title: str = "Ferry survey", lang: str = "en") -> Chunk:
    return one_chunk(text, "ferry-survey.txt", lang=lang, title=title)


def test_a_share_asked_in_four_languages_is_told_from_a_count_asked() -> None:
    for question in (
        "How many per cent of the islanders take the ferry every week?",
        "Hvor mange prosent av øyboerne tar ferjen hver uke?",
        "Hur stor andel av öborna tar färjan varje vecka?",
        "Hvilken andel af øboerne tager færgen hver uge?",
    ):
        assert asks_per_cent(parse(question)), question
    assert not asks_per_cent(parse("How many islanders take the ferry every week?"))


def test_a_margin_of_error_in_percentage_points_answers_no_share() -> None:
    methods = _chunk(
        "METHOD\n\nThe poll reached 1 500 islanders by telephone. The margin of error is "
        "±2.5 percentage points for the whole sample."
    )
    results = _chunk(
        "FERRY USE\n\nThe weekly ferry is used by many. Weekly use was stated by 42 % of "
        "the islanders on Holmø."
    )
    intent = parse("How many per cent of the islanders on Holmø take the ferry every week?")
    supports = [
        Support(1, methods, sentence_at(methods, "margin of error"), 0.6),
        Support(2, results, sentence_at(results, "The weekly ferry is used"), 0.5),
    ]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Weekly use was stated by 42 %"), text


def test_a_summary_sentence_gives_way_to_the_sentence_stating_a_per_cent() -> None:
    summary = _chunk(
        "SUMMARY\n\nMany islanders find the timetable hard to read and would like a "
        "ferry app. 68 % of the islanders on Holmø took the ferry at least once in May."
    )
    finding = _chunk(
        "FINDINGS\n\nOnly 23 % of all islanders find the ferry timetable easy to read."
    )
    intent = parse("What percentage of all islanders find the ferry timetable easy to read?")
    supports = [
        Support(1, summary, sentence_at(summary, "Many islanders"), 0.6),
        Support(2, finding, sentence_at(finding, "Only 23 %"), 0.5),
    ]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Only 23 % of all islanders"), text


def test_a_share_of_an_age_band_gives_way_to_the_whole_group_s() -> None:
    results = _chunk(
        "COMMUTING\n\nDaily ferry commuting is common on the islands. Share answering yes: "
        "Holmø 12 %, Sandø 9 %. Among islanders aged 18–29 the share is 21 % on Holmø. "
        "The ferry company counts 800 trips a week."
    )
    intent = parse("How many per cent of the islanders on Holmø commute to work by ferry?")
    supports = [Support(1, results, sentence_at(results, "aged 18–29"), 0.6)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Share answering yes: Holmø 12 %"), text
    young = parse("How many per cent of the islanders aged 18–29 commute to work by ferry?")
    text, _ = compose(young, supports, "en")
    assert "aged 18–29 the share is 21 %" in text.splitlines()[0], text


def test_the_share_of_the_country_asked_leads_of_several_in_one_sentence() -> None:
    results = _chunk(
        "FERRY USE\n\nDo you take the ferry to work? Share answering yes: Norway (n=410) "
        "4 %, Denmark (n=388) 12 %, Sweden (n=402) 9 %."
    )
    supports = [Support(1, results, sentence_at(results, "Share answering yes"), 0.6)]
    for question in (
        "How many per cent of the Danish residents take the ferry to work?",
        "Hvor mange procent af de danske øboere tager færgen på arbejde?",
    ):
        text, _ = compose(parse(question), supports, "en")
        assert text.startswith("12 % (Denmark): "), text
    text, _ = compose(parse("How many per cent take the ferry to work?"), supports, "en")
    assert text.startswith("Share answering yes"), text

"""A how-many question for a plan's years (no model): "How many events in 2025 and
2026?" asks for each year's count, which the year's own milestone lines give ("M2025:
ordna 5 st. seminarier"), perhaps in the passage after the activity's line; the line that
gives the whole period ("… partner under 2024-2026") counts nothing."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import parse
from nordask.quotes import quoted_sentences

_ACTIVITY = "K.4.b. Stärka den gemensamma arbetsmarknaden längs kusten\n\n"
_PERIOD = (
    f"{_ACTIVITY}Havrådet: Havrådet är partner i Interregprojektet Felles Kyst under "
    "2024-2026. Projektet ska göra det lättare att pendla mellan länderna."
)
_YEARS = (
    f"{_ACTIVITY}Havrådet: M2025: ordna 5 st. seminarier; delta i kurser och gemensamma "
    "aktiviteter\n\nM2026: ordna 3 st. seminarier, delta i kurser\n\nD2026: antalet pendlare "
    "över gränsen ökar"
)
QUESTION = "Hvor mange seminarer skal Havrådet stå for i Felles Kyst-projektet i 2025 og 2026?"


def test_the_year_s_counting_line_leads_over_the_period_s_line() -> None:
    period = one_chunk(_PERIOD, doc="plan.txt", lang="sv")
    years = one_chunk(_YEARS, doc="plan.txt", lang="sv")
    # Another activity's indicator counts the thing too, for no year.
    indicator = one_chunk(
        "K.4.c. Kurser för pendlare\n\nHavrådet: D: Antalet ordnade seminarier; 12.",
        doc="plan.txt",
        lang="sv",
    )
    supports = [
        Support(1, period, sentence_at(period, "partner i"), 0.68),
        Support(2, years, sentence_at(years, "M2026"), 0.52),
        Support(3, indicator, sentence_at(indicator, "Antalet"), 0.50),
    ]
    first = compose(parse(QUESTION), supports, "da")[0].split("\n\n")[0]
    assert "3 st. seminarier" in first and "2024-2026" not in first, first


def test_a_question_for_two_years_quotes_both_years_lines() -> None:
    years = one_chunk(_YEARS, doc="plan.txt", lang="sv")
    i = sentence_at(years, "M2026")
    assert quoted_sentences(years, i, parse(QUESTION)) == (i - 1, i)
    one_year = parse("Hvor mange seminarer skal Havrådet stå for i 2026?")
    assert quoted_sentences(years, i, one_year)[0] == i


def test_a_question_for_two_counts_leads_with_the_sentence_giving_both() -> None:
    """ "Hvor mange partnere og lande …": the sentence with "21 partners from 6 countries"
    over the closer one that gives the partners alone (the model does not tie "lande" to
    "countries")."""
    news = one_chunk(
        "Fjordlink at the coast conference\n\nOur presence at the conference will give the "
        "participants a heads up on the Fjordlink project and we will discuss how the joint "
        "challenges of the 21 partners in the project are addressed.\n\nLooking in, the way "
        "the project manages a grand project group (21 partners from 6 countries) is "
        "inspirational to other coast projects.",
        doc="news.txt",
    )
    supports = [
        Support(1, news, sentence_at(news, "joint challenges"), 0.55),
        Support(2, news, sentence_at(news, "6 countries"), 0.52),
    ]
    for question in (
        "Hvor mange partnere og lande er med i Fjordlink-projektet?",
        "How many partners and countries are in the Fjordlink project?",
    ):
        text, _ = compose(parse(question), supports, "da")
        assert "21 partners from 6 countries" in text.split("\n\n")[0], (question, text)

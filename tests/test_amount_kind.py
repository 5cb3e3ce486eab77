"""Of several amounts, the one a money question asks for, on made-up text: the column a
spelled-out acronym heads, the amount whose own line says it is the asked kind (a
budget, a total), and a sentence's amount of the asked year."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.query import parse
from nordask.records import TableRow


def test_a_column_whose_acronym_the_question_spells_out_is_the_asked_one() -> None:
    cells = (("HF", "2 MNOK"), ("KV", "1,5 MNOK"))
    row = TableRow(0, 10, "Funding", cells, "3,5 MNOK", "Goal 4: Harbours", 4)
    terms = {"HF": "havneforbundene", "KV": "kystverkene"}
    chunk = one_chunk("Goal 4: Harbours\n\nFunding | HF 2 MNOK | KV 1,5 MNOK | 3,5 MNOK")
    support = support_holding(1, chunk, "Funding", 0.7)
    question = "Hvor mye får kystverkene under mål 4?"
    text, _ = compose(parse(question), [support], "no", [(1, row)], terms=terms)
    assert text.startswith("Goal 4: KV 1,5 MNOK of 3,5 MNOK in total (HF 2 MNOK) [1].")


#: A page of project cards: a funder's sum in prose, the card's budget on a line.
CARDS = (
    "Current projects\n\n"
    "Seabird counts on the outer islands\n"
    "The project counts nesting seabirds on twelve islands every spring. "
    "The county supports the work with NOK 300 000 and it is led by a field biologist. "
    "Budget: NOK 1,4 million. Period: 2026–2028."
)


def test_the_amount_whose_own_line_says_budget_answers_what_the_budget_is() -> None:
    chunk = one_chunk(CARDS)
    supports = [
        support_holding(1, chunk, "The county supports", 0.7),
        support_holding(2, chunk, "Budget:", 0.6),
    ]
    text, _ = compose(parse("What is the budget of the seabird counts?"), supports, "en")
    assert text.startswith("NOK 1,4 million")


def test_a_sentence_with_two_years_amounts_gives_the_asked_years() -> None:
    chunk = one_chunk(
        "Results\n\nThe fund paid out 12,5 million kronor to the museums in 2023, "
        "against 9,1 million kronor in 2019."
    )
    supports = [support_holding(1, chunk, "The fund paid", 0.7)]
    question = "How much did the fund pay out to the museums in 2023?"
    text, _ = compose(parse(question), supports, "en")
    assert text.startswith("12,5 million kronor —")


def test_an_amount_for_the_asked_country_s_partners_is_the_asked_one() -> None:
    finnish = one_chunk("Travel costs are covered up to EUR 900 per trip for Finnish partners.")
    icelandic = one_chunk("Up to EUR 1 200 per trip is covered for Icelandic partners.")
    pilot = one_chunk("The pilot study in Tornio received EUR 45 000 from the travel fund.")
    question = "Hvor mye dekkes per reise for islandske partnere i reisefondet?"
    supports = [
        support_holding(1, pilot, "The pilot study", 0.6),
        support_holding(2, finnish, "Finnish partners", 0.55),
        support_holding(3, icelandic, "Icelandic partners", 0.5),
    ]
    text, _ = compose(parse(question), supports, "no")
    assert text.startswith("EUR 1 200"), text


def test_a_long_name_is_not_another_name_that_opens_alike() -> None:
    """The bus "Grensependelen" is not the council "Skarvmyr Grenseråd" though both open
    with "Grens": the ticket's price answers, not the council's mileage rate."""
    rules = one_chunk(
        "Mileage rates\n\nTillegg per passasjer: 1,00 NOK per km.",
        "reiseregler.md",
        "no",
        "Reisereglement for Skarvmyr Grenseråd",
    )
    news = one_chunk(
        "Fra august går Grensependelen tre ganger daglig mellom Vinjeby og Storhed. "
        "Reisetiden er to timer.\n\nEnkeltbillett koster 95 NOK.",
        "nyheter.md",
        "no",
        "Nyheter",
    )
    supports = [
        support_holding(1, news, "Enkeltbillett", 0.5),
        support_holding(2, rules, "Tillegg", 0.6),
    ]
    text, _ = compose(parse("Vad kostar en enkelbiljett med Grensependelen?"), supports, "sv")
    assert text.startswith("95 NOK [1]"), text

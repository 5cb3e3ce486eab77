"""The kind of answer a question asks, and the checks that refuse a kind the passages do
not give, on made-up text: a which-word says the kind asked (a money word elsewhere is
context), "how much of" a non-money whole or how much a body exports asks a share, a plan's
block labelled more and less fully is one owner's, and a placeholder ("XX") where the value
stands leaves it open."""

from __future__ import annotations

from dataclasses import replace

from cited import one_chunk, sentence_at
from nordask.passages import Support, window
from nordask.policy import left_open, no_country_named
from nordask.query import parse


def test_a_which_word_asks_its_own_kind_though_the_question_names_money() -> None:
    assert parse(
        "Hvilken ordning og hvilket fond ga foreningen penger til kaiprosjektet?"
    ).kind != ("amount")
    assert parse("Which call did the ferry project get money from?").kind != "amount"
    # A which-word that asks for money, or a comparison by money, still asks an amount.
    assert parse("Hvilket beløp fikk laget?").kind == "amount"
    assert parse("Which goal gets more money, the harbours or the trains?").kind == "amount"
    assert parse("Which goals have a budget of 3 MNOK each?").kind == "amount"


def test_how_much_of_a_whole_that_is_no_money_asks_a_share() -> None:
    assert parse("How much of the catch is landed abroad?").kind == "quantity"
    assert parse("Hvor meget af fangsten sælges i udlandet?").kind == "quantity"
    assert parse("How much of the budget goes to the secretariat?").kind == "amount"


def test_how_much_a_body_sends_out_or_makes_asks_a_share() -> None:
    # "Hvor mye eksporterer sagbruket?" is answered by "selger 80 % til utlandet".
    assert parse("The sawmill in the valley: how much does it export?").kind == "quantity"
    assert parse("Hvor mye eksporterer sagbruket?").kind == "quantity"
    assert parse("Hur mycket koldioxid släpper bruket ut?").kind == "quantity"
    # Money named, or a money verb, still asks an amount.
    assert parse("How much money does the sawmill earn from exports?").kind == "amount"
    assert parse("How much does the sawmill receive?").kind == "amount"


def test_a_block_labelled_by_the_short_name_is_the_same_owners() -> None:
    chunk = one_chunk(
        "A working group of 4-6 people from the harbours is set up.\n\n"
        "The Fjord Council Brekke-Lund hosts a meeting on the theme."
    )
    first = sentence_at(chunk, "working group")
    second = sentence_at(chunk, "hosts a meeting")
    owners = [None] * len(chunk.sentences)
    owners[first], owners[second] = "Brekke-Lund", "The Fjord Council Brekke-Lund"
    chunk = replace(chunk, owners=tuple(owners))
    assert "4-6 people" in window(Support(1, chunk, second, 0.5))
    owners[first] = "Harbour Alliance"  # another organisation's block stays apart
    chunk = replace(chunk, owners=tuple(owners))
    assert "4-6 people" not in window(Support(1, chunk, second, 0.5))


def test_a_placeholder_where_the_asked_count_stands_leaves_it_open() -> None:
    intent = parse("How many ferries were converted to electric power in the project?")
    lead = "hold two seminars; number of ferries converted to electric power XX — Ferry Board"
    refusal = left_open(intent, lead)
    assert refusal is not None and "XX" in refusal.reason
    # A placeholder that stands for something else does not refuse the count.
    assert left_open(intent, "12 ferries were converted; contact person TBD") is None
    assert left_open(intent, "12 ferries were converted to electric power in 2025") is None


def test_a_question_for_a_country_is_not_answered_by_a_region() -> None:
    intent = parse("Which country has the cheapest ferry tickets?")
    refusal = no_country_named(intent, ["Nordfjord-Västkust"])
    assert refusal is not None and "Nordfjord-Västkust" in refusal.reason
    assert no_country_named(intent, ["Nordfjord-Västkust", "Norge"]) is None
    assert no_country_named(intent, ["IS, FO"]) is None  # a table cell of country codes
    assert (
        no_country_named(parse("Which region has the cheapest ferry tickets?"), ["Fjell"]) is None
    )

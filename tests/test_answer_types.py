"""The kind of answer a question asks, and the checks that refuse a kind the passages do
not give, on made-up text: a which-word says the kind asked (a money word elsewhere is
context), "how much of" a non-money whole asks a share, a plan's block labelled more and
less fully is one owner's, and a placeholder ("XX") where the value stands leaves it open."""

from __future__ import annotations

from nordask.query import parse


def test_a_which_word_asks_its_own_kind_though_the_question_names_money() -> None:
    assert parse(
        "Hvilken ordning og hvilket fond ga foreningen penger til kaiprosjektet?"
    ).kind != ("amount")
    assert parse("Which call did the ferry project get money from?").kind != "amount"
    # A which-word that asks for money, or a comparison by money, still asks an amount.
    assert parse("Hvilket beløp fikk laget?").kind == "amount"
    assert parse("Which goal gets more money, the harbours or the trains?").kind == "amount"


def test_how_much_of_a_whole_that_is_no_money_asks_a_share() -> None:
    assert parse("How much of the catch is landed abroad?").kind == "quantity"
    assert parse("Hvor meget af fangsten sælges i udlandet?").kind == "quantity"
    assert parse("How much of the budget goes to the secretariat?").kind == "amount"

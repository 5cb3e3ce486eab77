"""A question for a value after a change, or as it stands now, is answered with the new
value the change states, not the value first set: made-up minutes and registers in
other wording than any tester's."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.changes import asks_after_change
from nordask.query import parse

MINUTES = (
    "Harbour fund minutes\n\n"
    "At its spring meeting the committee set the grant ceiling of the harbour fund at "
    "EUR 2 million for 2027. "
    "At its autumn meeting the grant ceiling of the harbour fund was raised from EUR 2 "
    "million to EUR 2,4 million, to cover the ferry pier. "
    "Applications for the ferry pier close on 3 May 2027, and the closing date was later "
    "extended to 21 June 2027 (replaces the spring decision)."
)


def test_the_new_amount_answers_what_it_is_after_the_change() -> None:
    chunk = one_chunk(MINUTES)
    supports = [
        support_holding(1, chunk, "set the grant ceiling", 0.8),
        support_holding(2, chunk, "was raised", 0.7),
    ]
    question = "What is the grant ceiling of the harbour fund after the increase?"
    text, _ = compose(parse(question), supports, "en")
    assert text.startswith("EUR 2,4 million [2]: “At its autumn meeting")


def test_the_new_date_answers_when_after_the_extension() -> None:
    chunk = one_chunk(MINUTES)
    supports = [support_holding(1, chunk, "closing date was later", 0.8)]
    text, _ = compose(parse("Vad var sista ansökningsdag efter förlängningen?"), supports, "sv")
    assert text.startswith("21 June 2027 [1]")


#: A register of decisions, one a table row; a later one raises an earlier one's rate.
REGISTER = (
    "Vedtak\n\n"
    "| Sak | Vedtak | Frist |\n|---|---|---|\n"
    "| 12/27 | Dagpengesatsen settes til 410 kroner. | 01.01.2027 |\n"
    "| 31/27 | Dagpengesatsen heves fra 410 til 455 kroner fra 1. juli 2027. | 01.07.2027 |\n"
)


def test_a_register_rows_new_rate_answers_the_current_rate() -> None:
    chunk = one_chunk(REGISTER)
    supports = [
        support_holding(1, chunk, "settes til 410", 0.8),
        support_holding(2, chunk, "heves fra 410", 0.7),
    ]
    text, _ = compose(parse("Hva er gjeldende dagpengesats?"), supports, "no")
    assert text.startswith("455 kroner fra 1. juli 2027 [2]: “Dagpengesatsen heves")


def test_without_asking_after_a_change_the_usual_lead_stands() -> None:
    assert not asks_after_change("What is the grant ceiling of the harbour fund?")
    assert not asks_after_change("Who chairs the committee after the election?")
    assert asks_after_change("Hur hög är ersättningen efter styrelsens beslut i maj?")


#: A news listing: each item opens with the day it was published, before a bar.
NEWS = (
    "News\n\n"
    "14 April 2027 | Culture\nA new ferry museum opened\n"
    "The ferry museum in Lindholm opened its doors on 9 April with 300 visitors. "
    "It is run by the local heritage society."
)


def test_a_news_items_dateline_is_not_the_day_its_text_gives() -> None:
    chunk = one_chunk(NEWS)
    supports = [support_holding(1, chunk, "ferry museum in Lindholm", 0.8)]
    text, _ = compose(parse("When did the ferry museum in Lindholm open?"), supports, "en")
    assert "9 April" in text.split("\n")[0]
    assert not text.startswith("14 April 2027")

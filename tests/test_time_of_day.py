"""A question for the time of day something starts asks for an hour on the clock: an
event's line that gives only its day does not answer it. Made-up event listings in other
wording than any tester's."""

from __future__ import annotations

import pytest

from nordask.query import asks_clock_time, states_clock_time
from test_policy import reason_for

#: A listing of two events: the first gives its day only, the second its hours.
LISTING = (
    "2 March 2028 Harbour open day in Tornby. Venue: Tornby ferry terminal. "
    "Guides show the new quay and answer questions about the ferry line."
)
TIMED = "9 March 2028 Seminar on coastal tourism, Brevik library, kl. 13.30–15.00."


@pytest.mark.parametrize(
    "question",
    [
        "What time does the harbour open day in Tornby start?",
        "Når på dagen starter åpen dag på havna i Tornby?",
        "Hur dags börjar hamnens öppna dag i Tornby?",
        "Hvilket klokkeslæt åbner havnens åbne dag i Tornby?",
    ],
)
def test_a_day_alone_does_not_say_what_time_it_starts(question: str) -> None:
    assert reason_for(question, LISTING) == "none of the closest passages gives a time of day"


def test_an_hour_on_the_clock_answers_what_time() -> None:
    assert (
        reason_for("What time does the seminar on coastal tourism in Brevik start?", TIMED) is None
    )


def test_a_day_question_needs_no_hour() -> None:
    assert not asks_clock_time("When is the harbour open day in Tornby?")
    assert not asks_clock_time("What time frame does the harbour plan cover?")
    assert not asks_clock_time("At what time of year is the harbour festival held?")
    assert reason_for("When is the harbour open day in Tornby?", LISTING) is None


@pytest.mark.parametrize(
    "text", ["kl. 9", "klockan 18", "10.00–11.30", "at 7.30 p.m.", "9:15", "open from 9 to 12"]
)
def test_times_of_day_are_found(text: str) -> None:
    assert states_clock_time(text)


@pytest.mark.parametrize("text", ["12.03.2028", "on 9 March 2028", "in 2028", "from 3 to 5 May"])
def test_dates_are_not_times_of_day(text: str) -> None:
    assert not states_clock_time(text)

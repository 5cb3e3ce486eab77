"""Questions whose kind of answer the closest passages do not give: a duration ("how long
does it take"), a recommendation asked of the answerer, and the date of an event that a
plan only says may be arranged. Made-up texts in other wording than any tester's."""

from __future__ import annotations

import pytest

from nordask.query import asks_duration, asks_how_long, states_duration
from test_policy import reason_for, refusal_for

#: A passage on a ferry line that states no crossing time.
FERRY = (
    "The feasibility study looks at how a fast ferry between Brevik and Tornby could "
    "strengthen commuting and tourism on both sides of the fjord."
)
#: A passage that states how long a pilot may run.
PILOT = "A pilot funded by the fjord fund may run for at most 18 months from its start."


@pytest.mark.parametrize(
    "question",
    [
        "How long does the ferry between Brevik and Tornby take?",
        "Hur lång tid tar färjan mellan Brevik och Tornby?",
        "Hvor lang tid tager færgen mellem Brevik og Tornby?",
        "Hvor lenge varer overfarten med ferja mellom Brevik og Tornby?",
    ],
)
def test_a_passage_without_a_duration_does_not_say_how_long(question: str) -> None:
    assert reason_for(question, FERRY) == "none of the closest passages states how long it takes"


@pytest.mark.parametrize(
    "question",
    ["How long can a pilot funded by the fjord fund run?", "Hur länge får ett pilotprojekt pågå?"],
)
def test_a_stated_duration_answers_how_long(question: str) -> None:
    assert reason_for(question, PILOT) is None


def test_only_an_opening_ask_for_a_duration_needs_one() -> None:
    # The first ask, who takes part, is still answerable from the passage.
    assert not asks_duration("Who takes part in the ferry study, and how long does it run?")
    # A length is no duration.
    assert not asks_duration("Hur lång är färjeleden?")


def test_a_part_asks_how_long_anywhere() -> None:
    """Two-part answers check each part: the second one asks for a duration too."""
    assert asks_how_long("Who takes part in the ferry study, and how long does it run?")
    assert asks_how_long("og hvor lenge varer overfarten?")
    assert not asks_how_long("How long is the fjord trail in km?")


@pytest.mark.parametrize(
    "text",
    [
        "71 minutes",
        "högst 24 månader",
        "tre uker",
        "30 dage",
        "a 48-month project",
        "2025–2028",
        # A length in one word, and a span of days: how a budget part's "how long" is answered.
        "a four-year pilot",
        "ett treårigt projekt",
        "1 March 2026 – 28 February 2029",
    ],
)
def test_durations_are_found(text: str) -> None:
    assert states_duration(text)


@pytest.mark.parametrize(
    "text", ["on 3 May 2028", "the Brevik-Tornby line", "kl. 13.30", "2 rounds"]
)
def test_dates_and_counts_are_no_durations(text: str) -> None:
    assert not states_duration(text)


#: A plan that speaks of a guesthouse investment, recommending nothing.
GUESTHOUSE = (
    "The municipality supports the investment in a new guesthouse near the Tornby nature "
    "reserve, which is expected to create twelve jobs."
)


@pytest.mark.parametrize(
    "question",
    [
        "Can you recommend a nice guesthouse near the Tornby nature reserve?",
        "Kan du anbefale et godt gjestehus ved Tornby naturreservat?",
    ],
)
def test_a_request_for_a_recommendation_needs_one(question: str) -> None:
    expected = "none of the closest passages recommends or advises on it"
    assert reason_for(question, GUESTHOUSE) == expected


def test_a_recommendation_of_the_thing_answers() -> None:
    advised = (
        "Visitors are recommended to stay at the guesthouse near the Tornby nature reserve, "
        "which is open all year."
    )
    question = "Can you recommend a nice guesthouse near the Tornby nature reserve?"
    assert reason_for(question, advised) is None


#: A plan's passage, whose file name carries the plan's period, on a conference a body
#: may arrange, with no date.
MAY_ARRANGE = (
    "fjordplan-2026-29.pdf\nBrevikrådet kan stå som vertskap for en nordisk konferanse om "
    "kystturisme, gjerne sammen med andre temaer."
)


def test_a_plans_period_does_not_date_an_event_it_names() -> None:
    refusal = refusal_for(
        "Når holdes den nordiske konferansen som Brevikrådet kan arrangere?",
        [MAY_ARRANGE],
        titles=["Fjordplan 2026-29"],
    )
    assert refusal is not None
    assert refusal.reason == "none of the closest passages on Brevikrådet gives a date"


def test_a_plans_period_still_dates_what_is_not_held() -> None:
    # A milestone of the plan, not an event held: the plan's period is read as before.
    refusal = refusal_for(
        "When will Brevikrådet's coastal tourism study be finished?",
        ["fjordplan-2026-29.pdf\nBrevikrådet leads a study on coastal tourism."],
        titles=["Fjordplan 2026-29"],
    )
    assert refusal is None

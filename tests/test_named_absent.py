"""A named thing the cited passages hold no answer for: a date question whose named
thing's passages give no date, and a thing named only as an open placeholder."""

from __future__ import annotations

from test_policy import refusal_for

DESCRIBED = (
    "Other projects of the institute\n\nHarbour Lights\n\nHarbour Lights maps the night "
    "economy of small ports and how shift workers travel home."
)
PERIOD = "The thematic working group on mobility ran from 2019 to 2022 with four partners."
DATED = "Harbour Lights runs from March 2024 to June 2026 in three ports."

PLAN_ROWS = (
    "Map the ferry links across the strait.  Lakeshore Forum?  West Coast Alliance?  "
    "A.2.b. Analyse commuting between the towns on both shores."
)
FILLED = "Lakeshore Forum will hold two workshops on ferry timetables in 2025."


def test_a_date_needs_a_passage_on_the_named_thing_that_gives_one() -> None:
    question = "When does the Harbour Lights project start and end?"
    refused = refusal_for(question, [DESCRIBED, PERIOD])
    assert refused is not None and refused.check == "date"
    assert "Harbour Lights" in refused.reason
    assert refusal_for(question, [DESCRIBED, PERIOD, DATED]) is None


def test_a_date_may_stand_under_a_title_that_names_the_thing() -> None:
    question = "När börjar projektet Harbour Lights?"
    undated = "The project opens in May 2024 with a survey of the ports."
    assert (
        refusal_for(question, [DESCRIBED, undated], titles=["Institute projects", "Harbour Lights"])
        is None
    )


def test_a_name_left_as_a_placeholder_answers_nothing() -> None:
    question = "What will the Lakeshore Forum contribute to the plan?"
    refused = refusal_for(question, [PLAN_ROWS])
    assert refused is not None and refused.check == "placeholder"
    assert "Lakeshore Forum?" in refused.reason
    assert refusal_for(question, [PLAN_ROWS, FILLED]) is None

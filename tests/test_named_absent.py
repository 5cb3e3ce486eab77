"""A named thing the cited passages hold no answer for: a date question whose named
thing's passages give no date, and a thing named only as an open placeholder."""

from __future__ import annotations

from nordask.policy import Refusal, Signals, abstain_reason
from nordask.query import parse
from nordask.settings import RetrievalSettings

CONFIDENT = Signals(dense=0.9, coverage=1.0, relevance=1.0)

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


def refusal(question: str, passages: list[str], titles: list[str] | None = None) -> Refusal | None:
    """Why the policy refuses `question` on `passages`, or None."""
    return abstain_reason(
        parse(question),
        passages,
        passages,
        CONFIDENT,
        knows=lambda _term: True,
        unknown_names=[],
        goals={},
        thresholds=RetrievalSettings(),
        titles=titles or [],
    )


def test_a_date_needs_a_passage_on_the_named_thing_that_gives_one() -> None:
    question = "When does the Harbour Lights project start and end?"
    refused = refusal(question, [DESCRIBED, PERIOD])
    assert refused is not None and refused.check == "date"
    assert "Harbour Lights" in refused.reason
    assert refusal(question, [DESCRIBED, PERIOD, DATED]) is None


def test_a_date_may_stand_under_a_title_that_names_the_thing() -> None:
    question = "När börjar projektet Harbour Lights?"
    undated = "The project opens in May 2024 with a survey of the ports."
    assert refusal(question, [DESCRIBED, undated], ["Institute projects", "Harbour Lights"]) is None


def test_a_name_left_as_a_placeholder_answers_nothing() -> None:
    question = "What will the Lakeshore Forum contribute to the plan?"
    refused = refusal(question, [PLAN_ROWS])
    assert refused is not None and refused.check == "placeholder"
    assert "Lakeshore Forum?" in refused.reason
    assert refusal(question, [PLAN_ROWS, FILLED]) is None

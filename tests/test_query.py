"""Reading a question: what it asks about (query.py), without the model."""

from __future__ import annotations

import pytest

from nordask.query import parse, period_asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When does the action plan run?", "action plan"),
        ("What period does the plan cover?", "plan"),
        ("Hvilken periode dækker handlingsplanen?", "handlingsplanen"),
        ("När gäller handlingsplanen?", "handlingsplanen"),
        ("When was the North Sea Conference held?", None),  # more than a name and a span
        ("Who leads the plan?", None),  # no when, no period
    ],
)
def test_the_thing_a_period_question_asks_about(question: str, asked: str | None) -> None:
    assert period_asked(question) == asked


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("What will Kvarkenrådet do in 2023?", ("2023",)),
        ("Hva skjer i 2022 og 2023?", ("2022", "2023")),
        # A span names the plan by its period; it asks about no one year.
        ("Which committees work on electric aviation in the 2021-24 plan?", ()),
        ("What happens in 2021–2024?", ()),
    ],
)
def test_the_years_a_question_asks_about(question: str, years: tuple[str, ...]) -> None:
    assert parse(question).years == years

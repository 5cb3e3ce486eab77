"""Reading a question: what it asks about (query.py), without the model."""

from __future__ import annotations

import pytest

from nordask.query import period_asked


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

""" "What does the plan say about X?" is answered from the plan alone: another document's
passage on X, however close, is not what the plan says (fake embedder, no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.assistant import Assistant
from nordask.query import said_before

PLAN = (
    "# Action plan 2025-28 for the coast region\n\n"
    "## Goal 1: Young people\n\n"
    "Young people are the future of the coast. The council will map youth councils in 2026 "
    "and hold a meeting on youth influence in 2027.\n\n"
    "## Goal 2: Ferries\n\n"
    "The ferry link between the islands gets two more departures a day from 2026.\n"
)
PROJECT = (
    "# Harbour youth project\n\n"
    "The project asks young people what they want from the harbour and its youth club.\n"
)


@pytest.fixture
def assistant(tmp_path: Path, fake_embedder) -> Assistant:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "action-plan.md").write_text(PLAN, encoding="utf-8")
    (corpus / "harbour-youth.md").write_text(PROJECT, encoding="utf-8")
    return Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)


@pytest.mark.parametrize(
    ("question", "spoken"),
    [
        ("What does the plan say about youth?", ["What", "does", "the", "plan", "say", "about"]),
        ("Hva sier handlingsplanen om ungdom?", ["Hva", "sier", "handlingsplanen", "om"]),
        ("Vad säger planen om unga?", ["Vad", "säger", "planen", "om"]),
        ("Who chairs the council?", []),
    ],
)
def test_the_words_before_what_is_said_about(question: str, spoken: list[str]) -> None:
    assert said_before(question) == spoken


@pytest.mark.parametrize(
    "question", ["What does the plan say about young people?", "Hva sier planen om young people?"]
)
def test_what_the_plan_says_is_searched_in_the_plan(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert {c.doc for c in answer.citations} == {"action-plan.md"}, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What does the council say about young people?",  # no document named
        "What does the action plan say?",  # no topic
    ],
)
def test_otherwise_every_document_is_searched(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert {c.doc for c in answer.citations} == {"action-plan.md", "harbour-youth.md"}

"""Answers from a plan whose budget tables and owners are read from layout
(`fixtures/layout_plan.pdf`): a partner's share of a goal, a partner a goal's budget
does not name, totals in two currencies, an activity table's responsible column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nordask.amounts import one_unit, row_lead
from nordask.query import states_amount
from nordask.records import TableRow

FIXTURE = Path(__file__).parent / "fixtures" / "layout_plan.pdf"


@pytest.fixture(scope="module")
def plan(e5_model: Path, tmp_path_factory: pytest.TempPathFactory):
    """The plan indexed with the real model (the fake one reads no question as close
    enough to answer)."""
    from nordask import indexing
    from nordask.assistant import Assistant
    from nordask.settings import Settings

    corpus = tmp_path_factory.mktemp("layout") / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURE, corpus)
    index = corpus.parent / "index"
    indexing.run(corpus, index, Settings(), asker=Assistant.asker)
    return Assistant.open(index, corpus, build=False)


@pytest.mark.model
def test_a_partners_share_of_a_goal_leads_with_its_column(plan) -> None:
    answer = plan.ask("Hvor meget giver Region Fjordland til delmål 1?")
    assert answer.answered
    assert answer.answer.startswith("Goal 1: Region Fjordland 1,5 MDKK of 8,0 MDKK in total")


@pytest.mark.model
def test_a_partner_the_goals_budget_does_not_name_gives_nothing_to_it(plan) -> None:
    answer = plan.ask("Hvor meget giver Norsk kystnett til delmål 1?")
    assert not answer.answered
    assert "the budget of goal 1 has no column for Norsk kystnett" in answer.answer


@pytest.mark.model
def test_an_activity_tables_responsible_column_answers_who(plan) -> None:
    answer = plan.ask("Hvem er ansvarlig for H.2.b?")
    assert answer.answered
    assert "“Varsle isforhold i en fælles app.”) [1]: Norsk kystnett [1]" in answer.answer


def test_totals_in_two_currencies_are_neither_added_nor_ranked() -> None:
    assert one_unit(["7 MDKK", "30 MDKK"])
    assert not one_unit(["8,0 MDKK", "10,0 MNOK"])


def test_a_row_whose_unit_stands_in_a_cell_of_its_own_states_amounts() -> None:
    assert states_amount("MNOK | 4,2 | 3,6 | 7,8")
    assert not states_amount("Delmål 2 | Havnerådet Syd | I alt")


def test_a_row_lead_gives_the_asked_column_first() -> None:
    row = TableRow(0, 10, "Budget", (("Alfa", "2 MDKK"), ("Beta", "1 MDKK")), "3 MDKK", "", 2)
    lead = row_lead(1, row, {}, "Beta")
    assert lead.startswith("Goal 2: Beta 1 MDKK of 3 MDKK in total (Alfa 2 MDKK) [1].")


@pytest.mark.model
def test_the_plans_total_comes_from_its_text_when_goals_are_in_two_currencies(plan) -> None:
    answer = plan.ask("Hvad er planens samlede budget?")
    assert answer.answered and answer.answer.startswith("20 MDKK")


@pytest.mark.model
def test_a_partners_share_of_a_goal_named_by_its_topic_comes_from_that_goals_row(plan) -> None:
    """No goal number: the row with the partner's column whose goal heading speaks of
    what the question does ("sejlruterne om vinteren"), not goal 1's row."""
    answer = plan.ask("Hvor meget giver Region Fjordland til sejlruterne om vinteren?")
    assert answer.answered
    assert answer.answer.startswith("Goal 2: Region Fjordland 1,0 MNOK of 10,0 MNOK in total")


# A Markdown programme whose budget table gives bare figures, in the euro its caption names.
MARKDOWN_PLAN = """# Ferry Link Programme 2026–2029

The programme links the island harbours of the coast with electric ferries.

## Goal 1 – Electric ferries

Two electric ferries will sail between Nordvik and Sørhamn from 2027.

## Goal 2 – Harbour quays

The quays of four island harbours will be rebuilt for the new ferries.

## Budget

The table shows the budget by goal and partner, in euro.

| Goal | Coast County | Harbour Board | Total |
|---|---|---|---|
| Goal 1 Electric ferries | 2,000,000 | 500,000 | 2,500,000 |
| Goal 2 Harbour quays | 700,000 | 1,300,000 | 2,000,000 |
"""


@pytest.fixture(scope="module")
def markdown_plan(e5_model: Path, tmp_path_factory: pytest.TempPathFactory):
    from nordask import indexing
    from nordask.assistant import Assistant
    from nordask.settings import Settings

    corpus = tmp_path_factory.mktemp("markdown") / "corpus"
    corpus.mkdir()
    (corpus / "ferry-link.md").write_text(MARKDOWN_PLAN, encoding="utf-8")
    index = corpus.parent / "index"
    indexing.run(corpus, index, Settings(), asker=Assistant.asker)
    return Assistant.open(index, corpus, build=False)


@pytest.mark.model
def test_a_markdown_tables_bare_figures_answer_a_partners_share(markdown_plan) -> None:
    """The row's figures have no unit on their line: the unit its caption names makes
    them amounts, and the goal is the one whose row label speaks of the harbour quays."""
    answer = markdown_plan.ask("How much does the Harbour Board put into the harbour quays goal?")
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Goal 2: Harbour Board 1,300,000 euro of 2,000,000 euro")

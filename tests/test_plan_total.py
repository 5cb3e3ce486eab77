"""Which document a plan's total is added up over (no model: a stand-in backend)."""

from __future__ import annotations

from types import SimpleNamespace

from nordask.assistant import Assistant
from nordask.query import parse
from nordask.records import TableRow
from nordask.retrieval import Hit


def _row(number: int, total: str) -> TableRow:
    return TableRow(0, 10, f"Goal {number}", ((None, total),), total, "Budget", number)


def _assistant(docs: dict[int, str]) -> SimpleNamespace:
    chunks = {row: SimpleNamespace(doc=doc) for row, doc in docs.items()}
    return SimpleNamespace(backend=SimpleNamespace(chunk=chunks.__getitem__))


def test_a_plan_total_is_added_up_only_over_the_document_the_search_finds_first() -> None:
    """ "What do the six harbour projects get in total?" is about a catalogue: another
    plan's goal table is no answer to it."""
    intent = parse("How much money do the six harbour projects get in total?")
    assert intent.plan_total
    rows = [(1, _row(1, "400,000")), (2, _row(2, "900,000"))]
    stand_in = _assistant({1: "rail-plan.pdf", 2: "rail-plan.pdf", 7: "harbours.md"})
    elsewhere = [Hit(7, 0.5, 0.5, ()), Hit(1, 0.4, 0.4, ())]
    assert Assistant._in_searched_document(stand_in, intent, rows, elsewhere) == []
    in_plan = [Hit(2, 0.5, 0.5, ()), Hit(7, 0.4, 0.4, ())]
    assert Assistant._in_searched_document(stand_in, intent, rows, in_plan) == rows


def _planned(closest: int) -> SimpleNamespace:
    """A stand-in with one plan of goals 1 and 2, whose heading closest to the question
    is goal `closest`'s."""
    goals = [(1, SimpleNamespace(number=1)), (2, SimpleNamespace(number=2))]
    document = SimpleNamespace(doc="rail-plan.pdf")
    return SimpleNamespace(
        backend=SimpleNamespace(chunk=lambda row: SimpleNamespace(doc="rail-plan.pdf")),
        manifest=SimpleNamespace(overview=True),
        overview=lambda: SimpleNamespace(documents=[document]),
        _goal_rows=lambda documents: goals,
        _closest_goals=lambda found, qvec, searched: [g for g in found if g[1].number == closest],
    )


def test_a_total_for_one_goal_told_by_its_topic_is_that_goals_row() -> None:
    intent = parse("How much money in total goes to the second rail goal, on night trains?")
    assert intent.plan_total
    rows = [(1, _row(1, "400,000")), (2, _row(2, "900,000"))]
    assert Assistant._described_goal(_planned(2), intent, rows, None, []) == rows[1:]


def test_a_total_over_every_goal_keeps_every_goals_row() -> None:
    intent = parse("How much money is set aside in total for all goals of the rail plan?")
    rows = [(1, _row(1, "400,000")), (2, _row(2, "900,000"))]
    assert Assistant._described_goal(_planned(2), intent, rows, None, []) == rows


def test_a_columns_share_of_a_goal_told_by_its_ordinal_is_read_from_that_goals_row() -> None:
    """ "The second rail goal" is the second of the goals close to "rail" (goals 2 and 3
    here), not goal 2; and a column's share of it asked beside its total reads its row,
    not the column's sum over every goal."""
    intent = parse(
        "How much money goes to the second rail goal in total, and how much of it does "
        "Vestby Council put in?"
    )
    assert intent.total_of and not intent.plan_total
    goals = [(n, SimpleNamespace(number=n)) for n in (1, 2, 3)]
    stand_in = SimpleNamespace(
        backend=SimpleNamespace(chunk=lambda row: SimpleNamespace(doc="rail-plan.pdf")),
        manifest=SimpleNamespace(overview=True),
        overview=lambda: SimpleNamespace(documents=[SimpleNamespace(doc="rail-plan.pdf")]),
        _goal_rows=lambda documents: goals,
        _closest_goals=lambda found, qvec, searched: [g for g in found if g[1].number > 1],
    )
    rows = [(n, _row(n, total)) for n, total in ((1, "400,000"), (2, "900,000"), (3, "50,000"))]
    assert Assistant._described_goal(stand_in, intent, rows, None, []) == rows[2:]

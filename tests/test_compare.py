"""Comparisons of two table records: which of two goals gets more (no model)."""

from __future__ import annotations

from types import SimpleNamespace

from nordask.assistant import Assistant
from nordask.compare import closest_of, compared_parts, comparison_lead
from nordask.query import parse
from nordask.records import TableRow


def _row(number: int, total: str, heading: str) -> TableRow:
    section = f"Plan › Goal {number}: {heading}"
    return TableRow(0, 10, "Funding", (("City", total),), total, section, number)


def test_the_two_alternatives_are_cut_around_or_and_than() -> None:
    """The words of each alternative, not the comparative's nor a closing "or the
    other way round"."""
    assert compared_parts(
        "Which target receives more funding: the one on clean harbours, or the one on rail?"
    ) == ("the one on clean harbours", "the one on rail", False)
    assert compared_parts("Får hamnmålet mer stöd än järnvägsmålet, eller är det tvärtom?") == (
        "Får hamnmålet",
        "järnvägsmålet",
        False,
    )
    assert compared_parts("Which gets less, goal 2 or goal 5?") == ("goal 2", "goal 5", True)
    assert compared_parts("Which goal has the largest budget?") is None
    assert compared_parts("How much does goal 2 or goal 5 get together?") is None


def test_the_lead_gives_both_figures_and_the_verdict() -> None:
    harbours = (1, _row(2, "4 MNOK", "Clean harbours"))
    rail = (2, _row(5, "9 MNOK", "Rail freight"))
    assert comparison_lead([harbours, rail]) == (
        "Goal 5 (“Goal 5: Rail freight”) gets more: 9 MNOK [2] against 4 MNOK for goal 2"
        " (“Goal 2: Clean harbours”) [1]. MNOK is million Norwegian kroner."
    )
    assert comparison_lead([harbours, rail], less=True).startswith(
        "Goal 2 (“Goal 2: Clean harbours”) gets less: 4 MNOK [1] against 9 MNOK"
    )
    tied = (2, _row(5, "4 MNOK", "Rail freight"))
    assert comparison_lead([harbours, tied]).startswith("Both get 4 MNOK: goal 2 (")
    assert comparison_lead([harbours, (2, _row(5, "9 MSEK", "Rail"))]) is None


def test_a_heading_close_to_others_is_named_by_a_shared_word_stem() -> None:
    """A compound ("järnvägsmålet") reads about as close to several headings; the one
    sharing its stem ("Jernbane …" is not it; "Järnvägsgods" is) is named."""
    scored = [(0.40, "Goal 1: Havner og kyster"), (0.39, "Goal 5: Järnvägsgods i gränsregionen")]
    assert closest_of(scored, "järnvägsmålet", 0.03) == 1
    assert closest_of(scored, "the other one", 0.03) is None
    assert closest_of([(0.50, "Goal 1: Havner"), (0.40, "Goal 5: Rail")], "harbours", 0.03) == 0


def test_a_comparison_of_two_numbered_goals_gets_both_rows() -> None:
    """Before: "Does goal 2 or goal 5 get more money?" had the first goal's row alone."""
    rows = [
        (1, _row(2, "4 MNOK", "Clean harbours")),
        (2, _row(5, "9 MNOK", "Rail freight")),
        (3, _row(7, "1 MNOK", "Ferries")),
    ]
    stand_in = SimpleNamespace(
        _all_rows=lambda lang, doc: rows,
        backend=SimpleNamespace(chunk=lambda row: SimpleNamespace(doc="plan.pdf")),
        _compared_rows=lambda intent, lang, doc: Assistant._compared_rows(
            stand_in, intent, lang, doc
        ),
        _missing_column=lambda intent, doc: None,
        manifest=SimpleNamespace(files={}),
    )
    intent = parse("Does goal 2 or goal 5 get more money?")
    assert Assistant._table_rows(stand_in, intent, None, None) == rows[:2]


def test_a_bound_is_no_second_alternative() -> None:
    assert compared_parts("What is the allowance for a journey of more than 8 hours?") is None


def test_a_claim_that_denies_is_true_when_the_cell_is_nothing() -> None:
    """ "Is it true that X gets no money" is answered Yes by a 0 cell (before: no word,
    the claim form not being read; "Does X not get …" had a false "No")."""
    from nordask.amounts import whether_word

    row = TableRow(
        0, 40, "Midler", (("Fjellrådet", "0 MNOK"), ("Kystlaget", "2 MNOK")), "2 MNOK", "", 3
    )
    denied = "Er det riktig at Fjellrådet ikke får noen midler under delmål 3?"
    assert whether_word(denied, row, "Fjellrådet") == "Yes — "
    assert whether_word(denied.replace("Fjellrådet", "Kystlaget"), row, "Kystlaget") == "No — "
    assert whether_word("Is it true that Kystlaget gets money under goal 3?", row, "Kystlaget") == (
        "Yes — "
    )
    assert whether_word("Does Fjellrådet not get any money under goal 3?", row, "Fjellrådet") == ""

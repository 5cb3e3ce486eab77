"""Follow-up questions read against the turn before (followup.py)."""

from __future__ import annotations

from nordask.followup import interpret
from nordask.query import parse
from nordask.records import Answer


def _turn(question: str, answer: str, entities: list[str], interpreted: str | None = None):
    return Answer(question, answer, True, entities, [], interpreted=interpreted)


def test_a_follow_up_reads_it_as_the_goal_or_subject_of_the_turn_before() -> None:
    """One goal or one named subject replaces the pronoun, so the follow-up is read as if
    asked in full; several actors are searched with it; a chain keeps its first context
    instead of nesting the questions."""
    goal = _turn("What is goal 7 about?", "Goal 7 (Grönt Norden): …", [])
    assert interpret("Who is responsible for it?", goal) == "Who is responsible for goal 7?"
    outline = _turn("Which goal is about health?", "Goal 9 (Socialt Norden): …", [])
    assert interpret("Vilka aktiviteter har den?", outline) == "Vilka aktiviteter har mål 9?"
    subject = _turn("What is the Harbour Council?", "The Harbour Council is …", [])
    assert interpret("Vad gör de för färjor?", subject) == "Vad gör Harbour Council för färjor?"
    actors = _turn(
        "Which councils work on ferries?",
        "Fjordrådet [1]; Havrådet [2].",
        ["Fjordrådet", "Havrådet"],
    )
    followed = "and what budget do they have? (Fjordrådet, Havrådet)"
    assert interpret("and what budget do they have?", actors) == followed
    budget = _turn("and what budget do they have?", "20 000 euro …", [], interpreted=followed)
    assert interpret("och vad gör de?", budget) == "och vad gör de? (Fjordrådet, Havrådet)"
    assert (
        parse(interpret("Which activities does it have?", outline) or "").goal_topic == "activities"
    )

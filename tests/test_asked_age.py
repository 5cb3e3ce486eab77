"""Questions that ask for an age ("Vilken åldersgrupp …", "How old …"), on made-up plans
(no model): the answer is the age a text states in figures ("unge (18-25 år)"), which
a closer sentence that only shares the question's words does not give."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import asks_age, parse


def test_an_age_asked_in_four_languages() -> None:
    for question in (
        "Which age group does the ferry pilot target?",
        "Vilken åldersgrupp riktar sig färjepiloten till?",
        "Hvilken aldersgruppe er fergepiloten rettet mot?",
        "Hvilken alder har deltagerne i færgepiloten?",
        "Hur gamla är deltagarna i färjepiloten?",
    ):
        assert asks_age(question), question
    assert not asks_age("Når kan jeg ta ut alderspensjon?")
    assert not asks_age("Which group runs the ferry pilot?")


def test_the_sentence_stating_the_age_leads_a_which_age_group_question() -> None:
    """A sentence of another passage shares more of the question's words ("unge",
    "ressurs") and reads closer; the one that states the ages answers."""
    plan = one_chunk(
        "F.2.a. Kartlegge hvordan unge (18-25 år) kan engasjeres som en ressurs for "
        "fergesambandene i skjærgården.",
        lang="no",
        title="Fergeplan",
    )
    milestone = one_chunk("M2: Nordisk oversikt over unge som ressurs for øysamfunnene.", lang="no")
    intent = parse("Vilken åldersgrupp av unga vill man kartlägga som en resurs i skärgården?")
    supports = [
        Support(1, milestone, sentence_at(milestone, "Nordisk oversikt"), 0.46),
        Support(2, plan, sentence_at(plan, "Kartlegge hvordan"), 0.44),
    ]
    text, _ = compose(intent, supports, "sv")
    assert "(18-25 år)" in text.split("\n\n")[0], text

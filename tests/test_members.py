"""Whether a party is among the members a document lists (no model)."""

from __future__ import annotations

from nordask.members import asked_membership, lists_members_of, member_listing
from nordask.passages import Support
from nordask.records import Chunk

LISTING = (
    "The harbour network was founded in 2019. Bergen, Hirtshals, Kalmar and Turku are the "
    "Nordic members of the H2 harbour network. It meets twice a year."
)


def _support(text: str) -> Support:
    starts = [0, text.index("Bergen"), text.index("It meets")]
    sentences = tuple(zip(starts, [*starts[1:], len(text)], strict=True))
    chunk = Chunk("ports.md", "Ports", 0, len(text), text, "en", (1,), sentences, (1, 1, 1))
    return Support(1, chunk, 0, 0.5)


def test_a_membership_question_names_the_party_and_the_thing() -> None:
    assert asked_membership("Er Aalborg med i H2-havnenettverket?") == (
        "Aalborg",
        "H2-havnenettverket",
    )
    assert asked_membership("Is Kalmar a member of the H2 harbour network?") == (
        "Kalmar",
        "the H2 harbour network",
    )
    assert asked_membership("Is the budget part of the H2 plan?") is None
    assert asked_membership("Is Kalmar a member of the harbour network?") is None


def test_only_a_whole_list_of_the_things_members_decides() -> None:
    sentence = LISTING.split(". ")[1]
    assert lists_members_of(sentence, "the H2 harbour network")
    assert not lists_members_of(sentence, "the H3 network")
    assert not lists_members_of(sentence.replace("Bergen,", "Bergen, among others,"), "H2")


def test_the_party_listed_or_not_leads_with_yes_or_no() -> None:
    """Before: the question's party led with another passage that names it."""
    listed = member_listing("Is Kalmar a member of the H2 harbour network?", [_support(LISTING)])
    assert listed is not None and listed.lead().startswith("Yes — Kalmar is among those listed")
    absent = member_listing("Er Aalborg med i H2-havnenettverket?", [_support(LISTING)])
    assert absent is not None and absent.lead().startswith("No — Aalborg is not among those")
    partly = member_listing("Is Port of Kalmar a member of the H2 network?", [_support(LISTING)])
    assert partly is not None and partly.lead().startswith("“Bergen, Hirtshals")

"""An event moved to another day and place: "when and where is it held now" is answered
with the day it moved to, and a labelled place ("Venue: …", "Sted: …") says where it is.
Made-up listings in other wording than any tester's."""

from __future__ import annotations

import pytest

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.policy import abstain_reason
from nordask.query import parse, states_venue
from nordask.settings import RetrievalSettings
from test_policy import CONFIDENT

#: A listing's entry: the day it moved to, then the next line's event title.
MOVED = (
    "4 April 2028 – POSTPONED to 11 April 2028 Annual board meeting (open to the public) "
    "New venue: Tornby Maritime Museum (first announced: Brevik town hall)."
)


def _reason(question: str, passage: str) -> str | None:
    refusal = abstain_reason(
        parse(question),
        [passage],
        [passage],
        CONFIDENT,
        knows=lambda _term: True,
        unknown_names=[],
        goals={},
        thresholds=RetrievalSettings(),
    )
    return refusal.reason if refusal else None


@pytest.mark.parametrize(
    "text", ["Venue: Tornby Maritime Museum", "Nytt sted: Brevik kulturhus", "Plats: Stadshuset"]
)
def test_a_labelled_place_says_where(text: str) -> None:
    assert states_venue(text, "Where is the board meeting held?")


def test_a_moved_meeting_with_a_labelled_venue_is_not_refused() -> None:
    question = "When and where is the annual board meeting now held?"
    assert _reason(question, MOVED) is None


def test_the_moved_day_leads_without_the_next_lines_title() -> None:
    chunk = one_chunk(MOVED)
    supports = [support_holding(1, chunk, "POSTPONED to", 0.8)]
    text, _ = compose(parse("When is the annual board meeting now held?"), supports, "en")
    assert text.startswith("11 April 2028 [1]: “4 April 2028 – POSTPONED")

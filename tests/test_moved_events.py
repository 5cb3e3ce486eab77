"""An event moved to another day and place: "when and where is it held now" is answered
with the day it moved to, and a labelled place ("Venue: …", "Sted: …") says where it is.
Made-up listings in other wording than any tester's."""

from __future__ import annotations

import pytest

from cited import one_chunk, support_holding, supports_holding
from nordask.answer import compose
from nordask.changes import status_entry
from nordask.ingest import chunk_document
from nordask.query import parse, states_venue
from nordask.records import Document
from nordask.settings import ChunkSettings
from test_policy import reason_for

#: A listing's entry: the day it moved to, then the next line's event title.
MOVED = (
    "4 April 2028 – POSTPONED to 11 April 2028 Annual board meeting (open to the public) "
    "New venue: Tornby Maritime Museum (first announced: Brevik town hall)."
)


@pytest.mark.parametrize(
    "text", ["Venue: Tornby Maritime Museum", "Nytt sted: Brevik kulturhus", "Plats: Stadshuset"]
)
def test_a_labelled_place_says_where(text: str) -> None:
    assert states_venue(text, "Where is the board meeting held?")


def test_a_moved_meeting_with_a_labelled_venue_is_not_refused() -> None:
    question = "When and where is the annual board meeting now held?"
    assert reason_for(question, MOVED) is None


def test_the_moved_day_leads_without_the_next_lines_title() -> None:
    chunk = one_chunk(MOVED)
    supports = [support_holding(1, chunk, "POSTPONED to", 0.8)]
    text, _ = compose(parse("When is the annual board meeting now held?"), supports, "en")
    assert text.startswith("11 April 2028 [1]: “4 April 2028 – POSTPONED")


#: A listing of three events: one called off (its status in Swedish), one moved.
LISTING = (
    "Harbour calendar – coming events at Tornby harbour. Sign up through the link at "
    "each event; changes to the programme are marked in red by the harbour office.\n\n"
    "2 May 2028 Spring market on the quay, Tornby quay, with local fish and bread.\n\n"
    "9 May 2028 – INSTÄLLT Boat show: electric ferries at Brevik pier. The boat show "
    "will not take place this year, as the pier is being repaired.\n\n"
    "16 May 2028 – NEW DATE: 23 May 2028 Harbour walk with the town's guides from the "
    "ferry terminal."
)


def _listing_supports() -> list:
    document = Document(doc="harbour-calendar.txt", title="Harbour calendar", text=LISTING)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=200, overlap_chars=0), {})
    return supports_holding(chunks, "Harbour calendar – coming events", "9 May 2028", "16 May 2028")


@pytest.mark.parametrize(
    "question", ["Which event in the calendar is called off?", "Hvilket arrangement er avlyst?"]
)
def test_the_entry_with_the_cancelled_status_answers_which_is_cancelled(question: str) -> None:
    text, _ = compose(parse(question), _listing_supports(), "en")
    assert text.startswith("9 May 2028 – INSTÄLLT Boat show"), text


def test_the_entry_with_a_new_date_answers_which_is_moved() -> None:
    text, _ = compose(parse("Vilket evenemang har flyttats?"), _listing_supports(), "sv")
    assert "16 May 2028 – NEW DATE" in text.split("\n")[0], text


def test_why_it_was_cancelled_asks_no_entry() -> None:
    assert status_entry("Why was the boat show cancelled?", _listing_supports()) is None

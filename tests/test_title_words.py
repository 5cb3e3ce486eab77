"""A word of the question that the document's title holds ("calendar") is said of every
passage of that document: of two passages that share as many of the question's words,
the one whose shared words are its own ("postponed") leads. A made-up listing in other
wording than any tester's."""

from __future__ import annotations

from dataclasses import replace

from cited import supports_holding
from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.passages import own_topic_hits, topic_hits
from nordask.query import parse
from nordask.records import Document
from nordask.settings import ChunkSettings

LISTING = (
    "Harbour calendar – all events at Tornby harbour this spring. "
    "Sign up through the link at each event. Changes to the programme are shown in red, "
    "and the listing is updated every Monday by the harbour office staff.\n\n"
    "12 May 2028 – POSTPONED Boat show: this event on electric ferries at Tornby quay. "
    "The event is postponed while the quay is repaired; a new day will follow when the "
    "repair work on the quay and the ferry berth is done."
)


def _supports() -> list:
    document = Document(doc="harbour-calendar.txt", title="Harbour calendar", text=LISTING)
    settings = ChunkSettings(chunk_chars=200, overlap_chars=0)
    chunks = chunk_document(document, settings, {LISTING: "en"})
    heading, postponed = supports_holding(
        chunks, "Harbour calendar – all events", "12 May 2028 – POSTPONED"
    )
    return [heading, replace(postponed, score=heading.score - 0.02)]  # near equals


def test_the_postponed_events_line_leads_not_the_calendars_heading() -> None:
    question = "Which event in the calendar is postponed?"
    text, _ = compose(parse(question), _supports(), "en")
    assert text.startswith("12 May 2028 – POSTPONED Boat show")


def test_a_title_word_is_no_passage_of_its_own() -> None:
    heading, postponed = _supports()
    topic = ["event", "calendar", "postponed"]
    assert topic_hits(heading, topic) == topic_hits(postponed, topic) == 2
    assert own_topic_hits(heading, topic) == 1
    assert own_topic_hits(postponed, topic) == 2

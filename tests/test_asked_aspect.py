"""What a question asks of its subject (aspects.py) and the lead it chooses, on made-up
text (no model): a sentence that restates the subject loses to the one that states
what is asked, when the question without its subject reads closer to that one."""

from __future__ import annotations

from nordask.answer import compose
from nordask.aspects import asked_aspect
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings

TITLE = "Coastal heat pump alliance"


def _chunk(text: str) -> Chunk:
    document = Document(doc="heat.txt", title=TITLE, text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})
    assert len(chunks) == 1
    return chunks[0]


def test_the_subject_s_noun_phrase_is_left_out_of_the_aspect() -> None:
    question = "Hva skal den kystnære varmepumpealliansen tilby små havnebyer?"
    assert asked_aspect(question, "Coastal heat pump alliance") is None  # nothing named
    question = "Hva skal alliansen for kystbyenes varmepumper tilby små havnebyer?"
    assert asked_aspect(question, "Heat pump alliance") == "Hva skal tilby små havnebyer?"


def test_a_name_is_the_subject_whole_or_not_at_all() -> None:
    question = "Which programme of Nordic Energy Fund paid for the Nordic alliance?"
    aspect = asked_aspect(question, "Nordic alliance for heat")
    assert aspect == "Which programme of Nordic Energy Fund paid for?"


def test_an_aspect_of_too_few_words_asks_for_the_subject_itself() -> None:
    assert asked_aspect("What is the aim of the heat pump alliance?", TITLE) is None


def test_the_lead_is_the_sentence_closest_to_the_aspect_not_the_subject_s_restatement() -> None:
    chunk = _chunk(
        "The alliance aims to make small harbour towns free of oil heating by 2032. "
        "Each of the harbour towns gets a shared procurement model and an installer register. "
        "The partners meet twice a year in one of the towns."
    )
    intent = parse("What will the coastal heat pump alliance give the harbour towns?")
    scores = (0.90, 0.84, 0.70)
    lead = Support(1, chunk, 0, 0.8, scores)
    text, _ = compose(intent, [lead], "en")
    assert text.startswith("The alliance aims"), text  # by the whole question alone
    aspected = Support(1, chunk, 0, 0.8, scores, aspect_scores=(0.12, 0.25, 0.05))
    text, _ = compose(intent, [aspected], "en")
    assert text.startswith("Each of the harbour towns gets"), text
    close = Support(1, chunk, 0, 0.8, scores, aspect_scores=(0.24, 0.25, 0.05))
    text, _ = compose(intent, [close], "en")
    assert text.startswith("The alliance aims"), text  # not clearly closer: kept


def test_a_sentence_that_says_less_of_the_asked_words_does_not_lead() -> None:
    chunk = _chunk(
        "Description: a shared booking app for the commuter bus between the islands. "
        "Description: one quality label for smoked fish from small producers."
    )
    intent = parse("What does the coastal heat pump alliance recommend for the commuter bus?")
    scores = (0.60, 0.55)
    support = Support(1, chunk, 0, 0.6, scores, aspect_scores=(0.20, 0.40))
    text, _ = compose(intent, [support], "en")
    assert "commuter bus" in text.split("\n")[0], text

"""A free question's lead is not chosen for the word the question names its document
by: every passage of that document is "in" it."""

from __future__ import annotations

from cited import one_chunk
from nordask.leads import best_lead
from nordask.passages import Support
from nordask.query import parse

_QUESTION = "How does the roadmap help pensioners?"
_PASSES = "Residents over 67 travel free on the town's buses from 2027."
_GUIDE = "This roadmap lists each measure with its budget line and its lead office."


def _cited(passes_doc: str, guide_doc: str) -> list[Support]:
    passes = one_chunk(_PASSES, passes_doc)
    guide = one_chunk(_GUIDE, guide_doc)
    return [Support(1, passes, 0, 0.45), Support(2, guide, 0, 0.44)]


def test_word_naming_every_cited_document_chooses_no_passage() -> None:
    cited = _cited("roadmap-2030.md", "roadmap-2030.md")
    assert best_lead(parse(_QUESTION), cited, cited).text == _PASSES


def test_word_naming_one_of_the_documents_still_tells_them_apart() -> None:
    cited = _cited("bus-fares.md", "roadmap-notes.md")
    assert best_lead(parse(_QUESTION), cited, cited).text == _GUIDE

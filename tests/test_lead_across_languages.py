"""A free question's lead across the English-Scandinavian divide: the sentence that
reads closest, when the one sharing a word of the question speaks of something else."""

from __future__ import annotations

from cited import one_chunk
from nordask.leads import best_lead
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk


def _chunk(text: str, lang: str, doc: str) -> Chunk:
    """`text` as the one passage of a document in `lang`."""
    return one_chunk(text, doc, lang=lang)


_GUIDE = _chunk(
    "Starting at the office.\n\n- Trial employment: six weeks for every newcomer.\n"
    "- Parking: the yard behind the library is free after 16:00.",
    "en",
    "welcome-guide.md",
)
_TENDER = _chunk(
    "Anbuden bedöms av två handläggare från kontoret och en extern granskare. "
    "Priset väger 40 procent.",
    "sv",
    "anbud.md",
)


def _cited(guide_score: float, tender_score: float) -> list[Support]:
    guide = next(i for i, (a, b) in enumerate(_GUIDE.sentences) if "Trial" in _GUIDE.text[a:b])
    return [Support(1, _TENDER, 0, tender_score), Support(2, _GUIDE, guide, guide_score)]


def test_clearly_closer_english_line_leads_a_danish_question() -> None:
    intent = parse("Hvor lang er prøveperioden for nyansatte på kontoret?")
    cited = _cited(0.46, 0.40)
    assert "Trial employment" in best_lead(intent, cited, cited).text


def test_word_shared_across_scandinavian_languages_leads_when_meaning_is_as_close() -> None:
    intent = parse("Hvor lang er prøveperioden for nyansatte på kontoret?")
    cited = _cited(0.42, 0.40)
    assert "handläggare" in best_lead(intent, cited, cited).text

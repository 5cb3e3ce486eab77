"""Of near-equal passages, a question for a year is read in the one that speaks of its
topic (no model): "Does the lease cover the 2026 pilot?" is answered by the lease's line
on the pilot, not by a news item of 2026 that ranks as close and shares only the year."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk

_NEWS = "Havnenytt\n\nI 2026 fikk elleve foreninger til sammen 400 000 kroner i støtte.\n"
_LEASE = (
    "Leieavtale\n\n"
    "Avtalen gjelder fra 1. januar 2027.\n\n"
    "Pilotfasen som ble gjennomført i 2026 omfattes ikke av denne avtalen.\n"
)


def _chunk(doc: str, text: str) -> Chunk:
    return one_chunk(text, doc, lang="no", title=doc)


def test_a_near_equal_on_the_topic_is_read_for_the_year() -> None:
    news, lease = _chunk("nytt.md", _NEWS), _chunk("leie.pdf", _LEASE)
    supports = [
        Support(1, news, sentence_at(news, "foreninger"), 0.50),
        Support(2, lease, sentence_at(lease, "Pilotfasen"), 0.49),
    ]
    text, _ = compose(parse("Omfatter leieavtalen pilotfasen fra 2026?"), supports, "no")
    assert text.split("\n\n")[0].startswith("Pilotfasen"), text

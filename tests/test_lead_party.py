"""Who leads a project, said as its lead party (no model): "Hovedpart er X" and
"huvudpart" name a project's lead partner as "lead partner" does, so a question for
the lead partner of one record of a page of granted projects is answered from that
record, not from the next one's "X leder prosjektet"; and the second part of "how much
did X get, and who is the lead partner?" is taken from the same record."""

from __future__ import annotations

from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import ASKS_OWNER, parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings

#: A page of granted projects, one paragraph each.
_GRANTS = (
    "Tildelte prosjekter 2027\n\n"
    "Kystlys – Hovedpart er Brekkøy Havlag. Prosjektet skal kartlegge fyrene langs "
    "kysten og får 1 100 000 NOK.\n\n"
    "Sjøvei Nord – Tjeldvik Rederi AS leder prosjektet, som prøver ut hurtigbåt på "
    "hydrogen. Tildelt: 2 400 000 NOK.\n"
)


def _chunks(text: str) -> list[Chunk]:
    document = Document(doc="tildelte.txt", title="Tildelte prosjekter", text=text)
    return chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "no"})


def _supports(chunks: list[Chunk], first: str) -> list[Support]:
    """The passages, the one holding `first` ranked first."""
    ordered = sorted(chunks, key=lambda c: first not in c.text)
    return [Support(n, c, 0, 0.5 - 0.1 * n) for n, c in enumerate(ordered, start=1)]


def test_the_lead_party_of_the_named_project_answers_who_leads_it() -> None:
    supports = _supports(_chunks(_GRANTS), "Kystlys")
    intent = parse("Who is the lead partner of the Kystlys project and how much was it granted?")
    text, _ = compose(intent, supports, "en")
    first = text.split("\n\n")[0]
    assert "Brekkøy Havlag" in first and "Tjeldvik" not in first, text


def test_the_lead_party_completes_the_amount_of_the_same_record() -> None:
    supports = _supports(_chunks(_GRANTS), "Kystlys")
    text, _ = compose(
        parse("Hvor mye fikk prosjektet Kystlys, og hvem er leadpartner?"), supports, "no"
    )
    first = text.split("\n\n")[0]
    assert "1 100 000 NOK" in first and "Brekkøy Havlag" in first, text


def test_the_lead_party_is_asked_for_but_not_the_most_of_something() -> None:
    assert ASKS_OWNER.search("Vem är huvudpart i projektet Kystlys?")
    assert not ASKS_OWNER.search("Hvor går hovedparten av midlene?")

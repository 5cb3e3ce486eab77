"""A form's date field whose label says what the question asks the day of (no model):
"Vedtaksdato: 3. mars 2027" answers when the decision was made, though another
document's sentence that names the project dates another event ("Fjordbro starter
1. mai 2027"). A form gives its facts so, one to a line, below the project's name."""

from __future__ import annotations

from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings

#: A filled-in application form with the board's decision appended below it.
_FORM = (
    "SØKNAD OM ENDRING\n\n"
    "Prosjekt: Fjordbro\n"
    "Søker: Kystbyen kommune\n"
    "Søknadsdato: 12. januar 2027\n\n"
    "STYRETS VEDTAK\n\n"
    "Saksnummer: 27/14\n"
    "Vedtaksdato: 3. mars 2027\n"
    "Saksbehandler: Eirik Sand\n"
)
#: A news page that names the project and dates its start.
_NEWS = (
    "Nytt fra kysten\n\nProsjektet Fjordbro starter 1. mai 2027 med et oppstartsmøte i Kystbyen.\n"
)


def _chunk(doc: str, text: str) -> Chunk:
    document = Document(doc=doc, title=doc, text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "no"})
    assert len(chunks) == 1
    return chunks[0]


def _at(chunk: Chunk, words: str) -> int:
    return next(i for i, (a, b) in enumerate(chunk.sentences) if words in chunk.text[a:b])


def test_the_form_field_labelled_as_asked_gives_the_day() -> None:
    form, news = _chunk("soknad.txt", _FORM), _chunk("nytt.md", _NEWS)
    supports = [
        Support(1, news, _at(news, "starter"), 0.6),
        Support(2, form, _at(form, "Saksnummer"), 0.5),
    ]
    text, _ = compose(parse("Når ble vedtaket om søknaden for Fjordbro fattet?"), supports, "no")
    assert "3. mars 2027" in text.split("\n\n")[0], text

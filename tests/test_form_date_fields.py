"""A form's date field whose label says what the question asks the day of (no model):
"Vedtaksdato: 3. mars 2027" answers when the decision was made, though another
document's sentence that names the project dates another event ("Fjordbro starter
1. mai 2027"). A form gives its facts so, one to a line, below the project's name."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk

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
    return one_chunk(text, doc, lang="no", title=doc)


def test_the_form_field_labelled_as_asked_gives_the_day() -> None:
    form, news = _chunk("soknad.txt", _FORM), _chunk("nytt.md", _NEWS)
    supports = [
        Support(1, news, sentence_at(news, "starter"), 0.6),
        Support(2, form, sentence_at(form, "Saksnummer"), 0.5),
    ]
    text, _ = compose(parse("Når ble vedtaket om søknaden for Fjordbro fattet?"), supports, "no")
    assert "3. mars 2027" in text.split("\n\n")[0], text

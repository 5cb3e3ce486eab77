"""Who to contact (no model): of the cited lines that give an e-mail address, the one
that names a person to write to answers "who can I contact about X", not the address
line a site's footer repeats on every page nor a firm's ("Havdata Analyse AS"), though
those passages rank higher."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.loaders import discover, load
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk
from nordask.settings import ChunkSettings

#: A page with the site's footer address, and a page of questions and answers.
_PAGES = {
    "seminar.txt": "Havneseminaret 2027\n\nSeminaret holdes i Sørvik 4. mai 2027.\n\n"
    "Havneforbundet · Kaigata 2, Sørvik · info@havneforbundet.no\n",
    "rapport.txt": "Evaluering av seminaret\n\nSpørsmål om rapporten kan rettes til Havdata "
    "Analyse AS, e-post post@havdata.no.\n",
    "faq.txt": "Spørsmål om reisestøtte\n\nStudenter kan søke reisestøtte til seminaret.\n\n"
    "Rådgiver Lene Bakke svarer på spørsmål om reisestøtten: lene.bakke@havneforbundet.no\n",
}


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    folder = tmp_path_factory.mktemp("contact")
    for name, text in _PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    files, _ = discover(Path(folder))
    return [chunk for f in files for chunk in chunk_document(load(f), ChunkSettings(), {})]


def test_the_contact_that_names_a_person_answers_who_to_contact(chunks) -> None:
    footer = next(c for c in chunks if "info@" in c.text)
    faq = next(c for c in chunks if "lene.bakke@" in c.text)
    firm = next(c for c in chunks if "post@havdata" in c.text)
    supports = [Support(1, footer, 0, 0.7), Support(2, firm, 0, 0.6), Support(3, faq, 0, 0.5)]
    text, _ = compose(parse("Hvem kan jeg kontakte om reisestøtte?"), supports, None)
    assert "Lene Bakke" in text.split("\n\n")[0], text

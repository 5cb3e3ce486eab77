"""A glossary that gives each term in several languages on one line ("SV: … | DA: … |
NO: …") and then defines it in English: the line is no menu of links, and the sentence
after it defines each of its terms (fake embedder, no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.answer import compose
from nordask.evidence import defines, term_line
from nordask.furniture import drop_chrome_lines
from nordask.ingest import chunk_document
from nordask.loaders import discover, load
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk
from nordask.settings import ChunkSettings

GLOSSARY = (
    "Fjordnettet – Begreber – Termer – Terms\n\n"
    "SV: fjärrvärme | DA: fjernvarme | NO: fjernvarme\n"
    "EN: District heating. Heat made in one central plant and piped as hot water to the "
    "buildings of a town.\n\n"
    "SV: kajplats | DA: kajplads | NO: kaiplass\n"
    "EN: Berth. The place along a quay where one ship lies to load or unload.\n"
)


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    folder = tmp_path_factory.mktemp("glossary")
    (folder / "begreber.txt").write_text(GLOSSARY, encoding="utf-8")
    files, _ = discover(Path(folder))
    return chunk_document(load(files[0]), ChunkSettings(), {})


def _supports(chunks: list[Chunk], said: str) -> list[Support]:
    """The sentence that holds `said`, cited first."""
    chunk, i = next(
        (chunk, i)
        for chunk in chunks
        for i, (a, b) in enumerate(chunk.sentences)
        if said in chunk.text[a:b]
    )
    return [Support(1, chunk, i, 0.9)]


def test_a_line_of_one_term_in_each_language_is_no_menu() -> None:
    line = "SV: fjärrvärme | DA: fjernvarme | NO: fjernvarme"
    assert drop_chrome_lines(f"Begreber\n{line}\nEN: District heating.").split("\n")[1] == line
    assert drop_chrome_lines("Start | Om oss | Kontakt\nText.").split("\n")[0] == ""


def test_a_term_line_names_each_of_its_terms() -> None:
    line = "SV: kajplats | DA: kajplads | NO: kaiplass"
    assert term_line(line, "kajplads") and term_line(line, "kaiplass")
    assert not term_line(line, "fjernvarme")
    assert not term_line("Start | Om oss | Kontakt", "Kontakt")


def test_a_term_is_defined_by_the_sentence_under_its_term_line(chunks: list[Chunk]) -> None:
    supports = _supports(chunks, "fjernvarme")
    text, _ = compose(parse("Vad betyder fjernvarme?"), supports, "sv")
    assert "Heat made in one central plant" in text.split(" — ")[0], text
    supports = _supports(chunks, "kaiplass")
    text, _ = compose(parse("Hva er en kaiplass?"), supports, "no")
    assert "The place along a quay where one ship lies" in text.split(" — ")[0], text


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("I denne plan forstås en øhavn som en havn uden fast vejforbindelse.", "øhavn"),
        ("Med vinterväg menas en väg som plogas på isen.", "vinterväg i planen"),
        ("A ferry gap is defined as a day without any crossing.", "ferry gap"),
        ("By skerry dweller we mean anyone registered on an island.", "skerry dwellers"),
    ],
)
def test_a_sentence_that_says_how_the_text_means_a_term_defines_it(
    sentence: str, subject: str
) -> None:
    assert defines(sentence, subject)


def test_how_a_text_means_another_term_defines_none() -> None:
    assert not defines("I denne plan forstås en øhavn som en havn uden bro.", "havnefoged")

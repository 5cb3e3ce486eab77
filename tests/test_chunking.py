from __future__ import annotations

import itertools

import pytest

from conftest import CORPUS
from nordask.chunking import split_sentences
from nordask.ingest import ingest
from nordask.loaders import discover
from nordask.records import Document
from nordask.settings import ChunkSettings


@pytest.fixture(scope="module")
def bundled_chunks():
    files, _ = discover(CORPUS)
    chunks, skipped = ingest(files, ChunkSettings())
    assert not skipped
    return chunks


def test_chunks_stay_within_size_and_inside_their_document(bundled_chunks) -> None:
    settings = ChunkSettings()
    for doc, chunks in bundled_chunks.items():
        assert chunks, doc
        for chunk in chunks:
            assert chunk.doc == doc
            assert len(chunk.text) <= settings.chunk_chars + settings.overlap_chars


def test_chunk_text_is_the_original_text_at_its_offsets(bundled_chunks) -> None:
    from nordask.loaders import load

    files, _ = discover(CORPUS)
    for file in files:
        doc = load(file)
        for chunk in bundled_chunks[file.doc]:
            assert doc.text[chunk.start : chunk.end] == chunk.text
            for start, end in chunk.sentences:
                assert chunk.text[start:end].strip() == chunk.text[start:end]


def test_consecutive_chunks_overlap_within_a_paragraph(bundled_chunks) -> None:
    chunks = bundled_chunks["nordregio-regional-innovation-projects.txt"]
    overlaps = [b.start < a.end for a, b in itertools.pairwise(chunks)]
    assert any(overlaps)


def test_pdf_chunks_carry_pages_and_languages(bundled_chunks) -> None:
    chunks = bundled_chunks["handlingsplan-2021-24-regionalsektoren.pdf"]
    assert {c.lang for c in chunks} >= {"sv", "da"}
    assert all(c.pages and c.pages[0] >= 1 for c in chunks)
    aviation = next(c for c in chunks if "Mittnordenkommittén kommer" in c.text)
    assert 4 in aviation.pages


def test_sentence_split_respects_abbreviations() -> None:
    text = "Vi arbetar bl.a. med elflyg i Kvarken. Projektet startar 2021! Is it e.g. good? Ja."
    spans = split_sentences(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == [
        "Vi arbetar bl.a. med elflyg i Kvarken.",
        "Projektet startar 2021!",
        "Is it e.g. good?",
        "Ja.",
    ]


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


def test_abbreviation_before_a_figure_or_name_does_not_end_the_sentence() -> None:
    """A unit in brackets, a phone label and a title before a name stay in the sentence
    they belong to."""
    text = (
        "Budsjettet er SEK 2 100 000 (ca. EUR 185 000). "
        "Ring Per Holm, tel. 040 55 12 12 om stöd. "
        "Utvärderingen gjordes av prof. Lena Berg. "
        "Ramen är 250 (t. EUR) per år."
    )
    assert _sentences(text) == [
        "Budsjettet er SEK 2 100 000 (ca. EUR 185 000).",
        "Ring Per Holm, tel. 040 55 12 12 om stöd.",
        "Utvärderingen gjordes av prof. Lena Berg.",
        "Ramen är 250 (t. EUR) per år.",
    ]


def test_closing_abbreviation_ends_a_sentence_before_a_capital() -> None:
    """'osv.' or 'etc.' closes a list; before a capitalised word a new sentence starts,
    before a figure or a word in lower case the sentence goes on."""
    text = (
        "Vi köper båtar, nät osv. Arbetet börjar i maj. Vi säljer fisk, tång m.fl. 2025 och 2026."
    )
    assert _sentences(text) == [
        "Vi köper båtar, nät osv.",
        "Arbetet börjar i maj.",
        "Vi säljer fisk, tång m.fl. 2025 och 2026.",
    ]


def test_day_number_before_a_month_does_not_end_the_sentence() -> None:
    """A day's number before its month is no sentence end; a figure that ends a sentence
    still ends it."""
    text = "Mødet holdes 14. April 2026 i Tromsø."
    assert _sentences(text) == [text]
    assert _sentences("Maksimum er 40. Resten følger.") == ["Maksimum er 40.", "Resten følger."]


def test_long_run_on_text_is_cut_to_size() -> None:
    from nordask.chunking import chunk_spans

    doc = Document("t.txt", "t", "ord " * 1000)
    chunks = chunk_spans(doc, ChunkSettings(chunk_chars=400, overlap_chars=50))
    assert all(c[-1].end - c[0].start <= 400 for c in chunks)


def test_bad_chunk_settings_are_refused() -> None:
    from nordask.errors import InputError

    with pytest.raises(InputError, match="out of range"):
        ChunkSettings(chunk_chars=5000)

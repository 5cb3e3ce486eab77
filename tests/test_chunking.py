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


def test_long_run_on_text_is_cut_to_size() -> None:
    from nordask.chunking import chunk_spans

    doc = Document("t.txt", "t", "ord " * 1000)
    chunks = chunk_spans(doc, ChunkSettings(chunk_chars=400, overlap_chars=50))
    assert all(c[-1].end - c[0].start <= 400 for c in chunks)


def test_bad_chunk_settings_are_refused() -> None:
    from nordask.errors import InputError

    with pytest.raises(InputError, match="out of range"):
        ChunkSettings(chunk_chars=5000)

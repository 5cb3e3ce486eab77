"""The lazily read chunk records of a generation."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.backends.local.chunk_table import INDEX, ChunkTable, read_chunks, write_chunks
from nordask.records import Chunk


def _chunk(i: int, doc: str, lang: str) -> Chunk:
    text = f"Passage {i} om Kvarkenrådet — ø, å, ä. " * (i % 3 + 1)
    return Chunk(
        doc=doc,
        title=f"Title of {doc}",
        start=10 * i,
        end=10 * i + len(text),
        text=text,
        lang=lang,
        pages=(i % 4 + 1,) if doc.endswith(".pdf") else (),
        sentences=((0, 10), (11, len(text))),
        sentence_pages=(None, None),
    )


CHUNKS = [
    _chunk(i, doc, lang)
    for i, (doc, lang) in enumerate(
        [("plan.pdf", "sv"), ("plan.pdf", "da"), ("notes.txt", "en"), ("b/nested.md", "no")] * 3
    )
]


@pytest.mark.parametrize("with_index", [True, False], ids=["indexed", "older-generation"])
def test_table_reads_back_what_was_written(tmp_path: Path, with_index: bool) -> None:
    write_chunks(tmp_path, CHUNKS)
    if not with_index:
        (tmp_path / INDEX).unlink()
    table = ChunkTable(tmp_path)
    assert len(table) == len(CHUNKS)
    assert list(table) == CHUNKS == read_chunks(tmp_path)
    assert table[-1] == CHUNKS[-1] and table[2:5] == CHUNKS[2:5]
    assert table.langs == ["da", "en", "no", "sv"]
    assert table.docs == ["b/nested.md", "notes.txt", "plan.pdf"]
    assert [table.langs[c] for c in table.lang_codes] == [c.lang for c in CHUNKS]
    assert [table.docs[c] for c in table.doc_codes] == [c.doc for c in CHUNKS]
    with pytest.raises(IndexError):
        table[len(CHUNKS)]


def test_empty_table(tmp_path: Path) -> None:
    write_chunks(tmp_path, [])
    table = ChunkTable(tmp_path)
    assert len(table) == 0 and list(table) == [] and table.langs == []

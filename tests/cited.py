"""Citing chosen sentences of real chunks, for tests that compose an answer from the
passages a search would have found without running one."""

from __future__ import annotations

from pathlib import Path

from nordask.ingest import chunk_document
from nordask.loaders import discover, load
from nordask.passages import Support
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings


def one_chunk(
    text: str, doc: str = "made-up.txt", lang: str = "en", title: str = "Made up"
) -> Chunk:
    """`text` as the one passage of a document in `lang`."""
    document = Document(doc=doc, title=title, text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: lang})
    assert len(chunks) == 1
    return chunks[0]


def sentence_at(chunk: Chunk, words: str) -> int:
    """The index of the sentence of `chunk` that holds `words`."""
    return next(i for i, (a, b) in enumerate(chunk.sentences) if words in chunk.text[a:b])


def support_holding(n: int, chunk: Chunk, words: str, score: float) -> Support:
    """The sentence of `chunk` that holds `words`, cited as the n-th passage."""
    return Support(n, chunk, sentence_at(chunk, words), score)


def supports_holding(chunks: list[Chunk], *said: str) -> list[Support]:
    """The sentence that holds each of `said`, cited in that order, best first."""
    found = []
    for n, words in enumerate(said):
        chunk, i = next(
            (chunk, i)
            for chunk in chunks
            for i, (a, b) in enumerate(chunk.sentences)
            if words in chunk.text[a:b]
        )
        found.append(Support(n + 1, chunk, i, 0.9 - n / 10))
    return found


def file_supports(folder: Path, name: str, text: str) -> list[Support]:
    """`text` saved as `name` in `folder`, loaded and chunked as nordask does, each passage
    cited in order, best first."""
    (folder / name).write_text(text, encoding="utf-8")
    files, _ = discover(folder)
    chunks = chunk_document(load(files[0]), ChunkSettings(), {})
    return [Support(rank, chunk, 0, 0.9 - rank / 10) for rank, chunk in enumerate(chunks, 1)]

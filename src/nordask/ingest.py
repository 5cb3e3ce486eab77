"""From corpus files to language-tagged chunks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from nordask.chunking import chunk_spans
from nordask.language import detect_language
from nordask.loaders import CorpusFile, LoadError, load
from nordask.records import Chunk, Document, Skipped, TableRow
from nordask.settings import ChunkSettings
from nordask.structure import outline


def chunk_document(
    doc: Document, settings: ChunkSettings, known_languages: Mapping[str, str] | None = None
) -> list[Chunk]:
    """The document's chunks; a text found in `known_languages` keeps its stored tag."""
    known_languages = known_languages or {}
    structure = outline(doc.text)
    chunks = []
    for sentences in chunk_spans(doc, settings):
        start, end = sentences[0].start, sentences[-1].end
        text = doc.text[start:end]
        sentence_pages = tuple(doc.page_at(s.start) for s in sentences)
        first, last = doc.page_at(start), doc.page_at(end - 1)
        pages = tuple(range(first, last + 1)) if first is not None and last is not None else ()
        chunks.append(
            Chunk(
                doc=doc.doc,
                title=doc.title,
                start=start,
                end=end,
                text=text,
                lang=known_languages.get(text) or detect_language(text),
                pages=pages,
                sentences=tuple((s.start - start, s.end - start) for s in sentences),
                sentence_pages=sentence_pages,
                sections=tuple(structure.section_at(s.start) for s in sentences),
                owners=tuple(structure.owner_at(s.start) for s in sentences),
                rows=tuple(
                    _relative(row, start) for row in structure.rows if start <= row.start < end
                ),
            )
        )
    return chunks


def _relative(row: TableRow, offset: int) -> TableRow:
    """A row with offsets into its passage rather than into the document."""
    return replace(row, start=row.start - offset, end=row.end - offset)


def ingest(
    files: Iterable[CorpusFile],
    settings: ChunkSettings,
    known_languages: Mapping[str, str] | None = None,
) -> tuple[dict[str, list[Chunk]], list[Skipped]]:
    """Chunks per document, and the files that could not be loaded."""
    chunks: dict[str, list[Chunk]] = {}
    skipped: list[Skipped] = []
    for file in files:
        try:
            doc = load(file)
        except LoadError as exc:
            skipped.append(Skipped(file.doc, str(exc)))
            continue
        chunks[file.doc] = chunk_document(doc, settings, known_languages)
    return chunks, skipped

"""From corpus files to language-tagged chunks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from nordask.chunking import chunk_spans
from nordask.language import detect_language
from nordask.loaders import CorpusFile, LoadError, load
from nordask.models import estimate_embedding_seconds
from nordask.records import Chunk, Document, Skipped, TableRow
from nordask.settings import ChunkSettings
from nordask.structure import outline

_PROGRESS_EVERY = 64


def chunk_document(
    document: Document,
    settings: ChunkSettings,
    known_languages: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Chunk]:
    """The document's chunks; a text found in `known_languages` keeps its stored tag.

    Language detection takes about 10 ms a passage, so 8 MB of text take about two
    minutes here: `progress(done, total)` hears of every 64 passages."""
    known_languages = known_languages or {}
    structure = outline(document.text)
    chunks = []
    spans = chunk_spans(document, settings)
    for done, sentences in enumerate(spans):
        if progress and done % _PROGRESS_EVERY == 0:
            progress(done, len(spans))
        start, end = sentences[0].start, sentences[-1].end
        text = document.text[start:end]
        sentence_pages = tuple(document.page_at(s.start) for s in sentences)
        first, last = document.page_at(start), document.page_at(end - 1)
        pages = tuple(range(first, last + 1)) if first is not None and last is not None else ()
        chunks.append(
            Chunk(
                doc=document.doc,
                title=document.title,
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
                table_head=structure.head_at(start),
            )
        )
    if progress:
        progress(len(spans), len(spans))
    return chunks


def _relative(row: TableRow, offset: int) -> TableRow:
    """A row with offsets into its passage rather than into the document."""
    return replace(row, start=row.start - offset, end=row.end - offset)


#: A document with more text than this is announced with its size and embedding estimate,
#: and its passages' language tagging shows progress of its own.
LARGE_TEXT_CHARS = 1_000_000


def ingest(
    files: Iterable[CorpusFile],
    settings: ChunkSettings,
    known_languages: Mapping[str, str] | None = None,
    *,
    progress: Callable[[str, int, int], None] | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    notice: Callable[[str], None] | None = None,
) -> tuple[dict[str, list[Chunk]], list[Skipped]]:
    """Chunks per document, and the files that could not be loaded.

    `progress("reading", done, total)` moves after every file (and a very large
    document reports "tagging languages" per passage), `on_skip` hears of each
    failure as it happens, and `notice` hears the size and embedding estimate of a
    very large document before its passages are cut and embedded.
    """
    files = list(files)
    chunks: dict[str, list[Chunk]] = {}
    skipped: list[Skipped] = []
    for done, file in enumerate(files, start=1):
        try:
            document = load(file)
        except LoadError as exc:
            skipped.append(Skipped(file.doc, str(exc)))
            if on_skip:
                on_skip(skipped[-1])
        else:
            large = len(document.text) > LARGE_TEXT_CHARS
            if notice and large:
                notice(large_file_notice(document))
            tagging = (
                (lambda n, total: progress("tagging languages", n, total))
                if progress and large
                else None
            )
            chunks[file.doc] = chunk_document(document, settings, known_languages, tagging)
        if progress:
            progress("reading", done, len(files))
    return chunks, skipped


def large_file_notice(document: Document) -> str:
    """`big.txt holds 8.0 MB of text: about 10,000 passages, ~20 min to embed.`"""
    chars = len(document.text)
    passages = max(1, round(chars / 800))
    minutes = estimate_embedding_seconds(chars) / 60
    took = f"~{minutes:.0f} min" if minutes >= 1 else "under a minute"
    return (
        f"{document.doc} holds {chars / 1e6:.1f} MB of text: about {passages:,} passages, "
        f"{took} to embed. Press Ctrl+C to stop (the last index is kept), then "
        "--max-file-mb can leave such files out."
    )

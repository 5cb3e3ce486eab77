"""The local backend: an index folder of immutable generations (FAISS + BM25 files).

See `store.py` for the layout; a build writes a new generation and switches the
manifest to it atomically, so readers of the old one are never disturbed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.backends.base import DocRows
from nordask.backends.local import builder, store
from nordask.errors import IndexStateError, UnreadableManifest

if TYPE_CHECKING:
    import numpy as np

    from nordask.backends.local.integrity import Damage
    from nordask.backends.local.search import Searcher
    from nordask.manifest import FileEntry, Manifest
    from nordask.records import Chunk
    from nordask.retrieval import Hit, Ranking
    from nordask.settings import RetrievalSettings


class LocalBackend:
    """An index in a folder; the live generation is opened on first read."""

    def __init__(self, index_dir: Path, approx_threshold: int = builder.APPROX_THRESHOLD) -> None:
        self.index_dir = Path(index_dir)
        self.location = str(index_dir)
        self.shared = False
        #: From this many passages on the dense index is IVF rather than exact.
        self.approx_threshold = approx_threshold
        self._searcher: Searcher | None = None
        #: The previous generation read for an update, reused when writing the next one.
        self._previous: tuple[str, store.Generation] | None = None

    # --- write side ---------------------------------------------------------------

    def read_manifest(self) -> Manifest | None:
        return store.read_manifest(self.index_dir)

    def writer(self, on_wait: Callable[[], None] | None = None) -> AbstractContextManager[None]:
        return store.writer_lock(self.index_dir, on_wait)

    def damage(self, manifest: Manifest) -> Damage | None:
        """Missing, resized or changed files of the live generation (by checksum)."""
        from nordask.backends.local.integrity import find_damage

        return find_damage(self.index_dir / manifest.generation, manifest, checksums=True)

    def tidy(self, manifest: Manifest) -> None:
        """Remove what a killed build left, if the writer lock is free (no lock waited for)."""
        store.tidy(self.index_dir, manifest)

    def remove_leftovers(self, manifest: Manifest | None) -> None:
        """Remove half-built generations (writer lock held). An unreadable manifest keeps
        every generation: the rebuild that follows writes a new one."""
        if manifest is not None or not (self.index_dir / store.MANIFEST).exists():
            store.remove_leftovers(self.index_dir, manifest)

    def _generation(self, manifest: Manifest) -> store.Generation:
        if self._previous is None or self._previous[0] != manifest.generation:
            self._previous = (manifest.generation, store.read_generation(self.index_dir, manifest))
        return self._previous[1]

    def read_docs(self, docs: Collection[str]) -> dict[str, DocRows]:
        manifest = self.read_manifest()
        wanted = [doc for doc in docs if manifest and doc in manifest.files]
        if manifest is None or not wanted:
            return {}
        generation = self._generation(manifest)
        return {doc: _doc_rows(generation, manifest.files[doc]) for doc in wanted}

    def write(self, fresh: dict[str, DocRows], keep: Collection[str], manifest: Manifest) -> None:
        """Write a whole new generation: kept documents' rows copied from the live one."""
        import numpy as np

        try:
            previous = self.read_manifest()
        except UnreadableManifest:
            previous = None  # the run rebuilds: nothing of the old index is kept
        kept = self.read_docs(keep) if previous else {}
        missing = set(keep) - set(kept)
        if missing:
            raise IndexStateError(f"the index in '{self.index_dir}' lost {sorted(missing)}.")
        parts = {**kept, **fresh}
        chunks: list[Chunk] = []
        for doc in sorted(parts):
            manifest.files[doc].first = len(chunks)
            manifest.files[doc].count = len(parts[doc].chunks)
            chunks.extend(parts[doc].chunks)
        ordered = [parts[doc] for doc in sorted(parts)]
        counts = [len(c.sentences) for c in chunks]
        generation = store.Generation(
            chunks=chunks,
            vectors=_stack([p.vectors for p in ordered], manifest.dim),
            sentence_vectors=_stack([p.sentence_vectors for p in ordered], manifest.dim),
            sentence_rows=np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).astype(np.int64),
        )
        try:
            builder.build_generation(
                self.index_dir,
                generation,
                manifest,
                previous.generation if previous else None,
                self.approx_threshold,
            )
        except OSError as exc:
            raise store.write_error(self.index_dir, exc) from exc
        self._previous = None
        self.close()

    def write_overview(self, overview: dict) -> None:
        manifest = self.read_manifest()
        if manifest is None:
            raise IndexStateError(f"there is no index in '{self.index_dir}' to add an overview to.")
        manifest.overview = overview
        try:
            store.write_manifest(self.index_dir, manifest)
        except OSError as exc:
            raise store.write_error(self.index_dir, exc) from exc

    # --- read side ----------------------------------------------------------------

    @property
    def searcher(self) -> Searcher:
        """The live generation's search side (for benchmarks and tests of FAISS/BM25)."""
        if self._searcher is None:
            from nordask.backends.local.integrity import open_searcher

            manifest = self.read_manifest()
            if manifest is None:
                raise IndexStateError(
                    f"there is no index in '{self.index_dir}'. Run `nordask index` to build one."
                )
            self._searcher = open_searcher(self.index_dir, manifest)
        return self._searcher

    def open(self) -> None:
        _ = self.searcher

    @property
    def documents(self) -> list[str]:
        return self.searcher.docs

    @property
    def languages(self) -> list[str]:
        return self.searcher.langs

    @property
    def passage_count(self) -> int:
        return self.searcher.passage_count

    def chunk(self, row: int) -> Chunk:
        return self.searcher.chunk(row)

    def passages(self, doc: str) -> list[Chunk]:
        import numpy as np

        mask = self.searcher.mask(None, doc)
        return [self.searcher.chunk(int(row)) for row in np.flatnonzero(mask)]

    def row_of(self, doc: str, passage: int) -> int:
        return self.searcher.manifest.files[doc].first + passage

    def knows(self, term: str) -> bool:
        return self.searcher.lexical.knows(term)

    def knows_word(self, word: str) -> bool:
        return self.searcher.lexical.knows_word(word)

    def has_word(self, word: str) -> bool:
        return self.searcher.lexical.has_word(word)

    def knows_cognate(self, word: str) -> bool:
        return self.searcher.lexical.knows_cognate(word)

    def coverage(self, question: str) -> float:
        return self.searcher.lexical.coverage(question)

    def question_language(self, text: str) -> str | None:
        return self.searcher.lexical.question_language(text)

    def matched_terms(self, question: str, chunk: Chunk) -> list[str]:
        return self.searcher.lexical.matched_terms(question, chunk)

    def dense_search(
        self, qvec: np.ndarray, n: int, lang: str | None = None, doc: str | None = None
    ) -> list[int]:
        return self.searcher.dense_search(qvec, n, lang, doc)

    def lexical_search(
        self, question: str, n: int, lang: str | None = None, doc: str | None = None
    ) -> dict[int, float]:
        return self.searcher.lexical_search(question, n, lang, doc)

    def search(
        self,
        qvec: np.ndarray,
        question: str,
        settings: RetrievalSettings,
        *,
        k: int,
        lang: str | None = None,
        doc: str | None = None,
        wants_amount: bool = False,
        ranking: Ranking | None = None,
    ) -> list[Hit]:
        return self.searcher.search(
            qvec,
            question,
            settings,
            k=k,
            lang=lang,
            doc=doc,
            wants_amount=wants_amount,
            ranking=ranking,
        )

    def hits_for(self, rows: list[int], qvec: np.ndarray, settings: RetrievalSettings) -> list[Hit]:
        return self.searcher.hits_for(rows, qvec, settings)

    def raw_closeness(self, rows: list[int], qvec: np.ndarray) -> float:
        return self.searcher.raw_closeness(rows, qvec)

    def close(self) -> None:
        self._searcher = None


def _doc_rows(generation: store.Generation, entry: FileEntry) -> DocRows:
    lo, hi = entry.first, entry.first + entry.count
    rows = generation.sentence_rows
    return DocRows(
        chunks=generation.chunks[lo:hi],
        vectors=generation.vectors[lo:hi],
        sentence_vectors=generation.sentence_vectors[rows[lo] : rows[hi]],
    )


def _stack(parts: list[np.ndarray], dim: int) -> np.ndarray:
    import numpy as np

    parts = [p for p in parts if len(p)]
    return (
        np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)
        if parts
        else np.empty((0, dim), dtype=np.float32)
    )

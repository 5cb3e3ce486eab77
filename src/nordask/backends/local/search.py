"""Read side of one local index generation: FAISS for dense search, BM25 (numpy) for
words, filters as numpy masks."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nordask.backends.local.chunk_table import ChunkTable
from nordask.backends.local.lexical import LexicalIndex
from nordask.centering import Centroids
from nordask.manifest import Manifest
from nordask.records import Chunk
from nordask.retrieval import Candidates, HybridSearch


class Searcher(HybridSearch):
    """Read side of one index generation."""

    def __init__(self, folder: Path, manifest: Manifest) -> None:
        import faiss

        faiss.omp_set_num_threads(1)  # one query: threads only add overhead (see benchmarks)
        self.chunks = ChunkTable(folder)
        self.vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        self.sentence_vectors = np.load(folder / "sentences.npy", mmap_mode="r")
        self.sentence_rows = np.load(folder / "sentence_rows.npy")
        self.dense = faiss.read_index(str(folder / "dense.faiss"))
        self.lexical = LexicalIndex(folder / "lexical")
        self.centroids = Centroids.load(folder)
        self.kind = manifest.dense_index
        self.manifest = manifest
        self.docs = self.chunks.docs
        self.langs = self.chunks.langs
        # Per-chunk codes: a filter is then one numpy comparison, not a loop over chunks.
        self._lang_codes = self.chunks.lang_codes
        self._doc_codes = self.chunks.doc_codes

    @property
    def passage_count(self) -> int:
        return len(self.chunks)

    def chunk(self, row: int) -> Chunk:
        return self.chunks[row]

    def mask(self, lang: str | None, doc: str | None) -> np.ndarray | None:
        if not lang and not doc:
            return None
        mask = np.ones(len(self.chunks), dtype=bool)
        for value, values, codes in (
            (lang, self.langs, self._lang_codes),
            (doc, self.docs, self._doc_codes),
        ):
            if value:
                mask &= codes == (values.index(value) if value in values else -1)
        return mask

    def _dense(self, qvec: np.ndarray, n: int, mask: np.ndarray | None) -> list[int]:
        """Rows of the top-n passages by FAISS."""
        import faiss

        selector = None
        if mask is not None:
            # A bitmap costs n/8 bytes and O(1) a lookup; an IDSelectorBatch of 250k ids
            # takes ~150 ms to build. `bits` must outlive the search.
            bits = np.packbits(mask, bitorder="little")
            selector = faiss.IDSelectorBitmap(len(mask), faiss.swig_ptr(bits))
        if self.kind == "ivf":
            params = faiss.SearchParametersIVF(sel=selector, nprobe=self.dense.nprobe)
        else:
            params = None if selector is None else faiss.SearchParameters(sel=selector)
        _, ids = self.dense.search(qvec.reshape(1, -1), n, params=params)
        return [int(row) for row in ids[0] if row >= 0]

    def _lexical(self, question: str, n: int, mask: np.ndarray | None) -> dict[int, float]:
        """Top-n passages by BM25, scores divided by the best one (0-1)."""
        scores = self.lexical.scores(question)
        if mask is not None:
            scores[~mask] = 0
        hits = np.flatnonzero(scores > 0)
        if len(hits) > n:
            hits = hits[np.argpartition(-scores[hits], n)[:n]]
        top = float(scores[hits].max()) if len(hits) else 1.0
        return {int(row): float(scores[row]) / top for row in hits}

    def _candidates(self, rows: list[int]) -> Candidates:
        index = np.asarray(rows, dtype=np.int64)
        langs = [self.langs[code] for code in self._lang_codes[index]]
        lo, hi = self.sentence_rows[index], self.sentence_rows[index + 1]
        counts = hi - lo
        starts = np.cumsum(counts) - counts
        at = np.arange(int(counts.sum())) - np.repeat(starts - lo, counts)
        return Candidates(
            np.asarray(self.vectors[index]), langs, np.asarray(self.sentence_vectors[at]), counts
        )

    def _vector(self, row: int) -> np.ndarray:
        return np.asarray(self.vectors[row])

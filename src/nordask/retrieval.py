"""Hybrid retrieval: FAISS dense search and BM25, fused by score (or RRF).

Dense search carries cross-lingual questions (an English question finding a
Swedish passage); BM25 adds exact names, codes and figures ("G.1.b", "12,8
MDKK") that embeddings blur. Filters restrict both sides before ranking, so a
filtered search still returns k results when k exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nordask.centering import Centroids
from nordask.chunk_table import ChunkTable
from nordask.lexical import LexicalIndex
from nordask.query import states_amount
from nordask.settings import RetrievalSettings
from nordask.store import Manifest


@dataclass(frozen=True)
class Hit:
    row: int
    #: The fused score the ranking is by (see `RetrievalSettings`).
    score: float
    #: Similarity between the question and the passage (mixed with its best sentence).
    dense: float
    #: Similarity between the question and each sentence of the passage.
    sentence_scores: tuple[float, ...]


class Searcher:
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
        self.docs = self.chunks.docs
        self.langs = self.chunks.langs
        # Per-chunk codes: a filter is then one numpy comparison, not a loop over chunks.
        self._lang_codes = self.chunks.lang_codes
        self._doc_codes = self.chunks.doc_codes

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
    ) -> list[Hit]:
        """The top `k` distinct passages for the question (`qvec` as the model gives it).

        `wants_amount` (the question asks about money) prefers passages that state one."""
        qvec = self.centroids.center_query(qvec)
        mask = self.mask(lang, doc)
        n = min(settings.candidates, len(self.chunks))
        rows = self._dense(qvec, n, mask) if settings.dense_weight else []
        lexical = self._lexical(question, n, mask) if settings.lexical_weight else {}
        seen = set(rows)
        rows += [row for row in lexical if row not in seen]
        dense, sentences = self._similarities(rows, qvec, settings.sentence_weight)
        fused = _fuse(dense, lexical, settings)
        if settings.amount_weight and wants_amount:
            for row in fused:
                if states_amount(self.chunks[row].text):
                    fused[row] += settings.amount_weight
        order = sorted(fused, key=lambda r: (-fused[r], r))
        return self._distinct(order, fused, dense, sentences, settings, k)

    def hits_for(self, rows: list[int], qvec: np.ndarray, settings: RetrievalSettings) -> list[Hit]:
        """Hits for passages chosen by structure rather than by search (a goal's budget
        row), scored like any other so that their evidence can be picked."""
        qvec = self.centroids.center_query(qvec)
        dense, sentences = self._similarities(rows, qvec, settings.sentence_weight)
        return [
            Hit(row, dense[row], dense[row], tuple(float(x) for x in sentences[row]))
            for row in rows
        ]

    def _distinct(
        self,
        order: list[int],
        fused: dict[int, float],
        dense: dict[int, float],
        sentences: dict[int, np.ndarray],
        settings: RetrievalSettings,
        k: int,
    ) -> list[Hit]:
        """Drop passages nearly identical to a better-ranked one (repeated boilerplate)."""
        kept: list[Hit] = []
        kept_vectors: list[np.ndarray] = []
        for row in order:
            vec = np.asarray(self.vectors[row])
            if any(float(vec @ other) >= settings.duplicate_cosine for other in kept_vectors):
                continue
            kept.append(Hit(row, fused[row], dense[row], tuple(float(x) for x in sentences[row])))
            kept_vectors.append(vec)
            if len(kept) == k:
                break
        return kept

    def _similarities(
        self, rows: list[int], qvec: np.ndarray, sentence_weight: float
    ) -> tuple[dict[int, float], dict[int, np.ndarray]]:
        """Dense score of each passage, its own similarity mixed with its best sentence's,
        and its sentence scores; all candidates at once, without a numpy call per row
        (tests/test_fastpath.py holds it to a row-by-row computation)."""
        if not rows:
            return {}, {}
        index = np.asarray(rows, dtype=np.int64)
        langs = [self.langs[code] for code in self._lang_codes[index]]
        passages = self.centroids.center_passages(np.asarray(self.vectors[index]), langs) @ qvec
        lo, hi = self.sentence_rows[index], self.sentence_rows[index + 1]
        counts = hi - lo
        starts = np.cumsum(counts) - counts
        at = np.arange(int(counts.sum())) - np.repeat(starts - lo, counts)
        vectors = np.asarray(self.sentence_vectors[at])
        sentence_langs = np.repeat(np.asarray(langs), counts)
        for lang in set(langs):
            same = sentence_langs == lang
            vectors[same] = self.centroids.center_sentences(vectors[same], lang)
        sentences = dict(zip(rows, np.split(vectors @ qvec, starts[1:]), strict=True))
        dense = {}
        for row, passage in zip(rows, passages, strict=True):
            best = float(sentences[row].max()) if len(sentences[row]) else 0.0
            dense[row] = (1 - sentence_weight) * float(passage) + sentence_weight * best
        return dense, sentences


def _fuse(
    dense: dict[int, float], lexical: dict[int, float], settings: RetrievalSettings
) -> dict[int, float]:
    """Combine the two retrievers' scores for every candidate passage."""
    rows = dense.keys() | lexical.keys()
    if settings.fusion == "rrf":
        fused = dict.fromkeys(rows, 0.0)
        for weight, scores in ((settings.dense_weight, dense), (settings.lexical_weight, lexical)):
            ranked = sorted(scores, key=lambda r: (-scores[r], r)) if weight else []
            for rank, row in enumerate(ranked):
                fused[row] += weight / (settings.rrf_k + rank + 1)
        return fused
    return {
        row: settings.dense_weight * dense.get(row, 0.0)
        + settings.lexical_weight * lexical.get(row, 0.0)
        for row in rows
    }

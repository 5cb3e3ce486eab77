"""Hybrid retrieval: FAISS dense search and BM25, fused by weighted RRF.

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
from nordask.lexical import LexicalIndex
from nordask.records import Chunk
from nordask.settings import RetrievalSettings
from nordask.store import HNSW_EF_SEARCH, Manifest, read_chunks


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
        self.chunks: list[Chunk] = read_chunks(folder)
        self.vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        self.sentence_vectors = np.load(folder / "sentences.npy", mmap_mode="r")
        self.sentence_rows = np.load(folder / "sentence_rows.npy")
        self.dense = faiss.read_index(str(folder / "dense.faiss"))
        self.lexical = LexicalIndex(folder / "lexical")
        self.centroids = Centroids.load(folder)
        self.kind = manifest.dense_index
        self.docs = sorted({c.doc for c in self.chunks})
        self.langs = sorted({c.lang for c in self.chunks})

    def mask(self, lang: str | None, doc: str | None) -> np.ndarray | None:
        if not lang and not doc:
            return None
        return np.fromiter(
            ((not lang or c.lang == lang) and (not doc or c.doc == doc) for c in self.chunks),
            dtype=bool,
            count=len(self.chunks),
        )

    def _dense(
        self, qvec: np.ndarray, n: int, mask: np.ndarray | None, sentence_weight: float
    ) -> dict[int, float]:
        """Top-n passages by FAISS, rescored with their best sentence."""
        import faiss

        params = None
        if mask is not None:
            selector = faiss.IDSelectorBatch(np.flatnonzero(mask).astype("int64"))
            params = (
                faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, n))
                if self.kind == "hnsw"
                else faiss.SearchParameters(sel=selector)
            )
        elif self.kind == "hnsw":
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, n))
        _, ids = self.dense.search(qvec.reshape(1, -1), n, params=params)
        return {
            int(row): self._similarity(int(row), qvec, sentence_weight)
            for row in ids[0]
            if row >= 0
        }

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
    ) -> list[Hit]:
        """The top `k` distinct passages for the question (`qvec` as the model gives it)."""
        qvec = self.centroids.center_query(qvec)
        mask = self.mask(lang, doc)
        n = min(settings.candidates, len(self.chunks))
        w = settings.sentence_weight
        dense = self._dense(qvec, n, mask, w) if settings.dense_weight else {}
        lexical = self._lexical(question, n, mask) if settings.lexical_weight else {}
        for row in lexical.keys() - dense.keys():
            dense[row] = self._similarity(row, qvec, w)
        fused = _fuse(dense, lexical, settings)
        order = sorted(fused, key=lambda r: (-fused[r], r))
        return self._distinct(order, fused, dense, qvec, settings, k)

    def _distinct(
        self,
        order: list[int],
        fused: dict[int, float],
        dense: dict[int, float],
        qvec: np.ndarray,
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
            sentences = tuple(float(x) for x in self.sentence_scores(row, qvec))
            kept.append(Hit(row, fused[row], dense[row], sentences))
            kept_vectors.append(vec)
            if len(kept) == k:
                break
        return kept

    def sentence_scores(self, row: int, qvec: np.ndarray) -> np.ndarray:
        """Similarity of a centered question to each (centered) sentence of a passage."""
        lo, hi = self.sentence_rows[row], self.sentence_rows[row + 1]
        vectors = self.centroids.center_sentences(
            np.asarray(self.sentence_vectors[lo:hi]), self.chunks[row].lang
        )
        return vectors @ qvec

    def _similarity(self, row: int, qvec: np.ndarray, sentence_weight: float) -> float:
        """Dense score of one passage: its own similarity mixed with its best sentence's."""
        passage = self.centroids.center_passages(
            np.asarray(self.vectors[row : row + 1]), [self.chunks[row].lang]
        )[0]
        sentences = self.sentence_scores(row, qvec)
        best = float(sentences.max()) if len(sentences) else 0.0
        return (1 - sentence_weight) * float(passage @ qvec) + sentence_weight * best


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

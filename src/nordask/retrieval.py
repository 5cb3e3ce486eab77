"""Hybrid retrieval: FAISS dense search and BM25, fused by weighted RRF.

Dense search carries cross-lingual questions (an English question finding a
Swedish passage); BM25 adds exact names, codes and figures ("G.1.b", "12,8
MDKK") that embeddings blur. Filters restrict both sides before ranking, so a
filtered search still returns k results when k exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.lexical import LexicalIndex
from nordask.records import Chunk
from nordask.settings import RetrievalSettings
from nordask.store import HNSW_EF_SEARCH, Manifest, read_chunks

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Hit:
    row: int
    #: Fused score scaled to 0-1: 1 means ranked first by every retriever.
    score: float
    #: Similarity between the question and the passage (mixed with its best sentence).
    dense: float


class Searcher:
    """Read side of one index generation."""

    def __init__(self, folder: Path, manifest: Manifest) -> None:
        import faiss
        import numpy as np

        faiss.omp_set_num_threads(1)  # one query: threads only add overhead (see benchmarks)
        self.chunks: list[Chunk] = read_chunks(folder)
        self.vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        self.sentence_vectors = np.load(folder / "sentences.npy", mmap_mode="r")
        self.sentence_rows = np.load(folder / "sentence_rows.npy")
        self.dense = faiss.read_index(str(folder / "dense.faiss"))
        self.lexical = LexicalIndex(folder / "lexical")
        self.kind = manifest.dense_index
        self.docs = sorted({c.doc for c in self.chunks})
        self.langs = sorted({c.lang for c in self.chunks})

    def mask(self, lang: str | None, doc: str | None) -> np.ndarray | None:
        import numpy as np

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
        import numpy as np

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
        sims, ids = self.dense.search(qvec.reshape(1, -1), n, params=params)
        return {
            int(row): (1 - sentence_weight) * float(sim)
            + sentence_weight * self.best_sentence_score(int(row), qvec)
            for sim, row in zip(sims[0], ids[0], strict=True)
            if row >= 0
        }

    def _lexical(self, question: str, n: int, mask: np.ndarray | None) -> list[int]:
        import numpy as np

        scores = self.lexical.scores(question)
        if mask is not None:
            scores[~mask] = 0
        hits = np.flatnonzero(scores > 0)
        if len(hits) > n:
            hits = hits[np.argpartition(-scores[hits], n)[:n]]
        # Ties are broken by row so that runs are repeatable.
        return sorted(hits.tolist(), key=lambda r: (-scores[r], r))

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
        """The top `k` distinct passages for the question."""
        mask = self.mask(lang, doc)
        n = min(settings.candidates, len(self.chunks))
        dense = self._dense(qvec, n, mask, settings.sentence_weight)
        rankings = []
        if settings.dense_weight:
            rankings.append((settings.dense_weight, sorted(dense, key=lambda r: (-dense[r], r))))
        if settings.lexical_weight:
            rankings.append((settings.lexical_weight, self._lexical(question, n, mask)))
        fused: dict[int, float] = {}
        for weight, ranked in rankings:
            for rank, row in enumerate(ranked):
                fused[row] = fused.get(row, 0.0) + weight / (settings.rrf_k + rank + 1)
        best = (settings.dense_weight + settings.lexical_weight) / (settings.rrf_k + 1)
        order = sorted(fused, key=lambda r: (-fused[r], r))
        return self._distinct(order, fused, best, dense, qvec, settings, k)

    def _distinct(
        self,
        order: list[int],
        fused: dict[int, float],
        best: float,
        dense: dict[int, float],
        qvec: np.ndarray,
        settings: RetrievalSettings,
        k: int,
    ) -> list[Hit]:
        """Drop passages nearly identical to a better-ranked one (repeated boilerplate)."""
        import numpy as np

        kept: list[Hit] = []
        kept_vectors: list[np.ndarray] = []
        for row in order:
            vec = np.asarray(self.vectors[row])
            if any(float(vec @ other) >= settings.duplicate_cosine for other in kept_vectors):
                continue
            similarity = dense.get(row)
            if similarity is None:  # found by BM25 only
                w = settings.sentence_weight
                similarity = (1 - w) * float(vec @ qvec) + w * self.best_sentence_score(row, qvec)
            kept.append(Hit(row, fused[row] / best, similarity))
            kept_vectors.append(vec)
            if len(kept) == k:
                break
        return kept

    def sentence_scores(self, row: int, qvec: np.ndarray) -> np.ndarray:
        lo, hi = self.sentence_rows[row], self.sentence_rows[row + 1]
        return self.sentence_vectors[lo:hi] @ qvec

    def best_sentence_score(self, row: int, qvec: np.ndarray) -> float:
        scores = self.sentence_scores(row, qvec)
        return float(scores.max()) if len(scores) else 0.0

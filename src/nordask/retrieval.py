"""Hybrid retrieval: dense search and BM25, fused by score (or RRF).

Dense search carries cross-lingual questions (an English question finding a
Swedish passage); BM25 adds exact names, codes and figures ("G.1.b", "12,8
MDKK") that embeddings blur. Filters restrict both sides before ranking, so a
filtered search still returns k results when k exist.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nordask.centering import Centroids
from nordask.query import states_amount
from nordask.records import Chunk
from nordask.settings import RetrievalSettings


@dataclass(frozen=True)
class Hit:
    row: int
    #: The fused score the ranking is by (see `RetrievalSettings`).
    score: float
    #: Similarity between the question and the passage (mixed with its best sentence).
    dense: float
    #: Similarity between the question and each sentence of the passage.
    sentence_scores: tuple[float, ...]


@dataclass(frozen=True)
class Candidates:
    """Stored vectors of candidate passages, in the order asked for."""

    #: Passage vectors as stored (not centered), one row per passage.
    passages: np.ndarray
    langs: list[str]
    #: Every passage's sentence vectors one after the other, `counts[i]` for passage i.
    sentences: np.ndarray
    counts: np.ndarray


@dataclass
class Ranking:
    """How one search ranked its candidates: kept only when asked for (--explain), so an
    ordinary search pays nothing for it. Ranks are 1-based; None when a retriever did
    not return the passage."""

    #: Dense score of every candidate (the passage's similarity mixed with its best sentence's).
    dense: dict[int, float] = field(default_factory=dict)
    #: BM25 score of the passages the lexical retriever returned, divided by the best one.
    lexical: dict[int, float] = field(default_factory=dict)
    #: Fused score of every candidate, and the candidates by it, best first.
    fused: dict[int, float] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)

    def dense_rank(self, row: int) -> int | None:
        return _rank(self.dense, row)

    def lexical_rank(self, row: int) -> int | None:
        return _rank(self.lexical, row)

    def fused_rank(self, row: int) -> int | None:
        return self.order.index(row) + 1 if row in self.fused else None


def _rank(scores: dict[int, float], row: int) -> int | None:
    if row not in scores:
        return None
    return 1 + sum(1 for r, v in scores.items() if (-v, r) < (-scores[row], row))


class HybridSearch(ABC):
    """Ranking shared by every backend: a backend finds candidates and supplies their
    vectors and texts; scoring, fusion and de-duplication happen here, once."""

    centroids: Centroids

    @property
    @abstractmethod
    def passage_count(self) -> int: ...

    @abstractmethod
    def mask(self, lang: str | None, doc: str | None) -> Any:
        """The backend's form of a language/document filter (None: no filter)."""

    @abstractmethod
    def _dense(self, qvec: np.ndarray, n: int, mask: Any) -> list[int]:
        """Rows of the top-n passages for a centered question vector."""

    @abstractmethod
    def _lexical(self, question: str, n: int, mask: Any) -> dict[int, float]:
        """Top-n passages by words, scores divided by the best one (0-1)."""

    @abstractmethod
    def _candidates(self, rows: list[int]) -> Candidates: ...

    @abstractmethod
    def _vector(self, row: int) -> np.ndarray:
        """One passage's stored vector (for spotting near-duplicates)."""

    @abstractmethod
    def chunk(self, row: int) -> Chunk: ...

    def dense_search(
        self, qvec: np.ndarray, n: int, lang: str | None = None, doc: str | None = None
    ) -> list[int]:
        return self._dense(self.centroids.center_query(qvec), n, self.mask(lang, doc))

    def lexical_search(
        self, question: str, n: int, lang: str | None = None, doc: str | None = None
    ) -> dict[int, float]:
        return self._lexical(question, n, self.mask(lang, doc))

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
        """The top `k` distinct passages for the question (`qvec` as the model gives it).

        `wants_amount` (the question asks about money) prefers passages that state one.
        A `ranking` given is filled with every candidate's scores (for --explain)."""
        qvec = self.centroids.center_query(qvec)
        mask = self.mask(lang, doc)
        n = min(settings.candidates, self.passage_count)
        rows = self._dense(qvec, n, mask) if settings.dense_weight else []
        lexical = self._lexical(question, n, mask) if settings.lexical_weight else {}
        seen = set(rows)
        rows += [row for row in lexical if row not in seen]
        dense, sentences = self._similarities(rows, qvec, settings.sentence_weight)
        fused = _fuse(dense, lexical, settings)
        if settings.amount_weight and wants_amount:
            for row in fused:
                if states_amount(self.chunk(row).text):
                    fused[row] += settings.amount_weight
        order = sorted(fused, key=lambda r: (-fused[r], r))
        if ranking is not None:
            ranking.dense, ranking.lexical, ranking.fused, ranking.order = (
                dense,
                lexical,
                fused,
                order,
            )
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

    def raw_closeness(self, rows: list[int], qvec: np.ndarray) -> float:
        """The question's best similarity to these passages or any of their sentences,
        uncentered (`qvec` as the model gives it), to compare with vectors that have no
        language means (background.py)."""
        if not rows:
            return -1.0
        found = self._candidates(rows)
        best = float((found.passages @ qvec).max())
        return max(best, float((found.sentences @ qvec).max())) if len(found.sentences) else best

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
            vec = self._vector(row)
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
        found = self._candidates(rows)
        langs, counts = found.langs, found.counts
        passages = self.centroids.center_passages(found.passages, langs) @ qvec
        starts = np.cumsum(counts) - counts
        vectors = np.array(found.sentences)
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

"""Language centering: take the language out of the embeddings.

Multilingual embeddings carry a strong language component: an English question
lies closer to any English passage than to the Swedish passage that answers it.
Subtracting a share (`beta`) of each language's mean vector and renormalising
removes most of that bias (Libovický et al. 2020, "On the language neutrality of
pre-trained multilingual representations"). A question's language is the one
whose mean it lies closest to, so no language detector runs at query time.

Means are computed over the index itself, separately for passages and for
sentences, and pulled towards the overall mean for languages with few
passages so that a language with one passage does not lose its content.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: Pseudo-count: a language mean counts as if this many overall-mean vectors were added.
SHRINK = 10
FILE = "centroids.npz"


def _normalize(x: np.ndarray) -> np.ndarray:
    import numpy as np

    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.where(norms == 0, 1, norms)).astype(np.float32)


def _means(vectors: np.ndarray, langs: list[str], order: list[str]) -> np.ndarray:
    import numpy as np

    overall = vectors.mean(axis=0) if len(vectors) else np.zeros(vectors.shape[1])
    labels = np.asarray(langs)
    members = [vectors[labels == lang] for lang in order]
    return shrunk_means(overall, [m.sum(axis=0) for m in members], [len(m) for m in members])


def shrunk_means(overall: np.ndarray, sums: list[np.ndarray], counts: list[int]) -> np.ndarray:
    """Each language's mean pulled towards the overall mean (from per-language sums, as
    a database aggregates them)."""
    import numpy as np

    out = [(total + SHRINK * overall) / (n + SHRINK) for total, n in zip(sums, counts, strict=True)]
    return np.asarray(out, dtype=np.float32)


@dataclass(frozen=True)
class Centroids:
    langs: tuple[str, ...]
    passage: np.ndarray
    sentence: np.ndarray
    beta: float

    @classmethod
    def compute(
        cls,
        passage_vectors: np.ndarray,
        passage_langs: list[str],
        sentence_vectors: np.ndarray,
        sentence_langs: list[str],
        beta: float,
    ) -> Centroids:
        order = sorted(set(passage_langs))
        return cls(
            tuple(order),
            _means(passage_vectors, passage_langs, order),
            _means(sentence_vectors, sentence_langs, order),
            beta,
        )

    def _rows(self, langs: list[str]) -> list[int]:
        index = {lang: i for i, lang in enumerate(self.langs)}
        return [index[lang] for lang in langs]

    def center_passages(self, vectors: np.ndarray, langs: list[str]) -> np.ndarray:
        if not self.beta:
            return vectors
        return _normalize(vectors - self.beta * self.passage[self._rows(langs)])

    def center_sentences(self, vectors: np.ndarray, lang: str) -> np.ndarray:
        if not self.beta or not len(vectors):
            return vectors
        return _normalize(vectors - self.beta * self.sentence[self._rows([lang])[0]])

    def language_of(self, query: np.ndarray) -> str:
        import numpy as np

        return self.langs[int(np.argmax(_normalize(self.passage) @ query))]

    def center_query(self, query: np.ndarray) -> np.ndarray:
        if not self.beta:
            return query
        lang = self.langs.index(self.language_of(query))
        return _normalize(query - self.beta * self.passage[lang])

    def save(self, folder: Path) -> None:
        import numpy as np

        np.savez(
            folder / FILE,
            langs=np.asarray(self.langs),
            passage=self.passage,
            sentence=self.sentence,
            beta=np.float32(self.beta),
        )

    @classmethod
    def load(cls, folder: Path) -> Centroids:
        import numpy as np

        with np.load(folder / FILE) as data:
            return cls(
                tuple(str(x) for x in data["langs"]),
                data["passage"],
                data["sentence"],
                float(data["beta"]),
            )

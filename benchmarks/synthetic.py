"""Synthetic corpora for the scale benchmarks: clustered vectors and Zipfian text.

Vectors. A Gaussian mixture shaped like the bundled index's language-centered
passage vectors: every vector is `shared + center[cluster] + noise`, then
L2-normalised, with

- 4,096 cluster centers and Zipf-distributed cluster sizes (a few big topics,
  many small ones);
- an anisotropic spectrum (the variance of dimension i falls as 1/(i + 10)),
  as in real embeddings, instead of uniform random directions;
- variance shares 0.27 (shared), 0.33 (center) and 0.40 (noise), so that two
  random vectors have cosine ~0.27 and two vectors of one cluster ~0.6, as
  measured on the bundled corpus (random pairs: 0.27).

Queries are data points moved away by a noise vector of the same spectrum
(cosine ~0.6 to the point they came from), so they are near the data but not
on it; the bundled eval questions have cosine ~0.45 to their best passage.

Text. Documents of 60-180 words drawn from a Zipfian vocabulary (exponent 1.07,
200,000 words). As in real text, the head of the distribution is function words:
the 90 most frequent ranks are stopwords of the document's language (about half
of all tokens, which BM25 drops as it does for real text); the other ranks are
letters-only pseudo-words. Queries are 4-8 distinct words drawn from one
document, so they always match something and include frequent content words
(long posting lists).
"""

from __future__ import annotations

import numpy as np

DIM = 384
CLUSTERS = 4096
SHARES = (0.27, 0.33, 0.40)  # shared direction, cluster center, noise
QUERY_NOISE = 1.8  # |noise|^2 relative to a unit data vector: cosine ~0.6
VOCAB = 200_000
ZIPF_S = 1.07
_CHUNK = 50_000


def _normalize(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


class ClusteredVectors:
    """Deterministic generator of corpus and query vectors (see the module doc)."""

    def __init__(self, seed: int = 0, dim: int = DIM, clusters: int = CLUSTERS) -> None:
        rng = np.random.default_rng(seed)
        spectrum = 1.0 / (np.arange(dim) + 10.0)
        self.scale = np.sqrt(spectrum / spectrum.sum())  # E|scale * N(0, I)|^2 = 1
        shared, center, noise = SHARES
        direction = rng.standard_normal(dim) * self.scale
        self.shared = direction / np.linalg.norm(direction) * np.sqrt(shared)
        self.centers = rng.standard_normal((clusters, dim)) * self.scale * np.sqrt(center)
        weights = 1.0 / np.arange(1, clusters + 1) ** 0.8
        self.weights = weights / weights.sum()
        self.noise = np.sqrt(noise)
        self.dim = dim
        self.seed = seed

    def corpus(self, n: int) -> np.ndarray:
        out = np.empty((n, self.dim), dtype=np.float32)
        rng = np.random.default_rng(self.seed + 1)
        for start in range(0, n, _CHUNK):
            m = min(_CHUNK, n - start)
            labels = rng.choice(len(self.centers), m, p=self.weights)
            x = self.shared + self.centers[labels]
            x += rng.standard_normal((m, self.dim)) * self.scale * self.noise
            out[start : start + m] = _normalize(x)
        return out

    def queries(self, data: np.ndarray, n: int, seed: int = 7) -> np.ndarray:
        rng = np.random.default_rng(seed)
        rows = rng.choice(len(data), n, replace=False)
        noise = rng.standard_normal((n, self.dim)) * self.scale * np.sqrt(QUERY_NOISE)
        return _normalize(data[rows] + noise)


def zipf_words(n: int, rng: np.random.Generator) -> np.ndarray:
    """Word ranks (0 = most frequent) from a bounded Zipf distribution."""
    cdf = np.cumsum(1.0 / np.arange(1, VOCAB + 1) ** ZIPF_S)
    return np.searchsorted(cdf, rng.random(n) * cdf[-1])


def pseudo_word(rank: int) -> str:
    """A letters-only word per rank, unchanged by the Snowball stemmers in practice."""
    letters = "bcdfghjklmnpqrstvxz"
    vowels = "aeiouy"
    out, r = [], rank + 1
    while r:
        r, c = divmod(r, len(letters))
        r, v = divmod(r, len(vowels)) if r else (r, 0)
        out.append(letters[c] + vowels[v])
    return "".join(out) + "k"


STOPWORD_RANKS = 90


def documents(langs: list[str], seed: int = 3) -> list[str]:
    """One document per entry of `langs` (en, sv, da or no)."""
    from nordask.words import load_stopwords

    stop = {lang: sorted(words)[:STOPWORD_RANKS] for lang, words in load_stopwords().items()}
    rng = np.random.default_rng(seed)
    lengths = rng.integers(60, 181, len(langs))
    ranks = zipf_words(int(lengths.sum()), rng)
    vocab = [pseudo_word(r) for r in range(int(ranks.max()) + 1)]
    out, at = [], 0
    for lang, length in zip(langs, lengths, strict=True):
        head = stop[lang]
        out.append(
            " ".join(
                head[r % len(head)] if r < STOPWORD_RANKS else vocab[r]
                for r in ranks[at : at + length]
            )
        )
        at += length
    return out


def text_queries(docs: list[str], n: int, seed: int = 11) -> list[str]:
    rng = np.random.default_rng(seed)
    out = []
    for row in rng.choice(len(docs), n, replace=False):
        words = list(dict.fromkeys(docs[row].split()))
        take = min(len(words), int(rng.integers(4, 9)))
        out.append(" ".join(rng.choice(words, take, replace=False)))
    return out

"""The BM25 index: scoring, and writing and reading it (terms: tokenization.py).

Each chunk is stemmed with its own language's Snowball stemmer. A question's
language is not known, so every question word is expanded to its stems in all
four languages: one English question word can then match "kommittén" and
"komiteen" forms in the index.

The index is saved in bm25s's format (its "lucene" BM25 variant, k1 1.5, b 0.75)
but built and read with numpy alone. Importing bm25s costs 0.35-0.45 s (it pulls
in scipy): a cold `nordask ask` answers in about 0.4 s, and updating the index
after one edited file takes about 1.4 s, so neither can afford it. Building with
numpy is also faster: 100k synthetic chunks take 18 s where bm25s with the same
terms takes 25 s (benchmarks/README.md). tests/test_fastpath.py holds the index
and the scores to what bm25s itself builds and returns.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.backends.local.tokenization import tokenize_chunks
from nordask.words import Vocabulary, load_stopwords, query_terms

if TYPE_CHECKING:
    import numpy as np

_STOPWORDS_FILE = "stopwords.json"


#: bm25s's defaults, which the index was built with from the start.
K1, B = 1.5, 0.75


def build(texts: list[str], langs: list[str], folder: Path) -> None:
    """Build the BM25 index of the chunks (terms: tokenization.py) and save it to
    `folder` in bm25s's format."""
    import numpy as np

    stopwords = load_stopwords()
    tokens = tokenize_chunks(texts, langs, stopwords)
    vocab = tokens.vocab
    data, indices, indptr = _bm25_matrix(tokens.docs, tokens.terms, len(texts), len(vocab))
    np.save(folder / "data.csc.index.npy", data)
    np.save(folder / "indices.csc.index.npy", indices)
    np.save(folder / "indptr.csc.index.npy", indptr)
    vocab[""] = len(vocab)  # bm25s's "empty token", kept for format compatibility
    (folder / "vocab.index.json").write_text(json.dumps(vocab, ensure_ascii=False), "utf-8")
    params = {
        "k1": K1,
        "b": B,
        "delta": 0.5,
        "method": "lucene",
        "idf_method": "lucene",
        "dtype": "float32",
        "int_dtype": "int32",
        "num_docs": len(texts),
        "backend": "numpy",
    }
    (folder / "params.index.json").write_text(json.dumps(params, indent=4), "utf-8")
    (folder / _STOPWORDS_FILE).write_text(
        json.dumps({lang: sorted(words) for lang, words in stopwords.items()}, ensure_ascii=False),
        encoding="utf-8",
    )


def _bm25_matrix(
    docs: np.ndarray, terms: np.ndarray, n: int, vocab_size: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The chunks x terms BM25 weight matrix in CSC form (data, indices, indptr).

    `docs` and `terms` list every term occurrence, chunk by chunk. Weights are
    computed as bm25s computes them: idf in float32, the term-frequency part and
    the product in float64, stored as float32.
    """
    import numpy as np

    width = max(vocab_size, 1)
    lengths = np.bincount(docs, minlength=n)
    pairs, tf = np.unique(docs * width + terms, return_counts=True)
    doc, term = np.divmod(pairs, width)
    df = np.bincount(term, minlength=vocab_size)
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
    avg = lengths.mean() if n else 1.0
    tfc = tf / (K1 * ((1 - B) + B * lengths[doc] / avg) + tf)
    weights = (idf[term].astype(np.float64) * tfc).astype(np.float32)
    order = np.argsort(term, kind="stable")  # by term, then chunk (pairs are sorted by chunk)
    indptr = np.zeros(vocab_size + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    return weights[order], doc[order].astype(np.int32), indptr


class LexicalIndex(Vocabulary):
    """Read side of a saved BM25 index (numpy only)."""

    def __init__(self, folder: Path) -> None:
        import numpy as np

        self._data = np.load(folder / "data.csc.index.npy", mmap_mode="r")
        self._indices = np.load(folder / "indices.csc.index.npy", mmap_mode="r")
        self._indptr = np.load(folder / "indptr.csc.index.npy")
        self._vocab: dict[str, int] = json.loads(
            (folder / "vocab.index.json").read_text(encoding="utf-8")
        )
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        self.num_docs = int(params["num_docs"])
        stop = json.loads((folder / _STOPWORDS_FILE).read_text(encoding="utf-8"))
        self._stopwords = {lang: frozenset(words) for lang, words in stop.items()}
        self._sorted: list[str] | None = None

    def knows(self, token: str) -> bool:
        """Whether any chunk contains `token` (a number, or an already stemmed word)."""
        return token in self._vocab

    def stopwords(self) -> dict[str, frozenset[str]]:
        return self._stopwords

    def has_any(self, forms: Collection[str]) -> bool:
        return any(form in self._vocab for form in forms)

    def opens_any(self, prefixes: Collection[str]) -> bool:
        vocab = self._sorted_vocab()
        for prefix in prefixes:
            i = bisect_left(vocab, prefix)
            if i < len(vocab) and vocab[i].startswith(prefix):
                return True
        return False

    def _sorted_vocab(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._vocab)
        return self._sorted

    def terms(self, question: str) -> list[str]:
        return [t for t in query_terms(question, self._stopwords) if t in self._vocab]

    def scores(self, question: str) -> np.ndarray:
        """BM25 score of every chunk for `question` (0 where no term matches)."""
        import numpy as np

        scores = np.zeros(self.num_docs, dtype=np.float32)
        for term in self.terms(question):
            token = self._vocab[term]
            start, end = self._indptr[token], self._indptr[token + 1]
            # A term lists each chunk once, so plain fancy-index addition is exact.
            scores[self._indices[start:end]] += self._data[start:end]
        return scores

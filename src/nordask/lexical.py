"""Lexical (BM25) search with stemming for English and the Scandinavian languages.

Each chunk is stemmed with its own language's Snowball stemmer. A question's
language is not known, so every question word is expanded to its stems in all
four languages: one English question word can then match "kommittén" and
"komiteen" forms in the index.

The index is built and saved by bm25s. Importing bm25s costs about 0.5 s (it
pulls in scipy), so queries read its saved score matrix with numpy alone and
add up the same precomputed BM25 weights that bm25s would.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.settings import LANGUAGES

if TYPE_CHECKING:
    import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
_STEMMERS = {"en": "english", "sv": "swedish", "da": "danish", "no": "norwegian"}
_STOPWORD_LISTS = {
    "en": "STOPWORDS_EN",
    "sv": "STOPWORDS_SWEDISH",
    "da": "STOPWORDS_DANISH",
    "no": "STOPWORDS_NORWEGIAN",
}
_STOPWORDS_FILE = "stopwords.json"


@cache
def _stemmer(lang: str):
    import Stemmer

    return Stemmer.Stemmer(_STEMMERS[lang])


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if len(w) > 1 or w.isdigit()]


def doc_terms(text: str, lang: str, stopwords: dict[str, frozenset[str]]) -> list[str]:
    """Index terms of a chunk: stemmed in its language, stopwords dropped."""
    lang = lang if lang in _STEMMERS else "en"
    words = [w for w in _words(text) if w not in stopwords[lang]]
    return _stemmer(lang).stemWords(words)


def query_terms(text: str, stopwords: dict[str, frozenset[str]]) -> list[str]:
    """Terms of a question in any of the four languages, each stemmed every way."""
    every_stopword = frozenset().union(*stopwords.values())
    terms: dict[str, None] = {}
    for word in _words(text):
        if word in every_stopword:
            continue
        terms[word] = None
        for lang in LANGUAGES:
            terms[_stemmer(lang).stemWord(word)] = None
    return list(terms)


def load_stopwords() -> dict[str, frozenset[str]]:
    import bm25s.stopwords as lists

    return {lang: frozenset(getattr(lists, name)) for lang, name in _STOPWORD_LISTS.items()}


def build(texts: list[str], langs: list[str], folder: Path) -> None:
    """Build the BM25 index of the chunks and save it to `folder`."""
    import bm25s

    stopwords = load_stopwords()
    corpus = [doc_terms(text, lang, stopwords) for text, lang in zip(texts, langs, strict=True)]
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    retriever.save(str(folder), show_progress=False)
    (folder / _STOPWORDS_FILE).write_text(
        json.dumps({lang: sorted(words) for lang, words in stopwords.items()}, ensure_ascii=False),
        encoding="utf-8",
    )


class LexicalIndex:
    """Read side of a saved bm25s index (numpy only)."""

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

    def knows(self, token: str) -> bool:
        """Whether any chunk contains `token` (a number, or an already stemmed word)."""
        return token in self._vocab

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

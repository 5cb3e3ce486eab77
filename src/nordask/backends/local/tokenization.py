"""Chunks into BM25 terms: the words of each chunk in its own language, stopwords
dropped, Snowball-stemmed, numbered (bm25s keeps the same split: tokenization apart
from scoring)."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nordask.words import STEMMERS, WORD, stemmer

if TYPE_CHECKING:
    import numpy as np


@dataclass
class Tokenized:
    """Every indexed term occurrence, chunk by chunk: `docs[i]` holds term `terms[i]`;
    `vocab` numbers the stems."""

    docs: np.ndarray
    terms: np.ndarray
    vocab: dict[str, int]


def tokenize_chunks(
    texts: list[str], langs: list[str], stopwords: dict[str, frozenset[str]]
) -> Tokenized:
    """A chunk's terms are its words (of two or more letters, or digits) in its language
    (English when not en/sv/da/no), stopwords dropped, Snowball-stemmed. Each distinct
    word is looked up (filtered, stemmed, numbered) once per language rather than at
    every occurrence."""
    import numpy as np

    vocab: dict[str, int] = {}
    #: Per language: word -> term id, or -1 for a word that is not indexed.
    term_of: dict[str, dict[str, int]] = {}
    ids = array("q")
    counts = np.zeros(len(texts), dtype=np.int64)
    for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        lang = lang if lang in STEMMERS else "en"
        known = term_of.setdefault(lang, {})
        words = WORD.findall(text.casefold())
        new = [w for w in dict.fromkeys(words) if w not in known]
        if new:
            known.update(dict.fromkeys(new, -1))
            kept = [w for w in new if (len(w) > 1 or w.isdigit()) and w not in stopwords[lang]]
            for word, stem in zip(kept, stemmer(lang).stemWords(kept), strict=True):
                known[word] = vocab.setdefault(stem, len(vocab))
        counts[i] = len(words)
        ids.extend(map(known.__getitem__, words))
    terms = np.frombuffer(ids, dtype=np.int64)
    docs = np.repeat(np.arange(len(texts), dtype=np.int64), counts)[terms >= 0]
    return Tokenized(docs, terms[terms >= 0], vocab)

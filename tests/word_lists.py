"""A corpus's words without an index, for tests of the policy's word checks."""

from __future__ import annotations

from collections.abc import Collection

from nordask.words import Vocabulary, load_stopwords


class WordList(Vocabulary):
    """A corpus that stores the words given, as they are. `lenient` counts a word as known
    when its first five letters open one of them, as the backends' prefix test does
    ("Harbo" in "harbourmaster"); a sister language's spelling is found as the backends
    find it (`Vocabulary.knows_cognate`)."""

    def __init__(self, *words: str, lenient: bool = False) -> None:
        self.vocabulary = frozenset(words)
        self.lenient = lenient

    def stopwords(self) -> dict[str, frozenset[str]]:
        return load_stopwords()

    def has_any(self, forms: Collection[str]) -> bool:
        return any(form in self.vocabulary for form in forms)

    def opens_any(self, prefixes: Collection[str]) -> bool:
        return any(w.startswith(p) for w in self.vocabulary for p in prefixes)

    def knows(self, term: str) -> bool:
        return term in self.vocabulary

    def knows_word(self, word: str) -> bool:
        if self.lenient:
            return any(w.startswith(word.casefold()[:5]) for w in self.vocabulary)
        return word.casefold() in self.vocabulary

    def has_word(self, word: str) -> bool:
        return word.casefold() in self.vocabulary

    def coverage(self, question: str) -> float:
        return 0.5

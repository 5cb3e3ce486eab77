"""A corpus's words without an index, for tests of the policy's word checks."""

from __future__ import annotations

from nordask.words import cognate_prefixes


class WordList:
    """A corpus that has the words given. `lenient` counts a word as known when its first
    five letters open one of them, as the backends' prefix test does ("Harbo" in
    "harbourmaster"); a sister language's spelling is found as the backends find it."""

    def __init__(self, *words: str, lenient: bool = False) -> None:
        self.vocabulary = frozenset(words)
        self.lenient = lenient

    def knows(self, term: str) -> bool:
        return term in self.vocabulary

    def knows_word(self, word: str) -> bool:
        if self.lenient:
            return any(w.startswith(word.casefold()[:5]) for w in self.vocabulary)
        return word.casefold() in self.vocabulary

    def has_word(self, word: str) -> bool:
        return word.casefold() in self.vocabulary

    def knows_cognate(self, word: str) -> bool:
        prefixes = cognate_prefixes(word)
        return any(w.startswith(p) for w in self.vocabulary for p in prefixes)

    def coverage(self, question: str) -> float:
        return 0.5

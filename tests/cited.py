"""Citing chosen sentences of real chunks, for tests that compose an answer from the
passages a search would have found without running one."""

from __future__ import annotations

from nordask.passages import Support
from nordask.records import Chunk


def supports_holding(chunks: list[Chunk], *said: str) -> list[Support]:
    """The sentence that holds each of `said`, cited in that order, best first."""
    found = []
    for n, words in enumerate(said):
        chunk, i = next(
            (chunk, i)
            for chunk in chunks
            for i, (a, b) in enumerate(chunk.sentences)
            if words in chunk.text[a:b]
        )
        found.append(Support(n + 1, chunk, i, 0.9 - n / 10))
    return found

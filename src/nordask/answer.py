"""Extractive answers: the best-supported sentences, with [n] markers.

No language model writes anything: every word of an answer is a sentence
from a cited passage, or an actor name found in one. The supporting sentence
of each passage is the one closest to the question in the embedding space,
which works across languages.
"""

from __future__ import annotations

from dataclasses import dataclass

from nordask.entities import asks_for_actors, find_actors
from nordask.records import Chunk, Citation

#: Sentences this close to the best one also go into the answer.
SENTENCE_MARGIN = 0.03
MAX_ANSWER_SENTENCES = 3
MAX_ACTORS = 8
_MIN_SENTENCE_CHARS = 25


@dataclass(frozen=True)
class Evidence:
    citation: int  # the citation's number n
    text: str
    score: float


def best_sentence(chunk: Chunk, scores: list[float]) -> tuple[int, float]:
    """Index and score of the supporting sentence; very short fragments rank last."""
    best, best_score = 0, float("-inf")
    for i, (start, end) in enumerate(chunk.sentences):
        score = scores[i] - (0.05 if end - start < _MIN_SENTENCE_CHARS else 0.0)
        if score > best_score:
            best, best_score = i, score
    return best, best_score


def compose(
    question: str, citations: list[Citation], scores: list[float], answered: bool
) -> tuple[str, list[str]]:
    """Answer text and actor names from the citations' evidence sentences.

    `scores[i]` is the question-to-evidence similarity of `citations[i]`.
    """
    if not answered:
        return (
            "The corpus does not seem to answer this question. The closest passages are "
            "listed below, marked as weak.",
            [],
        )
    ranked = sorted(zip(citations, scores, strict=True), key=lambda cs: -cs[1])
    top = ranked[0][1]
    chosen: list[Evidence] = []
    for citation, score in ranked:
        if score < top - SENTENCE_MARGIN and chosen:
            break
        if len(chosen) == MAX_ANSWER_SENTENCES:
            break
        chosen.append(Evidence(citation.n, citation.evidence, score))
    markers: dict[str, list[int]] = {}
    for ev in chosen:
        markers.setdefault(ev.text, []).append(ev.citation)
    body = " ".join(f"{text} {_marks(ns)}" for text, ns in markers.items())
    if not asks_for_actors(question):
        return body, []
    actors: dict[str, list[int]] = {}
    for citation, score in ranked:
        if score < top - 2 * SENTENCE_MARGIN:
            break
        for name in find_actors(citation.evidence):
            actors.setdefault(name, []).append(citation.n)
    names = list(actors)[:MAX_ACTORS]
    if not names:
        return body, []
    listing = "; ".join(f"{name} {_marks(actors[name])}" for name in names)
    return f"{listing}.\n\n{body}", names


def _marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in sorted(set(numbers)))

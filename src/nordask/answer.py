"""Extractive answers: the best-supported sentences, with [n] markers.

No language model writes anything: every word of an answer is a sentence
from a cited passage, or an actor name found in one. The supporting sentence
of each passage is the one closest to the question in the embedding space,
which works across languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nordask.answer_types import states_amount
from nordask.entities import asks_for_actors, find_actors
from nordask.records import Chunk, Citation

#: Evidence this close to the best citation's also goes into the answer.
SENTENCE_MARGIN = 0.08
MAX_ANSWER_SENTENCES = 3
#: How many of the quoted pieces of evidence come with their neighbouring sentences.
WIDENED = 2
#: How many of the best-ranked citations the answer may quote.
ANSWER_FROM = 5
MAX_ACTORS = 8
#: Actors are taken from evidence this close to the best.
ACTOR_MARGIN = 0.06
#: Weight of the share of question words a sentence contains (names, figures, codes).
LEXICAL_BONUS = 0.2
_SHORT_PENALTY = 0.05
_MIN_SENTENCE_CHARS = 25
#: A sentence shorter than this (a heading, a table label) takes its neighbour along.
_CONTEXT_CHARS = 60
#: How much a sentence with an amount gains when the question asks for one.
AMOUNT_BONUS = 0.1
_LEANS_BACK = re.compile(
    r"^(?:it|this|these|they|its|their|the project|det|den|detta|dessa|de|dette|disse)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Evidence:
    citation: int  # the citation's number n
    text: str
    score: float


def rank_sentences(chunk: Chunk, semantic: Sequence[float], wants_amount: bool) -> list[float]:
    """Support score of each sentence.

    Meaning first; for questions about money, sentences that state an amount
    ("Budget: 20 000 euro", "12,8 MDKK") first among near equals, since such
    lines are short and embed poorly. Fragments shorter than a clause rank last.
    (A bonus for sharing the question's words was measured on evals/dev.jsonl
    and did not help.)
    """
    scores = []
    for (start, end), sim in zip(chunk.sentences, semantic, strict=True):
        text = chunk.text[start:end]
        if wants_amount and states_amount(text):
            sim += AMOUNT_BONUS
        elif end - start < _MIN_SENTENCE_CHARS:
            sim -= _SHORT_PENALTY
        scores.append(sim)
    return scores


def best_sentence(scores: Sequence[float]) -> tuple[int, float]:
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return best, scores[best]


def window(chunk: Chunk, index: int, span: tuple[int, int]) -> str:
    """`span` (a sentence's evidence) widened by one sentence on each side."""
    lo = chunk.sentences[max(0, index - 1)][0]
    hi = chunk.sentences[min(len(chunk.sentences) - 1, index + 1)][1]
    return " ".join(chunk.text[min(lo, span[0]) : max(hi, span[1])].split())


def evidence_span(chunk: Chunk, index: int) -> tuple[int, int]:
    """The sentence, with its neighbour when it cannot stand alone.

    A heading or table label ("Økonomi 5 MDKK ...") takes the next sentence;
    a sentence that leans on the previous one ("It will provide ...") takes
    that one.
    """
    start, end = chunk.sentences[index]
    text = chunk.text[start:end]
    if _LEANS_BACK.match(text) and index > 0:
        start = chunk.sentences[index - 1][0]
    elif (len(text) < _CONTEXT_CHARS or text.endswith(":")) and index + 1 < len(chunk.sentences):
        end = chunk.sentences[index + 1][1]
    return start, end


def compose(
    question: str,
    citations: list[Citation],
    scores: list[float],
    abstain: str | None,
    windows: list[str],
) -> tuple[str, list[str]]:
    """Answer text and actor names from the citations' evidence sentences.

    `scores[i]` is the question-to-evidence similarity of `citations[i]`, and
    `windows[i]` its evidence with the sentences on either side: the best
    `WIDENED` pieces of evidence are quoted with them, since the asked-for name or
    figure often sits next to the sentence that matches the question best (on
    evals/dev.jsonl this lifts answer-term accuracy from 0.55 to 0.72).
    `abstain` says why the corpus does not answer, when it does not.
    """
    if abstain:
        return (
            f"The corpus does not seem to answer this question ({abstain}). "
            "The closest passages are listed below, marked as weak.",
            [],
        )
    # The answer is drawn from the best-ranked passages only, whatever k is.
    pairs = list(zip(citations, scores, strict=True))[:ANSWER_FROM]
    ranked = sorted(pairs, key=lambda cs: -cs[1])
    top = ranked[0][1]
    chosen: list[Evidence] = []
    for citation, score in ranked:
        if score < top - SENTENCE_MARGIN and chosen:
            break
        if len(chosen) == MAX_ANSWER_SENTENCES:
            break
        text = windows[citation.n - 1] if len(chosen) < WIDENED else citation.evidence
        chosen.append(Evidence(citation.n, text, score))
    markers: dict[str, list[int]] = {}
    for ev in chosen:
        markers.setdefault(ev.text, []).append(ev.citation)
    body = " ".join(f"{text} {_marks(ns)}" for text, ns in markers.items())
    if not asks_for_actors(question):
        return body, []
    actors: dict[str, list[int]] = {}
    for citation, score in ranked:
        if score < top - ACTOR_MARGIN:
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

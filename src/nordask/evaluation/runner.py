"""Run an eval set through the public API and judge every answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from nordask.assistant import Assistant
from nordask.errors import InputError
from nordask.evaluation import metrics
from nordask.evaluation.evalset import Question, Relevant, normalize
from nordask.records import Answer, Chunk, Citation


def phrase_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Where `phrase` occurs in `text`, ignoring case and runs of whitespace."""
    words = phrase.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def matches(rel: Relevant, doc: str, text: str) -> bool:
    return doc == rel.doc and normalize(rel.contains) in normalize(text)


@dataclass
class Judged:
    question: Question
    answer: Answer
    passage_lang: str | None
    matched_ranks: list[int | None] = field(default_factory=list)
    #: The same ranks in the order search gave the sources, before they were numbered in
    #: the order the answer cites them (numbering.py).
    searched_ranks: list[int | None] = field(default_factory=list)
    gains: list[int] = field(default_factory=list)
    page_ok: bool | None = None
    evidence_ok: bool | None = None
    terms_ok: bool | None = None

    @property
    def first_relevant(self) -> int | None:
        ranks = [r for r in self.matched_ranks if r is not None]
        return min(ranks) if ranks else None

    @property
    def cross_lingual(self) -> bool | None:
        if not self.passage_lang:
            return None
        return self.passage_lang != self.question.lang

    @property
    def abstained(self) -> bool:
        return not self.answer.answered


def passage_language(question: Question, chunks: Sequence[Chunk]) -> str | None:
    """Language of the passage that answers the question, read from the index."""
    for rel in question.relevant:
        for chunk in chunks:
            if matches(rel, chunk.doc, chunk.text):
                return chunk.lang
    return None


def judge(question: Question, answer: Answer, chunks: Sequence[Chunk]) -> Judged:
    judged = Judged(question, answer, passage_language(question, chunks))
    if not question.answerable:
        return judged
    cites = answer.citations
    found: set[int] = set()
    for citation in cites:
        hit = next(
            (
                i
                for i, rel in enumerate(question.relevant)
                if i not in found and matches(rel, citation.doc, citation.text)
            ),
            None,
        )
        judged.gains.append(0 if hit is None else 1)
        if hit is not None:
            found.add(hit)
    judged.matched_ranks = [
        next((c.n for c in cites if matches(rel, c.doc, c.text)), None) for rel in question.relevant
    ]
    searched = _searched_places(answer)
    judged.searched_ranks = [
        min((searched[c.n] for c in cites if matches(rel, c.doc, c.text)), default=None)
        for rel in question.relevant
    ]
    first = _first_relevant_citation(question, cites)
    if first is not None:
        citation, rel = first
        if rel.page is not None:
            judged.page_ok = citation.page == rel.page
        span = phrase_span(citation.text, rel.contains)
        start, end = citation.evidence_span
        judged.evidence_ok = bool(span and span[0] < end and start < span[1])
    if question.answer_terms:
        said = normalize(answer.answer + " " + " ".join(answer.entities))
        judged.terms_ok = all(normalize(t) in said for t in question.answer_terms)
    return judged


def _searched_places(answer: Answer) -> dict[int, int]:
    """Each citation's place in the order search gave it, read from the explanation
    (its own number where there is none, or the answer's order left it in place)."""
    traces = answer.explain.citations if answer.explain else []
    places = {t.n: t.searched_rank for t in traces if t.searched_rank is not None}
    return {c.n: places.get(c.n, c.n) for c in answer.citations}


def _first_relevant_citation(
    question: Question, cites: Sequence[Citation]
) -> tuple[Citation, Relevant] | None:
    for citation in cites:
        for rel in question.relevant:
            if matches(rel, citation.doc, citation.text):
                return citation, rel
    return None


def run(
    assistant: Assistant,
    questions: Sequence[Question],
    k: int,
    progress: Callable[[int, int], None] | None = None,
) -> list[Judged]:
    known = set(assistant.documents)

    def passages_of(doc: str) -> list[Chunk]:
        return assistant.backend.passages(doc) if doc in known else []

    judged = []
    for i, question in enumerate(questions, start=1):
        answer = ask_or_refuse(assistant, question.question, k, explain=True)
        chunks = [c for doc in {r.doc for r in question.relevant} for c in passages_of(doc)]
        judged.append(judge(question, answer, chunks))
        if progress:
            progress(i, len(questions))
    return judged


def ask_or_refuse(assistant: Assistant, question: str, k: int, explain: bool = False) -> Answer:
    """The answer, or a refusal when the question itself is refused ("?!?...,;"):
    an eval set may hold such input on purpose, as an unanswerable question. With
    `explain`, the answer says the place search gave each source."""
    try:
        return assistant.ask(question, k=k, explain=explain)
    except InputError as exc:
        return Answer.rejected(question, str(exc))


def summarize(judged: Sequence[Judged], k: int) -> dict[str, float | int | None]:
    """Every metric for one group of judged questions."""
    answerable = [j for j in judged if j.question.answerable]
    latencies = [j.answer.timings_ms.get("total", 0.0) for j in judged]
    abstention_precision, abstention_recall = abstention(judged)
    ranks = [j.first_relevant for j in answerable]
    searched = [
        min((r for r in j.searched_ranks if r is not None), default=None) for j in answerable
    ]

    def share(flags: list[bool | None]) -> float | None:
        return metrics.mean([1.0 if f else 0.0 for f in flags if f is not None])

    return {
        "questions": len(judged),
        "answerable": len(answerable),
        "recall@1": metrics.mean([metrics.recall_at(j.matched_ranks, 1) for j in answerable]),
        "recall@5": metrics.mean([metrics.recall_at(j.matched_ranks, 5) for j in answerable]),
        f"recall@{k}": metrics.mean([metrics.recall_at(j.matched_ranks, k) for j in answerable]),
        f"mrr@{k}": metrics.mean([metrics.reciprocal_rank(rank, k) for rank in ranks]),
        "search_recall@5": metrics.mean(
            [metrics.recall_at(j.searched_ranks, 5) for j in answerable]
        ),
        f"search_mrr@{k}": metrics.mean([metrics.reciprocal_rank(rank, k) for rank in searched]),
        f"ndcg@{k}": metrics.mean(
            [metrics.ndcg_at(j.gains, len(j.question.relevant), k) for j in answerable]
        ),
        "page_accuracy": share([j.page_ok for j in answerable]),
        "evidence_accuracy": share([j.evidence_ok for j in answerable]),
        "answer_term_accuracy": share([j.terms_ok for j in answerable]),
        "abstention_precision": abstention_precision,
        "abstention_recall": abstention_recall,
        "latency_p50_ms": metrics.percentile(latencies, 50),
        "latency_p95_ms": metrics.percentile(latencies, 95),
    }


def abstention(judged: Sequence[Judged]) -> tuple[float | None, float | None]:
    """Precision (abstentions that were right) and recall (unanswerable questions
    abstained on) of abstaining; None where there is nothing to divide by."""
    abstained = [j for j in judged if j.abstained]
    unanswerable = [j for j in judged if not j.question.answerable]
    right = sum(1 for j in abstained if not j.question.answerable)
    return (
        right / len(abstained) if abstained else None,
        right / len(unanswerable) if unanswerable else None,
    )


def groups(judged: Sequence[Judged]) -> dict[str, list[Judged]]:
    """The breakdowns every report shows: all, per question language, cross vs same."""
    result: dict[str, list[Judged]] = {"all": list(judged)}
    for lang in sorted({j.question.lang for j in judged}):
        result[f"lang={lang}"] = [j for j in judged if j.question.lang == lang]
    result["cross-lingual"] = [j for j in judged if j.cross_lingual is True]
    result["same-language"] = [j for j in judged if j.cross_lingual is False]
    return {name: members for name, members in result.items() if members}

"""Why this answer: what the question was taken to ask, how each cited passage was
scored and ranked, why the answer was given or refused, and how long each step took.

`Assistant.ask(..., explain=True)` fills `Answer.explain`; the CLI (`--explain`) and
the TUI show it with `format_explain`, `--json` carries `Explain.to_json()`. Nothing
here runs unless asked for: an ordinary `ask` does not record a `Ranking`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from nordask.passages import Support
from nordask.policy import Decision
from nordask.query import Intent
from nordask.records import Answer, Chunk, TableRow
from nordask.retrieval import Hit, Ranking
from nordask.safe_text import safe_answer
from nordask.settings import RetrievalSettings

#: The thresholds of `RetrievalSettings` that the abstain-or-answer policy reads.
POLICY_THRESHOLDS = (
    "min_dense",
    "min_relevance",
    "coverage_weight",
    "name_check_below",
    "everyday_margin",
)
#: The settings that say how dense and word search were fused.
FUSION_SETTINGS = ("fusion", "dense_weight", "lexical_weight", "sentence_weight", "candidates")


@dataclass(frozen=True)
class CitationTrace:
    """How citation `n` was scored and ranked."""

    n: int
    #: The passage's similarity to the question, mixed with its best sentence's.
    dense: float
    #: The evidence sentence's similarity to the question, and its support score after
    #: the intent's preferences (an amount for a money question, a definition, ...).
    sentence: float
    support: float
    #: BM25 score divided by the best one (None: word search did not return it).
    lexical: float | None
    #: The question's stemmed terms the passage holds.
    terms: list[str]
    dense_rank: int | None
    lexical_rank: int | None
    #: The fused score the ranking is by, and the passage's place in the fused order
    #: (before near-duplicates were dropped and table rows pinned).
    fused: float
    fused_rank: int | None
    #: Placed first because a table row answers the question (not ranked by search).
    pinned: bool
    #: Its number before the sources were put in the order the answer cites them
    #: (numbering.py); None when that order left it in place.
    searched_rank: int | None = None


@dataclass(frozen=True)
class DecisionTrace:
    """Why the answer was given or refused: the policy's numbers and its thresholds."""

    answered: bool
    #: The check that refused ("min_dense", "min_relevance", "name_check_below", "everyday",
    #: "years", "goal", "amount", "person", "date", "passages"), None when none did.
    refused_by: str | None
    reason: str | None
    dense: float | None
    coverage: float | None
    relevance: float | None
    unknown_names: list[str]
    thresholds: dict[str, float]
    #: The question's best similarity to the everyday background and to the cited
    #: passages (background.py); None before `nordask index` embedded the background.
    everyday: float | None = None
    corpus: float | None = None
    #: The corpus overview answered (a question about the corpus itself), not a passage.
    from_overview: bool = False


@dataclass(frozen=True)
class Explain:
    """Everything `--explain` shows; `to_json` is the `explain` object of `--json`."""

    #: What was searched for (the interpreted question for a follow-up).
    query: str
    intent: Intent
    retrieval: dict[str, Any]
    citations: list[CitationTrace]
    decision: DecisionTrace
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        intent = {key: value for key, value in asdict(self.intent).items() if key != "question"}
        return {
            "query": self.query,
            "intent": {"summary": self.intent.describe(), **intent, "years": list(intent["years"])},
            "retrieval": dict(self.retrieval),
            "citations": [_rounded(asdict(c)) for c in self.citations],
            "decision": _rounded(asdict(self.decision)),
            "timings_ms": {key: round(value, 2) for key, value in self.timings_ms.items()},
        }


def trace(
    intent: Intent,
    cited: Iterable[tuple[Hit, Support]],
    rows: Sequence[tuple[int, TableRow]],
    ranking: Ranking,
    decision: Decision,
    *,
    query: str,
    terms: Callable[[Chunk], list[str]],
    settings: RetrievalSettings,
    timings: dict[str, float],
) -> Explain:
    """The explanation of one answer: `cited` pairs each cited passage's hit with its
    supporting sentence, `rows` are the table rows (by the index row of their passage)
    placed first, `terms(chunk)` gives the question's terms a passage holds."""
    pinned = {chunk_row for chunk_row, _ in rows}
    citations = [
        CitationTrace(
            n=support.n,
            dense=hit.dense,
            sentence=hit.sentence_scores[support.sentence],
            support=support.score,
            lexical=ranking.lexical.get(hit.row),
            terms=terms(support.chunk),
            dense_rank=ranking.dense_rank(hit.row),
            lexical_rank=ranking.lexical_rank(hit.row),
            fused=hit.score,
            fused_rank=ranking.fused_rank(hit.row),
            pinned=hit.row in pinned,
        )
        for hit, support in cited
    ]
    found = decision.found
    verdict = DecisionTrace(
        answered=decision.refusal is None and (bool(citations) or intent.corpus is not None),
        refused_by=decision.refusal.check if decision.refusal else None,
        reason=decision.reason,
        dense=found.dense if found else None,
        coverage=found.coverage if found else None,
        relevance=found.relevance if found else None,
        unknown_names=list(decision.unknown_names),
        thresholds={name: getattr(settings, name) for name in POLICY_THRESHOLDS},
        everyday=decision.everyday.background if decision.everyday else None,
        corpus=decision.everyday.corpus if decision.everyday else None,
        from_overview=intent.corpus is not None,
    )
    retrieval = {name: getattr(settings, name) for name in FUSION_SETTINGS}
    return Explain(query, intent, retrieval, citations, verdict, timings)


def format_explain(answer: Answer) -> str:
    """`answer.explain` as plain text (the CLI's `--explain`, the TUI's explain view);
    "" when the answer was asked for without an explanation."""
    explain = answer.explain
    if explain is None:
        return ""
    answer = safe_answer(answer)
    lines = ["Why this answer", f"  intent: {_intent_line(explain.intent)}"]
    if explain.query != answer.question:
        lines.append(f"  searched for: {explain.query}")
    lines.append(f"  ranking: {_fusion_line(explain.retrieval)}")
    by_n = {c.n: c for c in answer.citations}
    for c in explain.citations:
        lines += ["", *_citation_lines(c, by_n.get(c.n))]
    lines += ["", *_decision_lines(explain.decision)]
    timings = " · ".join(f"{key} {value:.1f} ms" for key, value in explain.timings_ms.items())
    lines += ["", f"Timings: {timings}"]
    return "\n".join(lines)


def _intent_line(intent: Intent) -> str:
    extra = []
    if intent.superlative:
        extra.append("a comparison (largest/smallest)")
    if intent.subject:
        extra.append(f"about “{intent.subject}”")
    return intent.describe() + (f" — {', '.join(extra)}" if extra else "")


def _fusion_line(retrieval: dict[str, Any]) -> str:
    how = (
        f"{retrieval['dense_weight']:g} × dense + {retrieval['lexical_weight']:g} × lexical"
        if retrieval["fusion"] == "score"
        else "reciprocal rank fusion of dense and lexical"
    )
    return (
        f"{how} over {retrieval['candidates']} candidates; dense = passage mixed with its "
        f"best sentence ({retrieval['sentence_weight']:g})"
    )


def _citation_lines(c: CitationTrace, citation: Any) -> list[str]:
    head = f"[{c.n}] {citation.doc} · {citation.lang}" if citation is not None else f"[{c.n}]"
    if c.pinned:
        place = f"pinned first: a table row answers the question (final rank {_placed(c)})"
    else:
        place = f"fused {c.fused:.3f}, rank {_rank(c.fused_rank)} → final rank {_placed(c)}"
    lexical = (
        f"lexical {c.lexical:.3f} (rank {_rank(c.lexical_rank)})"
        if c.lexical is not None
        else "lexical — (not among the word matches)"
    )
    return [
        head,
        f"    dense {c.dense:.3f} (rank {_rank(c.dense_rank)}) · {lexical}",
        f"    {place}",
        f"    evidence sentence {c.sentence:.3f} (support {c.support:.3f})",
        f"    matched terms: {', '.join(c.terms) if c.terms else '(none)'}",
    ]


def _decision_lines(d: DecisionTrace) -> list[str]:
    t = d.thresholds
    if d.dense is None or d.relevance is None or d.coverage is None:
        numbers = "no passage to judge"
    else:
        numbers = (
            f"dense {d.dense:.3f} (min_dense {t['min_dense']:g}) · relevance {d.relevance:.3f} "
            f"= dense + {t['coverage_weight']:g} × coverage {d.coverage:.3f} "
            f"(min_relevance {t['min_relevance']:g})"
        )
    lines = [f"Decision: {'answered' if d.answered else 'refused'}", f"  {numbers}"]
    if d.unknown_names:
        lines.append(
            f"  names the corpus never mentions: {', '.join(d.unknown_names)} "
            f"(refused when dense < name_check_below {t['name_check_below']:g})"
        )
    if d.everyday is not None and d.corpus is not None:
        lines.append(
            f"  everyday background {d.everyday:.3f} vs cited passages {d.corpus:.3f} "
            f"(refused when closer by more than everyday_margin {t['everyday_margin']:g}, "
            f"dense < name_check_below {t['name_check_below']:g} and coverage < 1)"
        )
    else:
        lines.append("  everyday check off: run `nordask index` to embed its background")
    if d.refused_by:
        lines.append(f"  refused by {d.refused_by}: {d.reason}")
    elif d.from_overview:
        lines.append("  answered from the corpus overview (a question about the corpus itself)")
    elif d.answered:
        lines.append("  no check refused: relevance, names, years, goals and the kind of answer")
    return lines


def _placed(c: CitationTrace) -> str:
    if c.searched_rank is None:
        return str(c.n)
    return f"{c.searched_rank} · shown as [{c.n}], the order the answer cites its sources in"


def _rank(rank: int | None) -> str:
    return str(rank) if rank is not None else "—"


def _rounded(data: dict[str, Any]) -> dict[str, Any]:
    return {
        key: round(value, 4) if isinstance(value, float) else value for key, value in data.items()
    }

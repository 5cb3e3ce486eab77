"""Why this answer (`--explain`): the explanation's fields with the real model on the
bundled corpus, the CLI's text and JSON, and `format_explain` on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nordask.cli import main
from nordask.explain import CitationTrace, DecisionTrace, Explain, format_explain
from nordask.query import parse
from nordask.records import Answer, Citation
from nordask.retrieval import Ranking
from nordask.settings import LANGUAGES
from nordask.words import stemmer, words

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
THRESHOLDS = {
    "min_dense": 0.2,
    "min_relevance": 0.345,
    "coverage_weight": 0.2,
    "name_check_below": 0.4,
}
RETRIEVAL = {
    "fusion": "score",
    "dense_weight": 1.0,
    "lexical_weight": 0.03,
    "sentence_weight": 0.4,
    "candidates": 50,
}


# --- format_explain and the JSON object, on hand-made explanations (fast) ---------------


def _citation(n: int, doc: str = "plan.pdf") -> Citation:
    return Citation(n, doc, "Plan", 3, "sv", 0.5, "Budget 7 MDKK.", "Budget 7 MDKK.", (0, 14))


def _trace(n: int, *, pinned: bool = False, lexical: float | None = 0.8) -> CitationTrace:
    return CitationTrace(
        n=n,
        dense=0.31234,
        sentence=0.3,
        support=0.4,
        lexical=lexical,
        terms=["budget", "7"] if lexical is not None else [],
        dense_rank=4,
        lexical_rank=2 if lexical is not None else None,
        fused=0.389,
        fused_rank=None if pinned else 1,
        pinned=pinned,
    )


def _answer(decision: DecisionTrace, traces: list[CitationTrace], question: str) -> Answer:
    explain = Explain(
        query=question,
        intent=parse(question),
        retrieval=RETRIEVAL,
        citations=traces,
        decision=decision,
        timings_ms={"embed": 12.345, "search": 3.2, "answer": 1.0, "total": 16.6},
    )
    return Answer(
        question=question,
        answer="…",
        answered=decision.answered,
        entities=[],
        citations=[_citation(t.n) for t in traces],
        explain=explain,
    )


ANSWERED = DecisionTrace(True, None, None, 0.325, 1.0, 0.525, [], THRESHOLDS)
REFUSED = DecisionTrace(
    False,
    "min_relevance",
    "the question seems to be outside what the corpus covers",
    0.2178,
    0.3333,
    0.2844,
    ["Peru"],
    THRESHOLDS,
)


def test_format_explain_shows_intent_scores_ranks_terms_and_timings() -> None:
    answer = _answer(
        ANSWERED, [_trace(1, pinned=True), _trace(2)], "What is the budget for goal 7?"
    )
    text = format_explain(answer)
    assert text.startswith("Why this answer\n  intent: amount, goal 7")
    assert "[1] plan.pdf · sv" in text
    assert "pinned first: a table row answers the question (final rank 1)" in text
    assert "dense 0.312 (rank 4) · lexical 0.800 (rank 2)" in text
    assert "fused 0.389, rank 1 → final rank 2" in text
    assert "matched terms: budget, 7" in text
    assert "Decision: answered" in text and "refused by" not in text
    assert "relevance 0.525 = dense + 0.2 × coverage 1.000 (min_relevance 0.345)" in text
    assert "Timings: embed 12.3 ms · search 3.2 ms · answer 1.0 ms · total 16.6 ms" in text


def test_format_explain_says_which_check_refused_and_which_names_are_unknown() -> None:
    answer = _answer(REFUSED, [_trace(1, lexical=None)], "What is the capital of Peru?")
    text = format_explain(answer)
    assert "Decision: refused" in text
    assert "refused by min_relevance: the question seems to be outside" in text
    assert "names the corpus never mentions: Peru" in text
    assert "lexical — (not among the word matches)" in text
    assert "matched terms: (none)" in text


def test_format_explain_is_empty_without_an_explanation_and_json_has_no_explain() -> None:
    answer = Answer("q", "a", True, [], [_citation(1)])
    assert format_explain(answer) == ""
    assert "explain" not in answer.to_json()


def test_explain_json_is_rounded_and_complete() -> None:
    data = _answer(REFUSED, [_trace(1)], "What is the capital of Peru?").to_json()["explain"]
    assert set(data) == {"query", "intent", "retrieval", "citations", "decision", "timings_ms"}
    assert data["intent"]["kind"] == "definition" and data["intent"]["years"] == []
    assert data["citations"][0]["dense"] == 0.3123
    assert data["decision"]["refused_by"] == "min_relevance"
    assert data["timings_ms"]["embed"] == 12.35
    json.dumps(data)  # plain JSON types only


def test_ranking_ranks_by_score_then_row_and_none_when_not_returned() -> None:
    ranking = Ranking(
        dense={4: 0.5, 2: 0.7, 9: 0.5},
        lexical={9: 1.0},
        fused={4: 0.5, 2: 0.7, 9: 0.53},
        order=[2, 9, 4],
    )
    assert [ranking.dense_rank(r) for r in (2, 4, 9)] == [1, 2, 3]
    assert ranking.lexical_rank(9) == 1 and ranking.lexical_rank(2) is None
    assert ranking.fused_rank(9) == 2 and ranking.fused_rank(7) is None


# --- the real model on the bundled corpus ----------------------------------------------


def _stems(question: str) -> set[str]:
    forms = set(words(question))
    return forms | {stemmer(lang).stemWord(w) for w in forms for lang in LANGUAGES}


@pytest.mark.model
def test_off_topic_question_names_the_threshold_that_refused_it(assistant) -> None:
    answer = assistant.ask("How long should I bake a sourdough loaf?", explain=True)
    decision = answer.explain.decision
    assert not answer.answered and not decision.answered
    assert decision.refused_by in ("min_dense", "min_relevance")
    threshold = decision.thresholds[decision.refused_by]
    value = decision.dense if decision.refused_by == "min_dense" else decision.relevance
    assert value < threshold
    assert decision.relevance == pytest.approx(
        decision.dense + decision.thresholds["coverage_weight"] * decision.coverage
    )
    assert decision.reason in answer.answer


@pytest.mark.model
def test_an_unknown_name_is_named_in_the_refusal(assistant) -> None:
    """The name test runs before the relevance test, which would refuse "the capital of
    Peru" too, but could only say that it is off-topic."""
    answer = assistant.ask("What is the capital of Peru?", explain=True)
    assert not answer.answered
    assert answer.explain.decision.refused_by == "name_check_below"
    assert "it never mentions Peru" in answer.answer


@pytest.mark.model
def test_goal_budget_question_shows_the_pinned_table_row(assistant) -> None:
    answer = assistant.ask("What is the budget for goal 7?", explain=True)
    explain = answer.explain
    assert answer.answered and explain.decision.refused_by is None
    assert explain.intent.kind == "amount" and explain.intent.goal == 7
    first, *rest = explain.citations
    assert first.pinned and first.n == 1
    assert not any(c.pinned for c in rest)
    # Searched passages keep the fused order, and their fused score is the citation's.
    ranks = [c.fused_rank for c in rest]
    assert all(r is not None for r in ranks) and ranks == sorted(ranks)
    for trace, citation in zip(explain.citations, answer.citations, strict=True):
        assert trace.fused == pytest.approx(citation.score, abs=1e-4)
        assert -1 <= trace.sentence <= 1 and -1 <= trace.dense <= 1
        assert trace.support >= trace.sentence - 0.2
    assert set(explain.timings_ms) >= {"embed", "search", "answer", "total"}


@pytest.mark.model
def test_matched_terms_are_stems_of_the_question_words(assistant) -> None:
    question = "Vilka kommittéer arbetar med elflyg?"
    explain = assistant.ask(question, explain=True).explain
    forms = _stems(question)
    for c in explain.citations:
        assert set(c.terms) <= forms
        if c.lexical is not None:  # word search found it, so some term must match
            assert c.terms and c.lexical_rank is not None and 0 < c.lexical <= 1
    assert "elflyg" in explain.citations[0].terms


@pytest.mark.model
def test_explain_changes_nothing_in_the_answer(assistant) -> None:
    plain = assistant.ask("Hvilke universiteter samarbejder Kvarkenrådet med om elfly?")
    explained = assistant.ask(
        "Hvilke universiteter samarbejder Kvarkenrådet med om elfly?", explain=True
    )
    assert plain.explain is None and explained.explain is not None
    assert plain.answer == explained.answer and plain.citations == explained.citations
    assert "explain" not in plain.to_json() and "explain" in explained.to_json()


@pytest.mark.model
def test_cli_explain_prints_why_after_the_sources_and_json_carries_it(
    bundled_index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--index", str(bundled_index), "--corpus", str(CORPUS), "--no-build", "--k", "3"]
    assert main(["ask", "What is the budget for goal 7?", "--explain", *common]) == 0
    out = capsys.readouterr().out
    sources, why = out.split("\nWhy this answer\n")
    assert "Sources" in sources
    assert "intent: amount, goal 7" in why
    assert "pinned first: a table row answers the question" in why
    assert "Decision: answered" in why and "Timings: " in why
    assert main(["ask", "What is the capital of Peru?", "--explain", "--json", *common]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["explain"]["decision"]["refused_by"] == "name_check_below"  # "Peru"
    assert len(data["explain"]["citations"]) == len(data["citations"]) == 3
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": 1, "question": "What is the budget for goal 7?"}\n')
    assert main(["ask", "--batch", str(batch), "--json", "--explain", *common]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["id"] == 1 and line["explain"]["citations"][0]["pinned"]

"""Eval arithmetic and judging, on hand-made rankings (no model)."""

from __future__ import annotations

import math

import pytest

from nordask.errors import InputError
from nordask.evaluation import metrics
from nordask.evaluation.configs import parse_config
from nordask.evaluation.evalset import Question, Relevant
from nordask.evaluation.report import trec_run
from nordask.evaluation.runner import judge, phrase_span, summarize
from nordask.records import Answer, Citation
from nordask.settings import Settings


def test_recall_mrr_ndcg() -> None:
    assert metrics.recall_at([1, None], 5) == 0.5
    assert metrics.recall_at([6], 5) == 0.0
    assert metrics.reciprocal_rank(4, 10) == 0.25
    assert metrics.reciprocal_rank(None, 10) == 0.0
    assert metrics.ndcg_at([1], 1, 10) == 1.0
    assert metrics.ndcg_at([0, 1], 1, 10) == pytest.approx(1 / math.log2(3))


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert metrics.percentile(values, 50) == 50.0
    assert metrics.percentile(values, 95) == 95.0


def test_phrase_span_ignores_case_and_whitespace() -> None:
    assert phrase_span("Ett  Nytt\nprojekt om elflyg", "nytt projekt") == (5, 17)


def _citation(n: int, doc: str, text: str, page: int | None, evidence: str) -> Citation:
    start = text.index(evidence)
    return Citation(
        n, doc, "t", page, "sv", 1.0 / n, text, evidence, (start, start + len(evidence))
    )


def test_judge_counts_rank_page_evidence_and_terms() -> None:
    question = Question(
        "q1",
        "Which committees work on electric aviation?",
        "en",
        True,
        (Relevant("plan.pdf", "Mittnordenkommittén kommer", 4),),
        ("Mittnordenkommittén",),
    )
    text = "Annat. Mittnordenkommittén kommer att delta i elflygsprojekten."
    answer = Answer(
        question.question,
        "Mittnordenkommittén [2].",
        True,
        ["Mittnordenkommittén"],
        [
            _citation(1, "other.txt", "Nothing here.", None, "Nothing here."),
            _citation(
                2, "plan.pdf", text, 4, "Mittnordenkommittén kommer att delta i elflygsprojekten."
            ),
        ],
        {"total": 12.0},
    )
    judged = judge(question, answer, [])
    assert judged.first_relevant == 2
    assert judged.gains == [0, 1]
    assert judged.page_ok is True and judged.evidence_ok is True and judged.terms_ok is True
    summary = summarize([judged], 10)
    assert summary["recall@1"] == 0.0 and summary["recall@5"] == 1.0
    assert summary["mrr@10"] == 0.5


def test_abstention_precision_and_recall() -> None:
    unanswerable = Question("u", "Budget for Mars?", "en", False, (), ())
    answerable = Question("a", "x", "en", True, (Relevant("d", "x"),), ())
    no = Answer("q", "The corpus does not seem to answer", False, [], [])
    yes = Answer("q", "x", True, [], [])
    judged = [judge(unanswerable, no, []), judge(answerable, no, []), judge(unanswerable, yes, [])]
    summary = summarize(judged, 10)
    assert summary["abstention_precision"] == 0.5
    assert summary["abstention_recall"] == 0.5


def test_trec_run_collapses_chunks_to_documents_deterministically() -> None:
    question = Question("q9", "x", "en", True, (), ())
    cites = [
        _citation(1, "b.txt", "one", None, "one"),
        _citation(2, "a.txt", "two", None, "two"),
        _citation(3, "b.txt", "three", None, "three"),
    ]
    run = trec_run([judge(question, Answer("x", "x", True, [], cites), [])], "r")
    assert run.splitlines() == ["q9 Q0 b.txt 1 1.000000 r", "q9 Q0 a.txt 2 0.500000 r"]


def test_configs_parse_names_and_settings() -> None:
    base = Settings()
    assert parse_config("dense-only", base).retrieval.lexical_weight == 0
    custom = parse_config("lexical_weight=1.5,chunk_chars=600", base)
    assert custom.retrieval.lexical_weight == 1.5 and custom.chunking.chunk_chars == 600
    with pytest.raises(InputError, match="unknown setting"):
        parse_config("colour=blue", base)

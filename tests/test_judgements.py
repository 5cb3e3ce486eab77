"""Evaluator judgements: saved beside the set, resumed, tied to the answer they judged."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from nordask.errors import InputError
from nordask.evaluation.judgements import (
    JudgementStore,
    answer_hash,
    judgements_path,
)
from nordask.records import Answer, Citation


def _answer(text: str = "Kvarkenrådet [1].", page: int | None = 10) -> Answer:
    citation = Citation(
        n=1,
        doc="plan.pdf",
        title="Plan",
        page=page,
        lang="sv",
        score=0.9,
        text="Kvarkenrådet: elflyg. Budget: 30 000 euro.",
        evidence="Kvarkenrådet: elflyg.",
        evidence_span=(0, 21),
    )
    return Answer("Vem?", text, answered=True, entities=["Kvarkenrådet"], citations=[citation])


def test_the_file_sits_beside_the_set(tmp_path: Path) -> None:
    assert judgements_path(tmp_path / "evals" / "dev.jsonl") == (
        tmp_path / "evals" / "dev.judgements.jsonl"
    )


def test_hash_follows_text_and_citations_not_scores_or_timings() -> None:
    answer = _answer()
    same = replace(answer, timings_ms={"total": 99.0})
    same.citations[0] = replace(answer.citations[0], score=0.1)
    assert answer_hash(same) == answer_hash(answer)
    assert answer_hash(_answer(text="Mittnordenkommittén [1].")) != answer_hash(answer)
    assert answer_hash(_answer(page=11)) != answer_hash(answer)


def test_record_and_resume(tmp_path: Path) -> None:
    path = judgements_path(tmp_path / "dev.jsonl")
    store = JudgementStore.load(path)
    assert store.latest("q1") is None and store.judgements == []
    store.record("q1", "partly", "  misses the budget ", _answer())
    store.record("q2", "wrong", "", _answer(text="Nobody."))
    resumed = JudgementStore.load(path)
    first = resumed.latest("q1")
    assert first is not None and first.verdict == "partly" and first.note == "misses the budget"
    assert first.judged_at.endswith("+00:00")
    assert resumed.problems == []
    assert not resumed.stale("q1", _answer())


def test_a_changed_answer_is_stale_and_rejudging_keeps_the_old_line(tmp_path: Path) -> None:
    path = tmp_path / "dev.judgements.jsonl"
    store = JudgementStore.load(path)
    store.record("q1", "wrong", "", _answer())
    changed = _answer(text="Kvarkenrådet and Nordkalottrådet [1].")
    assert store.stale("q1", changed)
    assert not store.stale("q9", changed)  # never judged is not stale
    store.record("q1", "correct", "fixed", changed)
    resumed = JudgementStore.load(path)
    assert [j.verdict for j in resumed.judgements] == ["wrong", "correct"]
    assert not resumed.stale("q1", changed) and resumed.stale("q1", _answer())
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2


def test_summary_counts_only_judgements_of_the_current_answer(tmp_path: Path) -> None:
    store = JudgementStore.load(tmp_path / "s.judgements.jsonl")
    store.record("q1", "correct", "", _answer())
    store.record("q2", "partly", "", _answer())
    store.record("q3", "wrong", "", _answer())
    store.record("q4", "correct", "", _answer(text="old answer"))
    answers = {f"q{i}": _answer() for i in range(1, 6)}
    summary = store.summary(answers)
    assert {k: summary[k] for k in ("correct", "partly", "wrong", "stale", "unjudged")} == {
        "correct": 1,
        "partly": 1,
        "wrong": 1,
        "stale": 1,
        "unjudged": 1,
    }
    assert summary["judged"] == 3
    assert summary["accuracy"] == pytest.approx(1 / 3)
    assert summary["accuracy_with_partly"] == pytest.approx(0.5)
    assert JudgementStore.load(tmp_path / "none.jsonl").summary(answers)["accuracy"] is None


def test_damaged_lines_are_reported_by_number_and_the_rest_survives(tmp_path: Path) -> None:
    path = tmp_path / "dev.judgements.jsonl"
    store = JudgementStore.load(path)
    store.record("q1", "correct", "", _answer())
    good = path.read_text(encoding="utf-8")
    bad_verdict = json.loads(good) | {"verdict": "great"}
    # A hand edit with a bad verdict, a missing field, and a line a crash cut short.
    path.write_text(
        good
        + json.dumps(bad_verdict)
        + "\n"
        + json.dumps({"qid": "q3"})
        + "\n"
        + good.strip()[:30],
        encoding="utf-8",
    )
    store = JudgementStore.load(path)
    assert [p.split(": ", 1)[0] for p in store.problems] == [f"{path}:{n}" for n in (2, 3, 4)]
    assert "great" in store.problems[0] and "'verdict'" in store.problems[1]
    store.record("q2", "wrong", "after the crash", _answer())
    resumed = JudgementStore.load(path)
    assert [j.qid for j in resumed.judgements] == ["q1", "q2"]
    assert len(resumed.problems) == 3  # the cut line stays one bad line, not two


def test_an_unknown_verdict_is_refused(tmp_path: Path) -> None:
    store = JudgementStore.load(tmp_path / "x.judgements.jsonl")
    with pytest.raises(InputError, match="correct, partly, wrong"):
        store.record("q1", "meh", "", _answer())
    assert not (tmp_path / "x.judgements.jsonl").exists()

"""CI guard: retrieval quality on evals/test.jsonl must not fall below the committed baseline."""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from nordask.evaluation.evalset import load_evalset
from nordask.evaluation.runner import run, summarize

pytestmark = pytest.mark.model
BASELINE = REPO / "evals" / "results" / "test" / "report.json"
TOLERANCE = 0.02
UPDATE = (
    "If the change is intended, update the baseline on purpose: run "
    "`nordask eval evals/test.jsonl --out evals/results/test` and commit evals/results/test/ "
    "with a note on why the numbers moved."
)


def test_test_set_retrieval_has_not_regressed(assistant) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["groups"]["all"]
    judged = run(assistant, load_evalset(REPO / "evals" / "test.jsonl"), k=10)
    now = summarize(judged, 10)
    for metric in ("recall@5", "mrr@10"):
        assert now[metric] >= baseline[metric] - TOLERANCE, (
            f"{metric} on evals/test.jsonl fell from {baseline[metric]:.3f} to {now[metric]:.3f}, "
            f"more than {TOLERANCE:.2f} below the committed baseline. {UPDATE}"
        )

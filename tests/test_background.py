"""The everyday background of the off-topic check: its sentences, their cached vectors and
the policy rule that reads them (background.py, policy.py)."""

from __future__ import annotations

import numpy as np

from nordask import background
from nordask.background import Everyday
from nordask.models import ModelRef
from nordask.policy import Signals, abstain_reason
from nordask.query import parse
from nordask.settings import RetrievalSettings


def test_the_sentences_cover_everyday_life_in_four_languages() -> None:
    found = background.sentences()
    assert len(found) == 160 == len(set(found))
    assert any("ä" in s for s in found) and any("ø" in s for s in found)


def test_vectors_are_kept_per_model_and_checked_on_reading(
    fake_embedder, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("NORDASK_HOME", str(tmp_path))  # a cache no other test has filled
    model = ModelRef.of(fake_embedder)
    assert background.load(model) is None
    assert background.ensure(model)
    vectors = background.load(model, fake_embedder.dim)
    assert vectors is not None and vectors.shape == (160, fake_embedder.dim)
    assert background.load(model, fake_embedder.dim + 1) is None  # another model's size
    calls = list(fake_embedder.calls)
    assert background.ensure(model) and fake_embedder.calls == calls  # embedded once
    other = ModelRef("another/model", "/models/another")
    assert background.vectors_path(other) != background.vectors_path(model)
    background.vectors_path(model).write_bytes(b"not an array")
    assert background.load(model) is None
    assert background.ensure(model) and background.load(model) is not None  # made again


def _refusal(
    dense: float,
    coverage: float,
    everyday: Everyday | None,
    question: str = "Hur tränar man inför ett maratonlopp?",
):
    settings = RetrievalSettings()
    found = Signals(dense, coverage, dense + settings.coverage_weight * coverage)
    return abstain_reason(
        parse(question),
        ["Samverkan mellan kommuner om planering."],
        ["Samverkan mellan kommuner om planering."],
        found,
        knows=lambda term: True,
        unknown_names=[],
        goals={},
        thresholds=settings,
        everyday=everyday,
    )


def test_a_weak_match_closer_to_everyday_life_is_refused() -> None:
    refusal = _refusal(0.28, 0.67, Everyday(background=0.83, corpus=0.81))
    assert refusal is not None and refusal.check == "everyday"


def test_the_everyday_check_needs_a_weak_match_an_unknown_word_and_a_closer_background() -> None:
    assert _refusal(0.45, 0.67, Everyday(0.83, 0.81)) is None  # a strong match
    assert _refusal(0.28, 1.0, Everyday(0.83, 0.81)) is None  # every topic word known
    assert _refusal(0.28, 0.67, Everyday(0.80, 0.81)) is None  # the corpus is closer
    assert _refusal(0.28, 0.67, None) is None  # no background for this model yet


def test_closeness_is_the_best_raw_similarity() -> None:
    vectors = np.eye(3, dtype=np.float32)
    best = background.closeness(np.array([0.6, 0.8, 0.0], dtype=np.float32), vectors)
    assert abs(best - 0.8) < 1e-6


def test_everyday_matters_are_named_as_such_though_a_fact_is_missing_too() -> None:
    """ "Vad kostar en liter mjölk?": no passage states an amount, but saying so would
    suggest the documents speak of milk."""
    refusal = _refusal(0.28, 0.5, Everyday(0.84, 0.80), "Vad kostar en liter mjölk?")
    assert refusal is not None and refusal.check == "everyday"
    assert _refusal(0.28, 0.5, None, "Vad kostar en liter mjölk?").check == "amount"

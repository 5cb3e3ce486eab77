"""Everyday background: tells a question about life at large from one about the corpus.

Closeness to the corpus alone cannot refuse "Is the stock market going to crash this
year?" or "Hur tränar man inför ett maratonlopp?": their best passage scores like the
best passage of a cross-lingual question the corpus does answer, and their common words
("plan", "strategi", "tid") pass the word checks. What tells them apart is what else
they are close to. nordask ships 160 plain sentences about everyday life and general
knowledge (`background.txt`: 40 areas such as cooking, sport, health, IT support,
personal finance, travel, elections, pets; 40 sentences in each of the four languages,
written without reference to any corpus or question set). They are embedded once per
model, like passages, and kept in the cache. A question whose best corpus match is
weak and that lies closer to one of them than to every cited passage and sentence is
about something else (evals/README.md, "The eleventh round": measured on questions
written apart from this list).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.models import ModelRef, passage_embedder
from nordask.paths import cache_dir, follow_umask

if TYPE_CHECKING:
    import numpy as np

_SENTENCES = "background.txt"


@cache
def sentences() -> tuple[str, ...]:
    text = files("nordask").joinpath(_SENTENCES).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def vectors_path(model: ModelRef) -> Path:
    """Where `model`'s vectors of the sentences are kept: named by the model and the
    sentences, so that another model or a changed list is embedded afresh."""
    key = hashlib.sha256(f"{model.label}\n{chr(10).join(sentences())}".encode()).hexdigest()
    return cache_dir() / "background" / f"{key[:24]}.npy"


def load(model: ModelRef, dim: int | None = None) -> np.ndarray | None:
    """The sentences' `dim`-dimensional vectors for `model`, or None when they were not
    made yet or the file cannot be read (the check then stays off; `nordask index`
    makes them)."""
    import numpy as np

    try:
        vectors = np.load(vectors_path(model))
    except (OSError, ValueError):
        return None
    shape = (len(sentences()), dim or vectors.shape[-1])
    return vectors if vectors.shape == shape else None


def ensure(model: ModelRef, notice: Callable[[str], None] | None = None) -> bool:
    """Embed the sentences with `model` unless that was done; False when the cache cannot
    be written (the index is still complete, the check stays off)."""
    if load(model) is not None:  # a damaged file is made again
        return True
    if notice:
        notice("Embedding the everyday background for the off-topic check (once per model).")
    texts = list(sentences())
    vectors = passage_embedder(model, sum(len(t) for t in texts)).embed_passages(texts)
    path = vectors_path(model)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npy", delete=False) as tmp:
            import numpy as np

            np.save(tmp, vectors.astype(np.float32))
        follow_umask(Path(tmp.name))
        os.replace(tmp.name, path)
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Everyday:
    """How close a question is to everyday matters, beside the corpus (for --explain)."""

    #: The best similarity of the question to a background sentence.
    background: float
    #: The best similarity of the question to a cited passage or one of its sentences.
    corpus: float

    @property
    def margin(self) -> float:
        """Above 0: some everyday sentence is closer to the question than the corpus is."""
        return self.background - self.corpus


def closeness(qvec: np.ndarray, vectors: np.ndarray) -> float:
    """The question's best raw similarity to `vectors` (its own, uncentered vector: the
    background has no language means)."""
    return float((vectors @ qvec).max()) if len(vectors) else -1.0

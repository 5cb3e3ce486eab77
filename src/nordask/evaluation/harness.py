"""Evaluate a configuration: the index that fits it, the run and the report.

Library code for `nordask eval`, `evals/ablations.py` and the HTML report, so
none of them imports another's command-line module.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from nordask.assistant import Assistant, Notice
from nordask.backends import is_url, open_backend
from nordask.evaluation.coverage import Coverage, coverage
from nordask.evaluation.evalset import Question
from nordask.evaluation.report import build_report
from nordask.evaluation.runner import Judged, run
from nordask.indexing import mismatch
from nordask.models import resolve_model
from nordask.paths import cache_dir
from nordask.settings import Settings


def index_for(settings: Settings, default_index: Path | str) -> Path | str:
    """The default index when it fits these settings, else a cached one per model/chunking.

    Comparing chunk sizes or models needs an index for each; they live in the
    cache so that the user's own index is never rebuilt by an eval.
    """
    manifest = open_backend(default_index).read_manifest()
    chunking = settings.chunking.to_manifest()
    same_vectors = (
        manifest is not None
        and mismatch(manifest, resolve_model(settings.model), settings.chunking) is None
    )
    if manifest is None or (same_vectors and manifest.centering == settings.centering):
        return default_index
    key = json.dumps(
        {"model": settings.model, "chunking": chunking, "centering": settings.centering},
        sort_keys=True,
    )
    target = cache_dir() / "eval-indexes" / hashlib.sha256(key.encode()).hexdigest()[:12]
    if same_vectors and not target.exists() and not is_url(default_index):
        # Same vectors, other centering: start from a copy so nothing is re-embedded.
        shutil.copytree(default_index, target)
    return target


def open_for(
    settings: Settings, corpus: Path, index: Path | str, notice: Notice | None = None
) -> Assistant:
    """An assistant over the index that fits `settings`, built first if needed."""
    return Assistant.open(index_for(settings, index), corpus, settings, notice=notice)


@dataclass(frozen=True)
class Evaluation:
    """One configuration's run: the assistant that answered, every judged answer, the report."""

    assistant: Assistant
    judged: list[Judged]
    report: dict


def run_evaluation(
    questions: list[Question],
    settings: Settings,
    corpus: Path,
    index: Path | str,
    k: int,
    notice: Notice | None = None,
) -> Evaluation:
    """Evaluate one configuration and keep the assistant, for coverage and the threshold sweep."""
    assistant = open_for(settings, corpus, index, notice)
    judged = run(assistant, questions, k)
    config = {"model": settings.model, **asdict(settings.chunking), **asdict(settings.retrieval)}
    return Evaluation(assistant, judged, build_report(judged, k, config))


def corpus_coverage(done: Evaluation) -> Coverage:
    """What the evaluated set leaves untouched in the index it ran on."""
    backend = done.assistant.backend
    return coverage({doc: backend.passages(doc) for doc in done.assistant.documents}, done.judged)

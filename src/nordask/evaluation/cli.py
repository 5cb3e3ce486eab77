"""`nordask eval`: run eval sets, print the report, compare configurations."""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from dataclasses import asdict
from pathlib import Path

from nordask.assistant import Assistant
from nordask.backends import is_url, open_backend
from nordask.errors import InputError
from nordask.evaluation.configs import describe_configs, parse_config
from nordask.evaluation.evalset import Question, load_evalset
from nordask.evaluation.report import build_report, format_misses, table, write_outputs
from nordask.evaluation.runner import Judged, run
from nordask.models import resolve_model
from nordask.paths import cache_dir, default_corpus_dir, index_location
from nordask.settings import Settings


def _notice(message: str) -> None:
    print(message, file=sys.stderr)


def index_for(settings: Settings, default_index: Path | str) -> Path | str:
    """The default index when it fits these settings, else a cached one per model/chunking.

    Comparing chunk sizes or models needs an index for each; they live in the
    cache so that the user's own index is never rebuilt by an eval.
    """
    manifest = open_backend(default_index).read_manifest()
    chunking = settings.chunking.to_manifest()
    same_vectors = manifest is not None and (
        manifest.chunking == chunking
        and manifest.model_id == resolve_model(settings.model).model_id
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


def evaluate(
    questions: list[Question], settings: Settings, corpus: Path, index: Path | str, k: int
) -> tuple[dict, list[Judged]]:
    assistant = Assistant.open(index_for(settings, index), corpus, settings, notice=_notice)
    judged = run(assistant, questions, k)
    config = {"model": settings.model, **asdict(settings.chunking), **asdict(settings.retrieval)}
    return build_report(judged, k, config), judged


def _compare_table(name_a: str, a: dict, name_b: str, b: dict) -> str:
    wa, wb = max(10, len(name_a)) + 2, max(10, len(name_b)) + 2
    lines = [
        f"A = {name_a}",
        f"B = {name_b}",
        f"{'group / metric':<36}{'A':>{wa}}{'B':>{wb}}{'B - A':>10}",
    ]
    for group in ("all", "cross-lingual", "same-language"):
        if group not in a["groups"] or group not in b["groups"]:
            continue
        lines.append(f"[{group}]")
        for metric, va in a["groups"][group].items():
            vb = b["groups"][group].get(metric)
            if va is None or vb is None or metric in ("questions", "answerable"):
                continue
            lines.append(f"  {metric:<34}{va:>{wa}.3f}{vb:>{wb}.3f}{vb - va:>+10.3f}")
    return "\n".join(lines)


def run_eval(args: argparse.Namespace) -> int:
    if args.list_configs:
        print(describe_configs())
        return 0
    if not args.files:
        raise InputError("give at least one eval set, e.g. `nordask eval evals/test.jsonl`.")
    questions = [q for path in args.files for q in load_evalset(path)]
    corpus = args.corpus or default_corpus_dir()
    index = args.index or index_location()
    base = Settings.from_env() if not args.model else Settings(model=args.model)
    if args.compare:
        name_a, name_b = args.compare
        report_a, _ = evaluate(questions, parse_config(name_a, base), corpus, index, args.k)
        report_b, _ = evaluate(questions, parse_config(name_b, base), corpus, index, args.k)
        if args.json:
            print(json.dumps({name_a: report_a, name_b: report_b}, indent=2, ensure_ascii=False))
        else:
            print(_compare_table(name_a, report_a, name_b, report_b))
        return 0
    report, judged = evaluate(questions, base, corpus, index, args.k)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(table(report))
        missed = format_misses(report)
        print(f"\nMisses ({len(report['misses'])}):\n{missed}" if missed else "\nNo misses.")
    if args.out:
        for path in write_outputs(args.out, report, judged):
            print(f"wrote {path}", file=sys.stderr)
    return 0

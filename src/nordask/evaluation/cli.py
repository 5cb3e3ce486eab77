"""`nordask eval`: run eval sets, print the report, compare configurations."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from nordask.assistant import Notice
from nordask.errors import InputError
from nordask.evaluation.charts import require_matplotlib
from nordask.evaluation.configs import describe_configs, parse_config
from nordask.evaluation.coverage import Coverage, format_coverage
from nordask.evaluation.evalset import Question, load_evalset
from nordask.evaluation.harness import corpus_coverage, open_for, run_evaluation
from nordask.evaluation.html_report import write_html
from nordask.evaluation.report import (
    format_human,
    format_misses,
    human_judgements,
    table,
    write_outputs,
)
from nordask.evaluation.runner import Judged, run
from nordask.paths import default_corpus_dir, index_location
from nordask.safe_text import strip_controls
from nordask.settings import Settings

#: Questions answered so far, and how many there are.
Progress = Callable[[int, int], None]


def _notice(message: str) -> None:
    print(message, file=sys.stderr)


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
    if args.compare and (args.html or args.coverage):
        raise InputError("--html and --coverage describe one configuration: leave out --compare.")
    if args.review:
        return _review(args, questions, base, corpus, index)
    if args.compare:
        name_a, name_b = args.compare
        report_a = run_evaluation(
            questions, parse_config(name_a, base), corpus, index, args.k, _notice
        ).report
        report_b = run_evaluation(
            questions, parse_config(name_b, base), corpus, index, args.k, _notice
        ).report
        if args.json:
            print(json.dumps({name_a: report_a, name_b: report_b}, indent=2, ensure_ascii=False))
        else:
            print(_compare_table(name_a, report_a, name_b, report_b))
        return 0
    if args.html:
        require_matplotlib()
    done = run_evaluation(questions, base, corpus, index, args.k, _notice)
    report = done.report
    human = human_judgements(args.files, done.judged)
    if human:
        report["human"] = human
    found = corpus_coverage(done) if args.coverage or args.html else None
    if args.coverage and found:
        report["coverage"] = found.to_json()
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print_text(report, found if args.coverage else None)
    if args.out:
        for path in write_outputs(args.out, report, done.judged):
            print(f"wrote {path}", file=sys.stderr)
    if args.html and found:
        _notice("Sweeping the abstention threshold for the HTML report…")
        title = ", ".join(path.name for path in args.files)
        print(f"wrote {write_html(args.html, title, done, found, args.k)}", file=sys.stderr)
    return 0


def _review(
    args: argparse.Namespace,
    questions: list[Question],
    settings: Settings,
    corpus: Path,
    index: Path | str,
) -> int:
    """The review app over one set (its judgements live beside it)."""
    if len(args.files) != 1 or args.compare or args.json or args.html or args.out:
        raise InputError(
            "--review judges one eval set in the terminal: give one file, without "
            "--compare, --json, --html or --out."
        )
    from nordask.tui.review import run_review  # textual, only on this path

    def answer_all(progress: Progress, notice: Notice) -> list[Judged]:
        return run(open_for(settings, corpus, index, notice), questions, args.k, progress)

    return run_review(args.files[0], answer_all)


def _print_text(report: dict, found: Coverage | None) -> None:
    print(table(report))
    if "human" in report:
        print(f"\n{format_human(report['human'])}")
    missed = format_misses(report)
    print(f"\nMisses ({len(report['misses'])}):\n{missed}" if missed else "\nNo misses.")
    if found:
        print(f"\n{strip_controls(format_coverage(found))}")

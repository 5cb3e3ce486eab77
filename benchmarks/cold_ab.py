"""A cold `nordask ask` of two source trees side by side, quiet and with every core busy.

    .venv/bin/python benchmarks/cold_ab.py BASE NEW --runs 9

BASE and NEW are checkouts (a worktree, or `git worktree add /tmp/base <commit>`), each
with its own built index in TREE/index; each runs `python -m nordask ask QUESTION
--no-build` with its src/ first on PYTHONPATH. The two alternate within each round (in turn
first), so both see the same machine load, and each round runs quiet and then loaded (one
busy loop per core, `cold.Burners`); ratios are taken per round. Bytecode is cached for both
trees in a temporary PYTHONPYCACHEPREFIX, as an installed package has its .pyc files (with
PYTHONDONTWRITEBYTECODE set every run would compile the sources again). Prints medians
(min-max) of wall time, CPU time (user + system) and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

from cold import Burners
from common import QUESTION, Timed, run_timed


def ask(tree: Path, question: str, env: dict[str, str]) -> Timed:
    args = [sys.executable, "-m", "nordask", "ask", question, "--no-build"]
    args += ["--index", str(tree / "index")]
    timed = run_timed(args, {**env, "PYTHONPATH": str(tree / "src")}, tree)
    if timed.returncode != 0:
        raise SystemExit(f"{tree}: exit code {timed.returncode}")
    return timed


def spread(values: list[float], unit: str = "s", digits: int = 3) -> str:
    """The median with the range: "0.412 s (0.398-0.450)"."""
    mid, low, high = statistics.median(values), min(values), max(values)
    return f"{mid:.{digits}f} {unit} ({low:.{digits}f}-{high:.{digits}f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--question", default=QUESTION)
    args = parser.parse_args()
    trees = {"base": args.base.resolve(), "new": args.new.resolve()}
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="nordask-cold-ab-")
    for tree in trees.values():  # unrecorded: writes the bytecode, warms the page cache
        ask(tree, args.question, env)
    runs: dict[tuple[str, str], list[Timed]] = {}
    for i in range(args.runs):
        print(f"  round {i + 1}/{args.runs}", file=sys.stderr)
        for mode in ("quiet", "loaded"):
            with Burners() if mode == "loaded" else nullcontext():
                order = list(trees.items())
                for tag, tree in order if i % 2 == 0 else reversed(order):  # neither always first
                    runs.setdefault((tag, mode), []).append(ask(tree, args.question, env))
    for mode in ("quiet", "loaded"):
        for tag in trees:
            done = runs[(tag, mode)]
            print(
                f"{mode:6} {tag:4}  wall {spread([t.seconds for t in done])}  "
                f"cpu {spread([t.cpu_seconds for t in done])}  "
                f"peak RSS {spread([t.max_rss_mb for t in done], 'MB', 1)}"
            )
        pairs = list(zip(runs[("base", mode)], runs[("new", mode)], strict=True))
        wall = spread([n.seconds / b.seconds for b, n in pairs], "x", 2)
        cpu = spread([n.cpu_seconds / b.cpu_seconds for b, n in pairs], "x", 2)
        print(f"{mode:6} new/base per round: wall {wall}  cpu {cpu}")


if __name__ == "__main__":
    main()

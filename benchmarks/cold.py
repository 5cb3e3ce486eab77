"""Target 1 and 5: a cold `nordask ask` against the peer script, side by side; and the
same cold ask with every core busy (issue 10: steady speed under load).

Each run starts a fresh process; nordask and the peer alternate, so both see the
same machine load. One unrecorded run of each warms the page cache first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from common import NORDASK, QUESTION, REPO, Row, Workspace, check, run_timed


def run(ws: Workspace, runs: int) -> list[Row]:
    ask = [NORDASK, "ask", QUESTION, "--no-build"]
    peer = [sys.executable, str(REPO / "benchmarks" / "peer_st.py")]
    peer += [str(ws.index), str(ws.model_dir), QUESTION]
    for args in (ask, peer):  # warm the page cache
        first = run_timed(args, ws.env, ws.root)
        if first.returncode != 0:
            raise SystemExit(f"{args[:3]} failed with exit code {first.returncode}")
    ours, theirs = [], []
    for i in range(runs):
        print(f"  cold start {i + 1}/{runs}", file=sys.stderr)
        ours.append(run_timed(ask, ws.env, ws.root))
        theirs.append(run_timed(peer, ws.env, ws.root))
    return [
        check(
            Row("cold", "nordask ask: start to answer", "s", [t.seconds for t in ours], "<= 1.0"),
            1.0,
        ),
        Row("cold", "peer script (sentence-transformers)", "s", [t.seconds for t in theirs]),
        check(
            Row(
                "cold",
                "speed-up over the peer (pairwise)",
                "x",
                [p.seconds / o.seconds for o, p in zip(ours, theirs, strict=True)],
                ">= 5",
            ),
            5.0,
            at_least=True,
        ),
        check(
            Row("memory", "nordask ask: peak RSS", "MB", [t.max_rss_mb for t in ours], "<= 400"),
            400.0,
        ),
        Row("memory", "peer script: peak RSS", "MB", [t.max_rss_mb for t in theirs]),
    ]


class Burners:
    """One busy-loop process per core: "another process using both cores"."""

    def __enter__(self) -> Burners:
        cores = len(os.sched_getaffinity(0))
        self.procs = [
            subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(cores)
        ]
        time.sleep(0.5)  # let them reach full speed
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            proc.kill()
            proc.wait()


def under_load(ws: Workspace, runs: int) -> list[Row]:
    """A cold `nordask ask` with every core busy, against the same run on the machine as it is.

    Each round runs quiet then loaded, back to back, so the two see the same background
    load (other jobs on a shared machine); the ratio is taken per round. A bare interpreter
    start (`python -c pass`) is timed the same way: its ratio is how much the scheduler
    alone slows any fresh process, the floor for the ask's ratio.
    """
    ask = [NORDASK, "ask", QUESTION, "--no-build"]
    bare = [sys.executable, "-c", "pass"]
    quiet, loaded, bare_quiet, bare_loaded = [], [], [], []
    run_timed(ask, ws.env, ws.root)  # warm the page cache
    for i in range(runs):
        print(f"  cold start under load {i + 1}/{runs}", file=sys.stderr)
        quiet.append(run_timed(ask, ws.env, ws.root).seconds)
        bare_quiet.append(run_timed(bare, ws.env, ws.root).seconds)
        with Burners():
            loaded.append(run_timed(ask, ws.env, ws.root).seconds)
            bare_loaded.append(run_timed(bare, ws.env, ws.root).seconds)
    return [
        Row("load", "cold ask under load (all cores busy)", "s", loaded),
        Row("load", "cold ask, same rounds without the burners", "s", quiet),
        check(
            Row(
                "load",
                "cold ask under load / without (per round)",
                "x",
                [b / a for a, b in zip(quiet, loaded, strict=True)],
                "<= 2",
            ),
            2.0,
        ),
        Row(
            "load",
            "bare `python -c pass` loaded / without (per round)",
            "x",
            [b / a for a, b in zip(bare_quiet, bare_loaded, strict=True)],
        ),
    ]

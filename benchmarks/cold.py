"""Target 1 and 5: a cold `nordask ask` against the peer script, side by side.

Each run starts a fresh process; nordask and the peer alternate, so both see the
same machine load. One unrecorded run of each warms the page cache first.
"""

from __future__ import annotations

import sys

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

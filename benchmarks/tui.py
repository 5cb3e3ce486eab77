"""Targets 5 and 6 for the chat app (`nordask chat`), driven through tmux.

Each run starts `nordask chat` in a detached tmux session of its own server
(120 x 40), polls the screen every 20 ms until the question box's placeholder
shows (the window is interactive: keys typed now are handled), types the
question and Enter at once, and polls until an answer's source list shows.
Peak RSS is the app process's VmHWM, read before the session is killed.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time

from common import NORDASK, QUESTION, REPO, Row, Workspace, check, peak_rss_mb

READY = "Ask in English"
ANSWERED = re.compile(r"Sources|Closest passages|No passages")
TIMEOUT_S = 60


def _tmux(*args: str, check: bool = True) -> str:
    out = subprocess.run(
        ["tmux", "-L", f"nordask-bench-{os.getpid()}", *args],
        check=check,
        capture_output=True,
        text=True,
    )
    return out.stdout


def _wait_for(session: str, found, started: float) -> float:
    while time.perf_counter() - started < TIMEOUT_S:
        if found(_tmux("capture-pane", "-p", "-t", session)):
            return time.perf_counter() - started
        time.sleep(0.02)
    raise SystemExit(f"the chat app showed nothing expected within {TIMEOUT_S} s")


def available() -> str | None:
    """Why the TUI cannot be measured, or None when it can."""
    if not (REPO / "src" / "nordask" / "tui" / "app.py").exists():
        return "src/nordask/tui does not exist yet"
    if shutil.which("tmux") is None:
        return "tmux is not installed"
    return None


def run(ws: Workspace, runs: int) -> list[Row]:
    env = " ".join(
        f"{key}={shlex.quote(ws.env[key])}"
        for key in ("NORDASK_HOME", "NORDASK_CORPUS", "NORDASK_INDEX", "HF_HUB_OFFLINE")
    )
    command = f"cd {shlex.quote(str(ws.root))} && exec env {env} TERM=xterm-256color {NORDASK} chat"
    ready, answered, rss = [], [], []
    # A idle session keeps the server up between runs (a server that is shutting
    # down refuses the next session).
    _tmux("new-session", "-d", "-s", "keep", "sleep 3600")
    try:
        _measure(command, runs, ready, answered, rss)
    finally:
        _tmux("kill-server", check=False)
    return [
        check(Row("tui", "launch to interactive window", "s", ready, "<= 1.0"), 1.0),
        check(
            Row(
                "tui",
                "launch to first answer shown",
                "s",
                answered,
                "<= 2.0",
                "question typed as soon as the window is interactive",
            ),
            2.0,
        ),
        Row("memory", "chat app: peak RSS", "MB", rss),
    ]


def _measure(
    command: str, runs: int, ready: list[float], answered: list[float], rss: list[float]
) -> None:
    for i in range(runs + 1):
        session = f"chat{i}"
        started = time.perf_counter()
        _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
        try:
            t_ready = _wait_for(session, lambda screen: READY in screen, started)
            _tmux("send-keys", "-t", session, "-l", QUESTION)
            _tmux("send-keys", "-t", session, "Enter")
            t_answer = _wait_for(session, lambda screen: ANSWERED.search(screen), started)
            pid = int(_tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
            peak = peak_rss_mb(pid)
        finally:
            _tmux("kill-session", "-t", session, check=False)
        if i:  # the first run warms the page cache
            print(
                f"  chat run {i}/{runs}: ready {t_ready:.2f} s, answer {t_answer:.2f} s",
                file=sys.stderr,
            )
            ready.append(t_ready)
            answered.append(t_answer)
            rss.append(peak)

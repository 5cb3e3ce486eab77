"""A bug, not a user mistake: say so in one sentence, keep the traceback in a log."""

from __future__ import annotations

import time
import traceback

from nordask.paths import data_dir


def report_bug(exc: BaseException) -> str:
    """A message for the user; the traceback goes to a log file, never the screen."""
    log = data_dir() / "logs" / "chat-errors.log"
    where = f" The details are in '{log}'."
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(time.strftime("--- %Y-%m-%d %H:%M:%S\n"))
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        where = ""
    return (
        f"Something went wrong inside nordask ({type(exc).__name__}: {exc}). "
        f"This is a bug: please report it.{where}"
    )

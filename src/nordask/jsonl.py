"""JSON Lines files: read them line by line, with the line number of every problem.

Batch files, eval sets, the chat history and evaluator judgements are all JSON
Lines. They share one reader so that a bad line is reported the same way
everywhere (`file:line: reason`). Strict readers stop at the first bad line;
stores that must survive damage (history, judgements) pass `on_error` and lose
only that line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from nordask.errors import InputError

#: Called with the message for a line that is not JSON; the line is then skipped.
LineError = Callable[[str], None]


def read_text(path: Path, what: str, *, missing_ok: bool = False) -> str:
    """The file's text; an `InputError` naming `what` when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        if missing_ok:
            return ""
        raise InputError(f"{what} '{path}' does not exist.") from exc
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not valid UTF-8 text (byte 0x{exc.object[exc.start]:02x}): "
            "save the file as UTF-8."
        ) from exc
    except OSError as exc:
        raise InputError(f"{what} '{path}' cannot be read ({exc.strerror}).") from exc


def read_jsonl(
    path: Path,
    what: str,
    *,
    missing_ok: bool = False,
    on_error: LineError | None = None,
) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line, numbers 1-based.

    A line that is not JSON raises `InputError("file:line: ...")`, or, with
    `on_error`, is reported through it and skipped.
    """
    text = read_text(path, what, missing_ok=missing_ok)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            message = f"{path}:{number}: not valid JSON ({exc.args[0]})."
            if on_error is None:
                raise InputError(message) from exc
            on_error(message)
            continue
        yield number, value

"""Batch question files for `nordask ask --batch`: JSON Lines with id and question."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nordask.errors import InputError
from nordask.validation import check_question

#: A batch id comes back exactly as given, so it must be a JSON string or integer.
BatchId = str | int


@dataclass(frozen=True)
class BatchItem:
    id: BatchId
    question: str


def _item(path: Path, number: int, line: str) -> BatchItem:
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{path}:{number}: not valid JSON ({exc.args[0]}).") from exc
    if not isinstance(data, dict) or "id" not in data or "question" not in data:
        raise InputError(f'{path}:{number}: each line needs an "id" and a non-empty "question".')
    ident = data["id"]
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        raise InputError(f'{path}:{number}: "id" must be a string or an integer (got {ident!r}).')
    try:
        question = check_question(data["question"])
    except InputError as exc:
        raise InputError(f"{path}:{number}: {exc}") from exc
    return BatchItem(ident, question)


def read_batch(path: Path) -> Iterator[BatchItem]:
    """Validate the whole file first, so a bad line fails before any work is done."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise InputError(f"batch file '{path}' does not exist.") from exc
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not valid UTF-8 text (byte 0x{exc.object[exc.start]:02x}): "
            "save the file as UTF-8."
        ) from exc
    except OSError as exc:
        raise InputError(f"batch file '{path}' cannot be read ({exc.strerror}).") from exc
    items = [_item(path, n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    yield from items

"""Batch question files for `nordask ask --batch`: JSON Lines with id and question."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nordask.errors import InputError


@dataclass(frozen=True)
class BatchItem:
    id: str
    question: str


def read_batch(path: Path) -> Iterator[BatchItem]:
    """Validate the whole file first, so a bad line fails before any work is done."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise InputError(f"batch file '{path}' does not exist.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"batch file '{path}' cannot be read as UTF-8 text ({exc}).") from exc
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.args[0]}).") from exc
        if (
            not isinstance(data, dict)
            or "id" not in data
            or not str(data.get("question", "")).strip()
        ):
            raise InputError(
                f'{path}:{number}: each line needs an "id" and a non-empty "question".'
            )
        items.append(BatchItem(str(data["id"]), str(data["question"])))
    yield from items

"""Batch question files for `nordask ask --batch`: JSON Lines with id and question."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nordask.errors import InputError
from nordask.jsonl import read_jsonl
from nordask.validation import check_question

#: A batch id comes back exactly as given, so it must be a JSON string or integer.
BatchId = str | int


@dataclass(frozen=True)
class BatchItem:
    id: BatchId
    question: str
    #: Why the question cannot be asked ("has no letters or digits"): it is answered with
    #: this refusal, and the lines around it are still asked.
    rejected: str | None = None


def _item(path: Path, number: int, data: object) -> BatchItem:
    if not isinstance(data, dict) or "id" not in data or "question" not in data:
        raise InputError(f'{path}:{number}: each line needs an "id" and a non-empty "question".')
    ident = data["id"]
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        raise InputError(f'{path}:{number}: "id" must be a string or an integer (got {ident!r}).')
    question = data["question"]
    if not isinstance(question, str):
        raise InputError(
            f"{path}:{number}: the question must be a string (got {type(question).__name__})."
        )
    try:
        return BatchItem(ident, check_question(question))
    except InputError as exc:
        return BatchItem(ident, question, rejected=str(exc))


def read_batch(path: Path) -> Iterator[BatchItem]:
    """Validate the whole file first, so a malformed line (not JSON, no id, an id or question
    that is not a string) fails before any work is done. A question that is text but cannot
    be asked ("?!?", "") is kept, to be answered with its refusal."""
    items = [_item(path, n, data) for n, data in read_jsonl(path, "batch file")]
    yield from items

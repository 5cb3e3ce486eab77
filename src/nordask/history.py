"""Question history, kept between runs in the user data folder (JSON Lines)."""

from __future__ import annotations

import json
from pathlib import Path

from nordask.errors import InputError
from nordask.jsonl import read_jsonl
from nordask.paths import history_file

MAX_ENTRIES = 500


def _skip(message: str) -> None:
    """History is a convenience: a damaged line is dropped without a word."""


class History:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or history_file()
        self.entries: list[str] = self._read()

    def _read(self) -> list[str]:
        # A damaged line costs one entry, an unreadable file the history: never the app.
        try:
            rows = list(read_jsonl(self.path, "history", missing_ok=True, on_error=_skip))
        except InputError:
            return []
        entries = [str(data["q"]) for _, data in rows if isinstance(data, dict) and "q" in data]
        return entries[-MAX_ENTRIES:]

    def add(self, question: str) -> None:
        if self.entries and self.entries[-1] == question:
            return
        self.entries.append(question)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"q": question}, ensure_ascii=False) + "\n")

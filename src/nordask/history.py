"""Question history, kept between runs in the user data folder (JSON Lines)."""

from __future__ import annotations

import json
from pathlib import Path

from nordask.paths import history_file

MAX_ENTRIES = 500


class History:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or history_file()
        self.entries: list[str] = self._read()

    def _read(self) -> list[str]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (FileNotFoundError, UnicodeDecodeError):
            return []
        entries = []
        for line in lines:
            try:
                entries.append(str(json.loads(line)["q"]))
            except (ValueError, KeyError, TypeError):
                continue  # a damaged line costs one entry, not the history
        return entries[-MAX_ENTRIES:]

    def add(self, question: str) -> None:
        if self.entries and self.entries[-1] == question:
            return
        self.entries.append(question)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"q": question}, ensure_ascii=False) + "\n")

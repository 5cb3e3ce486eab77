"""The one JSON Lines reader: line numbers in every problem, strict or skipping."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.batch import read_batch
from nordask.errors import InputError
from nordask.evaluation.evalset import load_evalset
from nordask.history import History
from nordask.jsonl import read_jsonl


def test_values_come_with_their_line_numbers_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"a": 1}\n\n  \n[2]\n', encoding="utf-8")
    assert list(read_jsonl(path, "file")) == [(1, {"a": 1}), (4, [2])]


def test_a_bad_line_stops_a_strict_read_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"a": 1}\n{"a": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.jsonl:2: not valid JSON"):
        list(read_jsonl(path, "file"))


def test_on_error_reports_the_bad_line_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"a": 1}\nnot json\n{"a": 3}\n', encoding="utf-8")
    problems: list[str] = []
    rows = list(read_jsonl(path, "file", on_error=problems.append))
    assert rows == [(1, {"a": 1}), (3, {"a": 3})]
    assert len(problems) == 1 and ":2: not valid JSON" in problems[0]


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="eval set '.*' does not exist"):
        list(read_jsonl(tmp_path / "nope.jsonl", "eval set"))
    assert list(read_jsonl(tmp_path / "nope.jsonl", "x", missing_ok=True)) == []
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"a": 1}\n{"q": "sm\xf6rg\xe5s"}\n')
    with pytest.raises(InputError, match=r"latin1\.jsonl:2: not valid UTF-8"):
        list(read_jsonl(path, "file"))


def test_batch_evalset_and_history_use_it(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "question": "Hej?"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: not valid JSON"):
        list(read_batch(path))
    with pytest.raises(InputError, match=r"bad\.jsonl:2: not valid JSON"):
        load_evalset(path)
    history = tmp_path / "history.jsonl"
    history.write_text('{"q": "one"}\n{oops\n{"x": 1}\n{"q": "two"}\n', encoding="utf-8")
    assert History(history).entries == ["one", "two"]
    history.write_bytes(b'{"q": "\xff"}\n')
    assert History(history).entries == []

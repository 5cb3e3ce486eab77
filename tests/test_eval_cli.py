"""`nordask eval` end to end on a tiny eval set (fake embedder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nordask.cli import main


def test_eval_writes_json_markdown_and_trec(
    corpus_copy: Path,
    tmp_path: Path,
    fake_model,
    capsys: pytest.CaptureFixture[str],
) -> None:
    evalset = tmp_path / "mini.jsonl"
    rows = [
        {
            "id": "a",
            "question": "Northern Connections North Sea Conference",
            "lang": "en",
            "answerable": True,
            "answer_terms": ["Northern Connections"],
            "relevant": [
                {
                    "doc": "northern-connections-north-sea-conference-2017.txt",
                    "contains": "Northern Connections",
                }
            ],
        },
        {
            "id": "b",
            "question": "Budget of the Moon programme?",
            "lang": "en",
            "answerable": False,
            "relevant": [],
            "answer_terms": [],
        },
    ]
    evalset.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "out"
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["eval", str(evalset), "--out", str(out), *args]) == 0
    printed = capsys.readouterr().out
    assert "recall@5" in printed and "lang=en" in printed
    report = json.loads((out / "report.json").read_text())
    assert report["groups"]["all"]["questions"] == 2
    assert "| metric |" in (out / "report.md").read_text()
    assert (out / "run.trec").read_text().startswith("a Q0 ")


def test_eval_compare_shows_both_configurations(
    corpus_copy: Path,
    tmp_path: Path,
    fake_model,
    capsys: pytest.CaptureFixture[str],
) -> None:
    evalset = tmp_path / "mini.jsonl"
    evalset.write_text(
        json.dumps(
            {
                "id": "a",
                "question": "Nordregio projects",
                "lang": "en",
                "answerable": True,
                "relevant": [
                    {"doc": "nordregio-regional-innovation-projects.txt", "contains": "Nordregio"}
                ],
                "answer_terms": [],
            }
        )
        + "\n"
    )
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["eval", str(evalset), "--compare", "dense-only", "lexical-only", *args]) == 0
    printed = capsys.readouterr().out
    assert "dense-only" in printed and "lexical-only" in printed and "recall@5" in printed


def test_eval_set_errors_name_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "question": "x"}\n{"question": "no id"}\n')
    assert main(["eval", str(bad), "--index", str(tmp_path / "i")]) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err

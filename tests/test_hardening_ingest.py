"""Hostile corpus input (issue 10): escape sequences, odd file names and encodings,
unreadable files and folders, links, huge files. Nothing may raise a traceback; a
bad file is skipped with a reason and never stops the good ones."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from nordask import indexing
from nordask.assistant import Assistant
from nordask.cli import main
from nordask.export import to_markdown
from nordask.indexing import describe_report
from nordask.ingest import ingest
from nordask.loaders import (
    CorpusFile,
    LoadError,
    decode_text,
    discover,
    display_name,
    file_hash,
    load,
    source_path,
)
from nordask.settings import ChunkSettings, IngestSettings, Settings
from unprivileged import SRC, as_unprivileged, run_cli

ESCAPES = (
    "# Fyrvaktare\n\n"
    "The lighthouse keepers \x1b]0;TITLE\x07of Kvarken log the ice every morning. "
    "Their reports \x1b]8;;file:///etc/passwd\x07link\x1b]8;;\x07 reach the coast guard. "
    "\x1b[2J\x1b[31mRed ice warnings\x1b[0m are issued by radio.\n"
)
NON_UTF8_NAME = b"rapport-\xe5r.txt"  # "rapport-år.txt" in Latin-1
#: A question that finds each good file of `hostile_corpus`, by its distinctive words.
GOOD = {
    "ferries.txt": "ferries Umeå Vaasa biogas",
    "broadband.md": "rural broadband fibre villages",
    "escapes.md": "lighthouse keepers Kvarken ice",
    "rapport-\\xe5r.txt": "glacier monitoring Svalbard",
    "utf16.txt": "reindeer herding Sápmi",
    "aes.pdf": "salmon fishing Tornedalen",
    "wrapped.txt": "hard wrapped forestry report",
}


def text_pdf(path: Path, text: str, *, password: str | None = None) -> None:
    """A one-page PDF with `text` on it, AES-256 encrypted when `password` is given."""
    writer = PdfWriter()
    page = writer.add_blank_page(400, 300)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 20 200 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
    writer.write(path)


def hard_wrapped(chars: int, words: str) -> str:
    """`chars` characters of one paragraph wrapped every ~70 characters by single newlines."""
    sentence = f"This {words} paragraph continues on the next line as print layout wants. "
    text = (sentence * (chars // len(sentence) + 1))[:chars]
    return "\n".join(text[i : i + 70] for i in range(0, len(text), 70))


def _corpus_file(path: Path) -> CorpusFile:
    return CorpusFile(path, path.name, file_hash(path))


def hostile_corpus(root: Path) -> Path:
    """Good files and one of each bad kind, next to an `outside/` folder."""
    corpus = root / "corpus"
    corpus.mkdir()
    outside = root / "outside"
    outside.mkdir()
    (outside / "passwd.txt").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (corpus / "ferries.txt").write_text("The ferries between Umeå and Vaasa run on biogas.\n")
    (corpus / "broadband.md").write_text("# Broadband\n\nRural broadband: fibre to villages.\n")
    (corpus / "escapes.md").write_text(ESCAPES)
    name = os.path.join(os.fsencode(corpus), NON_UTF8_NAME)
    with open(name, "wb") as fh:
        fh.write(b"Glacier monitoring on Svalbard shows retreat.\n")
    (corpus / "utf16.txt").write_bytes("Reindeer herding in Sápmi.\n".encode("utf-16"))
    text_pdf(corpus / "aes.pdf", "Salmon fishing in Tornedalen is regulated.", password="")
    (corpus / "wrapped.txt").write_text(hard_wrapped(60_000, "hard wrapped forestry report"))
    (corpus / "huge.txt").write_text(hard_wrapped(2_500_000, "huge"))
    (corpus / "locked.txt").write_text("Nobody may read this.\n")
    (corpus / "locked.txt").chmod(0o000)
    (corpus / "secret").mkdir()
    (corpus / "secret" / "inside.txt").write_text("Hidden by the folder's permissions.\n")
    (corpus / "secret").chmod(0o000)
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "dangling.txt").symlink_to(root / "missing.txt")
    (corpus / "passwd.txt").symlink_to(outside / "passwd.txt")
    (corpus / "loop").symlink_to(corpus)
    (corpus / "damaged.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n")
    return corpus


def test_fuzzed_corpus_indexes_answers_and_names_every_bad_file(tmp_path: Path) -> None:
    """The issue's done-when fuzz test: `nordask index` and `ask` as separate processes
    (without root's power to read any file, so that permissions count), no traceback, each good file
    answerable, each bad one named with a reason."""
    corpus = hostile_corpus(tmp_path)
    home = tmp_path / "home"
    index = tmp_path / "index"
    paths = ["--corpus", str(corpus), "--index", str(index)]
    built = run_cli(["index", "--max-file-mb", "2", *paths], home)
    err = built.stderr.decode()
    assert built.returncode == 0, err
    assert "Traceback" not in err
    reasons = {
        line.split(": ", 1)[0].removeprefix("skipped "): line.split(": ", 1)[1]
        for line in err.splitlines()
        if line.startswith("skipped ")
    }
    assert "over the 2 MB limit" in reasons["huge.txt"]
    assert "cannot be read (Permission denied)" in reasons["locked.txt"]
    assert "folder cannot be read (Permission denied)" in reasons["secret"]
    assert "named pipe" in reasons["pipe.txt"]
    assert "broken link" in reasons["dangling.txt"]
    assert "outside the corpus folder" in reasons["passwd.txt"]
    assert "--follow-symlinks" in reasons["passwd.txt"]
    assert "PDF is damaged" in reasons["damaged.pdf"]
    assert "\n" not in "".join(reasons.values())
    out = built.stdout.decode()
    assert f"files: {len(GOOD)} new" in out  # skipped files are not counted as new
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        "".join(json.dumps({"id": doc, "question": q}) + "\n" for doc, q in GOOD.items())
    )
    asked = run_cli(["ask", "--batch", str(batch), "--json", "--k", "1", *paths], home)
    assert asked.returncode == 0, asked.stderr.decode()
    assert b"Traceback" not in asked.stderr
    answers = [json.loads(line) for line in asked.stdout.splitlines()]
    assert [(a["id"], a["citations"][0]["doc"]) for a in answers] == [(d, d) for d in GOOD]
    assert b"\\u001b" not in asked.stdout and b"\\u0007" not in asked.stdout
    text = run_cli(["ask", GOOD["escapes.md"], *paths], home)
    assert text.returncode == 0
    for raw in (text.stdout, text.stderr):
        assert b"\x1b" not in raw and b"\x07" not in raw
    assert b"TITLE" not in text.stdout and b"/etc/passwd" not in text.stdout
    assert b"root:x:0:0" not in text.stdout


def test_follow_symlinks_includes_a_file_outside_the_corpus(tmp_path: Path, fake_embedder) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "elsewhere.txt").write_text("Northern lights tourism grows in Abisko.\n")
    (corpus / "local.txt").write_text("Local text about harbours.\n")
    (corpus / "linked.txt").symlink_to(tmp_path / "elsewhere.txt")
    files, skipped = discover(corpus)
    assert [f.doc for f in files] == ["local.txt"]
    assert skipped[0].doc == "linked.txt" and "outside the corpus" in skipped[0].reason
    settings = Settings().with_ingest(follow_symlinks=True)
    files, skipped = discover(corpus, settings.ingest)
    assert [f.doc for f in files] == ["linked.txt", "local.txt"] and not skipped
    indexing.run(corpus, tmp_path / "index", settings)
    answer = Assistant.open(tmp_path / "index", corpus, settings).ask("northern lights Abisko")
    assert answer.citations[0].doc == "linked.txt"


def test_a_link_inside_the_corpus_and_a_link_loop_are_not_indexed_twice(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("text")
    (tmp_path / "again").symlink_to(tmp_path / "sub")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    for follow in (False, True):
        files, skipped = discover(tmp_path, IngestSettings(follow_symlinks=follow))
        assert [f.doc for f in files] == ["sub/a.txt"] and not skipped


def test_a_folder_named_like_a_file_and_a_socket_get_reasons(tmp_path: Path) -> None:
    import socket

    (tmp_path / "notes.txt").mkdir()
    (tmp_path / "notes.txt" / "real.txt").write_text("inside")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s.txt"))
    try:
        files, skipped = discover(tmp_path)
    finally:
        server.close()
    assert [f.doc for f in files] == ["notes.txt/real.txt"]
    assert [(s.doc, s.reason) for s in skipped] == [("s.txt", "it is a socket, not a regular file")]


def test_non_utf8_file_name_is_indexed_shown_readably_and_maps_back(
    tmp_path: Path, fake_embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(os.path.join(os.fsencode(corpus), NON_UTF8_NAME), "wb") as fh:
        fh.write(b"Glacier monitoring on Svalbard shows retreat.\n")
    (corpus / "other.txt").write_text("Harbour cranes in Gdansk.\n")
    files, _ = discover(corpus)
    doc = "rapport-\\xe5r.txt"
    assert [f.doc for f in files] == ["other.txt", doc]
    assert source_path(corpus, doc).read_bytes().startswith(b"Glacier")
    args = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    assert main(["ask", "glacier Svalbard", "--k", "1", *args]) == 0
    out = capsys.readouterr().out
    assert doc in out and "Rapport \\xe5r" in out  # the title made from the name, readable
    manifest = json.loads((tmp_path / "index" / "manifest.json").read_text(encoding="utf-8"))
    assert doc in manifest["files"]


def test_display_name_escapes_controls_and_round_trips(tmp_path: Path) -> None:
    name = os.fsdecode(b"a\x1b[31m\xff.txt")
    shown = display_name(name)
    assert shown == "a\\x1b[31m\\xff.txt"
    path = os.path.join(os.fsencode(tmp_path), os.fsencode(name))
    with open(path, "wb") as fh:
        fh.write(b"x")
    assert source_path(tmp_path, shown).read_bytes() == b"x"


def _controls(text: str) -> list[str]:
    return [ch for ch in text if (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F]


def test_escape_sequences_are_removed_at_ingest(tmp_path: Path) -> None:
    path = tmp_path / "escapes.md"
    path.write_text(ESCAPES + "C1 \x9b31m csi and \x9d0;osc\x9c end.\n")
    doc = load(_corpus_file(path))
    assert not _controls(doc.text)
    assert "TITLE" not in doc.text and "file:///etc/passwd" not in doc.text
    assert "lighthouse keepers of Kvarken" in doc.text and "Red ice warnings" in doc.text


def _old_index_with_escapes(corpus: Path, index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index as nordask built it before this fix: the escapes stored in the passages."""
    (corpus / "escapes.md").write_text(ESCAPES)
    with monkeypatch.context() as patch:
        patch.setattr("nordask.loaders.clean_unicode", lambda text: text)
        indexing.run(corpus, index, Settings())
    stored = (next(index.glob("gen-*")) / "chunks.jsonl").read_text(encoding="utf-8")
    assert "\\u001b]8;;file:///etc/passwd\\u0007" in stored


def test_an_old_index_with_escapes_prints_none_in_text_json_or_export(
    corpus_copy: Path,
    tmp_path: Path,
    fake_embedder,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    index = tmp_path / "index"
    _old_index_with_escapes(corpus_copy, index, monkeypatch)
    args = ["--corpus", str(corpus_copy), "--index", str(index), "--doc", "escapes.md"]
    for extra in ([], ["--json"]):
        assert main(["ask", "lighthouse keepers Kvarken ice", *extra, *args]) == 0
        out = capsys.readouterr().out
        assert "lighthouse keepers" in out
        assert not _controls(out.replace("\\u001b", "\x1b").replace("\\u0007", "\x07"))
        assert "TITLE" not in out and "file:///etc/passwd" not in out
    answer = Assistant.open(index, corpus_copy, build=False).ask(
        "lighthouse keepers Kvarken ice", doc="escapes.md"
    )
    assert _controls(answer.citations[0].text)  # the old index does hold them ...
    markdown = to_markdown([answer])
    assert "lighthouse keepers" in markdown and not _controls(markdown)  # ... no output does


@pytest.mark.anyio
async def test_the_chat_app_shows_no_escape_sequence(
    corpus_copy: Path, tmp_path: Path, fake_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import OptionList, Static

    from nordask.tui.app import create_app

    index = tmp_path / "index"
    _old_index_with_escapes(corpus_copy, index, monkeypatch)
    monkeypatch.setattr("nordask.tui.opener.viewer_command", lambda path, page: None)
    app = create_app(corpus_copy, index, Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        app.query_one("QuestionInput").value = "lighthouse keepers Kvarken ice"
        await pilot.press("enter")
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        shown = [str(s.content) for s in app.screen.query(Static)]
        shown += [str(o.prompt) for ol in app.query(OptionList) for o in ol.options]
        text = "\n".join(shown)
        assert "lighthouse keepers" in text
        assert not _controls(text) and "TITLE" not in text
        app.action_view_document()  # the whole document, loaded from the corpus file
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        document = app.screen.query_one("TextArea").text
        assert "lighthouse keepers" in document and not _controls(document)
        exported = app.conversation.turns
        assert not _controls(to_markdown(exported))


@pytest.mark.parametrize(
    ("codec", "bom"),
    [("utf-16-le", "\ufeff"), ("utf-16-be", "\ufeff"), ("utf-32", ""), ("utf-8-sig", "")],
)
def test_files_with_a_byte_order_mark_are_read(tmp_path: Path, codec: str, bom: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes((bom + "Renskötsel i Sápmi.\n").encode(codec))
    assert load(_corpus_file(path)).text == "Renskötsel i Sápmi."


def test_a_false_utf16_mark_is_a_reason_not_a_crash() -> None:
    with pytest.raises(LoadError, match="UTF-16 mark but is not UTF-16"):
        decode_text(b"\xff\xfe" + b"\x00\xd8abc")  # a lone surrogate: invalid UTF-16


def test_aes256_pdf_with_empty_password_is_read_and_with_a_password_is_encrypted(
    tmp_path: Path,
) -> None:
    open_pdf, locked_pdf = tmp_path / "open.pdf", tmp_path / "locked.pdf"
    text_pdf(open_pdf, "Salmon fishing in Tornedalen.", password="")
    text_pdf(locked_pdf, "Salmon fishing in Tornedalen.", password="secret")
    assert load(_corpus_file(open_pdf)).text == "Salmon fishing in Tornedalen."
    with pytest.raises(LoadError, match="the PDF is encrypted"):
        load(_corpus_file(locked_pdf))


def test_pypdf_warnings_are_folded_into_the_one_line_reason(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    good = tmp_path / "good.pdf"
    writer.write(good)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes().replace(b"xref", b"xxxx", 1))
    with pytest.raises(LoadError) as caught:
        load(_corpus_file(broken))
    reason = str(caught.value)
    assert "(pypdf: " in reason and "startxref" in reason and "\n" not in reason
    assert capfd.readouterr().err == ""


def test_skips_are_reported_as_they_happen_and_progress_moves_per_file(tmp_path: Path) -> None:
    for name in ("a.txt", "c.txt"):
        (tmp_path / name).write_text(f"Text of {name}.\n")
    (tmp_path / "b.txt").write_bytes(b"")
    files, _ = discover(tmp_path)
    events: list[str] = []
    ingest(
        files,
        ChunkSettings(),
        progress=lambda stage, done, total: events.append(f"{done}/{total}"),
        on_skip=lambda s: events.append(f"skip {s.doc}"),
    )
    assert events == ["1/3", "skip b.txt", "2/3", "3/3"]


def test_a_large_file_is_announced_with_size_and_estimate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nordask.ingest.LARGE_TEXT_CHARS", 100_000)  # 1 MB takes 20 s to chunk
    path = tmp_path / "big.txt"
    path.write_text(hard_wrapped(120_000, "announced"))
    said: list[str] = []
    stages: list[tuple[str, int, int]] = []
    ingest(
        [_corpus_file(path)],
        ChunkSettings(),
        notice=said.append,
        progress=lambda *event: stages.append(event),
    )
    tagging = [(done, total) for stage, done, total in stages if stage == "tagging languages"]
    assert len(tagging) >= 3 and tagging[-1][0] == tagging[-1][1]  # moves inside the file
    assert stages[-1] == ("reading", 1, 1)
    assert len(said) == 1
    assert said[0].startswith("big.txt holds 0.1 MB of text: about 15")
    assert "to embed" in said[0] and "--max-file-mb" in said[0]


def test_the_size_limit_skips_with_a_reason_and_files_new_counts_only_indexed(
    tmp_path: Path, fake_embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text("Small file about ferries.\n")
    (corpus / "big.txt").write_text(hard_wrapped(160_000, "big"))
    (corpus / "empty.txt").write_text("")
    args = ["--corpus", str(corpus), "--index", str(tmp_path / "index"), "--max-file-mb", "0.1"]
    assert main(["index", *args]) == 0
    captured = capsys.readouterr()
    assert "skipped big.txt: the file is 0.2 MB, over the 0.1 MB limit" in captured.err
    assert "skipped empty.txt: the file is empty" in captured.err
    assert "files: 1 new" in captured.out
    notices: list[str] = []  # the index remembers the limit: asking does not rebuild
    Assistant.open(tmp_path / "index", corpus, Settings(), notice=notices.append)
    assert notices == []
    higher = Settings().with_ingest(max_file_mb=100)
    report = indexing.run(corpus, tmp_path / "index", higher)  # a higher limit: now it is new
    assert report.added == ["big.txt"] and report.unchanged == ["small.txt"]


def test_report_wording_counts_changed_files_that_now_fail_as_skipped(
    tmp_path: Path, fake_embedder
) -> None:
    (tmp_path / "a.txt").write_text("Alpha text about harbours.\n")
    (tmp_path / "b.txt").write_text("Beta text about railways.\n")
    indexing.run(tmp_path, tmp_path / ".index", Settings())
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary now")
    report = indexing.run(tmp_path, tmp_path / ".index", Settings())
    assert report.changed == [] and [s.doc for s in report.skipped] == ["b.txt"]
    assert " changed" not in describe_report(report)


def test_unreadable_file_and_folder_get_reasons(tmp_path: Path) -> None:
    """Root reads every file, so `discover` runs without that privilege here."""
    (tmp_path / "ok.txt").write_text("readable")
    (tmp_path / "locked.txt").write_text("secret")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed").chmod(0)
    code = (
        "import sys; from pathlib import Path; from nordask.loaders import discover\n"
        "files, skipped = discover(Path(sys.argv[1]))\n"
        "print([f.doc for f in files]); print([(s.doc, s.reason) for s in skipped])"
    )
    out = subprocess.run(
        [*as_unprivileged(), sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        check=True,
    ).stdout.splitlines()
    assert out[0] == "['ok.txt']"
    assert "('closed', 'the folder cannot be read (Permission denied)" in out[1]
    assert "('locked.txt', 'the file cannot be read (Permission denied)" in out[1]


@pytest.mark.model
def test_hostile_files_are_found_by_meaning_with_the_real_model(
    e5_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cleaning must keep the meaning: paraphrased questions find the escaped, the
    UTF-16 and the non-UTF-8-named file with the real model."""
    corpus = hostile_corpus(tmp_path)
    for bad in ("locked.txt", "pipe.txt", "huge.txt", "secret"):
        path = corpus / bad
        path.chmod(0o755)
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    args = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    questions = {
        "escapes.md": "Who records the sea ice each day?",
        "utf16.txt": "Where do people keep reindeer?",
        "rapport-\\xe5r.txt": "Are the glaciers shrinking?",
    }
    for doc, question in questions.items():
        assert main(["ask", question, "--json", "--k", "1", *args]) == 0
        out = capsys.readouterr().out
        assert json.loads(out)["citations"][0]["doc"] == doc
        assert "\\u001b" not in out

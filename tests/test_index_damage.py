"""A damaged, garbage, full, read-only or misplaced index (issue 10): `ask` says so in
one line with exit code 2, `nordask index` repairs it without --rebuild, and the
last good index is never lost."""

from __future__ import annotations

import errno
import json
import os
import random
import re
import shutil
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nordask import indexing
from nordask.assistant import Assistant
from nordask.backends.local.integrity import PRIMARY, REQUIRED
from nordask.backends.local.store import MANIFEST, _write_atomic, read_manifest
from nordask.cli import main
from nordask.settings import Settings
from unprivileged import run_cli

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "tui_corpus"
QUESTION = "Which committees work on electric aviation?"
#: The directory as a whole, besides each file of a generation.
FILES = [*REQUIRED, "lexical"]


@pytest.fixture
def setup(tmp_path: Path, fake_model) -> tuple[Path, Path, list[str]]:
    """A corpus, its index, and the CLI arguments that point at both."""
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE_CORPUS, corpus)
    index = tmp_path / "index"
    indexing.run(corpus, index, Settings(), embedder=fake_model)
    return corpus, index, ["--corpus", str(corpus), "--index", str(index)]


def live_generation(index: Path) -> Path:
    manifest = read_manifest(index)
    assert manifest is not None
    return index / manifest.generation


def ask_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str]]:
    assert main(["ask", QUESTION, "--json", *args]) == 0, capsys.readouterr().err
    answer = json.loads(capsys.readouterr().out)
    return [(c["doc"], c["text"]) for c in answer["citations"]]


PROGRESS_LINE = re.compile(r"^[a-z][a-z ]*: +\d+% \(\d+/\d+\)")


def one_line_error(code: int, err: str, *, after_notices: bool = False) -> str:
    """The error line; `after_notices` allows what `ask` said it was doing before it.
    Progress lines (printed whole when stderr is not a terminal) are not messages."""
    assert code == 2, err
    assert "Traceback" not in err
    lines = [ln for ln in err.strip().splitlines() if not PROGRESS_LINE.match(ln)]
    assert after_notices or len(lines) == 1, err
    assert lines[-1].startswith("nordask: error: "), err
    assert sum(line.startswith("nordask: error: ") for line in lines) == 1, err
    return lines[-1]


def damage(path: Path, how: str) -> None:
    if how == "remove":
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    elif how == "truncate":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    else:  # garble: random bytes of the same size, which only a checksum notices
        path.write_bytes(random.Random(path.name).randbytes(path.stat().st_size))


CASES = [
    (name, how)
    for name in FILES
    for how in ("remove", "truncate", "garble")
    if not (name == "lexical" and how != "remove")
]


@pytest.mark.parametrize(("name", "how"), CASES, ids=[f"{how}-{name}" for name, how in CASES])
def test_damaged_file_gives_one_line_and_index_repairs_it(
    setup: tuple[Path, Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    fake_model,
    name: str,
    how: str,
) -> None:
    _, index, args = setup
    before = ask_json(args, capsys)
    damage(live_generation(index) / name, how)
    for extra in ([], ["--no-build"]):
        line = one_line_error(main(["ask", QUESTION, *extra, *args]), capsys.readouterr().err)
        assert "damaged" in line and "nordask index" in line
    embedded_before = len(fake_model.calls)
    assert main(["index", *args]) == 0
    out = capsys.readouterr().out
    assert "rebuilt because the index is damaged" in out
    reembedded = len(fake_model.calls) > embedded_before
    assert reembedded == (name in PRIMARY)  # derived files come back from stored vectors
    assert ask_json(args, capsys) == before  # nothing else is lost
    assert main(["index", *args]) == 0
    assert "is up to date" in capsys.readouterr().out


def test_the_damage_cases_cover_every_file_of_a_generation(
    setup: tuple[Path, Path, list[str]],
) -> None:
    folder = live_generation(setup[1])
    written = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert written == set(REQUIRED)
    assert written > PRIMARY


def test_a_missing_generation_folder_is_rebuilt(
    setup: tuple[Path, Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    _, index, args = setup
    before = ask_json(args, capsys)
    shutil.rmtree(live_generation(index))
    line = one_line_error(main(["ask", QUESTION, "--no-build", *args]), capsys.readouterr().err)
    assert "missing" in line
    assert main(["index", *args]) == 0
    assert "rebuilt because the index is damaged" in capsys.readouterr().out
    assert ask_json(args, capsys) == before


MANIFESTS = {
    "not-json": "{not json",
    "empty": "",
    "a-list": "[]",
    "null": "null",
    "files-is-a-list": None,  # a real manifest whose "files" is a list
    "generation-escapes": None,  # a real manifest naming "../outside" as its generation
}


@pytest.mark.parametrize("kind", list(MANIFESTS))
def test_garbage_manifest_gives_one_line_and_both_index_and_rebuild_repair_it(
    setup: tuple[Path, Path, list[str]], capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    _, index, args = setup
    before = ask_json(args, capsys)
    path = index / MANIFEST
    good = path.read_text(encoding="utf-8")
    for rebuild in ([], ["--rebuild"]):
        text = MANIFESTS[kind]
        if text is None:
            data = json.loads(good)
            if kind == "files-is-a-list":
                data["files"] = list(data["files"])
            else:
                data["generation"] = "../outside"
            text = json.dumps(data)
        path.write_text(text, encoding="utf-8")
        for command in (["ask", QUESTION], ["ask", QUESTION, "--no-build"]):
            line = one_line_error(main([*command, *args]), capsys.readouterr().err)
            assert "manifest" in line and "is unreadable" in line
        assert main(["index", *rebuild, *args]) == 0
        assert "rebuilt because the manifest is unreadable" in capsys.readouterr().out
        assert ask_json(args, capsys) == before
    assert len(list(index.glob("gen-*"))) == 1  # the unreachable generations are gone


@pytest.mark.parametrize("where", ["/etc/passwd", "/proc/nordask-x"])
@pytest.mark.parametrize("command", ["index", "ask"])
def test_an_unusable_index_path_is_one_line(
    capsys: pytest.CaptureFixture[str], fake_model, where: str, command: str
) -> None:
    args = [command, *([QUESTION] if command == "ask" else [])]
    code = main([*args, "--corpus", str(FIXTURE_CORPUS), "--index", where])
    line = one_line_error(code, capsys.readouterr().err, after_notices=command == "ask")
    assert where in line
    assert not Path(where).is_dir()


@pytest.mark.parametrize(
    ("umask", "file_mode", "dir_mode"), [(0o022, 0o644, 0o755), (0o002, 0o664, 0o775)]
)
def test_index_files_follow_the_umask(
    tmp_path: Path, fake_embedder, umask: int, file_mode: int, dir_mode: int
) -> None:
    old = os.umask(umask)
    try:
        indexing.run(FIXTURE_CORPUS, tmp_path / "index", Settings(), embedder=fake_embedder)
    finally:
        os.umask(old)
    index = tmp_path / "index"
    modes = {
        p.relative_to(index).as_posix(): stat.S_IMODE(p.stat().st_mode)
        for p in index.rglob("*")
        if not p.name.startswith(".")
    }
    assert modes[MANIFEST] == file_mode
    assert {m for p, m in modes.items() if (index / p).is_dir()} == {dir_mode}
    assert {m for p, m in modes.items() if (index / p).is_file()} == {file_mode}


def test_a_killed_builds_leftovers_are_removed(
    setup: tuple[Path, Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    _, index, args = setup
    live = live_generation(index).name
    (index / ".building-x1y2").mkdir()
    (index / ".building-x1y2" / "vectors.npy").write_bytes(b"half")
    (index / "gen-000099").mkdir()
    (index / ".manifest.json.abc.tmp").write_text("{")
    assert main(["index", *args]) == 0
    assert sorted(p.name for p in index.iterdir() if p.name != ".writer.lock") == [
        live,
        MANIFEST,
    ]
    assert "is up to date" in capsys.readouterr().out


@pytest.mark.model
def test_a_killed_model_builds_temporary_folders_are_removed(e5_model: Path) -> None:
    from nordask.models.e5small import ensure_default_model

    old = e5_model.parent / f".{e5_model.name}.killed"
    fresh = e5_model.parent / f".{e5_model.name}.building"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "model.safetensors").write_bytes(b"half")
    hours_ago = time.time() - 7200
    os.utime(old, (hours_ago, hours_ago))
    assert ensure_default_model() == e5_model
    assert not old.exists() and fresh.is_dir()  # a build in progress is left alone
    shutil.rmtree(fresh)


def test_read_only_index_answers_and_a_stale_one_says_so(
    setup: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    corpus, index, args = setup
    (index / ".writer.lock").unlink(missing_ok=True)
    for path in [index, *index.rglob("*")]:
        path.chmod(path.stat().st_mode & ~0o222)
    home = tmp_path / "home"
    try:
        fresh = run_cli(["ask", QUESTION, "--json", *args], home)
        assert fresh.returncode == 0, fresh.stderr.decode()
        assert json.loads(fresh.stdout)["citations"]
        assert not (index / ".writer.lock").exists()  # a reader needs no lock file
        (corpus / "new.txt").write_text("Harbour cranes in Gdansk are electric.\n")
        stale = run_cli(["ask", QUESTION, "--json", *args], home)
        assert stale.returncode == 0, stale.stderr.decode()
        assert json.loads(stale.stdout)["citations"]
        assert "is not writable" in stale.stderr.decode()
        assert "Answering from the index as it is" in stale.stderr.decode()
        built = run_cli(["index", *args], home)
        one_line_error(built.returncode, built.stderr.decode())
        assert "not writable" in built.stderr.decode()
    finally:
        for path in [index, *index.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs: a real full disk (needs the right to mount; skipped without it)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    """Write until the disk is full; the filler file is returned for freeing space."""
    filler = folder / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_full_disk_keeps_the_last_index_and_says_so_in_one_line(
    small_disk: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE_CORPUS, corpus)
    index = small_disk / "index"
    args = ["--corpus", str(corpus), "--index", str(index)]
    before = ask_json(args, capsys)
    manifest = (index / MANIFEST).read_text()
    filler = fill(small_disk)
    (corpus / "new.txt").write_text("Harbour cranes in Gdansk are electric.\n" * 200)
    line = one_line_error(main(["index", *args]), capsys.readouterr().err)
    assert "the disk is full" in line and "previous index" in line
    assert (index / MANIFEST).read_text() == manifest
    assert not list(index.glob(".building-*"))
    assert main(["ask", QUESTION, "--json", *args]) == 0  # stale: answers from what it has
    captured = capsys.readouterr()
    assert "disk is full" in captured.err and "Answering from the index as it is" in captured.err
    assert [(c["doc"], c["text"]) for c in json.loads(captured.out)["citations"]] == before
    # The manifest write itself on a full disk: the old manifest stays whole.
    with pytest.raises(OSError) as caught:
        _write_atomic(index / MANIFEST, json.dumps({"pad": "x" * 100_000}))
    assert caught.value.errno == errno.ENOSPC
    assert (index / MANIFEST).read_text() == manifest
    assert not list(index.glob(".manifest.json.*"))
    filler.unlink()
    assert main(["index", *args]) == 0
    assert "1 new" in capsys.readouterr().out
    assert Assistant.open(index, corpus, build=False).ask("Gdansk harbour cranes").citations

"""The on-disk index: a manifest plus one immutable generation folder.

    index/
      manifest.json        tool version, model id and dimension, chunker settings,
                           per-file content hashes, and the live generation's name
      gen-000004/
        chunks.jsonl       chunk records (text, offsets, pages, language, sentences)
        chunks.index.npz   where each record starts; language and document codes
        vectors.npy        chunk vectors, float32, L2-normalised
        sentences.npy      sentence vectors, for picking the evidence sentence
        sentence_rows.npy  where each chunk's sentences start in sentences.npy
        centroids.npz      each language's mean passage and sentence vector (centering.py)
        dense.faiss        FAISS index over the language-centered vectors.npy
        lexical/           BM25 index in bm25s's format (lexical.py)

The search structures (centroids.npz, dense.faiss, lexical/) are built from the rest
by builder.py; this module only writes and reads.

A build writes a new generation folder completely, then replaces
manifest.json atomically (write to a temporary file, fsync, os.replace). A
build that is interrupted therefore leaves the previous manifest pointing at
the previous, complete generation; stale generation folders are removed only
after the switch.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.backends.local.chunk_table import read_chunks, write_chunks
from nordask.errors import IndexStateError, IndexWriteError, UnreadableManifest
from nordask.manifest import FORMAT, FileCheck, Manifest
from nordask.paths import follow_umask
from nordask.records import Chunk
from nordask.safe_text import one_line

if TYPE_CHECKING:
    import numpy as np

MANIFEST = "manifest.json"
GENERATION = re.compile(r"gen-\d{6,}")


def check_index_dir(index_dir: Path) -> None:
    """Refuse an index path that is a file (`--index /etc/passwd`)."""
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexStateError(
            f"the index path '{index_dir}' is a file, not a folder: pass --index with a "
            "folder for the index (it is created if missing)."
        )


def read_manifest(index_dir: Path) -> Manifest | None:
    """The live manifest, or None when no index was built in `index_dir`."""
    check_index_dir(index_dir)
    path = index_dir / MANIFEST
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise TypeError(f"it holds a {type(data).__name__}, not an object")
        manifest = Manifest.from_json(data)
        if not GENERATION.fullmatch(manifest.generation):
            raise ValueError(f"'generation' is {manifest.generation!r}, not a folder name")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadableManifest(
            f"the index manifest '{path}' is unreadable ({one_line(str(exc))}). "
            "Run `nordask index --rebuild` to build the index again."
        ) from exc
    if manifest.format != FORMAT:
        raise UnreadableManifest(
            f"the index in '{index_dir}' uses format {manifest.format}, this nordask reads "
            f"format {FORMAT}. Run `nordask index --rebuild`."
        )
    return manifest


@dataclass
class Generation:
    """Everything one index generation holds, in memory, ready to be written."""

    chunks: list[Chunk]
    vectors: np.ndarray
    sentence_vectors: np.ndarray
    sentence_rows: np.ndarray


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        follow_umask(Path(tmp))  # mkstemp makes 0600 files: others could not read the index
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _next_generation(index_dir: Path, current: str | None) -> str:
    number = int(current.split("-")[1]) + 1 if current else 1
    while (index_dir / f"gen-{number:06d}").exists():
        number += 1
    return f"gen-{number:06d}"


LOCK = ".writer.lock"
BUILDING = ".building-"


@contextmanager
def writer_lock(index_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the index folder's writer lock: one update at a time.

    A second `nordask index`, or the chat app building its first index while the
    user runs `nordask index` in another terminal, waits for the first instead of
    racing it (each would otherwise remove the other's half-written generation).
    Readers never take it: generations are immutable.
    """
    from filelock import FileLock, Timeout

    check_index_dir(index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(index_dir / LOCK)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait:
                on_wait()
            lock.acquire()
    except OSError as exc:
        raise write_error(index_dir, exc) from exc
    try:
        yield
    finally:
        lock.release()


def write_error(index_dir: Path, exc: OSError) -> IndexWriteError:
    """One line for an index that cannot be written: full disk, read-only, no such place."""
    if exc.errno == errno.ENOSPC:
        why = "the disk is full: free some space"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "the folder is not writable: check its permissions or pass another --index"
    else:
        why = f"{exc.strerror or exc}: pass --index with a folder nordask can write"
    return IndexWriteError(
        f"cannot write the index in '{index_dir}' ({why}). The previous index, if any, "
        "is unchanged."
    )


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Switch the live manifest atomically: readers see the old one or the new one."""
    _write_atomic(
        index_dir / MANIFEST, json.dumps(manifest.to_json(), indent=2, ensure_ascii=False)
    )


def write_generation(
    index_dir: Path,
    generation: Generation,
    manifest: Manifest,
    previous: str | None,
    write_search: Callable[[Path], None],
) -> Manifest:
    """Write a complete new generation, then switch the manifest to it.

    This module stores what it is given: the passages and their vectors here, and the
    search structures built from them by `write_search(folder)` (builder.py), which
    may record what it built in `manifest` before the manifest is written.
    """
    import numpy as np

    index_dir.mkdir(parents=True, exist_ok=True)
    name = _next_generation(index_dir, previous)
    tmp = Path(tempfile.mkdtemp(dir=index_dir, prefix=BUILDING))
    try:
        follow_umask(tmp)  # mkdtemp makes 0700 folders
        write_chunks(tmp, generation.chunks)
        np.save(tmp / "vectors.npy", generation.vectors)
        np.save(tmp / "sentences.npy", generation.sentence_vectors)
        np.save(tmp / "sentence_rows.npy", generation.sentence_rows)
        write_search(tmp)
        manifest.checks = file_checks(tmp)
        os.replace(tmp, index_dir / name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    manifest.generation = name
    manifest.chunks = len(generation.chunks)
    write_manifest(index_dir, manifest)
    _remove_stale(index_dir, keep=name)
    return manifest


def file_checks(folder: Path) -> dict[str, FileCheck]:
    """Size and SHA-256 of every file under `folder`, by relative path."""
    checks = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                digest.update(block)
        checks[path.relative_to(folder).as_posix()] = FileCheck(
            path.stat().st_size, digest.hexdigest()
        )
    return checks


def _remove_stale(index_dir: Path, keep: str | None) -> None:
    """Remove generations other than `keep`, half-built ones and half-written manifests:
    what a build killed before its end leaves behind. Callers hold the writer lock."""
    for path in index_dir.iterdir():
        stale_gen = GENERATION.fullmatch(path.name) and path.name != keep
        if path.is_dir() and (stale_gen or path.name.startswith(BUILDING)):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith(f".{MANIFEST}.") and path.name.endswith(".tmp"):
            path.unlink(missing_ok=True)


def remove_leftovers(index_dir: Path, manifest: Manifest | None) -> None:
    """Clean up after a killed build, keeping the live generation (writer lock held)."""
    if index_dir.is_dir():
        _remove_stale(index_dir, manifest.generation if manifest else None)


def tidy(index_dir: Path, manifest: Manifest) -> None:
    """Remove a killed build's leftovers from an index that is otherwise up to date, when
    the writer lock is free and can be taken; a read-only index is left as it is."""
    from filelock import FileLock, Timeout

    leftovers = [
        p
        for p in index_dir.iterdir()
        if p.name.startswith((BUILDING, f".{MANIFEST}."))
        or (GENERATION.fullmatch(p.name) and p.name != manifest.generation)
    ]
    if not leftovers:
        return
    try:
        with FileLock(index_dir / LOCK, timeout=0):
            remove_leftovers(index_dir, read_manifest(index_dir))
    except (OSError, Timeout, IndexStateError):
        return


def generation_dir(index_dir: Path, manifest: Manifest) -> Path:
    folder = index_dir / manifest.generation
    if not folder.is_dir():
        raise IndexStateError(
            f"the index in '{index_dir}' names generation '{manifest.generation}', which is "
            "missing. Run `nordask index` to repair it."
        )
    return folder


def read_generation(index_dir: Path, manifest: Manifest) -> Generation:
    """Load a whole generation into memory (used when updating the index)."""
    import numpy as np

    folder = generation_dir(index_dir, manifest)
    try:
        return Generation(
            chunks=read_chunks(folder),
            vectors=np.load(folder / "vectors.npy"),
            sentence_vectors=np.load(folder / "sentences.npy"),
            sentence_rows=np.load(folder / "sentence_rows.npy"),
        )
    except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
        raise IndexStateError(
            f"the index in '{index_dir}' is damaged ({one_line(str(exc))}). "
            "Run `nordask index --rebuild`."
        ) from exc

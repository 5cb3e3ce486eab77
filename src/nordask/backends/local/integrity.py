"""Is an index generation whole? Checks for opening an index and for `nordask index`.

A generation is written once and never changed, and the manifest records the size
and SHA-256 of each of its files. Opening an index (every `ask`) compares sizes and
the counts the files hold, which costs a few `stat` calls; `nordask index` also
compares checksums, so a file garbled in place is found too and the generation is
rebuilt. Damage to files derived from the stored vectors (the FAISS index, the
BM25 index, the language means, the chunk index) is repaired without re-embedding.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.backends.local.chunk_table import INDEX as CHUNK_INDEX
from nordask.backends.local.chunk_table import RECORDS
from nordask.backends.local.store import generation_dir
from nordask.errors import IndexStateError
from nordask.manifest import Manifest
from nordask.safe_text import one_line

if TYPE_CHECKING:
    from nordask.backends.local.search import Searcher

#: The files the passages and their vectors live in: damage to one means re-embedding.
PRIMARY = frozenset({RECORDS, "vectors.npy", "sentences.npy", "sentence_rows.npy"})
#: Files every generation has, for manifests written before checksums were recorded.
REQUIRED = (
    *sorted(PRIMARY),
    CHUNK_INDEX,
    "dense.faiss",
    "centroids.npz",
    "lexical/vocab.index.json",
    "lexical/params.index.json",
    "lexical/data.csc.index.npy",
    "lexical/indices.csc.index.npy",
    "lexical/indptr.csc.index.npy",
    "lexical/stopwords.json",
)
#: What reading a damaged file raises: numpy, zip (npz), json, FAISS (RuntimeError).
READ_ERRORS = (
    OSError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    EOFError,
    RuntimeError,
    zipfile.BadZipFile,
    UnicodeDecodeError,
)


@dataclass(frozen=True)
class Damage:
    """What is wrong with a generation, in words, and which files."""

    problems: tuple[str, ...]
    files: frozenset[str]

    @property
    def primary(self) -> bool:
        """Whether passages or vectors are lost (a rebuild), or only derived files."""
        return bool(self.files & PRIMARY)

    def summary(self) -> str:
        more = f" and {len(self.problems) - 1} more" if len(self.problems) > 1 else ""
        return f"{self.problems[0]}{more}"


def find_damage(folder: Path, manifest: Manifest, *, checksums: bool) -> Damage | None:
    """Missing files and wrong sizes (and, with `checksums`, changed contents)."""
    problems: list[str] = []
    files: set[str] = set()
    # A manifest from before checksums: its generation may also predate the chunk index.
    expected = manifest.checks or {name: None for name in REQUIRED if name != CHUNK_INDEX}
    for name, check in expected.items():
        path = folder / name
        try:
            size = path.stat().st_size
        except OSError:
            problems.append(f"{name} is missing")
            files.add(name)
            continue
        if check is None:
            continue
        if size != check.size:
            problems.append(f"{name} is {size:,} bytes, not {check.size:,}")
            files.add(name)
        elif checksums and _sha256(path) != check.sha256:
            problems.append(f"{name} does not match its checksum")
            files.add(name)
    return Damage(tuple(problems), frozenset(files)) if problems else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def damaged(index_dir: Path, what: str) -> IndexStateError:
    return IndexStateError(
        f"the index in '{index_dir}' is damaged ({one_line(what)}). "
        "Run `nordask index` to repair it."
    )


def open_searcher(index_dir: Path, manifest: Manifest) -> Searcher:
    """The generation's searcher, after checking that its files are whole and agree with
    each other; anything wrong is one `IndexStateError`, never a traceback."""
    from nordask.backends.local.search import Searcher

    folder = generation_dir(index_dir, manifest)
    damage = find_damage(folder, manifest, checksums=False)
    if damage:
        raise damaged(index_dir, damage.summary())
    try:
        searcher = Searcher(folder, manifest)
    except READ_ERRORS as exc:
        raise damaged(index_dir, f"{type(exc).__name__}: {exc}") from exc
    problem = _disagreement(searcher, manifest)
    if problem:
        raise damaged(index_dir, problem)
    return searcher


def _disagreement(searcher: Searcher, manifest: Manifest) -> str | None:
    """Where the files' counts and shapes disagree with the manifest, or None."""
    n = len(searcher.chunks)
    rows = searcher.sentence_rows
    counts = {
        "chunks.jsonl": n,
        "vectors.npy": searcher.vectors.shape[0],
        "dense.faiss": searcher.dense.ntotal,
        "lexical": searcher.lexical.num_docs,
        "sentence_rows.npy": len(rows) - 1,
    }
    if manifest.chunks:
        counts["manifest.json"] = manifest.chunks
    if len(set(counts.values())) > 1:
        listing = ", ".join(f"{name} {count}" for name, count in counts.items())
        return f"its files hold different numbers of passages: {listing}"
    dims = {searcher.vectors.shape[1], searcher.sentence_vectors.shape[1], searcher.dense.d}
    if dims != {manifest.dim}:
        return f"its vectors have {sorted(dims)} dimensions, the manifest says {manifest.dim}"
    if len(rows) and (rows[0] != 0 or rows[-1] != searcher.sentence_vectors.shape[0]):
        return "sentence_rows.npy does not match sentences.npy"
    missing = set(searcher.langs) - set(searcher.centroids.langs)
    if missing:
        return f"centroids.npz has no mean for {', '.join(sorted(missing))}"
    return None

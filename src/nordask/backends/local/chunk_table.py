"""The chunk records of one index generation, read one at a time when asked for.

A generation stores its chunks as JSON Lines (`chunks.jsonl`) plus a small
numpy index (`chunks.index.npz`): where each record starts, and each chunk's
language and document as codes. Opening an index then reads the index and maps
the records file; a query parses only the hundred or so chunks it ranks. Reading
every record up front took 2.2 s for 100k chunks and 38 s (and gigabytes) for 1M.
"""

from __future__ import annotations

import json
import mmap
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, overload

from nordask.errors import IndexStateError
from nordask.records import Chunk

if TYPE_CHECKING:
    import numpy as np

RECORDS = "chunks.jsonl"
INDEX = "chunks.index.npz"
#: Parsed chunks kept per table: a query touches ~100, a chat session a few thousand.
_CACHED = 4096


def write_chunks(folder: Path, chunks: Iterable[Chunk]) -> None:
    """Write the records and their index to `folder`."""
    import numpy as np

    offsets, langs, docs = [0], [], []
    with (folder / RECORDS).open("wb") as fh:
        for chunk in chunks:
            line = (json.dumps(chunk.to_json(), ensure_ascii=False) + "\n").encode("utf-8")
            fh.write(line)
            offsets.append(offsets[-1] + len(line))
            langs.append(chunk.lang)
            docs.append(chunk.doc)
    lang_names, lang_codes = _codes(langs)
    doc_names, doc_codes = _codes(docs)
    np.savez(
        folder / INDEX,
        offsets=np.asarray(offsets, dtype=np.int64),
        lang_codes=lang_codes,
        doc_codes=doc_codes,
        langs=np.asarray(lang_names, dtype=str),
        docs=np.asarray(doc_names, dtype=str),
    )


def read_chunks(folder: Path) -> list[Chunk]:
    """Every chunk, parsed (for updating an index, which rewrites them all)."""
    with (folder / RECORDS).open(encoding="utf-8") as fh:
        return [Chunk.from_json(json.loads(line)) for line in fh]


class ChunkTable(Sequence[Chunk]):
    """A generation's chunks as a read-only sequence, parsed on access."""

    def __init__(self, folder: Path) -> None:
        import numpy as np

        with (folder / RECORDS).open("rb") as fh:
            size = fh.seek(0, 2)
            self._data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        if (folder / INDEX).exists():
            with np.load(folder / INDEX) as saved:
                self._offsets = saved["offsets"]
                #: Sorted language tags and document names; the codes index into them.
                self.langs: list[str] = saved["langs"].tolist()
                self.docs: list[str] = saved["docs"].tolist()
                self.lang_codes: np.ndarray = saved["lang_codes"]
                self.doc_codes: np.ndarray = saved["doc_codes"]
        else:  # a generation written before the index existed: parse it all once
            chunks = read_chunks(folder)
            lines = [0, *np.flatnonzero(np.frombuffer(self._data, dtype=np.uint8) == 10) + 1]
            self._offsets = np.asarray(lines, dtype=np.int64)
            self.langs, self.lang_codes = _codes([c.lang for c in chunks])
            self.docs, self.doc_codes = _codes([c.doc for c in chunks])
        if len(self._offsets) == 0 or int(self._offsets[-1]) != len(self._data):
            raise ValueError(f"{RECORDS} does not end where {INDEX} says it does")
        self._folder = folder
        self._parse = lru_cache(maxsize=_CACHED)(self._parse_row)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, row: int) -> Chunk: ...
    @overload
    def __getitem__(self, row: slice) -> list[Chunk]: ...
    def __getitem__(self, row: int | slice) -> Chunk | list[Chunk]:
        if isinstance(row, slice):
            return [self._parse(i) for i in range(*row.indices(len(self)))]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(f"chunk {row} out of range")
        return self._parse(row)

    def _parse_row(self, row: int) -> Chunk:
        start, end = int(self._offsets[row]), int(self._offsets[row + 1])
        try:
            return Chunk.from_json(json.loads(self._data[start:end]))
        except (ValueError, KeyError, TypeError) as exc:  # garbled since it was written
            raise IndexStateError(
                f"the index in '{self._folder.parent}' is damaged ({RECORDS} record {row} "
                "cannot be read). Run `nordask index` to repair it."
            ) from exc


def _codes(values: list[str]) -> tuple[list[str], np.ndarray]:
    """The sorted distinct values, and each value's position among them."""
    import numpy as np

    names = sorted(set(values))
    position = {name: i for i, name in enumerate(names)}
    codes = np.fromiter((position[v] for v in values), dtype=np.int32, count=len(values))
    return names, codes

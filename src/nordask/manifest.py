"""The index manifest: what an index was built from and with, whatever stores it.

Both backends keep the same record: the local one as manifest.json beside its
generation folders, PostgreSQL in a one-row table. Comparing it with the corpus
and the settings tells an index run which files to embed again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from nordask._version import __version__
from nordask.records import TableRow

FORMAT = 1
#: A generation's name: "gen-000004" for a local folder, "pg-000004" in PostgreSQL.
GENERATION_NAME = re.compile(r"[a-z]+-\d{6,}")


@dataclass
class FileEntry:
    sha256: str
    title: str
    first: int
    count: int
    #: The document's numbered headings, [number, title] ("MÅL 7: …"): what a question
    #: naming "goal 3" is checked against.
    numbered: list[list] = field(default_factory=list)
    #: Its table rows (TableRow.to_json), each with "passage", the position of its
    #: passage in the document (any backend finds the passage's row from that).
    rows: list[dict] = field(default_factory=list)
    #: What the overview needs from this document (overview.document_part), computed
    #: from its passages and kept for as long as its content hash is unchanged.
    overview: dict = field(default_factory=dict)

    def table_rows(self) -> list[tuple[int, TableRow]]:
        """Each table row with the position of its passage in the document. Indexes
        written before the backends named the passage's row in the index ("chunk")."""
        return [
            (
                int(data["passage"]) if "passage" in data else int(data["chunk"]) - self.first,
                TableRow.from_json(data),
            )
            for data in self.rows
        ]


@dataclass
class FileCheck:
    size: int
    sha256: str


@dataclass
class Manifest:
    model_id: str
    dim: int
    chunking: dict[str, int]
    generation: str
    files: dict[str, FileEntry]
    skipped: list[dict[str, str]] = field(default_factory=list)
    dense_index: str = "flat"
    centering: float = 0.0
    chunks: int = 0
    #: Size and SHA-256 of every file of the generation, by its path inside it.
    checks: dict[str, FileCheck] = field(default_factory=dict)
    #: Which files were read (`IngestSettings`, every value set).
    ingest: dict[str, Any] = field(default_factory=dict)
    #: The corpus overview (Overview.to_json, plus its "version"); "starters" is None
    #: until the starter questions were checked against this index.
    overview: dict[str, Any] = field(default_factory=dict)
    tool_version: str = __version__
    format: int = FORMAT

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "tool_version": self.tool_version,
            "model": {"id": self.model_id, "dim": self.dim},
            "chunking": self.chunking,
            "dense_index": self.dense_index,
            "centering": self.centering,
            "generation": self.generation,
            "chunks": self.chunks,
            "files": {doc: vars(entry) for doc, entry in sorted(self.files.items())},
            "skipped": self.skipped,
            "ingest": self.ingest,
            "checks": {name: vars(check) for name, check in sorted(self.checks.items())},
            "overview": self.overview,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        """Raises ValueError, KeyError or TypeError when `data` is not a manifest."""
        files, checks = _mapping(data, "files"), _mapping(data, "checks", {})
        generation = data["generation"]
        if not isinstance(generation, str) or not GENERATION_NAME.fullmatch(generation):
            raise ValueError(f"'generation' is {generation!r}, not a generation name")
        return cls(
            model_id=str(data["model"]["id"]),
            dim=int(data["model"]["dim"]),
            chunking=dict(_mapping(data, "chunking")),
            generation=generation,
            files={str(doc): FileEntry(**entry) for doc, entry in files.items()},
            checks={str(name): FileCheck(**check) for name, check in checks.items()},
            skipped=[_skipped(entry) for entry in data.get("skipped", [])],
            ingest=dict(_mapping(data, "ingest", {})),
            dense_index=data.get("dense_index", "flat"),
            centering=float(data.get("centering", 0.0)),
            chunks=int(data.get("chunks", 0)),
            overview=dict(_mapping(data, "overview", {})),
            tool_version=data.get("tool_version", "?"),
            format=int(data.get("format", 0)),
        )


def _skipped(entry: dict[str, Any]) -> dict[str, Any]:
    """One skipped file of a manifest: its name, the reason and (if read) its hash."""
    sha256 = entry.get("sha256")
    return {
        "doc": str(entry["doc"]),
        "reason": str(entry["reason"]),
        "sha256": sha256 if isinstance(sha256, str) else None,
    }


def _mapping(data: dict[str, Any], key: str, default: Any = None) -> dict[str, Any]:
    value = data.get(key, default) if default is not None else data[key]
    if not isinstance(value, dict):
        raise TypeError(f"'{key}' is a {type(value).__name__}, not an object")
    return value

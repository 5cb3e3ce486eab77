"""The index manifest: what an index was built from and with, whatever stores it.

Both backends keep the same record: the local one as manifest.json beside its
generation folders, PostgreSQL in a one-row table. Comparing it with the corpus
and the settings tells an index run which files to embed again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nordask import __version__

FORMAT = 1


@dataclass
class FileEntry:
    sha256: str
    title: str
    first: int
    count: int


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
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        return cls(
            model_id=data["model"]["id"],
            dim=int(data["model"]["dim"]),
            chunking=dict(data["chunking"]),
            generation=data["generation"],
            files={doc: FileEntry(**entry) for doc, entry in data["files"].items()},
            skipped=list(data.get("skipped", [])),
            dense_index=data.get("dense_index", "flat"),
            centering=float(data.get("centering", 0.0)),
            chunks=int(data.get("chunks", 0)),
            tool_version=data.get("tool_version", "?"),
            format=int(data.get("format", 0)),
        )

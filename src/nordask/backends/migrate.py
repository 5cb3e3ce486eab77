"""Copy an index between backends (a local folder to PostgreSQL, or back) as it is:
passages, vectors and manifest move over, nothing is embedded again."""

from __future__ import annotations

import time
from pathlib import Path

from nordask.backends import Backend, open_backend
from nordask.errors import IndexStateError
from nordask.manifest import Manifest


def migrate(source: Backend | Path | str, target: Backend | Path | str) -> tuple[Manifest, float]:
    """Replace the target index with a copy of the source; the new manifest and seconds."""
    started = time.perf_counter()
    src, dst = open_backend(source), open_backend(target)
    manifest = src.read_manifest()
    if manifest is None:
        raise IndexStateError(
            f"there is no index in '{src.location}' to copy. Run `nordask index` first."
        )
    copy = Manifest.from_json(manifest.to_json())
    with dst.writer():
        dst.write(src.read_docs(list(manifest.files)), [], copy)
    return copy, time.perf_counter() - started

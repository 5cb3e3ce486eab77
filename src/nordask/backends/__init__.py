"""Where an index lives: a local folder, or a PostgreSQL database named by URL.

`open_backend("index")` opens the local backend, `open_backend("postgresql://...")`
the shared PostgreSQL one (psycopg and pgvector are imported only then).
"""

from __future__ import annotations

import os
from pathlib import Path

from nordask.backends.base import Backend, DocRows

__all__ = ["Backend", "DocRows", "default_location", "is_url", "open_backend"]

_SCHEMES = ("postgresql://", "postgres://")


def is_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(_SCHEMES)


def default_location() -> str:
    """`NORDASK_INDEX` (a folder or a postgresql:// URL), else ./index."""
    return os.environ.get("NORDASK_INDEX") or "index"


def open_backend(location: Backend | str | Path | None = None) -> Backend:
    """The backend for a folder or URL (`None`: the default location)."""
    if location is None:
        location = default_location()
    if not isinstance(location, str | Path):
        return location
    if is_url(location):
        from nordask.backends.postgres import PostgresBackend

        return PostgresBackend(str(location))
    from nordask.backends.local import LocalBackend

    return LocalBackend(Path(location))

"""The one place that decides where nordask reads and writes files.

`NORDASK_HOME` overrides every per-user location (cache, data), which keeps
tests and CI hermetic. The corpus and index default to `corpus/` and `index/`
in the working directory, the layout of a nordask checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "nordask"


def _home() -> Path | None:
    home = os.environ.get("NORDASK_HOME")
    return Path(home).expanduser() if home else None


def cache_dir() -> Path:
    """Rebuildable files: the converted default model."""
    home = _home()
    if home:
        return home / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME)


def data_dir() -> Path:
    """Files worth keeping: chat history, exports."""
    home = _home()
    if home:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME)


def models_dir() -> Path:
    return cache_dir() / "models"


def default_corpus_dir() -> Path:
    return Path(os.environ.get("NORDASK_CORPUS", "corpus"))


def index_location(value: str | Path | None = None) -> Path | str:
    """An index folder, or a postgresql:// URL kept as text (a Path would fold its '//').
    None means `NORDASK_INDEX`, else ./index."""
    value = value if value is not None else os.environ.get("NORDASK_INDEX") or "index"
    if isinstance(value, str) and value.startswith(("postgresql://", "postgres://")):
        return value
    return Path(value)


def history_file() -> Path:
    return data_dir() / "history.jsonl"


def current_umask() -> int:
    """The process's umask, read without changing it where Linux allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def follow_umask(path: Path) -> None:
    """Give a file or folder made by `tempfile` (0600 / 0700) the mode the umask asks for,
    as if it had been created with open() or mkdir(): a shared index stays readable."""
    base = 0o777 if path.is_dir() else 0o666
    path.chmod(base & ~current_umask())


def remove_stale_temp(parent: Path, prefix: str, older_than_s: float) -> None:
    """Remove `prefix*` folders in `parent` untouched for `older_than_s` seconds: the
    temporary folders of a model build that was killed. A build in progress keeps
    writing into its own folder, so it is never that old."""
    import shutil
    import time

    if not parent.is_dir():
        return
    now = time.time()
    for path in parent.iterdir():
        if not path.name.startswith(prefix) or not path.is_dir():
            continue
        try:
            stale = now - path.stat().st_mtime > older_than_s
        except OSError:
            continue
        if stale:
            shutil.rmtree(path, ignore_errors=True)

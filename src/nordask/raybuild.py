"""Index builds on a Ray cluster: loading and chunking, and above all embedding, as Ray
Data pipelines; the rest of an index run (planning, writing either backend) is unchanged.

Files are read and chunked one per task. Texts are embedded by a pool of actors that
each load the model once. Each actor asks for a fraction of a CPU: on a small machine
an actor holding a whole CPU leaves none to the read stage, and the pipeline waits
forever (2 cores, 2 actors). The actors pick the engine a local build of the same job
would, so the vectors are the same.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nordask.errors import InputError

if TYPE_CHECKING:
    import numpy as np

    from nordask.loaders import CorpusFile
    from nordask.models import ModelRef
    from nordask.records import Chunk, Skipped
    from nordask.settings import ChunkSettings

#: CPUs each embedding actor reserves (see the module docstring).
ACTOR_CPUS = 0.5
#: Texts per embedding batch sent to an actor.
BATCH = 64


@dataclass(frozen=True)
class RayBuild:
    """Where to run: `auto` (a running cluster, else a local Ray on this machine) or a
    cluster's address; and how many embedding actors (default: one per cluster CPU)."""

    address: str = "auto"
    workers: int | None = None

    def connect(self) -> int:
        """Join (or start) the cluster quietly; the number of embedding actors."""
        try:
            import ray
        except ImportError as exc:
            raise InputError(
                "Ray is not installed. Install it with `pip install 'nordask[ray]'`."
            ) from exc
        os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
        options: dict[str, Any] = {
            "include_dashboard": False,
            "log_to_driver": False,
            "logging_level": logging.ERROR,
            "configure_logging": True,
            "ignore_reinit_error": True,
        }
        env = {k: os.environ[k] for k in ("PYTHONPATH", "NORDASK_HOME") if k in os.environ}
        if env:
            options["runtime_env"] = {"env_vars": env}
        if not ray.is_initialized():
            try:
                if self.address == "auto":
                    try:
                        ray.init(address="auto", **options)
                    except ConnectionError:
                        ray.init(**options)  # no cluster running: a local one
                else:
                    ray.init(address=self.address, **options)
            except (ConnectionError, ValueError, RuntimeError) as exc:
                raise InputError(
                    f"cannot reach the Ray cluster at '{self.address}' ({exc}). Start it with "
                    "`ray start --head` (see README), or use --ray auto."
                ) from exc
        for name in ("ray", "ray.data", "ray.train", "ray.tune"):
            logging.getLogger(name).setLevel(logging.ERROR)
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        cpus = int(ray.cluster_resources().get("CPU", 1))
        return max(1, self.workers or cpus)

    def ingest(
        self,
        files: list[CorpusFile],
        settings: ChunkSettings,
        known_languages: Mapping[str, str],
        on_skip: Callable[[Skipped], None] | None = None,
    ) -> tuple[dict[str, list[Chunk]], list[Skipped]]:
        """`ingest.ingest`, one Ray task per file; `on_skip` hears of each failure."""
        import ray

        from nordask.records import Chunk, Skipped

        if not files:
            return {}, []
        self.connect()
        known = dict(known_languages)

        def load_one(row: dict[str, Any]) -> dict[str, Any]:
            from pathlib import Path

            from nordask.ingest import ingest
            from nordask.loaders import CorpusFile

            file = CorpusFile(Path(row["path"]), row["doc"], row["sha256"], row["size"])
            chunks, skipped = ingest([file], settings, known)
            return {
                "doc": row["doc"],
                "chunks": json.dumps([c.to_json() for c in chunks.get(row["doc"], [])]),
                "error": skipped[0].reason if skipped else "",
            }

        items = [
            {"path": str(f.path), "doc": f.doc, "sha256": f.sha256, "size": f.size} for f in files
        ]
        with _quiet():
            rows = ray.data.from_items(items).map(load_one).take_all()
        chunks: dict[str, list[Chunk]] = {}
        skipped: list[Skipped] = []
        for row in sorted(rows, key=lambda r: r["doc"]):
            if row["error"]:
                skipped.append(Skipped(row["doc"], row["error"]))
                if on_skip:
                    on_skip(skipped[-1])
            else:
                chunks[row["doc"]] = [Chunk.from_json(c) for c in json.loads(row["chunks"])]
        return chunks, skipped

    def embed(self, texts: list[str], ref: ModelRef) -> np.ndarray:
        """Passage vectors of `texts`, in order, from a pool of model-holding actors."""
        import numpy as np
        import ray

        workers = self.connect()
        chars = sum(len(t) for t in texts)
        items = [{"i": i, "text": t} for i, t in enumerate(texts)]
        dataset = ray.data.from_items(
            items, override_num_blocks=max(1, min(len(items), workers * 4))
        ).map_batches(
            _Embed,
            fn_constructor_kwargs={"ref": ref, "chars": chars},
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=ACTOR_CPUS,
            batch_size=BATCH,
            batch_format="numpy",
        )
        with _quiet():
            out = dataset.take_all()
        vectors = np.empty((len(texts), len(out[0]["vector"]) if out else 0), dtype=np.float32)
        for row in out:
            vectors[int(row["i"])] = row["vector"]
        return vectors


@contextmanager
def _quiet() -> Iterator[None]:
    """Send what Ray's processes print to this terminal (progress, C++ logs) to a log file
    in the cache instead; errors still arrive as exceptions."""
    from nordask.paths import cache_dir

    log = cache_dir() / "ray-build.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    saved = os.dup(2)
    with log.open("ab") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


class _Embed:
    """One embedding actor: the model is loaded once, then reused for every batch."""

    def __init__(self, ref: ModelRef, chars: int) -> None:
        from nordask.models import passage_embedder
        from nordask.models.engines import SentenceTransformerEmbedder

        self.embedder = passage_embedder(ref, chars)
        if isinstance(self.embedder, SentenceTransformerEmbedder):
            import torch

            torch.set_num_threads(max(1, int(ACTOR_CPUS * 2)))

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        vectors = self.embedder.embed_passages([str(t) for t in batch["text"]])
        return {"i": batch["i"], "vector": vectors}

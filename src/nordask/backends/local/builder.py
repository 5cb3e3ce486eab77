"""Build a generation's search structures from its passages and vectors: the language
means (centering.py), the FAISS index, whose type is picked by the index's size, and
the BM25 index (lexical.py). store.py writes them into the generation folder."""

from __future__ import annotations

import errno
import math
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nordask.backends.local import lexical, store
from nordask.centering import Centroids
from nordask.manifest import Manifest
from nordask.safe_text import one_line

if TYPE_CHECKING:
    import numpy as np

#: From this many chunks on, exact search gives way to an inverted-file index (IVF-Flat):
#: at 1M chunks exact search takes ~130 ms a query and IVF ~23 ms at recall@10 0.985, and
#: IVF builds in about a minute where HNSW takes ~11 (see benchmarks/README.md).
APPROX_THRESHOLD = 200_000
#: IVF lists are trained on this many vectors per list.
IVF_TRAIN_PER_LIST = 64
#: FAISS's k-means wants at least this many training vectors per list (its
#: `min_points_per_centroid`; with fewer it warns and the lists come out poor), which
#: caps the list count of a small index.
FAISS_MIN_TRAIN_PER_LIST = 39
#: A query scans an eighth of the IVF lists, and at least 256 of them: recall@10 >= 0.95
#: from 200k to 1M clustered vectors (benchmarks/README.md).
IVF_PROBE_SHARE = 1 / 8
IVF_MIN_PROBES = 256


def build_generation(
    index_dir: Path,
    generation: store.Generation,
    manifest: Manifest,
    previous: str | None,
    approx_threshold: int = APPROX_THRESHOLD,
) -> Manifest:
    """Write `generation` with its search structures as the index's new live generation."""

    def write_search(folder: Path) -> None:
        manifest.dense_index = write_search_structures(
            folder, generation, manifest.centering, approx_threshold
        )

    return store.write_generation(index_dir, generation, manifest, previous, write_search)


def write_search_structures(
    folder: Path, generation: store.Generation, centering: float, approx_threshold: int
) -> str:
    """Build and save the language means, the FAISS index and the BM25 index in `folder`;
    the kind of FAISS index built ("flat" or "ivf")."""
    chunk_langs = [c.lang for c in generation.chunks]
    sentence_langs = [c.lang for c in generation.chunks for _ in c.sentences]
    centroids = Centroids.compute(
        generation.vectors,
        chunk_langs,
        generation.sentence_vectors,
        sentence_langs,
        centering,
    )
    centroids.save(folder)
    dense, kind = build_dense(
        centroids.center_passages(generation.vectors, chunk_langs), approx_threshold
    )
    _write_faiss(dense, folder / "dense.faiss")
    (folder / "lexical").mkdir()
    lexical.build([c.text for c in generation.chunks], chunk_langs, folder / "lexical")
    return kind


def ivf_lists(n: int) -> int:
    """IVF list count for n vectors: the power of two nearest 2 * sqrt(n), with enough
    training vectors per list."""
    lists = 1 << max(0, round(math.log2(2 * math.sqrt(n))))
    return max(1, min(lists, n // FAISS_MIN_TRAIN_PER_LIST))


def ivf_probes(lists: int) -> int:
    return min(lists, max(IVF_MIN_PROBES, round(lists * IVF_PROBE_SHARE)))


def build_dense(vectors: np.ndarray, approx_threshold: int = APPROX_THRESHOLD) -> tuple[Any, str]:
    """A FAISS inner-product index: exact below `approx_threshold` chunks, IVF-Flat from
    there."""
    import faiss
    import numpy as np

    n, dim = vectors.shape
    if n < approx_threshold:
        index = faiss.IndexFlatIP(dim)
        index.add(vectors)
        return index, "flat"
    lists = ivf_lists(n)
    index = faiss.index_factory(dim, f"IVF{lists},Flat", faiss.METRIC_INNER_PRODUCT)
    sample = np.random.default_rng(0).choice(n, min(n, lists * IVF_TRAIN_PER_LIST), replace=False)
    index.train(vectors[np.sort(sample)])
    index.add(vectors)
    index.nprobe = ivf_probes(lists)  # saved with the index, read back by the Searcher
    return index, "ivf"


def _write_faiss(index: Any, path: Path) -> None:
    """FAISS reports a failed write (a full disk) as RuntimeError; make it an OSError."""
    import faiss

    try:
        faiss.write_index(index, str(path))
    except RuntimeError as exc:
        full = shutil.disk_usage(path.parent).free < (1 << 20)
        raise OSError(errno.ENOSPC if full else errno.EIO, one_line(str(exc))) from exc

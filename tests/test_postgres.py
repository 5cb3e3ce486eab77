"""What only the PostgreSQL backend does: chosen by URL, copied from a local index,
and one clear line for each way a database can be wrong (real throwaway server)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nordask import indexing
from nordask.backends import open_backend
from nordask.cli import main
from nordask.settings import Settings


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("nordask: error: "), err
    assert "Traceback" not in err[0]
    return err[0]


def test_url_in_env_or_option_chooses_postgres(
    corpus_copy: Path, pg_url: str, fake_embedder, monkeypatch, capsys
) -> None:
    args = ["--corpus", str(corpus_copy)]
    assert main(["index", "--index", pg_url, *args]) == 0
    assert "Indexed" in capsys.readouterr().out
    monkeypatch.setenv("NORDASK_INDEX", pg_url)
    assert main(["ask", "regional innovation projects", "--json", "--no-build", *args]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["citations"] and answer["citations"][0]["doc"].endswith(".txt")
    assert main(["index", *args]) == 0
    assert "is up to date" in capsys.readouterr().out


def test_migrate_copies_without_re_embedding_and_ranks_alike(
    corpus_copy: Path, tmp_path: Path, pg_url: str, fake_embedder, capsys
) -> None:
    local = tmp_path / "index"
    indexing.run(corpus_copy, local, Settings())
    calls = list(fake_embedder.calls)
    assert main(["migrate", "--from", str(local), "--to", pg_url]) == 0
    assert "nothing re-embedded" in capsys.readouterr().out
    assert fake_embedder.calls == calls
    a, b = open_backend(local), open_backend(pg_url)
    ma, mb = a.read_manifest(), b.read_manifest()
    assert ma is not None and mb is not None
    assert (ma.model_id, ma.dim, ma.chunking, ma.centering, ma.chunks, ma.skipped) == (
        mb.model_id,
        mb.dim,
        mb.chunking,
        mb.centering,
        mb.chunks,
        mb.skipped,
    )
    assert {d: (e.sha256, e.title, e.count) for d, e in ma.files.items()} == {
        d: (e.sha256, e.title, e.count) for d, e in mb.files.items()
    }
    assert (a.documents, a.languages, a.passage_count) == (
        b.documents,
        b.languages,
        b.passage_count,
    )
    # Dense ranking (language centering included) is the same computation on both.
    dense_only = Settings().with_retrieval(lexical_weight=0).retrieval
    for question in ("regional innovation", "Kvarken samarbete", "ferries 2017", "budget"):
        qvec = fake_embedder.embed_queries([question])[0]
        ours, theirs = (x.search(qvec, question, dense_only, k=5) for x in (a, b))
        assert [a.chunk(h.row).text for h in ours] == [b.chunk(h.row).text for h in theirs]
        np.testing.assert_allclose([h.dense for h in ours], [h.dense for h in theirs], atol=1e-4)
    # And back again: a local copy of the database equals the original.
    assert main(["migrate", "--from", pg_url, "--to", str(tmp_path / "back")]) == 0
    back = open_backend(tmp_path / "back")
    docs = a.documents
    for doc in docs:
        np.testing.assert_allclose(
            back.read_docs([doc])[doc].vectors, a.read_docs([doc])[doc].vectors
        )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://nordask@/db?host=/nonexistent-socket-dir", "cannot connect to PostgreSQL"),
        ("postgresql://nordask:secret@127.0.0.1:1/db", "cannot connect to PostgreSQL"),
        ("postgresql://a b", "is not a valid PostgreSQL URL"),
    ],
)
def test_bad_url_or_no_server_is_one_line(url: str, expected: str, capsys) -> None:
    assert main(["ask", "anything", "--index", url, "--no-build"]) == 2
    line = _one_error_line(capsys)
    assert expected in line and "secret" not in line


def test_database_without_pgvector_is_one_line(pg_server, tmp_path: Path, capsys) -> None:
    pg_server.psql(
        "DROP DATABASE IF EXISTS t_plain; DROP ROLE IF EXISTS plain;"
        "CREATE ROLE plain LOGIN; CREATE DATABASE t_plain OWNER plain;"
    )
    query = pg_server.get_uri().partition("?")[2]
    url = f"postgresql://plain@/t_plain?{query}"
    assert main(["index", "--index", url, "--corpus", str(tmp_path)]) == 2
    assert "no pgvector extension" in _one_error_line(capsys)


def test_asking_never_builds_a_shared_index(corpus_copy: Path, pg_url: str, fake_embedder) -> None:
    """Everyone asks, one job indexes: a user's own corpus folder never rewrites the
    shared index."""
    from nordask.assistant import Assistant
    from nordask.errors import IndexStateError

    with pytest.raises(IndexStateError, match="no index"):
        Assistant.open(pg_url, corpus_copy)
    indexing.run(corpus_copy, pg_url, Settings())
    (corpus_copy / "mine.txt").write_text("My own notes about ferries.\n")
    assistant = Assistant.open(pg_url, corpus_copy)
    assert "mine.txt" not in assistant.documents and not fake_embedder.calls[1:]


def test_database_built_with_another_model_is_one_line(
    corpus_copy: Path, pg_url: str, tmp_path: Path, fake_embedder, capsys
) -> None:
    indexing.run(corpus_copy, pg_url, Settings())
    model_dir = tmp_path / "other-model"
    model_dir.mkdir()
    (model_dir / "modules.json").write_text("[]")
    code = main(["ask", "x", "--index", pg_url, "--model", str(model_dir), "--no-build"])
    assert code == 2
    assert "was built with model 'intfloat/multilingual-e5-small'" in _one_error_line(capsys)


def test_readers_see_the_old_or_the_new_index(
    corpus_copy: Path, pg_url: str, fake_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While an update's transaction is open (new rows written, not committed) a reader
    searches the old index; once it commits, the new one."""
    import threading

    from nordask.backends import postgres

    indexing.run(corpus_copy, pg_url, Settings())
    reader = open_backend(pg_url)
    settings = Settings().retrieval
    question = "ferry line Umeå Vaasa biogas"
    qvec = fake_embedder.embed_queries([question])[0]

    def docs_found() -> set[str]:
        return {reader.chunk(h.row).doc for h in reader.search(qvec, question, settings, k=50)}

    before = docs_found()
    written, release = threading.Event(), threading.Event()
    real = postgres._recenter

    def paused(*args, **kwargs):
        real(*args, **kwargs)
        written.set()
        release.wait(30)

    monkeypatch.setattr(postgres, "_recenter", paused)
    (corpus_copy / "ferry.txt").write_text("The ferry line links Umeå and Vaasa on biogas.\n")
    writer = threading.Thread(target=lambda: indexing.run(corpus_copy, pg_url, Settings()))
    writer.start()
    try:
        assert written.wait(30)
        assert docs_found() == before and "ferry.txt" not in reader.documents
    finally:
        release.set()
        writer.join(30)
    assert "ferry.txt" in docs_found() and "ferry.txt" in reader.documents


@pytest.mark.model
def test_eval_through_postgres_matches_local(assistant, bundled_index: Path, pg_url: str) -> None:
    """The bundled index copied into PostgreSQL answers the eval set as well as the local
    one: the same vectors, the same ranking code; only word matching differs (BM25 there,
    PostgreSQL's full text here, at weight 0.03)."""
    from nordask.assistant import Assistant
    from nordask.backends.migrate import migrate
    from nordask.evaluation.evalset import load_evalset
    from nordask.evaluation.runner import run, summarize

    repo = Path(__file__).resolve().parents[1]
    questions = load_evalset(repo / "evals" / "test.jsonl")
    migrate(bundled_index, pg_url)
    shared = Assistant.open(pg_url, repo / "corpus", build=False)
    local, ours = (summarize(run(a, questions, k=10), 10) for a in (assistant, shared))
    for metric in ("recall@5", "mrr@10"):
        assert ours[metric] == pytest.approx(local[metric], abs=0.01), metric
    # --explain through PostgreSQL: the same shared ranking code, so the same pinned
    # table row, and word matches explained by stems of the question's words.
    why = shared.ask("What is the budget for goal 7?", explain=True).explain
    assert why.citations[0].pinned and why.decision.answered
    assert any("budget" in c.terms for c in why.citations if c.lexical is not None)

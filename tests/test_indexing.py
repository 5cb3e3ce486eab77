"""Index builds, incremental updates, atomicity and mismatches (fake embedder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nordask import indexing
from nordask.assistant import Assistant
from nordask.backends.local.store import read_manifest
from nordask.errors import IndexStateError
from nordask.settings import Settings


def test_manifest_records_model_chunking_and_hashes(
    corpus_copy: Path, tmp_path: Path, fake_embedder
) -> None:
    index = tmp_path / "index"
    report = indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    data = json.loads((index / "manifest.json").read_text())
    assert data["model"] == {"id": "intfloat/multilingual-e5-small", "dim": 64}
    assert data["chunking"] == {"chunk_chars": 900, "overlap_chars": 150, "structure": 21}
    assert data["tool_version"]
    assert len(data["files"]) == 5
    assert all(len(entry["sha256"]) == 64 for entry in data["files"].values())
    assert report.chunks == data["chunks"] > 0


def test_only_changed_files_are_re_embedded(
    corpus_copy: Path, tmp_path: Path, fake_embedder
) -> None:
    index = tmp_path / "index"
    indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    first_total = fake_embedder.calls[-1]
    again = indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    assert not again.touched and again.embedded == 0

    note = corpus_copy / "northern-connections-north-sea-conference-2017.txt"
    note.write_text(note.read_text() + "\n\nA new closing paragraph about ferries.\n")
    report = indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    assert report.changed == [note.name]
    assert len(report.unchanged) == 4
    assert fake_embedder.calls[-1] < first_total / 5

    answer = Assistant.open(index, corpus_copy, build=False, embedder=fake_embedder).ask(
        "ferries closing paragraph"
    )
    assert any("ferries" in c.text for c in answer.citations)


def test_an_edited_file_re_embeds_only_its_edited_passages(
    corpus_copy: Path, tmp_path: Path, fake_embedder
) -> None:
    """Appending a sentence changes the last passage; the others keep their vectors and
    language tags, and the result equals a build from scratch."""
    import numpy as np

    from nordask.backends.local.store import read_generation

    index = tmp_path / "index"
    plan = corpus_copy / "nordregio-regional-innovation-projects.txt"
    indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    before = read_manifest(index)
    assert before is not None and before.files[plan.name].count > 3
    plan.write_text(plan.read_text(encoding="utf-8") + "\nThe ferry pilot was extended.\n")
    report = indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    assert report.changed == [plan.name]
    assert report.embedded == 1
    after = read_manifest(index)
    assert after is not None
    updated = read_generation(index, after)

    fresh_index = tmp_path / "fresh"
    indexing.run(corpus_copy, fresh_index, Settings(), rebuild=True, embedder=fake_embedder)
    fresh_manifest = read_manifest(fresh_index)
    assert fresh_manifest is not None
    fresh = read_generation(fresh_index, fresh_manifest)
    assert [c.text for c in updated.chunks] == [c.text for c in fresh.chunks]
    assert [c.lang for c in updated.chunks] == [c.lang for c in fresh.chunks]
    np.testing.assert_allclose(updated.vectors, fresh.vectors, atol=1e-6)
    np.testing.assert_allclose(updated.sentence_vectors, fresh.sentence_vectors, atol=1e-6)


def test_deleted_files_are_dropped(corpus_copy: Path, tmp_path: Path, fake_embedder) -> None:
    index = tmp_path / "index"
    indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    (corpus_copy / "smart-specialisation-eu-collaboration-sweden.txt").unlink()
    report = indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    assert report.removed == ["smart-specialisation-eu-collaboration-sweden.txt"]
    manifest = read_manifest(index)
    assert manifest is not None and len(manifest.files) == 4


def test_broken_file_is_skipped_and_reported_once_and_rest_indexed(
    corpus_copy: Path, tmp_path: Path, fake_embedder
) -> None:
    (corpus_copy / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    index = tmp_path / "index"
    report = indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    assert [s.doc for s in report.skipped] == ["broken.pdf"]
    assert len(read_manifest(index).files) == 5  # type: ignore[union-attr]
    # The same broken file does not make the index stale, and is still reported.
    again = indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    assert not again.touched and [s.doc for s in again.skipped] == ["broken.pdf"]


def test_interrupted_build_keeps_the_previous_index(
    corpus_copy: Path, tmp_path: Path, fake_embedder, monkeypatch
) -> None:
    index = tmp_path / "index"
    indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    before = read_manifest(index)
    (corpus_copy / "new.txt").write_text("Ett nytt dokument om färjor mellan Umeå och Vasa.")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("nordask.backends.local.lexical.build", crash)
    with pytest.raises(KeyboardInterrupt):
        indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    after = read_manifest(index)
    assert after is not None and before is not None
    assert after.generation == before.generation
    assert not [p for p in index.iterdir() if p.name.startswith(".building-")]
    answer = Assistant.open(index, corpus_copy, build=False, embedder=fake_embedder).ask(
        "regional innovation"
    )
    assert answer.citations


def test_chunk_setting_change_rebuilds_and_says_why(
    corpus_copy: Path, tmp_path: Path, fake_embedder
) -> None:
    index = tmp_path / "index"
    indexing.run(corpus_copy, index, Settings(), embedder=fake_embedder)
    report = indexing.run(
        corpus_copy, index, Settings().with_chunking(chunk_chars=600), embedder=fake_embedder
    )
    assert report.rebuilt_because and "chunk settings changed" in report.rebuilt_because


def test_ask_builds_a_missing_index_and_says_so(
    corpus_copy: Path, tmp_path: Path, fake_embedder
) -> None:
    notices: list[str] = []
    index = tmp_path / "index"
    Assistant.open(index, corpus_copy, notice=notices.append, embedder=fake_embedder)
    assert notices[0].startswith("Index missing")
    (corpus_copy / "extra.md").write_text("# Extra\n\nOm färjor.\n")
    notices.clear()
    Assistant.open(index, corpus_copy, notice=notices.append, embedder=fake_embedder)
    assert notices[0].startswith("Index stale (1 new file(s))")


def test_damaged_manifest_is_explained(tmp_path: Path) -> None:
    index = tmp_path / "index"
    index.mkdir()
    (index / "manifest.json").write_text("{not json")
    with pytest.raises(IndexStateError, match="unreadable.*--rebuild"):
        read_manifest(index)


def test_table_rows_name_their_passage_in_the_document_also_in_older_manifests() -> None:
    from nordask.manifest import FileEntry
    from nordask.records import TableRow

    row = TableRow(3, 40, "MÅL 2: Budget", (("2022", "1,5"),), "1,5", "MÅL 2", 2)
    new = FileEntry("0" * 64, "t", 10, 5, rows=[{**row.to_json(), "passage": 2}])
    old = FileEntry("0" * 64, "t", 10, 5, rows=[{**row.to_json(), "chunk": 12}])
    assert new.table_rows() == old.table_rows() == [(2, row)]

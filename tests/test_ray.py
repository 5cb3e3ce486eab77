"""Index builds on a real local Ray of 2 CPUs with 2 embedding actors (the setup that
waits forever when each actor holds a whole CPU), written to both backends."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from nordask import indexing
from nordask.backends import open_backend
from nordask.raybuild import ACTOR_CPUS, RayBuild
from nordask.settings import Settings

SMALL = (
    "northern-connections-north-sea-conference-2017.txt",
    "nordic-climate-neutral-municipalities-partnership.txt",
)


@pytest.fixture(scope="module")
def local_ray():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "small"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(Path(__file__).resolve().parents[1] / "corpus" / name, folder / name)
    return folder


@pytest.mark.model
def test_ray_build_equals_a_local_build(
    local_ray, e5_model, small_corpus: Path, index_location, tmp_path: Path
) -> None:
    assert ACTOR_CPUS < 1  # two whole-CPU actors would starve the read stage on 2 CPUs
    report = indexing.run(small_corpus, index_location, Settings(), ray=RayBuild("auto", 2))
    assert report.added == sorted(SMALL) and report.embedded == report.chunks > 0
    indexing.run(small_corpus, tmp_path / "plain", Settings())
    ours, plain = open_backend(index_location), open_backend(tmp_path / "plain")
    assert ours.documents == plain.documents
    for doc, rows in plain.read_docs(plain.documents).items():
        mine = ours.read_docs([doc])[doc]
        assert [c.to_json() for c in mine.chunks] == [c.to_json() for c in rows.chunks]
        assert np.sum(mine.vectors * rows.vectors, axis=1).min() >= 0.9999
        cosines = np.sum(mine.sentence_vectors * rows.sentence_vectors, axis=1)
        assert cosines.min() >= 0.9999
    # An edit is an ordinary incremental update, also on Ray.
    note = small_corpus / SMALL[0]
    note.write_text(note.read_text() + "\nA ferry pilot joins the conference.\n")
    again = indexing.run(small_corpus, index_location, Settings(), ray=RayBuild("auto", 2))
    assert again.changed == [SMALL[0]] and again.embedded == 1

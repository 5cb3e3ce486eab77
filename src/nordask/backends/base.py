"""The one interface between nordask and where an index lives.

`Assistant`, indexing and evaluation talk to a `Backend` only: the local one
(FAISS + BM25 files in a folder, `backends/local`) or a shared PostgreSQL
database with pgvector (`backends/postgres`). Ranking, fusion and the answer
and abstention logic are the same Python code for both (`retrieval.HybridSearch`,
`answer.py`); a backend supplies the candidates, vectors and passages.

Rows are integers that name one passage of the live index for as long as a
reader holds it: positions in a local generation, ids in PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

    from nordask.backends.local.integrity import Damage
    from nordask.manifest import Manifest
    from nordask.records import Chunk
    from nordask.retrieval import Hit, Ranking
    from nordask.settings import RetrievalSettings


@dataclass
class DocRows:
    """One document's passages with their vectors, as written to or read from an index.

    `sentence_vectors` holds every passage's sentence vectors in passage order
    (`len(chunk.sentences)` rows per passage).
    """

    chunks: list[Chunk]
    vectors: np.ndarray
    sentence_vectors: np.ndarray


class Backend(Protocol):
    """Storage and search of one index (see the module docstring)."""

    #: Where the index lives, as the user named it (a folder or a postgresql:// URL).
    location: str
    #: A shared index (a server others query): opening it to ask never builds or updates
    #: it from the local corpus folder; `nordask index` does, explicitly.
    shared: bool

    # --- write side: indexing ---------------------------------------------------

    def read_manifest(self) -> Manifest | None:
        """The live manifest, or None when nothing was indexed here yet."""
        ...

    def writer(self, on_wait: Callable[[], None] | None = None) -> AbstractContextManager[None]:
        """Hold the index's single-writer lock; `on_wait` is called before blocking."""
        ...

    def damage(self, manifest: Manifest) -> Damage | None:
        """What is wrong with the stored index, checked in full (`nordask index`)."""
        ...

    def tidy(self, manifest: Manifest) -> None:
        """Clean up after a killed build without waiting for the writer lock."""
        ...

    def remove_leftovers(self, manifest: Manifest | None) -> None:
        """Clean up after a killed build (writer lock held)."""
        ...

    def read_docs(self, docs: Collection[str]) -> dict[str, DocRows]:
        """The stored passages and vectors of these documents (to reuse on an update)."""
        ...

    def write(self, fresh: dict[str, DocRows], keep: Collection[str], manifest: Manifest) -> None:
        """Make the index hold the documents in `keep` as they are plus `fresh`, replacing
        everything else, with `manifest`; readers see the old or the new state only."""
        ...

    def write_overview(self, overview: dict) -> None:
        """Store the corpus overview in the live manifest (writer lock held): its starter
        questions are checked against the index `write` just made live."""
        ...

    # --- read side: the live index -----------------------------------------------

    def open(self) -> None:
        """Open the live index for reading; raises `IndexStateError` if it is damaged
        or cannot be reached."""
        ...

    @property
    def documents(self) -> list[str]: ...

    @property
    def languages(self) -> list[str]: ...

    @property
    def passage_count(self) -> int: ...

    def chunk(self, row: int) -> Chunk:
        """The passage at `row`, with its sentences."""
        ...

    def passages(self, doc: str) -> list[Chunk]:
        """Every passage of one document, in order."""
        ...

    def row_of(self, doc: str, passage: int) -> int:
        """The row of a document's passage by its position in the document."""
        ...

    def knows(self, term: str) -> bool:
        """Whether any passage contains `term` (a number or a word)."""
        ...

    def knows_word(self, word: str) -> bool:
        """Whether any passage has `word` in some form (stemmed, or opening a compound)."""
        ...

    def has_word(self, word: str) -> bool:
        """Whether any passage has `word` as written or stemmed (not only opening a word)."""
        ...

    def knows_cognate(self, word: str) -> bool:
        """Whether any passage has `word` as a sister language spells it."""
        ...

    def coverage(self, question: str) -> float:
        """Share of the question's content words that the corpus has in some form."""
        ...

    def question_language(self, text: str) -> str | None:
        """The question's language by its stopwords, or None when unclear."""
        ...

    def matched_terms(self, question: str, chunk: Chunk) -> list[str]:
        """The question's (stemmed) terms that the passage holds, as word search sees it."""
        ...

    def dense_search(
        self, qvec: np.ndarray, n: int, lang: str | None = None, doc: str | None = None
    ) -> list[int]:
        """Rows of the n passages closest to the question vector, best first."""
        ...

    def lexical_search(
        self, question: str, n: int, lang: str | None = None, doc: str | None = None
    ) -> dict[int, float]:
        """The n best passages by words, scores divided by the best one (0-1)."""
        ...

    def search(
        self,
        qvec: np.ndarray,
        question: str,
        settings: RetrievalSettings,
        *,
        k: int,
        lang: str | None = None,
        doc: str | None = None,
        wants_amount: bool = False,
        ranking: Ranking | None = None,
    ) -> list[Hit]:
        """The top `k` distinct passages, dense and lexical results fused; `wants_amount`
        prefers passages that state an amount of money; `ranking`, when given, is filled
        with every candidate's scores (--explain)."""
        ...

    def hits_for(self, rows: list[int], qvec: np.ndarray, settings: RetrievalSettings) -> list[Hit]:
        """Hits for passages chosen by structure rather than by search, scored alike."""
        ...

    def raw_closeness(self, rows: list[int], qvec: np.ndarray) -> float:
        """The question's best uncentered similarity to these passages or their sentences."""
        ...

    def close(self) -> None:
        """Release files and connections."""
        ...

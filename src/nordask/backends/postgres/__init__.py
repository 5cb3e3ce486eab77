"""The PostgreSQL backend: one shared index on a server with pgvector.

    nordask_manifest   one row: the manifest as JSON and a version number
    nordask_documents  each indexed file: hash, title, passage count
    nordask_passages   each passage: its `Chunk` record as JSONB (new fields flow
                       through without a schema change), its vector, its
                       language-centered vector (HNSW, inner product) and a
                       full-text column built with its language's configuration
    nordask_sentences  each passage's sentence vectors, in order
    nordask_centroids  each language's mean passage and sentence vectors

An update is one transaction: the files that changed lose their rows and get new
ones, the language means are computed again and every centered vector follows
them (as the local backend writes a new FAISS index). Readers see the old or the
new index, never half of it; each search reads in one snapshot. Writers are
serialized by an advisory lock held in the database.

Ranking, fusion and the answer logic are the shared Python code
(`retrieval.HybridSearch`); candidates, filters and word matching run in SQL.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np

from nordask.backends.base import DocRows
from nordask.centering import Centroids, shrunk_means
from nordask.errors import IndexStateError, UnreadableManifest
from nordask.manifest import FORMAT, Manifest
from nordask.records import Chunk
from nordask.retrieval import Candidates, HybridSearch
from nordask.safe_text import one_line
from nordask.words import WORD, Vocabulary

if TYPE_CHECKING:
    import psycopg

#: Text-search configuration per language; any other language is indexed word by word.
TS_CONFIGS = {"en": "english", "sv": "swedish", "da": "danish", "no": "norwegian"}
#: Below this many passages dense search is exact (as the local backend's flat index);
#: from here on it uses the HNSW index. An exact scan in PostgreSQL costs ~0.7 s a query
#: at 100k passages (FAISS: 13 ms), so the switch comes much earlier than locally.
EXACT_BELOW = 20_000
#: HNSW build parameters and the search breadth (benchmarks/README.md: recall@10 by
#: ef_search at 100k passages).
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 16, 64, 400
#: Memory for building the search indexes (PostgreSQL's default, 64 MB, spills at ~40k
#: passages).
BUILD_MEMORY = "1GB"
#: Advisory lock key of the single writer ("nordask" in ASCII).
WRITER_LOCK = 0x6E6F7264_61736B
_CACHED = 4096
_TABLES = ("centroids", "terms", "sentences", "passages", "documents", "manifest")
#: BM25 parameters, as the local index uses them (bm25s's "lucene" variant).
K1, B = 1.5, 0.75


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def connect(url: str) -> psycopg.Connection:
    """A connection with pgvector's types registered; one clear error for each way
    this fails (no driver, a bad URL, no server, no pgvector)."""
    try:
        import psycopg
        from pgvector.psycopg import register_vector
    except ImportError as exc:
        raise IndexStateError(
            f"PostgreSQL support is not installed ({exc.name} is missing). "
            "Install it with `pip install 'nordask[postgres]'`."
        ) from exc
    where = _redact(url)
    try:
        conn = psycopg.connect(url, connect_timeout=10)
    except psycopg.ProgrammingError as exc:
        reason = " ".join(str(exc).split())
        raise IndexStateError(f"'{where}' is not a valid PostgreSQL URL ({reason}).") from exc
    except psycopg.OperationalError as exc:
        reason = " ".join(str(exc).split())
        raise IndexStateError(
            f"cannot connect to PostgreSQL at '{where}' ({reason}). "
            "Check the URL and that the server is running."
        ) from exc
    try:
        with conn.transaction():
            if not conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'").fetchone():
                conn.execute("CREATE EXTENSION vector")
    except psycopg.Error as exc:
        conn.close()
        raise IndexStateError(
            f"the database at '{where}' has no pgvector extension and it could not be "
            f"created ({' '.join(str(exc).split())}). Install pgvector on the server and "
            "run `CREATE EXTENSION vector;` in the database as its owner."
        ) from exc
    register_vector(conn)
    return conn


class PostgresBackend(HybridSearch, Vocabulary):
    """An index in a PostgreSQL database, named by a postgresql:// URL."""

    def __init__(
        self, url: str, exact_below: int = EXACT_BELOW, ef_search: int = HNSW_EF_SEARCH
    ) -> None:
        self.location = _redact(url)
        self.shared = True
        self.url = url
        self.exact_below = exact_below
        #: How many graph neighbours an HNSW search keeps (recall against speed).
        self.ef_search = ef_search
        self._conn: psycopg.Connection | None = None
        #: Version of the index the cached centroids, languages and documents belong to.
        self._version: int | None = None
        self._docs: list[str] = []
        self._langs: list[str] = []
        self._configs: list[str] = []
        self._count = 0
        self._avg_words = 1.0
        self._stopwords: dict[str, frozenset[str]] | None = None
        self.centroids = Centroids((), np.zeros((0, 0)), np.zeros((0, 0)), 0.0)
        #: Records by passage id; ids are never reused, so these never go stale.
        self._records: OrderedDict[int, Chunk] = OrderedDict()
        #: The last search's candidate vectors (for spotting near-duplicates).
        self._vectors: dict[int, np.ndarray] = {}

    @property
    def conn(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            self._conn = connect(self.url)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- write side ---------------------------------------------------------------

    def _has_index(self) -> bool:
        row = self.conn.execute("SELECT to_regclass('nordask_manifest') IS NOT NULL").fetchone()
        return bool(row and row[0])

    def read_manifest(self) -> Manifest | None:
        with self.conn.transaction():
            if not self._has_index():
                return None
            row = self.conn.execute("SELECT data FROM nordask_manifest").fetchone()
        if row is None:
            return None
        try:
            manifest = Manifest.from_json(row[0])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UnreadableManifest(
                f"the index manifest at '{self.location}' is unreadable "
                f"({one_line(str(exc))}). Run `nordask index --rebuild --index URL`."
            ) from exc
        if manifest.format != FORMAT:
            raise UnreadableManifest(
                f"the index at '{self.location}' uses format {manifest.format}, this nordask "
                f"reads format {FORMAT}. Run `nordask index --rebuild`."
            )
        return manifest

    @contextmanager
    def writer(self, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
        """The database's advisory lock: one writer at a time, on any machine."""
        conn = self.conn
        got = conn.execute("SELECT pg_try_advisory_lock(%s)", (WRITER_LOCK,)).fetchone()
        conn.commit()
        if not (got and got[0]):
            if on_wait:
                on_wait()
            conn.execute("SELECT pg_advisory_lock(%s)", (WRITER_LOCK,))
            conn.commit()
        try:
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (WRITER_LOCK,))
            conn.commit()

    def read_docs(self, docs: Collection[str]) -> dict[str, DocRows]:
        if not docs or self.read_manifest() is None:
            return {}
        out: dict[str, DocRows] = {}
        with self.conn.transaction():
            rows = self.conn.execute(
                "SELECT id, doc, record, embedding FROM nordask_passages "
                "WHERE doc = ANY(%s) ORDER BY doc, ord",
                (list(docs),),
                binary=True,
            ).fetchall()
            sentences = self._sentence_vectors([r[0] for r in rows])
        for doc in {r[1] for r in rows}:
            mine = [r for r in rows if r[1] == doc]
            out[doc] = DocRows(
                chunks=[Chunk.from_json(r[2]) for r in mine],
                vectors=np.stack([_array(r[3]) for r in mine]),
                sentence_vectors=_stack(
                    [sentences.get(r[0], _EMPTY) for r in mine], len(_array(mine[0][3]))
                ),
            )
        return out

    def write(self, fresh: dict[str, DocRows], keep: Collection[str], manifest: Manifest) -> None:
        """Replace every document not in `keep` with `fresh`, in one transaction."""
        conn = self.conn
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            rebuild = _create_schema(conn, manifest.dim, fresh_start=not keep)
            _count_terms(conn, "NOT (doc = ANY(%s))", [list(keep)], -1)
            conn.execute("DELETE FROM nordask_documents WHERE NOT (doc = ANY(%s))", (list(keep),))
            for doc, rows in sorted(fresh.items()):
                entry = manifest.files[doc]
                conn.execute(
                    "INSERT INTO nordask_documents (doc, sha256, title, passages) "
                    "VALUES (%s, %s, %s, %s)",
                    (doc, entry.sha256, entry.title, len(rows.chunks)),
                )
            new_ids = _insert_passages(conn, fresh)
            _count_terms(conn, "id = ANY(%s)", [new_ids], 1)
            _recenter(conn, manifest.centering, manifest.dim)
            if rebuild:
                _create_indexes(conn)
            version = conn.execute("SELECT nextval('nordask_versions')").fetchone()[0]
            manifest.generation = f"pg-{version:06d}"
            manifest.dense_index = "hnsw"
            manifest.chunks = int(
                conn.execute("SELECT count(*) FROM nordask_passages").fetchone()[0]
            )
            for doc, entry in manifest.files.items():
                entry.first = 0
                entry.count = len(fresh[doc].chunks) if doc in fresh else entry.count
            conn.execute("DELETE FROM nordask_manifest")
            conn.execute(
                "INSERT INTO nordask_manifest (id, version, data, avg_words)"
                " SELECT 1, %s, %s, coalesce(avg(words), 1) FROM nordask_passages",
                (version, json.dumps(manifest.to_json(), ensure_ascii=False)),
            )
        conn.execute("ANALYZE nordask_passages")
        conn.commit()
        self._version = None  # read the new state on the next search

    def write_overview(self, overview: dict) -> None:
        """Only the manifest's overview changes; its version stays (searches need no reload)."""
        with self.conn.transaction():
            self.conn.execute(
                "UPDATE nordask_manifest SET data = jsonb_set(data, '{overview}', %s::jsonb)",
                (json.dumps(overview, ensure_ascii=False),),
            )
        self.conn.commit()

    # --- read side ----------------------------------------------------------------

    def _refresh(self) -> None:
        """Reload what every search needs when another writer changed the index
        (called inside the search's transaction, so it matches what the search sees)."""
        found = (
            self.conn.execute(
                "SELECT version, data->>'centering', avg_words FROM nordask_manifest"
            ).fetchone()
            if self._has_index()
            else None
        )
        if found is None:
            raise IndexStateError(
                f"there is no index at '{self.location}'. Run `nordask index --index URL`."
            )
        if found[0] == self._version:
            return
        beta = float(found[1] or 0)
        self._avg_words = float(found[2])
        rows = self.conn.execute(
            "SELECT lang, passage, sentence FROM nordask_centroids ORDER BY lang", binary=True
        ).fetchall()
        self.centroids = Centroids(
            tuple(r[0] for r in rows),
            np.stack([_array(r[1]) for r in rows]),
            np.stack([_array(r[2]) for r in rows]),
            beta,
        )
        self._langs = [r[0] for r in rows]
        self._docs = [
            r[0]
            for r in self.conn.execute(
                "SELECT doc FROM nordask_documents WHERE passages > 0 ORDER BY doc"
            )
        ]
        self._configs = sorted({TS_CONFIGS.get(lang, "simple") for lang in self._langs})
        self._count = int(
            self.conn.execute("SELECT (data->>'chunks')::bigint FROM nordask_manifest").fetchone()[
                0
            ]
        )
        self._version = found[0]

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """One read-only, repeatable-read transaction: a search sees one index state."""
        conn = self.conn
        conn.rollback()
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            self._refresh()
            yield

    def open(self) -> None:
        self._ensure_open()

    def _ensure_open(self) -> None:
        if self._version is None:
            with self._snapshot():
                pass

    @property
    def documents(self) -> list[str]:
        self._ensure_open()
        return self._docs

    @property
    def languages(self) -> list[str]:
        self._ensure_open()
        return self._langs

    @property
    def passage_count(self) -> int:
        self._ensure_open()
        return self._count

    def search(self, *args: Any, **kwargs: Any) -> Any:
        with self._snapshot():
            return super().search(*args, **kwargs)

    def dense_search(self, *args: Any, **kwargs: Any) -> list[int]:
        with self._snapshot():
            return super().dense_search(*args, **kwargs)

    def lexical_search(self, *args: Any, **kwargs: Any) -> dict[int, float]:
        with self._snapshot():
            return super().lexical_search(*args, **kwargs)

    def hits_for(self, *args: Any, **kwargs: Any) -> Any:
        with self._snapshot():
            return super().hits_for(*args, **kwargs)

    def mask(self, lang: str | None, doc: str | None) -> tuple[str | None, str | None] | None:
        return (lang, doc) if lang or doc else None

    @staticmethod
    def _where(mask: tuple[str | None, str | None] | None) -> tuple[str, list[Any]]:
        lang, doc = mask or (None, None)
        parts, params = [], []
        for column, value in (("lang", lang), ("doc", doc)):
            if value:
                parts.append(f"{column} = %s")
                params.append(value)
        return (" AND ".join(parts) or "TRUE"), params

    def _dense(self, qvec: np.ndarray, n: int, mask: Any) -> list[int]:
        """Top-n by inner product of centered vectors: exact below `exact_below`
        passages, else through HNSW (iterative scans keep filtered searches full)."""
        where, params = self._where(mask)
        conn = self.conn
        if self._count < self.exact_below:
            conn.execute("SET LOCAL enable_indexscan = off")
        else:
            conn.execute(f"SET LOCAL hnsw.ef_search = {max(self.ef_search, n)}")
            conn.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
        rows = conn.execute(
            "WITH near AS MATERIALIZED ("
            f" SELECT id, centered <#> %s AS distance FROM nordask_passages WHERE {where}"
            " ORDER BY distance LIMIT %s)"
            " SELECT id FROM near ORDER BY distance, id",
            [np.asarray(qvec, dtype=np.float32), *params, n],
            binary=True,
        ).fetchall()
        return [int(r[0]) for r in rows]

    def stopwords(self) -> dict[str, frozenset[str]]:
        from nordask.words import load_stopwords

        if self._stopwords is None:
            self._stopwords = load_stopwords()
        return self._stopwords

    def _terms(self, question: str) -> list[str]:
        """The question's terms as the local index finds them (each word stemmed in every
        language, stopwords dropped); PostgreSQL's Snowball stemmers built the column."""
        from nordask.words import query_terms

        return query_terms(question, self.stopwords())

    def _lexical(self, question: str, n: int, mask: Any) -> dict[int, float]:
        """Top-n passages by BM25 (as the local index scores them: idf from each term's
        document frequency, term counts from the full-text column), divided by the best."""
        terms = self._terms(question)
        if not terms:
            return {}
        where, params = self._where(mask)
        rows = self.conn.execute(
            "WITH q AS MATERIALIZED ("
            " SELECT term, ln(1 + (%s - df + 0.5) / (df + 0.5)) AS idf FROM nordask_terms"
            " WHERE term = ANY(%s) AND df > 0),"
            " query AS (SELECT string_agg(quote_literal(term), ' | ')::tsquery AS tsq FROM q)"
            " SELECT p.id, sum(q.idf * u.tf / (u.tf + %s * (1 - %s + %s * p.words / %s)))"
            " AS score FROM query, nordask_passages p"
            " CROSS JOIN LATERAL (SELECT lexeme, cardinality(positions) AS tf"
            "  FROM unnest(p.tsv)) AS u"
            " JOIN q ON q.term = u.lexeme"
            f" WHERE p.tsv @@ query.tsq AND {where}"
            " GROUP BY p.id ORDER BY score DESC, p.id LIMIT %s",
            [float(self._count), terms, K1, B, B, self._avg_words, *params, n],
        ).fetchall()
        top = max((float(r[1]) for r in rows), default=1.0) or 1.0
        return {int(r[0]): float(r[1]) / top for r in rows}

    def _sentence_vectors(self, ids: list[int]) -> dict[int, np.ndarray]:
        found: dict[int, list[np.ndarray]] = {}
        for passage, vector in self.conn.execute(
            "SELECT passage, embedding FROM nordask_sentences WHERE passage = ANY(%s)"
            " ORDER BY passage, ord",
            (ids,),
            binary=True,
        ):
            found.setdefault(int(passage), []).append(_array(vector))
        return {passage: np.stack(vectors) for passage, vectors in found.items()}

    def _candidates(self, rows: list[int]) -> Candidates:
        fetched = {
            int(r[0]): r
            for r in self.conn.execute(
                "SELECT id, lang, record, embedding FROM nordask_passages WHERE id = ANY(%s)",
                (rows,),
                binary=True,
            )
        }
        sentences = self._sentence_vectors(rows)
        self._vectors = {row: _array(fetched[row][3]) for row in rows}
        for row in rows:
            self._remember(row, Chunk.from_json(fetched[row][2]))
        parts = [sentences.get(row, _EMPTY) for row in rows]
        return Candidates(
            passages=np.stack([self._vectors[row] for row in rows]),
            langs=[fetched[row][1] for row in rows],
            sentences=_stack(parts, len(self._vectors[rows[0]])),
            counts=np.asarray([len(p) for p in parts], dtype=np.int64),
        )

    def _vector(self, row: int) -> np.ndarray:
        return self._vectors[row]

    def _remember(self, row: int, chunk: Chunk) -> None:
        self._records[row] = chunk
        self._records.move_to_end(row)
        while len(self._records) > _CACHED:
            self._records.popitem(last=False)

    def chunk(self, row: int) -> Chunk:
        if row in self._records:
            self._records.move_to_end(row)
            return self._records[row]
        found = self.conn.execute(
            "SELECT record FROM nordask_passages WHERE id = %s", (row,)
        ).fetchone()
        self.conn.commit()
        if found is None:
            raise IndexStateError(
                f"passage {row} is no longer in the index at '{self.location}'; ask again."
            )
        self._remember(row, Chunk.from_json(found[0]))
        return self._records[row]

    def passages(self, doc: str) -> list[Chunk]:
        rows = self.conn.execute(
            "SELECT record FROM nordask_passages WHERE doc = %s ORDER BY ord", (doc,)
        ).fetchall()
        self.conn.commit()
        return [Chunk.from_json(r[0]) for r in rows]

    def has_any(self, forms: Collection[str]) -> bool:
        """Looked up in the term table, which holds every lexeme of every passage. The
        text-search configurations leave out their own stopwords ("which"), which the
        local index keeps unless they are on its own lists too: such a form counts as
        known, as it does there."""
        self._ensure_open()
        every_stopword = frozenset().union(*self.stopwords().values())
        kept = [form for form in forms if form not in every_stopword]
        found = self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM nordask_terms WHERE term = ANY(%s))"
            " OR EXISTS (SELECT 1 FROM unnest(%s::text[]) AS f(form),"
            "  unnest(%s::regconfig[]) AS c(config)"
            "  WHERE length(to_tsvector(c.config, f.form)) = 0)",
            (list(forms), kept, self._configs),
        ).fetchone()
        self.conn.commit()
        return bool(found and found[0])

    def opens_any(self, prefixes: Collection[str]) -> bool:
        return self._exists(
            "SELECT 1 FROM nordask_terms, unnest(%s::text[]) AS p(prefix)"
            " WHERE starts_with(term, p.prefix)",
            list(prefixes),
        )

    def _exists(self, query: str, values: list[str]) -> bool:
        found = self.conn.execute(f"SELECT EXISTS ({query})", (values,)).fetchone()
        self.conn.commit()
        return bool(found and found[0])

    def row_of(self, doc: str, passage: int) -> int:
        found = self.conn.execute(
            "SELECT id FROM nordask_passages WHERE doc = %s AND ord = %s", (doc, passage)
        ).fetchone()
        self.conn.commit()
        if found is None:
            raise IndexStateError(
                f"passage {passage} of '{doc}' is no longer in the index at "
                f"'{self.location}'; ask again."
            )
        return int(found[0])

    def damage(self, manifest: Manifest) -> None:
        """Nothing to check: the database keeps its own tables whole (transactions, WAL)."""
        return None

    def tidy(self, manifest: Manifest) -> None:
        """Nothing to tidy: a write that fails is rolled back by the database."""

    def remove_leftovers(self, manifest: Manifest | None) -> None:
        """Nothing is left behind: a killed build's transaction never committed."""

    def knows(self, term: str) -> bool:
        found = self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM nordask_passages WHERE tsv @@ CAST(%s AS tsquery))",
            (_quote(term.casefold()),),
        ).fetchone()
        self.conn.commit()
        return bool(found and found[0])


_EMPTY = np.empty((0, 0), dtype=np.float32)


def _array(value: Any) -> np.ndarray:
    """A vector as pgvector's adapter returns it, as float32 numpy."""
    found = value.to_numpy() if hasattr(value, "to_numpy") else value
    return np.asarray(found, dtype=np.float32)


def _stack(parts: list[np.ndarray], dim: int = 0) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float32) for p in parts if len(p)]
    return np.concatenate(parts) if parts else np.empty((0, dim), dtype=np.float32)


def _quote(term: str) -> str:
    """A single lexeme as tsquery text."""
    return "'" + term.replace("\\", "").replace("'", "''") + "'"


def _create_schema(conn: psycopg.Connection, dim: int, fresh_start: bool) -> bool:
    """Create the tables (anew for a full build); True when the search indexes are still
    to be built, after the rows are loaded (much faster than row by row)."""
    # Passage ids and index versions are never reused, even across rebuilds: readers
    # cache records by id and notice a new index by its version.
    conn.execute("CREATE SEQUENCE IF NOT EXISTS nordask_passage_ids")
    conn.execute("CREATE SEQUENCE IF NOT EXISTS nordask_versions")
    conn.execute(
        "CREATE OR REPLACE FUNCTION nordask_tsconfig(lang text) RETURNS regconfig"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE lang "
        + " ".join(f"WHEN '{lang}' THEN '{config}'" for lang, config in TS_CONFIGS.items())
        + " ELSE 'simple' END::regconfig $$"
    )
    if not fresh_start:
        row = conn.execute(
            "SELECT atttypmod FROM pg_attribute WHERE attrelid = 'nordask_passages'::regclass"
            " AND attname = 'embedding'"
        ).fetchone()
        if row is None or row[0] != dim:
            raise IndexStateError(
                f"the index holds {row[0] if row else '?'}-dimensional vectors, not {dim}: "
                "run `nordask index --rebuild`."
            )
        return False
    for table in _TABLES:
        conn.execute(f"DROP TABLE IF EXISTS nordask_{table} CASCADE")
    conn.execute(
        "CREATE TABLE nordask_manifest (id int PRIMARY KEY CHECK (id = 1),"
        " version bigint NOT NULL, data jsonb NOT NULL, avg_words float8 NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE nordask_documents (doc text PRIMARY KEY, sha256 text NOT NULL,"
        " title text NOT NULL, passages int NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE nordask_passages ("
        " id bigint PRIMARY KEY,"
        " doc text NOT NULL REFERENCES nordask_documents ON DELETE CASCADE,"
        " ord int NOT NULL,"
        " lang text NOT NULL,"
        " words int NOT NULL,"
        " record jsonb NOT NULL,"
        f" embedding vector({dim}) NOT NULL,"
        f" centered vector({dim}),"
        " tsv tsvector GENERATED ALWAYS AS"
        " (to_tsvector(nordask_tsconfig(lang), record->>'text')) STORED)"
    )
    conn.execute(
        "CREATE TABLE nordask_sentences ("
        " passage bigint NOT NULL REFERENCES nordask_passages ON DELETE CASCADE,"
        f" ord int NOT NULL, embedding vector({dim}) NOT NULL, PRIMARY KEY (passage, ord))"
    )
    conn.execute("CREATE TABLE nordask_terms (term text PRIMARY KEY, df int NOT NULL)")
    conn.execute(
        "CREATE TABLE nordask_centroids (lang text PRIMARY KEY,"
        f" passage vector({dim}) NOT NULL, sentence vector({dim}) NOT NULL,"
        f" shift vector({dim}) NOT NULL)"
    )
    return True


def _create_indexes(conn: psycopg.Connection) -> None:
    # An HNSW graph built within memory is several times faster than one that spills.
    conn.execute(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
    conn.execute("CREATE INDEX nordask_passages_doc ON nordask_passages (doc, ord)")
    conn.execute("CREATE INDEX nordask_passages_lang ON nordask_passages (lang)")
    conn.execute("CREATE INDEX nordask_passages_tsv ON nordask_passages USING gin (tsv)")
    conn.execute(
        "CREATE INDEX nordask_passages_hnsw ON nordask_passages USING hnsw"
        f" (centered vector_ip_ops) WITH (m = {HNSW_M}, ef_construction = {HNSW_EF_CONSTRUCTION})"
    )


def _insert_passages(conn: psycopg.Connection, fresh: dict[str, DocRows]) -> list[int]:
    """Bulk-load new passages and their sentence vectors (binary COPY)."""
    from psycopg.types.json import Jsonb

    total = sum(len(rows.chunks) for rows in fresh.values())
    if not total:
        return []
    ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT nextval('nordask_passage_ids') FROM generate_series(1, %s)", (total,)
        )
    ]
    cursor = conn.cursor()
    with cursor.copy(
        "COPY nordask_passages (id, doc, ord, lang, words, record, embedding)"
        " FROM STDIN WITH (FORMAT BINARY)"
    ) as copy:
        copy.set_types(["bigint", "text", "integer", "text", "integer", "jsonb", "vector"])
        at = 0
        for doc, rows in sorted(fresh.items()):
            for ord_, (chunk, vector) in enumerate(zip(rows.chunks, rows.vectors, strict=True)):
                words = len(WORD.findall(chunk.text.casefold()))
                copy.write_row(
                    [ids[at], doc, ord_, chunk.lang, words, Jsonb(chunk.to_json()), vector]
                )
                at += 1
    with cursor.copy(
        "COPY nordask_sentences (passage, ord, embedding) FROM STDIN WITH (FORMAT BINARY)"
    ) as copy:
        copy.set_types(["bigint", "integer", "vector"])
        at = 0
        for _doc, rows in sorted(fresh.items()):
            sentence = 0
            for chunk in rows.chunks:
                for ord_ in range(len(chunk.sentences)):
                    copy.write_row([ids[at], ord_, rows.sentence_vectors[sentence]])
                    sentence += 1
                at += 1
    return ids


def _count_terms(conn: psycopg.Connection, where: str, params: list[Any], sign: int) -> None:
    """Add (sign 1) or take away (sign -1) the passages matching `where` from each term's
    document frequency, which BM25 weighs words by."""
    conn.execute(
        "INSERT INTO nordask_terms (term, df)"
        " SELECT u.lexeme, %s * count(*) FROM nordask_passages p, unnest(p.tsv) u"
        f" WHERE {where} GROUP BY u.lexeme"
        " ON CONFLICT (term) DO UPDATE SET df = nordask_terms.df + excluded.df",
        [sign, *params],
    )
    if sign < 0:
        conn.execute("DELETE FROM nordask_terms WHERE df <= 0")


def _sums(conn: psycopg.Connection, sql: str) -> dict[str, tuple[np.ndarray, int]]:
    return {
        r[0]: (_array(r[2]).astype(np.float64), int(r[1])) for r in conn.execute(sql, binary=True)
    }


def _recenter(conn: psycopg.Connection, beta: float, dim: int) -> None:
    """Language means from the stored vectors, and every centered vector from them."""
    passages = _sums(
        conn, "SELECT lang, count(*), sum(embedding) FROM nordask_passages GROUP BY lang"
    )
    sentences = _sums(
        conn,
        "SELECT p.lang, count(*), sum(s.embedding) FROM nordask_sentences s"
        " JOIN nordask_passages p ON p.id = s.passage GROUP BY p.lang",
    )
    langs = sorted(passages)
    means = []
    for found in (passages, sentences):
        total = sum(found[lang][1] for lang in found)
        overall = sum(v for v, _ in found.values()) / total if total else np.zeros(dim)
        zero = (np.zeros(dim), 0)
        sums, counts = (
            zip(*(found.get(lang, zero) for lang in langs), strict=True) if langs else ((), ())
        )
        means.append(shrunk_means(np.asarray(overall), list(sums), list(counts)))
    conn.execute("DELETE FROM nordask_centroids")
    for lang, passage, sentence in zip(langs, *means, strict=True):
        conn.execute(
            "INSERT INTO nordask_centroids (lang, passage, sentence, shift)"
            " VALUES (%s, %s, %s, %s)",
            (lang, passage, sentence, (beta * passage).astype(np.float32)),
            binary=True,
        )
    conn.execute(
        "UPDATE nordask_passages p SET centered = "
        + ("l2_normalize(p.embedding - c.shift)" if beta else "p.embedding")
        + " FROM nordask_centroids c WHERE c.lang = p.lang"
    )

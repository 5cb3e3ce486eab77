"""The public API: `Assistant.open(...).ask(question)` returns an `Answer`.

The CLI, the TUI and the eval harness are thin layers over this class.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from nordask import indexing
from nordask.answer import (
    Support,
    best_sentence,
    compose,
    evidence_span,
    quoted_sentences,
    rank_sentences,
    refusal,
)
from nordask.backends import Backend, open_backend
from nordask.errors import IndexStateError, IndexWriteError, InputError
from nordask.manifest import Manifest
from nordask.models import Embedder, ModelRef, model_for, query_embedder
from nordask.paths import default_corpus_dir
from nordask.policy import abstain_reason, name_words, signals
from nordask.query import Intent, parse
from nordask.records import Answer, Chunk, Citation, IndexReport, TableRow
from nordask.retrieval import Hit
from nordask.settings import Settings
from nordask.validation import check_k, check_question, check_text_option

Notice = Callable[[str], None]


class Assistant:
    """Answers questions from one index; the query model loads on first use."""

    def __init__(
        self, backend: Backend, manifest: Manifest, settings: Settings, ref: ModelRef
    ) -> None:
        self.backend = backend
        self.manifest = manifest
        self.settings = settings
        self.model = ref
        backend.open()  # damage or a refused connection shows now, not at the first question
        self._embedder: Embedder | None = None

    @classmethod
    def open(
        cls,
        index_dir: Backend | Path | str | None = None,
        corpus_dir: Path | str | None = None,
        settings: Settings | None = None,
        *,
        build: bool = True,
        notice: Notice | None = None,
        progress: indexing.IndexProgress | None = None,
        embedder: Embedder | None = None,
    ) -> Assistant:
        """Open the index, building or updating it first when the corpus changed.

        With `build=False` an existing index is used as it is (the eval harness
        and tests pin an index this way), and so is a shared one (PostgreSQL), which
        only `nordask index` updates. `index_dir` is a folder, a postgresql:// URL
        or an open backend (default: `NORDASK_INDEX`, else ./index). `embedder`, when
        given, embeds queries and any passages an update needs, in place of the engines
        `settings.model` calls for.
        """
        settings = settings or Settings.from_env()
        backend = open_backend(index_dir)
        corpus_dir = Path(corpus_dir) if corpus_dir else default_corpus_dir()
        ref = model_for(settings.model, embedder)
        manifest = backend.read_manifest()
        if manifest is not None and manifest.model_id != ref.model_id:
            raise IndexStateError(
                f"the index in '{backend.location}' was built with model '{manifest.model_id}', "
                f"not '{ref.model_id}'. Run `nordask index --model {settings.model}` to rebuild "
                "it for that model, or leave out --model."
            )
        if build and not backend.shared and (manifest is None or corpus_dir.exists()):
            plan = indexing.plan(corpus_dir, backend, settings, model=ref)
            if not plan.up_to_date:
                if notice:
                    notice(_building_notice(Path(backend.location), corpus_dir, manifest, plan))
                try:
                    report = indexing.run(
                        corpus_dir, backend, settings, progress=progress, notice=notice, model=ref
                    )
                except IndexWriteError as exc:
                    if manifest is None:
                        raise
                    if notice:  # a read-only or full index still answers from what it has
                        notice(f"{exc} Answering from the index as it is.")
                else:
                    if notice:
                        notice(describe_report(report))
                    manifest = backend.read_manifest()
        if manifest is None:
            raise IndexStateError(
                f"there is no index in '{backend.location}'. Run `nordask index` to build one."
            )
        return cls(backend, manifest, settings, ref)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            embedder = query_embedder(self.model)
            if embedder.dim != self.manifest.dim:
                raise IndexStateError(
                    f"the model gives {embedder.dim}-dimensional vectors but the index holds "
                    f"{self.manifest.dim}-dimensional ones. Run `nordask index --rebuild`."
                )
            self._embedder = embedder
        return self._embedder

    def warm_up(self) -> None:
        """Load the query model now rather than on the first question."""
        _ = self.embedder

    @property
    def documents(self) -> list[str]:
        return self.backend.documents

    @property
    def languages(self) -> list[str]:
        return self.backend.languages

    @property
    def passage_count(self) -> int:
        return self.backend.passage_count

    @property
    def titles(self) -> dict[str, str]:
        """Each indexed document's title, by its file name relative to the corpus."""
        return {doc: entry.title for doc, entry in self.manifest.files.items()}

    def resolve_doc(self, name: str | None) -> str | None:
        """Accept a document's path, file name or a unique part of it."""
        if not name:
            return None
        docs = self.documents
        if name in docs:
            return name
        matches = [d for d in docs if d.rsplit("/", 1)[-1] == name] or [
            d for d in docs if name.casefold() in d.casefold()
        ]
        if len(matches) == 1:
            return matches[0]
        listing = ", ".join(docs)
        what = "matches several documents" if matches else "matches no document"
        raise InputError(f"--doc '{name}' {what}. Indexed documents: {listing}.")

    def resolve_lang(self, lang: str | None) -> str | None:
        if not lang:
            return None
        lang = lang.lower()
        if lang not in self.languages:
            raise InputError(
                f"--lang '{lang}' matches no passage. Languages in the index: "
                f"{', '.join(self.languages)}."
            )
        return lang

    @property
    def goals(self) -> dict[int, str]:
        """The numbered headings ("MÅL 7: …") of every indexed document, by number."""
        found: dict[int, str] = {}
        for entry in self.manifest.files.values():
            for number, title in entry.numbered:
                found.setdefault(int(number), title)
        return found

    def ask(
        self,
        question: str,
        *,
        k: int | None = None,
        lang: str | None = None,
        doc: str | None = None,
        interpreted: str | None = None,
    ) -> Answer:
        """Answer `question` with k cited passages.

        `interpreted` is the text actually searched for when it differs from
        what the user typed (a follow-up question expanded with its context).
        """
        question = check_question(question)
        k = check_k(k) or self.settings.retrieval.k
        lang, doc = check_text_option("lang", lang), check_text_option("doc", doc)
        interpreted = check_text_option("interpreted", interpreted)
        lang, doc = self.resolve_lang(lang), self.resolve_doc(doc)
        query = interpreted or question
        intent = parse(query)
        timings: dict[str, float] = {}
        if self._embedder is None:
            mark = time.perf_counter()
            self.warm_up()
            timings["load_model"] = _ms(mark)
        started = time.perf_counter()
        qvec = self.embedder.embed_queries([query])[0]
        timings["embed"] = _ms(started)
        mark = time.perf_counter()
        hits = self.backend.search(
            qvec,
            query,
            self.settings.retrieval,
            k=k,
            lang=lang,
            doc=doc,
            wants_amount=intent.wants_amount,
        )
        rows = self._table_rows(intent, lang, doc)
        if rows:
            hits = self._pinned(hits, [chunk_row for chunk_row, _ in rows], qvec, k)
        timings["search"] = _ms(mark)
        mark = time.perf_counter()
        supports = [self._support(n, hit, intent, rows) for n, hit in enumerate(hits, start=1)]
        reason = self._abstain_reason(intent, query, hits)
        citations = [
            _citation(s, hits[s.n - 1].score, reason is not None, intent) for s in supports
        ]
        if not hits:
            text, entities = "The index holds no passage that matches these filters.", []
        elif reason:
            text, entities = refusal(reason), []
        else:
            cited = [(n, row) for n, (_, row) in enumerate(rows, start=1)]
            language = self.backend.question_language(query)
            text, entities = compose(intent, supports, language, cited)
        timings["answer"] = _ms(mark)
        timings["total"] = _ms(started)
        filters = {key: value for key, value in (("lang", lang), ("doc", doc)) if value}
        return Answer(
            question=question,
            answer=text,
            answered=reason is None and bool(hits),
            entities=entities,
            citations=citations,
            timings_ms=timings,
            interpreted=interpreted,
            filters=filters,
            intent=intent.describe(),
        )

    def _abstain_reason(self, intent: Intent, query: str, hits: list[Hit]) -> str | None:
        backend = self.backend
        names = name_words(query)
        unknown = [w for w in names if not backend.knows_word(w)]
        found = (
            signals(max(h.dense for h in hits), backend.coverage(query), self.settings.retrieval)
            if hits
            else None
        )
        return abstain_reason(
            intent,
            [backend.chunk(h.row).text for h in hits],
            found,
            knows=backend.knows,
            # Only when every name is unknown: a cross-lingual name ("Kvarken Council")
            # is known by one of its words.
            unknown_names=unknown if names and len(unknown) == len(names) else [],
            goals=self.goals,
            thresholds=self.settings.retrieval,
        )

    def _table_rows(
        self, intent: Intent, lang: str | None, doc: str | None
    ) -> list[tuple[int, TableRow]]:
        """Table rows that answer an amount question outright: the row of the goal the
        question names, or for "which goal has the largest budget" every goal's row
        that has a total. Each comes with the index row of its passage."""
        if not intent.wants_amount or (intent.goal is None and not intent.superlative):
            return []
        found = []
        for name, entry in self.manifest.files.items():
            if doc and name != doc:
                continue
            for passage, row in entry.table_rows():
                chunk_row = self.backend.row_of(name, passage)
                if lang and self.backend.chunk(chunk_row).lang != lang:
                    continue
                if intent.goal is not None and row.number == intent.goal:
                    return [(chunk_row, row)]
                if intent.goal is None and row.number is not None and row.total:
                    found.append((chunk_row, row))
        return found

    def _pinned(self, hits: list[Hit], rows: list[int], qvec, k: int) -> list[Hit]:
        """`hits` with the passages `rows` first: structure found the answer, search
        the context around it."""
        pinned = self.backend.hits_for(rows, qvec, self.settings.retrieval)
        rest = [h for h in hits if h.row not in rows]
        return (pinned + rest)[: max(k, len(pinned))]

    def _support(
        self, n: int, hit: Hit, intent: Intent, rows: list[tuple[int, TableRow]]
    ) -> Support:
        chunk = self.backend.chunk(hit.row)
        scores = rank_sentences(chunk, hit.sentence_scores, intent)
        index, score = best_sentence(scores)
        for chunk_row, row in rows:
            if hit.row == chunk_row:
                index = _sentence_at(chunk, row.start, index)
        return Support(n, chunk, index, score)


def _sentence_at(chunk: Chunk, offset: int, default: int) -> int:
    """The sentence of `chunk` that holds `offset`."""
    spans = enumerate(chunk.sentences)
    return next((i for i, (start, end) in spans if start <= offset < end), default)


def _citation(support: Support, score: float, weak: bool, intent: Intent) -> Citation:
    """The citation, its evidence being what the answer quotes from it."""
    chunk = support.chunk
    start, end = evidence_span(chunk, support.sentence)
    first, last = quoted_sentences(chunk, support.sentence, intent)
    start, end = min(start, chunk.sentences[first][0]), max(end, chunk.sentences[last][1])
    return Citation(
        n=support.n,
        doc=chunk.doc,
        title=chunk.title,
        page=chunk.sentence_pages[support.sentence],
        lang=chunk.lang,
        score=round(score, 4),
        text=chunk.text,
        evidence=chunk.text[start:end],
        evidence_span=(start, end),
        weak=weak,
        section=support.section,
        owner=support.owner,
    )


def _building_notice(
    index_dir: Path, corpus_dir: Path, manifest: Manifest | None, plan: indexing.Plan
) -> str:
    """What is built, where, and how to stop it: a mistyped --index starts a long build."""
    if index_dir.exists():
        return (
            f"Index {'missing' if manifest is None else 'stale'} "
            f"({plan.summary()}): building it from '{corpus_dir}' first."
        )
    return (
        f"Index missing: there is no folder '{index_dir.resolve()}' yet, so a new index is "
        f"built there from {len(plan.files)} files in '{corpus_dir.resolve()}' (this can "
        "take minutes). Ctrl+C stops it; check --index if you meant another folder."
    )


def describe_report(report: IndexReport) -> str:
    parts = [f"Indexed {report.chunks} passages in {report.seconds:.1f} s"]
    if report.rebuilt_because:
        parts.append(f"rebuilt because {report.rebuilt_because}")
    counts = [
        f"{len(docs)} {label}"
        for docs, label in (
            (report.added, "new"),
            (report.changed, "changed"),
            (report.removed, "removed"),
            (report.unchanged, "unchanged"),
        )
        if docs
    ]
    if counts:
        parts.append("files: " + ", ".join(counts))
    if report.embedded:
        parts.append(f"{report.embedded} passages embedded")
    return "; ".join(parts) + "."


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000

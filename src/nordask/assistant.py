"""The public API: `Assistant.open(...).ask(question)` returns an `Answer`.

The CLI, the TUI and the eval harness are thin layers over this class.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from nordask import indexing
from nordask.answer import best_sentence, compose, evidence_span, rank_sentences, window
from nordask.answer_types import asks_amount, states_amount
from nordask.embedding import Embedder, ModelRef, query_embedder, resolve_model
from nordask.errors import IndexStateError, InputError
from nordask.paths import default_corpus_dir, default_index_dir
from nordask.records import Answer, Citation, IndexReport
from nordask.retrieval import Hit, Searcher
from nordask.settings import Settings
from nordask.store import Manifest, generation_dir, read_manifest
from nordask.validation import check_k, check_question, check_text_option

Notice = Callable[[str], None]
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class Assistant:
    """Answers questions from one index; the query model loads on first use."""

    def __init__(
        self, index_dir: Path, manifest: Manifest, settings: Settings, ref: ModelRef
    ) -> None:
        self.index_dir = index_dir
        self.manifest = manifest
        self.settings = settings
        self.model = ref
        self.searcher = Searcher(generation_dir(index_dir, manifest), manifest)
        self._embedder: Embedder | None = None

    @classmethod
    def open(
        cls,
        index_dir: Path | str | None = None,
        corpus_dir: Path | str | None = None,
        settings: Settings | None = None,
        *,
        build: bool = True,
        notice: Notice | None = None,
        progress: indexing.IndexProgress | None = None,
    ) -> Assistant:
        """Open the index, building or updating it first when the corpus changed.

        With `build=False` an existing index is used as it is (the eval harness
        and tests pin an index this way).
        """
        settings = settings or Settings.from_env()
        index_dir = Path(index_dir) if index_dir else default_index_dir()
        corpus_dir = Path(corpus_dir) if corpus_dir else default_corpus_dir()
        ref = resolve_model(settings.model)
        manifest = read_manifest(index_dir)
        if manifest is not None and manifest.model_id != ref.model_id:
            raise IndexStateError(
                f"the index in '{index_dir}' was built with model '{manifest.model_id}', "
                f"not '{ref.model_id}'. Run `nordask index --model {settings.model}` to rebuild "
                "it for that model, or leave out --model."
            )
        if build and (manifest is None or corpus_dir.exists()):
            plan = indexing.plan(corpus_dir, index_dir, settings)
            if not plan.up_to_date:
                if notice:
                    notice(_building_notice(index_dir, corpus_dir, manifest, plan))
                report = indexing.run(
                    corpus_dir, index_dir, settings, progress=progress, notice=notice
                )
                if notice:
                    notice(describe_report(report))
                manifest = read_manifest(index_dir)
        if manifest is None:
            raise IndexStateError(
                f"there is no index in '{index_dir}'. Run `nordask index` to build one."
            )
        return cls(index_dir, manifest, settings, ref)

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
        return self.searcher.docs

    @property
    def languages(self) -> list[str]:
        return self.searcher.langs

    @property
    def passage_count(self) -> int:
        return len(self.searcher.chunks)

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

    def _abstain_reason(self, query: str, hits: list[Hit], wants_amount: bool) -> str | None:
        """Why the corpus does not answer the question, or None when it does.

        Similarity alone cannot separate on-topic unanswerable questions from
        answerable ones (see evals/README.md), so two checks look at what the
        question asks for: a year the corpus never mentions, and an amount of
        money that none of the closest passages states.
        """
        if not hits:
            return "no passage matches"
        if hits[0].dense < self.settings.retrieval.min_dense:
            return "no passage is close to the question"
        unknown = [y for y in _YEAR.findall(query) if not self.searcher.lexical.knows(y)]
        if unknown:
            return f"it never mentions {', '.join(unknown)}"
        top = hits[: self.settings.retrieval.amount_depth]
        if wants_amount and not any(states_amount(self.searcher.chunks[h.row].text) for h in top):
            return "none of the closest passages states an amount"
        return None

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
        timings: dict[str, float] = {}
        if self._embedder is None:
            mark = time.perf_counter()
            self.warm_up()
            timings["load_model"] = _ms(mark)
        started = time.perf_counter()
        qvec = self.embedder.embed_queries([query])[0]
        timings["embed"] = _ms(started)
        mark = time.perf_counter()
        hits = self.searcher.search(qvec, query, self.settings.retrieval, k=k, lang=lang, doc=doc)
        timings["search"] = _ms(mark)
        mark = time.perf_counter()
        wants_amount = asks_amount(query)
        reason = self._abstain_reason(query, hits, wants_amount)
        answered = reason is None
        citations, scores, windows = [], [], []
        for n, hit in enumerate(hits, start=1):
            chunk = self.searcher.chunks[hit.row]
            ranked = rank_sentences(chunk, hit.sentence_scores, wants_amount)
            index, score = best_sentence(ranked)
            start, end = evidence_span(chunk, index)
            citations.append(
                Citation(
                    n=n,
                    doc=chunk.doc,
                    title=chunk.title,
                    page=chunk.sentence_pages[index],
                    lang=chunk.lang,
                    score=round(hit.score, 4),
                    text=chunk.text,
                    evidence=chunk.text[start:end],
                    evidence_span=(start, end),
                    weak=not answered,
                )
            )
            scores.append(score)
            windows.append(window(chunk, index, (start, end)))
        text, entities = (
            compose(query, citations, scores, reason, windows)
            if hits
            else ("The index holds no passage that matches these filters.", [])
        )
        timings["answer"] = _ms(mark)
        timings["total"] = _ms(started)
        filters = {key: value for key, value in (("lang", lang), ("doc", doc)) if value}
        return Answer(
            question=question,
            answer=text,
            answered=answered,
            entities=entities,
            citations=citations,
            timings_ms=timings,
            interpreted=interpreted,
            filters=filters,
        )


def _building_notice(
    index_dir: Path, corpus_dir: Path, manifest: Manifest | None, plan: indexing.Plan
) -> str:
    """What is built, where, and how to stop it: a mistyped --index starts a long build."""
    if index_dir.exists():
        return (
            f"Index {'missing' if manifest is None else 'stale'} "
            f"({plan.describe()}): building it from '{corpus_dir}' first."
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

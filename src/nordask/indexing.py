"""Build and update the index: only new or changed files are embedded."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from nordask import background, overview, starters
from nordask.backends import Backend, DocRows, open_backend
from nordask.errors import (
    CorpusError,
    IndexStateError,
    IndexWriteError,
    NordaskError,
    UnreadableManifest,
)
from nordask.ingest import ingest
from nordask.loaders import CorpusFile, discover
from nordask.manifest import FileEntry, Manifest
from nordask.models import Embedder, ModelRef, model_for, passage_embedder
from nordask.records import Answer, Chunk, IndexReport, Skipped
from nordask.safe_text import one_line
from nordask.settings import ChunkSettings, IngestSettings, Settings
from nordask.structure import numbered_headings

if TYPE_CHECKING:
    import numpy as np

    from nordask.raybuild import RayBuild

#: Makes the `ask` of an assistant over a freshly written index (`Assistant.asker`),
#: to check starter questions with; passed in, since the assistant sits above indexing.
Asker = Callable[[Backend, Manifest, Settings, ModelRef], Callable[[str], Answer]]

#: progress(stage, done, total): stages are "reading" (and "tagging languages" within a
#: very large document, ingest.py), "embedding", "writing"; while the
#: model is prepared (fraction done out of 100), "loading model" and, when the default
#: model is built on first use, e5convert's `CONVERSION_STAGES`.
IndexProgress = Callable[[str, int, int], None]


@dataclass
class Plan:
    """What an index run would do; cheap to compute (hashes only, no model)."""

    files: list[CorpusFile]
    skipped: list[Skipped]
    manifest: Manifest | None
    #: The ingest settings the files were found with (recorded in the new manifest).
    ingest: IngestSettings = field(default_factory=IngestSettings)
    rebuild_because: str | None = None
    #: Why the dense index must be rewritten from the stored vectors (no re-embedding).
    refresh_because: str | None = None
    reuse: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def up_to_date(self) -> bool:
        return (
            self.manifest is not None
            and not self.rebuild_because
            and not self.refresh_because
            and not (self.added or self.changed or self.removed)
        )

    def summary(self) -> str:
        """What the update would do, in a few words ("2 new, 1 changed file(s)")."""
        if self.rebuild_because or self.refresh_because:
            return self.rebuild_because or self.refresh_because or ""
        if self.manifest is None:
            return "no index yet"
        counts = _file_counts(self.added, self.changed, self.removed)
        return counts + " file(s)" if counts else "up to date"


def describe_report(report: IndexReport) -> str:
    """One line on what an index run did ("Indexed 812 passages in 3.1 s; files: 1 new,
    4 unchanged."), for `nordask index` and the notice of a build on open."""
    parts = [f"Indexed {report.chunks} passages in {report.seconds:.1f} s"]
    if report.rebuilt_because:
        parts.append(f"rebuilt because {report.rebuilt_because}")
    counts = _file_counts(report.added, report.changed, report.removed, report.unchanged)
    if counts:
        parts.append("files: " + counts)
    if report.embedded:
        parts.append(f"{report.embedded} passages embedded")
    return "; ".join(parts) + "."


def _file_counts(
    added: list[str], changed: list[str], removed: list[str], unchanged: list[str] | None = None
) -> str:
    """ "2 new, 1 changed": the files of a plan or a report by what happens to them."""
    groups = ((added, "new"), (changed, "changed"), (removed, "removed"), (unchanged, "unchanged"))
    return ", ".join(f"{len(docs)} {label}" for docs, label in groups if docs)


def mismatch(
    manifest: Manifest, ref: ModelRef, chunking: ChunkSettings | None = None
) -> str | None:
    """Why an index cannot be reused with this model (and, when given, these chunk
    settings), in words; None if it can. The one compatibility check: indexing
    rebuilds on it, `Assistant.open` refuses a model mismatch, the eval harness picks
    a cached index."""
    if manifest.model_id != ref.model_id:
        return f"the index was built with model '{manifest.model_id}', not '{ref.model_id}'"
    if chunking is not None and manifest.chunking != chunking.to_manifest():
        return f"the chunk settings changed from {manifest.chunking} to {chunking.to_manifest()}"
    return None


def plan(
    corpus_dir: Path,
    index: Backend | Path | str,
    settings: Settings,
    rebuild: bool = False,
    *,
    verify: bool = False,
    model: ModelRef | None = None,
) -> Plan:
    """What an update would do. An unreadable manifest means a rebuild. With `verify`
    (`nordask index`) the backend checks the stored index in full (the local one every
    file against the size and SHA-256 the manifest records): a damaged index is rebuilt,
    or, when only files derived from the stored vectors are damaged, refreshed without
    re-embedding. Without it (opening an index to ask) damage is left for `Assistant`
    to report in one line. `model` is the model resolved from `settings.model`, when
    the caller has resolved it already."""
    backend = open_backend(index)
    try:
        manifest, unreadable = backend.read_manifest(), None
    except UnreadableManifest as exc:
        manifest, unreadable = None, one_line(str(exc.__cause__ or exc), 120)
    ingest_settings = settings.ingest.resolved(manifest.ingest if manifest else None)
    files, skipped = discover(corpus_dir, ingest_settings)
    result = Plan(files, skipped, manifest, ingest=ingest_settings)
    if unreadable:
        result.rebuild_because = f"the manifest is unreadable ({unreadable})"
    if manifest is None:
        result.added = [f.doc for f in files]
        return result
    reason = (
        "a rebuild was asked for"
        if rebuild
        else mismatch(manifest, model or model_for(settings.model), settings.chunking)
    )
    damage = backend.damage(manifest) if verify and not reason else None
    if damage and damage.primary:
        reason = f"the index is damaged ({damage.summary()})"
    if reason:
        result.rebuild_because = reason
        return result
    if damage:
        result.refresh_because = f"the index is damaged ({damage.summary()})"
    known_bad = {s["doc"]: s.get("sha256") for s in manifest.skipped}
    for file in files:
        entry = manifest.files.get(file.doc)
        if entry and entry.sha256 == file.sha256:
            result.reuse.append(file.doc)
        elif known_bad.get(file.doc) == file.sha256:
            continue  # the same broken file as last time: still skipped, nothing to do
        elif entry or known_bad.get(file.doc):  # indexed, or loaded and failed, before
            result.changed.append(file.doc)
        else:
            result.added.append(file.doc)
    present = {f.doc for f in files}
    result.removed = sorted(doc for doc in manifest.files if doc not in present)
    if not result.refresh_because and not overview_current(manifest):
        result.refresh_because = "the index has no overview of the corpus yet, or an older one"
    if not result.refresh_because and abs(manifest.centering - settings.centering) > 1e-9:
        result.refresh_because = (
            f"the language centering changed from {manifest.centering} to {settings.centering}"
        )
    return result


def run(
    corpus_dir: Path,
    index: Backend | Path | str,
    settings: Settings,
    *,
    rebuild: bool = False,
    progress: IndexProgress | None = None,
    notice: Callable[[str], None] | None = None,
    ray: RayBuild | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    verify: bool = False,
    embedder: Embedder | None = None,
    model: ModelRef | None = None,
    asker: Asker | None = None,
) -> IndexReport:
    """Bring the index (a folder, a postgresql:// URL or an open backend) up to date with
    `corpus_dir`.

    An index that is up to date is left alone without taking the writer lock, so a
    read-only index still opens. Otherwise waits (and says so through `notice`) while
    another process updates the same index, then plans against what that process
    wrote. `verify` checks the index against its checksums and repairs damage (see
    `plan`). Each skipped file goes to `on_skip` once, when it is known. With `ray`,
    files are loaded and passages embedded on a Ray cluster (see raybuild.py). A folder
    that cannot be written (full disk, read-only) raises `IndexWriteError`; the previous
    index is kept. Passages are embedded with `embedder` when given, else with the
    engine `settings.model` (or the already resolved `model`) calls for. `asker` answers
    the overview's starter questions to check them (the assistant layer passes
    `Assistant.asker`; without it the starters stay unchecked and unshown).
    """
    started = time.perf_counter()
    backend = open_backend(index)
    model = model or model_for(settings.model, embedder)
    first = plan(corpus_dir, backend, settings, rebuild, verify=verify, model=model)
    missing = first.manifest is not None and starters_missing(first.manifest)
    if first.up_to_date and missing and asker is not None:
        _retry_starters(backend, settings, model, asker, notice)
        first.manifest = backend.read_manifest() or first.manifest
    if first.up_to_date and first.manifest is not None:
        background.ensure(model, notice)
        backend.tidy(first.manifest)
        report = IndexReport(unchanged=first.reuse, skipped=first.skipped + _known_skipped(first))
        report.chunks = first.manifest.chunks
        for skipped in report.skipped:
            if on_skip:
                on_skip(skipped)
        report.seconds = time.perf_counter() - started
        return report
    waited: list[bool] = []

    def waiting() -> None:
        waited.append(True)
        if notice:
            notice(
                f"Another nordask process is updating the index in '{backend.location}'; "
                "waiting for it to finish."
            )

    with backend.writer(waiting):
        if waited or _live_generation(backend) != _live_generation_of(first):
            # another process changed the index meanwhile: plan against what it wrote
            first = plan(corpus_dir, backend, settings, rebuild, verify=verify, model=model)
        backend.remove_leftovers(first.manifest)
        return _run(
            first, corpus_dir, backend, settings, model, progress, notice, on_skip, ray, asker
        )


def _run(
    planned: Plan,
    corpus_dir: Path,
    backend: Backend,
    settings: Settings,
    ref: ModelRef,
    progress: IndexProgress | None,
    notice: Callable[[str], None] | None,
    on_skip: Callable[[Skipped], None] | None,
    ray: RayBuild | None = None,
    asker: Asker | None = None,
) -> IndexReport:
    started = time.perf_counter()
    report = IndexReport(
        added=planned.added,
        changed=planned.changed,
        removed=planned.removed,
        unchanged=planned.reuse,
        skipped=list(planned.skipped),
        rebuilt_because=planned.rebuild_because or planned.refresh_because,
    )
    known_skipped = _known_skipped(planned)
    for skipped in report.skipped + known_skipped:
        if on_skip:
            on_skip(skipped)
    if planned.up_to_date:
        report.skipped += known_skipped
        report.chunks = planned.manifest.chunks if planned.manifest else 0
        report.seconds = time.perf_counter() - started
        return report
    reused = set(planned.reuse)
    to_load = [f for f in planned.files if f.doc not in reused and _needs_load(planned, f)]
    previous = (
        backend.read_docs(planned.changed)
        if planned.manifest and not planned.rebuild_because
        else {}
    )
    known = _known_texts(previous)
    if progress:
        progress("reading", 0, len(to_load))
    if ray:
        new_chunks, load_failures = ray.ingest(
            to_load, settings.chunking, known.languages, on_skip=on_skip
        )
    else:
        new_chunks, load_failures = ingest(
            to_load,
            settings.chunking,
            known.languages,
            progress=progress,
            on_skip=on_skip,
            notice=notice,
        )
    failed = {s.doc for s in load_failures}
    report.added = [doc for doc in report.added if doc not in failed]
    report.changed = [doc for doc in report.changed if doc not in failed]
    report.skipped += load_failures + known_skipped
    if not new_chunks and not reused:
        raise CorpusError(
            f"no file in '{corpus_dir}' could be indexed ({len(report.skipped)} skipped). "
            "Add PDF, .txt or .md files with text; the previous index, if any, is unchanged."
        )
    fresh, embedded = _embed_docs(new_chunks, known.vectors, ref, progress, ray)
    if progress:
        progress("writing", 0, 1)
    manifest = _manifest(planned, fresh, ref, settings, report.skipped)
    _add_overview(manifest, fresh, backend)
    backend.write(fresh, reused, manifest)
    if progress:
        progress("writing", 1, 1)
    background.ensure(ref, notice)
    add_starters(backend, settings, ref, asker, notice)
    report.chunks = sum(entry.count for entry in manifest.files.values())
    report.embedded = embedded
    report.seconds = time.perf_counter() - started
    return report


def _manifest(
    planned: Plan,
    fresh: dict[str, DocRows],
    ref: ModelRef,
    settings: Settings,
    skipped: list[Skipped],
) -> Manifest:
    """The manifest of the index this run writes: fresh documents and reused ones."""
    hashes = {f.doc: f.sha256 for f in planned.files}
    entries = {
        doc: FileEntry(
            hashes[doc], _title(rows, doc), 0, len(rows.chunks), *_structure(rows.chunks)
        )
        for doc, rows in fresh.items()
    }
    if planned.manifest is not None:
        for doc in planned.reuse:
            old = planned.manifest.files[doc]
            entries[doc] = FileEntry(
                hashes[doc], old.title, old.first, old.count, old.numbered, old.rows, old.overview
            )
    dims = [rows.vectors.shape[1] for rows in fresh.values() if len(rows.vectors)]
    return Manifest(
        model_id=ref.model_id,
        dim=dims[0] if dims else planned.manifest.dim if planned.manifest else 0,
        chunking=settings.chunking.to_manifest(),
        generation="",
        files=dict(sorted(entries.items())),
        centering=settings.centering,
        chunks=sum(entry.count for entry in entries.values()),
        skipped=[
            {"doc": s.doc, "reason": s.reason, "sha256": _hash_of(planned, s.doc)} for s in skipped
        ],
        ingest=asdict(planned.ingest),
    )


def overview_current(manifest: Manifest) -> bool:
    """Whether every document's overview part is there and of this nordask's making."""
    return (
        all(entry.overview.get("version") == overview.VERSION for entry in manifest.files.values())
        and manifest.overview.get("version") == overview.VERSION
    )


def starters_missing(manifest: Manifest) -> bool:
    return bool(manifest.files) and manifest.overview.get("starters") is None


def _add_overview(manifest: Manifest, fresh: dict[str, DocRows], backend: Backend) -> None:
    """Give every document its overview part (kept ones whose part is current keep it;
    older ones are read back from the index, not embedded again) and the manifest the
    combined overview, its starters to be checked once the index is live."""
    stale = [
        doc
        for doc, entry in manifest.files.items()
        if doc not in fresh and entry.overview.get("version") != overview.VERSION
    ]
    rows = {**(backend.read_docs(stale) if stale else {}), **fresh}
    for doc, entry in manifest.files.items():
        if doc in rows:
            entry.overview = overview.document_part(doc, entry.title, rows[doc].chunks)
    parts = {doc: entry.overview for doc, entry in manifest.files.items()}
    manifest.overview = {
        "version": overview.VERSION,
        **overview.combine(parts).to_json(),
        "starters": None,
    }


def add_starters(
    backend: Backend,
    settings: Settings,
    model: ModelRef,
    asker: Asker | None,
    notice: Callable[[str], None] | None = None,
) -> None:
    """Check the starter questions against the live index and store those it answers
    confidently (see starters.py). Asks with the query model, as a user would; when
    that cannot be loaded the index is still complete, the starters stay unchecked
    (the overview shows none) and the next `nordask index` tries again."""
    manifest = backend.read_manifest()
    if manifest is None or not manifest.overview:
        return
    found = overview.Overview.from_json(manifest.overview)
    budget_goals = sorted(
        {row.number for e in manifest.files.values() for _, row in e.table_rows() if row.number}
    )
    if asker is None:
        return
    try:
        ask = asker(backend, manifest, settings, model)
        kept = starters.checked(starters.candidates(found, budget_goals), ask)
    except NordaskError as exc:
        if notice:
            notice(f"Starter questions were not checked ({one_line(str(exc), 160)}).")
        return
    backend.write_overview({**manifest.overview, "starters": kept})


def _retry_starters(
    backend: Backend,
    settings: Settings,
    model: ModelRef,
    asker: Asker,
    notice: Callable[[str], None] | None,
) -> None:
    """Check the starters an earlier run could not (killed, or no query model then). A
    read-only index stays as it is: it answers without them."""
    try:
        with backend.writer():
            add_starters(backend, settings, model, asker, notice)
    except IndexWriteError as exc:
        if notice:
            notice(f"Starter questions were not checked ({one_line(str(exc), 160)}).")


def _title(rows: DocRows, doc: str) -> str:
    return rows.chunks[0].title if rows.chunks else doc


def _live_generation(backend: Backend) -> str | None:
    try:
        manifest = backend.read_manifest()
    except IndexStateError:
        return None
    return manifest.generation if manifest else None


def _live_generation_of(planned: Plan) -> str | None:
    return planned.manifest.generation if planned.manifest else None


def _needs_load(planned: Plan, file: CorpusFile) -> bool:
    return file.doc in planned.added or file.doc in planned.changed or bool(planned.rebuild_because)


def _known_skipped(planned: Plan) -> list[Skipped]:
    """Broken files skipped on an earlier run and unchanged since: still reported."""
    if planned.manifest is None or planned.rebuild_because:
        return []
    present = {f.doc: f.sha256 for f in planned.files}
    return [
        Skipped(s["doc"], s["reason"])
        for s in planned.manifest.skipped
        if s.get("sha256") and present.get(s["doc"]) == s["sha256"]
    ]


def _hash_of(planned: Plan, doc: str) -> str | None:
    return next((f.sha256 for f in planned.files if f.doc == doc), None)


@dataclass
class KnownTexts:
    """Language tags and vectors of the passages and sentences of changed files as the
    previous generation stored them. An edit usually touches one or two passages of a
    file; the rest are found here by their exact text instead of being detected and
    embedded again (both depend on the text alone)."""

    languages: dict[str, str] = field(default_factory=dict)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)


def _known_texts(previous: dict[str, DocRows]) -> KnownTexts:
    known = KnownTexts()
    for rows in previous.values():
        at = 0
        for chunk, vector in zip(rows.chunks, rows.vectors, strict=True):
            known.languages[chunk.text] = chunk.lang
            known.vectors[chunk.text] = vector
            for start, end in chunk.sentences:
                known.vectors.setdefault(chunk.text[start:end], rows.sentence_vectors[at])
                at += 1
    return known


def _embed_docs(
    new_chunks: dict[str, list[Chunk]],
    known: dict[str, np.ndarray],
    ref: ModelRef,
    progress: IndexProgress | None,
    ray: RayBuild | None = None,
) -> tuple[dict[str, DocRows], int]:
    """Each loaded document's passages with their vectors (all embedded in one batch),
    and how many passages had to be embedded."""
    fresh = [c for doc in sorted(new_chunks) for c in new_chunks[doc]]
    vectors, sentence_vectors, embedded = _embed(fresh, known, ref, progress, ray)
    return split_by_doc(new_chunks, vectors, sentence_vectors), embedded


def split_by_doc(
    new_chunks: dict[str, list[Chunk]], vectors: np.ndarray, sentence_vectors: np.ndarray
) -> dict[str, DocRows]:
    """Cut vectors of every document's passages, in sorted document order, per document."""
    out: dict[str, DocRows] = {}
    row = sentence = 0
    for doc in sorted(new_chunks):
        chunks = new_chunks[doc]
        sentences = sum(len(c.sentences) for c in chunks)
        out[doc] = DocRows(
            chunks,
            vectors[row : row + len(chunks)],
            sentence_vectors[sentence : sentence + sentences],
        )
        row += len(chunks)
        sentence += sentences
    return out


def _embed_here(texts: list[str], ref: ModelRef, progress: IndexProgress | None) -> np.ndarray:
    """Passage vectors from the model in this process."""
    embedder = passage_embedder(
        ref,
        sum(len(t) for t in texts),
        (lambda stage, frac: progress(stage, int(frac * 100), 100)) if progress else None,
    )
    return embedder.embed_passages(
        texts, (lambda done, total: progress("embedding", done, total)) if progress else None
    )


def _structure(doc_chunks: list[Chunk]) -> tuple[list[list], list[dict]]:
    """A document's numbered headings and table rows, for the manifest: a question about
    "goal 7" is answered, or refused, from these without searching. Each row names its
    passage by position in the document ("passage"), which every backend can find."""
    numbered: dict[int, str] = {}
    rows: list[dict] = []
    for i, chunk in enumerate(doc_chunks):
        for path in dict.fromkeys(chunk.sections):
            for number, title in numbered_headings(path):
                numbered.setdefault(number, title)
        rows += [{**row.to_json(), "passage": i} for row in chunk.rows]
    return [[n, numbered[n]] for n in sorted(numbered)], rows


def _embed(
    chunks: list[Chunk],
    known: dict[str, np.ndarray],
    ref: ModelRef,
    progress: IndexProgress | None,
    ray: RayBuild | None = None,
) -> tuple[np.ndarray, np.ndarray, int]:
    """Chunk vectors, sentence vectors, and how many chunks had to be embedded.

    Each distinct text is embedded once, and texts in `known` not at all.
    """
    import numpy as np

    sentences = [c.text[s:e] for c in chunks for s, e in c.sentences]
    texts = list(dict.fromkeys([c.text for c in chunks] + sentences))
    todo = [t for t in texts if t not in known]
    vector_of = dict(known)
    if todo:
        out = ray.embed(todo, ref) if ray else _embed_here(todo, ref, progress)
        vector_of.update(zip(todo, out, strict=True))
    if not texts:
        empty = np.empty((0, 0), dtype=np.float32)
        return empty, empty, 0
    dim = len(vector_of[texts[0]])

    def stack(items: list[str]) -> np.ndarray:
        if not items:
            return np.empty((0, dim), dtype=np.float32)
        return np.stack([vector_of[t] for t in items]).astype(np.float32, copy=False)

    todo_set = set(todo)
    embedded = sum(1 for c in chunks if c.text in todo_set)
    return stack([c.text for c in chunks]), stack(sentences), embedded

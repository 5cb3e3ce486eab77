"""The public API: `Assistant.open(...).ask(question)` returns an `Answer`.

The CLI, the TUI and the eval harness are thin layers over this class.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from nordask import background, indexing, starters
from nordask.amounts import (
    around,
    asked_columns,
    asked_counted,
    column_of,
    counts_word,
    one_unit,
    record_amounts,
)
from nordask.answer import (
    ANSWER_FROM,
    Outline,
    compose,
    continues_record,
    document_answer,
    held_answer,
    refusal,
)
from nordask.aspects import asked_aspect
from nordask.backends import Backend, open_backend
from nordask.background import Everyday
from nordask.changes import latest_said
from nordask.citations import cite, quoted_support, support, under_goal
from nordask.compare import closest_of, compared_parts
from nordask.errors import IndexStateError, IndexWriteError, InputError
from nordask.evidence import explains_term, opens_a_line
from nordask.items import nth_asked
from nordask.leads import Owned, Titled, owner_asked, titled_by
from nordask.lists import partners_answer, project_topic, titles_name, under_partner_heading
from nordask.manifest import Manifest
from nordask.members import asked_membership, lists_members_of
from nordask.models import Embedder, ModelRef, model_for, query_embedder
from nordask.numbering import in_cited_order
from nordask.overview import Activity, DocumentOverview, Goal, Overview, compound_of
from nordask.overview_text import (
    corpus_actors,
    corpus_documents,
    corpus_help,
    most_activities,
)
from nordask.passages import (
    Support,
    last_heading,
    row_topic_hits,
    sentence_text,
    tidy,
    topic_hits,
)
from nordask.paths import default_corpus_dir
from nordask.people import asked_doing, asks_whom, names_holder, says_doer
from nordask.policy import (
    Decision,
    Refusal,
    decide,
    left_open,
    no_country_named,
    uncounted,
    unnamed_members,
    unnamed_person,
)
from nordask.query import (
    GOAL_WORD,
    SECOND_QUESTION,
    Intent,
    asks_call,
    asks_one_goal,
    asks_partners,
    counted_words,
    goals_named,
    is_country,
    name_words,
    name_years,
    names_any,
    names_call,
    names_phrase,
    parse,
    period_asked,
    said_about,
    said_before,
    subject_names,
    subject_title,
    topic_words,
    year_span,
)
from nordask.records import Answer, Chunk, TableRow
from nordask.retrieval import Hit, Ranking
from nordask.settings import Settings
from nordask.structure import PATH_SEPARATOR
from nordask.tables import (
    LabelCloseness,
    answers_kind,
    asked_kinds,
    asks_in_part,
    closest_row,
    holds_partial_row,
    named_row,
    placed_row,
    table_cell,
    unlisted_code,
)
from nordask.validation import check_k, check_question, check_text_option
from nordask.words import MIN_PREFIX, content_words, every_stopword, folded, same_first_sound

if TYPE_CHECKING:
    import numpy as np

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
        self._overview: Overview | None = None
        self._background: np.ndarray | bool | None = False  # False: not read yet
        self._named_goals: frozenset[int] | None = None
        self._label_vectors: dict[str, np.ndarray] = {}  # table rows' labels, as embedded

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
        wrong_model = indexing.mismatch(manifest, ref) if manifest is not None else None
        if wrong_model:
            raise IndexStateError(
                f"{wrong_model} (index '{backend.location}'). Run `nordask index --model "
                f"{settings.model}` to rebuild it for that model, or leave out --model."
            )
        if build and not backend.shared and (manifest is None or corpus_dir.exists()):
            plan = indexing.plan(corpus_dir, backend, settings, model=ref)
            if not plan.up_to_date:
                if notice:
                    notice(_building_notice(Path(backend.location), corpus_dir, manifest, plan))
                try:
                    report = indexing.run(
                        corpus_dir,
                        backend,
                        settings,
                        progress=progress,
                        notice=notice,
                        model=ref,
                        asker=Assistant.asker,
                    )
                except IndexWriteError as exc:
                    if manifest is None:
                        raise
                    if notice:  # a read-only or full index still answers from what it has
                        notice(f"{exc} Answering from the index as it is.")
                else:
                    if notice:
                        notice(indexing.describe_report(report))
                    manifest = backend.read_manifest()
        if manifest is None:
            raise IndexStateError(
                f"there is no index in '{backend.location}'. Run `nordask index` to build one."
            )
        if build and not backend.shared:
            background.ensure(ref, notice)
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

    @staticmethod
    def asker(
        backend: Backend, manifest: Manifest, settings: Settings, model: ModelRef
    ) -> Callable[[str], Answer]:
        """`ask` over an index just written, for indexing to check starter questions."""
        return Assistant(backend, manifest, settings, model).ask

    def overview(self) -> Overview:
        """What the corpus holds (documents, who's who, glossary, starter questions), as
        stored with the index when it was built: read, not computed."""
        if self._overview is None:
            if not self.manifest.overview:
                raise IndexStateError(
                    f"the index in '{self.backend.location}' was built before nordask kept an "
                    "overview of the corpus. Run `nordask index` to add it (nothing is "
                    "embedded again)."
                )
            self._overview = Overview.from_json(self.manifest.overview)
        return self._overview

    def ask(
        self,
        question: str,
        *,
        k: int | None = None,
        lang: str | None = None,
        doc: str | None = None,
        interpreted: str | None = None,
        explain: bool = False,
    ) -> Answer:
        """Answer `question` with k cited passages.

        `interpreted` is the text actually searched for when it differs from
        what the user typed (a follow-up question expanded with its context).
        With `explain`, `Answer.explain` says why (see explain.py).
        The steps: parse the intent, retrieve, pin table rows, pick each passage's
        supporting sentence, decide whether to answer, compose, cite.
        """
        request = self._request(question, k, lang, doc, interpreted)
        intent = self._spelled_columns(self._unnamed_years(parse(request.query)))
        timings: dict[str, float] = {}
        if self._embedder is None:
            mark = time.perf_counter()
            self.warm_up()
            timings["load_model"] = _ms(mark)
        started = time.perf_counter()
        qvec = self.embedder.embed_queries([request.query])[0]
        timings["embed"] = _ms(started)
        mark = time.perf_counter()
        ranking = Ranking() if explain else None
        searched = self._retrieve(request, intent, qvec, ranking)
        rows = self._in_searched_document(
            intent, self._table_rows(intent, request.lang, request.doc), searched
        )
        rows = self._described_goal(intent, rows, qvec, searched)
        named = self._named_documents(intent, request.doc)
        goals = self._goals(intent, request.doc, qvec, searched)
        leads: list[int] = []
        if named is not None:  # "What is the action plan?": the document itself
            leads = [self._lead_row(document) for document in named[1]]
            goals = self._goal_rows(named[1]) if named[0] != "period" else []
        pins = [chunk_row for chunk_row, _ in rows] + leads + [chunk_row for chunk_row, _ in goals]
        owners = self._owner_rows(intent, goals)
        pins += list(owners.values())
        held = self._held(intent, request.doc)
        if held:  # "Which activities does Kvarkenrådet have?": its blocks, not the goals
            goals, pins = [], [*pins[: len(rows)], *(row for _, _, row in held[1])]
        coded = self._coded(intent, request.doc)
        if coded is not None:  # "Who is behind G.1.f?": the activity's own passage first
            pins = [coded[3], *pins]
        pins += self._titled_rows(intent, request.doc, [hit.row for hit in searched])
        pins += self._defining_rows(intent, searched, qvec)
        pins += self._record_rows(intent, searched)
        pins += self._partner_rows(intent, searched)
        pins += self._member_rows(intent, searched, request.doc)
        pins += self._partial_rows(intent, searched)
        pins += self._named_rows(intent, searched, request.k, qvec)
        pins += self._doer_rows(intent, searched, qvec)
        pins += self._holder_rows(intent, searched, qvec)
        pins += self._call_rows(intent, searched, qvec)
        hits = self._pinned(searched, list(dict.fromkeys(pins)), qvec, request.k)
        hits += self._continued(intent, hits, qvec)
        timings["search"] = _ms(mark)
        mark = time.perf_counter()
        chunks = [self.backend.chunk(hit.row) for hit in hits]
        intent = self._counted_alike(intent, chunks)
        supports = [
            support(
                n,
                hit,
                chunk,
                intent,
                rows,
                [(row, g.number) for row, g in goals],
                [
                    *((row, name) for (name, _), row in owners.items()),
                    *((row, held[0]) for _, _, row in (held[1] if held else [])),
                ],
            )
            for n, (hit, chunk) in enumerate(zip(hits, chunks, strict=True), start=1)
        ]
        supports = self._aspected(intent, request.query, supports, hits)
        # How close the corpus comes to the question is the search's finding, also when
        # structure pins passages in place of every hit (every goal's budget row).
        best_dense = max((h.dense for h in [*searched, *hits]), default=None)
        everyday = self._everyday(qvec, [hit.row for hit in [*searched, *hits]])
        decision = self._decide(intent, request.query, best_dense, chunks, supports, rows, everyday)
        missing = self._missing_column(intent, request.doc)
        if missing and decision.refusal is None:
            reason = f"the budget of goal {intent.goal} has no column for {missing}"
            decision = replace(decision, refusal=Refusal("partner", reason))
        outline = self._outline(goals, owners, [hit.row for hit in hits])
        about_corpus = self._about_corpus(intent)
        if about_corpus is not None:  # the overview answers; no passage is its source
            decision, hits, supports = Decision(None, decision.found), [], []
            text, entities = about_corpus
        elif named is not None:
            decision = Decision(None, decision.found)
            cited = [hit.row for hit in hits]
            documents = [
                (document, cited.index(row) + 1 if row in cited else None)
                for document, row in zip(named[1], leads, strict=True)
            ]
            text, entities = document_answer(named[0], documents, outline), []
        elif held:
            decision = Decision(None, decision.found)
            cited = [hit.row for hit in hits]
            items = [(activity, goal, cited.index(row) + 1) for activity, goal, row in held[1]]
            text, entities = held_answer(held[0], items, intent.goal), [held[0]]
        elif partnered := self._partnered(intent, coded, hits, supports):
            decision = Decision(None, decision.found)
            doc, goal, activity, n = partnered
            cited = [hit.row for hit in hits]
            blocks = [self.backend.row_of(doc, o.passage) for o in activity.owners]
            owners = [
                (o.name, cited.index(row) + 1 if row in cited else None)
                for o, row in zip(activity.owners, blocks, strict=True)
            ]
            text = partners_answer(goal, activity, n, owners, self._spelled_out())
            entities = [activity.partners]
        else:
            closeness = self._label_closeness(qvec)
            text, entities = self._compose(
                intent, request.query, supports, rows, outline, decision, closeness
            )
            lead = text.split("\n\n")[0]
            cited = [s.chunk.text for s in supports]
            missing = (
                unnamed_person(intent, entities)
                or uncounted(intent, lead, cited)
                or left_open(intent, lead)
                or no_country_named(intent, entities)
                or unnamed_members(intent, entities, lead)
            )
            if decision.refusal is None and missing:
                decision = replace(decision, refusal=missing)  # it names no one, counts nothing
                text, entities = self._compose(
                    intent, request.query, supports, rows, outline, decision, closeness
                )
            if decision.refusal is None:  # each citation's evidence is what the lead quotes
                lead = text.split("\n\n")[0]
                supports = [quoted_support(s, lead) for s in supports]
        weak = decision.refusal is not None
        citations = [cite(s, h.score, weak, intent) for s, h in zip(supports, hits, strict=True)]
        timings["answer"] = _ms(mark)
        timings["total"] = _ms(started)
        answer = Answer(
            question=request.question,
            answer=text,
            answered=not weak and (bool(hits) or about_corpus is not None),
            entities=entities,
            citations=citations,
            timings_ms=timings,
            interpreted=request.interpreted,
            filters=request.filters,
            intent=intent.describe(),
        )
        if ranking is None:
            return in_cited_order(answer)
        from nordask.explain import trace  # only for --explain: not in every cold start

        why = trace(
            intent,
            zip(hits, supports, strict=True),
            rows,
            ranking,
            decision,
            query=request.query,
            terms=partial(self.backend.matched_terms, request.query),
            settings=self.settings.retrieval,
            timings=timings,
        )
        return in_cited_order(replace(answer, explain=why))

    def _request(
        self,
        question: str,
        k: int | None,
        lang: str | None,
        doc: str | None,
        interpreted: str | None,
    ) -> _Request:
        """The arguments of `ask`, checked, with filters resolved against the index."""
        question = check_question(question)
        k = check_k(k) or self.settings.retrieval.k
        lang, doc = check_text_option("lang", lang), check_text_option("doc", doc)
        interpreted = check_text_option("interpreted", interpreted)
        lang, doc = self.resolve_lang(lang), self.resolve_doc(doc)
        return _Request(question, interpreted, k, lang, doc)

    def _retrieve(
        self, request: _Request, intent: Intent, qvec: np.ndarray, ranking: Ranking | None
    ) -> list[Hit]:
        titled = project_topic(intent) if intent.actor_kind == "project" else []
        search = partial(
            self.backend.search,
            qvec,
            request.query,
            self.settings.retrieval,
            k=request.k * PROJECT_WIDENING if titled else request.k,
            lang=request.lang,
            wants_amount=intent.wants_amount,
            ranking=ranking,
        )
        said_in = None if request.doc else self._said_in(request.query)
        if said_in:  # "What does the plan say about youth?": the plan's passages only
            return search(doc=said_in)
        hits = search(doc=request.doc)
        subject = None if request.doc else self._subject_document(request.query)
        if subject and any(self.backend.chunk(hit.row).doc == subject for hit in hits):
            hits = search(doc=subject)  # the named thing's own passages, not others' figures
            hits = self._section_first(request.query, hits)
        if not titled:
            return hits
        # "Which Nordregio projects deal with the Arctic?": a project whose title says so
        # ("GROM – Green transition in the Arctic") answers it, however far down the
        # search puts it (the question's other words match every project alike): up to
        # PROJECT_DEEPER such passages take the last places.
        k = request.k
        named = {h.row for h in hits if titles_name(self.backend.chunk(h.row), titled)}
        deeper = [h for h in hits[k:] if h.row in named][:PROJECT_DEEPER]
        kept = hits[:k]
        for hit in deeper:  # in place of the lowest passage that names no such title
            unnamed = [h for h in kept[1:] if h.row not in named]
            if not unnamed:
                break
            kept = [h for h in kept if h is not unnamed[-1]] + [hit]
        return kept

    def _unnamed_years(self, intent: Intent) -> Intent:
        """A year that ends a name the corpus writes so ("the deadline of Giella 2030")
        names the programme; a when-question asks for no day of that year."""
        if intent.kind != "date":  # a figure "for 2030" still asks about that year
            return intent
        named = {year for name, year in name_years(intent.question) if self._writes(name)}
        kept = tuple(year for year in intent.years if year not in named)
        return replace(intent, years=kept) if kept != intent.years else intent

    def _counted_alike(self, intent: Intent, chunks: list[Chunk]) -> Intent:
        """For a how-many question, the words the passages count that the model reads as
        what is asked about (`Intent.counted_as`): another language or wording shares no
        letters with the question's word ("sju ansatte" for "Hvor mange medarbejdere"),
        and a figure of something else near the names the question gives must not lead."""
        asked = asked_counted(intent.question) if intent.kind == "quantity" else []
        known = {w.casefold() for w in asked}
        said = {w.casefold() for chunk in chunks for w in counted_words(chunk.text)}
        if any(counts_word(word, said) for word in asked):
            return intent  # a passage counts the asked word as written: no model needed
        said = sorted(said - known - every_stopword())
        if not asked or not said:
            return intent
        vectors = self.embedder.embed_queries([*asked, *said])  # unit length
        closeness = (vectors[len(asked) :] @ vectors[: len(asked)].T).max(axis=1)
        alike = tuple(w for w, sim in zip(said, closeness, strict=True) if sim >= COUNTED_ALIKE)
        return replace(intent, counted_as=alike) if alike else intent

    def _aspected(
        self, intent: Intent, query: str, supports: list[Support], hits: list[Hit]
    ) -> list[Support]:
        """The supports with each sentence's closeness to what the question asks of its
        subject (aspects.py), for a free or which-question that names the best passage's
        document or section title: one more query embedded, the sentences' vectors are
        stored."""
        if intent.kind not in ("free", "list") or intent.activity or intent.goal is not None:
            return supports
        if SECOND_QUESTION.search(query):  # two questions, two aspects: leads.py pairs them
            return supports
        if not supports:
            return supports
        best = supports[0]
        # A document's or section's title names a thing its text restates; a plan's block
        # owner names a body whose every sentence is specific to one of its activities.
        aspect = asked_aspect(query, f"{best.chunk.title}\n{last_heading(best.section)}")
        if aspect is None:
            return supports
        avec = self.embedder.embed_queries([aspect])[0]
        scored = self.backend.hits_for([hit.row for hit in hits], avec, self.settings.retrieval)
        return [
            replace(s, aspect_scores=h.sentence_scores)
            for s, h in zip(supports, scored, strict=True)
        ]

    def _writes(self, phrase: str) -> bool:
        """Whether some passage has `phrase` as written (its words in order)."""
        rows = self.backend.lexical_search(phrase, TITLED_LOOKUP)
        return any(names_phrase(self.backend.chunk(row).text, phrase) for row in rows)

    def _section_first(self, question: str, hits: list[Hit]) -> list[Hit]:
        """The passages under a heading that names the question's one name ("## Youth
        Panel") before the others of its document: what they say of it decides whether
        the document answers (its budget table may be the projects', not the panel's).
        Not for a name the document's title has: every passage is about that."""
        names = subject_names(question)
        if len(names) != 1 or not hits:
            return hits
        if names_phrase(self.backend.chunk(hits[0].row).title, names[0]):
            return hits
        under = [hit for hit in hits if self._heads_section(hit, names[0])]
        return under + [hit for hit in hits if hit not in under]

    def _heads_section(self, hit: Hit, phrase: str) -> bool:
        """Whether the passage stands (partly) under a heading that names `phrase`."""
        chunk = self.backend.chunk(hit.row)
        headings = {h for path in chunk.sections for h in path.split(PATH_SEPARATOR)}
        return any(names_phrase(heading, phrase) for heading in headings)

    def _said_in(self, question: str) -> str | None:
        """The one document that "What does the plan say about X?" or "Hva sier
        handlingsplanen om X?" names as the one saying it, by its title or the kind of
        document its title's head noun is (DocumentOverview.named_as): what another
        document says of X is not what the plan says. None when no word before X names a
        document, or several do, or the corpus writes no word of X: the refusal then says
        which ("no passage uses the word “cryptocurrency”"), whatever document is asked. A
        short word ("unga") may be written in a longer form ("ungdomar")."""
        spoken = said_before(question)
        if not spoken or len(self.documents) < 2 or not self.manifest.overview:
            return None
        topic = content_words(said_about(question) or "")
        if not any(len(w) < MIN_PREFIX or self.backend.knows_word(w) for w in topic):
            return None
        found = {d.doc for d in self.overview().documents for w in spoken if d.named_as(w)}
        return found.pop() if len(found) == 1 else None

    def _subject_document(self, question: str) -> str | None:
        """The one document the question's subject is of, when it names it by a name that
        one document alone has, or by the document's own title ("What is the total budget
        of Islands in Transition?"): another document's figure answers for another thing.
        None when its names are everywhere ("Interreg") or point at several documents
        (a comparison of two projects)."""
        found: set[str] = set()
        for doc, title in self.titles.items():
            if (named := subject_title(title)) and names_phrase(question, named):
                found.add(doc)
        for phrase in subject_names(question):
            if any(is_country(word) for word in phrase.split()):
                continue  # "Norway": a country, not a subject (other languages spell it)
            rows = self.backend.lexical_search(phrase, SUBJECT_LOOKUP)
            holding = {
                chunk.doc
                for row in rows
                if names_phrase(f"{(chunk := self.backend.chunk(row)).title}\n{chunk.text}", phrase)
            }
            if len(holding) == 1 and len(rows) < SUBJECT_LOOKUP:
                found |= holding
        return found.pop() if len(found) == 1 and len(self.documents) > 1 else None

    def _table_rows(
        self, intent: Intent, lang: str | None, doc: str | None
    ) -> list[tuple[int, TableRow]]:
        """Table rows that answer an amount question outright: the row of the goal the
        question names, or for "which goal has the largest budget" and "the plan's
        total budget" every goal's row that has a total. Each comes with the index row
        of its passage."""
        every_goal = intent.superlative or intent.plan_total or intent.total_of
        if not intent.wants_amount:
            return []
        if pair := self._compared_rows(intent, lang, doc):
            return pair
        if intent.goal is None and not every_goal:
            return self._partner_row(intent, lang, doc)
        if self._missing_column(intent, doc):
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
        if intent.total_of and not intent.plan_total:
            # "How much does NORA get in total?": only when NORA heads a column.
            return found if any(column_of(row, intent.total_of) for _, row in found) else []
        if not one_unit([row.total or "" for _, row in found]):
            return []  # totals in MNOK, MSEK and euro neither add up nor rank: the text answers
        return found

    def _compared_rows(
        self, intent: Intent, lang: str | None, doc: str | None
    ) -> list[tuple[int, TableRow]]:
        """For "which gets more, X or Y?": the one row of a document's numbered rows each
        alternative names, by its number ("goal 9"), else by the heading its words come
        closest to; nothing unless both are found, differ and stand in one document."""
        parts = compared_parts(intent.question)
        if parts is None:
            return []
        by_doc: dict[str, list[tuple[int, TableRow]]] = {}
        for chunk_row, row in self._all_rows(lang, doc):
            if row.number is not None and row.total:
                by_doc.setdefault(self.backend.chunk(chunk_row).doc, []).append((chunk_row, row))
        if not by_doc:
            return []
        numbers = [parse(part).goal for part in parts[:2]]
        described = [
            part for part, number in zip(parts[:2], numbers, strict=True) if number is None
        ]
        vectors = (
            dict(zip(described, self.embedder.embed_queries(described), strict=True))
            if described
            else {}
        )
        for name, rows in by_doc.items():
            if len(rows) < 2 or len({row.number for _, row in rows}) != len(rows):
                continue  # a goal of two rows: which one the part names is unclear
            pair = [
                next((r for r in rows if r[1].number == number), None)
                if number is not None
                else self._closest_row(name, rows, vectors[part], part)
                for part, number in zip(parts[:2], numbers, strict=True)
            ]
            if pair[0] is not None and pair[1] is not None and pair[0] != pair[1]:
                return [pair[0], pair[1]]
        return []

    def _closest_row(
        self, doc: str, rows: list[tuple[int, TableRow]], qvec: np.ndarray, part: str
    ) -> tuple[int, TableRow] | None:
        """The numbered row whose goal's heading sentence the alternative `part` (with its
        vector) names (`closest_of`)."""
        goals = {
            goal.number: row
            for row, goal in self._goal_rows([d for d in self.overview().documents if d.doc == doc])
        }
        headed = [(goals[row.number], pair) for pair in rows if (row := pair[1]).number in goals]
        hits = self.backend.hits_for([g for g, _ in headed], qvec, self.settings.retrieval)
        scored = []
        for (goal_row, pair), hit in zip(headed, hits, strict=True):
            chunk = self.backend.chunk(goal_row)
            heading = under_goal(chunk, pair[1].number or 0, 0)
            score = hit.sentence_scores[heading] if hit.sentence_scores else hit.dense
            scored.append((score, sentence_text(chunk, heading)))
        chosen = closest_of(scored, part, GOAL_MARGIN)
        return headed[chosen][1] if chosen is not None else None

    def _in_searched_document(
        self, intent: Intent, rows: list[tuple[int, TableRow]], searched: list[Hit]
    ) -> list[tuple[int, TableRow]]:
        """A plan's total is of the document the question is about: the goals' rows only
        when the search finds that document first. "What do the eight fishery projects
        get together?" asks about a catalogue, not about another plan's goal table."""
        if not intent.plan_total or not rows or not searched:
            return rows
        best = self.backend.chunk(searched[0].row).doc
        return [(row, table_row) for row, table_row in rows if self.backend.chunk(row).doc == best]

    def _described_goal(
        self,
        intent: Intent,
        rows: list[tuple[int, TableRow]],
        qvec: np.ndarray,
        searched: list[Hit],
    ) -> list[tuple[int, TableRow]]:
        """A money question "in total" that speaks of one goal by what it is about, not
        by its number ("the first green goal, on research for carbon neutrality"): that
        goal's row, when its heading is the only one close to the question
        (`_closest_goals`); every goal's row would lead with the plan's sum instead, or
        with a column's sum over every goal when a column's share of that goal is asked
        too ("… and how big is Nordregio's slice of it?")."""
        every_goal = intent.plan_total or intent.total_of
        if not every_goal or len(rows) < 2 or not self.manifest.overview:
            return rows
        if not asks_one_goal(intent.question):
            return rows
        numbers = {row.number for _, row in rows}
        docs = {self.backend.chunk(chunk_row).doc for chunk_row, _ in rows}
        documents = [d for d in self.overview().documents if d.doc in docs]
        goals = [(row, goal) for row, goal in self._goal_rows(documents) if goal.number in numbers]
        closest = self._closest_goals(goals, qvec, searched)
        nth = nth_asked(intent.question, GOAL_WORD)
        if len(closest) > 1 and nth is not None and nth <= len(closest):
            # "the first green goal": the first of the goals the topic comes close to.
            closest = [sorted(closest, key=lambda g: g[1].number)[max(nth - 1, -1)]]
        if len(closest) != 1:
            return rows
        return [(chunk_row, row) for chunk_row, row in rows if row.number == closest[0][1].number]

    def _partner_row(
        self, intent: Intent, lang: str | None, doc: str | None
    ) -> list[tuple[int, TableRow]]:
        """For a money question that names a partner heading a budget table's column and
        a goal by its topic, not its number ("How much does Region Vestby put into the
        harbour goal?"): the one row with that column whose label, else goal heading,
        shares the most of the question's topic words ("Goal 2 Harbours", "MÅL 2: Havner
        …"); none where rows tie."""
        asked = asked_columns(intent)
        topic = topic_words(intent.question, every_stopword())
        found = [
            (row_topic_hits(row, topic), chunk_row, row)
            for chunk_row, row in self._all_rows(lang, doc)
            if column_of(row, asked)
        ]
        best = max((hits for hits, _, _ in found), default=(0, 0))
        matching = [(chunk_row, row) for hits, chunk_row, row in found if hits == best]
        return matching if any(best) and len(matching) == 1 else []

    def _all_rows(self, lang: str | None, doc: str | None) -> list[tuple[int, TableRow]]:
        """Every table row of the index (of `doc`, in `lang`), with its passage's row."""
        found = []
        for name, entry in self.manifest.files.items():
            for passage, row in entry.table_rows() if doc in (None, name) else []:
                chunk_row = self.backend.row_of(name, passage)
                if not lang or self.backend.chunk(chunk_row).lang == lang:
                    found.append((chunk_row, row))
        return found

    def _missing_column(self, intent: Intent, doc: str | None) -> str | None:
        """The partner a goal's money question names ("What does Region Vestby give to
        goal 5?") when it heads columns of other goals' budget rows but not of the asked
        goal's: by the plan's own table, it gives nothing there."""
        if intent.goal is None or not intent.wants_amount:
            return None
        asked = name_words(intent.question)
        for name, entry in self.manifest.files.items():
            rows = [row for _, row in entry.table_rows()] if doc in (None, name) else []
            goal_rows = [row for row in rows if row.number == intent.goal]
            named = next((column for row in rows if (column := column_of(row, asked))), None)
            if goal_rows and named and not column_of(goal_rows[0], asked):
                return named
        return None

    def _goals(
        self, intent: Intent, doc: str | None, qvec: np.ndarray, searched: list[Hit]
    ) -> list[tuple[int, Goal]]:
        """For "what is goal 6 about" or "which activities are under goal 10", the goal
        as the index's outline has it, with the index row of the passage it opens in;
        for "which goals does the plan have", every goal; for "which goal is about
        health", the goals whose headings come closest to the question; for "the
        difference between goal 9 and goal 10", the goals compared."""
        if intent.goal_topic is None or not self.manifest.overview:
            return []
        every = intent.goal_topic in ("all", "which")
        asked = intent.compared_goals or (intent.goal,)
        documents = [d for d in self.overview().documents if doc in (None, d.doc)]
        found = [
            (row, goal) for row, goal in self._goal_rows(documents) if every or goal.number in asked
        ]
        if intent.goal_topic == "which":
            return self._closest_goals(found, qvec, searched)
        if intent.compared_goals:  # each goal asked once, in the order asked
            first = {goal.number: (row, goal) for row, goal in reversed(found)}
            return [first[n] for n in asked if n in first]
        return found if every else found[:1]

    def _closest_goals(
        self, goals: list[tuple[int, Goal]], qvec: np.ndarray, searched: list[Hit]
    ) -> list[tuple[int, Goal]]:
        """The goals closest to the question, by their heading sentence or by the best
        passage the search found under them (a heading names "sundhed", an activity
        "elflyg"): the best one and those within GOAL_MARGIN of it (several goals may
        name a green transition)."""
        if not goals:
            return []
        hits = self.backend.hits_for([row for row, _ in goals], qvec, self.settings.retrieval)
        found = [(hit.dense, self.backend.chunk(hit.row)) for hit in searched]
        scores = []
        for (row, goal), hit in zip(goals, hits, strict=True):
            heading = under_goal(self.backend.chunk(row), goal.number, 0)
            under = [dense for dense, chunk in found if _under(chunk, goal.number)]
            by_heading = hit.sentence_scores[heading] if hit.sentence_scores else hit.dense
            scores.append(max([by_heading, *under]))
        best = max(scores)
        ranked = sorted(zip(scores, range(len(goals)), strict=True), reverse=True)
        return [goals[i] for score, i in ranked if score >= best - GOAL_MARGIN]

    def _named_documents(
        self, intent: Intent, doc: str | None
    ) -> tuple[str, list[DocumentOverview]] | None:
        """For "What is the action plan?" or "Hvad er handlingsplanen?", the documents the
        subject names and how (DocumentOverview.named_as): by their title first, else by
        the kind of document their title's head noun is."""
        period = period_asked(intent.question)
        if (
            (intent.kind != "definition" and period is None)
            or intent.does
            or (intent.kind == "definition" and not intent.subject)
            or intent.goal is not None
            or intent.activity
            or not self.manifest.overview
        ):
            return None
        documents = [d for d in self.overview().documents if doc in (None, d.doc)]
        if period is not None:  # "When does the action plan run?": a title with its years
            found = [d for d in documents if year_span(d.title) and d.named_as(period)]
            return ("period", found) if found else None
        named = [(how, d) for d in documents if (how := d.named_as(intent.subject))]
        titled = [d for how, d in named if how == "title"]
        if titled:
            return "title", titled
        return (named[0][0], [d for _, d in named]) if named else None

    def _lead_row(self, document: DocumentOverview) -> int:
        """The index row of the passage a document's opening sentences stand in."""
        opening = " ".join(document.lead.split()[:8])
        for i, chunk in enumerate(self.backend.passages(document.doc)):
            if opening and opening in " ".join(chunk.text.split()):
                return self.backend.row_of(document.doc, i)
        return self.backend.row_of(document.doc, 0)

    def _goal_rows(self, documents: list[DocumentOverview]) -> list[tuple[int, Goal]]:
        """The documents' goals, each with the index row of the passage its heading opens."""
        return [
            (self.backend.row_of(document.doc, goal.passage), goal)
            for document in documents
            for goal in document.goals
        ]

    def _held(
        self, intent: Intent, doc: str | None
    ) -> tuple[str, list[tuple[Activity, int, int]]] | None:
        """For "which activities does Kvarkenrådet have" (under goal 7, if named): the
        organisation as the overview spells it, and each activity it has a block in,
        with its goal number and the index row of the passage where the block stands."""
        if intent.goal_topic not in ("owned", "activities") or not self.manifest.overview:
            return None
        asked = {w.casefold() for w in name_words(intent.question)}
        for document in self.overview().documents:
            if doc not in (None, document.doc):
                continue
            held: dict[str, list[tuple[Activity, int, int]]] = {}
            for goal, activity, owner in document.owned():
                if intent.goal in (None, goal.number) and owner.name.casefold() in asked:
                    row = self.backend.row_of(document.doc, owner.passage)
                    held.setdefault(owner.name, []).append((activity, goal.number, row))
            if held:
                return next(iter(held.items()))
        return None

    def _titled_rows(self, intent: Intent, doc: str | None, found: list[int]) -> list[int]:
        """For "What is VALUMA?": the passage under the heading that names the subject,
        found by its words, when the search did not bring it (e5 knows nothing of a rare
        name; the word index has it)."""
        if intent.kind != "definition" or not intent.subject or intent.does:
            return []
        rows = self.backend.lexical_search(intent.subject, TITLED_LOOKUP, doc=doc)
        titled = [row for row in rows if titled_by(self.backend.chunk(row), intent.subject)]
        if not titled:
            return []
        row = titled[0]
        # A title that ends its passage is described in the next one.
        nxt = row + 1
        chunk = self.backend.chunk(row)
        goes_on = nxt < self.backend.passage_count and self.backend.chunk(nxt).doc == chunk.doc
        pinned = (
            [row, nxt] if goes_on and titled_by(self.backend.chunk(nxt), intent.subject) else [row]
        )
        return [r for r in pinned if r not in found]

    def _defining_rows(self, intent: Intent, searched: list[Hit], qvec: np.ndarray) -> list[int]:
        """For "Hvad er en grænsehindring?": the closest passage of the searched documents
        with a sentence that says how the text means the subject or how it comes about
        (`explains_term`), when none the answer is read from has one: such a sentence in
        another Nordic spelling ("gränshinder som skapas av att …") reads farther from the
        question than lines that only use the word."""
        if intent.kind != "definition" or intent.does or not intent.subject or not searched:
            return []
        docs = list(dict.fromkeys(self.backend.chunk(hit.row).doc for hit in searched))
        subject = intent.subject
        return self._closest_saying(
            docs, lambda chunk: explains_term(chunk, subject), searched, qvec
        )

    def _record_rows(self, intent: Intent, searched: list[Hit]) -> list[int]:
        """For "which project has the smallest budget": every passage of the closest
        document whose records state amounts (at least two), so that all of its projects
        are compared, not only those the search brought."""
        if not intent.ranks_by_money:
            return []
        for doc in dict.fromkeys(self.backend.chunk(hit.row).doc for hit in searched):
            holding = [
                (i, len(found))
                for i, chunk in enumerate(self.backend.passages(doc))
                if (found := record_amounts(chunk))
            ]
            if sum(n for _, n in holding) >= 2:
                return [self.backend.row_of(doc, i) for i, _ in holding[:MAX_RECORD_PASSAGES]]
        return []

    def _member_rows(self, intent: Intent, searched: list[Hit], doc: str | None) -> list[int]:
        """For "Is X a member of the S3 platform?": the passage whose sentence lists the
        platform's members, found by the thing's words when the search did not bring it
        (the model reads "Er Norrbotten med i …" as a question about Norrbotten)."""
        asked = asked_membership(intent.question)
        if asked is None:
            return []
        found = {hit.row for hit in searched}
        scores = self.backend.lexical_search(asked[1], MEMBER_LOOKUP, doc=doc)
        for row in sorted(scores, key=lambda r: -scores[r]):
            chunk = self.backend.chunk(row)
            listed = any(
                lists_members_of(sentence_text(chunk, i), asked[1])
                for i in range(len(chunk.sentences))
            )
            if listed:
                return [] if row in found else [row]
        return []

    def _partial_rows(self, intent: Intent, searched: list[Hit]) -> list[int]:
        """For "which recommendation was accepted only in part": the first passage of the
        closest document whose table has a row saying so (`tables.partial_row`), when
        the search did not bring it: a run of table rows reads like no question."""
        if not searched or not asks_in_part(intent.question):
            return []
        doc = self.backend.chunk(searched[0].row).doc
        for i, chunk in enumerate(self.backend.passages(doc)):
            if holds_partial_row(chunk):
                return [self.backend.row_of(doc, i)]
        return []

    def _partner_rows(self, intent: Intent, searched: list[Hit]) -> list[int]:
        """For "which organisations were partners in X": the passage under the closest
        document's partners' heading ("2. PARTNERE"), which lists them all, when the search
        did not bring it (its list of names reads like no question)."""
        if not intent.wants_actors or not asks_partners(intent.question) or not searched:
            return []
        if intent.actor_kind not in (None, "organisation"):
            return []
        doc = self.backend.chunk(searched[0].row).doc
        for i, chunk in enumerate(self.backend.passages(doc)):
            if any(under_partner_heading(chunk.section_of(j)) for j in range(len(chunk.sentences))):
                row = self.backend.row_of(doc, i)
                return [] if row in {hit.row for hit in searched} else [row]
        return []

    def _named_rows(
        self, intent: Intent, searched: list[Hit], k: int, qvec: np.ndarray
    ) -> list[int]:
        """The passage of the closest documents (and of those with a cited table of what
        it asks) whose table has the row a question names (`tables.named_row`: "the
        second round", "a pilot study"), else whose label is clearly the closest
        (`tables.closest_row`), with a column for what it asks, when search did not
        bring it among the first `k`: a run of table rows reads like no question."""
        if not searched or not asked_kinds(intent):
            return []
        nearest = list(dict.fromkeys(self.backend.chunk(hit.row).doc for hit in searched))
        # A cited passage's table may go on in the next, with the row asked for.
        tabled = [
            chunk.doc
            for hit in searched[:k]
            if answers_kind(chunk := self.backend.chunk(hit.row), intent)
        ]
        # A table of contacts by topic stands in a document about what the topic is not.
        nearby = nearest if asks_whom(intent.question) else nearest[:NAMED_ROW_DOCS]
        docs = list(dict.fromkeys([*nearby, *tabled]))
        found: dict[int, tuple[bool, int]] = {}
        for doc in docs:
            for i, chunk in enumerate(self.backend.passages(doc)):
                fit = named_row(chunk, intent)
                if any(fit):
                    found[self.backend.row_of(doc, i)] = fit
        best = max(found.values(), default=(False, 0))
        rows = [row for row, fit in found.items() if fit == best]
        if len(rows) > 1:  # the same row in tables of opposite directions: how each places
            at = placed_row([self.backend.chunk(row) for row in rows], intent, self._placed)
            rows = rows if at is None else [rows[at]]
        if not any(best):  # no word names a row: its label's closeness may
            places = [
                (doc, i, chunk)
                for doc in docs
                for i, chunk in enumerate(self.backend.passages(doc))
            ]
            chunks = [chunk for _, _, chunk in places]
            at = closest_row(chunks, intent, self._label_closeness(qvec))
            rows = [] if at is None else [self.backend.row_of(*places[at][:2])]
        shown = {hit.row for hit in searched[:k]}
        return [] if len(rows) != 1 or rows[0] in shown else rows

    def _doer_rows(self, intent: Intent, searched: list[Hit], qvec: np.ndarray) -> list[int]:
        """For "who led / wrote / hosted X": the closest passage of the closest document
        that says by name who did it ("The evaluation was led by Kari Dahl"), when none
        the search brought does: a summary in another language than the question's reads
        less like it than the passages around."""
        doing = asked_doing(intent.question) if intent.wants_actors and searched else None
        if doing is None:
            return []
        doc = self.backend.chunk(searched[0].row).doc
        return self._closest_saying(
            [doc], lambda chunk: says_doer(intent.question, doing, chunk), searched, qvec
        )

    def _holder_rows(self, intent: Intent, searched: list[Hit], qvec: np.ndarray) -> list[int]:
        """For "who chairs X", "hvem er nestleder i X": the closest passage that names a
        person in the role asked about, when none the search brought does, of a document
        one of them is in (a report's member list or its foreword's signature, not
        another body's page): a list of names reads like no question."""
        if intent.kind != "person" or not searched:
            return []
        docs = list(dict.fromkeys(self.backend.chunk(hit.row).doc for hit in searched))
        return self._closest_saying(
            docs, lambda chunk: names_holder(intent.question, chunk), searched, qvec
        )

    def _call_rows(self, intent: Intent, searched: list[Hit], qvec: np.ndarray) -> list[int]:
        """For "Genom vilken utlysning fick X pengar?": the closest passage of the closest
        document that names a call, when none the search brought does: a call's name in
        an English text ("The call for proposals: Circular Cities …") reads far from a
        Swedish question about the money it gave."""
        if not searched or not asks_call(intent.question):
            return []
        docs = list(dict.fromkeys(self.backend.chunk(hit.row).doc for hit in searched))
        return self._closest_saying(docs, lambda chunk: names_call(chunk.text), searched, qvec)

    def _closest_saying(
        self,
        docs: Sequence[str],
        says: Callable[[Chunk], bool],
        searched: list[Hit],
        qvec: np.ndarray,
    ) -> list[int]:
        """The closest passage of `docs` that `says` holds for, when none of the searched
        passages the answer is read from (the first ANSWER_FROM) does (a doer, a role's
        holder, a call): such lines read like no question, so search alone may leave them
        out, or rank them below those five where more passages are cited (k = 10)."""
        if any(says(self.backend.chunk(hit.row)) for hit in searched[:ANSWER_FROM]):
            return []
        rows = [
            self.backend.row_of(doc, i)
            for doc in docs
            for i, chunk in enumerate(self.backend.passages(doc))
            if says(chunk)
        ]
        hits = self.backend.hits_for(rows, qvec, self.settings.retrieval) if rows else []
        return [max(hits, key=lambda hit: hit.score).row] if hits else []

    def _coded(self, intent: Intent, doc: str | None) -> tuple[str, int, Activity, int] | None:
        """The activity a question names by its code ("G.1.f"), with its document, goal
        number and the index row of the passage where its line stands: a code is found by
        the plan's outline, not by search (e5 and BM25 read "G.1.f" as letters and a digit)."""
        if not intent.activity or not self.manifest.overview:
            return None
        for document in self.overview().documents:
            found = document.activity(intent.activity) if doc in (None, document.doc) else None
            if found:
                goal, activity = found
                row = self.backend.row_of(document.doc, activity.passage)
                return document.doc, goal.number, activity, row
        return None

    def _partnered(
        self,
        intent: Intent,
        coded: tuple[str, int, Activity, int] | None,
        hits: list[Hit],
        supports: list[Support],
    ) -> tuple[str, int, Activity, int] | None:
        """The activity a who-question asks about, with a cell of partners, its document,
        goal and the citation number of its line: the one it names by code, else, for a
        question for its partners ("Which partners are behind the initiative to collect
        best practice …?"), the activity whose own line (not an organisation's block
        under it) supports the answer best."""
        if intent.kind != "actor" or intent.actor_kind not in (None, "organisation"):
            return None
        if coded is not None:
            doc, goal, activity, row = coded
            cited = [hit.row for hit in hits]
            found = (doc, goal, activity, cited.index(row) + 1) if row in cited else None
        elif asks_partners(intent.question) and supports:
            # The best passage's line, or one that shares half the question's words: a
            # lower activity line that shares none is about something else.
            topic = topic_words(intent.question, every_stopword())
            top = max(supports, key=lambda s: s.score)
            shared = {s.n: topic_hits(s, topic) for s in supports}
            lines = [
                (s, a)
                for s in supports
                if (s is top or 2 * shared[s.n] >= max(len(topic), 1))
                and (a := self._line_activity(s))
            ]
            best = max(lines, key=lambda x: (shared[x[0].n], x[0].score), default=None)
            found = best[1] if best else None
        else:
            found = None
        return found if found and (found[2].partners or found[2].owners) else None

    def _line_activity(self, best: Support) -> tuple[str, int, Activity, int] | None:
        """The activity whose opening line `best` is (with its code or after it), with its
        document, goal and citation number."""
        if best.owner or not self.manifest.overview:
            return None
        code = best.section.split(PATH_SEPARATOR)[-1]
        opening = tidy(best.text)[:LINE_MATCH]
        for document in self.overview().documents:
            found = document.activity(code) if document.doc == best.chunk.doc else None
            if found and found[1].line.startswith(opening):
                return document.doc, found[0].number, found[1], best.n
        return None

    def _owner_rows(
        self, intent: Intent, goals: list[tuple[int, Goal]]
    ) -> dict[tuple[str, str], int]:
        """For "who is responsible for goal 7", the index row of the passage where each
        organisation's block under each activity of the goal first stands, by
        (organisation, activity code)."""
        if intent.goal_topic != "owners" or not goals:
            return {}
        row, goal = goals[0]
        doc = self.backend.chunk(row).doc
        return {
            (owner.name, activity.code): self.backend.row_of(doc, owner.passage)
            for activity, owner in goal.owned()
        }

    def _outline(
        self, goals: list[tuple[int, Goal]], owners: dict[tuple[str, str], int], cited: list[int]
    ) -> Outline | None:
        """The goals an answer gives, each with its citation number, the document they
        are in (one title, or none when they come from several), and the citation number
        of each organisation's block under an activity."""
        if not goals:
            return None
        docs = {d.title for d in self.overview().documents if any(g in d.goals for _, g in goals)}
        numbered = [(cited.index(row) + 1, goal) for row, goal in goals]
        blocks = {key: cited.index(row) + 1 for key, row in owners.items() if row in cited}
        return Outline(docs.pop() if len(docs) == 1 else "", numbered, blocks)

    def _continued(self, intent: Intent, hits: list[Hit], qvec: np.ndarray) -> list[Hit]:
        """The next passage of a cited one's document, when it goes on with the record
        that one ends in and is not cited yet, for a question that a record's later
        line answers: its milestone of the year asked ("D2021: …"), its count of what is
        asked ("Mål: två lösta gränshinder"). The best passage's record is read on, and
        a lower one's among the first ANSWER_FROM where a line of its next passage opens
        with a year asked (the best may be another block on the same project), unless
        the question names a block's owner the record is not of ("Svinesundskomiteen"
        for a passage that ends in Tornedalsrådet's block)."""
        if not intent.years and intent.kind != "quantity":
            return []
        cited = {hit.row for hit in hits}
        rows: list[int] = []
        for place, hit in enumerate(hits[:ANSWER_FROM]):
            row = self._next_of_record(hit.row)
            if row is None or row in cited or row in rows:
                continue
            after = self.backend.chunk(row)
            if place == 0 or (
                opens_a_line(after.text, intent.years)
                and not self._other_owner_asked(intent, hits, after.owner_of(0))
            ):
                rows.append(row)
        return self.backend.hits_for(rows, qvec, self.settings.retrieval) if rows else []

    def _other_owner_asked(self, intent: Intent, hits: list[Hit], owner: str | None) -> bool:
        """Whether the question names the owner of a block among the first ANSWER_FROM
        passages (`owner_asked`) and `owner` is not one of those it names."""
        owners = {
            name
            for hit in hits[:ANSWER_FROM]
            for chunk in [self.backend.chunk(hit.row)]
            for i in range(len(chunk.sentences))
            if (name := chunk.owner_of(i)) and owner_asked(name, intent.question)
        }
        return bool(owners) and owner not in owners

    def _next_of_record(self, row: int) -> int | None:
        """The index row of the passage after `row`'s when it goes on with its record."""
        best = self.backend.chunk(row)
        passages = self.backend.passages(best.doc)
        at = next((i for i, c in enumerate(passages) if c.start == best.start), None)
        if at is None or at + 1 >= len(passages) or not continues_record(best, passages[at + 1]):
            return None
        return self.backend.row_of(best.doc, at + 1)

    def _pinned(
        self, hits: list[Hit], chunk_rows: list[int], qvec: np.ndarray, k: int
    ) -> list[Hit]:
        """`hits` with the passages `chunk_rows` first (a table row's, a goal heading's):
        structure found the answer, search the context around it."""
        if not chunk_rows:
            return hits
        pinned = self.backend.hits_for(chunk_rows, qvec, self.settings.retrieval)
        rest = [h for h in hits if h.row not in chunk_rows]
        return (pinned + rest)[: max(k, len(pinned))]

    def _decide(
        self,
        intent: Intent,
        query: str,
        best_dense: float | None,
        chunks: list[Chunk],
        supports: list[Support],
        rows: list[tuple[int, TableRow]],
        everyday: Everyday | None,
    ) -> Decision:
        """Whether to answer, decided on the cited passages and `rows`: table rows that
        answer the question outright, each read as structure has it (figures with the unit
        its caption gives, under their columns' names), since its line may show bare
        figures ("| 5,200,000 |"). A date, count or amount refusal is lifted when a table
        cell of the cited passages answers ("Round 2 | 1 Oct 2026": round 2's date)."""
        strip = intent.goal is None and not rows
        read = [f"{row.label}: " + "; ".join(f"{c} {v}" for c, v in row.cells) for _, row in rows]
        # Each row's reading stands beside its own passage, as each window beside its own.
        row_chunks = [self.backend.chunk(chunk_row) for chunk_row, _ in rows]
        # What a reply quotes from the message it answers is read as the answer reads it:
        # not where the reply speaks of the same.
        said = latest_said(intent.question, supports)
        decision = decide(
            intent,
            query,
            # With the document's name, which often carries the years it covers; a row's
            # passage with its reading, which names the columns its figures stand under.
            [
                *(f"{c.doc}\n{c.text}\n{r}" for c, r in zip(row_chunks, read, strict=True)),
                *(f"{chunk.doc}\n{chunk.text}" for chunk in chunks),
            ],
            [
                *read,
                *(
                    around(s, strip, costs=intent.wants_amount, question=intent.question)
                    if s in said
                    else ""
                    for s in supports
                ),
            ],
            best_dense,
            self.backend,
            self.goals,
            self.settings.retrieval,
            everyday,
            titles=[chunk.title for chunk in [*row_chunks, *chunks]],
            text_goals=self._text_goals() if self._unheaded(intent) else (),
            alike=self._named_alike,
        )
        read_cell = decision.refusal is not None and decision.refusal.check in _CELL_CHECKS
        ranked = sorted(supports, key=lambda s: -s.score)
        if read_cell and not rows and table_cell(intent, ranked):
            return replace(decision, refusal=None)
        if read_cell and decision.refusal and (unlisted := unlisted_code(intent.question, ranked)):
            return replace(decision, refusal=Refusal(decision.refusal.check, unlisted))
        return decision

    def _named_alike(self, name: str, passages: Sequence[str]) -> bool:
        """Whether one of the passages names `name` in another language's form ("Greater
        Copenhagen" for "København", "Helsinki" for "Helsingfors"): the word index knows
        the spelling only, the model knows the place. Asked only of a refusal that would
        say the corpus never mentions a name."""
        others = sorted(
            {n for text in passages for n in name_words(text) if same_first_sound(name, n)} - {name}
        )
        if not others:
            return False
        vectors = self.embedder.embed_queries([name, *others])
        return bool((vectors[1:] @ vectors[0]).max() >= SAME_PLACE)

    def _unheaded(self, intent: Intent) -> bool:
        """Whether the question asks for a goal that no numbered heading has."""
        return intent.goal is not None and intent.goal not in self.goals

    def _text_goals(self) -> frozenset[int]:
        """The goal numbers the passages name anywhere ("Mål 1 – …" in a paragraph, not
        only as a heading): read once, when a question asks for a goal no heading has."""
        if self._named_goals is None:
            self._named_goals = frozenset(
                number
                for doc in self.backend.documents
                for chunk in self.backend.passages(doc)
                for number in goals_named(chunk.text)
            )
        return self._named_goals

    def _everyday(self, qvec: np.ndarray, rows: list[int]) -> Everyday | None:
        """How close the question is to everyday matters beside the cited passages; None
        until `nordask index` has embedded the background for this model."""
        if self._background is False:
            self._background = background.load(self.model, len(qvec))
        if self._background is None or not rows:
            return None
        return Everyday(
            background.closeness(qvec, self._background),
            self.backend.raw_closeness(list(dict.fromkeys(rows)), qvec),
        )

    def _about_corpus(self, intent: Intent) -> tuple[str, list[str]] | None:
        """The answer to a question about the corpus itself, from its overview: which
        documents it holds, what one can ask, the organisations of a kind it names."""
        if intent.corpus is None or not self.manifest.overview:
            return None
        overview = self.overview()
        if intent.corpus == "documents":
            return corpus_documents(overview), []
        if intent.corpus == "help":
            return corpus_help(overview), []
        if intent.corpus == "activities":
            return most_activities(overview, intent.actor_kind or "", intent.smallest)
        return corpus_actors(overview, intent.actor_kind or "")

    def _compose(
        self,
        intent: Intent,
        query: str,
        supports: list[Support],
        rows: list[tuple[int, TableRow]],
        outline: Outline | None,
        decision: Decision,
        closeness: LabelCloseness | None = None,
    ) -> tuple[str, list[str]]:
        """The answer text and the actors it names, or why there is no answer."""
        if not supports:
            return "The index holds no passage that matches these filters.", []
        language = self.backend.question_language(query)
        if decision.reason:
            return refusal(decision.reason, self._what_it_covers(decision, language)), []
        cited = [(n, row) for n, (_, row) in enumerate(rows, start=1)]
        return compose(
            intent,
            supports,
            language,
            cited,
            outline=outline,
            terms=self._terms(rows),
            owned=self._owned(intent),
            named_by=self._named_by(intent),
            closeness=closeness,
            placed=self._placed,
        )

    def _placed(self, phrases: Sequence[str], texts: Sequence[str]) -> list[list[float]]:
        """How close each of the question's placed phrases ("resident in Finland") is to
        each of a table's ("bosatt i Finland"), by the model's vectors (`tables.
        closest_table`): the whole question reads alike to tables of opposite directions."""
        asked = self.embedder.embed_queries(list(phrases))
        said = self.embedder.embed_passages(list(texts))
        return (asked @ said.T).tolist()

    def _label_closeness(self, qvec: np.ndarray) -> LabelCloseness:
        """How close table rows' labels are to the question (`qvec` as the model gives it),
        each label embedded once per index, when a row is to be chosen by it."""

        def closeness(labels: Sequence[str]) -> list[float]:
            new = [label for label in dict.fromkeys(labels) if label not in self._label_vectors]
            if new:
                vectors = self.embedder.embed_passages(new)
                self._label_vectors.update(zip(new, vectors, strict=True))
            return [float(self._label_vectors[label] @ qvec) for label in labels]

        return closeness

    def _owned(self, intent: Intent) -> Owned | None:
        """For "what is Mittnordenkommittén", the plan activities it has blocks in (as
        the overview keeps them), in the first document that has any."""
        if intent.kind != "definition" or not intent.subject or not self.manifest.overview:
            return None
        subject = intent.subject.casefold()
        for document in self.overview().documents:
            held = [
                (activity.code, owner.name)
                for _, activity, owner in document.owned()
                if owner.name.casefold() == subject or compound_of(owner.name, intent.subject)
            ]
            if held:
                return Owned(document.title, [code for code, _ in held], held[0][1])
        return None

    def _named_by(self, intent: Intent) -> Titled | None:
        """For "what does Nordregio do", the document whose title or file name names every
        word of the subject ("Nordregio regional innovation projects"), with its outline's
        headings that head no others (its title, a headline at its top, is none of them);
        None when none does or it has fewer than two."""
        if intent.kind != "definition" or not intent.subject or not self.manifest.overview:
            return None
        words = [w for w in content_words(intent.subject) if len(w) > 2]
        for document in self.overview().documents:
            naming = [n for n in document.names() if all(names_any(n, [w]) for w in words)]
            if words and naming:
                leaves = [h for h in document.leaf_headings() if h != document.title]
                file = None if naming[0] == document.title else document.doc
                return Titled(document.title, leaves, file) if len(leaves) > 1 else None
        return None

    def _what_it_covers(self, decision: Decision, language: str | None) -> str:
        """For a question outside the corpus, what the corpus is about and a question it
        answers, in the question's language where a starter is, so that a newcomer knows
        what to ask instead."""
        if decision.refusal is None or decision.refusal.check not in _OFF_TOPIC:
            return ""
        if not self.manifest.overview:
            return ""
        overview = self.overview()
        titles = [f"“{d.title}”" for d in overview.documents[:COVERS_TITLES]]
        more = len(overview.documents) - len(titles)
        listing = ", ".join(titles) + (f" and {more} more" if more > 0 else "")
        starter = starters.for_newcomer(
            overview.starters, lambda q: self.backend.question_language(q) == language
        )
        example = f"Try, for example, “{starter}” " if starter else ""
        return f"It holds {listing}. {example}" if titles else ""

    def _spelled_columns(self, intent: Intent) -> Intent:
        """A plan-wide money question that names a column by what the corpus spells its
        header out as ("Hvor mye får grensekomiteene totalt?": GK-er, "grænsekomiteerne")
        asks for that column's total, not the plan's."""
        if not intent.plan_total:
            return intent
        spelled = self._spelled_out()
        asked = {folded(w)[:SPELLED_PREFIX] for w in content_words(intent.question)}
        named = [
            acronym
            for acronym, expansion in spelled.items()
            if len(expansion) >= SPELLED_PREFIX and folded(expansion)[:SPELLED_PREFIX] in asked
        ]
        return replace(intent, plan_total=False, total_of=tuple(named)) if named else intent

    def _terms(self, rows: list[tuple[int, TableRow]]) -> dict[str, str]:
        """The acronyms the corpus spells out, to explain a table row's column headers
        ("GK-er" → "grænsekomiteerne"); none without a row or an overview."""
        return self._spelled_out() if rows else {}

    def _spelled_out(self) -> dict[str, str]:
        """The acronyms the corpus spells out, with what it spells them out as (none
        without an overview)."""
        if not self.manifest.overview:
            return {}
        return {g.acronym: g.expansion for g in self.overview().glossary if g.expansion}


#: How close (cosine) the model must read a counted word and a how-many question's word
#: to take them for one thing: translations and synonyms ("medarbejdere", "ansatte";
#: "søknader", "ansøgninger") come closer, other things counted near them ("henvendelser",
#: "rådgivninger") less close. The model reads no word far enough to call it another
#: thing: "teman" comes less close to "temaer" than "seminarer" does.
COUNTED_ALIKE = 0.93
#: A project question searches this many times k passages for titles that name its topic,
#: and brings up to PROJECT_DEEPER of them into the k.
PROJECT_WIDENING = 3
PROJECT_DEEPER = 2

#: "Which project has the smallest budget" compares the records of at most this many
#: passages of one document.
MAX_RECORD_PASSAGES = 8

#: A question's word names a spelled-out column header when this many first letters agree
#: ("grensekomiteene", "grænsekomiteerne").
SPELLED_PREFIX = 7


#: "Which goal is about X": goals whose headings score within this of the best one.
GOAL_MARGIN = 0.03
#: How many passages the word index is asked for a thing whose members a question asks.
MEMBER_LOOKUP = 10

#: How many passages the word index gives for a definition's subject, to find the one
#: under the heading that names it.
TITLED_LOOKUP = 5

#: How many passages the word index gives for a name of the question, to find whether
#: one document alone has it (a name in this many passages is no one document's).
SUBJECT_LOOKUP = 200

#: A sentence is an activity's opening line when it opens with this many of its characters.
LINE_MATCH = 30


def _under(chunk: Chunk, goal: int) -> bool:
    """Whether any sentence of the passage stands under goal `goal`'s heading."""
    return under_goal(chunk, goal, -1) >= 0


#: The closest documents searched for a table row the question names.
NAMED_ROW_DOCS = 2


#: How close the model puts two names of one place in two languages ("København",
#: "Copenhagen": 0.96); a country and its capital, or two cities, stand below 0.92.
SAME_PLACE = 0.94


#: Refusals for a kind of value none of the passages' sentences gives, which a table's
#: cell under the asked row and column does give.
_CELL_CHECKS = frozenset({"date", "quantity", "amount"})


#: Refusals that say the question is about something else than the corpus.
_OFF_TOPIC = frozenset(
    {"min_dense", "min_relevance", "name_check_below", "unknown_topic", "no_topic", "everyday"}
)
#: How many document titles a refusal of an off-topic question names.
COVERS_TITLES = 3


@dataclass(frozen=True)
class _Request:
    """One `ask`'s arguments, checked."""

    question: str
    interpreted: str | None
    k: int
    lang: str | None
    doc: str | None

    @property
    def query(self) -> str:
        """What is searched for: the interpreted question when there is one."""
        return self.interpreted or self.question

    @property
    def filters(self) -> dict[str, str]:
        return {key: value for key, value in (("lang", self.lang), ("doc", self.doc)) if value}


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


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000

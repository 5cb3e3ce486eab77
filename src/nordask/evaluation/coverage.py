"""Where an eval set is thin: documents, sections and actors no question reaches.

A question reaches a passage when the passage is in its gold (matches one of
its `relevant` entries) or among the passages it retrieved (its top-k
citations). Sections are the heading paths structure.py gives each sentence,
actors the section owners; both are read from the index, so this works for any
corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from nordask.evaluation.evalset import Relevant
from nordask.evaluation.runner import Judged, matches
from nordask.records import Chunk


@dataclass(frozen=True)
class Coverage:
    documents: int
    sections: int
    actors: int
    #: What no question reaches; sections by document, in document order.
    unreached_documents: list[str]
    unreached_sections: dict[str, list[str]]
    unreached_actors: list[str]

    def to_json(self) -> dict:
        return {
            "documents": self.documents,
            "sections": self.sections,
            "actors": self.actors,
            "unreached_documents": self.unreached_documents,
            "unreached_sections": self.unreached_sections,
            "unreached_actors": self.unreached_actors,
        }


def _reaches(judged: Sequence[Judged]) -> Callable[[Chunk], bool]:
    """Whether some question reaches a passage: cited by it, or matching its gold."""
    cited = {(c.doc, c.text) for j in judged for c in j.answer.citations}
    gold: dict[str, list[Relevant]] = {}
    for j in judged:
        for rel in j.question.relevant:
            gold.setdefault(rel.doc, []).append(rel)

    def reached(chunk: Chunk) -> bool:
        return (chunk.doc, chunk.text) in cited or any(
            matches(rel, chunk.doc, chunk.text) for rel in gold.get(chunk.doc, ())
        )

    return reached


def _in_order(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def coverage(passages: Mapping[str, Sequence[Chunk]], judged: Sequence[Judged]) -> Coverage:
    """`passages`: every passage of every indexed document, by document."""
    sections: dict[str, list[str]] = {}
    reached_sections: set[tuple[str, str]] = set()
    actors: list[str] = []
    reached_actors: set[str] = set()
    reached_docs: set[str] = set()
    reached = _reaches(judged)
    for doc, chunks in passages.items():
        sections[doc] = _in_order([s for chunk in chunks for s in chunk.sections if s])
        for chunk in chunks:
            owners = [o for o in chunk.owners if o]
            actors.extend(owners)
            if reached(chunk):
                reached_docs.add(doc)
                reached_sections.update((doc, s) for s in chunk.sections if s)
                reached_actors.update(owners)
    actors = _in_order(actors)
    return Coverage(
        documents=len(passages),
        sections=sum(len(paths) for paths in sections.values()),
        actors=len(actors),
        unreached_documents=[doc for doc in passages if doc not in reached_docs],
        unreached_sections={
            doc: missing
            for doc, paths in sections.items()
            if (missing := [s for s in paths if (doc, s) not in reached_sections])
        },
        unreached_actors=sorted(a for a in actors if a not in reached_actors),
    )


def format_coverage(found: Coverage) -> str:
    """Plain text for the terminal (corpus text passes through safe_text at the CLI)."""
    missing_sections = sum(len(v) for v in found.unreached_sections.values())
    lines = [
        "Coverage: what no question of the set reaches (in its gold or its top-k passages)",
        f"  documents: {len(found.unreached_documents)} of {found.documents} unreached",
        f"  sections:  {missing_sections} of {found.sections} unreached",
        f"  actors:    {len(found.unreached_actors)} of {found.actors} unreached",
    ]
    if found.unreached_documents:
        lines.append("\nDocuments no question reaches:")
        lines += [f"  {doc}" for doc in found.unreached_documents]
    if found.unreached_sections:
        lines.append("\nSections no question reaches:")
        for doc, paths in found.unreached_sections.items():
            lines.append(f"  {doc}")
            lines += [f"    {path}" for path in paths]
    if found.unreached_actors:
        lines.append("\nActors (section owners) no question reaches:")
        lines += [f"  {actor}" for actor in found.unreached_actors]
    return "\n".join(lines)

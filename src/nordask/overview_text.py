"""The overview as plain text, for `nordask overview` (and any other text view).

Every string in it comes from the corpus, so the whole text is cleaned of terminal
escape sequences before it is returned.
"""

from __future__ import annotations

import textwrap

from nordask.overview import (
    KINDS,
    ActorOverview,
    DocumentOverview,
    Mention,
    Overview,
    activity_word,
)
from nordask.safe_text import strip_controls

SECTIONS = ("documents", "actors", "glossary", "starters")
KIND_TITLES = {
    "committee/council": "Committees and councils",
    "region": "Regions",
    "organisation": "Organisations",
    "programme": "Programmes",
    "project": "Projects",
}
NOT_SPELLED_OUT = "not spelled out in the corpus"


def format_overview(
    overview: Overview, sections: tuple[str, ...] = SECTIONS, width: int = 100
) -> str:
    """The chosen sections of the overview, wrapped to `width` columns."""
    parts = [_summary(overview)]
    if "documents" in sections:
        parts.append(_documents(overview, width))
    if "actors" in sections:
        parts.append(_actors(overview, width))
    if "glossary" in sections:
        parts.append(_glossary(overview, width))
    if "starters" in sections:
        parts.append(_starters(overview, width))
    return strip_controls("\n\n".join(parts))


def _summary(overview: Overview) -> str:
    passages = sum(d.passages for d in overview.documents)
    return (
        f"{len(overview.documents)} documents ({passages} passages), "
        f"{len(overview.actors)} organisations in the who's who, "
        f"{len(overview.glossary)} acronyms, {len(overview.starters)} starter questions."
    )


def _wrap(text: str, width: int, indent: str, hanging: str | None = None) -> str:
    return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=hanging or indent)


def page_runs(pages: list[int]) -> str:
    """'p. 3–5, 11' for [3, 4, 5, 11]."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    text = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
    return f"p. {text}" if text else ""


def actor_where(actor: ActorOverview) -> str:
    """'plan.pdf p. 3–5; notes.md': the documents and pages that name the actor."""
    return "; ".join(f"{doc} {page_runs(actor.pages.get(doc, []))}".strip() for doc in actor.docs)


def mention_places(mentions: list[Mention]) -> str:
    """The documents and pages of `mentions`, each document once."""
    docs = dict.fromkeys(m.doc for m in mentions)
    return "; ".join(
        f"{doc} {page_runs([m.page for m in mentions if m.doc == doc and m.page])}".strip()
        for doc in docs
    )


def _documents(overview: Overview, width: int) -> str:
    lines = ["DOCUMENTS"]
    for document in overview.documents:
        lines += ["", *_document(document, width)]
    return "\n".join(lines)


def _document(document: DocumentOverview, width: int) -> list[str]:
    languages = ", ".join(f"{lang} {share:.0%}" for lang, share in document.languages.items())
    facts = [f"{document.pages} pages" if document.pages else None, f"{document.passages} passages"]
    lines = [
        f"{document.title}",
        f"  {document.doc} · {' · '.join(f for f in facts if f)} · {languages}",
    ]
    if document.lead:
        lines.append(_wrap(document.lead, width, "  "))
    if document.outline:
        lines.append("  Outline:")
        for entry in document.outline:
            page = f"p. {entry.page}" if entry.page else ""
            indent = "    " + "  " * entry.level
            lines.append(_wrap(entry.title, width, f"{indent}", indent + "  ") + _at(page))
    return lines


def _at(page: str) -> str:
    return f"  ({page})" if page else ""


def _actors(overview: Overview, width: int) -> str:
    lines = ["WHO'S WHO"]
    for kind in KINDS:
        actors = [a for a in overview.actors if a.kind == kind]
        if not actors:
            continue
        lines += ["", KIND_TITLES[kind]]
        for actor in actors:
            lines += _actor(actor, width)
    return "\n".join(lines)


def _actor(actor: ActorOverview, width: int) -> list[str]:
    others = [v for v in actor.variants if v != actor.name and v != actor.name + "s"]
    also = f" (also written {', '.join(others)})" if others else ""
    where = actor_where(actor)
    mentions = f"{actor.mentions} mention{'s' if actor.mentions != 1 else ''}"
    lines = [f"  {actor.name}{also}", _wrap(f"{mentions} · {where}", width, "      ")]
    for sentence in actor.summary:
        lines.append(_wrap(f"» {sentence}", width, "    ", "      "))
    return lines


def _glossary(overview: Overview, width: int) -> str:
    lines = ["GLOSSARY"]
    for entry in overview.glossary:
        where = mention_places(entry.where)
        meaning = entry.expansion or f"({NOT_SPELLED_OUT})"
        lines.append(_wrap(f"{entry.acronym:<8} {meaning} · in {where}", width, "  ", " " * 11))
    return "\n".join(lines)


def _starters(overview: Overview, width: int) -> str:
    lines = ["STARTER QUESTIONS (each answered with sources when the index was built)"]
    if not overview.starters:
        lines.append("  (none was answered confidently)")
    for n, question in enumerate(overview.starters, start=1):
        lines.append(_wrap(question, width, f"  {n:>2}. ", "      "))
    return "\n".join(lines)


# --- answers to questions about the corpus itself --------------------------------------

#: An intent's kind of actor, as the overview's who's who files it.
ACTOR_KINDS = {
    "committee": "committee/council",
    "region": "region",
    "organisation": "organisation",
    "project": "project",
}
#: How many starter questions "What can I ask?" offers.
HELP_STARTERS = 5


def corpus_documents(overview: Overview) -> str:
    """ "Which documents are in the corpus?": each document's title, file, size and
    languages with their shares."""
    count = len(overview.documents)
    lines = [f"The corpus holds {count} document{'s' if count != 1 else ''}:"]
    for d in overview.documents:
        langs = ", ".join(f"{lang} {share:.0%}" for lang, share in d.languages.items())
        lines.append(f"• “{d.title}” ({d.doc}, {document_size(d)}; {langs})")
    lines.append("Each one's outline is in the overview (`nordask overview --documents`).")
    return strip_controls("\n".join(lines))


def document_size(document: DocumentOverview) -> str:
    """ "27 pages" for a PDF, else "18 passages"."""
    return f"{document.pages} pages" if document.pages else f"{document.passages} passages"


def corpus_help(overview: Overview) -> str:
    """ "What can I ask?": what kinds of question nordask answers, and starters."""
    lines = [
        "Ask about what the corpus holds, in English, Swedish, Danish or Norwegian: who works "
        "on what, what an organisation or an acronym is, a goal's budget, activities and "
        "organisations, dates and figures. Every answer cites its passages. For example:"
    ]
    lines += [f"• {q}" for q in overview.starters[:HELP_STARTERS]]
    lines.append(
        "The overview (`nordask overview`, or Ctrl+B in the chat) lists the documents, "
        "who's who and the acronyms."
    )
    return strip_controls("\n".join(lines))


def corpus_actors(overview: Overview, kind: str) -> tuple[str, list[str]] | None:
    """ "Which border committees are there?": the who's who of that kind, most mentioned
    first, with their mentions; None when the kind has no place in the who's who."""
    filed = ACTOR_KINDS.get(kind)
    if filed is None:
        return None
    actors = [a for a in overview.actors if a.kind == filed]
    title = KIND_TITLES[filed].lower()
    if not actors:
        return strip_controls(f"The corpus names no {title}."), []
    listed = "; ".join(f"{a.name} ({a.mentions})" for a in actors)
    text = f"The corpus names {len(actors)} {title}, by their mentions: {listed}."
    return strip_controls(text), [a.name for a in actors]


def most_activities(overview: Overview, kind: str, smallest: bool = False) -> tuple[str, list[str]]:
    """ "Which committee has the most activities?": the organisations of that kind by the
    plan activities they have blocks in, most first (fewest first when asked)."""
    filed = ACTOR_KINDS.get(kind)
    counts: dict[str, list[str]] = {}
    for document in overview.documents:
        for _, activity, owner in document.owned():
            counts.setdefault(owner.name, []).append(activity.code)
    kinds = {a.name: a.kind for a in overview.actors}
    ranked = [(name, codes) for name, codes in counts.items() if kinds.get(name, filed) == filed]
    if not ranked:
        return strip_controls("No organisation of that kind has blocks in a plan's activities."), []
    ranked.sort(key=lambda item: len(item[1]) if smallest else -len(item[1]))
    (first, codes), rest = ranked[0], ranked[1:]
    lead = (
        f"{first} has the {'fewest' if smallest else 'most'} plan activities with a block of "
        f"its own: {len(codes)} {activity_word(len(codes))} ({', '.join(codes)})."
    )
    then = "; ".join(f"{name} {len(c)} ({', '.join(c)})" for name, c in rest)
    text = f"{lead} Then: {then}." if rest else lead
    return strip_controls(text), [name for name, _ in ranked]

"""Starter questions: what a newcomer could ask first, that nordask answers well.

Made from the overview (the committees and councils of the who's who, the numbered
goals with budget rows, the acronyms the corpus spells out, projects and
programmes), in the corpus's main languages, and kept only when the built index
answers them confidently: answered, with citations, none weak. A suggestion that
ends in a refusal would teach a newcomer that the tool does not work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import zip_longest

from nordask.overview import Overview
from nordask.records import Answer

MIN_STARTERS, MAX_STARTERS = 8, 12
#: At most this many candidates are asked (each is one real question to the index).
_MAX_CANDIDATES = 24
_TEMPLATES = {
    "work": {
        "en": "What does {} work on?",
        "sv": "Vad arbetar {} med?",
        "da": "Hvad arbejder {} med?",
        "no": "Hva arbeider {} med?",
    },
    "budget": {
        "en": "What is the budget for goal {}?",
        "sv": "Vad är budgeten för mål {}?",
        "da": "Hvad er budgettet for mål {}?",
        "no": "Hva er budsjettet for mål {}?",
    },
    "what": {"en": "What is {}?", "sv": "Vad är {}?", "da": "Hvad er {}?", "no": "Hva er {}?"},
}


#: "What is ADMA?": a bare acronym, which tells a newcomer nothing of what to ask.
_ACRONYM_QUESTION = re.compile(
    "|".join(
        re.escape(t).replace(r"\{\}", r"[A-ZÅÄÖÆØ0-9&-]{2,}") for t in _TEMPLATES["what"].values()
    )
)


def for_newcomer(starters: list[str], in_language: Callable[[str], bool]) -> str | None:
    """The starter to offer someone whose question the corpus does not answer: one in
    their language, rather one that names no bare acronym."""
    plain = [q for q in starters if not _ACRONYM_QUESTION.fullmatch(q)]
    for pool in (plain, starters):
        found = [q for q in pool if in_language(q)] or pool
        if found:
            return found[0]
    return None


def question_about(name: str, kind: str | None = None, lang: str = "en") -> str:
    """What a newcomer asks about one actor or term (the browse screen's "ask about
    this"): what a committee, region or organisation works on; what a project, a
    programme or an acronym (no kind) is."""
    template = "what" if kind in (None, "project", "programme") else "work"
    return _TEMPLATES[template][lang].format(name)


def main_languages(overview: Overview, count: int = 2) -> list[str]:
    """The languages most of the corpus's passages are in, largest first."""
    weight: dict[str, float] = {}
    for document in overview.documents:
        for lang, share in document.languages.items():
            if lang in _TEMPLATES["what"]:
                weight[lang] = weight.get(lang, 0.0) + share * document.passages
    return sorted(weight, key=lambda lang: -weight[lang])[:count] or ["en"]


def candidates(overview: Overview, budget_goals: list[int]) -> list[str]:
    """Questions to try, the kinds interleaved so the kept ones are varied; each asked
    in its source's language when that is a main language, alternating otherwise."""
    languages = main_languages(overview)
    doc_lang = {
        d.doc: next((lang for lang in d.languages if lang in languages), languages[0])
        for d in overview.documents
    }
    budget_lang = next(
        (doc_lang[d.doc] for d in overview.documents if any(o.level == 1 for o in d.outline)),
        languages[0],
    )

    def ask(kind: str, subject: object, lang: str, n: int) -> str:
        other = languages[n % len(languages)]
        return _TEMPLATES[kind][lang if n % 2 == 0 else other].format(subject)

    committees = [
        ask("work", a.name, doc_lang.get(a.docs[0], languages[0]), n)
        for n, a in enumerate(a for a in overview.actors if a.kind == "committee/council")
    ]
    goals = [ask("budget", g, budget_lang, n) for n, g in enumerate(budget_goals)]
    terms = [
        ask("what", g.acronym, doc_lang.get(g.where[0].doc, languages[0]) if g.where else "en", n)
        for n, g in enumerate(g for g in overview.glossary if g.expansion)
    ]
    projects = [
        ask("what", a.name, doc_lang.get(a.docs[0], languages[0]), n)
        for n, a in enumerate(a for a in overview.actors if a.kind in ("project", "programme"))
    ]
    others = [
        ask("work", a.name, doc_lang.get(a.docs[0], languages[0]), n + 1)
        for n, a in enumerate(a for a in overview.actors if a.kind == "organisation")
    ]
    mixed = [q for group in zip_longest(committees, goals, terms, projects, others) for q in group]
    return list(dict.fromkeys(q for q in mixed if q))[:_MAX_CANDIDATES]


def confident(answer: Answer) -> bool:
    return answer.answered and bool(answer.citations) and not any(c.weak for c in answer.citations)


def checked(questions: list[str], ask: Callable[[str], Answer]) -> list[str]:
    """The questions `ask` answers confidently, at most MAX_STARTERS of them."""
    return list(_kept(questions, ask))


def _kept(questions: list[str], ask: Callable[[str], Answer]) -> Iterator[str]:
    kept = 0
    for question in questions:
        if kept >= MAX_STARTERS:
            return
        if confident(ask(question)):
            kept += 1
            yield question

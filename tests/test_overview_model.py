"""The overview of the bundled corpus, built with the real model and the real PDF."""

from __future__ import annotations

import re

import pytest

from nordask.overview import same_actor

pytestmark = pytest.mark.model
PDF = "handlingsplan-2021-24-regionalsektoren.pdf"
#: The border committees and councils whose blocks the action plan holds.
BORDER_BODIES = (
    "Nordkalottrådet",
    "Kvarkenrådet",
    "Svinesundskommittén",
    "Mittnordenkommittén",
    "Tornedalsrådet",
    "Skärgårdssamarbetet",
    "Grensekomiten Värmland-Østfold",
)
#: Words that say what a body does, in the plan's languages.
_DOES = re.compile(
    r"\b(?:ska|skal|kommer|arbetar|bidrar|avser|har|väljer|kan|jobba|arrangera|"
    r"undersöka|dela|utreda|genomför)\b|:",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def overview(assistant):
    return assistant.overview()


def test_the_five_documents_are_listed_with_outlines(overview) -> None:
    docs = {d.doc: d for d in overview.documents}
    assert len(docs) == 5
    assert all(d.outline for d in docs.values())
    plan = docs[PDF]
    assert plan.pages and plan.pages > 20 and set(plan.languages) >= {"sv", "da", "no"}
    numbered = [o.title for o in plan.outline if o.level == 1]
    assert [t.split(":")[0] for t in numbered] == ["Mål 1", "Mål 6", "Mål 7", "Mål 9", "Mål 10"]
    assert not any(t.endswith("…") for t in numbered)  # given in full, not cut
    assert all(len(d.lead) > 60 for d in docs.values())


def test_the_border_committees_and_councils_say_what_they_do(overview) -> None:
    actors = {a.name: a for a in overview.actors}
    for body in BORDER_BODIES:
        assert body in actors, f"{body} missing from the who's who"
        actor = actors[body]
        assert actor.kind == "committee/council"
        assert PDF in actor.docs and actor.pages[PDF]
        assert actor.summary, f"{body} has no sentence saying what it does"
        first = actor.summary[0]
        assert any(name[:8] in first for name in actor.variants)
        assert _DOES.search(first), first
        assert not re.match(r"^(?:[A-Z]{1,3}\d|[A-Z]\.\d)", first)  # no plan codes or cells
        assert actor.passages


def test_no_two_actors_are_spellings_of_one(overview) -> None:
    names = [a.name for a in overview.actors]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not same_actor(a, b), (a, b)


def test_egts_and_nspa_are_shown_as_the_corpus_has_them(overview, assistant) -> None:
    glossary = {g.acronym: g for g in overview.glossary}
    for acronym in ("EGTS", "NSPA"):
        entry = glossary[acronym]
        assert entry.where and all(acronym in m.text for m in entry.where)
        assert {m.doc for m in entry.where} == {PDF}
    # The corpus never spells either out (checked on the extracted text of every
    # passage), so "not spelled out in the corpus" is the correct entry.
    text = " ".join(c.text for doc in assistant.documents for c in assistant.backend.passages(doc))
    assert not re.search(r"gruppering för territoriellt|Grouping of Territorial", text, re.I)
    assert not re.search(r"Northern Sparsely Populated", text, re.I)
    assert glossary["EGTS"].expansion is None and glossary["NSPA"].expansion is None
    assert glossary["S3"].expansion == "Smart Specialisation"


def test_every_starter_question_is_answered_with_sources(overview, assistant) -> None:
    assert 8 <= len(overview.starters) <= 12
    for question in overview.starters:
        answer = assistant.ask(question)
        assert answer.answered, question
        assert answer.citations and not any(c.weak for c in answer.citations), question


def test_each_goal_has_its_activities_and_their_opening_lines(overview) -> None:
    plan = next(d for d in overview.documents if d.doc == PDF)
    goals = {g.number: g for g in plan.goals}
    assert sorted(goals) == [1, 6, 7, 9, 10]
    assert [a.code for a in goals[1].activities] == [f"G.1.{c}" for c in "abcdefg"]
    # A line a PDF column broke goes on in the sentence after it.
    assert goals[1].activities[3].line.startswith("Samle og utvikle «best practice»")
    # The organisations whose blocks ("Kvarkenrådet: …") stand in an activity.
    owners = {a.code: [o.name for o in a.owners] for a in goals[1].activities}
    assert owners["G.1.a"] == ["Greater Copenhagen", "Nordkalottrådet"]
    assert "Kvarkenrådet" in owners["G.1.b"] and "Mittnordenkommittén" in owners["G.1.b"]
    # The plan's column of partners beside each activity, read across the row; a cell
    # the layout broke after "og" goes on in the next one.
    partners = {a.code: a.partners for a in goals[1].activities}
    assert partners["G.1.d"] == "Nordregio og TG"
    assert partners["G.1.e"] == "Nordregio, TG og NORA"
    assert partners["G.1.g"] == "Nordregio"
    assert partners["G.1.b"] == "Nordregio og TG A&B"
    assert all(
        g.part in ("Grönt Norden", "Konkurrenskraftigt Norden", "Socialt hållbart Norden")
        for g in goals.values()
    )

"""The browse screen, the starter questions and the explain view, driven through Pilot
on the fixture corpus: everything shown is what the real overview computes for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TabbedContent, TextArea, Tree

from nordask.explain import format_explain
from nordask.tui.screens.browse import BrowseScreen
from nordask.tui.screens.document import DocumentScreen
from nordask.tui.screens.explain import ExplainScreen
from nordask.tui.widgets.question_bubble import QuestionBubble
from nordask.tui.widgets.question_input import QuestionInput
from nordask.tui.widgets.starter_list import StarterList
from test_tui import QUESTION, WIDE, ask, chat_app, last_answer, notifications, prepare, settle

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_embedder) -> Path:
    return prepare(tmp_path, monkeypatch, index=True)


def detail_text(screen: BrowseScreen, tab: str) -> str:
    return str(screen.query_one(f"#{tab}-detail .detail-text", Static).content)


async def test_documents_outline_and_a_heading_in_the_reader(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        overview = app.assistant.overview()
        await pilot.press("ctrl+b")
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        tree = screen.query_one("#documents-tree", Tree)
        assert app.focused is tree
        titles = [str(node.label) for node in tree.root.children]
        assert titles == [f"{d.title} · {d.doc}" for d in overview.documents]
        first = overview.documents[0]
        assert first.lead in detail_text(screen, "documents")
        await pilot.press("enter")  # the document opens into its outline
        heading = first.outline[0]
        assert tree.root.children[0].is_expanded
        await pilot.press("down")
        assert tree.cursor_node.data.text == heading.title
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, DocumentScreen)
        assert reader.query_one(TextArea).selected_text == heading.title
        await pilot.press("escape")
        assert app.screen is screen  # back in browse, where it was
        await pilot.press("escape")
        assert not isinstance(app.screen, BrowseScreen)


async def test_whos_who_actor_passages_and_ask_about_this(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        actors = app.assistant.overview().actors
        assert actors, "the fixture corpus names committees"
        await pilot.press("ctrl+b", "w")
        screen = app.screen
        assert screen.query_one(TabbedContent).active == "actors"
        tree = screen.query_one("#actors-tree", Tree)
        assert str(tree.root.children[0].label) == "Committees and councils (2)"
        await pilot.press("down")
        actor = tree.cursor_node.data
        assert actor == actors[0]
        shown = detail_text(screen, "actors")
        assert all(sentence in shown for sentence in actor.summary)
        assert "electric-aviation.md" in shown
        await pilot.press("enter", "down")  # its passages; the first one
        mention = actor.passages[0]
        assert tree.cursor_node.data.text == mention.text
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(TextArea).selected_text == mention.text
        await pilot.press("escape", "a")  # ask about the actor of this passage
        await settle(pilot)
        assert not isinstance(app.screen, BrowseScreen)
        question = f"What does {actor.name} work on?"
        assert app.query(QuestionBubble).last().question == question
        answer = last_answer(app).answer
        assert answer.question == question and answer.answered


async def test_glossary_of_a_corpus_with_acronyms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_embedder
) -> None:
    """The fixture corpus has no acronyms; one more document gives it two, one of
    them spelled out."""
    corpus = prepare(tmp_path, monkeypatch, index=False) / "corpus"  # built on opening
    (corpus / "cooperation.md").write_text(
        "# Cross-border cooperation\n\n"
        "The European Grouping of Territorial Cooperation (EGTC) lets regions run joint "
        "services. Two regions set up an EGTC for hospital care in 2019. The NSPA plans "
        "the sparsely populated north. The NSPA meets every autumn.\n",
        encoding="utf-8",
    )
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+b", "g")
        tree = app.screen.query_one("#glossary-tree", Tree)
        labels = {str(node.label) for node in tree.root.children}
        assert "EGTC  European Grouping of Territorial Cooperation" in labels
        assert "NSPA  not spelled out in the corpus" in labels
        nspa = next(n for n in tree.root.children if str(n.label).startswith("NSPA"))
        tree.move_cursor(nspa)
        await pilot.pause()
        shown = detail_text(app.screen, "glossary")
        assert "(not spelled out in the corpus)" in shown and "cooperation.md" in shown
        await pilot.press("a")
        await settle(pilot)
        assert last_answer(app).answer.question == "What is NSPA?"


async def test_empty_glossary_says_so(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.assistant.overview().glossary == []
        await pilot.press("ctrl+b", "g")
        assert "Nothing of this kind" in detail_text(app.screen, "glossary")
        told = notifications(app)
        await pilot.press("a")
        assert told == ["Pick an actor (w) or an acronym (g) to ask about."]


async def test_browse_waits_for_the_index(indexed: Path) -> None:
    import threading

    from test_tui import opens_when

    release = threading.Event()
    app = chat_app(assistant_factory=opens_when(release))
    async with app.run_test() as pilot:
        told = notifications(app)
        await pilot.press("ctrl+b")
        assert told == ["The index is still opening; browse it when it is ready."]
        release.set()
        await settle(pilot)


async def test_starter_questions_on_the_welcome_are_asked_with_enter(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        starters = app.assistant.overview().starters
        assert starters, "the overview keeps the starters nordask answered"
        shown = app.query_one(StarterList)
        assert shown.questions == starters
        await pilot.press("tab")
        assert app.focused is shown
        await pilot.press("down", "enter")
        await settle(pilot)
        answer = last_answer(app).answer
        assert answer.question == starters[1] and answer.answered and answer.citations
        assert app.query_one(QuestionInput).value == ""
        assert not shown.can_focus  # the answer's citations have the keys now


async def test_typing_on_the_starters_types_a_question(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, StarterList)
        await pilot.press(*"be 7?")  # app keys elsewhere (browse, export, a citation, help)
        box = app.query_one(QuestionInput)
        assert app.focused is box and box.value == "be 7?"


async def test_x_shows_why_the_last_answer(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        told = notifications(app)
        await pilot.press("ctrl+r")
        assert told == ["Ask a question first: x then says why its answer is what it is."]
        await ask(pilot, QUESTION)
        answer = last_answer(app).answer
        assert answer.explain is not None  # asked with explain=True: no second run
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, ExplainScreen)
        assert screen.text == format_explain(answer)
        body = str(screen.query_one(".explain-text", Static).content)
        assert "intent: actor (committee)" in body
        assert "[1] electric-aviation.md · en" in body and "Decision: answered" in body
        await pilot.press("x")
        assert not isinstance(app.screen, ExplainScreen)


def test_an_outline_nests_subheadings_under_their_heading() -> None:
    from nordask.overview import DocumentOverview, OutlineEntry, Overview
    from nordask.tui.screens.browse import documents_tree

    outline = [
        OutlineEntry(0, "GREEN NORDIC", 1),
        OutlineEntry(1, "GOAL 1: Carbon neutral", 2),
        OutlineEntry(1, "GOAL 2: Circular", 4),
        OutlineEntry(0, "SOCIAL NORDIC", 9),
    ]
    document = DocumentOverview("plan.pdf", "Plan", {"en": 1.0}, 12, 30, "", outline)
    tree = documents_tree(Overview([document], [], []))
    (doc,) = tree.root.children
    green, social = doc.children
    assert [str(n.label) for n in green.children] == [
        "GOAL 1: Carbon neutral  p. 2",
        "GOAL 2: Circular  p. 4",
    ]
    assert green.allow_expand and not social.allow_expand
    assert green.children[1].data.page == 4 and green.children[1].data.doc == "plan.pdf"


@pytest.mark.model
async def test_real_model_browse_and_a_starter_on_the_bundled_corpus(
    bundled_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled corpus's overview in the browse screen: the action plan's outline,
    its border committees, EGTS unexplained; a starter question answered with sources."""
    from conftest import CORPUS
    from nordask.settings import Settings
    from nordask.tui import opener
    from nordask.tui.app import create_app

    monkeypatch.setattr(opener, "viewer_command", lambda path, page: None)
    app = create_app(CORPUS, bundled_index, Settings())
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+b")
        documents = app.screen.query_one("#documents-tree", Tree)
        assert len(documents.root.children) == 5
        plan = next(n for n in documents.root.children if "handlingsplan" in str(n.label))
        headings = [n.data for n in plan.children]
        assert all(h.page for h in headings) and any(n.children for n in plan.children)
        await pilot.press("w")
        actors = app.screen.query_one("#actors-tree", Tree)
        committees = actors.root.children[0]
        assert str(committees.label).startswith("Committees and councils")
        names = {n.data.name for n in committees.children}
        assert {"Svinesundskommittén", "Kvarkenrådet", "Tornedalsrådet"} <= names
        await pilot.press("g")
        glossary = app.screen.query_one("#glossary-tree", Tree)
        assert "EGTS  not spelled out in the corpus" in {
            str(n.label) for n in glossary.root.children
        }
        await pilot.press("escape", "tab", "enter")
        await settle(pilot)
        answer = last_answer(app).answer
        assert answer.question == app.assistant.overview().starters[0]
        assert answer.answered and answer.citations

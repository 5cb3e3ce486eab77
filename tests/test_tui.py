"""The chat app, driven through Textual's Pilot on a small fixture corpus.

The fake embedder makes every flow instant and deterministic; one test at the
end drives the app with the real model on the bundled corpus.
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static, TextArea

from nordask import indexing
from nordask.assistant import Assistant
from nordask.errors import InputError
from nordask.export import citation_line
from nordask.history import History
from nordask.settings import Settings
from nordask.tui import keys, opener
from nordask.tui.app import NordaskApp, create_app
from nordask.tui.messages import IndexProgressMessage, NoticeMessage
from nordask.tui.screens.confirm_build import ConfirmBuild
from nordask.tui.screens.document import DocumentScreen
from nordask.tui.screens.error import ErrorScreen
from nordask.tui.screens.filter_picker import FilterPicker
from nordask.tui.screens.help import HelpScreen
from nordask.tui.widgets.answer_message import AnswerMessage
from nordask.tui.widgets.citation_list import CitationList
from nordask.tui.widgets.question_bubble import QuestionBubble
from nordask.tui.widgets.question_input import QuestionInput
from nordask.tui.widgets.source_panel import EVIDENCE_STYLE, SourcePanel
from nordask.tui.widgets.status_line import StatusLine

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "tui_corpus"
#: Small chunks and a low abstention bar suit the fake embedder's bag-of-stems vectors.
SETTINGS = replace(
    Settings().with_chunking(chunk_chars=200, overlap_chars=0),
    retrieval=replace(Settings().retrieval, min_dense=0.3),
)
QUESTION = "Which committees work on electric aviation?"
FOLLOW_UP = "and what budget do they have?"
OFF_TOPIC = "How do you bake sourdough bread?"
WIDE = (120, 36)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def prepare(folder: Path, monkeypatch: pytest.MonkeyPatch, *, index: bool) -> Path:
    """Work in `folder` with corpus/ (the fixture corpus), no system viewer, maybe an index."""
    shutil.copytree(FIXTURE_CORPUS, folder / "corpus")
    monkeypatch.chdir(folder)
    monkeypatch.setattr(opener, "viewer_command", lambda path, page: None)
    if index:
        indexing.run(folder / "corpus", folder / "index", SETTINGS, asker=Assistant.asker)
    else:  # an empty folder the user chose: built without asking (a new folder asks first)
        (folder / "index").mkdir()
    return folder


@pytest.fixture
def chat_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model) -> Path:
    """The fixture corpus and no index yet: the app builds it."""
    return prepare(tmp_path, monkeypatch, index=False)


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model) -> Path:
    """The fixture corpus, already indexed (so no notice pops up)."""
    return prepare(tmp_path, monkeypatch, index=True)


def chat_app(**overrides) -> NordaskApp:
    options = {"corpus_dir": "corpus", "index_dir": "index", "settings": SETTINGS}
    return create_app(**{**options, **overrides})


async def settle(pilot: Pilot) -> None:
    """Until every worker is done and every message they posted is handled; with the
    text cursors steady, so that a snapshot does not depend on the blink phase."""
    for box in pilot.app.query(Input):
        box.cursor_blink = False
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def ask(pilot: Pilot, question: str) -> None:
    """Put `question` in the question box (typing is tested once) and press Enter."""
    box = pilot.app.query_one(QuestionInput)
    box.focus()
    box.value = question
    await pilot.press("enter")
    await settle(pilot)
    # The first citation is highlighted (and may take the focus) after a refresh: wait
    # for it, so that a snapshot does not depend on how busy the machine is.
    for _ in range(100):
        lists = pilot.app.query(CitationList)
        if not lists or lists.last().highlighted is not None:
            break
        await pilot.pause(0.02)
    await pilot.pause()


def notifications(app: NordaskApp) -> list[str]:
    """Record what the app tells the user from now on."""
    seen: list[str] = []
    notify = app.notify

    def recording(message: str, **kwargs) -> None:
        seen.append(message)
        notify(message, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return seen


def screen_text(app: NordaskApp) -> str:
    return "\n".join(str(static.content) for static in app.screen.query(Static) if static.display)


def last_answer(app: NordaskApp) -> AnswerMessage:
    return app.query(AnswerMessage).last()


# Opening


async def test_opens_at_once_then_builds_the_index_with_progress(chat_dir: Path) -> None:
    seen: list[object] = []
    app = chat_app()
    async with app.run_test(message_hook=seen.append) as pilot:
        assert isinstance(app.focused, QuestionInput)
        await settle(pilot)
        stages = {m.stage for m in seen if isinstance(m, IndexProgressMessage)}
        assert {"reading", "writing"} <= stages
        assert any("building it" in m.text for m in seen if isinstance(m, NoticeMessage))
        state = str(app.query_one(StatusLine).query_one(".state", Static).content)
        assert state.startswith("Ready · 4 documents · 12 passages")
        assert app.assistant is not None


def opens_when(release: threading.Event):
    """An assistant factory that holds the index closed until `release` is set."""

    def slow_open(*args, **kwargs) -> Assistant:
        release.wait(10)
        return Assistant.open(*args, **kwargs)

    return slow_open


async def test_question_typed_while_opening_waits_for_the_model(indexed: Path) -> None:
    release = threading.Event()
    app = chat_app(assistant_factory=opens_when(release))
    async with app.run_test() as pilot:
        await pilot.press(*QUESTION, "enter")
        await pilot.pause()
        bubble = app.query_one(QuestionBubble)
        assert "waiting for the index and model" in str(bubble.content)
        assert "Opening the index" in screen_text(app)
        release.set()
        await settle(pilot)
        assert "waiting" not in str(bubble.content)
        assert last_answer(app).answer.question == QUESTION


# Asking and reading sources


async def test_answer_has_markers_and_lists_the_cited_passages(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        message = last_answer(app)
        assert message.answer.answered
        assert "[1]" in str(message.query_one(".answer-text", Static).content)
        citations = message.query_one(CitationList)
        first = str(citations.get_option_at_index(0).prompt)
        score = message.answer.citations[0].score
        assert first == (
            f"[1] {score:.2f} · en · electric-aviation.md · Electric aviation in the Nordic region"
        )
        assert citations.option_count == len(message.answer.citations) == 5
        assert app.query_one(SourcePanel).citation == message.answer.citations[0]


async def test_citation_is_chosen_by_tab_arrows_digits_and_mouse(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        panel = app.query_one(SourcePanel)
        assert not panel.display  # narrow terminal: the panel opens on a choice
        assert isinstance(app.focused, CitationList)  # the answer's citations take the keys
        await pilot.press("escape", "tab")
        assert isinstance(app.focused, CitationList)
        await pilot.press("down")
        assert app.selected is not None and app.selected.n == 2
        assert panel.display
        await pilot.press("4")
        assert app.selected.n == 4
        await pilot.press("escape")
        assert isinstance(app.focused, QuestionInput) and not panel.display
        await pilot.click(CitationList, offset=(4, 2))
        await pilot.pause()
        assert app.selected.n == 3 and panel.display


async def test_citations_of_earlier_answers_are_clicked_not_tabbed_to(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await ask(pilot, OFF_TOPIC)
        first, second = app.query(CitationList)
        assert not first.can_focus and second.can_focus
        await pilot.press("escape", "tab")
        assert app.focused is second
        await pilot.click(first, offset=(4, 1))
        await pilot.pause()
        assert app.selected == first.citations[1]


async def test_source_panel_shows_passage_with_the_sentence_highlighted(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await pilot.press("tab", "2")
        citation = app.selected
        assert citation is not None
        panel = app.query_one(SourcePanel)
        assert str(panel.query_one(".source-title", Static).content) == citation.title
        assert citation.doc in str(panel.query_one(".source-meta", Static).content)
        text = panel.query_one(".source-text", Static).content
        assert text.plain == citation.text
        spans = [(s.start, s.end) for s in text.spans if s.style == EVIDENCE_STYLE]
        assert spans == [citation.evidence_span]


async def test_open_source_without_viewer_shows_document_at_passage(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await pilot.press("2", "o")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        area = app.screen.query_one(TextArea)
        assert "Nordic Electric Aviation Committee" in area.text
        assert area.selected_text == app.selected.evidence
        await pilot.press("q")
        assert not isinstance(app.screen, DocumentScreen)


async def test_open_source_uses_the_system_viewer_when_there_is_one(
    indexed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launched: list[list[str]] = []
    monkeypatch.setattr(opener, "viewer_command", lambda path, page: ["viewer", str(path)])
    monkeypatch.setattr(opener, "launch", lambda command: launched.append(command) or True)
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        told = notifications(app)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert launched == [["viewer", str(Path("corpus") / "electric-aviation.md")]]
        assert not isinstance(app.screen, DocumentScreen)
        assert told == ["Opened 'electric-aviation.md' in the system viewer."]


async def test_a_source_file_removed_since_indexing_is_explained(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        (indexed / "corpus" / "electric-aviation.md").unlink()
        told = notifications(app)
        await pilot.press("ctrl+o")
        assert not isinstance(app.screen, DocumentScreen)
        assert told[0].startswith("'electric-aviation.md' is no longer in the corpus folder")


def test_viewer_command_needs_a_desktop_and_passes_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    pdf = tmp_path / "plan.pdf"
    assert opener.viewer_command(pdf, 3) is None
    monkeypatch.setattr("sys.platform", "darwin")
    assert opener.viewer_command(pdf, 3) == ["open", str(pdf)]
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
    assert opener.viewer_command(pdf, 3) is None
    monkeypatch.delenv("SSH_CONNECTION")
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("evince", "xdg-open"):
        (bin_dir / name).write_text("#!/bin/sh\n")
        (bin_dir / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    assert opener.viewer_command(pdf, 3) == [str(bin_dir / "evince"), "--page-index=3", str(pdf)]
    text = tmp_path / "notes.txt"
    assert opener.viewer_command(text, None) == [str(bin_dir / "xdg-open"), str(text)]
    assert not opener.launch([str(tmp_path / "no-such-viewer")])


# Follow-ups and filters


async def test_follow_up_uses_the_previous_turn_and_says_how(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await ask(pilot, FOLLOW_UP)
        answer = last_answer(app).answer
        assert answer.interpreted == f"{FOLLOW_UP} (Nordic Electric Aviation Committee)"
        note = str(last_answer(app).query_one(".interpreted", Static).content)
        assert note == f"Taken to mean: {answer.interpreted}"
        assert "budget of 4 million euros" in answer.answer


async def choose(pilot: Pilot, key: str, label: str) -> None:
    """Open a filter picker with `key` and pick the option whose label starts with `label`."""
    await pilot.press(key)
    await pilot.pause()
    picker = pilot.app.screen
    assert isinstance(picker, FilterPicker)
    options = picker.query_one(OptionList)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    options.highlighted = next(i for i, text in enumerate(labels) if text.startswith(label))
    await pilot.press("enter")
    await pilot.pause()


async def test_language_filter_is_shown_and_applies_to_next_questions(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await choose(pilot, "ctrl+l", "Swedish")
        filters = str(app.query_one(StatusLine).query_one(".filters", Static).content)
        assert filters == "language: sv · document: all"
        await ask(pilot, QUESTION)
        answer = last_answer(app).answer
        assert answer.filters == {"lang": "sv"}
        assert {c.lang for c in answer.citations} == {"sv"}
        assert "filtered by lang sv" in screen_text(app)
        await choose(pilot, "ctrl+l", "All languages")
        assert app.conversation.filters.lang is None


async def test_document_filter_is_shown_and_applies_to_next_questions(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await choose(pilot, "ctrl+f", "Rural broadband")
        assert "document: rural-broadband.txt" in screen_text(app)
        await ask(pilot, QUESTION)
        assert {c.doc for c in last_answer(app).answer.citations} == {"rural-broadband.txt"}


async def test_filters_wait_until_the_index_is_open(indexed: Path) -> None:
    release = threading.Event()
    app = chat_app(assistant_factory=opens_when(release))
    async with app.run_test() as pilot:
        told = notifications(app)
        await pilot.press("ctrl+l")
        assert not isinstance(app.screen, FilterPicker)
        assert told == ["The index is still opening; filters can be set when it is ready."]
        release.set()
        await settle(pilot)


# History, export, clipboard


async def test_up_and_down_recall_questions_kept_between_runs(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await ask(pilot, OFF_TOPIC)
        box = app.query_one(QuestionInput)
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == OFF_TOPIC
        await pilot.press("up", "up")
        assert box.value == QUESTION
        await pilot.press("down")
        assert box.value == OFF_TOPIC
        await pilot.press("down")
        assert box.value == "draft"
    assert History().entries == [QUESTION, OFF_TOPIC]
    again = chat_app()
    async with again.run_test() as pilot:
        await pilot.press("up")
        assert again.query_one(QuestionInput).value == OFF_TOPIC
        await settle(pilot)


async def test_export_writes_markdown_with_citations_and_reports_the_path(
    indexed: Path, hermetic_home: Path
) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        told = notifications(app)
        await pilot.press("ctrl+s")
        assert told == ["Nothing to export yet: ask a question first."]
        await ask(pilot, QUESTION)
        await ask(pilot, FOLLOW_UP)
        await pilot.press("ctrl+s")
    said, name, folder = told[-1].split("\n")  # the file name on a line of its own
    assert said == "Conversation exported as"
    path = Path(folder.removeprefix("in ")) / name
    assert path.parent == hermetic_home / "data" / "exports"
    text = path.read_text(encoding="utf-8")
    assert f"## {QUESTION}" in text and f"## {FOLLOW_UP}" in text
    assert "_Searched for: and what budget do they have? (Nordic" in text
    assert "1. **Electric aviation in the Nordic region** — `electric-aviation.md`" in text


async def test_copy_puts_title_page_and_passage_on_the_clipboard(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        told = notifications(app)
        await pilot.press("ctrl+y")
        assert told == ["Pick a citation first: Tab, then ↑↓ or a digit 1-9."]
        await ask(pilot, QUESTION)
        await pilot.press("ctrl+y")
        assert app.clipboard == citation_line(last_answer(app).answer.citations[0])
        await pilot.press("3", "y")
        third = last_answer(app).answer.citations[2]
        assert app.clipboard == citation_line(third)
        assert app.clipboard.startswith(f"{third.title}: ")


# Abstention and errors


async def test_abstention_says_so_and_marks_the_closest_passages_weak(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await ask(pilot, OFF_TOPIC)
        message = last_answer(app)
        assert message.has_class("-weak") and not message.answer.answered
        text = str(message.query_one(".answer-text", Static).content)
        assert text == message.answer.answer  # the core's plain "the corpus does not..."
        assert text.startswith("The corpus does not seem to answer this question")
        title = str(message.query_one(".sources-title", Static).content)
        assert title == "Closest passages (weak matches)"
        citations = message.query_one(CitationList)
        assert citations.option_count >= 1
        assert all(c.weak for c in message.answer.citations)
        assert all(
            " · weak · " in str(citations.get_option_at_index(i).prompt)
            for i in range(citations.option_count)
        )


def break_corpus(folder: Path) -> None:
    shutil.rmtree(folder / "corpus")


def break_index(folder: Path) -> None:
    (folder / "index").mkdir(exist_ok=True)
    (folder / "index" / "manifest.json").write_text("{not json", encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "settings", "expected"),
    [
        (break_corpus, SETTINGS, "corpus folder 'corpus' cannot be used: it does not exist"),
        (break_index, SETTINGS, "Run `nordask index --rebuild`"),
        (
            lambda folder: None,
            Settings(model="./models/e5-smal"),
            "model path './models/e5-smal' does not exist",
        ),
    ],
    ids=["missing-corpus", "broken-index", "bad-model-path"],
)
async def test_opening_errors_show_what_to_do_without_a_traceback(
    chat_dir: Path, damage: Callable[[Path], None], settings: Settings, expected: str
) -> None:
    damage(chat_dir)
    app = chat_app(settings=settings)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert expected in app.screen.text
        assert "Traceback" not in screen_text(app)
        await pilot.press("escape")
        assert "Not ready: nordask could not start" in screen_text(app)
        await pilot.press("enter")
        assert isinstance(app.screen, ErrorScreen)  # Enter shows the problem again
        await pilot.press("escape")
        app.query_one(QuestionInput).value = QUESTION
        await pilot.press("enter")
        assert isinstance(app.screen, ErrorScreen)  # and so does a question
        assert "waiting: nordask could not start" in str(app.query_one(QuestionBubble).content)


async def test_retry_after_fixing_the_problem_opens_the_app(chat_dir: Path) -> None:
    shutil.move(chat_dir / "corpus", chat_dir / "elsewhere")
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        shutil.move(chat_dir / "elsewhere", chat_dir / "corpus")
        await pilot.press("r")
        await settle(pilot)
        assert not isinstance(app.screen, ErrorScreen)
        assert app.assistant is not None


async def test_unexpected_error_is_explained_and_logged_not_shown(
    chat_dir: Path, hermetic_home: Path
) -> None:
    def broken(*args, **kwargs) -> Assistant:
        raise RuntimeError("boom")

    app = chat_app(assistant_factory=broken)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        assert app.screen.text.startswith("Something went wrong inside nordask (RuntimeError")
        assert "Traceback" not in screen_text(app)
    log = hermetic_home / "data" / "logs" / "chat-errors.log"
    assert "Traceback" in log.read_text(encoding="utf-8")


async def test_a_failed_question_is_a_notification_and_the_chat_goes_on(
    indexed: Path,
) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assistant = app.assistant
        assert assistant is not None
        working = assistant.ask

        def failing(*args, **kwargs):
            raise InputError("the document filter matches no document.")

        assistant.ask = failing  # type: ignore[method-assign]
        told = notifications(app)
        await ask(pilot, QUESTION)
        assert told == ["the document filter matches no document."]
        assert "not answered" in str(app.query_one(QuestionBubble).content)
        assistant.ask = working  # type: ignore[method-assign]
        await ask(pilot, QUESTION)
        assert last_answer(app).answer.answered


# After an answer, at 80×24

NARROW = (80, 24)


async def test_keys_act_on_the_answer_once_it_arrives(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        assert isinstance(app.focused, CitationList)
        await pilot.press("2")
        assert app.selected is not None and app.selected.n == 2
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        told = notifications(app)
        await pilot.press("e")
        assert told and told[-1].startswith("Conversation exported as")
        box = app.query_one(QuestionInput)
        assert box.value == ""  # none of those keys was typed into the question
        await pilot.press(*"what next")  # any other letter goes back to the question box
        assert app.focused is box and box.value == "what next"


async def test_the_question_and_the_start_of_its_answer_stay_in_view(indexed: Path) -> None:
    """The fixture's answers are short, so a short terminal stands in for a long answer."""
    app = chat_app()
    async with app.run_test(size=(80, 14)) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        await ask(pilot, FOLLOW_UP)
        await pilot.pause()
        view = app.transcript.region
        bubble = app.query(QuestionBubble).last()
        first_line = last_answer(app).query_one(".answer-text", Static)
        for widget in (bubble, first_line):
            assert widget.region and view.contains(*widget.region.offset), widget


async def test_toasts_leave_the_question_box_and_status_line_free(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await settle(pilot)
        app.notify("A long notice " * 12, markup=False)
        await pilot.pause()
        toasts = [w for w in app.screen.query("Toast") if w.region]
        assert toasts
        for covered in (app.query_one(QuestionInput), app.query_one(StatusLine)):
            assert not any(t.region.overlaps(covered.region) for t in toasts)


async def test_the_exported_file_name_is_never_broken(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await settle(pilot)
        await ask(pilot, QUESTION)
        told = notifications(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        name = told[-1].split("\n")[1]
        toast = next(w for w in app.screen.query("Toast") if w.region)
        lines = [strip.text for strip in toast.render_lines(toast.region.reset_offset)]
        assert any(name in line for line in lines), lines


async def test_a_new_index_folder_is_built_only_when_the_user_says_so(indexed: Path) -> None:
    shutil.rmtree(indexed / "index")
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConfirmBuild)
        assert str((indexed / "index").resolve()) in app.screen.text
        assert not (indexed / "index").exists()
        await pilot.press("b")
        await settle(pilot)
        assert app.assistant is not None and (indexed / "index" / "manifest.json").exists()
    shutil.rmtree(indexed / "index")
    app = chat_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
    assert app.return_code == 2 and not (indexed / "index").exists()


# Help, theme, layout, CLI


async def test_help_lists_every_key(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, record=True, file=io.StringIO())
        for table in app.screen.query(".help-keys").results(Static):
            console.print(table.content)
        text = console.export_text()
        for _, rows in keys.SECTIONS:
            for row in rows:
                assert f"{keys.labels(row.keys):<17} {row.what}" in text
        await pilot.press("escape")
        await pilot.press("tab", "question_mark")  # ? outside the question box
        assert isinstance(app.screen, HelpScreen)
        await settle(pilot)


def test_every_binding_is_in_the_help_table() -> None:
    from nordask.tui.screens.browse import BrowseScreen
    from nordask.tui.screens.document import DocumentScreen as Document
    from nordask.tui.screens.explain import ExplainScreen

    bound = {
        key.strip()
        for owner in (
            NordaskApp,
            QuestionInput,
            HelpScreen,
            ErrorScreen,
            FilterPicker,
            Document,
            ConfirmBuild,
            BrowseScreen,
            ExplainScreen,
        )
        for binding in owner.BINDINGS
        for key in binding.key.split(",")  # type: ignore[union-attr]
    }
    listed = {key for _, rows in keys.SECTIONS for row in rows for key in row.keys}
    assert bound <= listed


async def test_theme_switches_between_dark_and_light(indexed: Path) -> None:
    app = chat_app()
    async with app.run_test() as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
        await settle(pilot)


async def test_source_panel_sits_beside_the_conversation_on_wide_terminals(
    indexed: Path,
) -> None:
    app = chat_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panel = app.query_one(SourcePanel)
        assert panel.display and panel.region.x > 60 and panel.region.height > 20
        await ask(pilot, QUESTION)
        assert isinstance(app.focused, CitationList)  # the keys act on the new answer


def test_nordask_without_arguments_and_chat_run_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nordask.cli import main

    calls: list[dict] = []
    monkeypatch.setattr("nordask.tui.app.run_app", lambda **kwargs: calls.append(kwargs) or 0)
    assert main([]) == 0
    assert main(["chat", "--corpus", "mine", "--index", "idx"]) == 0
    assert calls[0]["corpus_dir"] is None
    assert calls[1]["corpus_dir"] == Path("mine") and calls[1]["index_dir"] == Path("idx")
    assert isinstance(calls[1]["settings"], Settings)


def test_the_status_line_names_every_stage_of_building_the_default_model() -> None:
    """A first run rebuilds the default model inside the index build; its stages are shown
    in words, as the build's own are."""
    from nordask.models.e5convert import CONVERSION_STAGES
    from nordask.tui.widgets.status_line import STAGES

    assert set(CONVERSION_STAGES) | {
        "reading",
        "tagging languages",
        "embedding",
        "writing",
        "loading model",
    } <= set(STAGES)


def test_run_app_returns_an_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    from nordask.tui.app import run_app

    monkeypatch.setattr(NordaskApp, "run", lambda self: None)
    assert run_app() == 0
    monkeypatch.setattr(NordaskApp, "failed_to_open", True)
    assert run_app() == 2


# The real model


@pytest.fixture
def real_index(request: pytest.FixtureRequest) -> Path:
    if importlib.util.find_spec("nordask.models.e5convert") is None:
        pytest.skip(
            "the default model's conversion module (nordask.models.e5convert) is not there yet"
        )
    return request.getfixturevalue("bundled_index")


@pytest.mark.model
async def test_real_model_answers_on_the_bundled_corpus(
    real_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import CORPUS

    monkeypatch.setattr(opener, "viewer_command", lambda path, page: None)
    app = create_app(CORPUS, real_index, Settings())
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.assistant is not None
        await ask(pilot, QUESTION)
        answer = last_answer(app).answer
        assert answer.answered and "[1]" in answer.answer
        paged = next(c for c in answer.citations if c.page)  # the PDF has pages
        await pilot.press("tab", str(paged.n), "o")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        heading = str(app.screen.query_one(".document-title", Static).content)
        assert f"page {paged.page} of " in heading
        assert app.screen.query_one(TextArea).selected_text == paged.evidence

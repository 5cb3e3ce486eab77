"""The chat app: `NordaskApp`, the `create_app` factory (CLI and tests) and `run_app`.

The app adds no retrieval logic: it opens an `Assistant` in a thread worker,
asks it questions in thread workers, and shows what comes back as messages.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Input, OptionList

from nordask.errors import NordaskError
from nordask.export import export
from nordask.history import History
from nordask.paths import default_corpus_dir, index_location
from nordask.records import Citation
from nordask.safe_text import safe_answer
from nordask.settings import Settings
from nordask.tui import unexpected
from nordask.tui.conversation import Conversation, Request
from nordask.tui.keys import DIGITS
from nordask.tui.messages import (
    Answered,
    AskFailed,
    AssistantReady,
    IndexProgressMessage,
    ModelLoading,
    NoticeMessage,
    OpenFailed,
)
from nordask.tui.screens.browse import BrowseScreen
from nordask.tui.screens.confirm_build import BuildChoice, ConfirmBuild
from nordask.tui.screens.error import Choice, ErrorScreen
from nordask.tui.screens.explain import ExplainScreen
from nordask.tui.screens.filter_picker import FilterPicker, Pick
from nordask.tui.screens.help import HelpScreen
from nordask.tui.widgets.citation_list import CitationList
from nordask.tui.widgets.question_bubble import QuestionBubble
from nordask.tui.widgets.question_input import QuestionInput
from nordask.tui.widgets.source_panel import SourcePanel
from nordask.tui.widgets.starter_list import StarterList
from nordask.tui.widgets.status_line import StatusLine
from nordask.tui.widgets.transcript import Transcript
from nordask.validation import EXAMPLE

if TYPE_CHECKING:
    from nordask.assistant import Assistant
    from nordask.indexing import IndexProgress
    from nordask.overview import Overview

#: Builds the assistant, maybe building the index first (the tests pass their own).
AssistantFactory = Callable[..., "Assistant"]

#: From this width the source panel sits beside the conversation.
WIDE = 100


def open_assistant(
    index_dir: Path | str,
    corpus_dir: Path,
    settings: Settings,
    *,
    notice: Callable[[str], None],
    progress: IndexProgress,
) -> Assistant:
    """The default factory: the index is built or updated first when needed.

    Runs in the opening worker, so the retrieval stack (numpy, faiss...) is
    imported there too, after the window is up.
    """
    from nordask.assistant import Assistant

    return Assistant.open(
        index_dir, corpus_dir, settings, build=True, notice=notice, progress=progress
    )


class NordaskApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "nordask"
    ENABLE_COMMAND_PALETTE = False
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+l", "pick_language", "Lang"),
        Binding("ctrl+f", "pick_document", "Doc"),
        Binding("ctrl+o", "open_source", "Open"),
        Binding("o", "open_source", "Open", show=False),
        Binding("v", "view_document", "View", show=False),
        Binding("ctrl+y", "copy_citation", "Copy"),
        Binding("y", "copy_citation", "Copy", show=False),
        Binding("ctrl+s", "export", "Export"),
        Binding("e", "export", "Export", show=False),
        Binding("ctrl+b", "browse", "Browse"),
        Binding("b", "browse", "Browse", show=False),
        Binding("ctrl+r", "explain", "Why"),
        Binding("x", "explain", "Why", show=False),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
        Binding("escape", "back_to_question", "Back", show=False),
        Binding("pageup", "scroll_transcript(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_transcript(1)", "Scroll down", show=False),
        *(Binding(n, f"select_citation({n})", f"Citation {n}", show=False) for n in DIGITS),
    ]

    def __init__(
        self,
        corpus_dir: Path,
        index_dir: Path | str,
        settings: Settings,
        assistant_factory: AssistantFactory,
    ) -> None:
        super().__init__()
        self.corpus_dir = corpus_dir
        self.index_dir = index_dir
        self.settings = settings
        self.assistant_factory = assistant_factory
        self.assistant: Assistant | None = None
        self.conversation = Conversation()
        self.history = History()
        self._bubbles: dict[int, QuestionBubble] = {}
        self._open_failure: OpenFailed | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield Transcript()
            yield SourcePanel()
        yield StatusLine()
        yield QuestionInput(self.history)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(QuestionInput).focus()
        self.query_one(StatusLine).show_filters(self.conversation.filters.status_text())
        self.start_opening()

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    @property
    def source(self) -> SourcePanel:
        return self.query_one(SourcePanel)

    # Opening: the index (built if needed) and the model, in a thread.

    def start_opening(self) -> None:
        self._open_failure = None
        local = isinstance(self.index_dir, Path)  # a postgresql:// URL is built by `nordask index`
        if local and not self.index_dir.exists() and self.corpus_dir.is_dir():
            self.status.show_state("No index yet: build one?", busy=True)
            self.push_screen(ConfirmBuild(self.index_dir, self.corpus_dir), self._after_confirm)
            return
        self.status.show_state("Opening the index…", busy=True)
        self.open_index()

    def _after_confirm(self, choice: BuildChoice | None) -> None:
        if choice == "build":
            self.status.show_state("Opening the index…", busy=True)
            self.open_index()
        else:
            self.exit(return_code=2, message=f"nordask: no index was built in '{self.index_dir}'.")

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_index(self) -> None:
        try:
            assistant = self.assistant_factory(
                self.index_dir,
                self.corpus_dir,
                self.settings,
                notice=lambda text: self.post_message(NoticeMessage(text)),
                progress=lambda stage, done, total: self.post_message(
                    IndexProgressMessage(stage, done, total)
                ),
            )
            self.post_message(ModelLoading())
            assistant.warm_up()
        except NordaskError as exc:
            self.post_message(OpenFailed("nordask cannot start", str(exc)))
        except Exception as exc:
            self.post_message(OpenFailed("Unexpected error", unexpected.report_bug(exc)))
        else:
            self.post_message(AssistantReady(assistant))

    @on(IndexProgressMessage)
    def show_index_progress(self, event: IndexProgressMessage) -> None:
        self.status.show_progress(event.stage, event.done, event.total)

    @on(NoticeMessage)
    def show_notice(self, event: NoticeMessage) -> None:
        self.notify(event.text, markup=False, timeout=8)

    @on(ModelLoading)
    def show_model_loading(self) -> None:
        self.status.show_state("Loading the model…", busy=True)

    @on(AssistantReady)
    def use_assistant(self, event: AssistantReady) -> None:
        self.assistant = event.assistant
        self.status.show_state(self._ready_text())
        overview = self._overview(tell=False)
        if overview is not None:
            self.transcript.show_starters(overview.starters)
        self._ask_next()

    @on(OpenFailed)
    def show_open_failure(self, event: OpenFailed) -> None:
        self._open_failure = event
        self.status.show_state("Not ready: nordask could not start · Enter shows why", failed=True)
        for bubble in self._bubbles.values():
            bubble.show_state(self._waiting_state())
        self._show_open_failure()

    def _show_open_failure(self) -> None:
        failure = self._open_failure
        if failure is not None and not isinstance(self.screen, ErrorScreen):
            self.push_screen(ErrorScreen(failure.title, failure.text), self._after_error)

    def _after_error(self, choice: Choice | None) -> None:
        if choice == "retry":
            self.start_opening()

    @property
    def failed_to_open(self) -> bool:
        return self.assistant is None and self._open_failure is not None

    def _ready_text(self) -> str:
        assistant = self.assistant
        assert assistant is not None
        passages = assistant.passage_count
        languages = " ".join(assistant.languages)
        return f"Ready · {len(assistant.documents)} documents · {passages} passages · {languages}"

    # Asking: one question at a time, in order; early questions wait for the model.

    @on(Input.Submitted)
    def submit_question(self, event: Input.Submitted) -> None:
        question = " ".join(event.value.split())
        if not question:
            if self.failed_to_open:
                self._show_open_failure()
            else:
                self.notify(f'Type a question first, e.g. "{EXAMPLE}"', markup=False)
            return
        self.query_one(QuestionInput).clear()
        self.ask_question(question)

    def ask_question(self, question: str) -> None:
        """Queue `question` as if typed: it is remembered, shown and answered in turn."""
        box = self.query_one(QuestionInput)
        box.remember(question)
        box.focus()
        request = self.conversation.submit(question)
        self._bubbles[request.id] = self.transcript.add_question(question, self._waiting_state())
        self._show_open_failure()
        self._ask_next()

    @on(OptionList.OptionSelected, "StarterList")
    def ask_starter(self, event: OptionList.OptionSelected) -> None:
        starters = event.option_list
        assert isinstance(starters, StarterList)
        self.ask_question(starters.questions[event.option_index])

    def _waiting_state(self) -> str:
        if self.failed_to_open:
            return "waiting: nordask could not start"
        return "waiting for the index and model…" if self.assistant is None else "queued…"

    def _ask_next(self) -> None:
        if self.assistant is None:
            return
        request = self.conversation.next_request()
        if request is None:
            return
        self._bubbles[request.id].show_state("searching…")
        self.status.show_state("Searching…", busy=True)
        self.ask(self.assistant, request)

    @work(thread=True, group="ask", exit_on_error=False)
    def ask(self, assistant: Assistant, request: Request) -> None:
        try:
            answer = assistant.ask(
                request.question,
                lang=request.filters.lang,
                doc=request.filters.doc,
                interpreted=request.interpreted,
                explain=True,  # a few ms; `x` then shows this very run (ExplainScreen)
            )
        except NordaskError as exc:
            self.post_message(AskFailed(request, str(exc)))
        except Exception as exc:
            self.post_message(AskFailed(request, unexpected.report_bug(exc)))
        else:
            self.post_message(Answered(request, safe_answer(answer)))

    @on(Answered)
    def show_answer(self, event: Answered) -> None:
        """Show the answer from its question down; its citations take the keys (1-9, v, e...)
        unless the user is typing the next question."""
        self.conversation.finish(event.answer)
        bubble = self._bubbles.pop(event.request.id)
        bubble.show_state("")
        message = self.transcript.add_answer(event.answer)
        self.transcript.show_from(bubble)
        self.status.show_state(self._ready_text())
        box = self.query_one(QuestionInput)
        take_keys = box.has_focus and not box.value and not self.conversation.waiting
        if event.answer.citations:
            self._select(event.answer.citations[0], reveal=False)
            self.call_after_refresh(message.highlight_first, focus=take_keys)
        self._ask_next()

    @on(AskFailed)
    def show_ask_failure(self, event: AskFailed) -> None:
        self.conversation.finish(None)
        self._bubbles.pop(event.request.id).show_state("not answered")
        self.transcript.add_failure(event.text)
        self.notify(event.text, severity="error", markup=False)
        self.status.show_state(self._ready_text())
        self._ask_next()

    # Citations and sources.

    @on(OptionList.OptionHighlighted, "CitationList")
    def citation_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        citations = event.option_list
        assert isinstance(citations, CitationList)
        citation = citations.citations[event.option_index]
        # Moving to another citation opens the panel; the first one, shown as the answer
        # arrived, does not (the answer stays in view).
        self._select(citation, reveal=citations.has_focus and citation is not self.selected)

    @on(OptionList.OptionSelected, "CitationList")
    def citation_selected(self, event: OptionList.OptionSelected) -> None:
        citations = event.option_list
        assert isinstance(citations, CitationList)
        self._select(citations.citations[event.option_index], reveal=True)

    @property
    def selected(self) -> Citation | None:
        """The citation shown in the source panel (the one o, v and y act on)."""
        return self.source.citation

    def _select(self, citation: Citation, *, reveal: bool) -> None:
        self.source.show(citation)
        if reveal:
            self.source.add_class("-open")

    def action_select_citation(self, n: int) -> None:
        citations = self.transcript.latest_citations
        if citations is None:
            self.notify("There are no citations yet: ask a question first.")
        elif not citations.choose(n):
            self.notify(f"The last answer has {len(citations.citations)} citations.")
        else:
            self._select(citations.citations[n - 1], reveal=True)

    def action_open_source(self) -> None:
        self.source.open_source(self.corpus_dir)

    def action_view_document(self) -> None:
        self.source.view_document(self.corpus_dir)

    def action_copy_citation(self) -> None:
        self.source.copy_citation()

    # Filters, export, help, theme, focus.

    def _ready_assistant(self) -> Assistant | None:
        if self.assistant is None:
            self.notify("The index is still opening; filters can be set when it is ready.")
        return self.assistant

    def action_pick_language(self) -> None:
        assistant = self._ready_assistant()
        if assistant is not None:
            picker = FilterPicker.languages(assistant.languages, self.conversation.filters.lang)
            self.push_screen(picker, partial(self._set_filter, "lang"))

    def action_pick_document(self) -> None:
        assistant = self._ready_assistant()
        if assistant is not None:
            picker = FilterPicker.documents(
                {doc: assistant.titles[doc] for doc in assistant.documents},
                self.conversation.filters.doc,
            )
            self.push_screen(picker, partial(self._set_filter, "doc"))

    def _set_filter(self, name: str, pick: Pick | None) -> None:
        if pick is not None:
            self._set_filters(**{name: pick.value})

    def _set_filters(self, **changes: str | None) -> None:
        filters = replace(self.conversation.filters, **changes)
        self.conversation.filters = filters
        self.status.show_filters(filters.status_text())

    def action_export(self) -> None:
        if not self.conversation.turns:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        try:
            path = export(self.conversation.turns)
        except OSError as exc:
            self.notify(f"The export could not be written: {exc}", severity="error", markup=False)
            return
        # The file name on a line of its own, so a narrow toast never breaks it.
        self.notify(
            f"Conversation exported as\n{path.name}\nin {path.parent}{os.sep}",
            title="Exported",
            markup=False,
        )

    def _overview(self, *, tell: bool = True) -> Overview | None:
        """The overview stored with the index; None (said when `tell`) if not there yet."""
        assistant = self.assistant
        if assistant is None:
            if tell:
                self.notify("The index is still opening; browse it when it is ready.")
            return None
        try:
            return assistant.overview()
        except NordaskError as exc:
            if tell:
                self.notify(str(exc), severity="warning", markup=False)
            return None

    def action_browse(self) -> None:
        overview = self._overview()
        if overview is not None and not isinstance(self.screen, BrowseScreen):
            self.push_screen(BrowseScreen(overview, self.corpus_dir), self._ask_from_browse)

    def _ask_from_browse(self, question: str | None) -> None:
        if question:
            self.ask_question(question)

    def action_explain(self) -> None:
        answer = self.conversation.last
        if answer is None or answer.explain is None:
            self.notify("Ask a question first: x then says why its answer is what it is.")
        else:
            self.push_screen(ExplainScreen(answer))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_back_to_question(self) -> None:
        self.source.remove_class("-open")
        self.query_one(QuestionInput).focus()

    def action_scroll_transcript(self, direction: int) -> None:
        if direction < 0:
            self.transcript.scroll_page_up()
        else:
            self.transcript.scroll_page_down()


def create_app(
    corpus_dir: Path | str | None = None,
    index_dir: Path | str | None = None,
    settings: Settings | None = None,
    assistant_factory: AssistantFactory | None = None,
) -> NordaskApp:
    """The app on a corpus and index (defaults as for the other commands)."""
    return NordaskApp(
        corpus_dir=Path(corpus_dir) if corpus_dir else default_corpus_dir(),
        index_dir=index_location(index_dir),
        settings=settings or Settings.from_env(),
        assistant_factory=assistant_factory or open_assistant,
    )


def run_app(
    corpus_dir: Path | str | None = None,
    index_dir: Path | str | None = None,
    settings: Settings | None = None,
) -> int:
    """Run the chat app in the terminal; the exit code for `nordask chat`.

    As for the other commands, 2 means a problem the user can fix: here, an
    index or model that could not be opened before the user quit.
    """
    app = create_app(corpus_dir, index_dir, settings)
    app.run()
    return app.return_code or (2 if app.failed_to_open else 0)

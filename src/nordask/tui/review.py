"""`nordask eval SET --review`: step through an eval set's answers and judge each one.

The evaluator sees the question, today's answer with its citations (the source
panel shows the chosen passage) and the set's gold: the passages that should be
cited, the terms the answer should hold, whether it is answerable at all. They
mark it correct, partly or wrong (c / p / w), with an optional note (n). Each
verdict is appended at once to the judgements file beside the set
(`JudgementStore`), so a review can stop anywhere: the next run starts at the
first question that is unjudged, or whose answer changed since it was judged
(stale, shown in the warning colour for re-judging).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Footer, OptionList, Static

from nordask.errors import NordaskError
from nordask.evaluation.judgements import Judgement, JudgementStore, judgements_path
from nordask.evaluation.runner import Judged
from nordask.tui import unexpected
from nordask.tui.app import WIDE
from nordask.tui.keys import DIGITS
from nordask.tui.screens.error import Choice, ErrorScreen
from nordask.tui.screens.note import NoteScreen
from nordask.tui.widgets.citation_list import CitationList
from nordask.tui.widgets.review_item import ReviewItem
from nordask.tui.widgets.source_panel import SourcePanel

#: Runs the set (opening, maybe building, the index first): takes a progress callback
#: (questions done, total) and a notice callback, returns every judged answer.
JudgedSource = Callable[[Callable[[int, int], None], Callable[[str], None]], list[Judged]]


@dataclass
class Answering(Message):
    done: int
    total: int


@dataclass
class Said(Message):
    text: str


@dataclass
class AllAnswered(Message):
    judged: list[Judged]


@dataclass
class RunFailed(Message):
    title: str
    text: str


class ReviewApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "nordask review"
    ENABLE_COMMAND_PALETTE = False
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]
    DEFAULT_CSS = """
    ReviewApp .review-state {
        height: 1;
        padding: 0 1;
        background: $boost;
    }
    ReviewApp .review-item {
        width: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "mark('correct')", "Correct"),
        Binding("p", "mark('partly')", "Partly"),
        Binding("w", "mark('wrong')", "Wrong"),
        Binding("n", "note", "Note"),
        Binding("right,j", "step(1)", "Next"),
        Binding("left,k", "step(-1)", "Previous"),
        Binding("u", "first_open", "Unjudged"),
        Binding("escape", "close_source", "Back", show=False),
        Binding("q,ctrl+q", "quit", "Quit"),
        *(Binding(n, f"select_citation({n})", f"Citation {n}", show=False) for n in DIGITS),
    ]

    def __init__(self, evalset: Path, source: JudgedSource) -> None:
        super().__init__()
        self.evalset = evalset
        self.source = source
        self.store = JudgementStore.load(judgements_path(evalset))
        self.judged: list[Judged] = []
        self.at = 0
        #: The note for the current question's next verdict (its last note by default).
        self.note = ""
        self.failed = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield VerticalScroll(classes="review-item")
            yield SourcePanel()
        yield Static(Content("Answering the questions…"), classes="review-state")
        yield Footer()

    def on_mount(self) -> None:
        for problem in self.store.problems:
            self.notify(problem, severity="warning", markup=False, timeout=10)
        self.answer_all()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def answer_all(self) -> None:
        try:
            judged = self.source(
                lambda done, total: self.post_message(Answering(done, total)),
                lambda text: self.post_message(Said(text)),
            )
        except NordaskError as exc:
            self.post_message(RunFailed("The eval set could not be answered", str(exc)))
        except Exception as exc:
            self.post_message(RunFailed("Unexpected error", unexpected.describe(exc)))
        else:
            self.post_message(AllAnswered(judged))

    @on(Answering)
    def show_answering(self, event: Answering) -> None:
        self._state(f"Answering the questions… {event.done}/{event.total}")

    @on(Said)
    def show_said(self, event: Said) -> None:
        self.notify(event.text, markup=False, timeout=8)

    @on(RunFailed)
    def show_failure(self, event: RunFailed) -> None:
        self.failed = True
        self._state("Not ready: the eval set could not be answered")
        self.push_screen(ErrorScreen(event.title, event.text), self._after_error)

    def _after_error(self, choice: Choice | None) -> None:
        if choice == "retry":
            self.failed = False
            self.answer_all()
        else:
            self.exit(return_code=2)

    @on(AllAnswered)
    def start(self, event: AllAnswered) -> None:
        self.judged = event.judged
        first = self._first_open(0)
        if first is None:
            self.notify("Every answer is judged, and none changed since.", markup=False)
        self.show(first or 0)

    # Which question, and how it stands.

    def status(self, judged: Judged) -> tuple[Judgement | None, bool]:
        """The question's latest judgement, and whether the answer changed since."""
        qid = judged.question.id
        return self.store.latest(qid), self.store.stale(qid, judged.answer)

    def _open(self, judged: Judged) -> bool:
        latest, stale = self.status(judged)
        return latest is None or stale

    def _first_open(self, start: int) -> int | None:
        """The first unjudged or stale question from `start` on, wrapping round."""
        count = len(self.judged)
        return next(
            (i % count for i in range(start, start + count) if self._open(self.judged[i % count])),
            None,
        )

    @property
    def current(self) -> Judged | None:
        return self.judged[self.at] if self.judged else None

    def show(self, at: int) -> None:
        self.at = at
        judged = self.judged[at]
        latest, stale = self.status(judged)
        self.note = latest.note if latest else ""
        pane = self.query_one(".review-item", VerticalScroll)
        pane.remove_children()
        item = ReviewItem(judged, at + 1, len(self.judged), latest, stale, self.note)
        pane.mount(item)
        pane.scroll_home(animate=False)
        if item.answer.citations:
            self.query_one(SourcePanel).show(item.answer.citations[0])
        self._state(self._tally())

    def _tally(self) -> str:
        counts = self.store.summary({j.question.id: j.answer for j in self.judged})
        return (
            f"{self.evalset.name} · question {self.at + 1} of {len(self.judged)} · judged "
            f"{counts['judged']} · stale {counts['stale']} · unjudged {counts['unjudged']}"
        )

    def _state(self, text: str) -> None:
        self.query_one(".review-state", Static).update(Content(text))

    # The evaluator's keys.

    def _record(self, verdict: str) -> bool:
        """Append the verdict (with the note) for the current question's answer."""
        judged = self.current
        if judged is None:
            return False
        try:
            self.store.record(judged.question.id, verdict, self.note, judged.answer)
        except NordaskError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return False
        return True

    def action_mark(self, verdict: str) -> None:
        if not self._record(verdict):
            return
        if self.at + 1 < len(self.judged):
            self.show(self.at + 1)
        else:
            self.show(self.at)
            self.notify("That was the last question; u goes to any still open.", markup=False)

    def action_note(self) -> None:
        if self.current is not None:
            self.push_screen(NoteScreen(self.note), self._set_note)

    def _set_note(self, note: str | None) -> None:
        judged = self.current
        if note is None or judged is None:
            return
        self.note = note.strip()
        latest, stale = self.status(judged)
        # Already judged as it is: the verdict stays, with the new note (appended).
        if latest is not None and not stale and self._record(latest.verdict):
            self.notify("Note saved with the verdict.", markup=False)
        self.query_one(ReviewItem).show_status(*self.status(judged), self.note)

    def action_step(self, step: int) -> None:
        if self.judged:
            self.show(max(0, min(len(self.judged) - 1, self.at + step)))

    def action_first_open(self) -> None:
        if not self.judged:
            return
        found = self._first_open(self.at + 1)
        if found is None:
            self.notify("Every answer is judged, and none changed since.", markup=False)
        else:
            self.show(found)

    def action_select_citation(self, n: int) -> None:
        citations = self.query(CitationList)
        if citations and citations.first().choose(n):
            self.query_one(SourcePanel).add_class("-open")

    def action_close_source(self) -> None:
        self.query_one(SourcePanel).remove_class("-open")

    @on(OptionList.OptionHighlighted, "CitationList")
    def citation_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        citations = event.option_list
        assert isinstance(citations, CitationList)
        self.query_one(SourcePanel).show(citations.citations[event.option_index])


def run_review(evalset: Path, source: JudgedSource) -> int:
    """Run the review in the terminal; the exit code for `nordask eval --review`."""
    app = ReviewApp(evalset, source)
    app.run()
    return app.return_code or 0

"""The conversation: questions and answers, newest at the bottom."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from nordask.records import Answer
from nordask.tui.widgets.answer_message import AnswerMessage
from nordask.tui.widgets.citation_list import CitationList
from nordask.tui.widgets.question_bubble import QuestionBubble
from nordask.tui.widgets.starter_list import StarterList

WELCOME = (
    "Ask about Nordic regional policy in English, Swedish, Danish or Norwegian; "
    "answers quote the corpus and cite their passages [n].\n"
    "Ctrl+B browses the corpus · after an answer: 1-9 picks a citation · v reads it · "
    "x says why · e exports · Esc back · F1 every key."
)
STARTERS = "Not sure where to start? Tab, then Enter asks one of these:"


class Transcript(VerticalScroll, can_focus=False):
    DEFAULT_CSS = """
    Transcript {
        width: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    Transcript .welcome {
        color: $text-muted;
    }
    Transcript .failure {
        color: $text-error;
        margin-left: 2;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        #: The question of the answer being read; kept at the top as the answer lays out.
        self._shown_from: QuestionBubble | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(WELCOME), classes="welcome")

    def on_mount(self) -> None:
        self.anchor()

    def show_starters(self, questions: list[str]) -> None:
        """The overview's starter questions under the welcome, each asked with Enter."""
        if questions and not self.query(StarterList):
            self.mount(Static(Content(STARTERS), classes="welcome"), StarterList(questions))

    def add_question(self, question: str, state: str) -> QuestionBubble:
        bubble = QuestionBubble(question, state)
        self.mount(bubble)
        self._shown_from = None
        self.anchor()  # follow the new question (and its state) at the bottom
        return bubble

    def show_from(self, bubble: QuestionBubble) -> None:
        """Keep the question in view, so a long answer shows its start, not its end."""
        self._shown_from = bubble
        self._show_question()

    def watch_virtual_size(self) -> None:
        """The answer's height is known only once it is laid out (the content grows)."""
        self._show_question()

    def _show_question(self) -> None:
        """While everything fits, the transcript stays anchored at the bottom; once the
        answer overflows, its question goes to the top."""
        bubble = self._shown_from
        if bubble is None or self.max_scroll_y <= 0:
            return
        self.anchor(False)
        self.scroll_to_widget(bubble, top=True, animate=False)

    def add_answer(self, answer: Answer) -> AnswerMessage:
        """Show an answer; only the newest citation list takes keyboard focus (the
        starters stay for a click)."""
        for older in self.query("CitationList, StarterList"):
            older.can_focus = False
        message = AnswerMessage(answer)
        self.mount(message)
        return message

    def add_failure(self, text: str) -> None:
        self.mount(Static(Content(text), classes="failure"))

    @property
    def latest_citations(self) -> CitationList | None:
        lists = self.query(CitationList)
        return lists.last() if lists else None

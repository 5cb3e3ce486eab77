"""One answer in the transcript: what was searched, the answer, its citations."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from nordask.records import Answer
from nordask.tui.widgets.citation_list import CitationList

MARKER = r"\[\d+\]"


def answer_text(answer: Answer) -> Content:
    """The answer with its [n] markers picked out."""
    return Content(answer.answer).highlight_regex(MARKER, style="bold $accent")


def sources_title(answer: Answer) -> str:
    if not answer.citations:
        return "No passages"
    title = "Sources" if answer.answered else "Closest passages (weak matches)"
    if answer.filters:
        title += " · filtered by " + ", ".join(f"{k} {v}" for k, v in answer.filters.items())
    return title


class AnswerMessage(Vertical):
    DEFAULT_CSS = """
    AnswerMessage {
        height: auto;
        margin-left: 2;
    }
    AnswerMessage .interpreted {
        color: $text-muted;
    }
    AnswerMessage.-weak .answer-text {
        color: $text-warning;
    }
    AnswerMessage .sources-title {
        color: $text-muted;
        text-style: bold;
    }
    """

    def __init__(self, answer: Answer) -> None:
        super().__init__(classes="-answered" if answer.answered else "-weak")
        self.answer = answer

    def compose(self) -> ComposeResult:
        if self.answer.interpreted:
            yield Static(
                Content.assemble(("Taken to mean: ", "italic"), self.answer.interpreted),
                classes="interpreted",
            )
        yield Static(answer_text(self.answer), classes="answer-text")
        yield Static(Content(sources_title(self.answer)), classes="sources-title")
        if self.answer.citations:
            yield CitationList(self.answer.citations)

    @property
    def citations(self) -> CitationList | None:
        lists = self.query(CitationList)
        return lists.first() if lists else None

    def highlight_first(self, *, focus: bool) -> None:
        """Highlight the citation shown in the panel; focus the list to give it the keys."""
        citations = self.citations
        if citations is None:
            return
        if citations.highlighted is None:
            citations.highlighted = 0
        if focus:
            citations.focus(scroll_visible=False)  # the answer stays shown from its question

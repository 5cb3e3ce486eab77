"""x: why this answer — the `--explain` view of the last answer, as the CLI prints it.

The chat asks every question with `explain=True` (recording the ranking costs a few
milliseconds), so this shows the very run whose answer is on screen, its timings
included, without asking again.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from nordask.explain import format_explain
from nordask.records import Answer


class ExplainScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    ExplainScreen .explain-question {
        color: $text-muted;
        margin-bottom: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,x", "dismiss", "Close", show=False),
    ]

    def __init__(self, answer: Answer) -> None:
        super().__init__()
        self.answer = answer
        self.text = format_explain(answer)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog explain"):
            yield Static(Content("Why this answer"), classes="dialog-title")
            yield Static(Content(f"› {self.answer.question}"), classes="explain-question")
            with VerticalScroll():
                # The first line repeats the title above.
                body = self.text.split("\n", 1)[1] if "\n" in self.text else self.text
                yield Static(Content(body), classes="explain-text")
            yield Static(Content("Esc or x closes · ↑↓ PgUp PgDn scroll"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

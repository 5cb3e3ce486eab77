"""An error the user can act on: what went wrong and what to do. No traceback."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

Choice = Literal["retry", "close"]


class ErrorScreen(ModalScreen[Choice]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "dismiss('retry')", "Retry"),
        Binding("escape,q", "dismiss('close')", "Close"),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error"):
            yield Static(Content(self.title_text), classes="dialog-title")
            with VerticalScroll():
                yield Static(Content(self.text), classes="error-text")
            yield Static(Content("r retry · Esc close · Ctrl+Q quit"), classes="dialog-hint")

"""F1 / ?: every key of the app, from the table in `nordask.tui.keys`."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from nordask.tui.keys import SECTIONS, KeyHelp, labels

KEY_COLUMN = 17


def key_table(rows: tuple[KeyHelp, ...]) -> Table:
    """Keys on the left, what they do on the right, wrapped under itself."""
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold", width=KEY_COLUMN, no_wrap=True)
    table.add_column(ratio=1)
    for row in rows:
        table.add_row(labels(row.keys), row.what)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog help"):
            yield Static(Content("nordask keys"), classes="dialog-title")
            with VerticalScroll():
                for title, rows in SECTIONS:
                    yield Static(Content(title), classes="help-section")
                    yield Static(key_table(rows), classes="help-keys")
            yield Static(Content("Esc closes · ↑↓ PgUp PgDn scroll"), classes="dialog-hint")

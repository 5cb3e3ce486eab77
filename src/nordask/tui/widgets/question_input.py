"""The question box: Enter asks, up and down recall earlier questions."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Input

from nordask.history import History

PLACEHOLDER = "Ask in English, svenska, dansk or norsk · ↑↓ earlier questions · F1 help"


class QuestionInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Earlier question", show=False),
        Binding("down", "history(1)", "Later question", show=False),
    ]

    def __init__(self, history: History, *, id: str | None = None) -> None:
        # Not selected on focus: a letter typed in the citation list moves here and goes on.
        super().__init__(placeholder=PLACEHOLDER, id=id, select_on_focus=False)
        self.history = history
        #: Position in `history.entries` while browsing; len(entries) means the draft.
        self._position = len(history.entries)
        self._draft = ""

    def remember(self, question: str) -> None:
        """Add a question to the history (kept between runs) and stop browsing."""
        try:
            self.history.add(question)
        except OSError as exc:
            self.notify(f"The question history could not be saved ({exc}).", severity="warning")
        self._position = len(self.history.entries)
        self._draft = ""

    def action_history(self, step: int) -> None:
        entries = self.history.entries
        if self._position == len(entries):
            self._draft = self.value
        position = max(0, min(len(entries), self._position + step))
        if position == self._position:
            return
        self._position = position
        self.value = entries[position] if position < len(entries) else self._draft
        self.cursor_position = len(self.value)


class TypesIntoQuestion:
    """Mixed into the lists in the conversation (starters, citations): a character that
    is no key of the app (or none of `APP_KEYS`) starts the next question in the box."""

    #: The app's keys that act while the list has the focus; None: all of them.
    APP_KEYS: ClassVar[frozenset[str] | None] = None

    def on_key(self: Widget, event: events.Key) -> None:  # type: ignore[misc]
        boxes = self.screen.query(QuestionInput)
        keys = self.APP_KEYS  # type: ignore[attr-defined]
        app_key = event.key in self.screen.active_bindings and (keys is None or event.key in keys)
        if not event.is_printable or app_key or not boxes:
            return
        box = boxes.first()
        box.focus()
        box.insert_text_at_cursor(event.character or "")
        event.stop()

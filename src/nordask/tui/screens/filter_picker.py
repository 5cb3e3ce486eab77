"""Pick a language or a document to filter the next questions by."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

LANGUAGE_NAMES = {"en": "English", "sv": "Swedish", "da": "Danish", "no": "Norwegian"}


@dataclass(frozen=True)
class Pick:
    """The chosen filter value; None means no filter."""

    value: str | None


class FilterPicker(ModalScreen[Pick | None]):
    """Dismissed with the `Pick`, or None when closed without choosing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Close", show=False),
    ]

    def __init__(
        self, title: str, choices: list[tuple[str, str | None]], current: str | None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.current = current

    @classmethod
    def languages(cls, languages: list[str], current: str | None) -> FilterPicker:
        choices: list[tuple[str, str | None]] = [("All languages", None)]
        choices += [(f"{LANGUAGE_NAMES.get(lang, lang)} ({lang})", lang) for lang in languages]
        return cls("Language filter: only passages in", choices, current)

    @classmethod
    def documents(cls, titles: dict[str, str], current: str | None) -> FilterPicker:
        """`titles`: each document's title, by file, in the index's order."""
        choices: list[tuple[str, str | None]] = [("All documents", None)]
        choices += [(f"{title} ({doc})", doc) for doc, title in titles.items()]
        return cls("Document filter: only passages from", choices, current)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog picker"):
            yield Static(Content(self.title_text), classes="dialog-title")
            yield OptionList(*(Option(Content(label)) for label, _ in self.choices))
            yield Static(Content("↑↓ move · Enter choose · Esc cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        values = [value for _, value in self.choices]
        options = self.query_one(OptionList)
        options.highlighted = values.index(self.current) if self.current in values else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def choose(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Pick(self.choices[event.option_index][1]))

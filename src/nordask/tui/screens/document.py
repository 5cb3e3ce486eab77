"""The whole source document inside the app, scrolled to the cited passage.

Used when there is no system viewer (a server, an SSH session) and on `v`.
The text is the cleaned text the index was built from, so the passage is
found exactly; the supporting sentence is selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Selection

from nordask.loaders import CorpusFile, LoadError, load
from nordask.records import Citation, Document


@dataclass
class DocumentLoaded(Message):
    document: Document


@dataclass
class DocumentFailed(Message):
    text: str


def evidence_offsets(document: Document, citation: Citation) -> tuple[int, int] | None:
    """Where the supporting sentence is in the document (its page start as a fallback)."""
    at = document.text.find(citation.text)
    if at >= 0:
        start, end = citation.evidence_span
        return at + start, at + end
    at = document.text.find(citation.evidence)
    if at >= 0:
        return at, at + len(citation.evidence)
    if citation.page and document.page_starts:
        start = document.page_starts[min(citation.page, len(document.page_starts)) - 1]
        return start, start
    return None


def heading(citation: Citation, document: Document | None = None) -> Content:
    pages = f" of {len(document.page_starts)}" if document and document.page_starts else ""
    page = f" · page {citation.page}{pages}" if citation.page else ""
    return Content.assemble((citation.title, "bold"), f" · {citation.doc}{page}")


class DocumentScreen(ModalScreen[None]):
    """Full-screen, and modal so that the chat's keys stay with the chat."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Close"),
    ]

    def __init__(self, path: Path, citation: Citation) -> None:
        super().__init__()
        self.path = path
        self.citation = citation

    def compose(self) -> ComposeResult:
        yield Static(heading(self.citation), classes="document-title")
        yield TextArea(read_only=True, soft_wrap=True, classes="document-text")
        yield Static(Content("Loading the document…  ·  Esc or q closes"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.load_document()

    @work(thread=True, exit_on_error=False)
    def load_document(self) -> None:
        try:
            document = load(CorpusFile(self.path, self.citation.doc, ""))
        except LoadError as exc:
            self.post_message(DocumentFailed(f"'{self.citation.doc}' cannot be shown: {exc}."))
        except Exception as exc:  # a file deleted or damaged since indexing
            self.post_message(DocumentFailed(f"'{self.citation.doc}' cannot be read ({exc})."))
        else:
            self.post_message(DocumentLoaded(document))

    @on(DocumentLoaded)
    def show_document(self, event: DocumentLoaded) -> None:
        document = event.document
        self.query_one(".document-title", Static).update(heading(self.citation, document))
        area = self.query_one(TextArea)
        area.load_text(document.text)
        offsets = evidence_offsets(document, self.citation)
        hint = "↑↓ PgUp PgDn scroll · Esc or q closes"
        if offsets is None:
            hint = "The passage is no longer in this file (it changed since indexing) · " + hint
        else:
            start, end = (area.document.get_location_from_index(i) for i in offsets)
            area.selection = Selection(start, end)
            self.call_after_refresh(area.scroll_cursor_visible, center=True, animate=False)
        self.query_one(".dialog-hint", Static).update(Content(hint))
        area.focus()

    @on(DocumentFailed)
    def show_failure(self, event: DocumentFailed) -> None:
        self.query_one(".dialog-hint", Static).update(Content(event.text + " · Esc closes"))
        self.notify(event.text, severity="error", markup=False)

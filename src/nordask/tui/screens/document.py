"""The whole source document inside the app, scrolled to a passage or a heading.

Used when there is no system viewer (a server, an SSH session), on `v`, and from
the browse screen (an outline heading, an actor's passage). The text is the
cleaned text the index was built from, so a passage is found exactly; the
supporting sentence (or the heading, the mention) is selected.
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
from textual.widget import Widget
from textual.widgets import Static, TextArea
from textual.widgets.text_area import Selection

from nordask.evaluation.runner import phrase_span
from nordask.loaders import CorpusFile, LoadError, load, source_path
from nordask.records import Citation, Document


@dataclass(frozen=True)
class Place:
    """Where to open a document: `text` found in it, `span` of that text selected."""

    doc: str
    title: str
    page: int | None
    text: str
    span: tuple[int, int]

    @classmethod
    def of_citation(cls, citation: Citation) -> Place:
        c = citation
        return cls(c.doc, c.title, c.page, c.text, c.evidence_span)

    @classmethod
    def of_text(cls, doc: str, title: str, page: int | None, text: str) -> Place:
        """A heading or a sentence, selected whole."""
        return cls(doc, title, page, text, (0, len(text)))

    @property
    def selected(self) -> str:
        return self.text[self.span[0] : self.span[1]]


@dataclass
class DocumentLoaded(Message):
    document: Document


@dataclass
class DocumentFailed(Message):
    text: str


def place_offsets(document: Document, place: Place) -> tuple[int, int] | None:
    """Where the part to select is in the document: the text found from its page on
    (a heading also stands in a table of contents), else anywhere, else with other
    spacing or case; the page start as a fallback."""
    page_start = 0
    if place.page and document.page_starts:
        page_start = document.page_starts[min(place.page, len(document.page_starts)) - 1]
    selected = place.selected
    for text, (start, end) in ((place.text, place.span), (selected, (0, len(selected)))):
        for origin in (page_start, 0):
            at = document.text.find(text, origin) if text else -1
            if at >= 0:
                return at + start, at + end
    for origin in (page_start, 0):
        span = phrase_span(document.text[origin:], selected)
        if span:
            return span[0] + origin, span[1] + origin
    return (page_start, page_start) if place.page and document.page_starts else None


def heading(place: Place, document: Document | None = None) -> Content:
    pages = f" of {len(document.page_starts)}" if document and document.page_starts else ""
    page = f" · page {place.page}{pages}" if place.page else ""
    return Content.assemble((place.title, "bold"), f" · {place.doc}{page}")


def corpus_file(widget: Widget, corpus_dir: Path, doc: str) -> Path | None:
    """The file of `doc` in the corpus folder, or None after telling the user it is gone."""
    path = source_path(corpus_dir, doc)
    if path.is_file():
        return path
    widget.notify(
        f"'{doc}' is no longer in the corpus folder '{corpus_dir}'. "
        "Restore it, or restart nordask to update the index.",
        severity="error",
        markup=False,
    )
    return None


class DocumentScreen(ModalScreen[None]):
    """Full-screen, and modal so that the chat's keys stay with the chat."""

    DEFAULT_CSS = """
    DocumentScreen {
        align: left top;
        background: $background;
    }
    DocumentScreen .document-title {
        padding: 0 1;
        background: $boost;
    }
    DocumentScreen .document-text {
        height: 1fr;
    }
    DocumentScreen .dialog-hint {
        margin: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Close"),
    ]

    def __init__(self, path: Path, place: Place) -> None:
        super().__init__()
        self.path = path
        self.place = place

    def compose(self) -> ComposeResult:
        yield Static(heading(self.place), classes="document-title")
        yield TextArea(read_only=True, soft_wrap=True, classes="document-text")
        yield Static(Content("Loading the document…  ·  Esc or q closes"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.load_document()

    @work(thread=True, exit_on_error=False)
    def load_document(self) -> None:
        try:
            document = load(CorpusFile(self.path, self.place.doc, ""))
        except LoadError as exc:
            self.post_message(DocumentFailed(f"'{self.place.doc}' cannot be shown: {exc}."))
        except Exception as exc:  # a file deleted or damaged since indexing
            self.post_message(DocumentFailed(f"'{self.place.doc}' cannot be read ({exc})."))
        else:
            self.post_message(DocumentLoaded(document))

    @on(DocumentLoaded)
    def show_document(self, event: DocumentLoaded) -> None:
        document = event.document
        self.query_one(".document-title", Static).update(heading(self.place, document))
        area = self.query_one(TextArea)
        area.load_text(document.text)
        offsets = place_offsets(document, self.place)
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

"""The passage behind a citation, with its supporting sentence highlighted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from nordask.records import Citation

EMPTY = "Pick a citation (Tab then ↑↓, a digit 1-9, or a click) to read its passage here."
EVIDENCE_STYLE = "bold $text-accent on $accent-muted"


def passage(citation: Citation) -> Content:
    start, end = citation.evidence_span
    return Content(citation.text).stylize(EVIDENCE_STYLE, start, end)


def meta(citation: Citation) -> Content:
    """`[2] page 4 · sv · score 0.83`, then the file on a line of its own."""
    page = f" page {citation.page} ·" if citation.page else ""
    weak = " · weak match" if citation.weak else ""
    return Content(
        f"[{citation.n}]{page} {citation.lang} · score {citation.score:.2f}{weak}\n{citation.doc}"
    )


class SourcePanel(VerticalScroll):
    DEFAULT_CSS = """
    SourcePanel {
        width: 45%;
        height: 1fr;
        padding: 0 1;
        border-left: vkey $primary 50%;
        scrollbar-size-vertical: 1;
    }
    SourcePanel:focus {
        border-left: vkey $accent;
    }
    SourcePanel .source-title {
        text-style: bold;
    }
    SourcePanel.-empty .source-title {
        color: $text-muted;
        text-style: none;
    }
    SourcePanel .source-meta {
        color: $text-muted;
    }
    SourcePanel .source-evidence {
        margin: 1 0;
        color: $text-accent;
        text-style: italic;
    }
    """

    """Shows one citation; scrolls with the keyboard when focused."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="-empty")
        self.citation: Citation | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(EMPTY), classes="source-title")
        yield Static(classes="source-meta")
        yield Static(classes="source-evidence")
        yield Static(classes="source-text")

    def show(self, citation: Citation) -> None:
        self.citation = citation
        self.remove_class("-empty")
        self.query_one(".source-title", Static).update(Content(citation.title))
        self.query_one(".source-meta", Static).update(meta(citation))
        self.query_one(".source-evidence", Static).update(Content(f"» {citation.evidence}"))
        self.query_one(".source-text", Static).update(passage(citation))
        self.scroll_home(animate=False)

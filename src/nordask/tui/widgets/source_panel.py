"""The passage behind a citation, with its supporting sentence highlighted; the
citation shown is the one the open, view and copy keys act on."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from nordask.export import citation_line
from nordask.records import Citation
from nordask.tui import opener
from nordask.tui.screens.document import DocumentScreen, Place, corpus_file

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

    def _chosen(self) -> Citation | None:
        """The citation shown, or None after telling the user how to pick one."""
        if self.citation is None:
            self.notify("Pick a citation first: Tab, then ↑↓ or a digit 1-9.", markup=False)
        return self.citation

    def _file(self, corpus_dir: Path) -> tuple[Citation, Path] | None:
        """The citation shown and its file, or None after telling the user why not."""
        citation = self._chosen()
        path = corpus_file(self, corpus_dir, citation.doc) if citation else None
        return (citation, path) if citation and path else None

    def open_source(self, corpus_dir: Path) -> None:
        """The file in the system's viewer at the page, or else in the document view."""
        found = self._file(corpus_dir)
        if found is None:
            return
        citation, path = found
        command = opener.viewer_command(path, citation.page)
        if command and opener.launch(command):
            page = f"; the passage is on page {citation.page}" if citation.page else ""
            self.notify(f"Opened '{citation.doc}' in the system viewer{page}.", markup=False)
        else:
            self.app.push_screen(DocumentScreen(path, Place.of_citation(citation)))

    def view_document(self, corpus_dir: Path) -> None:
        found = self._file(corpus_dir)
        if found is not None:
            self.app.push_screen(DocumentScreen(found[1], Place.of_citation(found[0])))

    def copy_citation(self) -> None:
        citation = self._chosen()
        if citation is None:
            return
        self.app.copy_to_clipboard(citation_line(citation))
        self.notify(
            f"Copied [{citation.n}] {citation.title} to the clipboard (if the terminal allows it).",
            markup=False,
        )

    def show(self, citation: Citation) -> None:
        self.citation = citation
        self.remove_class("-empty")
        self.query_one(".source-title", Static).update(Content(citation.title))
        self.query_one(".source-meta", Static).update(meta(citation))
        self.query_one(".source-evidence", Static).update(Content(f"» {citation.evidence}"))
        self.query_one(".source-text", Static).update(passage(citation))
        self.scroll_home(animate=False)

"""The cited passages under an answer: file or title, page, language, score."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from nordask.export import page_suffix
from nordask.records import Citation
from nordask.tui.widgets.question_input import TypesIntoQuestion


def option_label(citation: Citation) -> Content:
    """`[2] 0.83 · sv · p. 4 · file.pdf · Title`: narrow lists cut the names, not the facts."""
    parts: list[tuple[str, str] | str] = [
        (f"[{citation.n}] ", "bold $accent"),
        f"{citation.score:.2f} · {citation.lang}{page_suffix(citation.page, ' · ')}",
    ]
    if citation.weak:
        parts.append((" · weak", "italic $text-warning"))
    parts += [" · ", (citation.doc, "bold"), (f" · {citation.title}", "italic")]
    return Content.assemble(*parts)


class CitationList(TypesIntoQuestion, OptionList):
    DEFAULT_CSS = """
    CitationList {
        height: auto;
        max-height: 12;
        border: none;
        border-left: blank;
        padding: 0;
        background: transparent;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    CitationList:focus {
        border: none;
        border-left: outer $accent;
        background-tint: $foreground 0%;
    }
    """

    """One answer's citations; highlighting one shows it in the source panel."""

    def __init__(self, citations: list[Citation]) -> None:
        super().__init__(*(Option(option_label(c), id=str(c.n)) for c in citations))
        self.citations = citations

    def choose(self, n: int) -> bool:
        """Highlight citation `n`; False when there is no such citation."""
        if not 1 <= n <= len(self.citations):
            return False
        self.highlighted = n - 1
        return True

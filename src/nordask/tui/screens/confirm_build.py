"""Asked before building an index in a folder that does not exist yet.

A mistyped `--index` would otherwise start a long build in a new folder
without a word; here the user sees both folders and chooses.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

BuildChoice = Literal["build", "quit"]


class ConfirmBuild(ModalScreen[BuildChoice]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "dismiss('build')", "Build"),
        Binding("escape,q", "dismiss('quit')", "Quit"),
    ]

    def __init__(self, index_dir: Path, corpus_dir: Path) -> None:
        super().__init__()
        self.index_dir = index_dir
        self.corpus_dir = corpus_dir

    @property
    def text(self) -> str:
        return (
            f"There is no index folder\n  {self.index_dir.resolve()}\n"
            f"Build a new index there from the corpus in\n  {self.corpus_dir.resolve()}\n"
            "now? Embedding takes a minute or more for a few hundred passages. If this is "
            "not the index you meant, quit and start nordask with --index FOLDER."
        )

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Build a new index?"), classes="dialog-title")
            yield Static(Content(self.text), classes="confirm-text")
            yield Static(Content("b build · Esc or q quit"), classes="dialog-hint")

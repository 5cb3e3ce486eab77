"""The starter questions on the welcome screen: Enter (or a click) asks one.

They come from the overview stored with the index: questions made from the
who's who, the outline and the glossary, kept only if nordask answered them
with sources when the index was built.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from nordask.safe_text import one_line
from nordask.tui.widgets.question_input import TypesIntoQuestion


class StarterList(TypesIntoQuestion, OptionList):
    """Typing here types a question (the app's letter keys act on an answer, and there is
    none yet); ? still shows the keys."""

    APP_KEYS = frozenset({"question_mark"})
    DEFAULT_CSS = """
    StarterList {
        height: auto;
        max-height: 14;
        border: none;
        border-left: blank;
        padding: 0;
        margin-bottom: 1;
        background: transparent;
    }
    StarterList:focus {
        border: none;
        border-left: outer $accent;
        background-tint: $foreground 0%;
    }
    """

    def __init__(self, questions: list[str]) -> None:
        super().__init__(*(Option(Content(one_line(q))) for q in questions))
        self.questions = questions

"""A question as the user typed it, with its state while it waits."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class QuestionBubble(Static):
    DEFAULT_CSS = """
    QuestionBubble {
        margin-top: 1;
        text-style: bold;
    }
    """

    def __init__(self, question: str, state: str = "") -> None:
        super().__init__()
        self.question = question
        self.show_state(state)

    def show_state(self, state: str) -> None:
        """`state` is e.g. "searching…"; empty once the question is answered."""
        parts: list[tuple[str, str] | str] = [("› ", "bold $accent"), self.question]
        if state:
            parts.append((f"  ({state})", "dim italic"))
        self.update(Content.assemble(*parts))

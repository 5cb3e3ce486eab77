"""Every key of the chat app, in one table; the help screen is built from it.

Keys are Textual key names (`ctrl+l`, `question_mark`); `label` turns them
into what the user presses. A test checks that each binding is listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

DIGITS = tuple(str(n) for n in range(1, 10))


@dataclass(frozen=True)
class KeyHelp:
    keys: tuple[str, ...]
    what: str


SECTIONS: tuple[tuple[str, tuple[KeyHelp, ...]], ...] = (
    (
        "Asking",
        (
            KeyHelp(("enter",), "ask the question typed in the box at the bottom"),
            KeyHelp(("up", "down"), "in the question box: recall earlier questions"),
            KeyHelp(("tab", "shift+tab"), "move between question box, citations and source panel"),
            KeyHelp(("escape",), "back to the question box (closes the narrow source panel)"),
            KeyHelp(("pageup", "pagedown"), "scroll the conversation"),
        ),
    ),
    (
        "Citations (a new answer's citations have these keys; other letters type a question)",
        (
            KeyHelp(DIGITS, "show citation n of the last answer in the source panel"),
            KeyHelp(("up", "down"), "in the citation list: move between citations (or click)"),
            KeyHelp(("ctrl+o", "o"), "open the source file at its page (or read it here)"),
            KeyHelp(("v",), "read the whole document inside the app, at the passage"),
            KeyHelp(("ctrl+y", "y"), 'copy "title, page: passage" to the clipboard'),
            KeyHelp(
                ("ctrl+r", "x"), "why this answer: intent, scores and ranks, decision, timings"
            ),
        ),
    ),
    (
        "The corpus (Ctrl+B, or b outside the question box)",
        (
            KeyHelp(("ctrl+b", "b"), "browse: documents and outlines, who's who, glossary"),
            KeyHelp(("d", "w", "g"), "in browse: documents / who's who / glossary"),
            KeyHelp(("enter",), "in browse: open a heading or passage in the reader, or expand"),
            KeyHelp(("space",), "in browse: expand or collapse a document, heading or actor"),
            KeyHelp(("a",), 'in browse: ask about the actor or acronym ("What does … work on?")'),
            KeyHelp(("tab",), "on the welcome: to the starter questions; Enter asks one"),
        ),
    ),
    (
        "Filters (apply to the next questions)",
        (
            KeyHelp(("ctrl+l",), "choose a language: en, sv, da, no or all"),
            KeyHelp(("ctrl+f",), "choose a document (file) or all"),
        ),
    ),
    (
        "Conversation and app",
        (
            KeyHelp(("ctrl+s", "e"), "export the conversation with citations to Markdown"),
            KeyHelp(("f1", "question_mark"), "this help"),
            KeyHelp(("ctrl+t",), "switch between dark and light theme"),
            KeyHelp(("ctrl+q",), "quit"),
        ),
    ),
    (
        "In dialogs and the document view",
        (
            KeyHelp(("escape", "q"), "close"),
            KeyHelp(("enter",), "choose the highlighted filter"),
            KeyHelp(("r",), "retry opening after an error"),
            KeyHelp(("b",), "build a new index when asked (Esc or q quits instead)"),
        ),
    ),
)

_NAMES = {
    "question_mark": "?",
    "escape": "Esc",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "up": "↑",
    "down": "↓",
}


def label(key: str) -> str:
    """`ctrl+l` -> `Ctrl+L`, `question_mark` -> `?`; a plain letter stays as it is typed."""
    if key in _NAMES:
        return _NAMES[key]
    if len(key) == 1:
        return key
    return "+".join(part.capitalize() if len(part) > 1 else part.upper() for part in key.split("+"))


def labels(keys: tuple[str, ...]) -> str:
    if keys == DIGITS:
        return "1-9"
    return " / ".join(label(key) for key in keys)

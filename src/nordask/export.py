"""Write a conversation, with its citations, as Markdown."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from nordask.paths import data_dir
from nordask.records import Answer, Citation
from nordask.safe_text import safe_answer, strip_controls


def page_suffix(page: int | None, separator: str = ", ") -> str:
    """How a citation names its page after its file or title (", p. 4"); "" without one
    (text files have no pages)."""
    return f"{separator}p. {page}" if page else ""


def citation_line(c: Citation) -> str:
    """`title, page: passage` — the form used for the clipboard too."""
    return strip_controls(f"{c.title}{page_suffix(c.page)}: {c.text}")


def quoted(text: str, indent: str = "") -> list[str]:
    """`text` as a Markdown block quote: every line marked, so a blank line cannot end it."""
    return [f"{indent}> {line}".rstrip() for line in text.splitlines() or [""]]


def to_markdown(turns: Sequence[Answer]) -> str:
    lines = ["# nordask conversation", ""]
    for turn in map(safe_answer, turns):
        lines += [f"## {turn.question}", ""]
        if turn.interpreted and turn.interpreted != turn.question:
            lines += [f"_Searched for: {turn.interpreted}_", ""]
        lines += [turn.answer, ""]
        for c in turn.citations:
            weak = " (weak)" if c.weak else ""
            where = f"`{c.doc}`{page_suffix(c.page)}"
            lines.append(f"{c.n}. **{c.title}** — {where}, {c.lang}, score {c.score:.2f}{weak}")
            lines += quoted(c.evidence, indent="   ")
        lines.append("")
    return "\n".join(lines)


def export(turns: Sequence[Answer], path: Path | None = None) -> Path:
    path = path or data_dir() / "exports" / time.strftime("nordask-%Y%m%d-%H%M%S.md")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_markdown(turns), encoding="utf-8")
    return path

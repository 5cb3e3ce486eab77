"""Paragraphs and table rows of a PDF page read from where its lines stand.

pypdf gives a page's text one visual line per line. Some PDFs (those made by
word processors) also mark each paragraph with an empty line; others (made by
reportlab, LaTeX and report generators) mark none, so a heading, an owner's
label ("Helse Sør:"), a milestone list and a table come out as one run of
lines that reflow would merge into a single paragraph. For such a page the
positions pypdf reports for each line give the structure back:
- a **paragraph** ends where the next line stands lower than one line's
  spacing below it, or is set in another font size (a heading);
- a **table row** is the cells set side by side, each the lines wrapped in its
  column; its cells are written on one line, separated by " | ", as a
  Markdown table row.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from nordask.cleaning import reflow

#: Lines of one paragraph stand at most this many font sizes apart (single spacing
#: is 1.15-1.4 sizes; a paragraph's space after it or a table row's padding adds more).
PARAGRAPH_STEP = 1.5
#: A line this many font sizes below one that ends inside a sentence still goes on with
#: it when it starts in lower case (`_runs_on`).
RUN_ON_STEP = 2.0
#: How far, in font sizes, lines may stand apart and still be on one baseline or in one
#: column.
BASELINE = 0.25
#: A table cell holds at most this many lines.
CELL_LINES = 6
#: Font sizes closer than this (points) are one size.
SIZE_TOLERANCE = 0.6
#: Where table cells are separated on their row's line.
CELL_SEPARATOR = " | "
_SENTENCE_END = (".", ":", "!", "?", "…")
#: A word and the words it is joined with by hyphens or dashes ("Sverige–Norge").
_WORD = re.compile(r"[^\W\d_]+(?:[-–][^\W\d_]+)*")
#: A broken word's first part is matched as the start of a longer word from this length.
_MIN_STEM = 6


@dataclass(frozen=True)
class Line:
    """One visual line of a page: its text, where its first character stands, its size."""

    text: str
    x: float
    y: float
    size: float


class LineCollector:
    """A pypdf `visitor_text`: records each text run with its position and font size,
    to be split into the lines `extract_text` returns (`lines`)."""

    def __init__(self) -> None:
        self.runs: list[tuple[str, float, float, float]] = []

    def __call__(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text:
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        scale = abs(tm[3] * cm[3]) or 1.0  # a size of 1 scaled by the text matrix
        self.runs.append((text, x, y, float(size) * scale))

    def text(self) -> str:
        return "".join(run[0] for run in self.runs)

    def lines(self) -> list[Line]:
        """The page's lines, each placed where its first visible character was drawn and
        sized by the font most of its characters are set in."""
        found: list[Line] = []
        parts: list[str] = []
        place: tuple[float, float] | None = None
        sizes: Counter[float] = Counter()

        def close() -> None:
            text = "".join(parts)
            if text.strip() and place:
                found.append(Line(text, place[0], place[1], sizes.most_common(1)[0][0]))

        for text, x, y, size in self.runs:
            for k, piece in enumerate(text.split("\n")):
                if k:
                    close()
                    parts, place, sizes = [], None, Counter()
                parts.append(piece)
                if piece.strip():
                    place = place or (x, y)
                    sizes[round(size, 1)] += len(piece.strip())
        close()
        return found


def has_paragraph_marks(text: str) -> bool:
    """Whether a page's extracted text marks paragraphs with empty lines."""
    return "\n\n" in "\n".join(line.strip() for line in text.strip().split("\n"))


def vocabulary(text: str) -> frozenset[str]:
    """The words a document writes, in lower case: what a word broken in a narrow table
    cell is checked against (`_cell_lines`)."""
    return frozenset(word.casefold() for word in _WORD.findall(text))


def laid_out(lines: list[Line], words: frozenset[str] = frozenset()) -> str:
    """A page's text with an empty line after each paragraph and each table row on one
    line, its cells separated by `CELL_SEPARATOR`; a word a cell broke without a hyphen
    is mended where the document writes it whole (`words`, see `vocabulary`)."""
    blocks: list[list[list[Line]]] = []  # a block is a row of cells; a cell, its lines
    for line in lines:
        block = blocks[-1] if blocks else None
        if block and _beside(block, line):
            block.append([line])
        elif block and _below(block, line):
            block[-1].append(line)
        else:
            blocks.append([[line]])
    return "\n\n".join(_block_text(block, words) for block in blocks)


def _block_text(block: list[list[Line]], words: frozenset[str]) -> str:
    """A paragraph reflowed (a heading's wrapped lines joined, hyphenation repaired), or
    a table row's cells each reflowed and joined on one line."""
    if len(block) == 1:
        return reflow([line.text for line in block[0]])
    cells = [reflow(_cell_lines([line.text.strip() for line in cell], words)) for cell in block]
    return CELL_SEPARATOR.join(" ".join(cell.split()) for cell in cells)


def _cell_lines(lines: list[str], words: frozenset[str]) -> list[str]:
    """A cell's lines with the words its narrow column broke without a hyphen joined:
    "Interreg Sve" "rige–Norge" is "Interreg Sverige–Norge", "Vestby fyl" "keskommun"
    "e" is "Vestby fylkeskommune", where the document writes that word whole (or a
    word that begins with it, when the rest stands on the next line)."""
    out = lines[:1]
    for k, line in enumerate(lines[1:], 1):
        head, _, rest = line.partition(" ")
        tail = out[-1].rsplit(" ", 1)[-1]
        joined = (tail + head).casefold()
        goes_on = not rest and k + 1 < len(lines)
        known = joined in words or (
            goes_on and len(joined) >= _MIN_STEM and any(w.startswith(joined) for w in words)
        )
        if head[:1].islower() and tail[-1:].isalpha() and known:
            out[-1] += line
        else:
            out.append(line)
    return out


def _same_size(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) < SIZE_TOLERANCE


def _beside(block: list[list[Line]], line: Line) -> bool:
    """A new cell of the row: right of the last cell, and standing within the row, which
    cells aligned at their top, middle or bottom make as tall as its tallest cell: no
    lower than its lowest line, no higher than a cell of `CELL_LINES` lines above it.
    A paragraph longer than that is no cell (a page's next column is no row)."""
    lines = [each for cell in block for each in cell]
    if line.x <= block[-1][0].x + BASELINE * line.size or len(lines) > CELL_LINES * len(block):
        return False
    low, high = min(each.y for each in lines), max(each.y for each in lines)
    reach = CELL_LINES * PARAGRAPH_STEP * line.size
    return low - BASELINE * line.size <= line.y <= high + reach


def _below(block: list[list[Line]], line: Line) -> bool:
    """The next line of the block's last cell (or paragraph): the same size, one line
    spacing lower (in a row of cells, in the same column), or at the top of the next
    column when the line before ends inside a sentence."""
    cell = block[-1]
    prev = cell[-1]
    if not _same_size(prev, line):
        return False
    step = prev.y - line.y
    if 0 < step <= PARAGRAPH_STEP * line.size:
        return len(block) == 1 or abs(line.x - cell[0].x) <= BASELINE * line.size
    if 0 < step <= RUN_ON_STEP * line.size and len(block) == 1:
        return _runs_on(prev, line)
    next_column = step < 0 and line.x > prev.x and len(block) == 1
    return next_column and not prev.text.rstrip().endswith(_SENTENCE_END)


def _runs_on(prev: Line, line: Line) -> bool:
    """Whether a line set a little wider apart than a paragraph's lines (a small caption
    font on a body text's spacing) goes on with the sentence of the line above: that
    line ends on a word or comma, this one starts with a word in lower case below it (not
    a list item: "b) …" after "a) …;")."""
    inside = prev.text.rstrip()[-1:].isalpha() or prev.text.rstrip().endswith(",")
    opening = line.text.lstrip()[:2]
    word = opening.isalpha() and opening.islower()
    return inside and word and abs(line.x - prev.x) < line.size

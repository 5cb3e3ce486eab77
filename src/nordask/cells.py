"""The cell of a table that a question asks for, read by its row and its column.

A comparison table gives one figure per column on each row ("Budget | 3,2 MEUR |
2,6 MEUR" under "| Project A | Project B"), and a budget table one per year. A row
read alone answers "what is project B's budget" with both figures, the wrong one
first; the row's label says what the figures are, the column's header whose they are.
Rows stand in a passage as structure.py leaves them: one paragraph each, cells
between bars, a Markdown row's cells under their column's name ("Project A: 4,5
MNOK"), a PDF row's header the first row of its table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nordask.query import (
    CURRENCY,
    is_money_word,
    name_words,
    names_any,
    states_amount,
    topic_words,
)
from nordask.structure import bar_cells, caption_unit, paragraph_spans
from nordask.words import every_stopword

#: A cell that is a figure, no header: "4,0", "3,2 MEUR", "42" (a year heads a column).
_FIGURE_CELL = re.compile(rf"(?!(?:19|20)\d\d$)\d[\d\s.,]*(?:\s?(?:{CURRENCY}|%))?", re.I)
#: A year heading a column: "2027".
_YEAR = re.compile(r"(?:19|20)\d\d")
#: The unit a column's header gives its bare figures in: "Budget (DKK mio.)", "(MSEK)".
_HEADER_UNIT = re.compile(rf"\((?P<unit>[^()]*(?<!\w)(?:{CURRENCY})(?!\w)[^()]*)\)", re.I)


@dataclass(frozen=True)
class Row:
    """A table row: its label (first cell) and each further cell under its column's header."""

    label: str
    cells: tuple[tuple[str, str], ...]
    #: The currency the table's caption gives its bare figures in ("Alla belopp i MSEK.").
    unit: str | None = None
    #: The header of the labels' column ("Partner"), when the header row is in the passage.
    head: str = ""


@dataclass(frozen=True)
class Cell:
    """The cell a question asks for: its row's label, its column's header and its value,
    with the unit its header gives a bare figure ("5,4 DKK mio.")."""

    label: str
    column: str
    value: str

    def lead(self) -> str:
        """'2,6 MEUR — the “Budget” row, “Project B” column'."""
        return f"{self.value} — the “{self.label}” row, “{self.column}” column"


def row_at(text: str, offset: int) -> Row | None:
    """The table row whose paragraph holds `offset` of a passage's `text`, with its
    columns' headers: the names a Markdown row writes its cells under, else the header
    row above it in the passage. None for no row, or one whose headers are not there."""
    spans = list(paragraph_spans(text))
    k = next((k for k, (a, b) in enumerate(spans) if a <= offset < b), None)
    return None if k is None else _row(text, spans, k)


def _row(text: str, spans: list[tuple[int, int]], k: int) -> Row | None:
    """The table row of paragraph `k` of `text` (`spans`: its paragraphs), as `row_at`."""
    cells = bar_cells(text[slice(*spans[k])])
    if cells is None or len(cells) < 3:
        return None
    above = _header_above(text, spans, k, len(cells))
    header = _written_names(cells) or (above and above[1])
    if not header:
        return None
    values = [_without_name(name, cell) for name, cell in zip(header, cells, strict=True)]
    caption = text[slice(*spans[above[0] - 1])] if above and above[0] else ""
    unit = caption_unit(caption)
    head = above[1][0] if above else ""
    return Row(values[0], tuple(zip(header[1:], values[1:], strict=True)), unit, head)


def _header_above(
    text: str, spans: list[tuple[int, int]], k: int, width: int
) -> tuple[int, list[str]] | None:
    """The header of the bar row `k`, with its paragraph's place: the first row of the
    run of rows of its width right above it, or the nearest row one cell narrower (a
    header with an empty corner, over the rows' labels: "| | Project A | Project B |",
    repeated where a table goes on in the next column). None when the row opens its
    table, or the passage opens inside it (its first row then holds figures: no header)."""
    header = None
    for m in range(k - 1, -1, -1):
        cells = bar_cells(text[slice(*spans[m])])
        if cells is None:
            break
        if len(cells) == width - 1:
            return m, ["", *cells]
        if len(cells) != width:
            break
        header = m, cells
    if header is None or any(_FIGURE_CELL.fullmatch(cell) for cell in header[1][1:]):
        return None
    return header


def _written_names(cells: list[str]) -> list[str] | None:
    """The column names a Markdown row writes its cells under ("Land: SE"), when every
    cell after its label has one."""
    names = [cell.split(": ", 1)[0] for cell in cells[1:] if ": " in cell]
    return ["", *names] if len(names) == len(cells) - 1 else None


def _without_name(name: str, cell: str) -> str:
    return cell[len(name) + 2 :] if name and cell.startswith(f"{name}: ") else cell


def asked_cell(row: Row, question: str, years: tuple[str, ...] | list[str] = ()) -> Cell | None:
    """The cell of `row` a question asks for: under the one column a year of the question
    heads, else under the one column its names name most ("the budget of Project B"),
    else, when the row's label gives at least half its names, the row's one amount ("How
    much goes to Partner C?" on "| Partner C | SE | 5,4 |" under "Budget (DKK mio.)")."""
    column = _year_column(row, years)
    if column is None:
        column = _number_column(row, question)
    names = [n for n in name_words(question) if not re.fullmatch(CURRENCY, n, re.I)]
    if column is None:
        column = _named_column(row, names)
    named = names and 2 * _names_in(row.label, names) >= len(names)
    if column is None and named and _covers_topic(row, question):
        amounts = [i for i, (name, value) in enumerate(row.cells) if _amount(name, value, row.unit)]
        column = amounts[0] if len(amounts) == 1 else None
    if column is None:
        return None
    name, value = row.cells[column]
    return Cell(row.label, name, _amount(name, value, row.unit) or value)


#: A cell that is a labelled field: "Datum: 12 februari 2026", "Sted: Storlida".
_FIELD_CELL = re.compile(r"(?P<label>[^\W\d_][^:]{0,30}):\s+(?P<value>\S.*)")


def column_field(text: str, offset: int, question: str, fits: Callable[[str], bool]) -> Cell | None:
    """The field a question asks for of a table whose columns are records, one party
    each: a signature page gives each signer a column ("För Region A | For Kommune B")
    and one field per row under it ("Datum: 12 februari 2026 | Dato: 19. februar 2026").
    The row at `offset` of a passage's `text` qualifies when every cell is a labelled
    field; its cell under the one header that names the question's names answers, when
    its value `fits`. None otherwise: a row with a label column is `row_at`'s."""
    spans = list(paragraph_spans(text))
    k = next((k for k, (a, b) in enumerate(spans) if a <= offset < b), None)
    cells = bar_cells(text[slice(*spans[k])]) if k is not None else None
    if k is None or cells is None or len(cells) < 2:
        return None
    fields = [_FIELD_CELL.fullmatch(cell) for cell in cells]
    above = _header_above(text, spans, k, len(cells))
    if not all(fields) or above is None or any(_FIELD_CELL.fullmatch(c) for c in above[1]):
        return None
    names = [n for n in name_words(question) if not re.fullmatch(CURRENCY, n, re.I)]
    scores = [_names_in(head, names) for head in above[1]]
    best = max(scores, default=0)
    if not best or scores.count(best) > 1:
        return None
    found = fields[scores.index(best)]
    if found is None or not fits(found.group("value")):
        return None
    return Cell(found.group("label"), above[1][scores.index(best)], found.group("value"))


def _covers_topic(row: Row, question: str) -> bool:
    """Whether the row speaks of all the question asks about besides money: "How much of
    the budget goes to Partner C?" is Partner C's budget row, "What does a ship pay for
    shore power in Port C?" is not Port C's budget row, though the row names Port C."""
    text = " ".join([row.label, *(f"{name} {value}" for name, value in row.cells)])
    asked = [word for word in topic_words(question, every_stopword()) if not is_money_word(word)]
    return all(names_any(text, [word]) for word in asked)


def _year_column(row: Row, years: tuple[str, ...] | list[str]) -> int | None:
    found = [i for i, (name, _) in enumerate(row.cells) if _YEAR.fullmatch(name) and name in years]
    return found[0] if len(found) == 1 else None


#: A number standing alone, not a range's end nor part of a longer figure: "12" of
#: "more than 12 hours" and of "Over 12 timer", not of "6–12 timer".
_LONE_NUMBER = re.compile(r"(?<![\d.,–-])(?<![\d.,–-]\s)\d+(?![\d.,]?\d)(?!\s?[–-]\s?\d)")


def _number_column(row: Row, question: str) -> int | None:
    """The one column whose header holds a number of the question standing alone, no
    year ("more than 12 hours" is the column "Over 12 timer (NOK)", not "6–12 timer")."""
    asked = {n for n in _LONE_NUMBER.findall(question) if not _YEAR.fullmatch(n)}
    found = [i for i, (name, _) in enumerate(row.cells) if asked & set(_LONE_NUMBER.findall(name))]
    return found[0] if len(found) == 1 else None


def _names_in(text: str, names: list[str]) -> int:
    return sum(names_any(text, [name]) for name in names)


def _named_column(row: Row, names: list[str]) -> int | None:
    """The one column whose header names more of the question's names than any other."""
    scores = [_names_in(name, names) for name, _ in row.cells]
    best = max(scores, default=0)
    return scores.index(best) if best and scores.count(best) == 1 else None


def _amount(name: str, value: str, caption: str | None) -> str | None:
    """A cell as an amount: its own ("3,2 MEUR"), or its bare figure in the unit its
    header gives ("5,4" under "Budget (DKK mio.)" → "5,4 DKK mio."), else its table's
    caption ("Alla belopp i MSEK."); None for no amount."""
    if states_amount(value):
        return value
    header = _HEADER_UNIT.search(name)
    unit = header.group("unit") if header else caption
    if unit and re.fullmatch(r"\d[\d\s.,]*", value):
        return f"{value} {unit}"
    return None


#: A cell that gives a row's role in a project: "Partner", "Leadpartner", "Lead partner
#: (coordinator)", "Hovedpartner", "Associated partner".
_PARTNER_ROLE = re.compile(
    r"(?:lead|hoved|huvud|associ\w*|assosi\w*|samarbe\w*)?[\s-]?partner\w*\b"
    r"|(?:coordinator|koordinator)\b",
    re.IGNORECASE,
)
#: A role that leads the others: "Leadpartner", "Lead partner", "Hovedpartner", "Coordinator".
_LEAD_ROLE = re.compile(r"(?:lead|hoved|huvud)[\s-]?partner|coordinator|koordinator", re.I)
#: The header of a column of partners or members: "Partner", "Partnere", "Deltagare",
#: "Participant", "Member", "Medlem".
_MEMBERS_HEAD = re.compile(
    r"(?:project\s+)?(?:partner\w*|deltag\w*|deltak\w*|participants?|members?|medlem\w*)",
    re.IGNORECASE,
)


def partner_rows(text: str) -> list[tuple[str, str | None]]:
    """The partners a table of a passage lists, each with its role when it leads the
    others ("Region Nord", "Lead partner"): the labels of the rows whose role cell says
    partner or coordinator, or of every row under a "Partner" header that fills more
    than its figures (a total's row only adds them up)."""
    found: dict[str, str | None] = {}
    spans = list(paragraph_spans(text))
    for k in range(len(spans)):
        row = _row(text, spans, k)
        if row is None or not row.label or row.label in found:
            continue
        roles = [value for _, value in row.cells if _PARTNER_ROLE.match(value.strip())]
        words = [value for _, value in row.cells if value and not _FIGURE_CELL.fullmatch(value)]
        if roles or (_MEMBERS_HEAD.fullmatch(row.head.strip()) and words):
            lead = next((r for r in roles if _LEAD_ROLE.match(r.strip())), None)
            found[row.label] = lead
    return list(found.items())

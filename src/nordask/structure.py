"""Document structure read from layout and text: headings, section owners, table rows.

Plans and reports are organised in ways a flat list of passages loses:
- **headings**: all-caps lines ("GRÖNT NORDEN"), numbered goal headings
  ("MÅL 7: UDVIKLE KOMPETENCER ..."), activity codes opening a row ("K.6.a.
  Undersøke ...") and short title lines in text and Markdown files;
- **owners**: a block that an organisation opens ("Kvarkenrådet: ...",
  "Svinesundskommittén arbetar ...", or the name alone on a line) belongs to
  it until the next heading or the next such opener, even where its sentences
  do not repeat the name;
- **table rows**: budget and result tables come out of PDFs one cell per line;
  a run of figure cells is joined back into one row ("Budget 12,8 MDKK 4,8 MDKK
  ... 30 MDKK") and tied to its column headers and to its section.

Every rule is a pattern of shape (capitals, numbering, colons, currency
units), never a list of names, so it works on documents nordask has not seen.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from nordask.entities import find_actors
from nordask.furniture import is_byline, link_subject
from nordask.query import CODE, CURRENCY, GOAL_WORDS
from nordask.records import TableRow
from nordask.words import every_stopword

_UPPER = "A-ZÅÄÖÆØÜÉ"
#: The number of a section: "2", "2.1", "4.", "3.2.1".
_SECTION_NUMBER = r"[1-9]\d?(?:\.\d{1,2}){0,3}\.?"
#: "MÅL 7:", "GOAL 3.", "Objective 2 -", "3.1 Goal 1 –": a numbered goal heading.
_NUMBERED = re.compile(
    rf"^(?:{_SECTION_NUMBER}\s+)?(?P<word>{GOAL_WORDS})\s+(?P<num>\d{{1,2}})\s*[:.\-–]",
    re.IGNORECASE,
)
#: "2 Governance", "2.1 Steering Committee", "4. RESULTATER": a numbered section heading.
_SECTION = re.compile(rf"^(?P<num>{_SECTION_NUMBER})\s+(?=[{_UPPER}])")
#: An activity code at the start of a line: "G.1.a.", "S.10.b", "G.1. g.".
_CODE_START = re.compile(rf"^{CODE}\b\.?")
_UNIT = rf"{CURRENCY}|%"
#: A figure, its thousands grouped by spaces, commas or points ("8 050 000", "1,200,000").
_NUMBER = r"\d[\d\s]*(?:[.,]\d{3}(?!\d))*(?:[.,]\d+)?"
#: A figure whose commas or points group thousands: "1,200,000", "450.000" (no decimals).
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*")
#: A table cell: a figure with or without its unit.
_CELL = re.compile(rf"(?<![\w.,]){_NUMBER}(?:\s?(?:{_UNIT})(?!\w))?", re.IGNORECASE)
_FIGURE = re.compile(rf"(?<![\w.,])(?P<num>{_NUMBER})\s?(?P<unit>{_UNIT})(?!\w)", re.IGNORECASE)
#: What may stand around the figures of a row: a label word, ellipses, colons.
_ROW_LINE = re.compile(
    rf"^(?:[…\.]+\s*)?(?:(?P<label>[{_UPPER}][\w-]*)\s*:?\s*)?"
    rf"(?:(?:{_NUMBER})\s*(?:(?:{_UNIT})(?!\w))?\s*)+$|^\s*(?:{_UNIT})\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: A title line is short; a heading paragraph longer than this is prose.
_MAX_TITLE_CHARS = 90
#: A title line in a text file: a project's name with its subtitle runs to 14 words and
#: 110 characters ("ESPON ESCAPE – European Shrinking Rural Areas Challenges, Actions and
#: Perspectives for Territorial Governance"); a line without a sentence's end above a
#: longer paragraph is a title up to these sizes (`_title_lines`).
TITLE_WORDS = 16
_MAX_TITLE_LINE_CHARS = 130
#: Words that cannot follow a name that opens a block (partner lists: "Nordregio og TG").
_CONJUNCTIONS = frozenset({"og", "och", "and", "eller", "or", "samt", "&"})
#: A numbered heading may run over three lines; a longer all-caps run is not a heading.
_MAX_HEADING_CHARS = 320
#: An all-caps line needs this many letters to be a heading rather than an acronym list.
_MIN_HEADING_LETTERS = 10
PATH_SEPARATOR = " › "


@dataclass(frozen=True)
class Heading:
    start: int
    end: int
    #: 0: all-caps part heading, 1: numbered heading or title line, 2: activity code.
    level: int
    title: str
    #: The number of a numbered heading ("MÅL 7:" -> 7), else None.
    number: int | None = None


@dataclass
class Outline:
    """A document's headings, owner blocks and table rows, by offset in its text."""

    headings: list[Heading] = field(default_factory=list)
    #: (start, end, name) of each block an organisation opens.
    owners: list[tuple[int, int, str]] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    #: (start, end, head) of each bar row below its table's header row: the caption and
    #: header a passage that opens on the row must be given (`head_at`).
    heads: list[tuple[int, int, str]] = field(default_factory=list)

    def head_at(self, offset: int) -> str:
        """The caption and header row of the table a passage opening at `offset` opens
        inside ("" when it opens on no table row): a chunk boundary can cut a table's
        rows from the header that says what their cells are."""
        return next((head for start, end, head in self.heads if start <= offset < end), "")

    def section_at(self, offset: int) -> str:
        """The heading path in force at `offset`: 'GRÖNT NORDEN › MÅL 1: … › G.1.b'."""
        path: dict[int, str] = {}
        for heading in self.headings:
            if heading.start > offset:
                break
            path = {lvl: t for lvl, t in path.items() if lvl < heading.level}
            path[heading.level] = heading.title
        return PATH_SEPARATOR.join(path[lvl] for lvl in sorted(path))

    def number_at(self, offset: int) -> int | None:
        """The number of the numbered heading whose section holds `offset`."""
        number, level = None, 0
        for heading in self.headings:
            if heading.start > offset:
                break
            if heading.number is not None:
                number, level = heading.number, heading.level
            elif heading.level < 1 or heading.level <= level:
                number = None  # a part, or a section beside the goal's
        return number

    def owner_at(self, offset: int) -> str | None:
        starts = [start for start, _, _ in self.owners]
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.owners[i][1]:
            return self.owners[i][2]
        return None


def is_code(text: str) -> bool:
    """Whether `text` opens with an activity code ("G.1.a", "K.6.b. Undersøke ...")."""
    return bool(_CODE_START.match(text)) or bool(re.fullmatch(r"[A-ZÅÄÖÆØ]\.\d{1,2}\.[a-z]", text))


def numbered_headings(path: str) -> list[tuple[int, str]]:
    """The numbered headings in a section path: [(7, "MÅL 7: UDVIKLE …")]."""
    found = []
    for title in path.split(PATH_SEPARATOR):
        match = _NUMBERED.match(title)
        if match:
            found.append((int(match.group("num")), title))
    return found


def goal_numbers(path: str) -> set[int]:
    """The numbers of the goals a section path stands under: {7} for "… › MÅL 7: … › K.7.b"."""
    return {number for number, _ in numbered_headings(path)}


# --- before reflow: give headings and table rows lines of their own -------------------


def separate_blocks(lines: list[str]) -> list[str]:
    """Put headings, activity codes and table rows on paragraphs of their own.

    Runs on the visual lines of a page before they are reflowed into
    paragraphs: a heading glued to the last line of a paragraph, or a budget
    row spread over five lines of one cell each, would otherwise be merged
    into the surrounding prose.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        rows = _markdown_table(lines, i)
        if not rows and (plain := _bar_table(lines, i)):
            out += [part for row in plain for part in ("", row.strip(), "")]
            i += len(plain)
            continue
        if rows:
            header = _md_cells(rows[0])
            for row in rows:
                out += ["", _labelled(header, row) if row is not rows[0] else row.strip(), ""]
            i += len(rows) + 1
            continue
        if _is_row_line(line):
            j, cells = i, []
            while j < len(lines) and (not lines[j].strip() or _is_row_line(lines[j])):
                if lines[j].strip():
                    cells.append(lines[j].strip(" …."))
                j += 1
            row = " ".join(cells)
            if len(_CELL.findall(row)) >= 1 and _FIGURE.search(row):
                out += ["", row, ""]
                i = j
                continue
        if is_heading_line(line) or _CODE_START.match(line):
            out += ["", line]
            if is_heading_line(line):
                j = i + 1
                while j < len(lines) and _continues_heading(lines, j):
                    if lines[j].strip():
                        out.append(lines[j])
                    j += 1
                out.append("")
                i = j
                continue
            i += 1
            continue
        if _repeated_title(line, lines[i + 1] if i + 1 < len(lines) else ""):
            out += ["", line, ""]  # "BALTNUTRI" over "BALTNUTRI (Baltic …) tested …"
            i += 1
            continue
        out.append(line)
        i += 1
    return out


def _repeated_title(line: str, following: str) -> bool:
    """A title line that the next line opens with, as a saved web page's cards give a
    record's name above its text ("STORMWISE" / "STORMWISE (Stormwater …) developed …"):
    a heading, though no blank line parts them."""
    title = line.strip()
    rest = following.strip()
    return (
        _is_title_line(title)
        and len(rest) > len(title)
        and rest.startswith(title)
        and rest[len(title)] in " ("
    )


#: The rule under a Markdown table's header row: "|---|---|", "| :--- | ---: |", "---|---".
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _markdown_table(lines: list[str], i: int) -> list[str]:
    """The rows of a Markdown table whose header row is line `i` (the header first, the
    rule under it left out), else []. Each row is one unit, as a PDF table's row is: a
    paragraph of its own, its cells between bars; reflow would join the whole table
    into one run of cells, and no row could be read with its column headers."""
    if i + 1 >= len(lines) or "|" not in lines[i] or not _TABLE_RULE.match(lines[i + 1]):
        return []
    rows = [lines[i]]
    j = i + 2
    while j < len(lines) and "|" in lines[j] and lines[j].strip():
        rows.append(lines[j])
        j += 1
    return rows


def _bar_table(lines: list[str], i: int) -> list[str]:
    """The rows of a plain text table from line `i` on: two or more lines in a row, each
    of as many cells between bars ("Round | Deadline | Decision" over "Round 1 | 2 March
    | 4 May"), else []. Reflow would join them into one run of cells, as a Markdown
    table's rows (`_markdown_table`)."""
    width = len(bar_cells(lines[i]) or [])
    j = i
    while j < len(lines) and width > 1 and len(bar_cells(lines[j]) or []) == width:
        j += 1
    return lines[i:j] if j - i >= 2 else []


def _md_cells(row: str) -> list[str]:
    """The cells of a Markdown table row: "| a | b |" -> ["a", "b"]."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _labelled(header: list[str], row: str) -> str:
    """A Markdown table's row with each cell after the first under its column's name:
    "| Årsmöte | Datum: 22 april 2025 | Plats: Lycksele |". Read alone (a passage, a
    quote), the row says which figure is the date and which name is the place; the
    first cell names the row. A two-column table (a glossary: a term and what it means)
    is kept as it is: its header says nothing its rows do not."""
    cells = _md_cells(row)
    if len(header) < 3 or len(cells) != len(header):
        return row.strip()
    pairs = zip(header[1:], cells[1:], strict=True)
    named = [cells[0], *(f"{name}: {cell}" if name and cell else cell for name, cell in pairs)]
    return "| " + " | ".join(named) + " |"


def _is_row_line(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and bool(_ROW_LINE.match(text))
        and bool(re.search(r"\d|[€]", text) or re.fullmatch(_UNIT, text, re.I))
    )


def is_heading_line(line: str) -> bool:
    """An all-caps line with real words, or a numbered heading: 'MÅL 7: UDVIKLE ...'."""
    text = line.strip()
    if not text or len(text) > _MAX_HEADING_CHARS or _FIGURE.search(text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    words = _WORD.findall(text)
    upper = sum(1 for w in words if w.isupper() and len(w) > 1)
    return upper >= 2 and upper >= 0.8 * len(words) and len(letters) >= _MIN_HEADING_LETTERS


def _continues_heading(lines: list[str], j: int) -> bool:
    """A long heading wraps onto further all-caps lines, sometimes after a blank one;
    a new numbered heading starts a heading of its own."""
    line = lines[j].strip()
    if not line:
        return (
            j + 1 < len(lines) and _continues_heading(lines, j + 1) and bool(lines[j + 1].strip())
        )
    return is_heading_line(line) and not _NUMBERED.match(line)


# --- after cleaning: read the structure of the text ------------------------------------


def outline(text: str) -> Outline:
    """The structure of a cleaned document text (paragraphs separated by blank lines)."""
    result = Outline()
    paragraphs = list(paragraph_spans(text))
    casing = casing_of(text)
    for start, end in paragraphs:
        heading = _layout_heading(" ".join(text[start:end].split()), start, end, casing)
        if heading:
            result.headings.append(heading)
    sections = _section_headings(text, paragraphs)
    if sections:
        taken = {h.start for h in sections}
        others = [h for h in result.headings if h.start not in taken]
        result.headings = sorted(
            others + sections + _cover_title(text, paragraphs, sections), key=lambda h: h.start
        )
    if not result.headings:
        # No headings set by layout (capitals, numbers, codes): a plain text or
        # Markdown file, whose titles are short lines above longer paragraphs.
        result.headings = _title_lines(text, paragraphs)
    result.headings = _ranked(result.headings, paragraphs)
    result.owners = _owner_blocks(text, paragraphs, result.headings)
    result.rows = _table_rows(text, paragraphs, result) + _bar_rows(text, paragraphs, result)
    result.rows.sort(key=lambda row: row.start)
    result.heads = [
        (start, end, _head(header, caption))
        for start, end, header, _, caption in _tables(text, paragraphs)
    ]
    return result


#: A caption longer than this is prose above the table, not its caption.
_CAPTION_CHARS = 240


def _head(header: list[str], caption: str) -> str:
    """A table's head as a passage's text would give it: its caption, when the paragraph
    above the header row is a short line of text, then the header row."""
    row = " | ".join(header).lstrip(" |")  # a corner left empty is not written
    return f"{_caption(caption)}\n\n{row}" if _caption(caption) else row


def _caption(para: str) -> str:
    """The paragraph above a table's header row on one line, when it is a short line of
    text (its caption), else ""."""
    if bar_cells(para) is None and 0 < len(para.strip()) <= _CAPTION_CHARS:
        return " ".join(para.split())
    return ""


def _section_headings(text: str, paragraphs: list[tuple[int, int]]) -> list[Heading]:
    """Lines that a section number opens, in the order the numbering runs: "1
    Background", "2 Governance", "2.1 Steering Committee" (a goal's number taken from
    "3.1 Goal 1 – …"). A numbered list is no run of sections: its items stand right
    under one another, and a number that does not follow the last section's ("12 June
    2025" after "2.1") is no heading."""
    lines = [" ".join(text[start:end].split()) for start, end in paragraphs]
    found = [_section_number(text[start:end]) for start, end in paragraphs]
    headings: list[Heading] = []
    last: tuple[int, ...] = ()
    for k, number in enumerate(found):
        if number is None or not _follows(last, number):
            continue
        before, after = found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None
        if (before and _next_sibling(before) == number) or (
            after and _next_sibling(number) == after
        ):
            continue  # an item of a list, right under the one before it
        goal = _NUMBERED.match(lines[k])
        start, end = paragraphs[k]
        level = min(len(number) - 1, 1)
        headings.append(
            Heading(start, end, level, _short(lines[k]), int(goal.group("num")) if goal else None)
        )
        last = number
    return headings if len(headings) >= 2 else []


def _section_number(para: str) -> tuple[int, ...] | None:
    """The number a paragraph of one short title line opens with: (2, 1) of "2.1 Steering
    Committee"."""
    line = para.strip()
    match = _SECTION.match(line)
    if not match or "\n" in line or not _is_title_line(line[match.end() :]):
        return None
    return tuple(int(part) for part in match.group("num").rstrip(".").split("."))


def _next_sibling(number: tuple[int, ...]) -> tuple[int, ...]:
    return (*number[:-1], number[-1] + 1)


def _follows(last: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether a section number comes next after `last`: its first subsection, or the
    next section at its own level or any level above it."""
    if not last:
        return number[-1] == 1
    return number == (*last, 1) or any(
        number == _next_sibling(last[:i]) for i in range(1, len(last) + 1)
    )


def _cover_title(
    text: str, paragraphs: list[tuple[int, int]], sections: list[Heading]
) -> list[Heading]:
    """The document's title, a title line opening it above its first numbered section."""
    start, end = paragraphs[0]
    line = " ".join(text[start:end].split())
    if start < sections[0].start and _is_title_line(text[start:end].strip()):
        return [Heading(start, end, 0, _short(line))]
    return []


def _ranked(headings: list[Heading], paragraphs: list[tuple[int, int]]) -> list[Heading]:
    """An all-caps heading is a part over the numbered headings when one of them stands
    right under it ("GRÖNT NORDEN" over "MÅL 1: …"). One with text of its own under
    it, with numbered headings after it before any part ("SLIK LESER DU PLANEN" above
    "Hvert mål har …", then "MÅL 1: …"), is a section beside the goals, at their
    level: the goals after it do not stand under it."""
    if not any(h.number is not None for h in headings):
        return headings
    index = {start: k for k, (start, _) in enumerate(paragraphs)}
    parts = [
        h.level == 0 and nxt.number is not None and index[nxt.start] == index[h.start] + 1
        for h, nxt in pairwise(headings)
    ] + [False]
    ranked = []
    for i, heading in enumerate(headings):
        # The next part or goal after it: a goal, for a section beside the goals.
        after = (h for j, h in enumerate(headings[i + 1 :], i + 1) if parts[j] or h.number)
        first = next(after, None)
        if heading.level == 0 and not parts[i] and first is not None and first.number:
            heading = replace(heading, level=1)
        ranked.append(heading)
    return ranked


def paragraph_spans(text: str):
    """The (start, end) offsets of each paragraph of `text` that holds any text: a blank
    line (with spaces on it or not) ends a paragraph."""
    pos = 0
    for brk in [*re.finditer(r"\n\s*\n", text), None]:
        end = brk.start() if brk else len(text)
        if text[pos:end].strip():
            yield pos, end
        pos = brk.end() if brk else len(text)


def _layout_heading(line: str, start: int, end: int, casing: Casing) -> Heading | None:
    """A numbered or all-caps heading, or the activity code opening a line (a table
    row's too: "A.1.a | Region Vestby | …" is that activity's row)."""
    numbered = _NUMBERED.match(line)
    row = is_table_row(line)
    if numbered and not row and (is_heading_line(line) or len(line) <= _MAX_TITLE_CHARS):
        title = _short(casing.sentence_case(line) if is_heading_line(line) else line)
        return Heading(start, end, 1, title, int(numbered.group("num")))
    if is_heading_line(line) and not row:
        return Heading(start, end, 0, _short(line))
    code = _CODE_START.match(line)
    if code:
        label = re.sub(r"\s", "", code.group(0)).rstrip(".")
        return Heading(start, start + code.end(), 2, label)
    return None


_VOWEL = re.compile(r"[aeiouyåäöæøéü]")


@dataclass
class Casing:
    """How a document writes its words in prose, to write an all-caps heading as a
    sentence: "MÅL 7: UDVIKLE KOMPETENCER … I NORDEN" as "Mål 7: udvikle kompetencer
    … i Norden", acronyms the prose writes in capitals ("NORA", "EU") kept."""

    upper: set[str] = field(default_factory=set)
    #: Words the prose capitalises inside sentences more often than not ("Norden").
    capital: set[str] = field(default_factory=set)
    lower: set[str] = field(default_factory=set)

    def word(self, word: str) -> str:
        key = word.casefold()
        unknown = key not in self.lower and key not in self.capital
        if unknown and key in every_stopword():
            return word.lower()  # "I", "OCH": a function word, whatever the prose holds
        if key in self.upper or (unknown and (len(word) <= 2 or not _VOWEL.search(key))):
            return word  # an acronym, or one the prose never writes out ("TG", "GK")
        return word.capitalize() if key in self.capital else word.lower()

    def sentence_case(self, line: str) -> str:
        cased = _WORD.sub(
            lambda m: self.word(m.group(0)) if m.group(0).isupper() else m.group(0), line
        )
        return cased[:1].upper() + cased[1:]


def casing_of(text: str) -> Casing:
    """Read from the lines that are not all-caps: which words the prose writes in
    capitals, capitalised inside a sentence, or in lower case."""
    counts: dict[str, dict[str, int]] = {}
    for line in text.split("\n"):
        if is_heading_line(line):
            continue
        for match in _WORD.finditer(line):
            word = match.group(0)
            if word.isupper() and len(word) > 1:
                form = "upper"
            elif word[:1].isupper():
                before = line[: match.start()].rstrip()
                if not before or before[-1] in ".!?:•–-":
                    continue  # a sentence's first word says nothing of its case
                form = "capital"
            else:
                form = "lower"
            forms = counts.setdefault(word.casefold(), {})
            forms[form] = forms.get(form, 0) + 1
    casing = Casing()
    for key, forms in counts.items():
        best = max(forms, key=lambda f: (forms[f], f == "lower"))
        getattr(casing, best).add(key)
    return casing


def _title_lines(text: str, paragraphs: list[tuple[int, int]]) -> list[Heading]:
    """Title lines followed by a paragraph at least half as long again, or by a table's
    row (its header row may be shorter than the title). A title line
    right above such a heading heads a group of them ("Other projects on regional innovation" over
    "Share the Care"), one level up, until the next group title. A paragraph with no
    title line of its own is headed by what its closing link names (`_link_title`).
    A news item's byline is no title, and stands between a headline and its text."""
    lines = [_as_lines(text[start:end]) for start, end in paragraphs]
    kept = [k for k, line in enumerate(lines) if not is_byline(line)]
    after = dict(pairwise(kept))
    before = {nxt: k for k, nxt in after.items()}
    heads = {
        k
        for k, nxt in after.items()
        if _is_title_line(lines[k])
        and not _is_title_line(lines[nxt])
        and (2 * len(lines[nxt]) > 3 * len(lines[k]) or bar_cells(lines[nxt]) is not None)
    }
    headings: list[Heading] = []
    for k in kept:
        start, end = paragraphs[k]
        if k in heads:
            headings.append(Heading(start, end, 1, lines[k]))
        elif after.get(k) in heads and _is_title_line(lines[k]):
            headings.append(Heading(start, end, 0, lines[k]))
        elif before.get(k) not in heads and (name := _link_title(lines[k], headings)):
            headings.append(Heading(start, start, 1, name))
    return headings


#: A page saved as text opens with its headline, or with its site's or section's name
#: over it ("Kystavisa – Samferdsel"); more short lines are a cover page or a menu.
_MAX_HEADLINE_LINES = 2
#: A line of one or two words over a text is a name (a project's, a site's), which says
#: less of the text than the file's name ("Northern Connections" of
#: "northern-connections-north-sea-conference-2017.txt").
_MIN_HEADLINE_WORDS = 3


def headline(text: str) -> str | None:
    """The headline of a text file: the title line right over its first paragraph of
    prose (a byline may stand between), when no more than one line stands above it; a
    file that opens with prose has none. The file's name is a worse title: "Nyhet
    konferens 2025" of "Gränskonferens i Arvika: e-recept ska testas"."""
    lines: list[str] = []
    for start, end in paragraph_spans(text):
        line = _as_lines(text[start:end])
        if is_byline(line):
            continue
        if not _is_title_line(line):
            head = lines[-1] if 0 < len(lines) <= _MAX_HEADLINE_LINES else ""
            named = len(head.split()) >= _MIN_HEADLINE_WORDS
            return head if named and 2 * len(line) > 3 * len(head) else None
        lines.append(line)
    return None


def _as_lines(para: str) -> str:
    """A paragraph with its spaces tidied and its lines kept: a paragraph of several
    lines (a record's label lines, a lead-in over its list) is no title line."""
    return "\n".join(" ".join(line.split()) for line in para.strip().split("\n") if line.strip())


def _link_title(line: str, headings: list[Heading]) -> str | None:
    """The subject a paragraph without a title line of its own names in its closing
    link ("… Find out more about ESPON DIGIPLAN."), unless the title in force names it
    too ("GROM – Green transition in the Arctic" … "Find out more about GROM")."""
    name = link_subject(line)
    current = next((h.title for h in reversed(headings) if h.level == 1), "")
    if not name or set(_WORD.findall(name.lower())) & set(_WORD.findall(current.lower())):
        return None
    return name


def _is_title_line(line: str) -> bool:
    """A short line without a sentence's end: a title in a text or Markdown file."""
    words = line.split()
    return (
        0 < len(words) <= TITLE_WORDS
        and len(line) <= _MAX_TITLE_LINE_CHARS
        and line[0].isupper()
        and not line.endswith((".", ",", ";", ":"))
        and not _FIGURE.search(line)
        and "\n" not in line
        and not is_table_row(line)
    )


def is_table_row(line: str) -> bool:
    """A table row heads no section, though its cells may be short words and bare
    figures without a sentence's end: "Total | 8 100 | 2 400", "Total 8 100 2 400"."""
    return bar_cells(line) is not None or (
        bool(_ROW_LINE.match(line)) and len(re.findall(r"\d+", line)) >= 2
    )


def _short(title: str, limit: int = 70) -> str:
    """A heading as a path element: 'MÅL 7: UDVIKLE KOMPETENCER OG …'."""
    return title if len(title) <= limit else title[: title.rfind(" ", 0, limit)] + " …"


#: A label that opens a block: "Kvarkenrådet: …", "Kvarkenrådet (lägg samman …): …".
_LABEL = re.compile(r"^([^:.;]{2,60}?)\s*(?:\([^)]*\))?\s*:\s")


def _line(para: str) -> str:
    """A paragraph as one line, without the cell marks that may open it ("… ", "• ")."""
    return " ".join(para.split()).lstrip("….-–•* ")


def _label(para: str) -> str | None:
    """The name a paragraph opens with as a label ("Kvarkenrådet: …"), if it is one."""
    colon = _LABEL.match(_line(para) + " ")
    return colon.group(1).strip() if colon and _looks_like_name(colon.group(1)) else None


def _opener(para: str) -> str | None:
    """The organisation that opens a block: 'Kvarkenrådet: ...', 'Mittnordenkommittén
    kommer ...', 'Innlandet-Dalarna: ...', or a name on its own line."""
    label = _label(para)
    if label:
        return label
    line = _line(para)
    first = line.split()[0] if line.split() else ""
    opening = [name for name in find_actors(line[:80]) if line.startswith(name)]
    actors = opening or ([first] if _one_word_name(first) or _genitive(first) else [])
    if not actors:
        return None
    written = actors[0]
    if written.isupper():
        return None  # an acronym opening a sentence is more often a project than an owner
    # A genitive ("Tornedalsrådets årsmöte", "Svinesundskommitténs medlemmar") opens
    # the block of the organisation it names.
    name = _genitive(written) or written
    rest = line[len(written) :].split()
    if not rest:
        return name
    nxt = rest[0].strip(",")
    if nxt.casefold() in _CONJUNCTIONS or not nxt[:1].islower():
        return None
    return name


def _genitive(word: str) -> str | None:
    """The organisation a genitive names ("Svinesundskommitténs" -> "Svinesundskommittén")."""
    base = word[:-1] if word.endswith("s") else ""
    return base if base and find_actors(base) == [base] else None


def _one_word_name(word: str) -> bool:
    """'MidtSkandia', 'Innlandet-Dalarna': one word, letters and hyphens, with a capital
    inside it, as organisation and region names are written and common words are not."""
    return (
        bool(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", word))
        and word[0].isupper()
        and any(ch.isupper() for ch in word[1:])
        and not word.isupper()
    )


def _looks_like_name(text: str) -> bool:
    """'Kvarkenrådet', 'Innlandet-Dalarna', 'Greater Copenhagen': a proper name, not a label
    ('Milstolpar & deliverables', 'Budget', 'M2021', 'D')."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > 4 or any(ch.isdigit() for ch in text):
        return False
    if find_actors(text) == [text]:
        return True
    capitals = sum(1 for ch in text[1:] if ch.isupper())
    named = all(w[0].isupper() or w in every_stopword() for w in words[1:-1])
    return text[0].isupper() and capitals >= 1 and words[-1][0].isupper() and named


def _owner_blocks(
    text: str, paragraphs: list[tuple[int, int]], headings: list[Heading]
) -> list[tuple[int, int, str]]:
    heading_starts = sorted(h.start for h in headings)
    blocks: list[tuple[int, int, str]] = []
    current: tuple[int, str] | None = None

    def close(at: int) -> None:
        nonlocal current
        if current:
            blocks.append((current[0], at, current[1]))
        current = None

    label = -1  # the paragraph of the last name standing alone on its line
    labelled = _labelled_names(text, paragraphs)
    responsible = _responsible_cells(text, paragraphs)
    for k, (start, end) in enumerate(paragraphs):
        if start in responsible:
            close(start)
            blocks.append((start, end, responsible[start]))
            continue
        if start in heading_starts or any(start <= h < end for h in heading_starts):
            close(start)
            continue
        if _in_table(text, paragraphs, k):
            close(start)
            continue
        para = text[start:end]
        label_line = _label_line(para, _next(text, paragraphs, k))
        name = (
            label_line
            or _opener(para)
            or _known_opener(para, labelled)
            or _joint_opener(para, labelled)
        )
        alone = bool(label_line) or (bool(name) and _standalone(text, start, end, name))
        if alone and not label_line and _is_cell(paragraphs, k, headings):
            name = None
        if name and k == label + 1 and current:
            continue  # the label's first paragraph is its own ("Innlandet-Dalarna" over
            # "Region Dalarna är partner …"), whoever it opens with
        if name:
            close(start)
            current = (start, name)
            label = k if alone else -1
    close(len(text))
    return blocks


#: A column header naming who answers for each row: "Ansvarig", "Responsible", "Lead".
_RESPONSIBLE = re.compile(
    r"ansvar\w*|responsible|lead(?:\s+partner)?|owner|ejer|eier|ägare", re.IGNORECASE
)


def _responsible_cells(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, str]:
    """The name in the responsible column of each table row, by the row's start: an
    activity table's "Aktivitet | Ansvarig | Partner" gives "B.1.a | Region Vestby |
    …" to Region Vestby."""
    found = {}
    for start, _, header, cells, _ in _tables(text, paragraphs):
        column = next((i for i, cell in enumerate(header) if _RESPONSIBLE.fullmatch(cell)), None)
        if column is not None and cells[column][:1].isupper():
            found[start] = cells[column]
    return found


def _in_table(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """A table row, or the title line right above one: no part of an owner's block."""
    para = text[slice(*paragraphs[k])]
    if bar_cells(para) is not None:
        return True
    return _is_title_line(_line(para)) and bar_cells(_next(text, paragraphs, k)) is not None


def _label_line(para: str, after: str) -> str | None:
    """The name a line of its own labels the block below with: "Fjordrådet:",
    "Høgskolen i Vestby:" (a name, its function words in lower case), or "Norsk
    havnenett:" over a paragraph that opens with those words ("Norsk havnenett (NHN)
    drifter …"). A partners cell is no label: it ends with no colon."""
    line = _line(para)
    if not line.endswith(":"):
        return None
    name = line[:-1].strip()
    if not name[:1].isupper() or any(ch.isdigit() for ch in name) or len(name.split()) > 4:
        return None
    opens_next = re.match(rf"{re.escape(name)}(?![\w-])", _line(after))
    return name if _looks_like_name(name) or opens_next else None


def _next(text: str, paragraphs: list[tuple[int, int]], k: int) -> str:
    return text[slice(*paragraphs[k + 1])] if k + 1 < len(paragraphs) else ""


def _labelled_names(text: str, paragraphs: list[tuple[int, int]]) -> set[str]:
    """The names of several words that open a block with a colon somewhere in the text
    ("Greater Copenhagen: Implementera …"), and those a line of its own labels a block
    with ("Helse Vestby:"): the document itself shows them to be owners."""
    found = set()
    for k, (start, end) in enumerate(paragraphs):
        label = _label(text[start:end])
        if label and " " in label:
            found.add(label)
        line_label = _label_line(text[start:end], _next(text, paragraphs, k))
        if line_label:
            found.add(line_label)
    return found


def _known_opener(para: str, labelled: set[str]) -> str | None:
    """A name the document labels a block with elsewhere, opening a paragraph with a verb
    after it and no colon ("Greater Copenhagen antog i oktober 2020 …")."""
    line = _line(para)
    for name in labelled:
        rest = line[len(name) :].split() if line.startswith(name) else []
        if rest and rest[0][:1].islower() and rest[0].casefold() not in _CONJUNCTIONS:
            return name
    return None


def _joint_opener(para: str, labelled: set[str]) -> str | None:
    """Two organisations that open a block together, a verb after them: "Helse Vestby
    og Region Nord driver …" opens the block of "Helse Vestby og Region Nord". Each
    is a name the document labels a block with, or one `find_actors` knows; a cell
    listing partners ("Nordregio og TG") has no verb after them."""
    line = _line(para)
    first = _name_at(line, labelled)
    if not first:
        return None
    joiner, _, rest = line[len(first) :].lstrip().partition(" ")
    second = _name_at(rest, labelled) if joiner.casefold() in _CONJUNCTIONS else None
    after = rest[len(second) :].split() if second else []
    if not after or not after[0][:1].islower() or after[0].casefold() in _CONJUNCTIONS:
        return None
    return f"{first} {joiner} {second}"


def _name_at(line: str, labelled: set[str]) -> str | None:
    """The longest organisation name `line` opens with, known from the document's labels
    or to `find_actors`."""
    names = [*labelled, *find_actors(line[:80])]
    opening = [n for n in names if re.match(rf"{re.escape(n)}(?![\w-])", line)]
    return max(opening, key=len, default=None)


def _standalone(text: str, start: int, end: int, name: str) -> bool:
    return " ".join(text[start:end].split()) == name


def _is_cell(paragraphs: list[tuple[int, int]], k: int, headings: list[Heading]) -> bool:
    """A name alone on a line right after an activity row, or right before a heading,
    is a table cell listing partners, not the start of that organisation's block."""
    starts = {h.start: h for h in headings}
    after_code = k > 0 and (h := starts.get(paragraphs[k - 1][0])) is not None and h.level == 2
    before_heading = k + 1 >= len(paragraphs) or paragraphs[k + 1][0] in starts
    return after_code or before_heading


def _table_rows(text: str, paragraphs: list[tuple[int, int]], result: Outline) -> list[TableRow]:
    rows = []
    for start, end in paragraphs:
        para = " ".join(text[start:end].split())
        figures = list(_FIGURE.finditer(para))
        if len(figures) < 3 or not _ROW_LINE.match(para):
            continue
        label_match = re.match(rf"^[{_UPPER}][\w-]*", para)
        label = label_match.group(0) if label_match else ""
        values = [" ".join(f.group(0).split()) for f in figures]
        values, total = _split_total(values)
        columns = _columns(text, result, start, len(values) + (1 if total else 0))
        cells = tuple((columns[i] if columns else None, value) for i, value in enumerate(values))
        rows.append(
            TableRow(
                start=start,
                end=end,
                label=label,
                cells=cells,
                total=total,
                section=result.section_at(start),
                number=result.number_at(start),
            )
        )
    return rows


#: The bars between a table row's cells ("MNOK | 4,2 | 3,6"; a Markdown row "| a | b |").
_BAR = re.compile(r"\s+\|\s+")
#: A cell that is a unit alone, for the row's bare figures: "MNOK", "euro".
_UNIT_CELL = re.compile(rf"(?:{_UNIT})", re.IGNORECASE)
#: A goal named in a table's corner or row label: "Mål 2", "Goal 10".
_GOAL_CELL = re.compile(rf"(?:{GOAL_WORDS})\s+(?P<num>\d{{1,2}})", re.IGNORECASE)


def bar_cells(para: str) -> list[str] | None:
    """The cells of a paragraph written as a table row with bars between them, or None."""
    line = " ".join(para.split())
    if not _BAR.search(line):
        return None
    return _BAR.split(line.strip("| "))


def _tables(text: str, paragraphs: list[tuple[int, int]]):
    """Each row of a run of bar rows, with the run's first row as its header and the
    paragraph above that as its caption: (start, end, header, cells, caption). A header
    one cell narrower than the rows right below it leaves their label column's corner
    empty ("| 2025 | 2024" over "Rent | 720 | 705"): it names the columns after it."""
    header: list[str] | None = None
    caption = ""
    fresh = False  # the header has no row under it yet
    for k, (start, end) in enumerate(paragraphs):
        cells = bar_cells(text[start:end])
        if cells is None:
            header = None
            continue
        if header and any(header) and fresh and len(cells) == len(header) + 1:
            header = ["", *header]
        if header is None or len(cells) != len(header):
            header, fresh = cells, True
            caption = text[slice(*paragraphs[k - 1])] if k else ""
        else:
            fresh = False
            yield start, end, header, _unlabelled(header, cells), caption


def _unlabelled(header: list[str], cells: list[str]) -> list[str]:
    """A row's cells without the column names a Markdown row is written with
    (`_labelled`): "Datum: 22 april 2025" under "Datum" is "22 april 2025"."""
    return [
        cell[len(name) + 2 :] if cell.startswith(f"{name}: ") else cell
        for name, cell in zip(header, cells, strict=True)
    ]


def _bar_rows(text: str, paragraphs: list[tuple[int, int]], result: Outline) -> list[TableRow]:
    """Budget rows of tables written with bars between cells: the figures of a row,
    with the row's unit cell where they have none ("MNOK | 4,2 | 3,6 | 7,8"), each
    under its column's header, tied to the goal the table's corner or the row's label
    names ("Mål 2 | Region Vestby | …"), else to the goal of its section."""
    rows = []
    for start, end, header, cells, caption in _tables(text, paragraphs):
        unit = next((cell for cell in cells if _UNIT_CELL.fullmatch(cell)), None)
        unit = unit or caption_unit(caption)
        figures = [
            (header[i], cell if _FIGURE.fullmatch(cell) else f"{cell} {unit}")
            for i, cell in enumerate(cells)
            if _FIGURE.fullmatch(cell) or (unit and i and _CELL.fullmatch(cell))
        ]  # a bare figure opening the row is its label: a year, a number
        if len(figures) < 2:
            continue
        values, total = _split_total([value for _, value in figures])
        first = next(i for i in range(len(figures)) if figures[i][1] == values[0])
        label = cells[0] if cells[0] not in (unit, figures[0][1]) else ""
        goal = _GOAL_CELL.match(label) or _GOAL_CELL.fullmatch(header[0])
        rows.append(
            TableRow(
                start=start,
                end=end,
                label=label,
                cells=tuple(figures[first : first + len(values)]),
                total=total,
                section=_above_codes(result.section_at(start)),
                number=int(goal.group("num")) if goal else result.number_at(start),
            )
        )
    return rows


#: A currency a table's caption gives its figures in: "… by partner, in euro.", "(MNOK)".
_CAPTION_UNIT = re.compile(rf"(?<!\w)(?:{CURRENCY})(?!\w)", re.IGNORECASE)
#: A caption's word that its figures are thousands: "(1.000 DKK)", "1 000 NOK", "tkr",
#: "TEUR", "i tusinde kroner", "in thousand euro", "'000".
_THOUSANDS_CAPTION = re.compile(
    r"(?<![\d.,])1[.,\s]?000(?=\s*(?:DKK|SEK|NOK|EUR|ISK|kr|euro))|(?<!\w)t\.?kr\b"
    r"|(?-i:\bT(?:DKK|SEK|NOK|EUR|ISK)\b)"
    r"|\btusin\w*|\btusen\w*|\bthousands?\b|'000",
    re.IGNORECASE,
)
#: A caption's word that its figures are millions beside a currency of its own: "mio. kr.",
#: "millioner kroner", "miljoner kronor" (a scaled code, "MSEK", says so itself).
_MILLIONS_CAPTION = re.compile(r"\bmio\.?|\bmill\.|\bmillion\w*|\bmiljon\w*", re.IGNORECASE)


def caption_unit(caption: str) -> str | None:
    """The one currency a table's caption names, for figures that have no unit of their
    own ("The table shows the budget by goal and partner, in euro."), with the multiple
    it gives them in: "(1.000 DKK)" makes a cell's 960 "960 thousand DKK", not 960 DKK."""
    found = {m.group(0) for m in _CAPTION_UNIT.finditer(caption)}
    if len(found) == 2 and _MILLIONS_CAPTION.search(caption):
        found = {unit for unit in found if not _MILLIONS_CAPTION.fullmatch(unit)}
        return f"million {found.pop()}" if len(found) == 1 else None
    if len(found) != 1:
        return None
    unit = found.pop()
    return f"thousand {unit}" if _THOUSANDS_CAPTION.search(caption) else unit


def in_thousands(caption: str) -> bool:
    """Whether a caption or header gives its figures in thousands, of money or of
    anything counted ("Tusental personer", "Passengers (thousands)", "'000")."""
    return bool(_THOUSANDS_CAPTION.search(caption))


def _above_codes(path: str) -> str:
    """A section path without the activity codes at its end: a budget table under a
    goal's last activity is the goal's ("MÅL 1: … › A.1.c" → "MÅL 1: …")."""
    parts = path.split(PATH_SEPARATOR) if path else []
    while parts and is_code(parts[-1]):
        parts.pop()
    return PATH_SEPARATOR.join(parts)


def row_value(figure: str | None) -> Decimal | None:
    """The number in a figure ('12,8 MDKK' -> 12.8), for sums and comparisons."""
    if not figure:
        return None
    number = re.match(_NUMBER, figure)
    if not number:
        return None
    raw = re.sub(r"\s", "", number.group(0))
    if _THOUSANDS.fullmatch(raw):
        raw = re.sub(r"[.,]", "", raw)
    elif "," in raw and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _split_total(values: list[str]) -> tuple[list[str], str | None]:
    """The figures and the total they add up to. A row may also repeat its total in
    front ('Økonomi 11 MDKK 5 MDKK 2 MDKK 2 MDKK 2 MDKK 11 MDKK')."""
    numbers = [row_value(v) for v in values]
    if None in numbers or len(values) < 3:
        return values, None
    last = numbers[-1]
    if sum(numbers[:-1]) == last:  # type: ignore[arg-type]
        return values[:-1], values[-1]
    if numbers[0] == last and sum(numbers[1:-1]) == last:  # type: ignore[arg-type]
        return values[1:-1], values[-1]
    return values, None


def _columns(text: str, result: Outline, row_start: int, count: int) -> list[str] | None:
    """Column names for a row of `count` figures, from the header cells between the
    row's section heading and the row: 'Resultatmål Nordregio', 'Resultatmål NORA', ...
    The word the header cells share is dropped; a last header cell of its own
    ('Økonomi', 'Total') names the total column."""
    heading = max((h.end for h in result.headings if h.end <= row_start and h.level < 2), default=0)
    zone = " ".join(text[heading:row_start].split())
    words = zone.split()
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    for word, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if n < 2 or len(word) < 4 or not word[0].isupper():
            continue
        names = _after(zone, word)
        if len(names) >= 2:
            tail = _tail_column(zone, word, names)
            columns = names + ([tail] if tail else [])
            if len(columns) == count:
                return columns
            if len(names) == count:
                return names
    return None


def _fuzzy(word: str) -> str:
    """A header word that PDF extraction may break with a space: 'Result atmål'."""
    return r"\s?".join(re.escape(ch) for ch in word)


def _after(zone: str, word: str) -> list[str]:
    names = []
    for match in re.finditer(_fuzzy(word) + r"\s+(\S+)", zone):
        name = match.group(1)
        if re.fullmatch(_fuzzy(word), name) or not (name[0].isupper() or name.isupper()):
            continue
        names.append(name)
    return names


def _tail_column(zone: str, word: str, names: list[str]) -> str | None:
    """The header cell after the last repeated one, if it is a single capitalised word."""
    last = list(re.finditer(_fuzzy(word) + r"\s+" + re.escape(names[-1]), zone))
    if not last:
        return None
    rest = zone[last[-1].end() :].split()
    if rest and rest[0][0].isupper() and rest[0].isalpha() and len(rest[0]) > 3:
        return rest[0]
    return None


#: The words that join names in a cell ("Nordregio og TG", "Nordregio, TG og NORA").
CELL_JOINERS = frozenset({"og", "and", "och", "samt"})
_CELL_WORD = re.compile(r"[^\W\d_][\w&-]*")


def is_names_cell(text: str, alone: bool = False) -> bool:
    """A table cell of names joined by "og"/"and" ("Nordregio og TG og NORA"), which no
    sentence completes; with `alone`, a single name of one or two words ("Nordregio")
    counts too (a plan's partner column)."""
    words = _CELL_WORD.findall(text)
    joined = [w for w in words if w.casefold() in CELL_JOINERS]
    names = all(w[0].isupper() or w in joined for w in words)
    single = alone and 0 < len(words) <= 2 and not re.search(r"[.:;!?]", text)
    return names and (bool(joined) or single)

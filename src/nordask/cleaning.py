"""Text cleaning shared by all loaders.

PDF text comes out of pypdf with layout artefacts: running headers and
footers on every page, words hyphenated across line ends, runs of spaces, and
one line per visual line. Cleaning removes those so that chunks read as prose
and sentence boundaries can be found.
"""

from __future__ import annotations

import re
from collections import Counter

from nordask.chunking import MONTH_NAME
from nordask.structure import separate_blocks

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_DIGITS = re.compile(r"\d+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: Line breaks of other systems and page breaks; every one becomes "\n".
_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x1c-\x1e\x85\u2028\u2029]")
#: A bullet or an item's number at a line's start, not a day's number before its month
#: in lower case, which a wrapped date list puts there ("12. juni i Lyngvik, …").
_BULLET = re.compile(rf"^\s*(?:[-*•▪◦‣–]|\d{{1,2}}[.)](?!\s+{MONTH_NAME}))\s+")
# A word broken at a line end: "Samarbejds-\npartnere". The second part must
# start in lower case, and conjunctions mark a suspended compound ("miljö- och").
_HYPHENATED = re.compile(r"(\w)-\n([a-zæøåäöüé]\w*)")
_CONJUNCTIONS = frozenset(
    [
        "och",
        "og",
        "eller",
        "samt",
        "and",
        "or",
        "till",
        "til",
        "to",
        "respektive",
        "resp",
        "som",
        "der",
    ]
)
#: A word a narrow table column broke before its last letter, with no hyphen
#: ("kompetensförsörjninge\nn i täta …", "Resultatmå\nl"): a line that opens with one
#: consonant, which is no word in these languages, finishes the word above it.
_SPLIT_LETTER = re.compile(
    r"(?<=[^\W\d_]{4})\n(?=[bcdfghjklmnprstv](?:[ \t]+[^\W\d_]|[.,;:!?]|$))", re.MULTILINE
)
#: How many lines at the top and bottom of a page may be a running header/footer.
_EDGE_LINES = 3


def normalize_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _edge_key(line: str) -> str:
    """Lines that differ only in numbers ("Side 3", "Side 4") are the same footer."""
    return _DIGITS.sub("#", line.casefold())


def remove_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop header and footer lines repeated near the edges of most pages.

    A line counts when, with its digits masked, it appears among the first or
    last few non-empty lines of at least half of the pages (and of three pages).
    """
    if len(pages) < 3:
        return pages
    counts: Counter[str] = Counter()
    for lines in pages:
        text_lines = [ln for ln in lines if ln]
        edges = text_lines[:_EDGE_LINES] + text_lines[-_EDGE_LINES:]
        counts.update({_edge_key(ln) for ln in edges})
    threshold = max(3, (len(pages) + 1) // 2)
    running = {key for key, n in counts.items() if n >= threshold}
    if not running:
        return pages
    cleaned = []
    for lines in pages:
        text_idx = [i for i, ln in enumerate(lines) if ln]
        edge = set(text_idx[:_EDGE_LINES] + text_idx[-_EDGE_LINES:])
        cleaned.append(
            [ln for i, ln in enumerate(lines) if not (i in edge and _edge_key(ln) in running)]
        )
    return cleaned


def join_hyphenation(text: str) -> str:
    def join(match: re.Match[str]) -> str:
        if match.group(2).casefold() in _CONJUNCTIONS:
            return match.group(0)
        return match.group(1) + match.group(2)

    return _SPLIT_LETTER.sub("", _HYPHENATED.sub(join, text))


def reflow(lines: list[str], labels: bool = False) -> str:
    """Join visual lines into paragraphs.

    Blank lines separate paragraphs; bullet items keep their own line, so do the items
    of an agenda (`_is_agenda`), and with `labels` so do the lines of a block of label
    lines (`set_apart_labels`); all other line breaks are layout and become spaces
    (after hyphenation is repaired).
    Each output line is collected as a list of parts and joined once: growing one
    string line by line took quadratic time (157 s for 8 MB of hard-wrapped text).
    """
    text = join_hyphenation("\n".join(lines))
    paragraphs = []
    for block in _PARAGRAPH_BREAK.split(text):
        out: list[list[str]] = []
        split = block.split("\n")
        apart = labels and _label_run(split, 0) == len(split)
        agenda = _is_agenda(split)
        for line in split:
            line = normalize_line(line)
            if not line:
                continue
            if out and not (_opens_line(line, apart, agenda) or _after_contact(out[-1][-1], line)):
                out[-1].append(line)
            else:
                out.append([line])
        if out:
            paragraphs.append("\n".join(" ".join(parts) for parts in out))
    return "\n\n".join(paragraphs)


def _opens_line(line: str, apart: bool, agenda: bool) -> bool:
    """Whether `line` starts an output line of its own rather than running on the one
    above: a bullet item, a label line of a label block, an agenda item or a label line
    under it ("Moderator: …")."""
    return bool(
        _BULLET.match(line)
        or (apart and _LABEL_LINE.match(line))
        or (agenda and (_CLOCK_ITEM.match(line) or _LABEL_LINE.match(line)))
    )


#: A line that ends with a labelled phone number or an e-mail address: "…, tlf. 977 31
#: 820", "Tel: +46 70 123 45 67", "…, anna.berg@region.se".
_CONTACT_END = re.compile(
    r"(?:\b(?:tlf|tel|tfn|telefon|phone|mob|mobil)\b\.?:?\s*\+?[\d ()-]{6,}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
    re.IGNORECASE,
)


def _after_contact(previous: str, line: str) -> bool:
    """Whether `line` opens a record of its own in a list of contacts: it and the line
    above each end with a phone number or an e-mail address ("Anna Berg, controller,
    tel. 010 11 22 33" / "Per Holm, …, per.holm@…"). Joined, one person's number reads as
    the next person's. A name line under a contact line may be a wrapped part of it."""
    return all(_CONTACT_END.search(text.rstrip()) for text in (previous, line))


#: A clock time: "09:30", "9.30", "14.00".
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
#: An hour, with or without minutes: "10", "10:15".
_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
#: The time an item of a programme opens with: "09:30", "kl. 9.30", "10–11", "13.15–14.00".
CLOCK_TIME = rf"(?i:kl\.?\s*)?(?:{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?|{_HOUR}\s*[-–]\s*{_HOUR})(?=\s)"
#: A line of a programme that opens with its time: "09:30  Registrering", "kl. 9.30 Lunch".
_CLOCK_ITEM = re.compile(rf"^{CLOCK_TIME}")
#: A programme has several items that open with a time; one such line is no agenda
#: ("10–12 projects were funded" wrapped onto a line start).
_MIN_AGENDA_ITEMS = 2


def _is_agenda(lines: list[str]) -> bool:
    """Whether a block of visual lines is a programme whose items open with a clock time
    ("09:30  Registration" / "10:00  Welcome" / "        Name, title"): each item is a
    line of its own, the lines under it (speaker, moderator) run on it. Joined into one
    run, an item's speaker reads as the next item's, and no rule sees where items part."""
    return sum(bool(_CLOCK_ITEM.match(ln.strip())) for ln in lines) >= _MIN_AGENDA_ITEMS


def _agenda_item_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of `lines` that stand under an agenda's first item, in a
    block (lines between blank ones) that `_is_agenda`."""
    inside: set[int] = set()
    start = 0
    for end in [*(i for i, ln in enumerate(lines) if not ln.strip()), len(lines)]:
        block = lines[start:end]
        if _is_agenda(block):
            first = next(i for i, ln in enumerate(block) if _CLOCK_ITEM.match(ln.strip()))
            inside.update(range(start + first + 1, end))
        start = end + 1
    return inside


#: Where a page may end inside a sentence: no full stop, colon, question or exclamation
#: mark, nor a closing quote after one.
_SENTENCE_END = re.compile(r"[.:!?…][\"'”’»)]*$")


def page_separator(before: str, after: str) -> str:
    """What joins two pages' cleaned texts: a space where a sentence runs on from one page
    to the next ("G.1.d. Samle og" | "utvikle «best practice» …"): the first page ends
    without a sentence's end and the next opens in lower case. Else a paragraph break."""
    last, first = before.rstrip(), after.lstrip()
    if last and first[:1].islower() and not _SENTENCE_END.search(last):
        return " "
    return "\n\n"


def clean_text(text: str) -> str:
    """Clean one run of plain text (a text file)."""
    lines = separate_blocks([normalize_line(ln) for ln in barred_columns(split_lines(text))])
    return reflow(set_apart_labels(lines), labels=True)


#: The gap between two columns of a table laid out with spaces: two or more, or a tab.
_COLUMN_GAP = re.compile(r"[ \t]{2,}|\t")
#: A table laid out with spaces has this many lines at least (its header and two rows).
_MIN_ALIGNED_LINES = 3


def barred_columns(lines: list[str]) -> list[str]:
    """`lines` with each table laid out in columns of spaces ("Unit      Head      Town"
    over "Grants    Ada Lind  Vik") written with bars between its cells ("Unit | Head |
    Town"), as a PDF's table rows are. Normalising the spaces would join its cells
    into one run of words, with nothing to tell a unit from its head. A run of three
    or more lines with as many cells each, each cell starting where the one above
    starts, is such a table; label lines ("Period:    2024") are fields, not columns."""
    out = list(lines)
    i = 0
    while i < len(lines):
        end = _aligned_run(lines, i)
        for j in range(i, end):
            out[j] = " | ".join(_COLUMN_GAP.split(lines[j].strip()))
        i = max(end, i + 1)
    return out


def _aligned_run(lines: list[str], i: int) -> int:
    """Where a table laid out with spaces that starts at line `i` ends (`i` if none)."""
    starts = _column_starts(lines[i])
    j = i
    while j < len(lines) and len(starts) > 1 and _column_starts(lines[j]) == starts:
        j += 1
    return j if j - i >= _MIN_ALIGNED_LINES else i


def _column_starts(line: str) -> list[int]:
    """Where each cell of a line laid out in columns starts; [] for a label line or a
    line with a bar already."""
    body = line.rstrip()
    indent = len(body) - len(body.lstrip())
    if "|" in body or not body:
        return []
    gaps = list(_COLUMN_GAP.finditer(body, indent))
    if gaps and body[: gaps[0].start()].endswith(":"):
        return []
    return [indent, *(gap.end() for gap in gaps)]


#: A line that opens with a short label and a colon: "Projektägare: Skogsforum Väst",
#: "Period: 2024–2026", "E-post: post@…", "Utarbeidet av: …".
_LABEL_LINE = re.compile(r"^[A-ZÅÄÖÆØÜÉ][^\W\d_]*(?:[ -][^\W_]+){0,3}[ \t]*:[ \t]+\S")
#: A record's fields stand one a line, two or more of them.
_MIN_LABEL_LINES = 2


def set_apart_labels(lines: list[str]) -> list[str]:
    """`lines` with each run of label lines ("Projektägare: …" / "Period: …" / "Budget:
    …") made a paragraph of its own, which `reflow` keeps a line per label: joined, they
    read as one run-on sentence with the title line above them and the text below,
    and no rule sees the title or the labels. A line in lower case under a label runs
    on its value. Label lines under an agenda item stay in the agenda, with their item."""
    out: list[str] = []
    items = _agenda_item_lines(lines)
    i = 0
    while i < len(lines):
        end = _label_run(lines, i) if i not in items else i
        if end > i:
            out += ["", *lines[i:end], ""]
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


def _label_run(lines: list[str], i: int) -> int:
    """Where a run of label lines that starts at line `i` ends (`i` if none starts there):
    its label lines and the lines in lower case that run on their values."""
    j, labels = i, 0
    while j < len(lines) and (
        _LABEL_LINE.match(lines[j].strip()) or (labels and lines[j].strip()[:1].islower())
    ):
        labels += bool(_LABEL_LINE.match(lines[j].strip()))
        j += 1
    return j if labels >= _MIN_LABEL_LINES else i


def split_lines(text: str) -> list[str]:
    """Lines of `text`, whatever its line ends (CR LF, CR, form feed, U+2028 ...)."""
    return _LINE_BREAKS.sub("\n", text).split("\n")

"""Cut a cleaned document into overlapping passages on sentence boundaries.

A chunk never crosses documents, prefers to end at a paragraph break, and
repeats the last sentence(s) of the previous chunk (up to `overlap_chars`) so
that a statement cut at a boundary is still whole in one of the two chunks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nordask.records import Document
from nordask.settings import ChunkSettings

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# End of sentence: . ! ? (maybe closing quote/bracket), whitespace, then something
# that can start a sentence. Line breaks inside a paragraph separate bullet items.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[•\-–A-ZÅÄÖÆØÜÉ0-9])|\n")
#: Abbreviations that stand before what they qualify ("ca. EUR 640 000", "tlf. 977 31
#: 820", "dr. Sigrid", "bl.a. Region …"): their full stop never ends a sentence.
_ABBREVIATIONS = frozenset(
    [
        "t.ex",
        "ex",
        "bl.a",
        "e.g",
        "i.e",
        "ca",
        "cirka",
        "approx",
        "nr",
        "no",
        "org.nr",
        "dvs",
        "fx",
        "f.eks",
        "jf",
        "jfr",
        "cf",
        "bl",
        "inkl",
        "incl",
        "ekskl",
        "exkl",
        "excl",
        "ev",
        "evt",
        "s",
        "st",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "vs",
        "fig",
        "kap",
        "pkt",
        "resp",
        "pers",
        "tlf",
        "tel",
        "tfn",
        "mob",
        "pr",
        "mio",
        "mia",
        "mill",
        "mrd",
        "iflg",
        "ifm",
        "vedr",
        "ang",
        "ref",
        "vol",
        "pp",
    ]
)
#: Abbreviations that close a list or a clause ("… Region X m.fl.", "osv."): their full
#: stop ends the sentence when a capitalised word follows, never before a figure or a
#: word in lower case ("m.fl. 2024", "osv. och").
_CLOSING_ABBREVIATIONS = frozenset(
    ["osv", "etc", "mm", "m.m", "mfl", "m.fl", "mv", "m.v", "o.l", "m.a", "a.o", "o.s.v"]
)
#: Brackets and quotes before a word: "(ca.", "(t. EUR)", "«dr.".
_OPENING_MARKS = "([{\"'«“‘"
#: A day's number before its month, in the Nordic style: "6. Marts", "12. June 2025".
_DAY_NUMBER = re.compile(r"(?<![\d.])(?:[1-9]|[12]\d|3[01])\.$")
#: A month's name or its short form in English and the Nordic languages: "marts", "juni",
#: "Sept.", "October". Whole words only ("Marknad" is no month).
MONTH_NAME = (
    r"(?:jan(?:uar[iy]?|uary)?|feb(?:ruar[iy]?|ruary)?|mar(?:s|ts|ch)?|apr(?:il)?|"
    r"ma[ijy]|jun[ei]?|jul[iy]?|aug(?:ust|usti)?|sept?(?:ember)?|o[kc]t(?:ober)?|"
    r"nov(?:ember)?|de[cs](?:ember)?)\b"
)
_MONTH = re.compile(MONTH_NAME, re.IGNORECASE)
#: A paragraph this full (as a share of the chunk size) is a good place to cut.
_PARAGRAPH_CUT = 0.6


#: A short closing line ("Budget: 30 000 euro") stays with the block it closes even if
#: that makes the passage this much longer than the chunk size.
_TAIL_CHARS = 80
_FIGURE = re.compile(r"\d")


def _closes_block(text: str, span: Span) -> bool:
    """A one-line paragraph with a figure that ends a block: a budget or a result line.
    Headings carry no figures, so they still open the next passage."""
    line = text[span.start : span.end]
    return span.end - span.start <= _TAIL_CHARS and "\n" not in line and bool(_FIGURE.search(line))


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _word_before(text: str, dot: int) -> str:
    """The word that ends at the full stop at `dot`, in lower case, without its final
    full stop and the brackets or quotes before it."""
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    return text[word_start:dot].lower().rstrip(".").lstrip(_OPENING_MARKS)


def _is_abbreviation(text: str, dot: int, next_char: str) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or an initial rather than the
    sentence; `next_char` opens the text after the boundary."""
    word = _word_before(text, dot)
    if word in _CLOSING_ABBREVIATIONS:
        return not next_char.isupper()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _runs_on(text: str, start: int, cut: int, after: int) -> bool:
    """Whether the sentence that opens at `start` goes on over the boundary `cut`..`after`:
    its full stop ends an abbreviation or a day's number before a month."""
    if text[cut - 1 : cut] != ".":
        return False
    if _is_abbreviation(text, cut - 1, text[after : after + 1]):
        return True
    return bool(_DAY_NUMBER.search(text[max(start, cut - 4) : cut]) and _MONTH.match(text, after))


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of `text[start:end]`, as offsets into `text`."""
    spans: list[Span] = []
    pos = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.start()
        if match.group() != "\n" and _runs_on(text, pos, cut, match.end()):
            continue
        span = _trim(text, pos, cut)
        if span:
            spans.append(span)
        pos = match.end()
    span = _trim(text, pos, end)
    if span:
        spans.append(span)
    return spans


def _split_long(text: str, span: Span, limit: int) -> list[Span]:
    """Cut a run-on 'sentence' (a table row, a list) at spaces to fit `limit`."""
    pieces = []
    start = span.start
    while span.end - start > limit:
        cut = text.rfind(" ", start, start + limit)
        if cut <= start:
            cut = start + limit
        piece = _trim(text, start, cut)
        if piece:
            pieces.append(piece)
        start = cut
    last = _trim(text, start, span.end)
    if last:
        pieces.append(last)
    return pieces


def sentence_units(document: Document, limit: int) -> list[tuple[Span, int]]:
    """Every sentence of `document` with the index of its paragraph."""
    units: list[tuple[Span, int]] = []
    pos = 0
    text = document.text
    for paragraph, brk in enumerate([*_PARAGRAPH_BREAK.finditer(text), None]):
        end = brk.start() if brk else len(text)
        for sentence in split_sentences(text, pos, end):
            units.extend((piece, paragraph) for piece in _split_long(text, sentence, limit))
        pos = brk.end() if brk else len(text)
    return units


def chunk_spans(document: Document, settings: ChunkSettings) -> list[list[Span]]:
    """Group the document's sentences into chunks; each chunk is a list of sentences."""
    limit = settings.chunk_chars
    chunks: list[list[Span]] = []
    current: list[Span] = []
    current_paragraph = -1
    for span, paragraph in sentence_units(document, limit):
        if current:
            size = span.end - current[0].start
            full = current[-1].end - current[0].start
            new_paragraph = paragraph != current_paragraph
            if new_paragraph and _closes_block(document.text, span) and size <= limit + _TAIL_CHARS:
                current.append(span)
                current_paragraph = paragraph
                continue
            if size > limit or (new_paragraph and full >= _PARAGRAPH_CUT * limit):
                intro = _introduction(document.text, current)
                chunks.append(current[:-1] if intro else current)
                if intro:
                    current = [intro]  # "The joint challenges are:" stays with its list
                else:
                    current = [] if new_paragraph else _overlap(current, settings.overlap_chars)
                if current and span.end - current[0].start > limit:
                    current = []
        current.append(span)
        current_paragraph = paragraph
    if current:
        chunks.append(current)
    return chunks


def _introduction(text: str, sentences: list[Span]) -> Span | None:
    """The last sentence of a passage about to be cut, when it introduces what follows
    ("The joint challenges are:") and is not the passage's only sentence."""
    last = sentences[-1]
    if len(sentences) > 1 and text[last.start : last.end].rstrip().endswith(":"):
        return last
    return None


def _overlap(sentences: list[Span], budget: int) -> list[Span]:
    tail: list[Span] = []
    for span in reversed(sentences[1:]):
        if sentences[-1].end - span.start > budget:
            break
        tail.insert(0, span)
    return tail

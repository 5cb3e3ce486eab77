"""A fact in a table's cell, read as a record: the row the question names, the column
holding what it asks for.

Tables come out of the loader as paragraphs with cells between bars, under a header
row ("Round | Closing date | Decision by") and often a caption ("Table 2. Grants per
partner (1,000 NOK)"); a passage that opens among a table's rows carries the caption
and header it was cut from (`Chunk.table_head`). A row is chosen by its label (first
cell, with the next when the first is only the row's number): the question's words in
it, an ordinal or number it gives ("the second round": "Round 2"), a year, else its
label's closeness to the question by the model's vectors (a label in another language),
or its sentence's, when the question names a year heading its column or asks for a
target; a question for a total, its sum's row. A column is chosen by a year the
question names, else by the kind of value it asks for (a date, a share, money, a count,
a person, a body), else by its header's words; a target and what was reached are stated
together, the reached first. When no row or column stands out, nothing is read: a guess
would lead with another row's figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from nordask.passages import Support
from nordask.policy import gives_measure
from nordask.query import (
    CURRENCY,
    Intent,
    asked_role,
    is_money_word,
    name_words,
    role_kind,
    states_amount,
)
from nordask.records import Chunk
from nordask.structure import bar_cells, caption_unit, in_thousands, paragraph_spans
from nordask.words import content_words, folded, words

#: A caption longer than this is prose above the table, not its caption.
CAPTION_CHARS = 240
#: A question word and a label or header word are the same word across the languages
#: when they share this many first letters ("forprojekt", "Forprosjekt"), or are equal.
STEM = 5
#: A row's label word is the question's word when at most this many letters longer or
#: shorter: an ending, not another noun of a compound.
INFLECTION = 3
#: A word shorter than STEM letters is another's with an ending this long at most.
SHORT_ENDING = 2
#: A part of a compound word has at least this many letters ("bus" of "pendlerbuss").
MIN_PART = 3
#: A row chosen by closeness alone must be this much closer than the next row.
CLOSER_BY = 0.02
#: At most this many cells of one kind are stated when the header does not pick one.
MAX_CELLS = 3


#: How close each of some row labels is to the question by the model's vectors: a label
#: in another language than the question ("Klimatilpasning langs kysten" for "climate
#: adaptation along the coast"), which no word of the question names. A row's sentence
#: is a worse judge: its figures and number weigh as much as its words.
LabelCloseness = Callable[[Sequence[str]], Sequence[float]]
#: How close each of some phrases of the question ("resident in Finland") is to each of
#: some texts ("bosatt i Finland") by the model's vectors, one row per phrase.
PlacedCloseness = Callable[[Sequence[str], Sequence[str]], Sequence[Sequence[float]]]


@dataclass(frozen=True)
class Record:
    """A table row with its table's header and caption; `sentence` is the passage's
    sentence the row stands in."""

    caption: str
    header: tuple[str, ...]
    cells: tuple[str, ...]
    sentence: int

    @property
    def named_by(self) -> int:
        """How many cells name the row: two when the first is only its number ("7 |
        Visitors to the portal | 15 000 | 22 400"), else one."""
        numbered = _ROW_NUMBER.fullmatch(self.cells[0]) and len(self.cells) > 2
        return 2 if numbered and not _FIGURE.fullmatch(self.cells[1]) else 1

    @property
    def label(self) -> str:
        return " ".join(self.cells[: self.named_by])

    @property
    def is_total(self) -> bool:
        """Whether the row adds up the others: "Sum", "Totalt", "I alt", in one language
        of a label in two ("Totalt / Yhteensä")."""
        return any(_TOTAL.fullmatch(part.strip(" :")) for part in self.label.split(" / "))

    def quoted(self) -> str:
        """The row under its header: '“Round | Closing date” / “Round 2 | 1 Oct 2026”'."""
        return f"“{' | '.join(self.header)}” / “{' | '.join(self.cells)}”"


def records(chunk: Chunk) -> list[Record]:
    """The table rows of a passage, each under its table's header and caption: the head
    carried from before the passage for rows it opens with, else the first row of their
    run (a header row holds no figure after its corner)."""
    head = chunk.table_head
    text = f"{head}\n\n{chunk.text}" if head else chunk.text
    shift = len(head) + 2 if head else 0
    found = []
    header: list[str] | None = None
    caption = previous = ""
    width = 0  # of the bar row above
    run = 0  # where the records of the current table start in `found`
    referenced = False  # the table's rows may hold a note's number after their label
    for start, end in paragraph_spans(text):
        para = text[start:end]
        cells = bar_cells(para)
        if cells is None:
            if width and _CAPTION_BELOW.match(para) and len(para) <= CAPTION_CHARS:
                found[run:] = [_captioned(record, para) for record in found[run:]]
            header, previous, width, run = None, para, 0, len(found)
            referenced = False
            continue
        if header is not None and len(cells) == len(header) + 1 and run == len(found):
            header = _cornered(header)
            referenced = header is not None
        if referenced and header and len(cells) == len(header) + 1:
            cells = _without_reference(cells)
        if header is None or len(cells) != len(header):
            referenced = False
            # A row one cell narrower above heads a comparison table: cells.py reads those;
            # two cells a row are a list of facts ("| Total budget | NOK 48,000,000 |").
            header = cells if len(cells) > 2 and _heads(cells) and width != len(cells) - 1 else None
            caption = " ".join(previous.split()) if len(previous) <= CAPTION_CHARS else ""
            previous = ""
        elif start >= shift:
            values = tuple(_unlabelled(name, c) for name, c in zip(header, cells, strict=True))
            sentence = _sentence_at(chunk, start - shift)
            found.append(Record(caption, tuple(header), values, sentence))
        width = len(cells)
    return found


def _cornered(header: list[str]) -> list[str] | None:
    """The header of an account's table, its years over the figures: "Note | 2025 |
    2024" over "Fees | 1 | 4 820 | 4 650" names a column of notes' numbers, then the
    years; the rows' labels stand under its empty corner, the notes' numbers under no
    header (they say where to read more, not a value). None for another header one cell
    narrower than its rows (a comparison's: cells.py reads it)."""
    years = [cell for cell in header if _YEAR.fullmatch(cell)]
    if len(years) < 2 or len(header) != len(years) + 1 or _YEAR.fullmatch(header[0]):
        return None
    return ["", *years]


#: A note's number in an account's row, after its label: "1", "12", "3a".
_NOTE_NUMBER = re.compile(r"\d{1,2}[a-z]?")


def _without_reference(cells: list[str]) -> list[str]:
    """An account's row without its note's number ("Fees | 1 | 4 820 | 4 650" → "Fees |
    4 820 | 4 650"), its figures then under the years as a row without a note has them
    ("Rent | 720 | 705"); the row as it is when its second cell is no note's number."""
    if not _NOTE_NUMBER.fullmatch(cells[1]):
        return cells
    return [cells[0], *cells[2:]]


#: A caption under its table: "Tabell 2. Budsjettrammer … Alle beløp i 1 000 NOK.",
#: "Table 3: Results by year".
_CAPTION_BELOW = re.compile(r"(?:table|tabell?|tab\.)\s*\d+\s*[.:]", re.IGNORECASE)


def _captioned(record: Record, caption: str) -> Record:
    """A row with the caption under its table added, when the one above gives no unit."""
    if caption_unit(record.caption):
        return record
    return replace(record, caption=" ".join(f"{record.caption} {caption}".split()))


def _heads(cells: list[str]) -> bool:
    """Whether a bar row can be a header row: no value after its corner (a figure, a
    date, a share), no cell written under a column's name ("Land: SE"), no empty cell."""
    return all(cell and _names_column(cell) and not _NAMED_CELL.match(cell) for cell in cells[1:])


#: A word of a header cell, beside the number it may hold: "timer" of "6–12 timer".
_HEAD_WORD = re.compile(r"[^\W\d_]{3,}")


def _names_column(cell: str) -> bool:
    """Whether a cell can name a column: words only, or a year ("2024"), or words with
    the number of a code or band they head ("AP1 Projektledning", "6–12 timer (NOK)"),
    not a value (a figure, "3,2 MEUR", "65 %", "Oslo 20.10.2026")."""
    bare = _YEAR.sub("", cell)
    if not re.search(r"\d", bare):
        return True
    value = DATE.search(cell) or _SHARE.search(cell) or states_amount(cell)
    return bool(_HEAD_WORD.search(bare)) and not value


#: A Markdown row's cell written under its column's name: "Land: SE", "Budget (EUR): 250".
_NAMED_CELL = re.compile(r"[^:]{1,60}:\s")


#: A question for a total, or a total's row or column: "the total budget", "totala",
#: "samlede", "Sum", "Totalt", "I alt".
_TOTAL = re.compile(
    r"\b(?:total\w*|sum|summa|samlet|samlede|sammanlag\w*|sammenlag\w*|i\s+alt)\b", re.I
)


def asks_total(question: str) -> bool:
    """Whether a question asks for a total ("Hur stor är den totala budgeten?")."""
    return bool(_TOTAL.search(question))


#: A cell that is a bare figure: "42", "1.500", "3,2".
_FIGURE = re.compile(r"\d[\d\s.,]*")
#: A row's number standing alone in its first cell: "7", "12.".
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


def _unlabelled(name: str, cell: str) -> str:
    """A Markdown row's cell without the column name it is written under ("Land: SE")."""
    return cell[len(name) + 2 :] if name and cell.startswith(f"{name}: ") else cell


def _sentence_at(chunk: Chunk, offset: int) -> int:
    return next(
        (i for i, (a, b) in enumerate(chunk.sentences) if a <= offset < b),
        len(chunk.sentences) - 1,
    )


# --- the row a question names ------------------------------------------------------

#: The ordinal words of the four languages, by number: "second", "andra", "anden", "2nd".
_ORDINALS = (
    r"first|1st|första|første|förste|1:a",
    r"second|2nd|andra|anden|andet|andre|2:a",
    r"third|3rd|tredje|3:e",
    r"fourth|4th|fjärde|fjerde|4:e",
    r"fifth|5th|femte|5:e",
)
#: A number standing alone in a row's label: "Round 2", "Fase 3" (not a year, a code).
_LABEL_NUMBER = re.compile(r"(?<![\w.,])(\d{1,2})(?![\w.,])")
#: A year: "2024".
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def asked_numbers(question: str) -> set[int]:
    """The numbers a question asks for by ordinal or digit: "the second round" → 2,
    "round 2" → 2 (not a year)."""
    found = {
        n
        for n, forms in enumerate(_ORDINALS, start=1)
        if re.search(rf"\b(?:{forms})(?!\w)", question, re.IGNORECASE)
    }
    return found | {int(m.group(1)) for m in _LABEL_NUMBER.finditer(question)}


def _same_word(one: str, other: str, whole: bool = False) -> bool:
    """Whether two words are one across spellings, by their first letters; `whole`: and
    about as long, not a compound of one with another noun ("rådgivning" does not name
    "rådgivningsdagar", days of advice; "forprojekt" does name "forprosjekt"), unless
    `other` ends in `one` (`_ends_compound`)."""
    if whole and _ends_compound(folded(one), folded(other)):
        return True
    one, other = sorted((folded(one), folded(other)), key=len)
    if len(one) < STEM:  # a short word only with an ending: "host", "hosts"
        return other.startswith(one) and len(other) - len(one) <= SHORT_ENDING
    return one[:STEM] == other[:STEM] and not (whole and abs(len(one) - len(other)) > INFLECTION)


def _ends_compound(one: str, other: str) -> bool:
    """Whether `other` is a compound whose last part is `one`, give or take an ending:
    "bus" names "pendlerbuss", a kind of bus (a Nordic compound's last part says what
    it is, the first parts only which one)."""
    at = other.rfind(one)
    return len(one) >= MIN_PART and at >= MIN_PART and len(other) - at - len(one) <= SHORT_ENDING


def named_in(text: str, asked: Sequence[str], whole: bool = False) -> int:
    """How many of the question's words `text` has (`_same_word`)."""
    said = words(text)
    return sum(any(_same_word(word, w, whole) for w in said) for word in asked)


@dataclass(frozen=True)
class _Fit:
    """How well a row fits a question: its number or year agrees, how many of the
    question's words its label has, and its sentence's closeness."""

    agrees: bool
    named: int
    close: float


#: The word after "how" saying how much of what is asked: "Hvor stor en andel", "how
#: large", "hur länge".
_DEGREE = re.compile(r"\b(?:how|hur|hvor)\s+(\w+)", re.IGNORECASE)


def _asked_words(question: str) -> list[str]:
    """The words a question names a row by: not its figures, nor "stor" of "Hvor stor",
    which names no row ("Små og mellomstore bedrifter")."""
    degree = {m.group(1).casefold() for m in _DEGREE.finditer(question)}
    return [w for w in content_words(question) if not w.isdigit() and w not in degree]


def named_row(chunk: Chunk, intent: Intent) -> tuple[bool, int]:
    """How well the best row of a passage's tables that has a column for what the
    question asks fits it by its words alone: its number or year agrees, how many of
    the question's words its label has ((False, 0) for none). A passage of table rows
    reads like no question: search may miss the one that names the asked row."""
    asked = _asked_words(intent.question)
    fits = [
        (fit.agrees, fit.named)
        for record in records(chunk)
        if (fit := _fit(record, None, asked, intent)) and asked_columns(record, intent, asked)
    ]
    return max(fits, default=(False, 0))


def _dated(record: Record, columns: Sequence[int], intent: Intent) -> bool:
    """Whether a year of the question heads a column read: the row gives that year's
    figure, as a row of a table with no year column does not ("Hur många … år 2025?")."""
    return any(_year_head(record.header[i]) in intent.years for i in columns)


#: A footnote's mark after a column's header: "2023¹", "2025*", "2025 ²".
_FOOTNOTE_MARK = re.compile(r"\s?[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+$")


def _year_head(head: str) -> str:
    """A column's header without a footnote's mark: "2025²" heads the year 2025."""
    return _FOOTNOTE_MARK.sub("", head.strip())


def placed_row(chunks: Sequence[Chunk], intent: Intent, placed: PlacedCloseness) -> int | None:
    """Which of `chunks`, whose tables have rows the question names alike, holds the
    row of the table that places things as it does (`closest_table`); None for none."""
    asked = _asked_words(intent.question)
    fits = [(named_row(chunk, intent), k) for k, chunk in enumerate(chunks)]
    best = max((fit for fit, _ in fits), default=(False, 0))
    rows = [
        (record, k)
        for fit, k in fits
        if fit == best
        for record in records(chunks[k])
        if (row := _fit(record, None, asked, intent))
        and (row.agrees, row.named) == best
        and asked_columns(record, intent, asked)
    ]
    at = closest_table([record for record, _ in rows], intent, placed) if rows else None
    return None if at is None else rows[at][1]


def answers_kind(chunk: Chunk, intent: Intent) -> bool:
    """Whether a passage holds a table row with a column for what the question asks: its
    table may go on in the next passage, with the row the question names."""
    asked = _asked_words(intent.question)
    return any(asked_columns(record, intent, asked) for record in records(chunk))


def closest_row(chunks: Sequence[Chunk], intent: Intent, closeness: LabelCloseness) -> int | None:
    """Which of `chunks` holds the table row, with a column for what the question asks,
    whose label is clearly the closest to it (`closeness`): a row in another language
    than the question, which none of its words name; else, for a question for a total,
    the one with a sum's row. None when no row stands out; a row repeated in two
    passages counts once."""
    asked = _asked_words(intent.question)
    rows = [
        (record, k, columns)
        for k, chunk in enumerate(chunks)
        for record in records(chunk)
        if _fit(record, None, asked, intent) and (columns := asked_columns(record, intent, asked))
    ]
    chosen = [
        (record.label, k) for record, k, columns in rows if _by_closeness(record, columns, intent)
    ]
    if chosen:
        scores = closeness([label for label, _ in chosen])
        (best, (label, k)), *rest = sorted(zip(scores, chosen, strict=True), key=lambda r: -r[0])
        other = next((score for score, (name, _) in rest if name != label), None)
        if other is None or best - other >= CLOSER_BY:
            return k
    if asks_total(intent.question):  # "the total budget": the one table's sum row
        totals = {k for record, k, _ in rows if record.is_total}
        return totals.pop() if len(totals) == 1 else None
    return None


def _fit(
    record: Record, support: Support | None, asked: Sequence[str], intent: Intent
) -> _Fit | None:
    """The row's fit, None when its number or year is another than the question's."""
    numbers = {int(n) for n in _LABEL_NUMBER.findall(record.label)}
    wanted = asked_numbers(intent.question)
    years = set(_YEAR.findall(record.label))
    if (numbers and wanted and not numbers & wanted) or (
        years and intent.years and not years & set(intent.years)
    ):
        return None
    agrees = bool(numbers & wanted) or bool(years & set(intent.years)) or _same_role(record, intent)
    scores = support.sentence_scores if support else ()
    close = scores[record.sentence] if record.sentence < len(scores) else 0.0
    names = {folded(name) for name in name_words(intent.question)}
    common = [word for word in asked if folded(word) not in names]
    spelled = sum(_spells(record.label, folded(word)) for word in asked if folded(word) in names)
    named = named_in(record.label, common, whole=True) + spelled
    return _Fit(agrees, named or _names_with_kind(record, asked), close)


def _spells(label: str, name: str) -> bool:
    """Whether a row's label has a name of the question, give or take an ending: a name
    is no stem ("Fjellvaka" does not name "Fjellvegen", nor "Fjellveg" the row of
    "Fjellvegsfondet", another body), "BioBros" names "BioBro"."""
    said = [folded(word) for word in words(label)]
    return any(
        (w.startswith(name) or name.startswith(w)) and abs(len(name) - len(w)) <= SHORT_ENDING
        for w in said
    )


#: How alike (difflib's ratio) the rest of a compound and a column's header must be to
#: be one word in two languages: "afdelingen" and "avdelning" are 0.74 alike.
_KIND_LIKENESS = 0.7


def _names_with_kind(record: Record, asked: Sequence[str]) -> int:
    """How many of the question's words name the row by its label compounded with its
    column's header ("kommunikationsafdelingen" of the row "Kommunikation" under
    "Avdelning"): a department named in one word, which is no other compound of the
    label ("rådgivningsdagar" is no "Rådgivning" under "Tjeneste")."""
    kind = folded(record.header[record.named_by - 1])
    label = folded(record.label)
    rests = [
        folded(word)[len(label) :].removeprefix("s")
        for word in asked
        if folded(word).startswith(label) and len(words(label)) == 1
    ]
    return sum(SequenceMatcher(None, rest, kind).ratio() >= _KIND_LIKENESS for rest in rests)


def _same_role(record: Record, intent: Intent) -> bool:
    """Whether a row's label is the role the question names, in whatever language: a
    staff table's "Projektledare" row is the "project manager" asked about."""
    role = asked_role(intent.question)
    return role is not None and any(role_kind(part) == role for part in record.label.split(" / "))


# --- the column a question asks for -------------------------------------------------

_MONTH = r"(?:jan|feb|mar|apr|maj|mai|may|jun|jul|aug|sep|okt|oct|nov|dec|des)\w*"
#: A date cell: "1. oktober 2026", "15 March 2026", "12.05.2026", "2026-05-12".
DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\.\d{{1,2}}\.(?:19|20)?\d\d\b"
    r"|\b(?:19|20)\d\d-\d\d-\d\d\b",
    re.IGNORECASE,
)
#: A share cell: "70 %", "50 % av godkända kostnader", "80 procent".
_SHARE = re.compile(r"\d\s?%|\b\d+\s+(?:per\s?cent|procent|prosent)\b", re.IGNORECASE)
#: A count cell: "5", "1 250", "1.420".
_COUNT = re.compile(r"\d{1,3}(?:[ .]\d{3})*")
#: A question for a share: "how large a share", "hur stor andel", "what percentage".
_ASKS_SHARE = re.compile(
    r"\b(?:share|proportion|percent\w*|per cent|rate|\w*andel\w*|procent\w*|prosent\w*)\b|%",
    re.IGNORECASE,
)
#: A rate that is a price per while, not a share: "hourly rate", "timpris", "dagsats",
#: "a rate per hour".
_PRICE_RATE = re.compile(
    r"\b(?:hourly|daily|tim\w*pris|tim\w*sats|dag\w*sats|døgn\w*sats)\b"
    r"|\b(?:per|pr\.?)\s+(?:hour|day|time|timme|dag|døgn|dygn)\b",
    re.IGNORECASE,
)
#: A unit per while: "EUR/h", "kr/time", "NOK/dag".
_PER_WHILE = re.compile(r"/\s?(?:h|t|tim\w*|time\w*|dag|day|døgn|dygn)\b", re.IGNORECASE)
#: A question for a grant, which no money word of a question names: "the highest grant",
#: "højeste tilskud", "hur stort stöd", "bidraget", "funding".
_ASKS_GRANT = re.compile(
    r"\b(?:grants?|funding|\w*tilskud\w*|\w*bidrag\w*|stöd\w*|støtte\w*)\b", re.IGNORECASE
)
#: A question for a person: "contact person", "kontaktperson", "which person".
_ASKS_PERSON = re.compile(r"\b\w*person\w*\b", re.IGNORECASE)
#: A question for whoever does it, a person or a body: "who", "vem", "hvem".
_ASKS_WHO = re.compile(r"\b(?:who|vem|hvem)\b", re.IGNORECASE)
#: A question for when, besides what it asks first: "…, og når holdes den?".
_ASKS_WHEN = re.compile(r"\b(?:when|när|når|hvornår)\b", re.IGNORECASE)
#: A question for a body: "which body", "vilket organ", "which organisation", "authority".
_ASKS_BODY = re.compile(
    r"\b(?:body|bodies|organ|organs|organet|organisation\w*|organization\w*|authority|"
    r"myndighet\w*|instans\w*|etat\w*)\b",
    re.IGNORECASE,
)
#: A question or column for what was aimed at: "the target", "målet", "Mål 2024", "Goal".
_TARGET = re.compile(r"\b(?:targets?|targeted|goals?|mål\w*|maal\w*)\b", re.IGNORECASE)
#: A question or column for what was reached: "achieved", "Opnået 2024", "uppnåddes",
#: "Actual", "Result", "Utfall".
_ACHIEVED = re.compile(
    r"\b(?:achieved|reached|attained|actual\w*|outcomes?|results?|resultat\w*|opnå\w*|"
    r"oppnå\w*|uppnå\w*|utfall\w*|faktisk\w*)\b",
    re.IGNORECASE,
)
#: A column of people: "Contact person", "Kontaktperson", "Namn", "Navn", "Name".
_PERSON_HEAD = re.compile(r"person|\bnamn\b|\bnavn\b|\bname\b|\bkontakt", re.IGNORECASE)
#: A column of bodies: "Responsible body", "Ansvarigt organ", "Organisation", "Myndighet".
_BODY_HEAD = re.compile(r"\borgan\b|organi[sz]ation|\bbody\b|myndighet|instans|ansvar", re.I)


def asked_kinds(intent: Intent) -> list[str]:
    """The kinds of value a question asks a table for, in the order to state them: "who
    leads it, and when" asks for a doer and a date."""
    question = intent.question
    kinds = ["date"] if intent.kind == "date" or _ASKS_WHEN.search(question) else []
    money = _ASKS_GRANT.search(question) or any(map(is_money_word, words(question)))
    if _ASKS_SHARE.search(question) and not _PRICE_RATE.search(question):
        kinds.append("share")
    elif intent.kind == "quantity" and not kinds:
        kinds.append("count")  # "How many projects were granted funding?": a count
    elif intent.wants_amount or money:
        kinds.append("money")
    if _ASKS_BODY.search(question):
        kinds.append("body")
    if intent.kind == "quantity" and "count" in kinds:
        return kinds  # "how many persons got advice?": a count, not whom
    if _ASKS_PERSON.search(question):
        kinds.append("person")
    elif (who := _ASKS_WHO.search(question)) and "body" not in kinds:
        when = _ASKS_WHEN.search(question)
        kinds.insert(0 if when and who.start() < when.start() else len(kinds), "who")
    if not kinds and (_TARGET.search(question) or _ACHIEVED.search(question)):
        kinds.append("result")  # "what was the target, and what was achieved?"
    return kinds


def _of_kind(kind: str, name: str, value: str, unit: str | None) -> bool:
    """Whether a cell under header `name` holds a value of `kind`."""
    if not value or value in "–-":
        return False
    if kind == "date":
        return bool(DATE.search(value))
    if kind == "share":
        return bool(_SHARE.search(value))
    if kind == "money":  # a bare figure in its caption's unit, or under a header of money
        bare = bool(_FIGURE.fullmatch(value))
        return states_amount(value) or (bare and bool(unit or _names_money(name)))
    if kind == "count":  # not a figure in money ("Alle beløp i 1 000 NOK")
        return bool(_COUNT.fullmatch(value)) and not unit
    if kind == "result":
        return bool(re.search(r"\d", value)) and bool(
            _TARGET.search(name) or _ACHIEVED.search(name)
        )
    if any(c.isdigit() for c in value):
        return False
    if kind == "person":
        return bool(_PERSON_HEAD.search(name))
    if kind == "body":
        return bool(_BODY_HEAD.search(name))
    if kind == "who":
        return bool(_PERSON_HEAD.search(name) or _BODY_HEAD.search(name))
    return kind == "text"  # words, no figure


def _names_money(head: str) -> bool:
    """Whether a column's header says its figures are money, though in no unit: "Total
    budget", "EU-stöd", "Kostnader" (the document may give the unit once for all)."""
    return bool(_ASKS_GRANT.search(head)) or any(map(is_money_word, words(head)))


def _unit(record: Record, column: int) -> str | None:
    """The unit a column's bare figures are in: its header's "(MSEK)", else the caption's."""
    return caption_unit(record.header[column]) or caption_unit(record.caption)


def _scale(record: Record, column: int) -> str | None:
    """The multiple a column's bare figures are in when no currency says it: "4,3" under
    the caption "Besøkende … Tusen personer" is 4,3 thousand, not 4 people."""
    thousands = in_thousands(record.header[column]) or in_thousands(record.caption)
    return "thousand" if thousands else None


def _measured(record: Record, column: int, question: str) -> bool:
    """Whether a column's figures measure something its header or caption names, which
    the question does not: 55 under "Travel time one way, minutes" is no count of
    people ("Hur många personer …"), but is of "Hvor mange minutter …"."""
    return _measures(f"{record.header[column]} {record.caption}") and not _measures(question)


#: A share named in words: "Women's share", "per cent", "Andel kvinner", "andelen".
_SHARE_WORD = re.compile(r"\b(?:shares?|proportions?|per\s+cent|andel\w*)\b", re.IGNORECASE)


def _year_fits(record: Record, column: int, intent: Intent) -> bool:
    """Whether a year's cell is of the kind a question asks: no share or time for a
    how-many ("Women, pct." under "2025"), and a share, by its cell or its table's
    caption, for "how large a share" (not "1,4" of "Thousands" under "2025¹")."""
    kinds = asked_kinds(intent)
    if "count" in kinds and _measured(record, column, intent.question):
        return False
    share = _of_kind("share", "", record.cells[column], None)
    return "share" not in kinds or share or _measures(f"{record.header[column]} {record.caption}")


def _measures(text: str) -> bool:
    """Whether a text names a measure: a time, a share ("per cent", "andel"), a length."""
    return any(map(gives_measure, words(text))) or bool(_SHARE_WORD.search(text))


def asked_columns(record: Record, intent: Intent, asked: Sequence[str]) -> list[int]:
    """The columns of a row that hold what the question asks: the one a year of it heads,
    else per kind asked the cells of that kind (those whose header has the question's
    words, when some have), else, when it asks for no kind, the one column whose header
    has most of its words."""
    header = record.header
    values = range(record.named_by, len(header))  # the cells after the row's label
    years = [i for i in values if _year_head(header[i]) in intent.years]
    if len(years) == 1:  # not a rate the table does not state ("pr. indbygger")
        year = years[0]
        fits = _same_rate(record, year, intent.question) and _year_fits(record, year, intent)
        return years if fits else []
    of_year = [i for i in values if _of_year(header[i], intent.years)]
    if not years and len(of_year) == 1:  # "varav 2027", "heraf 2027": that year's share
        year = of_year[0]
        if _same_rate(record, year, intent.question) and _year_fits(record, year, intent):
            return of_year
    total = asks_total(intent.question)  # "the total budget": the column of sums
    codes = _codes(intent.question)
    named = [
        named_in(header[i], asked)
        + (total and bool(_TOTAL.fullmatch(header[i])))
        + len(codes & _codes(header[i]))
        for i in range(len(header))
    ]
    chosen: list[int] = []
    kinds = asked_kinds(intent)
    for kind in kinds:
        fits = [
            i
            for i in values
            if (
                _of_kind(kind, header[i], record.cells[i], _unit(record, i))
                or (kind == "who" and named[i] and _of_kind("text", "", record.cells[i], None))
            )
            and (kind != "money" or _same_rate(record, i, intent.question))
            and (kind != "count" or not _measured(record, i, intent.question))
            and not _other_years(header[i], intent.years)
            and not (intent.kind == "person" and _holds_role_only(record.cells[i]))
            and not (kind in _DOER_KINDS and _is_asked_subject(record.cells[i], intent.question))
        ]
        best = max((named[i] for i in fits), default=0)
        by_name = kind == "money" and not best and _named_only(record, intent.question)
        if by_name and not _covers(record, asked):
            continue  # "what does charging cost in Fjordvik": not Fjordvik's budget cell
        chosen += [i for i in fits if named[i] == best and i not in chosen][
            : 1 if best else MAX_CELLS
        ]
    if chosen or kinds:
        return _reached_first(record, chosen, intent)
    best = [i for i in values if named[i] and named[i] == max(named[j] for j in values)]
    return best if len(best) == 1 else []


#: A code naming a work package, phase or quarter: letters and digits in one word, "AP2",
#: "WP3", "Q4" (not a year, not a word).
_CODE = re.compile(r"\b(?=[^\W\d_]*\d)(?=\d*[^\W\d_])[^\W_]{2,8}\b")


#: A band of a count a column heads, a number or a range of two: "12" of "Over 12 timer",
#: "6–12" (not part of a figure, "1 013", "3,5").
_BAND = re.compile(r"(?<![\w.,])(?<!\d\s)\d{1,3}(?:\s?[–-]\s?\d{1,3})?(?![\d.,]|\s\d)")


def _codes(text: str) -> set[str]:
    """The codes and bands a text names, folded: a header's code says which column it
    is more surely than a word of it the question shares ("project" of "AP1
    Projektledning"), a band which of "6–12 timer" and "Over 12 timer" a trip of "more
    than 12 hours" falls in."""
    bands = {re.sub(r"\s", "", m.group(0)).replace("-", "–") for m in _BAND.finditer(text)}
    return {m.group(0).casefold() for m in _CODE.finditer(text)} | bands


#: A code of a series: letters, then its number ("AP5", "WP2").
_SERIES_CODE = re.compile(r"([^\W\d_]+)(\d+)")


def unlisted_code(question: str, supports: Sequence[Support]) -> str | None:
    """Why a question naming a code ("AP5") is not answered, when the cited passages'
    tables head rows or columns with codes of its series but not it ("AP1" … "AP4"), and
    no passage names it: the thing asked for is not in the plan, which a reason that
    no amount is stated would hide. None otherwise."""
    for asked in (m.group(0) for m in _CODE.finditer(question)):
        code = _SERIES_CODE.fullmatch(asked)
        if code is None or any(_names_code(s.chunk.text, asked) for s in supports):
            continue
        heads = [
            cell
            for support in supports
            for record in records(support.chunk)
            for cell in (*record.header, record.label)
        ]
        series = {
            m.group(0): int(m.group(2))
            for cell in heads
            for m in _SERIES_CODE.finditer(cell)
            if m.group(1).casefold() == code.group(1).casefold()
        }
        if series:
            listed = ", ".join(sorted(series, key=series.__getitem__))
            return f"the closest passages' tables list {listed}, but no {asked}"
    return None


def _names_code(text: str, code: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(code)}(?!\w)", text, re.IGNORECASE))


#: The most words a column's header has besides its year to be that year's column:
#: "varav 2027", "of which 2027", "Budget 2027".
_YEAR_HEAD_WORDS = 2


def _of_year(head: str, years: Sequence[str]) -> bool:
    """Whether a short column header names one year, an asked one, with a word or two
    beside it ("varav 2027" of a row that gives the whole amount first and then each
    year's part): its cell is that year's figure, not the whole's."""
    named = _YEAR.findall(head)
    words = re.findall(r"[^\W\d_]+", head)
    return len(named) == 1 and named[0] in years and len(words) <= _YEAR_HEAD_WORDS


def _other_years(head: str, years: Sequence[str]) -> bool:
    """Whether a column's header names years, none of them the question's: "Opnået 2024"
    holds no figure of 2025."""
    named = _YEAR.findall(head)
    return bool(named and years and not set(named) & set(years))


def _reached_first(record: Record, chosen: list[int], intent: Intent) -> list[int]:
    """A row's target and what was reached, both, when one of them is chosen: what was
    reached first ("How many visitors?" asks what came, not what was hoped for), the
    target first when only it is asked. Either alone reads as the answer."""
    values = range(record.named_by, len(record.cells))
    figures = [i for i in values if re.search(r"\d", record.cells[i])]
    target = [i for i in figures if _TARGET.search(record.header[i])]
    reached = [i for i in figures if _ACHIEVED.search(record.header[i])]
    if len(target) != 1 or len(reached) != 1 or not set(chosen) & {*target, *reached}:
        return chosen
    question = intent.question
    aimed = _TARGET.search(question) and not _ACHIEVED.search(question)
    pair = target + reached if aimed and intent.kind != "quantity" else reached + target
    return [*pair, *(i for i in chosen if i not in pair)]


def _holds_role_only(cell: str) -> bool:
    """Whether a cell is a role and nothing more ("Ledamot", "Vice chair"): the role its
    row's person holds, which no question for a person in a role is answered by."""
    return role_kind(cell.strip()) is not None


#: The kinds of cell that name a doer: a person, a body, whoever.
_DOER_KINDS = frozenset({"who", "person", "body"})


def _is_asked_subject(cell: str, question: str) -> bool:
    """Whether a cell is what the question itself names ("Who leads the grants unit?"
    of a row whose responsible is "Grants unit (GU)"): a unit is not its own head, so
    the cell tells nothing of who leads it. Every word of the cell is in the question,
    spelled in any Nordic orthography or form ("første", "första")."""
    named = [folded(w) for w in content_words(cell)]
    asked = [folded(w) for w in words(question)]
    return bool(named) and all(any(_alike(w, a) for a in asked) for w in named)


#: A word this long may differ from its cognate in one letter ("forstenivakontrollen",
#: "forstanivakontrollen").
_COGNATE_LENGTH = 6


def _alike(word: str, other: str) -> bool:
    """Whether two folded words are one, perhaps in two languages: equal, or as long and
    long enough, with one letter different."""
    if word == other:
        return True
    differ = sum(a != b for a, b in zip(word, other, strict=False))
    return len(word) == len(other) >= _COGNATE_LENGTH and differ <= 1


#: A rate a question asks for: "per hour", "per time", "pr. år", "per kWh".
_PER = re.compile(r"\b(?:per|pr\.?)\s+([^\W\d_]+)", re.IGNORECASE)


def _same_rate(record: Record, column: int, question: str) -> bool:
    """Whether a cell states the rate a question asks ("per time") when it asks one: a
    row's "Maks beløp per prosjekt" is no hourly rate."""
    rate = _PER.search(question)
    text = " ".join([record.caption, record.header[column], record.cells[column]])
    if _PRICE_RATE.search(question):  # "the hourly rate": a column of "EUR/h", "Timpris"
        return bool(_PRICE_RATE.search(record.header[column]) or _PER_WHILE.search(text))
    if not rate:
        return True
    return any(_same_word(rate.group(1), per) for per in _PER.findall(text))


def _named_only(record: Record, question: str) -> bool:
    """Whether the question's words in a row's label are all names (capitalised in the
    question): "Fjordvik" picks Fjordvik's row, not what of Fjordvik's is asked."""
    label = words(record.label)
    said = [
        t for t in re.findall(r"[^\W\d_][\w-]*", question) if any(_same_word(t, w) for w in label)
    ]
    return bool(said) and all(t[:1].isupper() for t in said)


def _covers(record: Record, asked: Sequence[str]) -> bool:
    """Whether a table row speaks of all a question asks besides money: a row that only
    shares a name with the question states that name's budget, not what it asks."""
    text = " ".join([record.caption, *record.header, *record.cells])
    topic = [word for word in asked if not is_money_word(word)]
    return named_in(text, topic) == len(topic)


# --- the answer ----------------------------------------------------------------------


@dataclass(frozen=True)
class TableCell:
    """The cells a question asks for, read from one row of a cited passage's table."""

    record: Record
    columns: tuple[int, ...]
    n: int
    #: The unit its document gives all its amounts in ("Alla belopp i euro (EUR)").
    unit: str | None = None

    def value(self, column: int) -> str:
        """A cell's value, a bare figure in its column's unit ("960 thousand DKK"), else,
        under a header of money, in its document's."""
        value = self.record.cells[column]
        money = self.unit if _names_money(self.record.header[column]) else None
        unit = _unit(self.record, column) or money or _scale(self.record, column)
        return f"{value} {unit}" if unit and _FIGURE.fullmatch(value) else value

    def names(self) -> list[str]:
        """The doers the cells name: those without a figure ("Region Vestby", "Siri Myhre")."""
        values = [self.record.cells[i] for i in self.columns]
        return [value for value in values if not any(c.isdigit() for c in value)]

    def lead(self) -> str:
        """'1 October 2026 — “Round 2”, “Closing date” [1]', the row under its header
        on the next line."""
        record = self.record
        if len(self.columns) == 1:
            column = self.columns[0]
            said = f"{self.value(column)} — “{record.label}”, “{record.header[column]}”"
        else:
            cells = "; ".join(f"{self.value(i)} (“{record.header[i]}”)" for i in self.columns)
            said = f"{cells} — “{record.label}”"
        caption = f" ({record.caption})" if record.caption else ""
        return f"{said} [{self.n}]\n{record.quoted()}{caption}"


#: A document's word that all its amounts are in one unit: "Alla belopp i euro (EUR)",
#: "All amounts are in EUR", "Alle beløp er i NOK".
_ALL_AMOUNTS = re.compile(
    r"\b(?:all|alla|alle)\s+(?:amounts?|belopp|beløp|beløb|figures|tal|tall)\s+"
    r"(?:are\s+|er\s+|är\s+)?(?:i|in)\s+[^.]*",
    re.IGNORECASE,
)


#: What holds only in part, asked or said: "accepted in part", "partly", "delvis", "osittain".
_IN_PART = re.compile(
    r"\b(?:in\s+part|partly|partially|delvis|delvist|delvise|osittain)\b", re.IGNORECASE
)


#: A question for which one of several: "which", "vilken", "hvilket".
_ASKS_WHICH = re.compile(r"\b(?:which|vilk\w+|hvilk\w+)\b", re.IGNORECASE)


def asks_in_part(question: str) -> bool:
    """Whether a question asks which one holds only in part ("Which was accepted only in
    part?"); not why one does ("Why was X only partly reached?"), nor what of it."""
    return bool(_IN_PART.search(question) and _ASKS_WHICH.search(question))


def _in_part(record: Record) -> list[int]:
    """The cells of a row after its label that say it holds only in part."""
    cells = record.cells
    return [i for i in range(record.named_by, len(cells)) if _IN_PART.search(cells[i])]


def holds_partial_row(chunk: Chunk) -> bool:
    """Whether a passage's table has a row with a cell saying it holds only in part."""
    return any(len(_in_part(record)) == 1 for record in records(chunk))


def partial_row(intent: Intent, supports: Sequence[Support]) -> TableCell | None:
    """For a question that picks a row by what holds only in part ("Which recommendation
    was accepted only in part?"), the one row of the cited tables with a cell that says
    so ("Accepted in part. The check applies above …"), under its header: the other rows
    say it in full, so only the cell tells which row is asked. None when no row, or more
    than one, says it."""
    if not asks_in_part(intent.question):
        return None
    found: dict[tuple[str, ...], TableCell] = {}
    for support in supports:
        for record in records(support.chunk):
            if len(said := _in_part(record)) == 1:
                found.setdefault(record.cells, TableCell(record, tuple(said), support.n))
    return next(iter(found.values())) if len(found) == 1 else None


def table_cell(
    intent: Intent,
    supports: Sequence[Support],
    closeness: LabelCloseness | None = None,
    placed: PlacedCloseness | None = None,
) -> TableCell | None:
    """`read_cell`, a bare figure under a header of money in the unit its document gives
    all its amounts in, where a cited passage of it says so."""
    cell = read_cell(intent, supports, closeness, placed)
    if cell is None:
        return None
    doc = next(s.chunk.doc for s in supports if s.n == cell.n)
    said = (
        m.group(0)
        for s in supports
        if s.chunk.doc == doc
        for m in _ALL_AMOUNTS.finditer(s.chunk.text)
    )
    unit = next((u for text in said if (u := _stated_unit(text))), None)
    return replace(cell, unit=unit)


#: A currency's code in brackets after its name: "euro (EUR)".
_BRACKETED_CODE = re.compile(rf"\((?P<code>{CURRENCY})\)", re.IGNORECASE)


def _stated_unit(text: str) -> str | None:
    """The unit a statement of all amounts names: its one currency, or the code it
    spells its name with ("euro (EUR)")."""
    code = _BRACKETED_CODE.search(text)
    return caption_unit(text) or (code.group("code") if code else None)


def read_cell(
    intent: Intent,
    supports: Sequence[Support],
    closeness: LabelCloseness | None = None,
    placed: PlacedCloseness | None = None,
) -> TableCell | None:
    """The cells that answer a question from a table row of the cited passages, when one
    row fits it best (its number or year, its label's words, else clearly the closest,
    by its label's `closeness` when given or by its sentence, for a question that names
    a year heading a column or asks for a target; else, for a question for a total, the
    sum's row) and has a column for what it asks."""
    asked = _asked_words(intent.question)
    candidates = []
    for support in supports:
        for record in records(support.chunk):
            fit = _fit(record, support, asked, intent)
            columns = asked_columns(record, intent, asked) if fit else []
            if fit and columns:
                candidates.append((fit, TableCell(record, tuple(columns), support.n)))
    if not candidates:
        return None
    key = max((fit.agrees, fit.named) for fit, _ in candidates)
    best = [c for c in candidates if (c[0].agrees, c[0].named) == key]
    if placed and (at := closest_table([c.record for _, c in best], intent, placed)) is not None:
        best = [c for c in best if c[1].record.caption == best[at][1].record.caption]
    best.sort(key=lambda c: -c[0].close)
    if any(key):
        return best[0][1] if _stands_out(best) else None
    # Only closeness speaks for the row: its label's, else its sentence's.
    labelled = _by_label(best, closeness) if closeness else []
    stood_out = bool(labelled) and _stands_out(labelled)
    if stood_out:
        cell = labelled[0][1]
        if _by_closeness(cell.record, cell.columns, intent):
            return cell
    elif (
        _stands_out(best)
        and _label_agrees(labelled, (top := best[0][1]))
        and _by_closeness(top.record, top.columns, intent)
    ):
        return top
    if asks_total(intent.question):  # "the total budget", no label standing out: the sum
        totals = {cell.record.label: cell for _, cell in best if cell.record.is_total}
        return _best_headed(list(totals.values()), asked, headed=stood_out)
    return None


def _best_headed(cells: list[TableCell], asked: Sequence[str], headed: bool) -> TableCell | None:
    """Of sum rows of several tables, the one whose chosen columns' headers have the
    most of the question's words, as words not stems ("Total budget" for "the total
    budget", not "AP1 Projektledning" for "projektet"); None for a tie. `headed`: only
    one whose headers have some (another row's label read closer to the question)."""
    scores = [
        named_in(" ".join(cell.record.header[i] for i in cell.columns), asked, whole=True)
        for cell in cells
    ]
    best = max(scores, default=0)
    if scores.count(best) != 1 or (headed and not best):
        return None
    return cells[scores.index(best)]


def _by_label(
    best: list[tuple[_Fit, TableCell]], closeness: LabelCloseness
) -> list[tuple[_Fit, TableCell]]:
    """The rows, closest label first."""
    labels = closeness([cell.record.label for _, cell in best])
    ranked = [(replace(fit, close=c), cell) for (fit, cell), c in zip(best, labels, strict=True)]
    return sorted(ranked, key=lambda c: -c[0].close)


def _label_agrees(labelled: list[tuple[_Fit, TableCell]], cell: TableCell) -> bool:
    """Whether the row whose sentence reads closest is also the one whose label does,
    when labels were read: a row's sentence in a long table of figures reads like the
    question by the document's words around it, and where the labels name no row
    clearly, a sentence alone names one only if its label is the closest too."""
    return not labelled or labelled[0][1].record.label == cell.record.label


def _by_closeness(record: Record, columns: Sequence[int], intent: Intent) -> bool:
    """Whether closeness alone may choose a row: when the question names a year heading
    its column, or asks for a target and what was reached. A row that only resembles
    the question most, of rows that answer something else, answers nothing."""
    kinds = asked_kinds(intent)
    return bool(kinds) and (_dated(record, columns, intent) or "result" in kinds)


def _stands_out(best: list[tuple[_Fit, TableCell]]) -> bool:
    """Whether the closest of the rows that fit equally well is clearly the closest: the
    same row in two passages counts once."""
    if len(best) == 1 or best[0][1].record.label == best[1][1].record.label:
        return True
    return best[0][0].close - best[1][0].close >= CLOSER_BY


#: A thing placed by a name: a word, a preposition and the name it places it at
#: ("resident in Finland", "bosatt i Norge", "studerar i Åbo", "går på skole i Vassfjord",
#: "based at Tromsø", "reisende fra Bodø", "resor till Umeå").
_PLACED = re.compile(
    r"\b[^\W\d_]{3,}\s+(?:in|at|from|to|i|på|fra|från|til|till|ved|vid)\s+"
    r"(?-i:[A-ZÆØÅÄÖ])[^\W\d_]+(?:-[^\W\d_]+)*",
    re.IGNORECASE,
)


def placed_phrases(text: str) -> list[str]:
    """What a text places by a name: "resident in Finland" and "study in Vassfjord" of
    "How many students resident in Finland study in Vassfjord?"."""
    return [m.group(0) for m in _PLACED.finditer(text)]


def _table_phrases(record: Record) -> list[str]:
    """What a row's table places by a name: its caption's phrases ("bosatt i Norge med
    studier i Finland"), and its label under its column's header ("Studiekommun:
    Vassfjord": the place is where the study is)."""
    head = record.header[0].strip()
    return [*placed_phrases(record.caption), *([f"{head}: {record.label}"] if head else [])]


def closest_table(records: Sequence[Record], intent: Intent, placed: PlacedCloseness) -> int | None:
    """Which of rows of two or more tables (by caption) that fit a question alike is in
    the table that places things as the question does: two tables of one kind may count
    people in opposite directions ("resident in Norway studying in Finland" and "resident
    in Finland studying in Norway"), the same row label in each, and only what lives and
    what studies where tells which the question asks ("bor i Finland"). Each
    of the question's placed phrases counts its closest phrase of the row's table; None
    when the question places nothing, or no table's row is clearly the closest."""
    asked = placed_phrases(intent.question)
    phrases = [_table_phrases(record) for record in records]
    if not asked or len({r.caption for r in records}) < 2 or not all(phrases):
        return None
    texts = sorted({phrase for row in phrases for phrase in row})
    scores = placed(asked, texts)
    close = {text: [line[i] for line in scores] for i, text in enumerate(texts)}
    fits = [sum(max(close[p][j] for p in row) for j in range(len(asked))) for row in phrases]
    at = max(range(len(records)), key=fits.__getitem__)
    others = [f for f, r in zip(fits, records, strict=True) if r.caption != records[at].caption]
    return at if fits[at] - max(others) >= CLOSER_BY else None

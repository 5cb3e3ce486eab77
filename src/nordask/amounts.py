"""Amount answers: the figure asked for with its unit and what it is the budget of.

From a prose sentence, a table row tied to its goal, a cell a question names, or a
column of a table summed, ranked or matched; money values are read to rank projects by
what they cost, and a second figure is added when a two-part question asks for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import partial
from itertools import pairwise

from nordask.cells import Cell, asked_cell, column_field, row_at
from nordask.entities import name_keys
from nordask.glossary import ACRONYM
from nordask.passages import (
    BLOCK_REACH,
    LONG_TOPIC_WORD,
    Support,
    block_of,
    fold,
    in_same_place,
    last_heading,
    paragraph,
    paragraph_order,
    quotable,
    readable,
    same_paragraph,
    sentence_text,
    tidy,
    topic_key,
    topic_words_in,
    window,
    word_stem,
)
from nordask.people import (
    asked_doing,
    card_order,
    item_title,
    named_doers,
    names_no_project,
    owner_of_line,
    same_card,
    section_title,
)
from nordask.query import (
    AMOUNT,
    ANY_ROLE,
    ASKS_OWNER,
    COST,
    CURRENCY,
    NAME_PREFIX,
    SECOND_QUESTION,
    STEM_LETTERS,
    Intent,
    amounts,
    asked_country,
    asks_author,
    asks_how_long,
    asks_whether,
    asks_years,
    counted_words,
    is_money_word,
    name_phrases,
    name_words,
    names_any,
    parse,
    question_parts,
    states_amount,
    states_byline,
    states_count,
    states_day,
    states_duration,
    states_month,
    superlative_kinds,
    topic_words,
    without_units,
    years_in,
)
from nordask.quotes import quote, quoted, rows_at, with_wanted
from nordask.records import Chunk, TableRow
from nordask.structure import goal_numbers, row_value
from nordask.whether import claim_of, denies
from nordask.words import HEAD_SHARE, content_words, every_stopword


def row_lead(n: int, row: TableRow, terms: Mapping[str, str], column: str | None = None) -> str:
    """The figure first, then where it stands: 'Goal 7: 7 MDKK in total (Nordregio 3,8
    MDKK, NORA 0 MDKK, GK-er 0 MDKK, …) [1]. MDKK is million Danish kroner. GK-er:
    “grænsekomiteerne” (the plan's own words). From the “Økonomi” row of “MÅL 7: …”.'
    With the `column` a question names, its cell first: 'Goal 7: NORA 0 MDKK of 7 MDKK
    in total (Nordregio 3,8 MDKK, …) [1].', a year's after it ('9,5 MSEK in 2027 of …')."""
    asked = [(col, value) for col, value in row.cells if col == column]
    cells = ", ".join(f"{col} {value}" if col else value for col, value in row.cells)
    figures = f"{row.total} in total ({cells})" if row.total else cells
    if asked:
        others = ", ".join(f"{col} {value}" for col, value in row.cells if col != column)
        # A year heads its column after the figure: "9,5 MSEK in 2027", not "2027 9,5 MSEK".
        year = column is not None and bool(re.fullmatch(r"(?:19|20)\d\d", column))
        share = f"{asked[0][1]} in {column}" if year else f"{column} {asked[0][1]}"
        figures = f"{share} of {row.total} in total ({others})" if row.total else share
    lead = f"{_goal_name(row, 'Goal')}{figures} [{n}].{unit_note(figures)}"
    lead += spelled_headers([col for col, _ in row.cells if col], terms)
    heading = last_heading(row.section)
    parts = [f"the “{row.label}” row" if row.label else "", f"“{heading}”" if heading else ""]
    source = " of ".join(p for p in parts if p)
    return f"{lead} From {source}." if source else lead


def whether_word(question: str, row: TableRow, column: str | None) -> str:
    """'No — ' when a yes-or-no question asks whether the body a column names gets money
    and the row's cell for it is nothing ("Does NORA receive any funding …?": "NORA 0
    MDKK"), 'Yes — ' when it is more; for "Is it true that NORA gets no money …?", 'Yes
    — ' when the cell is nothing. '' for another question, no column, a cell that is no
    figure, a question that names a figure of its own (it asks whether it is that one)
    or one that denies in asking ("Does NORA not get …?": Yes and No mean the same)."""
    value = row_value(dict(row.cells).get(column) or "") if column else None
    if value is None or states_amount(question):
        return ""
    if (claim := claim_of(question)) is not None:
        return "Yes — " if (value == 0) == denies(claim) else "No — "
    if not asks_whether(question) or denies(question):
        return ""
    return "No — " if value == 0 else "Yes — "


#: Where a question names its goal: "goal 6", "mål 10", "delmålet 3".
_GOAL_MENTION = re.compile(r"\b(?:goal|(?:del)?mål(?:et)?)\s*\d+", re.IGNORECASE)
#: The most words a line that labels an activity's figure has ("Koordinering og formidling").
_LABEL_WORDS = 5


def sub_line(intent: Intent, row: TableRow, supports: Sequence[Support]) -> str | None:
    """The figure of one activity under the goal, when the question asks for that one by
    words before its goal ("How much goes to coordinating … under goal 6?"): a plan gives
    each activity its figure on a line of its own ("0,5 MDKK") beside a short label
    ("Koordinering og formidling"), and the goal's row only their total. The label must
    share a word with the question, spelled as its cognate in another language
    ("coordinating", "Koordinering"); None when no one figure's label does."""
    goal = _GOAL_MENTION.search(intent.question)
    asked = _cognates(intent.question[: goal.start()]) if goal and row.number else set()
    found: dict[str, tuple[Support, str]] = {}
    for support in supports if asked else []:
        chunk = support.chunk
        for i in range(len(chunk.sentences)):
            figure = tidy(sentence_text(chunk, i))
            section = chunk.section_of(i)
            if row.number not in goal_numbers(section) or not _bare_amount(figure):
                continue
            labels = [
                label
                for j in range(len(chunk.sentences))
                if j != i
                and chunk.section_of(j) == section
                and len((label := tidy(sentence_text(chunk, j))).split()) <= _LABEL_WORDS
                and asked & _cognates(label)
            ]
            if labels:
                found.setdefault(figure, (support.at(i), labels[0]))
    if len(found) != 1:
        return None
    figure, (stated, label) = next(iter(found.items()))
    code = last_heading(stated.section)
    where = f" ({code})" if code and code != label else ""
    total = f", of the goal's {row.total} in total" if row.total else ""
    lead = f"Goal {row.number}: {figure} for “{label}”{where} [{stated.n}]{total}."
    return lead + unit_note(figure)


def _bare_amount(text: str) -> bool:
    """Whether a line is an amount alone: "0,5 MDKK", "30 000 euro"."""
    stated = amounts(text)
    rest = text.replace(stated[0], "") if stated else text
    return bool(stated) and not re.search(r"[^\W\d_]", rest)


def _cognates(text: str) -> set[str]:
    """The first letters of a text's longer words but money words and names (a body's
    name labels its own activities, not what is asked of it), as English and the Nordic
    languages spell a shared word (a "c" before a back vowel or consonant is a "k":
    "coordinating", "koordinering"; "communication", "kommunikasjon")."""
    names = {name.casefold() for name in name_words(text)}
    return {
        cognate(w)[:STEM_LETTERS]
        for w in content_words(text)
        if len(w) >= STEM_LETTERS and not is_money_word(w) and w not in names
    }


def cognate(word: str) -> str:
    """A word as English and the Nordic languages may both spell it: folded, a "c"
    before a back vowel or consonant a "k", "th" a "t", a doubled letter single
    ("committees", "komiteerne", "kommittéerna": "komit…")."""
    spelled = re.sub(r"c(?=[aoulrk])", "k", fold(word)).replace("th", "t")
    return re.sub(r"(.)\1", r"\1", spelled)


def spelled_headers(columns: Sequence[str], terms: Mapping[str, str]) -> str:
    """What the corpus spells column headers (or a cell's names) out as: ' GK-er:
    “grænsekomiteerne”; TG: “temagrupperne” (the plan's own words).', or "" where it
    spells out none."""
    spelled = [
        f"{col}: “{terms[m.group('acr')]}”"
        for col in columns
        if (m := ACRONYM.fullmatch(col)) and m.group("acr") in terms
    ]
    return f" {'; '.join(spelled)} (the plan's own words)." if spelled else ""


def ranking_lead(rows: Sequence[tuple[int, TableRow]], smallest: bool = False) -> str:
    """Rows by their totals, largest first (smallest first when asked), and the heading
    of the goal (or goals, tied) at the top: 'Goal 1: 30 MDKK [1]; goal 10: 19 MDKK [2];
    … MDKK is million Danish kroner. Goal 1 is “MÅL 1: …”.'"""
    sign = 1 if smallest else -1
    ordered = sorted(rows, key=lambda nr: sign * (row_value(nr[1].total) or 0))
    ranking = _totals(ordered)
    first = row_value(ordered[0][1].total)
    tied = [row for _, row in ordered if row_value(row.total) == first and row.number is not None]
    titles = [
        f"goal {row.number} is “{last_heading(row.section)}”"
        for row in tied
        if last_heading(row.section)
    ]
    named = f" {'; '.join(titles)}." if titles else ""
    if len(tied) > 1:
        numbers = " and ".join(str(row.number) for row in tied)
        which = "smallest" if smallest else "largest"
        named = f" Goals {numbers} share the {which} budget:{named}"
    return f"{ranking}.{unit_note(ranking)}{named[:1]}{named[1:2].upper()}{named[2:]}"


def matching_lead(intent: Intent, rows: Sequence[tuple[int, TableRow]]) -> str | None:
    """The goals whose total is the figure the question gives ("Vilka två mål har
    vardera en totalbudget på 7 miljoner …?" → "Goal 6: 7 MDKK [2]; goal 7: 7 MDKK
    [3]."), when some but not all have it."""
    asked = {
        row_value(m.group(0)) for m in re.finditer(r"(?<![\w.,])\d+(?:[.,]\d+)?", intent.question)
    }
    matching = [(n, row) for n, row in rows if row_value(row.total) in asked]
    if not matching or len(matching) == len(rows):
        return None
    listing = _totals(matching)
    return f"{listing}.{unit_note(listing)}"


def sum_lead(rows: Sequence[tuple[int, TableRow]]) -> str | None:
    """The goals' totals added up, when all are in one unit: 'The budgets of the plan's
    5 goals add up to 74 MDKK (goal 1: 30 MDKK [1]; goal 6: 7 MDKK [2]; …).' None when
    the units differ: no sum is given then."""
    added = _added_up([row.total or "" for _, row in rows])
    if added is None:
        return None
    figure, unit = added
    ordered = sorted(rows, key=lambda nr: nr[1].number or 0)
    listing = _totals(ordered, first="goal")
    lead = f"The budgets of the plan's {len(rows)} goals add up to {figure} {unit} ({listing})."
    return lead + unit_note(unit)


def asked_columns(intent: Intent) -> list[str]:
    """What may head the column a money question asks for: the names it gives ("NORA")
    and its years ("in 2027" under a budget table's "2027")."""
    return [*name_words(intent.question), *intent.years]


def column_of(row: TableRow, names: Sequence[str]) -> str | None:
    """The column of `row` that one of `names` heads ("NORA"; "GK" for "GK-er")."""
    asked = {name.casefold() for name in names}
    for column, _ in row.cells:
        if column and re.split(r"[-\s]", column.casefold())[0] in asked:
            return column
    return None


def spelled_column(row: TableRow, intent: Intent, terms: Mapping[str, str]) -> str | None:
    """The one column of `row` whose header is an acronym the corpus spells out in words
    the question uses ("TG" spelled "temagrupperne", for "how much do the temagrupperna
    get"): the question names the column's body by its name, not by the acronym."""
    asked = {word_stem(w) for w in re.findall(r"[^\W\d_]{5,}", intent.question)}
    found = [
        column
        for column, _ in row.cells
        if (m := ACRONYM.fullmatch(column or ""))
        and (spelled := terms.get(m.group("acr")))
        and (
            asked & {word_stem(w) for w in re.findall(r"[^\W\d_]{5,}", spelled)}
            or _compound_asked(intent.question, spelled)
            or _cognate_asked(intent.question, spelled)
        )
    ]
    return found[0] if len(found) == 1 else None


#: The fewest letters of a question's word that may name a part of a compound.
_PART_WORD = 6


def _cognate_asked(question: str, spelled: str) -> bool:
    """Whether a longer word of the question, English or Nordic, is a part of the
    compound the plan spells an acronym out as ("committees" of "grænsekomiteerne"):
    its first letters stand in the compound, spelled as its cognate (`cognate`)."""
    body = cognate(spelled)
    names = {name.casefold() for name in name_words(question)}
    return any(
        cognate(w)[:STEM_LETTERS] in body
        for w in content_words(question)
        if len(w) >= _PART_WORD and not is_money_word(w) and w not in names
    )


#: The fewest letters a compound's first part shares with the word a question writes it
#: as ("tema" of "temagrupperne" and "tematiska").
_COMPOUND_HEAD = 4


def _compound_asked(question: str, spelled: str) -> bool:
    """Whether the question writes a compound word of `spelled` as two words: one
    language joins what another keeps apart ("temagrupperne", "tematiska grupperna").
    The compound begins with the first word's first letters and goes on, after them or
    a joining letter, with the second word's stem."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", question)]
    for compound in (fold(w) for w in re.findall(r"[^\W\d_]{8,}", spelled)):
        for first, second in pairwise(words):
            stem = second[:STEM_LETTERS]
            if len(first) < _COMPOUND_HEAD or len(stem) < STEM_LETTERS:
                continue
            head = _shared_head(first, compound)
            rest = compound[head:] if head >= _COMPOUND_HEAD else ""
            if rest.startswith(stem) or rest[1:].startswith(stem):
                return True
    return False


def _shared_head(one: str, other: str) -> int:
    """How many first letters two words share."""
    pairs = zip(one, other, strict=False)
    return next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(one), len(other)))


def column_sum_lead(
    intent: Intent, rows: Sequence[tuple[int, TableRow]], terms: Mapping[str, str]
) -> str | None:
    """One column over every goal's row, added up: 'NORA's share of the plan's 5 goals
    adds up to 12,2 MDKK (goal 1: 4,8 MDKK [1]; goal 6: 1,6 MDKK [2]; …).', with what
    the corpus spells the header out as ('GK-er: “grænsekomiteerne”'). None when no row
    has the column or the units differ."""
    column = next((c for _, row in rows if (c := column_of(row, intent.total_of))), None)
    ordered = sorted(rows, key=lambda nr: nr[1].number or 0)
    cells = [(n, row, value) for n, row in ordered if (value := dict(row.cells).get(column))]
    added = _added_up([value for _, _, value in cells]) if cells else None
    if column is None or added is None:
        return None
    figure, unit = added
    listing = "; ".join(f"{_goal_name(row, 'goal')}{value} [{n}]" for n, row, value in cells)
    lead = f"{column}'s share of the plan's {len(cells)} goals adds up to {figure} {unit}"
    return f"{lead} ({listing}).{unit_note(unit)}{spelled_headers([column], terms)}"


def _added_up(figures: Sequence[str]) -> tuple[str, str] | None:
    """The sum of figures in one unit, written as the figures are ("12,2", "MDKK"); None
    when the units differ or a figure cannot be read."""
    units = {_unit(figure) for figure in figures}
    values = [row_value(figure) for figure in figures]
    if len(units) != 1 or None in values:
        return None
    total = f"{sum(v for v in values if v is not None).normalize():f}"
    if any("," in figure for figure in figures):  # the plan's decimal comma
        total = total.replace(".", ",")
    return total, units.pop()


def one_unit(figures: Sequence[str]) -> bool:
    """Whether figures are all in one unit ("7 MDKK", "30 MDKK"), so that they can be
    added up and ranked; totals in MNOK, MSEK and euro cannot."""
    return len({_unit(figure) for figure in figures}) <= 1


def _totals(rows: Sequence[tuple[int, TableRow]], first: str = "Goal") -> str:
    """'Goal 6: 7 MDKK [2]; goal 7: 7 MDKK [3]', in the order given."""
    return "; ".join(
        f"{_goal_name(row, 'goal' if i else first)}{row.total} [{n}]"
        for i, (n, row) in enumerate(rows)
    )


def _unit(figure: str | None) -> str:
    return re.sub(r"^[\d\s.,]+", "", figure or "").strip()


def _goal_name(row: TableRow, word: str) -> str:
    """'Goal 7: ' for a numbered goal's row; else its heading or label, as the plan has it."""
    if row.number is not None:
        return f"{word} {row.number}: "
    name = last_heading(row.section) or row.label
    return f"{name}: " if name else ""


#: Currencies by ISO code, for figures written "12,8 MDKK" (M: million, T: thousand).
_CURRENCIES = {
    "DKK": "Danish kroner",
    "SEK": "Swedish kronor",
    "NOK": "Norwegian kroner",
    "ISK": "Icelandic krónur",
    "EUR": "euro",
}
_SCALED_CURRENCY = re.compile(rf"\b([MT])({'|'.join(_CURRENCIES)})\b")


def unit_note(text: str) -> str:
    """' MDKK is million Danish kroner.' for the first scaled currency code in `text`,
    which a reader new to budget tables may not know; '' when there is none."""
    found = _SCALED_CURRENCY.search(text)
    if not found:
        return ""
    scale = "million" if found.group(1) == "M" else "thousand"
    return f" {found.group(0)} is {scale} {_CURRENCIES[found.group(2)]}."


#: A cited passage's support, and the same passage at its sentence stating an amount.
Stated = tuple[Support, Support]


def amount_lead(intent: Intent, ranked: list[Support]) -> str | None:
    """The amounts the best-supported sentences state, with whose budget it is; not a
    numbered goal's budget row unless the question names its goal. Of the passages that
    state one, those that speak of what the question names (`_naming_asked_amount`),
    state what it asks (a cost, what one can apply for) and speak of most of what it
    names (`_most_named`). Failing those, the cost line of the activity the best
    passage speaks of."""
    figures = [s.at(j) for s in ranked if (j := _cost_line(s, intent.question)) is not None]
    rate = asks_rate(intent.question)
    stating = [
        (support, stated)
        for support in [*ranked, *figures[:1]]
        for stated in (_stated_amount(support), _stated_share(support) if rate else None)
        if stated is not None and not (intent.goal is None and _goal_row(stated))
    ]
    named = _naming_asked_amount(intent, stating)
    asked = _applied_for(intent, _costing(intent, _of_asked_country(intent, named)))
    kept = sorted(_of_asked_kind(intent, _most_named(intent, asked)), key=_own_score)
    shares = [pair for pair in kept if rate and _PER_CENT.search(pair[1].text)]
    for support, stated in (shares or kept)[:1]:
        said_figures = ", ".join(_asked_figures(intent, stated.text))
        if shares and (share := _asked_share(intent, stated.text)):
            said_figures = share  # a rate asked: the per cent, not a sum beside it
        whose = " › ".join(p for p in (stated.owner, last_heading(stated.section)) if p)
        lead = f"{said_figures}{f' — {whose}' if whose else ''} [{stated.n}]"
        value = _PER_CENT.search if shares else states_amount
        if (cell := _cell_asked(intent, stated, bool(shares))) and value(cell.value):
            lead = f"{cell.lead()} [{stated.n}]"  # the asked column's figure, not the row's
        said = with_wanted(support, intent) if stated is not support else quote(stated.text)
        if (other := _second_amount(intent, stated)) and quote(other.text) not in said:
            said += f" {quote(other.text)}"
        return f"{lead}: {said}" if readable(stated.text) else f"{lead}."
    return None


def _cell_asked(intent: Intent, support: Support, rate: bool = False) -> Cell | None:
    """The cell a question asks for in the table row a support's sentence stands in
    (`cells.asked_cell`): "BioBro" names the column of "Budget | 3,2 MEUR | 2,6 MEUR";
    for a rate asked, the row's one cell in per cent ("Max. rate | 70 %" beside "Max.
    amount | 90 000 EUR"), whatever language its header is in."""
    row = row_at(support.chunk.text, support.chunk.sentences[support.sentence][0])
    if row is None:
        return None
    rated = [Cell(row.label, name, value) for name, value in row.cells if _PER_CENT.search(value)]
    if rate and len(rated) == 1:
        return rated[0]
    return asked_cell(row, intent.question, intent.years)


def held_cell(intent: Intent, ranked: list[Support]) -> tuple[Cell, Support] | None:
    """Who holds a role or a place, from the cell of a table row under the column the
    question names: a row labelled with a role ("Project leader"), or one whose label the
    question's words begin ("Lead partner" for "who was A's lead partner")."""
    role = _role_cell(intent, ranked) if intent.kind == "person" else None
    return role or labelled_cell(intent, ranked, _names_cell)


def _role_cell(intent: Intent, ranked: list[Support]) -> tuple[Cell, Support] | None:
    """For who holds a role, the cell of a table row labelled with a role ("Project
    leader | A: Kari Berg | B: Ola Lie") under the column the question names: the row
    names both projects' leaders, the column says whose is asked."""
    for support in ranked:
        cell = _cell_asked(intent, support)
        if cell and re.search(rf"\b(?:{ANY_ROLE})\b", cell.label, re.IGNORECASE):
            return cell, support
    return None


#: A table row's label is matched by the first letters of a question's word: "delt" of
#: "deltog" and "Deltakende", "part" of "participated" and "Participants".
LABEL_STEM = 4
#: A cell that counts: "42", "1 250".
_COUNT_CELL = re.compile(r"\d{1,3}(?:[ .]\d{3})*")


def counts(value: str) -> bool:
    return bool(_COUNT_CELL.fullmatch(value))


def _names_cell(value: str) -> bool:
    """A cell that names someone: words, not a figure or a date ("Region Vestby")."""
    return bool(value) and not re.search(r"\d", value)


def labelled_cell(
    intent: Intent, ranked: list[Support], fits: Callable[[str], bool]
) -> tuple[Cell, Support] | None:
    """For how many there are, or who holds a place, the cell that `fits` under the
    column the question names in a cited passage's table row whose label shares the
    first letters of a word of the question ("Participating firms | 42 | 27" for "how
    many firms took part in A", "Deltakende bedrifter" for "hvor mange … deltog", "Lead
    partner | Region Vestby | …" for "who was A's lead partner"): the prose around
    counts other things (interviews, courses) or names other people."""
    names = {n.casefold() for n in name_words(intent.question)}
    asked = {fold(w)[:LABEL_STEM] for w in content_words(intent.question) if w not in names}
    for support in ranked:
        for j in range(len(support.chunk.sentences)):
            cell = _cell_asked(intent, support.at(j))
            if not cell or not fits(cell.value):
                continue
            label = {fold(w)[:LABEL_STEM] for w in content_words(cell.label)}
            if asked & label:
                return cell, support.at(j)
    return None


def column_field_cell(
    intent: Intent, ranked: list[Support], fits: Callable[[str], bool]
) -> tuple[Cell, Support] | None:
    """The field that `fits` of the column a question's names head, in the best-ranked
    cited table whose columns are records (`cells.column_field`): "when did Region A
    sign" is the date under "För Region A" on a signature page, not the first date of
    its row nor another document's "Ort och datum"."""
    for support in ranked:
        for j in range(len(support.chunk.sentences)):
            start = support.chunk.sentences[j][0]
            cell = column_field(support.chunk.text, start, intent.question, fits)
            if cell:
                return cell, support.at(j)
    return None


def counts_word(asked: str, counted: set[str]) -> bool:
    """Whether a counted word opens with an asked word's first letters, more of them for
    a long word: "tonn" of "tonnes", "medarb" of "medarbetare" and "medarbejdere", not
    "grænse" of "grænsegængere" and "grænsehindring"."""
    key = fold(asked)[: max(STEM_LETTERS, int(len(asked) * ASKED_SHARE))]
    return any(fold(word).startswith(key) for word in counted)


#: The fewest letters a word of what a how-many question counts has ("new" is too few).
ASKED_COUNTED_LETTERS = 4
#: The share of a long asked word's letters a counted word must open with.
ASKED_SHARE = 0.6
#: What a how-many question counts, the words after its asking ones: "How many new
#: quays …", "Hvor mange nye språkreir …", "Hur många kommuner …".
_HOW_MANY = re.compile(
    r"\b(?:how\s+many|hvor\s+mange|hur\s+många|hur\s+manga)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
    re.IGNORECASE,
)


def asked_counted(question: str) -> list[str]:
    """The words of what a how-many question counts, up to a stopword or a name:
    "medarbejdere" of "Hvor mange medarbejdere har Grensetjenesten …", "charging",
    "quays" of "How many new charging quays …"."""
    match = _HOW_MANY.search(question)
    words = match.group(1).split() if match else []
    stop = every_stopword()
    ended = next((i for i, w in enumerate(words) if w.casefold() in stop or w[0].isupper()), None)
    return [w for w in words[:ended] if len(w) >= ASKED_COUNTED_LETTERS]


#: Two things a how-many question counts together: "How many partners and countries",
#: "Hvor mange partnere og lande".
_TWO_COUNTED = re.compile(r"\s(?:and|og|och|samt)\s", re.IGNORECASE)


def asks_two_counts(question: str) -> bool:
    """Whether a how-many question counts two things joined by "and" ("… partners and
    countries …"): a sentence that gives both figures answers it whole."""
    match = _HOW_MANY.search(question)
    return bool(match and _TWO_COUNTED.search(f" {match.group(1)} "))


def with_second_figure(
    intent: Intent, lead: str, pool: list[Support], question_lang: str | None
) -> str:
    """The lead, with the sentence that gives the amount, day or count the second part
    of a two-part question asks for ("Who leads X, and what is the budget?"), when the
    lead gives none: of its passage's paragraph (a record names the lead partner in one
    sentence and its budget in the next), else of another cited passage of the same
    document (a news item gives a programme's budget in its opening and its target
    further down)."""
    part = _unanswered_part(intent.question, _WHERE_SAID.sub("", lead))
    cited = re.search(r"\[(\d+)\]", lead)
    if part is None or cited is None:
        return lead
    asked, wanted = part
    told = _speaks_of_part(asked)
    support = next((s for s in pool if s.n == int(cited.group(1))), None)
    if support is None:
        return lead
    # The lead may quote another sentence of its passage than the best one (a byline's day).
    said = _quoted_in(support.chunk, lead)
    others = [s for s in pool if s.chunk.doc == support.chunk.doc and s.n != support.n]
    answering = [
        (where, text)
        for where in (support.at(said) if said is not None else support, *others)
        for text in _part_lines(where, wanted, told)
    ]
    if not answering:
        return lead
    # Of the lines that answer the part, the first that counts what it asks to count
    # ("M2025: 4 workshops" for "… and how many workshops in 2025?"), not another count
    # of the year in the block ("M2025–2027: two annual meetings").
    counted = asked_counted(asked)
    counting = [(where, text) for where, text in answering if _counts_any(counted, text)]
    where, text = (counting or answering)[0]
    if " ".join(text.split()) in " ".join(lead.split()):
        return lead
    said = quoted(quote(text), where, question_lang, after=lead)
    return _grown(lead, text) or f"{lead} {said} [{where.n}]"


def _counts_any(asked: list[str], text: str) -> bool:
    """Whether a figure of `text` counts one of the `asked` words (`counts_word`)."""
    counted = counted_words(text)
    return any(counts_word(word, counted) for word in asked)


def _unanswered_part(question: str, lead: str) -> tuple[str, Callable[[str], bool]] | None:
    """The part of a two-part question the lead does not answer, with what a line must
    hold to answer it: the second part ("…, and what is the budget?"), or the first when
    the lead answers the second ("How many officers took part, and what did it cost?"
    led by the cost). None when the lead answers both or the parts ask for nothing a
    line can be told by. (Where the lead's figure stands, "— Harbour Plan 2025–2028 [2]",
    is no part of `lead`: it answers none.)"""
    second = SECOND_QUESTION.search(question)
    if second is None:
        return None
    told = _told_by_words(question)
    for part, otherwise in ((second.group(1), told), (question[: second.start()], None)):
        wanted = _answers_part(part) or otherwise
        if wanted is None:
            return None
        if not wanted(lead):
            return part, wanted
    return None


#: How many of a part's topic words tell a line that speaks of what the part asks:
#: "… ønsker vi å belyse hvordan STRING … samarbeider …" of "og hvilket annet samarbeid
#: vil de belyse?" (one word, "program", is said of much else).
PART_WORDS = 2


def _speaks_of_part(part: str) -> Callable[[str], bool] | None:
    """Whether a line speaks of what one part of a question names: a name of its own
    ("… and when did it adopt its Green Charter?"), else `PART_WORDS` of its topic
    words; None when the part names too little to tell a line by."""
    if names := name_words(part):
        return lambda text: names_any(text, names)
    return _says_words(part)


def _says_words(part: str) -> Callable[[str], bool] | None:
    """Whether a line has `PART_WORDS` of a part's topic words; None when it has fewer."""
    topic = topic_words(part, every_stopword())
    if len(topic) < PART_WORDS:
        return None
    return lambda text: topic_words_in(fold(text), topic) >= PART_WORDS


def _told_by_words(question: str) -> Callable[[str], bool] | None:
    """For the second ask of a question in two (`question_parts`) that no value tells
    ("…, og hvilket annet samarbeid vil de belyse?"), a line that has its words: the
    lead, chosen for the first ask, seldom answers it. Not for one ask with two question
    words ("Når og hvor er neste møte i X?"), whose second names the first's subject."""
    parts = question_parts(question)
    return _says_words(parts[1]) if parts else None


def _part_lines(
    where: Support, wanted: Callable[[str], bool], told: Callable[[str], bool] | None
) -> list[str]:
    """The lines around `where` that answer a part of a question (`wanted`), in order:
    its own, then its record's (a card's period, not the next card's), its table's and
    its paragraph's; a line of its block beyond the paragraph when it speaks of what the
    part names (`told`): a plan's activity block tells of a charter adopted in one
    paragraph and of the target set in the next."""
    chunk, i = where.chunk, where.sentence
    order = dict.fromkeys(
        [*card_order(chunk, i), *_table_order(chunk, i), *paragraph_order(chunk, i, BLOCK_REACH)]
    )

    def near(j: int, text: str) -> bool:
        if same_paragraph(chunk, i, j) or same_card(chunk, i, j) or _same_table(chunk, i, j):
            return True
        return told is not None and in_same_place(chunk, i, j) and told(text)

    return [
        text
        for j in (i, *order)
        if quotable(chunk, j) and wanted(text := sentence_text(chunk, j)) and near(j, text)
    ]


#: A table row as a passage keeps it: "| Total budget | EUR 3,075,000 |".
_TABLE_ROW = re.compile(r"^\|.*\|$")


def _same_table(chunk: Chunk, i: int, j: int) -> bool:
    """Whether two sentences are rows of one table, every line between them a row too:
    a fact table sets its rows apart with blank lines ("| Total budget | … |", "| EU
    co-financing | 60 % … |"), and they answer the parts of one question together."""
    lo, hi = sorted((i, j))
    return all(_TABLE_ROW.match(sentence_text(chunk, k).strip()) for k in range(lo, hi + 1))


def _table_order(chunk: Chunk, i: int) -> list[int]:
    """The other rows of sentence `i`'s table (`_same_table`), nearest first."""
    rows = [j for j in range(len(chunk.sentences)) if j != i and _same_table(chunk, i, j)]
    return sorted(rows, key=lambda j: abs(j - i))


def _grown(lead: str, text: str) -> str | None:
    """The lead quoting all of `text` where it quoted a part of it ("Av X, journalist"
    of "Av X, journalist Publisert 14.01.2026 kl."), or None when it quotes no part."""
    flat = " ".join(text.split())
    for part in _QUOTED.finditer(lead):
        if " ".join(part.group(1).split()) in flat:
            return f"{lead[: part.start()]}“{quote(text)}”{lead[part.end() :]}"
    return None


def _quoted_in(chunk: Chunk, lead: str) -> int | None:
    """The sentence of the passage the lead quotes first (not a heading: its title), or
    else the one holding the part of it the lead quotes (a byline "Av X, journalist"
    of the line that goes on "Publisert 14.01.2026 kl.")."""
    flat = " ".join(lead.split())
    found = [
        (at, j)
        for j in range(len(chunk.sentences))
        if (text := " ".join(sentence_text(chunk, j).split()))
        and (at := flat.find(text)) >= 0
        and quotable(chunk, j)
    ]
    if found:
        return min(found)[1]
    quoted = [" ".join(q.split()) for q in _QUOTED.findall(lead)]
    return next(
        (
            j
            for j in range(len(chunk.sentences))
            if quotable(chunk, j)
            and any(q and q in " ".join(sentence_text(chunk, j).split()) for q in quoted)
        ),
        None,
    )


#: What a lead quotes: the text between “ and ”.
_QUOTED = re.compile(r"“([^“”]+)”")


#: The document and section a lead names after its figure: " — Harbour Plan 2025–2028 [2]".
_WHERE_SAID = re.compile(r" — [^\[\]“]*\[\d+\]")
#: A second part that asks for the most one can get: "how much can one get at most",
#: "hvor meget kan man højst få", "maximum grant".
_ASKS_AT_MOST = re.compile(
    r"\b(?:at\s+most|maximum|max|högst|højst|høyst|maks\w*|mest)\b", re.IGNORECASE
)
#: A ceiling as a text states it: "up to EUR 50 000", "inntil 600 000 NOK", "högst".
_UP_TO = re.compile(
    r"\b(?:up\s+to|at\s+most|maximum|max\.?|upp\s+till|op\s+til|opp\s+til|inntil|"
    r"indtil|högst|højst|høyst|maks\w*)(?!\w)",
    re.IGNORECASE,
)
#: A part that asks for a share: "hur stor andel …", "what share …", "hvor mange procent".
_ASKS_SHARE = re.compile(
    r"\b(?:andel\w*|share|percentage|proportion|procent\w*|prosent\w*|per\s*cent)\b", re.I
)
#: A share as text states it: "60 %", "60 procent", "18 per cent".
_PER_CENT = re.compile(r"\d\s?%|\d\s+(?:procent|prosent|per\s*cent|percent)\b", re.I)
#: A question for a share or a rate in per cent: "what share", "how large a part",
#: "hur stor andel", "the maximum grant rate", "standardsatsen", "støttesats" (not
#: "insats", an action): a sum beside it answers another question.
_RATE_ASKED = re.compile(
    r"\b(?:share|proportion|percent\w*|per\s*cent|rates?|\w*andel\w*|procent\w*|"
    r"prosent\w*|\w*(?<!\bin)(?<!\bind)sats(?:en|er|erne|ene|erna)?|(?:hur|hvor)\s+stor\s+"
    r"(?:en\s+)?del|how\s+(?:large|big)\s+a\s+part)\b",
    re.IGNORECASE,
)
#: A rate in money by the time or the distance, or of one currency in another: "hourly
#: rate", "rate per day", "timsats", "dagsats", "satsen per km", "the exchange rate".
_RATE_OF_MONEY = re.compile(
    r"\b(?:hourly|daily|exchange\s+rates?|per\s+(?:hour|day|night|km|kilometre|time|timme|"
    r"dag|døgn|dygn|natt|nat)|\w*tim(?:e)?sats\w*|\w*dagsats\w*|\w*timepris\w*|"
    r"\w*timpris\w*)\b",
    re.IGNORECASE,
)


def asks_rate(question: str) -> bool:
    """Whether a question asks for a share or a rate in per cent ("Hvor stor er
    standardsatsen …?"), not a sum of money by the hour or the day, nor an exchange rate."""
    return bool(_RATE_ASKED.search(question)) and not _RATE_OF_MONEY.search(question)


def _stated_share(support: Support) -> Support | None:
    """The support itself when its sentence states a share in per cent, else its passage
    at the nearest sentence of the same paragraph that does; None when neither does."""
    if _PER_CENT.search(support.text):
        return support
    chunk, i = support.chunk, support.sentence
    for j in paragraph_order(chunk, i, BLOCK_REACH):
        if same_paragraph(chunk, i, j) and _PER_CENT.search(sentence_text(chunk, j)):
            return support.at(j) if quotable(chunk, j) else None
    return None


def _answers_part(part: str) -> Callable[[str], bool] | None:
    """What a sentence must hold to answer one part of a question: a share in per cent
    when it asks for one, an amount (a ceiling, when it asks for the most one can get),
    a day, a count of the year it names (not an amount of money or a year), who wrote a
    news item (its byline), who does the asked doing, how long something lasts, what a
    named one does (a line that names it); None for other parts."""
    asked = parse(part)
    if asks_how_long(part):
        return states_duration
    if asked.kind in ("amount", "quantity") and _ASKS_SHARE.search(part):
        return lambda text: bool(_PER_CENT.search(text))  # "… hur stor andel står EU för?"
    if asked.kind == "amount" and _ASKS_AT_MOST.search(part):
        return lambda text: states_amount(text) and bool(_UP_TO.search(text))
    if asked.kind == "quantity":
        years = set(asked.years)
        return lambda text: states_count(AMOUNT.sub("", text)) and years <= years_in(text)
    if asked.kind in ("actor", "person") and asks_author(part):
        return states_byline
    if asked.kind in ("actor", "person") and ASKS_OWNER.search(part):
        # "… hvem eier prosjektet?": a record's owner line, or for "… hvem er leadpartner?"
        # too the sentence that says who leads ("Huvudpart är X").
        doing = asked_doing(part)
        return lambda text: (
            owner_of_line(tidy(text)) is not None or bool(doing and _names_doer(doing, text))
        )
    if asked.kind in ("actor", "person") and (doing := asked_doing(part)):
        return partial(_names_doer, doing)  # "… och vem leder projektet?"
    if asks_years(part):  # "… och vilka år får man stödet?": "In 2018 and 2019, …"
        return lambda text: len(years_in(text)) > 1
    if asked.kind == "definition" and asked.does and asked.subject:
        # "…, og hva gjør Nordregio i det prosjektet?": the line that names the doer.
        return lambda text: names_any(text, [asked.subject])
    if asked.kind == "date" and (names := name_words(part)):
        # A month of a year ("antog i oktober 2020 en Green Charter") dates what the part
        # names in a line that names it too.
        return lambda text: states_day(text) or (states_month(text) and names_any(text, names))
    # A when-part asks for a day ("når holdes den?"): a year elsewhere in the paragraph
    # dates something else.
    return {"amount": states_amount, "date": states_day}.get(asked.kind)


def _names_doer(doing: re.Pattern[str], text: str) -> bool:
    """Whether a sentence says who does the doing ("The lead partner is Region Gotland")."""
    match = doing.search(text)
    return bool(match and named_doers(text, match, None))


def _second_amount(intent: Intent, stated: Support) -> Support | None:
    """For a money question in two parts ("the total budget, and how much came from
    Interreg?"), the sentence of the stated amount's paragraph that states an amount and
    names what the second part asks about, when the stated one does not: a report gives
    the total first and its shares in the next sentence."""
    second = SECOND_QUESTION.search(intent.question)
    if second is None:
        return None
    words = [*name_words(second.group(1)), *topic_words(second.group(1), every_stopword())]
    folded = [fold(w) for w in words]
    if not folded or names_any(fold(stated.text), folded):
        return None
    chunk, i = stated.chunk, stated.sentence
    return next(
        (
            stated.at(j)
            for j in paragraph_order(chunk, i, BLOCK_REACH)
            if same_paragraph(chunk, i, j)
            and states_amount(sentence_text(chunk, j))
            and names_any(fold(sentence_text(chunk, j)), folded)
        ),
        None,
    )


def _stated_amount(support: Support) -> Support | None:
    """The support itself when its sentence states an amount, else its passage at the
    nearest sentence of the same paragraph that does: a project's paragraph names it
    first and gives its budget last ("ACME-LAKE … restores three lakes …" "It runs
    2020–2022 with EUR 1.2 million."). None when neither does."""
    if states_amount(support.text):
        return support
    chunk, i = support.chunk, support.sentence
    for j in paragraph_order(chunk, i, BLOCK_REACH):
        if same_paragraph(chunk, i, j) and states_amount(sentence_text(chunk, j)):
            return support.at(j) if quotable(chunk, j) else None
    return None


def _own_score(pair: Stated) -> float:
    """How close the sentence stating the amount reads to the question itself, best
    first: a passage may rank by the sentence before its amount ("A working group was
    set up." "For 2026 the council opened a call of EUR 3 million."), while another's
    amount stands in the sentence that reads close ("Arbetsgruppen disponerar EUR 45 000
    per år"), in whatever language."""
    stated = pair[1]
    scores = stated.sentence_scores
    return -(scores[stated.sentence] if scores else stated.score)


def _naming_asked_amount(intent: Intent, stating: list[Stated]) -> list[Stated]:
    """The passages stating an amount that speak of what a money question names
    (`speaks_of_asked`), when some do: another project's budget does not answer it."""
    naming = [pair for pair in stating if speaks_of_asked(intent, *pair)]
    return naming or stating


def _of_asked_country(intent: Intent, stating: list[Stated]) -> list[Stated]:
    """For a money question narrowed to one country's actors ("Hvor mye kan svenske
    partnere regne …"), the amounts whose own sentence or row speaks of that country
    ("SEK 400 per timme för svenska partner"), when some do: a rule for another
    country's partners ("NOK 450 per time for norske partnere") answers another question."""
    country = asked_country(intent.question)
    if country is None:
        return stating
    said = [pair for pair in stating if country[1].search(pair[1].text)]
    return said or stating


def _most_named(intent: Intent, stating: list[Stated]) -> list[Stated]:
    """Of the passages stating an amount, those that speak of most of the things the
    question names (`name_phrases`), in the amount's own paragraph first: the paragraph
    before the asked project's ends with another budget, next to the asked one's name
    ("… EUR 2.7 million. WETREST …"), and the whole fund's size is not the share of the
    partner asked about."""
    scores = [_things_named(intent, stated) for _, stated in stating]
    best = max(scores, default=(0, 0))
    return [pair for pair, score in zip(stating, scores, strict=True) if score == best]


#: The kinds of amount a money question may ask for, each as both the question and the
#: amount's own sentence or row say it: a budget, a total, a yearly sum, a ceiling, a
#: co-financing, a sum per participant or project.
_AMOUNT_KINDS = (
    re.compile(r"\bbud(?:get|sjett)\w*", re.I),
    re.compile(
        r"\b(?:total\w*|samlede?|samlet|sammanlagd\w*|overall)\b|\bi\s+alt\b|\btil\s+sammen\b",
        re.I,
    ),
    re.compile(
        r"\b(?:annual\w*|yearly|årlig\w*|(?:per|pr\.|a|each)\s+(?:år|year)|om\s+året|i\s+året)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:at\s+most|maximum|max\w*|up\s+to|høyst|högst|højst|som\s+mest|maks\w*|inntil|"
        r"op\s+til|upp\s+till)\b",
        re.I,
    ),
    re.compile(r"\b(?:co-?financ\w*|medfinansi\w*|egenfinansi\w*|own\s+contribution)", re.I),
    re.compile(
        r"\b(?:per|pr\.?)\s+(?:deltag\w*|deltak\w*|participants?|persons?|applicants?|"
        r"projects?|prosjekt\w*|projekt\w*)\b",
        re.I,
    ),
)


def _of_asked_kind(intent: Intent, stating: list[Stated]) -> list[Stated]:
    """Of the amounts stated, those whose own sentence or row says it is the kind of
    amount the question asks for (a budget, a total, a yearly sum, a ceiling, …) the most,
    when some say so: "Budget: 1,1 mio. kr." answers "what is the budget of …", not the
    sum one funder gives the same project the sentence before."""
    kinds = [kind for kind in _AMOUNT_KINDS if kind.search(intent.question)]
    scores = [sum(bool(kind.search(stated.text)) for kind in kinds) for _, stated in stating]
    best = max(scores, default=0)
    if not best:
        return stating
    return [pair for pair, score in zip(stating, scores, strict=True) if score == best]


def _things_named(intent: Intent, stated: Support) -> tuple[int, int]:
    """How many of the things a question names (`name_phrases`) the amount's paragraph,
    with its document's title, section and owner, speaks of; then how many the
    sentences around it do."""
    own = (stated.chunk.title, stated.section, stated.owner or "", paragraph(stated))
    places = ("\n".join(own), window(stated))
    phrases = [name_keys(phrase) for phrase in name_phrases(intent.question)]
    named = [sum(bool(keys) and names_any(text, keys) for keys in phrases) for text in places]
    return named[0], named[1]


def _asked_figures(intent: Intent, text: str) -> list[str]:
    """The amounts a sentence states for what the question asks about: in a list of
    shares, each after the one it is for ("A bidrar med 6 miljoner, B med 5 miljoner"),
    the first one after the first thing the question names that the sentence names,
    when another's amount comes before it; else all of them (a sentence on one thing
    may give its figure then and now: "41,6 millioner i 2024, mot 29,3 i 2020")."""
    if _ASKS_SHARE.search(intent.question) and (share := _asked_share(intent, text)):
        return [share]
    found = list(AMOUNT.finditer(without_units(text)))
    if len(found) > 1 and (dated := _amount_of_year(text, found, intent.years)):
        return [dated]
    if len(found) > 1 and (labelled := _amount_of_word(intent.question, text, found)):
        return [labelled]
    for phrase in name_phrases(intent.question) if len(found) > 1 else []:
        at = _named_at(text, name_keys(phrase))
        if at is None:
            continue
        after = [m for m in found if m.start() > at]
        if after and found[0].start() < at:
            return [" ".join(after[0].group(0).split())]
        break
    return list(dict.fromkeys(amounts(text)))


#: How many words before an amount may name what it is: "varav programstöd 576 000".
_AMOUNT_WORDS = 3


def _amount_of_word(question: str, text: str, found: list[re.Match[str]]) -> str | None:
    """Of a sentence's amounts, a later one that a word of the question names just before
    it ("programstøtte" for "Total budget: 960 000 euro (varav programstöd 576 000
    euro)"): the part asked leads, not the total before it. None when the first amount
    is the one named, or the question names none of them."""
    asked = {topic_key(w) for w in content_words(question) if len(w) >= LONG_TOPIC_WORD}
    for before, amount in pairwise(found):
        words = re.findall(r"[^\W\d_]+", text[before.end() : amount.start()])[-_AMOUNT_WORDS:]
        said = {topic_key(w) for w in words if len(w) >= LONG_TOPIC_WORD}
        if any(_spelled_alike(one, other) for one in asked for other in said):
            return " ".join(amount.group(0).split())
    return None


def _spelled_alike(one: str, other: str) -> bool:
    """Whether two words are one in two Nordic spellings: the same, or one vowel for
    another in an unstressed syllable ("månedskort", "månadskort")."""
    if len(one) != len(other):
        return False
    apart = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    return not apart or (len(apart) == 1 and all(c in _VOWELS for c in apart[0]))


#: The vowels of the four languages, folded or not.
_VOWELS = frozenset("aeiouyæøåäö")


def _amount_of_year(text: str, found: list[re.Match[str]], years: Sequence[str]) -> str | None:
    """Of a sentence's amounts each followed by its year before the next amount ("41,6
    millioner i 2024, mot 29,3 millioner i 2020"), the one of the year asked, when one is."""
    ends = [m.start() for m in found[1:]] + [len(text)]
    dated = [
        m
        for m, end in zip(found, ends, strict=True)
        if any(re.search(rf"(?<!\d){y}(?!\d)", text[m.end() : end]) for y in years)
    ]
    return " ".join(dated[0].group(0).split()) if len(dated) == 1 else None


#: A question for a share: "how large a share", "what proportion", "hur stor del",
#: "hvor stor en del", "hvor stor andel", "what percentage".
_ASKS_SHARE = re.compile(
    r"\b(?:(?:how\s+(?:large|big)|what)\s+(?:a\s+)?(?:share|proportion|part|percentage)|"
    r"(?:hur|hvor)\s+stor\s+(?:en\s+)?(?:del|andel)|hvor\s+mange\s+procent|"
    r"hur\s+många\s+procent|hvor\s+mange\s+prosent)\b",
    re.IGNORECASE,
)
#: A share as a text states it, with the bound before it and the amount it stands for
#: in brackets after it: "60 % (DKK 11,04 mio.)", "25 %", "högst 20 %", "at least 15 per
#: cent".
_SHARE = re.compile(
    r"(?:\b(?:at\s+(?:most|least)|up\s+to|maximum|minimum|högst|minst|høyst|højst|mindst|"
    r"maks\.?|max\.?|inntil|op\s+til|upp\s+till)\s+)?"
    r"(?<![\w.,])\d{1,3}(?:[.,]\d+)?(?:\s?%|\s+(?:procent|prosent|per\s*cent|percent)\b)"
    r"(?:\s*\([^()]*\d[^()]*\))?",
    re.IGNORECASE,
)


def _asked_share(intent: Intent, text: str) -> str | None:
    """The share a sentence states for what the question names (of several, the one
    nearest after the first name the sentence has; else its first): "heraf 60 % (DKK
    11,04 mio.) fra Interreg" answers how large a part Interreg pays."""
    found = list(_SHARE.finditer(text))
    if not found:
        return None
    best = found[0]
    if len(found) > 1 and (worded := _share_of_words(intent.question, text, found)):
        return worded
    for phrase in name_phrases(intent.question) if len(found) > 1 else []:
        at = _named_at(text, name_keys(phrase))
        if at is not None:
            best = next((m for m in found if m.start() > at), found[-1])
            break
    return " ".join(best.group(0).split())


def _share_of_words(question: str, text: str, found: list[re.Match[str]]) -> str | None:
    """Of a sentence's shares, the one whose own words (from the share before it on) speak
    of more of the question's words than any other's: "58 % of the budget; overheads
    are paid as a flat rate of 15 %" answers what the rate for overheads is with its
    second share. None when no one share speaks of most."""
    asked = {topic_key(w) for w in content_words(question) if len(w) >= _SHARE_WORD}
    starts = [0, *(m.end() for m in found[:-1])]
    scores = []
    for start, share in zip(starts, found, strict=True):
        said = {topic_key(w) for w in re.findall(r"[^\W\d_]+", text[start : share.start()])}
        scores.append(len(asked & said))
    best = max(scores)
    if not best or scores.count(best) > 1:
        return None
    return " ".join(found[scores.index(best)].group(0).split())


#: A question's word this long at least may say what a share is of ("rate", "costs").
_SHARE_WORD = 4


def _named_at(text: str, keys: list[str]) -> int | None:
    """Where `text` names the first of a name's `keys` that it names (as `names_any` looks
    for them): "Pohjola" of "Pohjola Regional Council", not "Region" of another body."""
    folded = text.casefold()
    for key in (k for k in keys if len(k) >= 4):
        if found := re.search(rf"\b{re.escape(key.casefold()[:NAME_PREFIX])}", folded):
            return found.start()
    return None


def speaks_of_asked(intent: Intent, *supports: Support) -> bool:
    """Whether one of the supports speaks of what a money question names, in its
    document's title, its section, owner or the sentences around it ("the fee of Harbour
    Net" in a document titled "Harbour Net – statutes"), by more of a long name than its
    first letters: the bus "Grensependelen" is not the council "Skarvmyr Grenseråd". A
    goal's row names its goal by layout; a question that names nothing is spoken of by all."""
    names = [w for w in name_words(intent.question) if not re.fullmatch(CURRENCY, w)]
    if intent.goal is not None or not names:
        return True
    for support in supports:
        where = (support.chunk.title, support.section, support.owner or "", window(support))
        if names_any("\n".join(where), names, HEAD_SHARE):
            return True
    return False


def _costing(intent: Intent, stating: list[Stated]) -> list[Stated]:
    """For a question what something costs ("Vad kostar medlemskapet?"), the amounts
    stated as a cost, fee or payment ("Årsavgiften är 800 kronor"), or next to a sentence
    that says so (an FAQ's "What does it cost …?" over "Port C charges DKK 2 per kWh"),
    when some are: a grant the same body received, or its budget row, is no price."""
    if not COST.search(intent.question):
        return stating
    costs = [pair for pair in stating if COST.search(f"{pair[1].section}\n{window(pair[1])}")]
    return costs or stating


#: Applying for a grant, in the four languages: "apply for", "söka", "søke om", "ansøge",
#: "application", "ansökan", "søknad".
_APPLYING = re.compile(
    r"\b(?:appl(?:y|ies|ying|ied|icants?|ications?)|s[öø]k(?:a|e|er|es|te)?|søge|"
    r"ans[öø]g\w*|ans[öø]k\w*|søknad\w*)\b",
    re.IGNORECASE,
)


def _applied_for(intent: Intent, stating: list[Stated]) -> list[Stated]:
    """For how much one can apply for ("Hvor mye kan man søke om fra fondet?"), the amounts
    stated as what applicants can ask for ("… kan söka mellan 50 000 och 400 000 kronor"),
    or else said so in the paragraph of one, when some are: the size of the whole fund,
    which a news item gives first, is not what one can apply for."""
    if not _APPLYING.search(intent.question):
        return stating
    asked = [pair for pair in stating if _APPLYING.search(pair[1].text)]
    near = [
        (support, other)
        for support, stated in stating
        for other in block_of(stated)
        if states_amount(other.text) and _APPLYING.search(other.text)
    ]
    return asked or near[:1] or stating


#: The multiples a figure of money is written with, and what each stands for: "EUR 1.5
#: million", "3 mia. kr.", "12,8 MDKK", "50 tusen kroner".
_MULTIPLES = (
    (re.compile(r"\b(?:milliard\w*|miljard\w*|mia|mrd|bn)\b", re.IGNORECASE), 10**9),
    (re.compile(r"\b(?:million\w*|miljon\w*|mio|mill|mn|m|mnkr)\b", re.IGNORECASE), 10**6),
    (re.compile(r"\bM(?:DKK|SEK|NOK|EUR|ISK)\b"), 10**6),
    (re.compile(r"\b(?:tusen|tusind|thousand|tkr)\b", re.IGNORECASE), 10**3),
    (re.compile(r"\bT(?:DKK|SEK|NOK|EUR|ISK)\b"), 10**3),
)


def money_value(amount: str) -> Decimal | None:
    """The sum an amount stands for, its multiple applied ("EUR 1.5 million" -> 1500000),
    to compare amounts written in different ways."""
    figure = re.search(r"\d[\d\s.,]*", amount)
    value = row_value(figure.group(0).strip(" .,")) if figure else None
    if value is None:
        return None
    factor = next((f for pattern, f in _MULTIPLES if pattern.search(amount)), 1)
    return value * factor


def record_amounts(chunk: Chunk) -> dict[str, tuple[Decimal, str, int]]:
    """Each record of a passage (a section titled by a name: "MICROPLAST-BSR", "8. FISH-SKIN
    CRAFT") with the first amount of money its sentences state, that amount's sum and its
    sentence: what "which project has the smallest budget" compares."""
    found: dict[str, tuple[Decimal, str, int]] = {}
    for i in range(len(chunk.sentences)):
        section = chunk.section_of(i)
        title = section_title(section) or item_title(section)
        if not title or title in found or names_no_project(title, chunk):
            continue
        stated = amounts(sentence_text(chunk, i))
        value = money_value(stated[0]) if stated else None
        if value is not None:
            found[title] = (value, stated[0], i)
    return found


def money_ranking(intent: Intent, supports: list[Support]) -> tuple[list[str], str] | None:
    """For "which project has the smallest (largest) budget": of the records the cited
    passages hold, the one stating the least (most), with its amount and sentence. The
    names near the question (a page's title, a fee's heading) are no answer; none when
    fewer than two records state an amount."""
    found: dict[str, tuple[Decimal, str, Support]] = {}
    for support in supports:
        for title, (value, amount, i) in record_amounts(support.chunk).items():
            found.setdefault(title, (value, amount, support.at(i)))
    if len(found) < 2:
        return None
    pick = min if intent.smallest else max
    title = pick(found, key=lambda t: found[t][0])
    _, amount, support = found[title]
    which = "smallest" if intent.smallest else "largest"
    lead = (
        f"{title} [{support.n}]: {amount}, the {which} amount of the {len(found)} projects "
        f"the cited passages give one for: “{quote(support.text)}”"
    )
    return [title], lead


def stated_superlative(intent: Intent, supports: Sequence[Support]) -> Support | None:
    """For "which project got the largest grant": the sentence of a cited passage, best
    first, that says itself which is the largest ("Det største tilskud, DKK 180 000, går
    til …"), by a superlative of the question's kind, beside an amount when the question
    asks how much, and a name other than a currency's ("The project ran … with EUR 1.5
    million, the smallest budget" does not say which one): the text's own comparison
    beats one of the amounts it happens to cite, and a round's total or another item's
    figure answers nothing."""
    asked = superlative_kinds(intent.question)
    if not asked:
        return None
    for support in sorted(supports, key=lambda s: -s.score):
        for i in range(len(support.chunk.sentences)):
            text = sentence_text(support.chunk, i)
            priced = not intent.ranks_by_money or states_amount(text)
            named = any(not re.fullmatch(CURRENCY, name) for name in name_words(text))
            if asked & superlative_kinds(text) and priced and named:
                return support.at(i)
    return None


def _goal_row(support: Support) -> bool:
    """Whether the supporting sentence is a numbered goal's table row."""
    return any(row.number is not None for row in rows_at(support.chunk, support.sentence))


def around(
    support: Support, without_goal_rows: bool = False, costs: bool = False, question: str = ""
) -> str:
    """What the policy checks for the asked-for fact: the supporting sentence's
    section, owner, paragraph and neighbours; with `costs`, its activity's cost line
    (`_cost_line`, for `question`); `without_goal_rows`, less the budget rows of
    numbered goals (for a question that names no goal and is not answered from the
    rows: a goal's row does not say what something else costs)."""
    parts = [support.section, support.owner or "", paragraph(support), window(support)]
    if costs and (figure := _cost_line(support, question)) is not None:
        parts.append(sentence_text(support.chunk, figure))
    text = "\n".join(parts)
    if without_goal_rows:
        chunk = support.chunk
        for row in chunk.rows:
            if row.number is not None:
                text = text.replace(chunk.text[row.start : row.end], "")
    return text


#: A line that labels a figure: "Budget:30 000 euro", "Økonomi: 2 MDKK".
_FIGURE_LINE = re.compile(r"^[^\W\d][\w ]{1,30}:\s*\S")


def _cost_line(support: Support, question: str) -> int | None:
    """The labelled figure line of the supporting sentence's activity (`_figure_line`);
    for a question in two parts ("how much money …, and how many salmon …") whose best
    sentence answers the second, with no amount in its paragraph, the nearest sentence
    of its section that states one: a news item gives the money a paragraph above."""
    figure = _figure_line(support)
    if figure is None and SECOND_QUESTION.search(question) and _stated_amount(support) is None:
        return _section_amount(support)
    return figure


def _section_amount(support: Support) -> int | None:
    """The nearest other sentence of the supporting sentence's section that states an
    amount."""
    chunk, i = support.chunk, support.sentence
    section = chunk.section_of(i)
    nearest = sorted(range(len(chunk.sentences)), key=lambda j: abs(j - i))
    return next(
        (
            j
            for j in nearest
            if j != i and chunk.section_of(j) == section and states_amount(sentence_text(chunk, j))
        ),
        None,
    )


def _figure_line(support: Support) -> int | None:
    """The nearest labelled figure line of the supporting sentence's activity block: a
    plan states an activity in a paragraph or two and its cost on a line of its own
    below them ("Budget:30 000 euro"), beyond the sentences next to the best one; a
    card's own budget line for its title, which a blank line parts from it."""
    chunk, i = support.chunk, support.sentence
    for j in dict.fromkeys([*paragraph_order(chunk, i, BLOCK_REACH), *card_order(chunk, i)]):
        line = tidy(sentence_text(chunk, j))
        if _FIGURE_LINE.match(line) and states_amount(line):
            return j
    return None

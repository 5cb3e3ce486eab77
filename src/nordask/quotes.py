"""The supporting quotes under an answer's first line, and how a quote is cut and tidied.

A quote is one sentence of a cited passage, verbatim but without activity codes, table
cells and page furniture; it reaches for the next sentence, list or dated line when that
holds what was asked, and is labelled with its language when that differs from the
question's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from nordask.evidence import BARE_CASE, LEANS_BACK, WANTED, dated_by, holds_wanted
from nordask.language import SCANDINAVIAN
from nordask.passages import (
    BLOCK_REACH,
    LEADING_CODE,
    Support,
    fold,
    last_heading,
    layout_heading,
    paragraph_order,
    prose,
    quotable,
    readable,
    same_paragraph,
    sentence_text,
    sibling_rows,
    tidy,
    topic_words_in,
)
from nordask.query import (
    Intent,
    asks_partners,
    parse,
    question_parts,
    states_amount,
    states_day,
    topic_words,
)
from nordask.records import Chunk, TableRow
from nordask.structure import TITLE_WORDS, bar_cells, is_names_cell
from nordask.words import english_or_scandinavian, every_stopword, scandinavian_by_stopwords

MAX_QUOTES = 3
#: A quote longer than this is cut at a sentence or clause boundary.
MAX_QUOTE_CHARS = 320
#: A first line or quote shorter than this takes the next sentence along.
SHORT_LEAD_CHARS = 160
#: A sentence that counts what the one before it listed: "all of these four sectors",
#: "dessa tre områden", "disse to".
_COUNTS_BACK = re.compile(
    r"\b(?:these|those|dessa|desse|disse)\s+(?:\d+|two|three|four|five|six|två|tre|fyra|"
    r"fire|fem|sex|seks|to)\b",
    re.IGNORECASE,
)
#: A list item: a bullet or a number opening the line.
_BULLET = re.compile(r"^\s*(?:[•▪◦‣*·–-]|\d{1,2}[.)])\s+")
MAX_LIST_ITEMS = 8
#: A line that opens like a question but asks none ("Hur det påverkar den regionala …"):
#: a clause from a neighbouring column or heading, which completes no sentence.
_EMBEDDED_QUESTION = re.compile(
    r"^(?:how|what|which|why|hur|vad|vilka|vilken|varför|hvordan|hva|hvad|hvilke|hvilken|"
    r"hvorfor)\b(?!.*\?\s*$)",
    re.IGNORECASE,
)
_SWEDISH_LETTERS = re.compile(r"[äöÄÖ]")
_DANO_NORWEGIAN = re.compile(r"[æøÆØ]")
#: A quote's language when its letters and stopwords tell only that it is one of the two.
DANISH_OR_NORWEGIAN = "da/no"
LANGUAGE_NAMES = {
    "en": "English",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    DANISH_OR_NORWEGIAN: "Danish or Norwegian",
}
#: A full stop after a word, then a word in lower case: a line from a neighbouring PDF
#: column glued to the sentence ("… service och tjänster. nye måter å levere …"). After
#: a short word it is an abbreviation ("6 st. evenemang", "bl.a. gjennom").
_GLUED_COLUMN = re.compile(r"(?<=[^\W\d_]{5})\.\s+(?=[a-zåäöæøü])")
#: The number of a list's next item at the end of a cut quote: "…; 4." of "…; 4. måler …".
_ITEM_NUMBER_END = re.compile(r"(?<=[;:,.])\s+\(?\d{1,2}[.)]$")
#: A word next, after a space: what follows an item's number (not "Antal möten: 24.").
_WORD_NEXT = re.compile(r"\s+[^\W\d_]")
#: A list a question asks for is quoted whole up to this many items, each item cut at a
#: sentence end: its fourth and fifth recommendations are part of the answer.
WHOLE_LIST_ITEMS = 6
#: The marks that close a list's intro or item.
_CLOSING_MARKS = (".", ":", ";", "!", "?", "…")


def quote(text: str) -> str:
    """`text` tidied, without a neighbouring column's line glued after its full stop, and
    cut to at most MAX_QUOTE_CHARS at a sentence or clause end."""
    text = tidy(text)
    glued = _GLUED_COLUMN.search(text)
    if glued:
        text = text[: glued.start() + 1]
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    cut = max(text.rfind(mark, 0, MAX_QUOTE_CHARS) for mark in (". ", "; ", ", "))
    if cut < MAX_QUOTE_CHARS // 2:
        cut = text.rfind(" ", 0, MAX_QUOTE_CHARS)
    kept = text[: cut + 1]
    numbered = _ITEM_NUMBER_END.search(kept)
    if numbered and _WORD_NEXT.match(text, cut + 1):  # not "…; 4. …": the item is left out
        kept = kept[: numbered.start()]
    return kept.rstrip(" ,;") + " …"


def is_heading(support: Support) -> bool:
    return _title_line(support.chunk, support.sentence)


def _title_line(chunk: Chunk, i: int) -> bool:
    """A heading by the layout, or a title line: a short paragraph of its own without
    a full stop ("Other Nordregio projects on regional innovation"). A milestone line
    ("M21-24 Identifira 1-5 gränshinder per år") is not a title, nor is a table's row
    ("| Strandby | Folketal: 2 310 |")."""
    if layout_heading(chunk, i):
        return True
    start, end = chunk.sentences[i]
    if LEADING_CODE.match(chunk.text[start:end].lstrip()):
        return False
    text = tidy(chunk.text[start:end])
    alone = chunk.text[:start].endswith("\n\n") or start == 0
    alone = alone and (chunk.text[end:].startswith("\n\n") or end == len(chunk.text))
    short = len(text.split()) <= TITLE_WORDS and not text.endswith((".", "!", "?", ":"))
    return alone and short and bar_cells(text) is None


def supporting_quotes(
    intent: Intent,
    near: list[Support],
    question_lang: str | None,
    skip: str | None,
) -> list[str]:
    """Up to MAX_QUOTES readable supporting sentences, best first, each marked."""
    out: list[str] = []
    seen: set[str] = set()
    for support in near:
        text = _without_opener(with_wanted(support, intent), support.owner)
        usable = readable(support.text) or (intent.wants_amount and states_amount(text))
        if not prose(text) and not _names_asked(intent) and not states_amount(text):
            usable = False  # a cell of names or headers only answers "who"
        if is_heading(support) and text == quote(support.text) and not states_amount(text):
            usable = False  # a title alone says nothing ("Other Nordregio projects on …")
        if not usable or any(text in other for other in seen) or (skip and text in skip):
            continue
        seen.add(text)
        where = support.owner or last_heading(support.section)
        whose = f" — {where}" if where and where not in text else ""
        out.append(f"[{support.n}] {quoted(text, support, question_lang)}{whose}")
        if len(out) == MAX_QUOTES:
            break
    return out


def _names_asked(intent: Intent) -> bool:
    """Whether a cell of names ("Nordregio og TG") can answer: a question for
    organisations, not for a project, a definition or a figure."""
    return intent.kind == "person" or (intent.kind == "actor" and intent.actor_kind != "project")


def fallback_quote(
    best: Support,
    intent: Intent,
    question_lang: str | None,
    text: str | None = None,
    sectioned: bool = True,
) -> str:
    """The best sentence as quoted (quoted_sentences: with the sentence that holds the
    name or figure asked for, or that completes a short one), or the part of it given
    as `text`, labelled with its language when the question's is another, and with
    whose section it is ("— Tornedalsrådet › K.7.c") when the layout says and
    `sectioned`: a line that names what it is about needs no section's name."""
    if text is None:
        text = with_wanted(best, intent)
        text = _without_cell(_without_opener(text, best.owner), best, intent)
        text = _with_dateline(_without_item_dateline(text, intent), best, intent)
    language = _other_language(text, best, question_lang)
    if language:
        text = f"({language}) {text}"
    section = last_heading(best.section)
    owner = best.owner if best.owner and best.owner not in section else None
    whose = " › ".join(p for p in (owner, section) if p and p not in text) if sectioned else ""
    return f"{text} — {whose} [{best.n}]" if whose else f"{text} [{best.n}]"


#: A question for when something happened: "When was …", "Where and when …", "Når ble
#: …" (not "når" as a conjunction further in: "Hvilke sprog …, når fonden uddeler …").
_ASKS_WHEN = re.compile(
    r"^\s*(?:\w+\s+(?:and|och|og)\s+)?(?:when|när|når|hvornår)\b", re.IGNORECASE
)
#: A day named only relative to the day a news item was published: "on Monday", "på
#: måndagen", "i tirsdags", "yesterday", "i går".
_RELATIVE_DAY = re.compile(
    r"\b(?:(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:på|i)\s+(?:mån|tis|tirs|ons|tors|fre|lör|lør|sön|søn)dag\w*|"
    r"(?:på|i)\s+mandag\w*|yesterday|i\s*går|i\s*gaar)\b",
    re.IGNORECASE,
)
#: A news item's dateline: "Publicerad 4 november 2025", "Published on 3 May 2024".
_DATELINE = re.compile(
    r"\b(?:published|publicerad|publiceret|publisert)\s+(?:on\s+|den\s+)?"
    r"(?:\d{1,2}\.?\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2},?)\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


def _with_dateline(text: str, support: Support, intent: Intent) -> str:
    """A quote that says when only relative to its news item's day ("lanserades på
    måndagen"), with the item's dateline ("Publicerad 4 november 2025"), for a question
    that asks when: the day itself stands only in the dateline."""
    if not _ASKS_WHEN.search(intent.question) or not _RELATIVE_DAY.search(text):
        return text
    if states_day(text):
        return text
    dateline = _DATELINE.search(support.chunk.text)
    if dateline is None or not states_day(dateline.group(0)):
        return text
    return f"{text} ({dateline.group(0)})"


#: A news listing's dateline before a bar, as a quote opens with it: "12 March 2027 | ",
#: "03.05.2026 | ", "2026-05-03 | ".
_ITEM_DATELINE = re.compile(
    r"^\s*(?:\d{1,2}\.?\s+[^\W\d_]+\.?\s+(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|"
    r"(?:19|20)\d\d-\d\d-\d\d)\s*\|\s*"
)


def _without_item_dateline(text: str, intent: Intent) -> str:
    """A quote for a "when" question without its news item's dateline, when its text
    states a day of its own ("12 October | … opened on 10 October …"): the item was
    published on the dateline's day, the event took place on the day its text gives."""
    dateline = _ITEM_DATELINE.match(text)
    if not dateline or not _ASKS_WHEN.search(intent.question):
        return text
    rest = text[dateline.end() :]
    return rest if states_day(rest) else text


def _without_cell(text: str, support: Support, intent: Intent) -> str:
    """A quote without the cell of partners that ends it ("… politikkutvikling. Nordregio
    og TG og NORA og GK"), unless partners are asked for: a plan's column beside the line."""
    last = quoted_sentences(support.chunk, support.sentence, intent)[1]
    cell = tidy(sentence_text(support.chunk, last))
    if last == support.sentence or asks_partners(intent.question) or not is_names_cell(cell):
        return text
    return text.removesuffix(cell).rstrip(" …") if text.endswith(cell) else text


def _without_opener(text: str, owner: str | None) -> str:
    """A quote without the label that opens its owner's block ("Kvarkenrådet (lägg samman
    med ovanstående): …"): the answer says whose block it is after the quote, and the
    label may carry a drafting note the reader has no use for."""
    if not owner:
        return text
    label = re.match(rf"{re.escape(owner)}\s*(?:\([^)]*\))?\s*:\s+(?=\w)", text)
    return text[label.end() :] if label else text


#: A language label as `quoted` and the leads write it: "(Swedish) “…”", "(Danish) Text".
_LABELS = re.compile(rf"(?:^|\s)\(({'|'.join(map(re.escape, LANGUAGE_NAMES.values()))})\)\s")


def quoted(text: str, support: Support, question_lang: str | None, after: str = "") -> str:
    """ "“text”", after its language's name when that is not the question's: "(English)
    “Members from Sweden …”" for a Swedish question. `after` is the line the quote
    follows: its last label holds for the quote too."""
    language = _other_language(text, support, question_lang)
    said = _LABELS.findall(after)
    if not language or (said and said[-1] == language):
        return f"“{text}”"
    return f"({language}) “{text}”"


def _other_language(text: str, support: Support, question_lang: str | None) -> str:
    """The name of the quote's language when it is not the question's, else ""."""
    lang = quote_language(text, support.chunk.lang)
    return LANGUAGE_NAMES.get(lang, lang) if question_lang and lang != question_lang else ""


def quote_language(text: str, passage_lang: str) -> str:
    """The language of a quote from a passage that mixes Scandinavian languages (a plan
    whose activities are written in Swedish, Danish and Norwegian): its letters tell
    Swedish (ä, ö) from Danish and Norwegian (æ, ø), in its words that are no names. A
    sentence whose letters do not
    tell ("Den del af indholdet …, som er vedtaget af EK-R …" in a passage tagged
    Swedish) is told by the stopwords only one language has ("af", "och", "å"); else
    the passage's tag holds. A sentence whose stopwords are English in a passage tagged
    Scandinavian is English (a report's summary in English), and the other way round."""
    side = english_or_scandinavian(text)
    if side == "en" and passage_lang in SCANDINAVIAN:
        return "en"
    if side == "scandinavian" and passage_lang == "en":
        return scandinavian_by_stopwords(text) or _scandinavian_by_letters(text)
    if passage_lang not in SCANDINAVIAN:
        return passage_lang
    # Names keep their own language's letters ("Region Värmland" in Norwegian text).
    common = " ".join(w for i, w in enumerate(text.split()) if i == 0 or not w[:1].isupper())
    swedish, other = bool(_SWEDISH_LETTERS.search(common)), bool(_DANO_NORWEGIAN.search(common))
    if swedish and not other:
        return "sv"
    if other and not swedish and passage_lang == "sv":
        from nordask.language import detect_language

        found = detect_language(text)
        return found if found in ("da", "no") else passage_lang
    if not swedish and not other:
        return scandinavian_by_stopwords(text) or passage_lang
    return passage_lang


def _scandinavian_by_letters(text: str) -> str:
    """Swedish by its letters (ä, ö), else Danish or Norwegian, which letters do not tell
    apart (langdetect would: its profiles cost a cold question half a second)."""
    if _SWEDISH_LETTERS.search(text) and not _DANO_NORWEGIAN.search(text):
        return "sv"
    return DANISH_OR_NORWEGIAN


def with_wanted(support: Support, intent: Intent) -> str:
    """What the answer quotes of a supporting passage, sentences between the
    supporting one and the one holding the fact left out ("A … B"); the supporting one
    stays when the quote reaches both before and after it ("A B C", not "A … C")."""
    chunk, i = support.chunk, support.sentence
    listed = list_span(chunk, i)
    if listed:
        return _list_quote(chunk, *listed, intent)
    if intent.kind == "list" and (counted := _counted_items(chunk, i)):
        return " … ".join(quote(sentence_text(chunk, j)) for j in counted)
    first, last = quoted_sentences(chunk, i, intent)
    if (first, last) == (i, i + 1) and layout_heading(chunk, i):
        first = last  # a heading completed by its first sentence: the sentence says it
    if first < last and not tidy(sentence_text(chunk, first)):
        first += 1  # a bare activity code quotes nothing: the line it opens does
    kept = list(dict.fromkeys((first, i, last) if first < i < last else (first, last)))
    kept = _told_on(chunk, kept, intent.question)
    quoted = _dated_quote(sentence_text(chunk, kept[0]), intent)
    for before, j in pairwise(kept):
        joiner = " " if j - before == 1 else " … "
        quoted += joiner + _dated_quote(sentence_text(chunk, j), intent)
    return quoted


def _told_on(chunk: Chunk, kept: list[int], question: str) -> list[int]:
    """The quote's sentences `kept`, with those right after its first one up to
    `MAX_QUOTE_CHARS` in all, for a question in two parts of which one asks what only
    running text says (`asks_told`): a quote from the sentence that names the subject to
    the one with its figure ("Exempel … Permascand … … Ett företag som exporterar 95%.")
    leaves out what the text goes on to tell of it ("Från leverantörer till oljeindustrin
    till en patenterad vattenreningsteknik …"), which the other part asks."""
    if len(kept) != 2 or kept[1] - kept[0] < 2 or not asks_told(question):
        return kept
    size = sum(len(tidy(sentence_text(chunk, j))) for j in kept)
    told = []
    for j in range(kept[0] + 1, kept[1]):
        size += len(tidy(sentence_text(chunk, j))) + 1
        fits = size <= MAX_QUOTE_CHARS and same_paragraph(chunk, kept[0], j)
        if not fits or not quotable(chunk, j):
            break
        told.append(j)
    return [kept[0], *told, kept[1]]


#: What-words: a part that opens with one and asks no value asks what a thing is or does.
_WHAT = re.compile(r"^\s*(?:what|vad|hvad|hva)\b", re.IGNORECASE)


@cache
def asks_told(question: str) -> bool:
    """Whether a question in two parts (`question_parts`) asks in one of them what a thing
    is or does ("Hvor stor en del … eksporterer Permascand, og hvad laver firmaet i
    dag?"): only running text says it; no figure, day or name marks the line."""
    parts = question_parts(question)
    return parts is not None and any(
        _WHAT.match(part) and parse(part).kind in ("free", "definition") for part in parts
    )


def _list_quote(chunk: Chunk, first: int, last: int, intent: Intent) -> str:
    """A list quoted whole (one a question for a list asks for: whole up to
    `WHOLE_LIST_ITEMS` items, each cut at a sentence end), or when it is too long to
    quote whole, its intro with the items that speak of the question's topic
    ("anbefaler følgende: … - raskere godkjenning av fagbrev …"): cut at its length, the
    asked item would be the one left out."""
    if intent.kind == "list" and last - first <= WHOLE_LIST_ITEMS:
        return _joined([sentence_text(chunk, j) for j in range(first, last + 1)])
    whole = " ".join(sentence_text(chunk, j) for j in range(first, last + 1))
    topic = topic_words(intent.question, every_stopword())
    items = range(first + 1, last + 1)
    asked = [j for j in items if topic_words_in(fold(sentence_text(chunk, j)), topic)]
    if len(tidy(whole)) <= MAX_QUOTE_CHARS or not asked:
        return quote(whole)
    quoted = sentence_text(chunk, first)
    for before, j in pairwise([first, *asked]):
        quoted += (" " if j - before == 1 else " … ") + sentence_text(chunk, j)
    return quote(quoted + (" …" if asked[-1] < last else ""))


def _joined(items: Sequence[str]) -> str:
    """A list's intro and items (as the text has them) quoted one after another, each
    cut at a sentence end; an item whose semicolon the quote drops ("… grensen;" quoted
    "… grensen") keeps it."""
    quoted = [quote(item) for item in items]
    kept = [
        f"{q};" if item.rstrip().endswith(";") and not q.endswith(_CLOSING_MARKS) else q
        for item, q in zip(items, quoted, strict=True)
    ]
    return " ".join(kept)


def _dated_quote(text: str, intent: Intent) -> str:
    """`text` quoted, keeping the milestone code that opens it when the code dates it
    and the question asks when, or names that year ("M2023 Bidra till …" for "what will
    … do in 2023"): elsewhere a code is noise, here it is the answer."""
    quoted = quote(text)
    code = LEADING_CODE.match(" ".join(text.split()))
    dated = code and dated_by(code.group())
    if dated and (intent.kind == "date" or set(intent.years) & dated):
        return f"{code.group().strip()} {quoted}"
    return quoted


def quoted_sentences(chunk: Chunk, i: int, intent: Intent) -> tuple[int, int]:
    """The quote for sentence `i` (`_quoted_from`), with the sentence before when `i`
    leans on it ("It will provide …"), as its evidence span does."""
    listed = list_span(chunk, i)
    if listed:
        return listed
    first, last = _quoted_from(chunk, i, intent)
    if i > 0 and same_paragraph(chunk, i - 1, i):
        text = tidy(sentence_text(chunk, i))
        if _COUNTS_BACK.search(text):
            return i - 1, i  # what it counts is listed there
        if BARE_CASE.match(text):
            return i - 1, i  # "Vid avslag …": what is rejected is said there
        if LEANS_BACK.match(text):
            first = min(first, i - 1)
    return first, last


#: A sentence that announces how many things follow: "… set up three thematic smart
#: specialisation platforms …", "har fyra temaområden".
_ANNOUNCES = re.compile(
    r"\b(?:two|three|four|five|six|två|tre|fyra|fem|sex|to|fire|seks)\s+(?:[\w-]+\s+){0,3}"
    r"[\w-]+(?:s|er|ar|or|ene|erne|erna)\b",
    re.IGNORECASE,
)
#: How the paragraphs after it open, one thing each: "One topic is …", "Another is …",
#: "The third topic …", "Ett annat …", "Det tredje …".
_ENUMERATOR = re.compile(
    r"^(?:one|another|the\s+(?:first|second|third|fourth|fifth|last)|a\s+(?:second|third)|"
    r"(?:en|ett|et|ei)\s+(?:annan|annat|anden|andet|annen|annet|av|af)|"
    r"(?:den|det)\s+(?:första|andra|tredje|fjärde|femte|sista|første|anden|andre|fjerde|"
    r"sidste|siste))\b",
    re.IGNORECASE,
)


def _counted_items(chunk: Chunk, i: int) -> list[int]:
    """Sentence `i` and the paragraphs' first sentences that give the things it counts
    ("… three thematic smart specialisation platforms …" "One topic is on industrial
    modernization." "Another is the Agro-Food platform." "The third topic is about
    energy."), when two or more follow in its section; else none."""
    text = tidy(sentence_text(chunk, i))
    if not _ANNOUNCES.search(text):
        return []
    items = [
        j
        for j in range(i + 1, len(chunk.sentences))
        if chunk.section_of(j) == chunk.section_of(i)
        and _ENUMERATOR.match(tidy(sentence_text(chunk, j)))
    ][:MAX_LIST_ITEMS]
    return [i, *items] if len(items) >= 2 else []


def list_span(chunk: Chunk, i: int) -> tuple[int, int] | None:
    """The list sentence `i` stands in, as (intro, last item): a line ending in a colon
    and the bullet items after it ("The joint challenges are:" "• …" "• …"). An item
    alone, or the intro alone, does not say what the list says."""
    first = i
    while first > 0 and _BULLET.match(sentence_text(chunk, first)):
        first -= 1
    if _BULLET.match(sentence_text(chunk, first)) or not tidy(sentence_text(chunk, first)).endswith(
        ":"
    ):
        return None
    last = first
    while (
        last + 1 < len(chunk.sentences)
        and last - first < MAX_LIST_ITEMS
        and _BULLET.match(sentence_text(chunk, last + 1))
    ):
        last += 1
    return (first, last) if first < last and i <= last else None


def _quoted_from(chunk: Chunk, i: int, intent: Intent) -> tuple[int, int]:
    """The first and last sentence an answer quotes for sentence `i`.

    When `i` lacks what the question asks for (a name, a number, a date), the
    nearest sentence of its paragraph that has it joins the quote: plans state the
    figure a line or two below the activity it belongs to. A short sentence that
    the next one completes ("… decided on a new vision." "The vision is …") takes
    that one along. A bare activity code ("G.1.a.") is quoted with the line it opens.
    """
    nxt = i + 1
    if (
        not tidy(sentence_text(chunk, i))
        and nxt < len(chunk.sentences)
        and chunk.section_of(nxt) == chunk.section_of(i)
        and quotable(chunk, nxt)
    ):
        return i, _quoted_from(chunk, nxt, intent)[1]
    if years := _other_years_lines(chunk, i, intent):
        return min(i, *years), max(i, *years)
    if WANTED.get(intent.kind) and not holds_wanted(sentence_text(chunk, i), intent):
        # A name stands next to what it names; a figure or date may be lines below.
        reach = 1 if intent.kind in ("actor", "list") else BLOCK_REACH
        for j in paragraph_order(chunk, i, reach):
            # A table row beside a line ("Økonomi 3,8 MDKK …") holds only figures.
            row = not intent.wants_amount and _is_row(chunk, j)
            if holds_wanted(sentence_text(chunk, j), intent) and quotable(chunk, j) and not row:
                return min(i, j), max(i, j)
    if (
        len(tidy(sentence_text(chunk, i))) < SHORT_LEAD_CHARS
        and readable(sentence_text(chunk, i))
        and not is_names_cell(sentence_text(chunk, i))
        and nxt < len(chunk.sentences)
        and not sibling_rows(chunk, i, nxt)
        and chunk.section_of(nxt) == chunk.section_of(i)
        and chunk.owner_of(nxt) == chunk.owner_of(i)
        and not _EMBEDDED_QUESTION.match(tidy(sentence_text(chunk, nxt)))
        and quotable(chunk, nxt)
        and readable(sentence_text(chunk, nxt))
        and prose(sentence_text(chunk, nxt))
        and len(tidy(sentence_text(chunk, i))) + len(tidy(sentence_text(chunk, nxt)))
        <= MAX_QUOTE_CHARS
    ):
        return i, nxt
    return i, i


def _other_years_lines(chunk: Chunk, i: int, intent: Intent) -> list[int]:
    """For a question that names several years ("… i 2021 og 2022"), the lines of the
    block of sentence `i`, dated by one of them, that are dated by the others, one a
    year, nearest first: a plan gives each year's step on a line of its own ("M2021:
    arrangera 6 st. evenemang", "M2022: arrangera 4 st. evenemang"), and the question
    asks for each year's."""
    asked = set(intent.years)
    missing = asked - dated_by(sentence_text(chunk, i))
    if len(asked) < 2 or missing == asked:
        return []
    lines = []
    for j in paragraph_order(chunk, i, BLOCK_REACH):
        years = dated_by(sentence_text(chunk, j)) & missing
        if years and quotable(chunk, j):
            lines.append(j)
            missing -= years
        if not missing:
            break
    return lines


def _is_row(chunk: Chunk, j: int) -> bool:
    return bool(rows_at(chunk, j))


def rows_at(chunk: Chunk, j: int) -> list[TableRow]:
    """The table rows that start in sentence `j`."""
    start, end = chunk.sentences[j]
    return [row for row in chunk.rows if start <= row.start < end]

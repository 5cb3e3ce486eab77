"""The cited passage as the answer's modules see it, and the sentence helpers they share.

`Support` is one cited passage with its sentences; the rest finds where a sentence sits
(its paragraph, its block, the rows beside it), tidies it for a reader (no activity codes,
cut at a clause when long) and matches the question's topic words against it. Every
other answer module imports this one, so it imports none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from nordask.furniture import is_link_text
from nordask.query import ACTIVITY_CODE, CODE, NAME_PREFIX, STEM_LETTERS, amounts
from nordask.records import Chunk, TableRow
from nordask.structure import bar_cells
from nordask.words import every_stopword

#: A topic word this long is matched by this many first letters (shorter ones by
#: NAME_PREFIX): long words share short beginnings ("under-").
LONG_TOPIC_WORD, LONG_TOPIC_PREFIX = 9, 7
#: How far a quote may reach for a figure or date within a plan's activity block: its
#: milestone lines ("MP2021: … Ansökan insänd september 2020.") follow the description.
BLOCK_REACH = 6
#: Codes that open a line in plans: activity codes ("G.1.b."), milestones and
#: deliverables ("M2021:", "MP 2022:", "M22.", "D2021:", "D:", "1/2021:"). "I" before a
#: figure is the Scandinavian "in", which opens sentences: "I 2025 kom det inn 31
#: søknader", "I 3 av 12 prosjekter …".
LEADING_CODE = re.compile(
    rf"^(?:{CODE}\b\.?|(?!I\s)[A-Z]{{1,2}}\s?\d[\d/\-–]*\s*[:.]?|[A-Z]{{1,2}}:|"
    r"\d{1,2}/\d{4}:|[…\.]{2,}|…)\s*"
)
_TRAILING_CODE = re.compile(rf"\s*(?:{CODE}\.?|…|\.\.\.)\s*$")


@dataclass(frozen=True)
class Support:
    """One cited passage as the composer sees it: its best sentence and score."""

    n: int
    chunk: Chunk
    sentence: int
    score: float
    #: Every sentence's support score (`rank_sentences`), when the passage was ranked.
    sentence_scores: tuple[float, ...] = ()
    #: Every sentence's closeness to what the question asks of its subject (aspects.py),
    #: when the question names a subject the best passage's document or owner names.
    aspect_scores: tuple[float, ...] = ()

    def at(self, sentence: int) -> Support:
        """The same passage, supported by another of its sentences."""
        return replace(self, sentence=sentence)

    @property
    def text(self) -> str:
        start, end = self.chunk.sentences[self.sentence]
        return self.chunk.text[start:end]

    @property
    def owner(self) -> str | None:
        return self.chunk.owner_of(self.sentence)

    @property
    def section(self) -> str:
        return self.chunk.section_of(self.sentence)


def tidy(text: str) -> str:
    """A sentence as a quote: one line, without leading or trailing codes."""
    text = " ".join(text.split())
    for _ in range(3):
        stripped = _TRAILING_CODE.sub("", LEADING_CODE.sub("", text))
        if stripped == text:
            break
        text = stripped
    return text.strip(" ;,")


def readable(text: str) -> bool:
    """Whether a sentence reads as prose: not a heading, a code, a figure row, a
    label with a few words, or a line a PDF column cut off ("… mellom kommuner,
    regioner og virksomheter om")."""
    tidied = tidy(text)
    words = re.findall(r"[^\W\d_]{2,}", tidied)
    if len(words) < 4 or is_link_text(tidied) or _cut_off(tidied):
        return False
    upper = sum(1 for w in words if w.isupper())
    if upper > 0.6 * len(words):
        return False
    return len(amounts(tidied)) < 3


def _cut_off(text: str) -> bool:
    """A line that stops on a word like "om", "and" or "the", with no end mark."""
    last = re.search(r"([^\W\d_]+)\W*$", text)
    return bool(last) and text[-1:].isalpha() and last.group(1).casefold() in every_stopword()


def asks(text: str) -> bool:
    """A sentence that asks a question ("What is the added value of ...?") answers none."""
    return text.rstrip().endswith("?")


def block_of(lead: Support) -> list[Support]:
    """The other sentences of the lead's paragraph or activity a quote can give, nearest
    first."""
    chunk = lead.chunk
    return [
        lead.at(j)
        for j in paragraph_order(chunk, lead.sentence, BLOCK_REACH)
        if quotable(chunk, j) and readable(sentence_text(chunk, j))
    ]


def word_stem(word: str) -> str:
    """A word's first letters, Scandinavian spellings folded ("møter", "möten")."""
    return fold(word)[:STEM_LETTERS]


def topic_hits(support: Support, topic: list[str]) -> int:
    """How many of the question's topic words the sentence or its section title has."""
    return topic_words_in(fold(f"{support.section}\n{support.text}"), topic)


def own_topic_hits(support: Support, topic: list[str]) -> int:
    """How many of the question's topic words the sentence has that its document's title
    does not: a title's word ("Events calendar") is said of every passage of the
    document; the others ("cancelled") tell which passage speaks of what is asked."""
    title = fold(support.chunk.title)
    return topic_hits(support, [word for word in topic if not topic_words_in(title, [word])])


def row_topic_hits(row: TableRow, topic: list[str]) -> tuple[int, int]:
    """How many of the question's topic words a table row's label has ("Goal 2 Freight
    capacity"), then its section ("MÅL 3: Digital helse …"): a row's own label says
    its goal better than a heading the table may stand under for another reason."""
    return topic_words_in(fold(row.label), topic), topic_words_in(fold(row.section), topic)


def topic_words_in(folded: str, topic: list[str]) -> int:
    """How many of the topic words `folded` (a `fold`ed text) has. A compound is matched
    whole: "high-speed" is not "high-tech"; a long word by more of its letters:
    "undersøge" is "undersöka", not "understøtte"."""
    return sum(bool(re.search(rf"\b{re.escape(topic_key(word))}", folded)) for word in topic)


def either_k(key: str) -> str:
    """A pattern for `key` that reads its "c" and "k" as either: the Nordic languages
    write a "k" where English writes a "c" ("bioekonomi", "bioeconomy")."""
    return re.sub("[ck]", "[ck]", re.escape(key))


#: Letters the Scandinavian languages write differently for one sound: "undersøge",
#: "undersöka"; "grænse", "gräns", "grense".
_NORDIC_FOLD = str.maketrans("øöæäå", "ooeea")


def fold(text: str) -> str:
    return text.casefold().translate(_NORDIC_FOLD)


def topic_key(word: str) -> str:
    folded = fold(word)
    if "-" in word:
        return folded
    return folded[:LONG_TOPIC_PREFIX] if len(folded) >= LONG_TOPIC_WORD else folded[:NAME_PREFIX]


def prose(text: str) -> bool:
    """Whether a line has lowercase words of its own, not only names joined by "og" or
    "and" (a partners cell, which completes no sentence)."""
    return any(w.islower() and len(w) >= 4 for w in re.findall(r"[^\W\d_]+", text))


def sentence_text(chunk: Chunk, i: int) -> str:
    start, end = chunk.sentences[i]
    return chunk.text[start:end]


def quotable(chunk: Chunk, j: int) -> bool:
    """Not a heading, a question or a link text (a partners cell on a line of its own
    is quotable: it is often what was asked)."""
    text = sentence_text(chunk, j)
    return not layout_heading(chunk, j) and not asks(text) and not is_link_text(tidy(text))


def layout_heading(chunk: Chunk, j: int) -> bool:
    """Whether sentence `j` is the heading its section path ends with."""
    return (
        tidy(sentence_text(chunk, j)).casefold()
        == tidy(last_heading(chunk.section_of(j))).casefold()
    )


def same_paragraph(chunk: Chunk, i: int, j: int) -> bool:
    lo, hi = sorted((i, j))
    return "\n\n" not in chunk.text[chunk.sentences[lo][1] : chunk.sentences[hi][0]]


def _same_block(chunk: Chunk, i: int, j: int) -> bool:
    """The same paragraph, or the same numbered activity of a plan (its milestone and
    result lines stand in paragraphs of their own)."""
    if same_paragraph(chunk, i, j):
        return True
    section = chunk.section_of(i)
    return bool(ACTIVITY_CODE.search(last_heading(section))) and chunk.section_of(j) == section


def paragraph_order(chunk: Chunk, i: int, reach: int) -> list[int]:
    """The neighbours of sentence `i` (a table cell or a label line beside it counts),
    then the other sentences of its paragraph up to `reach` away, nearest
    first, the next before the previous."""
    order = []
    for distance in range(1, reach + 1):
        for j in (i + distance, i - distance):
            inside = 0 <= j < len(chunk.sentences) and _same_owner(chunk, i, j)
            if inside and (distance == 1 or _same_block(chunk, i, j)):
                order.append(j)
    return order


def window(support: Support, reach: int = 1, own_paragraph: bool = False) -> str:
    """The supporting sentence with up to `reach` sentences on each side: the name or
    figure a sentence speaks of often stands in the one before or after it. It stops
    where another organisation's block or another section begins ("Nordkalottrådet: …"
    after a line of Greater Copenhagen's milestones speaks for Nordkalottrådet, not for
    that line), and with `own_paragraph` at a blank line too (the paragraph before a
    project's own one ends in that project's "Swedish partner is …")."""
    chunk, i = support.chunk, support.sentence

    def inside(j: int) -> bool:
        return in_same_place(chunk, i, j) and (not own_paragraph or same_paragraph(chunk, i, j))

    first = last = i
    while first > 0 and i - first < reach and inside(first - 1):
        first -= 1
    while last + 1 < len(chunk.sentences) and last - i < reach and inside(last + 1):
        last += 1
    return chunk.text[chunk.sentences[first][0] : chunk.sentences[last][1]]


def in_same_place(chunk: Chunk, i: int, j: int) -> bool:
    """Whether sentences `i` and `j` stand in the same section and owner's block: the
    link closing one project's paragraph ("Find out more about GROM.") does not speak
    for the next project's."""
    return (
        _same_owner(chunk, i, j)
        and chunk.section_of(i) == chunk.section_of(j)
        and not sibling_rows(chunk, i, j)
    )


def sibling_rows(chunk: Chunk, i: int, j: int) -> bool:
    """Whether sentences `i` and `j` are two body rows of one table (cells between
    bars): each is a record of its own ("| SDU | Syddansk Universitet |" does not speak
    for the row under it). A run's first row is its header, which names the columns of
    every row ("Mål 3 | Norsk helsenett | …" over "MNOK | 2,5 | …")."""
    return i != j and _body_row(chunk, i) and _body_row(chunk, j)


def _body_row(chunk: Chunk, j: int) -> bool:
    """A table row (cells between bars) under another row of its table."""
    return (
        j > 0
        and bar_cells(sentence_text(chunk, j)) is not None
        and bar_cells(sentence_text(chunk, j - 1)) is not None
    )


def _same_owner(chunk: Chunk, i: int, j: int) -> bool:
    """Whether sentences `i` and `j` stand in the same organisation's block (or both in
    none); a passage stored without owners has no blocks to tell apart."""
    owners = chunk.owners
    if i >= len(owners) or j >= len(owners):
        return True
    return same_owner_name(owners[i], owners[j])


def same_owner_name(one: str | None, other: str | None) -> bool:
    """Whether two owner labels name one organisation: the same, or one the other with a
    kind word before it ("Grensekomiten Värmland-Østfold" over a block a plan labels
    "Värmland-Østfold"), as one table labels its rows more or less fully."""
    if one == other:
        return True
    if not one or not other:
        return False
    short, long = sorted((one.casefold(), other.casefold()), key=len)
    return long.endswith(f" {short}")


def paragraph(support: Support) -> str:
    """The paragraph (text between blank lines) the supporting sentence stands in."""
    text = support.chunk.text
    start, end = support.chunk.sentences[support.sentence]
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return text[lo + 2 if lo >= 0 else 0 : hi if hi >= 0 else len(text)]


def last_heading(section: str) -> str:
    return section.rsplit(" › ", 1)[-1] if section else ""


def citation_marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in sorted(set(numbers)))

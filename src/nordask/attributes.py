"""What-is questions that ask for a value, not a term: "What is the co-funding rate for
schools?", "Hva er timeprisen for konsulenter?", "Vad är lönen för tjänsten?".

Their frame is a definition's, but the noun they ask about names an attribute of a
thing (a rate, a salary, a fee, a deadline): the answer is the value a passage states
for it, and a passage that defines nothing is no reason to say the corpus gives "no
definition" of a salary. The attribute nouns are few and the same in any corpus, so
they are listed here by the kind of value that states them, in the four languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nordask.cells import Cell, asked_cell, row_at
from nordask.passages import Support, readable, sentence_text
from nordask.query import asked_contact_kind, name_phrases, states_amount, states_contact
from nordask.words import every_stopword, folded

#: The nouns that name an attribute, by the kind of value a passage states it with: a
#: share ("rate", "stödnivå", "satsen", "andelen"), money ("salary", "lønnen",
#: "avgiften", "timpriset") or a date ("deadline", "fristen"); each in its plural and
#: Nordic definite forms, and ending a compound ("støttesatsen", "søknadsfristen").
_ATTRIBUTES = {
    "share": re.compile(
        r"rates?|shares?|percentages?|proportions?|(?!insats)\w*sats(?:en|er|erna|ene)?|"
        r"\w*andel(?:en|er|ene|arna)?|\w*niv[åa](?:et|n)?|\w*procent(?:en)?|\w*prosent(?:en)?",
        re.IGNORECASE,
    ),
    "money": re.compile(
        r"salar(?:y|ies)|wages?|pay|fees?|prices?|\w*l[øö]nn?(?:en|a|ninger|ningen)?|"
        r"\w*avgift(?:en|er)?|\w*afgift(?:en|er)?|\w*pris(?:en|et|er)?|\w*honorar(?:et)?",
        re.IGNORECASE,
    ),
    "date": re.compile(r"deadlines?|\w*frist(?:en|er)?", re.IGNORECASE),
}
#: What states a value of each kind: a share in per cent ("75 %", "60 procent"), money
#: (an amount, or kroner before the figure: "kr 620 000"), a date or year.
_STATES = {
    "share": re.compile(r"\d\s*(?:%|procent|prosent|per\s*cent|percent)", re.IGNORECASE),
    "money": re.compile(r"(?<!\w)kr\.?\s*\d", re.IGNORECASE),
    "date": re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s?\d{1,2}\.|\b\d{1,2}\.?\s+[a-zæøåä]{3,}"),
}
#: A what-is question's frame and what follows it: "What is the …", "Hva er …".
_FRAME = re.compile(
    r"^\s*(?:what\s+(?:is|are|was|were)|what's|vad\s+(?:är|var)|hva\s+(?:er|var)|"
    r"hvad\s+(?:er|var))\s+(?P<article>(?:the|den|det|de)\s+)?",
    re.IGNORECASE,
)
#: A preposition after the attribute's phrase: what it is of ("rate for universities").
_OF = re.compile(
    r"\s+(?:of|for|in|on|at|i|för|til|till|på|af|av|med|från|fra|within)\s+", re.IGNORECASE
)
#: A name in the Nordic genitive before what is asked of it: "Karen Holts telefonnummer"
#: (the name without its "s").
_OWNED_CONTACT = re.compile(
    r"(?P<whose>[A-ZÅÄÖÆØ][\w-]*(?:\s+[A-ZÅÄÖÆØ][\w-]*){0,3}?)s\s+(?P<what>[^\W\d_][\w-]+)"
)
#: A Nordic noun's definite ending, which asks for the one meant ("satsen", "lønnen").
_DEFINITE = re.compile(r"\w{3,}(?:en|et|na|ne)$", re.IGNORECASE)
#: How much more naming the attribute counts than naming one more word of what it is of.
_ATTRIBUTE_WEIGHT = 2


@dataclass(frozen=True)
class Asked:
    """The attribute a value question asks (its word and kind) and the words that say
    what it is of ("universities", "Lyngvik")."""

    word: str
    kind: str
    of: list[str]


def asked_value(question: str, subject: str) -> Asked | None:
    """The attribute a definition-framed question asks the value of: its subject's phrase
    before any preposition names one ("funding rate" of "the maximum funding rate for
    universities"), and the question means one thing's: "the" before it, a preposition
    after it or a Nordic definite form ("timprisen"). "What is a flat rate?" and "Hva er
    støttesats?" ask what a term means."""
    frame = _FRAME.match(question)
    if not frame or not subject:
        return None
    head, *rest = _OF.split(subject.strip(), maxsplit=1)
    for word in reversed(head.split()):
        kind = next((k for k, names in _ATTRIBUTES.items() if names.fullmatch(word)), None)
        if kind is None:
            continue
        if not (frame.group("article") or rest or _DEFINITE.fullmatch(word)):
            return None
        of = [
            w
            for w in re.findall(r"[^\W\d_][\w-]{3,}|[A-ZÅÄÖÆØ]{2,}", subject)
            if w.casefold() not in every_stopword() and not names_attribute(w)
        ]
        return Asked(word, kind, of)
    return None


def names_attribute(word: str) -> bool:
    """Whether a word is an attribute's noun ("rate", "lønnen"), in any of its kinds."""
    return any(names.fullmatch(word) for names in _ATTRIBUTES.values())


#: Where a passage's text parts into sentences or table rows: after a full stop, at a
#: line's end or a run of spaces (the cells of a row read from a PDF).
_PARTS = re.compile(r"(?<=[.!?])\s+|\n|\s{2,}")


def values_stated(asked: Asked, text: str) -> bool:
    """Whether a passage states the asked value: what it is of is named there, and one of
    its sentences or rows states a value of its kind and names the attribute or what it
    is of (as `value_sentence` finds it)."""
    if asked.of and not any(_names(text, w) for w in asked.of):
        return False
    parts = _PARTS.split(text)
    return any(states_value(p, asked.kind) and _value_score(asked, p) > 0 for p in parts)


def states_value(text: str, kind: str) -> bool:
    """Whether a text states a value of the attribute's kind."""
    if kind == "money" and states_amount(text):
        return True
    return bool(_STATES[kind].search(text))


def value_sentence(asked: Asked, ranked: list[Support]) -> Support | None:
    """The sentence of the cited passages that states the asked attribute's value: one
    with a value of its kind that names the attribute in any language ("lønnsspenn kr
    620 000–720 000" for a salary) or what it is of (the table row "Universitet och
    högskolor | 75 %" for the rate for universities), the most of both first, then by
    rank."""
    best, most = None, 0
    for support in ranked:
        chunk = support.chunk
        for i in range(len(chunk.sentences)):
            text = sentence_text(chunk, i)
            if not states_value(text, asked.kind) or not readable(text):
                continue
            score = _value_score(asked, text)
            if score > most:
                best, most = support.at(i), score
    return best


def _value_score(asked: Asked, text: str) -> int:
    """How well a text speaks of the asked value: it names the attribute (in any
    language: "lønnsspenn" for a salary), and how many words of what it is of."""
    named = any(_attribute_in(asked.kind, w) for w in re.findall(r"[\w-]+", text))
    return _ATTRIBUTE_WEIGHT * named + sum(_names(text, w) for w in asked.of)


def _attribute_in(kind: str, word: str) -> bool:
    """Whether a word is an attribute's noun of the kind, alone or opening a Nordic
    compound with its linking s ("lønnsspenn", "prisnivå" does not link)."""
    names = _ATTRIBUTES[kind]
    opening = names.match(word)
    if names.fullmatch(word):
        return True
    return bool(opening) and word[opening.end() : opening.end() + 1] == "s"


#: The share of a word's letters that name it at the start of another's ("Universitet"
#: for "universities"), at least `_MIN_KEY`; a key this long may stand inside a compound.
_KEY_SHARE, _MIN_KEY, _INSIDE_KEY = 0.6, 3, 6


def _names(text: str, word: str) -> bool:
    """Whether a text has the word: a word of it opens with the word's first letters
    (Nordic spellings folded), or holds a long key inside ("Sluttevalueringen")."""
    key = folded(word)[: max(_MIN_KEY, int(len(word) * _KEY_SHARE))]
    said = [folded(w) for w in re.findall(r"[\w-]+", text)]
    return any(w.startswith(key) or (len(key) >= _INSIDE_KEY and key in w) for w in said)


@dataclass(frozen=True)
class Scoped:
    """What a what-is question on one thing's property asks: the words of the property
    ("besøksadressen", "phone number") and the words that name the thing it is of
    ("Vinjeby" of "the secretariat in Vinjeby"), and that thing's phrase."""

    head: list[str]
    of: list[str]
    thing: str


#: A capitalised word, which names the one thing a phrase speaks of ("Vinjeby").
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖÆØ][\w-]{2,}")
#: Each "Label: value" of a line, the label a capitalised word and lowercase ones after
#: it ("Åpningstider: mandag–fredag …", "Telefon växel: +46 …"), up to the next label.
_LABELLED = re.compile(
    r"(?P<label>[A-ZÅÄÖÆØ][\w-]*(?:\s+[a-zåäöæø][\w-]*){0,3})\s*:\s+"
    r"(?P<value>.+?)(?=\s+[A-ZÅÄÖÆØ][\w-]*(?:\s+[a-zåäöæø][\w-]*){0,3}\s*:\s|$)"
)
#: A person's title before their name, which says who they are and is no part of the
#: name: "the accountant Tor Aas", "økonomen Gunnel Ek", "rådgiveren Eva Lind".
_TITLED_NAME = re.compile(
    r"(?:(?:the|den|det)\s+)?[a-zåäöæø][\w-]*\s+"
    r"(?P<name>[A-ZÅÄÖÆØ][\w-]*(?:\s+[A-ZÅÄÖÆØ][\w-]*)+)"
)
#: Danish writes b, d, g where Norwegian and Swedish write p, t, k ("åbningstider",
#: "åpningstider"): compared as one.
_HARD = str.maketrans("bdg", "ptk")
#: The longest a heading over a block of lines is, in words.
_HEADING_WORDS = 6


def asked_scoped(question: str, subject: str) -> Scoped | None:
    """What a definition-framed question asks of one thing, by its shape: a noun phrase
    with "the" or a Nordic definite ending, then a preposition and the thing ("the phone
    number of the secretariat in Vinjeby", "åbningstiderne for sekretariatet i
    Vinjeby"); or a contact detail of a name in the Nordic genitive ("Karen Holts
    telefonnummer"). It asks for the value of that property, not what a term means;
    "What is the Harbour Council?" and "Hva er Bromon?" name no thing it is of."""
    frame = _FRAME.match(question)
    if not frame or not subject:
        return None
    owned = _OWNED_CONTACT.fullmatch(subject.strip())
    if owned and asked_contact_kind(owned.group("what")):  # "Karen Holts telefonnummer"
        return Scoped([owned.group("what")], owned.group("whose").split(), owned.group("whose"))
    head, *rest = _OF.split(subject.strip(), maxsplit=1)
    stop = every_stopword()
    words = [w for w in re.findall(r"[^\W\d_][\w-]{3,}", head) if w.casefold() not in stop]
    if not rest or not words or not (frame.group("article") or _DEFINITE.fullmatch(words[-1])):
        return None
    of = _CAPITALISED.findall(rest[0]) or [
        w for w in re.findall(r"[^\W\d_][\w-]{3,}", rest[0]) if w.casefold() not in stop
    ]
    titled = _TITLED_NAME.fullmatch(rest[0].strip())  # "økonomen Gunnel Ek": the name
    return Scoped(words, of, titled.group("name") if titled else rest[0].strip()) if of else None


def named_scoped(question: str) -> Scoped | None:
    """What a question for a contact detail asks of the first thing it names, whatever
    its frame ("What is Karen Holt's phone number?", "Vilket telefonnummer har
    Karen Holt?"): the detail asked and the name's words."""
    kind = asked_contact_kind(question)
    phrase = next(iter(name_phrases(question)), None)
    return Scoped([kind], phrase, " ".join(phrase)) if kind and phrase else None


def scoped_value(scoped: Scoped, ranked: list[Support]) -> Support | None:
    """The line of the cited passages that gives the asked property of the thing asked
    about: a line (no full stop at its end) with a figure that names the thing, where
    one of its labels names the property ("Sekretariatet i Vinjeby … Åpningstider:
    mandag–fredag 09.00–15.00" for the opening hours in Vinjeby), or the heading over
    its block of lines does ("Besöksadresser" over "Sekretariatet i Storhed (Sverige)
    Kyrkogatan 14"). Another office's lines name another place, so they do not answer.
    A contact detail asked for needs no label: its own look says what it is ("Karen Holt
    Rådgiver Tlf. +45 …" gives her phone number), after the name (a mail header's "From:
    Karen Holt" follows the quoted sender's signature)."""
    kind = asked_contact_kind(" ".join(scoped.head))
    for support in ranked:
        chunk = support.chunk
        lines = [sentence_text(chunk, i) for i in range(len(chunk.sentences))]
        for i, text in enumerate(lines):
            entry = _record(lines, i) if kind and _opens_record(scoped, text) else []
            held = [j for j in entry if states_contact(lines[j], kind)]
            if held:  # a directory's entry: "Karen Holt Rådgiver", then "Tlf.: +45 …"
                return support.at(held[0])
            if not _line_of(scoped, text) or not readable(text):
                continue
            labels = [m.group("label") for m in _LABELLED.finditer(text)]
            heading = _heading_over(lines, i)
            if (
                any(_says_property(scoped, label) for label in labels)
                or (heading and _says_property(scoped, heading))
                or (kind and states_contact(_after_thing(scoped, text), kind))
            ):
                return support.at(i)
    return None


def _after_thing(scoped: Scoped, text: str) -> str:
    """The text of a line from where it names the thing asked about on."""
    key = re.escape(scoped.of[0][: max(_MIN_KEY, int(len(scoped.of[0]) * _KEY_SHARE))])
    found = re.search(key, text, re.IGNORECASE)
    return text[found.start() :] if found else ""


def scoped_cell(
    scoped: Scoped, question: str, ranked: list[Support]
) -> tuple[Cell, Support] | None:
    """The cell of a table row whose label names the thing asked about, under the column
    the question picks (`cells.asked_cell`: "more than 12 hours" is the column "Over 12
    timer (NOK)" of the row "Finland"), and the row's support."""
    for support in ranked:
        chunk = support.chunk
        for i in range(len(chunk.sentences)):
            row = row_at(chunk.text, chunk.sentences[i][0])
            if row is None or not all(_names(row.label, w) for w in scoped.of):
                continue
            cell = asked_cell(row, question)
            if cell:
                return cell, support.at(i)
    return None


def scope_lacks(scoped: Scoped, texts: list[str], states: Callable[[str], bool]) -> bool:
    """Whether the passages give the thing asked about a block of lines ("Sekretariatet
    i Vinjeby …" and the labelled lines under it, up to the next block that opens with
    the same word) and none of its blocks `states` the property: another office's phone
    number in the same passage is not this one's."""
    blocks = [block for text in texts for block in _blocks(scoped, _PARTS.split(text))]
    return bool(blocks) and not any(states(line) for block in blocks for line in block)


def _blocks(scoped: Scoped, lines: list[str]) -> list[list[str]]:
    """The blocks of lines that the thing asked about opens (see `scope_lacks`): a line
    that names it with a figure, or its record's first line in a directory."""
    return [
        [lines[j] for j in _record(lines, i)]
        for i, line in enumerate(lines)
        if _line_of(scoped, line) or _opens_record(scoped, line)
    ]


def _record(lines: list[str], i: int) -> list[int]:
    """The lines of the block line `i` opens: it and the lines under it up to a sentence
    (a full stop at its end), a line that opens with the same word, or the next
    record's: a label the block has had already ("Telefon:" again is another entry's)."""
    opening = lines[i].split()[0]
    held, labels = [i], set()
    for j in range(i + 1, len(lines)):
        later = lines[j]
        label = {m.group("label").casefold() for m in _LABELLED.finditer(later)}
        if later.split()[:1] == [opening] or later.rstrip().endswith(".") or label & labels:
            break
        held.append(j)
        labels |= label
    return held


def _opens_record(scoped: Scoped, text: str) -> bool:
    """Whether a line opens the thing's entry in a directory: it opens with the thing's
    name, and gives no figure nor label itself ("Karen Holt Rådgiver, Vinjeby"); the
    lines under it give the entry's details ("Tlf.: +45 …")."""
    line = text.strip()
    return (
        bool(line)
        and _after_thing(scoped, line) == line
        and not re.search(r"[\d:]", line)
        and not line.endswith(".")
        and all(_names(line, w) for w in scoped.of)
    )


def _line_of(scoped: Scoped, text: str) -> bool:
    """Whether a text is a line (no sentence: no full stop at its end) with a figure,
    that names the thing asked about."""
    line = text.strip()
    return (
        bool(line)
        and not line.endswith(".")
        and bool(re.search(r"\d", line))
        and all(_names(line, w) for w in scoped.of)
    )


def _heading_over(lines: list[str], i: int) -> str | None:
    """The heading over line `i`'s block: the nearest short line before it without a
    figure, a label or a full stop, past the lines of the blocks above it."""
    for line in reversed(lines[:i]):
        words = line.split()
        if line.rstrip().endswith("."):
            return None
        if len(words) <= _HEADING_WORDS and not re.search(r"[\d:]", line):
            return line
    return None


def _says_property(scoped: Scoped, label: str) -> bool:
    """Whether a label or heading names the property asked, in any Nordic spelling."""
    hard = label.casefold().translate(_HARD)
    return any(_names(hard, w.casefold().translate(_HARD)) for w in scoped.head)

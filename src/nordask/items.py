"""The numbered items of a list: a question for "the fourth priority", and a passage
that lists "three priorities: (1) … (2) … (3) …". A list has as many items as it
counts: the fourth of three is not there, the third is its third.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nordask.passages import Support
from nordask.words import every_stopword, names_head
from nordask.words import words as split_words

#: The ordinals of the items of a list from the second on, each in the four languages
#: ("andra", "anden", "andre" also mean "other", and are left out).
_ITEM_ORDINALS = {
    2: r"second|2nd",
    3: r"third|3rd|tredje|3:e",
    4: r"fourth|4th|fjärde|fjerde|4:e",
    5: r"fifth|5th|femte|5:e",
    6: r"sixth|6th|sjätte|sjette|6:e",
    7: r"seventh|7th|sjunde|syvende|sjuende|7:e",
    8: r"eighth|8th|åttonde|ottende|åttende|8:e",
    9: r"ninth|9th|nionde|niende|9:e",
    10: r"tenth|10th|tionde|tiende|10:e",
}
#: The counts a text writes in words, in the four languages ("to", "ni", "ti" only
#: count where the word after them is the thing asked about).
_COUNTS = {
    **dict.fromkeys(("two", "två", "to"), 2),
    **dict.fromkeys(("three", "tre"), 3),
    **dict.fromkeys(("four", "fyra", "fire"), 4),
    **dict.fromkeys(("five", "fem"), 5),
    **dict.fromkeys(("six", "sex", "seks"), 6),
    **dict.fromkeys(("seven", "sju", "syv"), 7),
    **dict.fromkeys(("eight", "åtta", "otte", "åtte"), 8),
    **dict.fromkeys(("nine", "nio", "ni"), 9),
    **dict.fromkeys(("ten", "tio", "ti"), 10),
}
#: A count before the thing counted, one word between at most: "tre prioriteringer",
#: "three strategic priorities", "4 mål".
_COUNTED = re.compile(
    rf"\b(?P<count>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?:(?P<between>\w+)\s+)?(?P<thing>\w+)",
    re.IGNORECASE,
)


#: What makes an ordinal one item of a list, before it: an article or a possessive ("the
#: fifth goal", "Rådets fjerde prioritering"); not "workers from third countries".
_OWNED = r"(?:\b(?:the|its|their|den|det|de|sin|sitt|sine|dess|deras|deres)|\w(?:'s|s|s'))\s+"


def asked_item(question: str) -> tuple[int, str, str] | None:
    """The numbered item of a list a question asks for ("Kattegatrådets fjerde
    prioritering", "the fifth goal"): which one, the thing listed ("prioritering") and
    the question's words for it. None when it asks for no such item."""
    stop = every_stopword()
    for number, forms in _ITEM_ORDINALS.items():
        found = re.search(
            rf"{_OWNED}(?P<item>(?:{forms})(?P<rest>(?:\s+\w+){{1,2}}))", question, re.IGNORECASE
        )
        # The last word of the two after the ordinal that names a thing: "fjerde
        # prioritering (for)", "fifth (strategic) goal".
        rest = found.group("rest") if found else ""
        things = [w for w in split_words(rest) if w not in stop]
        if found and things:
            item = found.group("item")
            return number, things[-1], item[: item.casefold().rindex(things[-1]) + len(things[-1])]
    return None


#: The first and the last of the things a question describes, which `asked_item` leaves
#: out (a list's first item is rarely asked by its number).
_END_ORDINALS = {
    1: r"first|1st|första|förste|første|1:a",
    -1: r"last|final|sista|siste|sidste",
}


def nth_asked(question: str, thing: re.Pattern[str]) -> int | None:
    """Which of several things of one kind a question asks for by its ordinal ("the
    first green goal", "det tredje målet om …", "the last rail goal"): 1 for the first, -1
    for the last, when the ordinal stands before a word `thing` matches whole, one word
    between at most. None when no ordinal does."""
    for number, forms in {**_END_ORDINALS, **_ITEM_ORDINALS}.items():
        pattern = rf"{_OWNED}(?:{forms})\s+(\w+)(?:\s+(\w+))?"
        for found in re.finditer(pattern, question, re.IGNORECASE):
            if any(word and thing.fullmatch(word) for word in found.groups()):
                return number
    return None


def _counted_thing(found: re.Match[str], thing: str) -> str | None:
    """The words of a count (`_COUNTED`) up to the thing it counts when that is `thing`
    ("tre prioriteringer" of "tre prioriteringer for"), None when it counts another."""
    stop = every_stopword()
    for group in ("between", "thing"):
        word = (found.group(group) or "").casefold()
        # Either word may be the longer form: "mål" counts "målet", "goals" "goal".
        if word and word not in stop and (names_head(word, thing) or names_head(thing, word)):
            return found.string[found.start() : found.end(group)]
    return None


def beyond_count(question: str, top: Sequence[str]) -> str | None:
    """Why a question for the n-th item of a list is not answered when the closest
    passages count fewer ("Rådet har fastlagt tre prioriteringer: (1) … (2) … (3) …" has
    no fourth): the count they give. None when one counts as many or more, or speaks of
    that item itself, or none counts the thing."""
    asked = asked_item(question)
    if asked is None:
        return None
    number, thing, words = asked
    counts = [
        (int(count) if count.isdigit() else _COUNTS[count.casefold()], said)
        for text in top
        for found in _COUNTED.finditer(text)
        if (said := _counted_thing(found, thing))
        for count in [found.group("count")]
    ]
    spoken = any(re.search(rf"\b{re.escape(words)}", text, re.IGNORECASE) for text in top)
    if not counts or spoken or max(count for count, _ in counts) >= number:
        return None
    return f"the closest passages list {counts[0][0]} (“{counts[0][1]}”), no “{words}”"


#: A numbered line of a list: "1. opens a joint office …", "2) extends …".
_NUMBERED_LINE = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+\S", re.MULTILINE)


def listed_count(text: str, thing: str) -> tuple[int, str] | None:
    """How many numbered lines (1., 2., … in turn) follow the first word of `text` that
    names `thing` ("Anbefalinger / Recommendations … 1. … 4. …" lists four), with that
    word; None when no word names it or fewer than two lines follow one that does."""
    for word in re.finditer(r"[^\W\d_]+", text):
        if not names_head(word.group(0), thing):
            continue
        count = 0
        for line in _NUMBERED_LINE.finditer(text, word.end()):
            if int(line.group(1)) != count + 1:
                break
            count += 1
        if count >= 2:
            return count, word.group(0)
    return None


#: An item's number in a list a sentence runs on: "(1) …", "2) …".
_ENUMERATOR = re.compile(r"\((\d{1,2})\)\s*|(?<![\w(])(\d{1,2})\)\s+")
#: What closes an item before the next: a comma, "og", "and" ("…, (2) … og (3) …").
_ITEM_CLOSE = re.compile(r"[\s,;.:]*(?:\b(?:og|och|and|samt|eller|or)\s*)?$", re.IGNORECASE)


def nth_item(text: str, number: int) -> str | None:
    """The `number`-th item of the numbered list `text` runs on, with its number ("(3) et
    fælles datagrundlag om pendling" of "… (1) en køreplan, (2) … og (3) et fælles
    datagrundlag om pendling."); None when the text numbers no list 1, 2, 3 …, or not
    that far."""
    marks = list(_ENUMERATOR.finditer(text))
    numbers = [int(m.group(1) or m.group(2)) for m in marks]
    if numbers != list(range(1, len(numbers) + 1)) or not 0 < number <= len(numbers):
        return None
    end = marks[number].start() if number < len(marks) else len(text)
    item = _ITEM_CLOSE.sub("", text[marks[number - 1].end() : end])
    return f"({number}) {item}" if item else None


def listed_item(question: str, ranked: Sequence[Support]) -> tuple[Support, str] | None:
    """For a question for the n-th item of a list ("Kattegatrådets tredje
    prioritering"), the sentence of a cited passage that counts that thing and numbers
    its items ("Rådet har fastlagt tre prioriteringer: (1) … (2) … (3) …"), with the
    item; None when no passage lists it so. The whole list answers less directly."""
    asked = asked_item(question)
    if asked is None:
        return None
    number, thing, _ = asked
    for support in ranked:
        for j, (start, end) in enumerate(support.chunk.sentences):
            sentence = support.chunk.text[start:end]
            counts = any(_counted_thing(found, thing) for found in _COUNTED.finditer(sentence))
            if counts and (item := nth_item(sentence, number)):
                return support.at(j), item
    return None

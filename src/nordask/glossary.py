"""Acronyms and what they stand for, where the text itself spells them out.

A newcomer meets "NSPA", "EGTS" or "S3" without being told what they mean. The
corpus sometimes says so in one of a few shapes, in any of the four languages:
"Full Name (ABC)", "ABC (Full Name)", "ABC – Full Name", "ABC: Full Name" or a table
row "| ABC | Full Name |". A shape alone is not enough ("Nordregio (2021)"): the
initial letters of the full name's words must spell the acronym, function words
skipped. A project's short name in capitals may also be built from the beginnings of
its full name's words ("HYDROLINK (Hydrological Data Linking …)"). Where no such
spelling-out exists the expansion stays None: guessing would mislead.
"""

from __future__ import annotations

import re
from functools import cache

from nordask.query import CURRENCY

_UPPER = "A-ZÅÄÖÆØÜ"
#: An acronym: capitals (two or more), a digit or two allowed ("S3", "H2020"), and an
#: inflection after a hyphen ("GK-er", "NGO-er") that belongs to the word, not the name.
ACRONYM = re.compile(
    rf"(?<![\w-])(?P<acr>[{_UPPER}](?:[{_UPPER}]|\d(?!\d{{3}}))+)(?:-(?P<suffix>[a-zæøåäö]{{1,4}}))?(?![\w])"
)
#: Words a full name skips when spelled as initials ("Northern Sparsely Populated Areas"
#: has no "of"; "Europeisk gruppering för territoriellt samarbete" skips "för").
_FUNCTION_WORDS = frozenset(
    {"of", "for", "the", "and", "in", "on", "to", "at", "by", "a", "an", "och", "i", "på"}
    | {"av", "för", "til", "af", "og", "om", "med", "de", "des", "du", "la", "le", "et"}
    | {"der", "die", "und", "für", "von", "zu"}
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Roman numerals and currency or unit codes are not names to explain.
_ROMAN = re.compile(r"[IVXLC]+")
_UNIT = re.compile(rf"(?:{CURRENCY}|CO\d|PM\d+)", re.IGNORECASE)
#: A longer all-caps word is a heading word ("HANDLINGSPLAN"), not an acronym.
MAX_LETTERS = 6


def acronyms_in(text: str) -> list[tuple[str, int]]:
    """The acronyms in a sentence with their offsets; words of an all-caps heading
    or a shouted line (most words in capitals) are not acronyms."""
    words = _WORD.findall(text)
    shouted = sum(1 for w in words if w.isupper() and len(w) > 1)
    if words and shouted >= 2 and shouted >= 0.6 * len(words):
        return []
    found = []
    for match in ACRONYM.finditer(text):
        acr = match.group("acr")
        letters = sum(ch.isalpha() for ch in acr)
        digits = len(acr) - letters
        if not (2 - digits <= letters <= MAX_LETTERS) or _ROMAN.fullmatch(acr):
            continue
        if letters == 1 and digits > 1:  # a milestone or road number ("M21", "E12")
            continue
        if _UNIT.fullmatch(acr) or re.match(r"\s\d{4}\b", text[match.end() :]):
            continue  # a unit, or a label with a year ("MP 2024:")
        found.append((acr, match.start()))
    return found


def _letters(acronym: str) -> str:
    """The letters a full name must spell: 'S3' stands for three S-words
    ('Smart Specialisation Strategy'), 'H2020' for one H-word and a year."""
    out = ""
    for part in re.finditer(r"([^\W\d_])(\d?)", acronym):
        count = int(part.group(2)) if part.group(2) and len(acronym) <= 3 else 1
        out += part.group(1).upper() * max(1, min(count, 4))
    return out


def spells(acronym: str, name: str) -> bool:
    """Whether the words of `name` spell `acronym` by their initials (function words
    skipped; a word may also give a letter inside it, see `_inner_letter`). A name
    may fall one letter short of a digit-repeated acronym ('Smart Specialisation' for
    'S3')."""
    letters = _letters(acronym)
    words = [w for w in _WORD.findall(name) if w.casefold() not in _FUNCTION_WORDS]
    if not words or len(words) > len(letters) + 1 or words[0][0].upper() != letters[0]:
        return False
    if any(w.isupper() and len(w) > 1 and w == acronym for w in words):
        return False
    pos = 0
    for n, word in enumerate(words):
        if pos < len(letters) and word[0].upper() != letters[pos]:
            return False
        pos += 1
        following = words[n + 1][0].upper() if n + 1 < len(words) else None
        at = 1
        while pos < len(letters) and letters[pos] != following:
            inner = _inner_letter(word, letters[pos], at)
            if inner is None:
                break
            pos, at = pos + 1, inner + 1
        if pos == len(letters) and n + 1 < len(words):
            return False
    short = len(letters) - pos
    return short == 0 or (short == 1 and len(set(letters)) == 1 and len(letters) > 1)


def _inner_letter(word: str, letter: str, start: int) -> int | None:
    """Where a word gives a further letter of an acronym: a capital inside it
    ('NordForsk'), or the start of a compound's later part ('Fjellforum' for the
    second F of 'NFF'), at least three letters in."""
    for i in range(max(start, 1), len(word)):
        if word[i].upper() == letter and (word[i].isupper() or i >= 3):
            return i
    return None


def expansions_in(sentence: str, acronym: str) -> list[str]:
    """Full names `sentence` gives for `acronym`, in the shapes the module describes."""
    esc = re.escape(acronym)
    found: list[str] = []
    # "Full Name (ABC)": the longest run of words before the bracket that spells it.
    for match in re.finditer(rf"\(\s*{esc}\s*\)", sentence):
        before = _WORD.findall(sentence[: match.start()])[-(len(_letters(acronym)) + 3) :]
        for start in range(len(before)):
            if before[start].casefold() in _FUNCTION_WORDS:
                continue
            candidate = " ".join(before[start:])
            if spells(acronym, candidate):
                found.append(candidate)
                break
    # "ABC (Full Name)", "ABC – Full Name", "ABC: Full Name", "| ABC | Full Name |".
    after = rf"(?<![\w-]){esc}(?![\w-])\s*(?:\(([^()]{{3,120}})\)|\|\s*([^|]{{3,160}})\||[–—:-]\s+)"
    for match in re.finditer(after, sentence):
        # A table's cell names it before any description ("Full Name, the …").
        cell = match.group(2) and re.split(r"[,;(]|\s[–—-]\s", match.group(2))[0]
        tail = match.group(1) or cell or sentence[match.end() :]
        words = _WORD.findall(tail)[: len(_letters(acronym)) + 3]
        for end in range(len(words), 0, -1):
            candidate = " ".join(words[:end])
            if words[end - 1].casefold() not in _FUNCTION_WORDS and spells(acronym, candidate):
                found.append(candidate)
                break
        else:
            if match.group(1) and built_from(acronym, match.group(1)):
                found.append(" ".join(match.group(1).split()))
    return found


#: A piece of a short name this long or longer is a word's beginning, not an initial.
BUILT_PIECE = 3


def built_from(name: str, full: str) -> bool:
    """Whether a short name in capitals is built from the beginnings of the words of its
    full name, in order, some words left out: "HYDROLINK" of "Hydrological Data Linking
    for Cross-border River Basins", "FISHWAY" of "Free Fish Migration Ways", "STORMWISE"
    of "Stormwater Innovation for Small Estuaries". One beginning at least must be more
    than an initial (initials alone are `spells`' to judge), and the full name must
    open in capitals."""
    letters = re.sub(r"\W|_", "", name).casefold()
    words = [w.casefold() for w in _WORD.findall(full)]
    if not name.isupper() or len(letters) < BUILT_PIECE or not full.strip()[:1].isupper():
        return False

    @cache
    def built(at: int, first_word: int, long_piece: bool) -> bool:
        if at == len(letters):
            return long_piece
        for w in range(first_word, len(words)):
            for take in range(_shared_start(words[w], letters[at:]), 0, -1):
                if built(at + take, w + 1, long_piece or take >= BUILT_PIECE):
                    return True
        return False

    return built(0, 0, False)


def _shared_start(a: str, b: str) -> int:
    """How many first letters two words share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


#: The items of a list in prose: "Nordregio, NORA, grænsekomiteerne og temagrupperne".
_LIST_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:og|och|and|samt|&)\s+", re.IGNORECASE)


def column_expansions(columns: list[str], sentence: str) -> dict[str, str]:
    """Acronyms among a table's column headers ("Nordregio, NORA, GK-er, TG") that a
    list in the prose spells out by naming the same columns in the same order
    ("(Nordregio, NORA, grænsekomiteerne og temagrupperne)"): every other column must be
    the list's item at its place, and the item at an acronym's place must spell it."""
    found: dict[str, str] = {}
    groups = re.findall(r"\(([^()]+)\)", sentence) or [sentence]
    for group in groups:
        items = [item.strip(" .:") for item in _LIST_SPLIT.split(group) if item.strip()]
        for start in range(len(items) - len(columns) + 1):
            window = items[start : start + len(columns)]
            pairs = list(zip(columns, window, strict=True))
            same = [c for c, item in pairs if c.casefold() == item.casefold()]
            acronyms = [(c, item) for c, item in pairs if c.casefold() != item.casefold()]
            named = [(ACRONYM.fullmatch(c), item) for c, item in acronyms]
            if same and named and all(m and spells(m.group("acr"), item) for m, item in named):
                found.update({m.group("acr"): item for m, item in named if m})
    return found


def capitalised_names(sentence: str) -> dict[str, str]:
    """Names of three or more capitalised words ('Baltic Sea Region'), by their
    initials ('BSR'): an acronym the text uses without a bracket ('... for the BSR')
    is explained by such a name in the same document when the initials are exactly it."""
    found: dict[str, str] = {}
    run: list[str] = []
    for word in [*re.findall(r"\S+", sentence), ""]:
        bare = word.strip(",.;:()“”\"'’")
        if bare[:1].isupper() and bare.isalpha() and not bare.isupper() and bare == word:
            run.append(bare)
            continue
        if bare.casefold() in _FUNCTION_WORDS and run and bare == word:
            run.append(bare)
            continue
        if bare[:1].isupper() and bare.isalpha() and not bare.isupper():
            run.append(bare)  # the run's last word, before punctuation
        _add_runs(run, found)
        run = []
    return found


def _add_runs(run: list[str], found: dict[str, str]) -> None:
    while run and run[-1].casefold() in _FUNCTION_WORDS:
        run = run[:-1]
    for start in range(len(run)):
        words = run[start:]
        if words[0].casefold() in _FUNCTION_WORDS:
            continue
        content = [w for w in words if w.casefold() not in _FUNCTION_WORDS]
        if len(content) >= 3:
            found.setdefault("".join(w[0] for w in content), " ".join(words))

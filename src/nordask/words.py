"""Words as both backends' word search sees them: a question's terms are its words
(stopwords of all four languages dropped), each also Snowball-stemmed in every language,
since a question's language is not known."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Collection
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from nordask.errors import InstallError
from nordask.settings import LANGUAGES

if TYPE_CHECKING:
    from nordask.records import Chunk

WORD = re.compile(r"\w+", re.UNICODE)
#: A word this long may be found as the first part of a compound.
MIN_PREFIX = 5
#: How much of a long word must open a corpus word for the word to count as known.
PREFIX_SHARE = 0.6
STEMMERS = {"en": "english", "sv": "swedish", "da": "danish", "no": "norwegian"}
STOPWORD_LISTS = {
    "en": "STOPWORDS_EN",
    "sv": "STOPWORDS_SWEDISH",
    "da": "STOPWORDS_DANISH",
    "no": "STOPWORDS_NORWEGIAN",
}


@cache
def stemmer(lang: str):
    import Stemmer

    return Stemmer.Stemmer(STEMMERS[lang], 0)  # its word cache slows large builds 4x


def words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.casefold()) if len(w) > 1 or w.isdigit()]


def query_terms(text: str, stopwords: dict[str, frozenset[str]]) -> list[str]:
    """Terms of a question in any of the four languages, each stemmed every way."""
    every_stopword = frozenset().union(*stopwords.values())
    terms: dict[str, None] = {}
    for word in words(text):
        if word in every_stopword:
            continue
        terms[word] = None
        for lang in LANGUAGES:
            terms[stemmer(lang).stemWord(word)] = None
    return list(terms)


def load_stopwords() -> dict[str, frozenset[str]]:
    """bm25s's stopword lists, read from its stopwords.py alone.

    bm25s publishes the lists only as `bm25s.stopwords`, and importing that runs the
    package's __init__, which imports scipy and its tokenizer (0.26-0.47 s measured):
    a cold `ask` on a shared index, which needs the lists, cannot afford that. So the
    module is found through the import system and run by itself (the file holds only
    the lists), unless bm25s is imported already."""
    import sys

    lists = sys.modules.get("bm25s.stopwords") or _run_stopwords_file()
    return {lang: frozenset(getattr(lists, name)) for lang, name in STOPWORD_LISTS.items()}


def _run_stopwords_file():
    import importlib.util

    package = importlib.util.find_spec("bm25s")
    folders = package.submodule_search_locations if package else None
    path = Path(folders[0]) / "stopwords.py" if folders else None
    spec = (
        importlib.util.spec_from_file_location("_nordask_bm25s_stopwords", path) if path else None
    )
    if path is None or not path.is_file() or spec is None or spec.loader is None:
        raise InstallError(
            "the stopword lists of the 'bm25s' package are missing. Reinstall nordask's "
            "dependencies, e.g. `pip install --force-reinstall bm25s`."
        )
    lists = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lists)
    return lists


@cache
def every_stopword() -> frozenset[str]:
    """The stopwords of all four languages in one set (a question's language is unsure)."""
    return frozenset().union(*load_stopwords().values())


#: The Norwegian infinitive marker, a word of one letter (which `words` leaves out).
_NORWEGIAN_MARK = re.compile(r"(?<!\w)å(?!\w)", re.IGNORECASE)


def scandinavian_by_stopwords(text: str) -> str | None:
    """Swedish, Danish or Norwegian by the stopwords only that language has ("och",
    "af", "hva"; Norwegian's "å"), or None when they do not tell. Cheap enough for
    every quote, where langdetect would load all its profiles (0.5 s, 60 MB)."""
    votes = dict.fromkeys(("sv", "da", "no"), 0)
    only = _only_in()
    for word in words(text):
        if word in only:
            votes[only[word]] += 1
    votes["no"] += len(_NORWEGIAN_MARK.findall(text))
    best = max(votes.values())
    winners = [lang for lang, n in votes.items() if n == best]
    return winners[0] if best and len(winners) == 1 else None


def english_or_scandinavian(text: str) -> str | None:
    """ "en" or "scandinavian" by the stopwords only English, or only the Scandinavian
    languages, have ("the", "which" against "och", "af", "og"), when one side has at
    least two and more than the other; else None. A passage's language tag is the
    majority's: an English summary inside a Danish report is still English."""
    said = words(text)
    english = sum(word in _english_only() for word in said)
    nordic = sum(word in _scandinavian_only() for word in said)
    if english >= 2 and english > nordic:
        return "en"
    if nordic >= 2 and nordic > english:
        return "scandinavian"
    return None


@cache
def _english_only() -> frozenset[str]:
    """The English stopwords that no Scandinavian list has."""
    lists = load_stopwords()
    return lists["en"] - lists["sv"] - lists["da"] - lists["no"]


@cache
def _scandinavian_only() -> frozenset[str]:
    """The stopwords of the Scandinavian lists that the English one lacks."""
    lists = load_stopwords()
    return (lists["sv"] | lists["da"] | lists["no"]) - lists["en"]


@cache
def _only_in() -> dict[str, str]:
    """Each stopword that one Scandinavian language alone has, with that language."""
    lists = {lang: stop for lang, stop in load_stopwords().items() if lang in ("sv", "da", "no")}
    return _only_one_has(lists)


def _only_one_has(lists: dict[str, frozenset[str]]) -> dict[str, str]:
    """Each word that one language's list alone has, with that language."""
    return {
        word: lang
        for lang, listed in lists.items()
        for word in listed
        if sum(word in other for other in lists.values()) == 1
    }


#: Words that frame a question in the four languages and say nothing of what it is
#: about: question words, auxiliaries, pronouns, words of asking and greeting. bm25s's
#: English list is short (33 words), so "Where can I park my car?" would count "where",
#: "can" and "my" as words the corpus knows.
_FRAMES = {
    "en": """what which who whom whose when where why how do does did done doing is are was
        were be been being am can could should would will shall may might must have has had
        having i me my mine you your yours we us our they them their it its he she his her
        this that these those there here please tell give show list explain describe
        recommend write find know let any anything something some much many about thanks
        thank hello hi hey ok okay""",
    "sv": """vad vilken vilket vilka vem vems var när varför hur gör göra gjorde är vara kan
        kunde ska skulle bör vill har hade jag mig min mitt mina du dig din ditt dina vi oss
        vår vårt våra ni er de dem deras den det denna detta dessa berätta ge visa lista
        förklara beskriv hitta tack hej""",
    "da": """hvad hvilken hvilket hvilke hvem hvis hvor hvornår hvorfor hvordan gør gøre
        gjorde er var være kan kunne skal skulle bør vil har havde jeg mig min mit mine du
        dig din dit dine vi os vores i jer de dem deres den det denne dette disse fortæl giv
        vis forklar beskriv find tak hej""",
    "no": """hva hvilken hvilket hvilke hvem hvis hvor når hvorfor hvordan gjør gjøre gjorde
        er var være kan kunne skal skulle bør vil har hadde jeg meg min mitt mine du deg din
        ditt dine vi oss vår vårt våre dere de dem deres den det denne dette disse fortell gi
        vis forklar beskriv finn takk hei""",
}
_FRAME_SETS = {lang: frozenset(text.split()) for lang, text in _FRAMES.items()}
FRAME_WORDS = frozenset().union(*_FRAME_SETS.values())
#: The frame words only one language has ("how", "hur", "hvornår", "hva"): a vote for it.
_FRAME_ONLY = _only_one_has(_FRAME_SETS)


def unframed_words(text: str, stopwords: frozenset[str] | None = None) -> list[str]:
    """What a question asks about: its content words without the words that frame it
    ("park" and "car" of "Where can I park my car?")."""
    return [w for w in content_words(text, stopwords) if w not in FRAME_WORDS]


def unframed_as_asked(question: str) -> list[str]:
    """`unframed_words` without only the frame words of the question's own language, when
    its words tell it: "visa" of "How do I apply for a visa?" is the English noun, not the
    Swedish "show"."""
    lang = question_language(question, load_stopwords())
    frames = _FRAME_SETS[lang] if lang else FRAME_WORDS
    return [w for w in content_words(question) if w not in frames]


def content_words(text: str, stopwords: frozenset[str] | None = None) -> list[str]:
    """What a question is about: its words without stopwords (of all four languages, or
    `stopwords`) and numbers."""
    stop = every_stopword() if stopwords is None else stopwords
    return [w for w in words(text) if w not in stop and not w.isdigit()]


#: Danish and Norwegian write ø and æ where Swedish writes ö and ä ("Øresund",
#: "Öresund"); older names write aa for å.
_NORDIC_SPELLINGS = (str.maketrans("øæ", "öä"), str.maketrans("öä", "øæ"))


_PLAIN_VOWELS = str.maketrans("æøåäö", "eoaao")


def folded(word: str) -> str:
    """A Nordic word with æ, ø, å, ä, ö written as plain vowels, to compare spellings
    across the languages ("grensekomiteene", "grænsekomiteerne")."""
    return word.casefold().translate(_PLAIN_VOWELS)


#: A "c" opens the sound a Nordic "k" does ("Copenhagen", "København").
_HARD_C = str.maketrans("c", "k")


def same_first_sound(name: str, other: str) -> bool:
    """Whether two names open with one sound, Nordic vowels plain and a hard c as k.
    A place's names in the four languages and English mostly do ("Danmark", "Denmark";
    "Øresund", "Öresund"; "København", "Copenhagen"), so only such pairs are worth the
    model's comparison: a refusal must not embed every name of its passages."""
    first, second = (folded(n)[:1].translate(_HARD_C) for n in (name, other))
    return bool(first) and first == second


def spellings(word: str) -> set[str]:
    """`word` as each Nordic orthography may spell it."""
    found = {word, word.replace("aa", "å")}
    return found | {w.translate(table) for w in found for table in _NORDIC_SPELLINGS}


#: The fewest letters of a stored word that may open a compound of the question's.
_COMPOUND_HEAD = MIN_PREFIX + 1
#: The vowels the Scandinavian spellings of one word trade ("drevne", "drivna").
_VOWELS = "aeiouyåäöæø"
#: A word this long may differ from its sister form in two vowels ("grensehinder",
#: "gränshinder"); a shorter one in one, so that few unrelated words meet.
_TWO_EDITS = 10


def cognate_prefixes(word: str) -> set[str]:
    """The first letters of `word` (as `Vocabulary.knows_word` takes them) in each Nordic
    orthography, with one vowel changed or left out, or two in a long word."""
    found: set[str] = set()
    for spelled in spellings(word.casefold()):
        found |= _vowel_edits(spelled[: max(MIN_PREFIX, int(len(spelled) * PREFIX_SHARE))])
    if len(word) >= _TWO_EDITS:
        found |= {twice for once in found for twice in _vowel_edits(once)}
    return {prefix for prefix in found if len(prefix) >= MIN_PREFIX - 1}


def _vowel_edits(prefix: str) -> set[str]:
    edits: set[str] = set()
    for i, letter in enumerate(prefix):
        if letter in _VOWELS:
            edits.add(prefix[:i] + prefix[i + 1 :])
            edits.update(prefix[:i] + other + prefix[i + 1 :] for other in _VOWELS)
    edits.discard(prefix)
    return edits


#: How much of a word names it inside another ("evaluer" of "evalueringen" in
#: "Sluttevalueringen"): its first letters, at least `MIN_PREFIX`.
HEAD_SHARE = 0.6


def names_head(text: str, head: str) -> bool:
    """Whether `text` has a word holding `head`'s first letters, alone or ending a
    compound ("Sluttevalueringen" for "evalueringen"), Nordic spellings folded."""
    key = folded(head)[: max(MIN_PREFIX, int(len(head) * HEAD_SHARE))]
    return any(key in folded(word) for word in words(text))


class Vocabulary(ABC):
    """What a corpus's words tell about a question, the same for both backends: a
    backend answers whether its stored terms hold a form or a prefix, this class
    decides what counts as a known word."""

    @abstractmethod
    def stopwords(self) -> dict[str, frozenset[str]]: ...

    @abstractmethod
    def has_any(self, forms: Collection[str]) -> bool:
        """Whether any passage has one of these terms (as written or stemmed)."""

    @abstractmethod
    def opens_any(self, prefixes: Collection[str]) -> bool:
        """Whether some stored term starts with one of `prefixes`."""

    def knows_word(self, word: str, langs: Collection[str] = LANGUAGES) -> bool:
        """Whether any chunk has `word` in any of its forms: as written, stemmed in any
        of `langs` (the four languages), or as the start of a compound ("Svinesund" in
        "Svinesundskommittén")."""
        parts = [p for p in words(word) if len(p) > 2]
        if parts:
            return any(self._knows_part(part, langs) for part in parts)
        # An acronym of short parts ("EK-R") is known when every part is.
        short = words(word) or [word.casefold()]
        return all(self._knows_part(part, langs) for part in short)

    def has_word(self, word: str) -> bool:
        """Whether any passage has `word` itself, as written or stemmed, not only as the
        start of a longer word ("Stockholm" is not in "stock assessment")."""
        parts = words(word) or [word.casefold()]
        return all(self.has_any(_forms(part, LANGUAGES)) for part in parts)

    def _knows_part(self, word: str, langs: Collection[str]) -> bool:
        forms = _forms(word, langs)
        if self.has_any(forms):
            return True
        if len(word) < MIN_PREFIX:
            return False
        # A compound's first part ("svinesundsk" of "Svinesundskomitéen"), since
        # the languages spell the rest differently ("-kommittén", "-komiteen").
        stem = word[: max(MIN_PREFIX, int(len(word) * PREFIX_SHARE))]
        return self.opens_any({*forms, stem})

    def knows_cognate(self, word: str) -> bool:
        """Whether a stored word is `word` as a sister language writes it: its first
        letters with a vowel changed or left out open one ("eldrevne" as "eldrivna",
        "grænsehindringer" as "gränshinder"), or one opens it ("sjömat" of
        "sjømatnæringen"). The three Scandinavian languages differ mostly in vowels and
        their spelling of them; English words are no such kin."""
        if self.opens_any(cognate_prefixes(word)):
            return True
        # A compound whose first part is a stored word: "sjømatnæringen" of "sjömat".
        heads = {
            form
            for spelled in spellings(word.casefold())
            for n in range(_COMPOUND_HEAD, len(spelled))
            for form in _forms(spelled[:n], LANGUAGES)
        }
        return self.has_any(heads)

    def coverage(self, question: str) -> float:
        """Share of the question's topic words (no stopwords, no numbers, no words that
        frame a question) that the corpus has in some form: a question about something
        else shares few."""
        found = unframed_words(question, frozenset().union(*self.stopwords().values()))
        if not found:
            return 0.0
        # An English word stemmed as Danish or Swedish may meet a stem it has nothing to do
        # with ("reset" as "res"): an English question's words are stemmed as English.
        langs = ("en",) if self.question_language(question) == "en" else LANGUAGES
        return sum(1 for w in found if self.knows_word(w, langs)) / len(found)

    def matched_terms(self, question: str, chunk: Chunk) -> list[str]:
        """The question's terms (each word as written and stemmed every way) that the
        passage holds as the word index stores it: its words in its own language,
        stopwords dropped, stemmed (for --explain)."""
        stopwords = self.stopwords()
        lang = chunk.lang if chunk.lang in STEMMERS else "en"
        kept = [w for w in dict.fromkeys(words(chunk.text)) if w not in stopwords[lang]]
        held = set(stemmer(lang).stemWords(kept))
        return [term for term in query_terms(question, stopwords) if term in held]

    def question_language(self, text: str) -> str | None:
        """The language of a question (see `question_language`) by the index's stopwords."""
        return question_language(text, self.stopwords())


def question_language(text: str, stopwords: dict[str, frozenset[str]]) -> str | None:
    """The language of a question by its `stopwords` (per language) and the words that
    frame it ("hvor", "vilka", "which", "how"), or None when two languages tie: questions
    are too short for langdetect."""
    votes = {
        lang: sum(1 for w in words(text) if w in stop or _FRAME_ONLY.get(w) == lang)
        for lang, stop in stopwords.items()
    }
    best = max(votes.values(), default=0)
    winners = [lang for lang, n in votes.items() if n == best]
    return winners[0] if best and len(winners) == 1 else None


def _forms(word: str, langs: Collection[str]) -> set[str]:
    """A word as written and stemmed in each of `langs`, in each of its spellings."""
    return {
        form
        for spelling in spellings(word)
        for form in (spelling, *(stemmer(lang).stemWord(spelling) for lang in langs))
    }

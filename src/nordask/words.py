"""Words as both backends' word search sees them: a question's terms are its words
(stopwords of all four languages dropped), each also Snowball-stemmed in every language,
since a question's language is not known."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from nordask.settings import LANGUAGES

WORD = re.compile(r"\w+", re.UNICODE)
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
    """bm25s's stopword lists, read from its stopwords.py alone (bm25s's own
    __init__ imports scipy, about 0.5 s)."""
    import importlib.util
    import sys

    lists = sys.modules.get("bm25s.stopwords")
    if lists is None:
        package = importlib.util.find_spec("bm25s")
        assert package is not None and package.submodule_search_locations
        path = Path(package.submodule_search_locations[0]) / "stopwords.py"
        spec = importlib.util.spec_from_file_location("_nordask_bm25s_stopwords", path)
        assert spec is not None and spec.loader is not None
        lists = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(lists)
    return {lang: frozenset(getattr(lists, name)) for lang, name in STOPWORD_LISTS.items()}

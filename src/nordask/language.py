"""Language tags for chunks, made deterministic.

langdetect is randomised by default; a fixed seed makes the same text get the
same tag on every run. Norwegian Bokmål and Nynorsk are both tagged `no`.
"""

from __future__ import annotations

from nordask.settings import LANGUAGES

_ALIASES = {"nb": "no", "nn": "no"}
#: The languages that write many words alike ("sekretariat", "gräns" and "grænse"):
#: text in one shares words with text in another, as English and Danish seldom do.
SCANDINAVIAN = frozenset({"sv", "da", "no"})
#: A supported language within this much probability of the top guess wins:
#: langdetect often hesitates between da, no and sv on short mixed passages.
_PREFER_MARGIN = 0.25


def detect_language(text: str) -> str:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        guesses = detect_langs(text)
    except LangDetectException:
        return "unknown"
    if not guesses:
        return "unknown"
    top = guesses[0]
    for guess in guesses:
        lang = _ALIASES.get(guess.lang, guess.lang)
        if lang in LANGUAGES and top.prob - guess.prob <= _PREFER_MARGIN:
            return lang
    return _ALIASES.get(top.lang, top.lang)

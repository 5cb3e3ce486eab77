"""What a question asks of its subject, apart from the subject itself.

"Vad ska det nordiska partnerskapet för klimatneutrala kommuner erbjuda mindre städer?"
names its subject (the partnership, which picks the document) and asks one thing of it
(what it offers). Passages are chosen with the whole question, but within them the
sentence that restates the subject ("This project aims to establish an operational Nordic
partnership …") reads closest to the whole question, since the subject is most of its
words. The question without its subject (`asked_aspect`) reads closest to the sentence
that states the asked fact ("We want to provide small and medium sized cities with a
Nordic toolbox …"); the lead is chosen by it within the lead's document (leads.py).

The subject is found from the passage, not from a list of words: the words of the
question that the best passage's document or section title names (by their first
letters, so "partnerskapet" is named by "partnership", "Vanguard-initiativet" by
"Vanguard Initiative"), as the noun phrase they stand in: an article before, a
preposition and its nouns after ("det nordiska partnerskapet för klimatneutrala
kommuner"). A plan's block owner is no such subject: every sentence of its block is
specific to one activity, and none restates the body.
"""

from __future__ import annotations

import re

from nordask.query import QUESTION_WORD
from nordask.words import every_stopword, folded

#: Words are compared by this many first letters (plain vowels): "partnerskapet" and
#: "partnership", "Vanguard-initiativet" and "Vanguard".
ASPECT_PREFIX = 5
#: An aspect needs at least this many content words to ask something of its own: "What
#: is the aim of?" asks for what the subject is, which the restating sentence answers.
MIN_ASPECT_WORDS = 2
#: How many words a preposition after the subject's noun carries into the subject:
#: "partnerskapet för klimatneutrala kommuner".
OF_PHRASE_WORDS = 2
_WORD = re.compile(r"[^\W_][\w'’:-]*")
#: An article or determiner before a subject's noun.
_ARTICLE = re.compile(r"(?:the|a|an|den|det|de|en|ett|et|ei|this|denna|detta|dette|denne)$", re.I)
#: A preposition that ties a noun phrase to the subject's noun: "… for climate-neutral
#: municipalities", "… för klimatneutrala kommuner", "… af Region X".
_OF = re.compile(r"(?:for|för|of|af|av|til|till|in|i)$", re.IGNORECASE)


def asked_aspect(question: str, naming: str) -> str | None:
    """The question without the noun phrases that `naming` (the best passage's document
    and section title) names; None when it names none of them, or when too little is
    left to ask anything beyond the subject."""
    keys = _keys(naming)
    tokens = list(_WORD.finditer(question))
    subject = _unsplit_names(
        tokens, [_key(t.group(0)) in keys and len(t.group(0)) > 3 for t in tokens]
    )
    if not any(subject):
        return None
    kept = _without_phrases(tokens, subject)
    stop = every_stopword()
    content = [
        t
        for t in kept
        if t.group(0).casefold() not in stop
        and len(t.group(0)) > 2
        and not QUESTION_WORD.fullmatch(t.group(0))
    ]
    if len(content) < MIN_ASPECT_WORDS:
        return None
    return " ".join(t.group(0) for t in kept) + ("?" if question.rstrip().endswith("?") else "")


def names_title(phrase: str, title: str) -> bool:
    """Whether a title names the thing a noun phrase of the question writes: more than half
    of the phrase's content words, two at least, by their first letters ("partnerskapet
    för klimatneutrala kommuner" by "Nordic climate neutral municipalities partnership")."""
    stop = every_stopword()
    content = [w for w in _WORD.findall(phrase) if len(w) > 3 and w.casefold() not in stop]
    keys = _keys(title)
    named = sum(_key(word) in keys for word in content)
    return named >= MIN_ASPECT_WORDS and 2 * named > len(content)


def _keys(text: str) -> set[str]:
    return {_key(w) for w in _WORD.findall(text) if len(w) > 3}


def _key(word: str) -> str:
    """A word's first letters, a "c" read as the "k" the Nordic languages write for it
    ("klimatneutrala" is named by "climate neutral")."""
    return folded(word).replace("c", "k")[:ASPECT_PREFIX]


def _unsplit_names(tokens: list[re.Match[str]], subject: list[bool]) -> list[bool]:
    """A name is the subject whole or not at all: "Nordic Innovation" is another body
    than a "Nordic … partnership", though its first word is the title's."""
    capital = [i > 0 and t.group(0)[:1].isupper() for i, t in enumerate(tokens)]
    return [
        hit
        and not any(
            0 <= j < len(tokens) and capital[i] and capital[j] and not subject[j]
            for j in (i - 1, i + 1)
        )
        for i, hit in enumerate(subject)
    ]


def _without_phrases(tokens: list[re.Match[str]], subject: list[bool]) -> list[re.Match[str]]:
    """The tokens outside the subject's noun phrases: each run of named words with the
    article before it and a preposition with its OF_PHRASE_WORDS words after it."""
    dropped = set()
    i = 0
    while i < len(tokens):
        if not subject[i]:
            i += 1
            continue
        start = i
        while i + 1 < len(tokens) and subject[i + 1]:
            i += 1
        end = i
        if start > 0 and _ARTICLE.match(tokens[start - 1].group(0)):
            start -= 1
        if end + 1 < len(tokens) and _OF.match(tokens[end + 1].group(0)):
            end = min(end + 1 + OF_PHRASE_WORDS, len(tokens) - 1)
        elif end + 1 < len(tokens) and _modifies(tokens[end].group(0), tokens[end + 1].group(0)):
            end += 1  # "klimatneutrala kommuner": the noun the named word qualifies
        dropped.update(range(start, end + 1))
        i = end + 1
    return [t for j, t in enumerate(tokens) if j not in dropped]


#: The ending of a Nordic adjective before its noun: "klimatneutrala", "nordiske".
_ATTRIBUTIVE = re.compile(r"[^\W\d_]{3,}[ae]")


def _modifies(word: str, following: str) -> bool:
    """Whether a named word is an adjective that qualifies the word after it, which is
    then the noun of the same phrase: "klimatneutrala kommuner" (a Nordic adjective
    before its noun ends in -a or -e; a name or a noun ends the phrase)."""
    return (
        word.islower()
        and bool(_ATTRIBUTIVE.fullmatch(word))
        and following.islower()
        and len(following) > 3
        and following.casefold() not in every_stopword()
    )

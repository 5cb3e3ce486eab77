"""Answer or abstain: whether the corpus answers a question, and if not, why.

Similarity alone cannot tell an answerable question from one the corpus does
not answer (evals/README.md: the best passage scores overlap). So the policy
combines a domain-relevance score with checks of what the question asks for:
- off-topic: the best passage is far from the question *and* few of the
  question's topic words occur anywhere in the corpus; a question with no topic
  word at all ("thanks!", "What is 2+2?") names nothing to look up;
- names the corpus never mentions ("the capital of Peru");
- everyday matters: a weak best match and the question closer to a sentence about
  everyday life than to any cited passage (background.py);
- a year, or a numbered goal, the corpus does not have;
- a person (a chair, an author) where no supporting passage names a role;
- an amount where none of the closest passages states one, or none that speaks of the
  thing the question names (a ticket's price is not the programme's budget);
- contact details, where none of the closest passages gives any for the thing named.
Every threshold (`RetrievalSettings`) is calibrated on evals/dev.jsonl (see evals/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import zip_longest
from typing import TYPE_CHECKING, Protocol

from nordask.attributes import (
    asked_scoped,
    asked_value,
    named_scoped,
    names_attribute,
    scope_lacks,
    values_stated,
)
from nordask.entities import actor_kind, name_keys
from nordask.evidence import dated_by
from nordask.furniture import is_byline
from nordask.items import asked_item, beyond_count, listed_count
from nordask.lazy import lazy_pattern
from nordask.members import asked_things
from nordask.passages import fold
from nordask.query import (
    AGE_BAND,
    AMOUNT,
    ANY_OFFICE,
    ANY_ROLE,
    ASKS_RULE,
    BYLINE_OPENING,
    COST,
    LED_BY,
    NAME_PREFIX,
    NUMBER_WORD,
    OWNER_LABEL,
    ROLES,
    Intent,
    advice_topic,
    asked_contact_kind,
    asked_country,
    asked_office,
    asked_role,
    asks_age,
    asks_author,
    asks_call,
    asks_clock_time,
    asks_contact,
    asks_day,
    asks_duration,
    asks_findings,
    asks_held,
    asks_how_to,
    asks_named_one,
    asks_oneself,
    asks_owner,
    asks_population,
    asks_rule,
    asks_venue,
    asks_writing,
    counted_from,
    country_mentions,
    country_name,
    goals_named,
    is_country,
    name_phrases,
    name_words,
    name_years,
    names_any,
    names_call,
    names_phrase,
    names_worth,
    reports_findings,
    said_about,
    speaks_of_founding,
    states_amount,
    states_amount_for,
    states_clock_time,
    states_contact,
    states_count,
    states_day,
    states_duration,
    states_population,
    states_venue,
    topic_words,
    valued_thing,
    work_topic,
    years_in,
    years_stated,
)
from nordask.settings import RetrievalSettings
from nordask.words import (
    HEAD_SHARE,
    MIN_PREFIX,
    english_or_scandinavian,
    every_stopword,
    folded,
    names_head,
    same_first_sound,
    scandinavian_by_stopwords,
    spellings,
    unframed_as_asked,
    unframed_words,
)
from nordask.words import words as split_words

if TYPE_CHECKING:
    from nordask.background import Everyday

#: Roles: a passage that can say who chairs or leads something (a role, an office, who
#: leads it or heads it, a "chef").
_ROLE = (
    rf"\b(?:{ANY_ROLE}|{ANY_OFFICE}|{LED_BY}|leder(?:e|en)?|head(?:ed)?\s+(?:of|by)|"
    r"chef(?:en)?)\b"
)


#: `_ROLE`, compiled on first use: few questions need it.
_role = lazy_pattern(_ROLE, re.IGNORECASE)


#: Authorship: a passage that can say who wrote or published something (a byline says
#: nothing of who leads a project).
_AUTHOR = re.compile(
    r"\b(?:published\s+by|written\s+by|\w*author\w*|\w*forfatter\w*|\w*författare\w*|"
    r"skrevet\s+af|skriven\s+av|skrevet\s+av|"
    r"publicerad\s+av|publiceret\s+af|publisert\s+av)\b|"
    # A news item's byline opening a line or after its dateline: "By Kari Nordmann",
    # "Publicerad 3 maj 2024 · Av Anna Berg".
    rf"{BYLINE_OPENING}(?-i:By|Av|Af)[ \t]+(?-i:[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.?\s+\w+\s+(?:19|20)\d\d\b")
_OUTSIDE = "the question seems to be outside what the corpus covers"
_NO_TOPIC = "the question names nothing to look up"
_EVERYDAY = "the question seems to be about everyday matters, not about these documents"


@dataclass(frozen=True)
class Signals:
    """What the policy looked at, for --explain and the eval report."""

    dense: float
    coverage: float
    relevance: float


def signals(dense: float, coverage: float, thresholds: RetrievalSettings) -> Signals:
    return Signals(dense, coverage, dense + thresholds.coverage_weight * coverage)


@dataclass(frozen=True)
class Refusal:
    """Why the corpus does not answer: `check` names the test that refused (a threshold
    of `RetrievalSettings` such as "min_dense", or a kind check such as "amount"),
    `reason` says it in words."""

    check: str
    reason: str


@dataclass(frozen=True)
class Decision:
    """The abstain-or-answer decision with what it was made from."""

    refusal: Refusal | None
    #: The relevance signals of the best passage (None when no passage matched).
    found: Signals | None
    #: The question's names that the corpus never mentions (all of them, or none).
    unknown_names: list[str] = field(default_factory=list)
    #: How close the question is to everyday matters (None: the background is not made).
    everyday: Everyday | None = None

    @property
    def reason(self) -> str | None:
        return self.refusal.reason if self.refusal else None


#: Whether one of the passages names a name in another language's form.
NamedAlike = Callable[[str, Sequence[str]], bool]


class Words(Protocol):
    """What the policy asks of the corpus's words (every backend answers it)."""

    def knows(self, term: str) -> bool: ...

    def knows_word(self, word: str) -> bool: ...

    def has_word(self, word: str) -> bool: ...

    def knows_cognate(self, word: str) -> bool: ...

    def coverage(self, question: str) -> float: ...


#: An item's code in a question: capitals, then the item's number ("M5", "WP3", "A2").
_ITEM_CODE = re.compile(r"(?<![\w.-])[A-ZÅÄÖÆØ]{1,3}\d{1,2}(?![\w.-])")


def decide(
    intent: Intent,
    query: str,
    passages: Sequence[str],
    windows: Sequence[str],
    best_dense: float | None,
    words: Words,
    goals: dict[int, str],
    thresholds: RetrievalSettings,
    everyday: Everyday | None = None,
    titles: Sequence[str] = (),
    text_goals: Collection[int] = (),
    alike: NamedAlike | None = None,
) -> Decision:
    """Answer or abstain for `query`, given the cited passages' texts (best first), the
    text around each one's best sentence (see `abstain_reason`), the best dense score
    among them, how close the question is to everyday matters (background.py) and the
    titles of the passages' documents; `text_goals` the goal numbers the corpus's text
    names, headed or not, and `alike` whether a passage names a place in another
    language's form (see `abstain_reason`)."""
    names = name_words(query)
    # Only when most of the names are unknown, but for the words that say what kind of
    # body a name is ("Council"): a cross-lingual name ("North Calotte Council") is known
    # by one of its own words, "Eurovision Song Contest" is not by one of three.
    own = _without_lone_countries(query, _own_words(query) or names)
    unknown = [w for w in own if not words.knows_word(w)]
    most = own and 2 * len(unknown) > len(own)
    unknown = unknown if most else _route_unknown(query, unknown, passages)
    # "Why did the European Central Bank keep raising interest rates?": a name whose
    # words the corpus knows one by one, but for the one that says what it is.
    unknown = unknown or _unwritten_heads(query, words, passages, alike)
    unasked = [] if unknown else _only_names_known(query, names, words)
    unasked = unasked or _asked_topic_unknown(
        intent, query, words.knows_word, passages, words.has_word, words.knows_cognate
    )
    found = (
        # "Which goal is about pizza?": only the topic's words tell whether the corpus
        # knows it; "goal" and "about" always do.
        signals(best_dense, words.coverage(_topic_or(intent, query)), thresholds)
        if passages and best_dense is not None
        else None
    )
    if found is not None and not _has_topic(intent, query):
        return Decision(Refusal("no_topic", _NO_TOPIC), found, everyday=everyday)
    refusal = abstain_reason(
        intent,
        passages,
        windows,
        found,
        knows=words.knows,
        unknown_names=unknown,
        unknown_topic=unasked,
        spoken=[name for name in names if words.has_word(name)] if unasked else [],
        goals=goals,
        thresholds=thresholds,
        everyday=everyday,
        titles=titles,
        text_goals=text_goals,
        alike=alike,
    )
    # "Hvor mange timer har modul M5?": a code no passage has names no item of the corpus;
    # a reason of the checks above says more ("the tables list AP1 … AP4, but no AP5").
    uncoded = [code for code in _ITEM_CODE.findall(query) if not words.has_word(code)]
    if refusal is None and found is not None and uncoded:
        refusal = Refusal("code", f"it never mentions {', '.join(uncoded)}")
    return Decision(refusal, found, unknown, everyday)


#: A route between two places a question names: "from Oslo to Bergen", "fra Ribe til
#: Esbjerg", "från Umeå till Vasa", "between Kiruna and Narvik", "mellom Mo og Bodø".
_ROUTE = re.compile(
    r"\b(?:(?:from|fra|från|frå)\s+(?P<start>[^\W\d_]+)\s+(?:to|til|till)|"
    r"(?:between|mellan|mellem|mellom)\s+(?P<one>[^\W\d_]+)\s+(?:and|och|og))"
    r"\s+(?P<end>[^\W\d_]+)",
    re.IGNORECASE,
)


def _unwritten_heads(
    query: str, words: Words, cited: Sequence[str], alike: NamedAlike | None
) -> list[str]:
    """The names of two or more words whose last word, which says what the named thing
    is ("Bank" of "European Central Bank"), the corpus writes in no spelling, while it
    writes each other word as a word of its own: it names no such thing, however well it
    knows "European" and "Central". A word known only as the start of a compound may be
    the name written as one in a Scandinavian language ("Kvarken Council",
    "Kvarkenrådet"), and a name a cited passage writes whole or in another language's
    form ("Torne Valley", "Tornedalen": `alike`) is named: both are left out."""
    found = []
    for phrase in name_phrases(query):
        head, whole = phrase[-1], " ".join(phrase)
        if len(phrase) < 2 or is_country(head):
            continue
        if words.knows_word(head) or words.knows_cognate(head):
            continue
        if not all(words.has_word(w) for w in phrase[:-1]):
            continue
        if any(names_phrase(text, whole) for text in cited):
            continue
        if alike is None or not alike(whole, cited):
            found.append(whole)
    return found


def _route_unknown(query: str, unknown: Sequence[str], cited: Sequence[str]) -> list[str]:
    """The places of a route the question asks about ("the first bus from Aalborg to
    Skagen") that the corpus never names, when it knows one end but not the other: a
    route is one thing, and documents that name one town do not speak of the way from
    it to another. Countries are left out, which a corpus names in its own language, and
    a place a cited passage spells otherwise ("Vasa" for "Vaasa")."""
    ends = [
        (found.group("start") or found.group("one"), found.group("end"))
        for found in _ROUTE.finditer(query)
    ]
    return [
        name
        for pair in ends
        for name in pair
        if name in unknown and not is_country(name) and not _spelled_otherwise(name, cited)
    ]


def _has_topic(intent: Intent, query: str) -> bool:
    """Whether the question names anything to look up: a word that is not a stopword,
    a number or a word that frames a question, or a goal or an activity code ("What is
    K.7.b?"). "thanks!", "hello" and "What is 2+2?" name nothing."""
    return bool(unframed_words(query)) or intent.goal is not None or bool(intent.activity)


def _asked_topic_unknown(
    intent: Intent,
    query: str,
    knows_word: Callable[[str], bool],
    cited: Sequence[str] = (),
    has_word: Callable[[str], bool] | None = None,
    knows_cognate: Callable[[str], bool] | None = None,
) -> list[str]:
    """The topic words the corpus does not have of a question whose frame says what it is
    about: "How do I …" / "Hur bakar man …", a request for a tip or advice ("Recommend a
    good restaurant in …") and a free question about the asker's own life or how a thing
    works ("Can my landlord …", "Hvordan fungerer …") when they are at least half of its
    words ("rugbrød" of "Hvordan bager man rugbrød?"; "How do I read the action plan
    matrix?" is the plan's own matter); "What is X?" when most of X's, two or more, are
    ("recipe", "meatballs" of "What is the best recipe for meatballs?": the corpus does not
    define what it never names; one word only when no `cited` passage spells it another
    way, "gränshinder" for "grænsehindring", and what a body does is no definition); "What
    does the plan say about X?" when all of X's are ("cryptocurrency"). A country says
    where, not what: "momsen" is the topic of "Hva er momsen i Sverige?"; so do the names
    of a definition say whose ("stillingsbetegnelse" of "Hvad er Mette Hansens
    stillingsbetegnelse?"). A how-to question whose words the corpus knows is still about
    something else when what its task is done to is not written there (`has_word`, see
    `_task_unwritten`). "Which committees work on X?" asked in a Scandinavian language
    when no word of X is written in any of the three spellings (`knows_cognate`: "rennäring",
    "kjernekraft"; "eldrevne fly" is, as "eldrivna"): an English topic may be written only
    in the others' words ("electric aircraft", "elflyg"), so it is not asked of English.
    Empty for any other question."""
    said = said_about(query)
    worked = _worked_topic(intent, query) if knows_cognate is not None else None
    advice = advice_topic(query)
    thing = _which_thing(query) if intent.kind == "list" else None
    if thing and not knows_word(thing) and not _spelled_otherwise(thing, cited):
        # A call is named in any language: "The call for proposals: …" for "utlysning".
        named = asks_call(query) and any(map(names_call, cited))
        said = named or _stated_in_figures(query, cited) or _named_in_english(query, cited)
        return [] if said else [thing]
    defined = intent.subject if intent.kind == "definition" else ""
    # Of what the asker may do, only a free question: "Vilken e-postadress ska jag skicka
    # min idé till?" asks the documents for an address.
    how = asks_how_to(query) or (intent.kind == "free" and asks_oneself(query))
    valued = _valued_topic(intent, query) if knows_cognate is not None else []
    if not said and advice is None and not defined and not how and not worked and not valued:
        return []
    topic = [
        w
        for w in valued or unframed_words(said or advice or defined or worked or query)
        if not is_country(w) and not _NOW.fullmatch(w)
    ]
    # What a value is of, names too: "VAT" of "the VAT rate in Denmark".
    whose = _whose_value(intent, topic) if defined and not said and advice is None else []
    if defined and not said and advice is None:
        # "Mette Hansens stillingsbetegnelse": the names say whose, the rest what is asked.
        named = {name.casefold() for name in name_words(query)}
        topic = [w for w in topic if w not in named] or topic
    unknown = [w for w in topic if not knows_word(w)]
    if (worked or valued) and not said and knows_cognate is not None:
        unknown = [w for w in unknown if not knows_cognate(w)]
    # A topic of one short word ("unge") may be known in a longer form ("ungdomar") that
    # the prefix test does not reach.
    short = said and all(len(w) < MIN_PREFIX for w in unknown)
    if said or worked or valued:
        enough = len(unknown) == len(topic)
    elif advice is None and defined:
        spelled = len(unknown) == 1 and _spelled_otherwise(unknown[0], cited)
        enough = 2 * len(unknown) > len(topic) and not spelled and not intent.does
        # "the VAT rate in Denmark": a rate is written anywhere; what it is of must be,
        # itself ("VAT" is not the start of "vatten").
        unwritten = [w for w in whose if has_word is not None and not has_word(w)]
        if whose and not enough and len(unwritten) == len(whose):
            unknown, enough = unwritten, True
    else:
        enough = 2 * len(unknown) >= len(topic)
    if topic and how and not enough and has_word is not None:
        return _task_unwritten(query, topic, has_word)
    return unknown if topic and enough and not short else []


def _worked_topic(intent: Intent, query: str) -> str | None:
    """X of a Scandinavian "Vilka kommittéer arbetar med X?" (see `_asked_topic_unknown`)."""
    if intent.kind != "actor" or english_or_scandinavian(query) != "scandinavian":
        return None
    return work_topic(query)


def _valued_topic(intent: Intent, query: str) -> list[str]:
    """What a Scandinavian money question asks the amount or worth of ("oljefondet" of
    "Hvor mye er oljefondet verdt nå?"; see `_asked_topic_unknown`). Empty when another
    frame says what it is about: a how-to ("Hur gör jag en budget för …"), a request for
    advice or one about the asker's own life, or "what does it say about X"."""
    if not intent.wants_amount or english_or_scandinavian(query) != "scandinavian":
        return []
    if said_about(query) or advice_topic(query) is not None:
        return []
    if asks_how_to(query) or asks_oneself(query):
        return []
    return valued_thing(query)


def _whose_value(intent: Intent, topic: Sequence[str]) -> list[str]:
    """The topic words of a value question ("What is the VAT rate in Denmark?", "Hva er
    verdien av oljefondet?") that say what its attribute or worth is of ("VAT",
    "oljefondet"), without the attribute's own ("rate", "verdien")."""
    head = intent.subject.split()[:1]
    if not asked_value(intent.question, intent.subject) and not any(map(names_worth, head)):
        return []
    return [w for w in topic if not names_attribute(w) and not names_worth(w)]


#: The verb of a how-to question's task: "søker" of "Hvordan søker jeg om …", "renew" of
#: "How do I renew …".
_TASK_VERB = re.compile(
    r"^\s*(?:how\s+(?:do|can|should|would)\s+(?:i|you|we|one)\s+(?P<en>\w+)|"
    r"(?:hur|hvordan)\s+(?P<nordic>\w+)\s+(?:man|jag|jeg|vi|du|en))\b",
    re.IGNORECASE,
)


def _task_unwritten(query: str, topic: Sequence[str], has_word: Callable[[str], bool]) -> list[str]:
    """The words of what a how-to question's task is done to ("nytt pass hos politiet" of
    "Hvordan søker jeg om nytt pass hos politiet?") that the corpus does not write as
    such, when they are at least half of them or the first is one of them: a call for
    applications has "søker", and a word known only as the start of a longer one
    ("politi" of "politisk") is not one it speaks of; the words after the first say where
    or whose ("kommunens system" of "Hur fyller jag i reseräkningen i kommunens system"),
    which any public document writes. Empty otherwise."""
    verb = _TASK_VERB.search(query)
    task = (verb.group("en") or verb.group("nordic")).casefold() if verb else None
    objects = [w for w in topic if w != task]
    unwritten = [w for w in objects if not has_word(w)]
    # The first is what a how-to's task is done to; a question without the frame has none.
    first = verb is not None and bool(objects) and objects[0] in unwritten
    return unwritten if objects and (first or 2 * len(unwritten) >= len(objects)) else []


#: Words that say when, not what: "år" of "i år", "today", "nå" ("Hvad er X i år?").
_NOW = re.compile(r"år|year|today|idag|now|nu|nå|currently|tomorrow|imorgon|morgen")
#: A Scandinavian which-question's which-word and the word right after it, which names
#: the kind of thing asked for: "Vilken momssats …", "Hvilket tog …" (not "Vilket är …").
_WHICH_THING = re.compile(
    r"^\s*(?:vilk|hvilk)(?:en|et|a|e)\s+(?P<thing>(?-i:[a-zåäöæø])[\w-]*)", re.IGNORECASE
)


def _which_thing(query: str) -> str | None:
    """The word a Scandinavian which-question names the thing it asks for by ("momssats"
    of "Vilken momssats gäller för livsmedel?"): a corpus in that language writes it, or
    one much like it, where it speaks of it; an English word may stand in another
    language's form. None when that word is a stopword or frames the question ("Vilket
    är …", "Vilka andra …")."""
    found = _WHICH_THING.search(query)
    if found is None or scandinavian_by_stopwords(query) is None:
        return None
    thing = found.group("thing")
    return thing if unframed_words(thing) == [thing.casefold()] else None


def _stated_in_figures(query: str, cited: Sequence[str]) -> bool:
    """Whether the value a which-question asks for is one a cited passage states in
    figures, whatever word the question names it by: an age ("eldre (65-80 år)" for
    "Vilken åldersgrupp av äldre …"), which a text seldom calls an age group."""
    return asks_age(query) and any(AGE_BAND.search(text) for text in cited)


def _named_in_english(query: str, cited: Sequence[str]) -> bool:
    """Whether the closest passage is English and names what the Scandinavian question
    names (its names but countries, each phrase whole): it is about that, and writes the
    kind of thing asked for in English ("The call for proposals …" for "Hvilken
    utlysning … hos Nordic Innovation"), which no Nordic spelling finds."""
    phrases = [
        " ".join(phrase)
        for phrase in name_phrases(query)
        if not all(is_country(word) for word in phrase)
    ]
    top = cited[0] if cited else ""
    return (
        bool(phrases)
        and english_or_scandinavian(top) == "en"
        and all(names_phrase(top, phrase) for phrase in phrases)
    )


#: How alike two spellings of a word must be (difflib's ratio) to be taken for one word:
#: "gränsehindring" and "gränshinder" are 0.8 alike.
_SPELLING_LIKENESS = 0.75


def _spelled_otherwise(word: str, texts: Sequence[str]) -> bool:
    """Whether one of `texts` has a word spelled much like `word` in one of the Nordic
    orthographies (another language's form of a compound: "gränshinder" for
    "grænsehindring")."""
    forms = spellings(word.casefold()) | {folded(word)}
    seen = {w for text in texts for w in split_words(text)}
    # Another orthography changes vowels and endings, not how a word opens ("förankring"
    # is no spelling of "sjukförsäkring").
    near = {
        form
        for w in seen
        for form in (w, folded(w))
        if abs(len(w) - len(word)) <= 4 and same_first_sound(w, word)
    }
    return any(
        SequenceMatcher(None, form, other).ratio() >= _SPELLING_LIKENESS
        for form in forms
        for other in near
    )


def _only_names_known(query: str, names: Sequence[str], words: Words) -> list[str]:
    """The question's other words when the corpus has its names but none of them ("What
    will the weather be like in Oslo tomorrow?": Oslo, but not weather, like or
    tomorrow): what it asks about that place is not in the corpus. Empty otherwise, and
    for a single other word. A name counts as written, not by the start of a longer word
    ("Stockholm" is not in "stock assessment"), since the refusal says it speaks of it."""
    keys = {name.casefold() for name in names}
    other = [w for w in unframed_words(query) if w not in keys]
    # One unknown word may be a verb in another language than the corpus's ("Vad arbetar
    # the Nordic Council med?" over English text); two say what the question is about.
    if not keys or len(other) < 2 or not any(words.has_word(name) for name in names):
        return []
    return [] if any(words.knows_word(w) for w in other) else other


def abstain_reason(
    intent: Intent,
    passages: Sequence[str],
    windows: Sequence[str],
    found: Signals | None,
    *,
    knows: Callable[[str], bool],
    unknown_names: Sequence[str],
    goals: dict[int, str],
    thresholds: RetrievalSettings,
    unknown_topic: Sequence[str] = (),
    spoken: Sequence[str] = (),
    everyday: Everyday | None = None,
    titles: Sequence[str] = (),
    text_goals: Collection[int] = (),
    alike: NamedAlike | None = None,
) -> Refusal | None:
    """Why the corpus does not answer the question, or None when it does.

    `passages` are the cited passages' texts, best first, and `windows` the sentences
    around each one's best-matching sentence with its section and owner (a figure
    must stand there: passages hold many numbers); `found` the relevance signals of
    the best one; `goals` the numbered headings the corpus has, `text_goals` the goal
    numbers its text names anywhere (none given: only the headed ones); `titles` the titles of
    the passages' documents; `spoken` the question's names the corpus has as written,
    which a refusal for `unknown_topic` words says it speaks of; `alike` whether one of
    the passages names a name in another language's form ("Copenhagen" for "København"),
    which a refusal must not say the corpus never mentions.
    """
    if not passages or found is None:
        return Refusal("passages", "no passage matches")
    if found.dense < thresholds.min_dense:
        return Refusal("min_dense", _OUTSIDE)
    # Before the relevance test, which would refuse too, but could not say what is missing.
    if unknown_names and found.dense < thresholds.name_check_below:
        # "Norwegian" is mentioned where a passage writes "Norge" or "norska".
        unwritten = [
            n
            for n in unknown_names
            if not _mentioned_otherwise(n, passages, knows)
            and not (alike is not None and alike(n, passages))
        ]
        said = f"it never mentions {', '.join(unwritten)}" if unwritten else _OUTSIDE
        return Refusal("name_check_below", said)
    # "Hur mycket är oljefonden värd?": a money question about a thing no passage writes.
    # Before the relevance test too, which would refuse, but could not say what is missing;
    # only when the words lacked are the thing's ("mye" and "koster" of "Hvor mye koster en
    # pils i Oslo?" only ask for money).
    valued = set(_valued_topic(intent, intent.question))
    faint = found.dense < thresholds.name_check_below
    if unknown_topic and set(unknown_topic) <= valued and faint:
        return _topic_refusal(intent, found, unknown_topic, spoken, everyday, thresholds)
    if found.relevance < thresholds.min_relevance:
        return Refusal("min_relevance", _OUTSIDE)
    unknown_years = [y for y in intent.years if not knows(y)]
    if unknown_years:
        return Refusal("years", f"it never mentions {', '.join(unknown_years)}")
    cited_years = set().union(*(dated_by(text) for text in passages))
    missing_years = [y for y in intent.years if y not in cited_years]
    if missing_years:
        reason = f"none of the closest passages is about {', '.join(missing_years)}"
        return Refusal("years_cited", reason)
    if intent.goal is not None and goals and intent.goal not in goals:
        unheaded = _unheaded_goal(intent.goal, goals, text_goals, passages)
        if unheaded:
            return Refusal("goal", unheaded)
    depth = thresholds.amount_depth
    title_of = dict(zip(windows, titles, strict=False))  # none given: no titles
    cited = passages[: thresholds.k]  # as many as an answer cites, whatever k is asked
    further = windows[depth : thresholds.k]
    missing = _fact_missing(
        intent, passages[:depth], windows[:depth], title_of, cited, further, titles[: len(cited)]
    )
    # A request for advice or a question about the asker's own life is answered only where
    # the documents speak of the thing itself, however close its other words bring them.
    own = advice_topic(intent.question) is not None or asks_oneself(intent.question)
    weak = found.dense < thresholds.name_check_below or own
    if missing is None and unknown_topic and weak:
        refusal = _topic_refusal(intent, found, unknown_topic, spoken, everyday, thresholds)
        # "How do I reverse a linked list?": the words it lacks are a task's, which no
        # rewording finds in these documents; the topic of "what does it say about X" is X.
        if refusal.check == "everyday" or spoken or said_about(intent.question):
            return refusal
        return Refusal("unknown_topic", _OUTSIDE)
    if _everyday(found, everyday, thresholds):  # a fact of everyday matters is no fact missing
        return Refusal("everyday", _EVERYDAY)
    return (
        missing
        or value_missing(intent, cited)
        or _advice_missing(intent, windows[:depth])
        or _rule_missing(intent, cited)
        or _writing_asked(intent)
    )


def _topic_refusal(
    intent: Intent,
    found: Signals,
    unknown: Sequence[str],
    spoken: Sequence[str],
    everyday: Everyday | None,
    thresholds: RetrievalSettings,
) -> Refusal:
    """The refusal for a topic the corpus lacks: the names it does speak of, if any, and
    the words it never uses. Everyday matters, where the background says so, is the truer
    reason, also of a question that names only a country, which says where, not what
    ("Hvordan stemmer man i Danmark?", "Hur mycket är barnbidraget i Sverige 2026?")."""
    where = all(map(is_country, spoken)) and not said_about(intent.question)
    if where and _everyday(found, everyday, thresholds):
        return Refusal("everyday", _EVERYDAY)
    asked = ", ".join(f"“{w}”" for w in unknown)
    if spoken:
        return Refusal("unknown_topic", f"it speaks of {', '.join(spoken)}, but never of {asked}")
    plural = "s" if len(unknown) > 1 else ""
    return Refusal("unknown_topic", f"no passage uses the word{plural} {asked}")


def _writing_asked(intent: Intent) -> Refusal | None:
    """Why a request to write something new ("Write a LinkedIn post about our town joining
    a Nordic project") is not answered: it is a task for a writer, not a search, and
    passages on the same topic are no post or e-mail. After the unknown-topic test, whose
    reason says more ("never of “poem”")."""
    if not asks_writing(intent.question):
        return None
    return Refusal("writing", "it asks for a new piece of writing, which no passage holds")


def value_missing(intent: Intent, cited: Sequence[str]) -> Refusal | None:
    """Why a value question ("What is the salary range for …") is not answered: no cited
    passage states a value of its kind where it names the attribute or what it is of.
    After the unknown-topic test, whose reason says more ("never of “VAT”")."""
    asked = asked_value(intent.question, intent.subject) if intent.kind == "definition" else None
    if asked and not any(values_stated(asked, text) for text in cited):
        return Refusal("value", f"none of the closest passages states the {intent.subject}")
    return None


def _mentioned_otherwise(name: str, passages: Sequence[str], knows: Callable[[str], bool]) -> bool:
    """Whether one of `passages` mentions the country `name` is a form of in another form
    or language ("Norge", "norska" for "Norwegian"), which the word index cannot tell, or
    the corpus `knows` the country by its English name ("Denmark" for "Danmark")."""
    country = country_mentions(name)
    if country is None:
        return False
    return any(country.search(text) for text in passages) or knows(country_name(name).casefold())


def _unheaded_goal(
    number: int, goals: Mapping[int, str], named: Collection[int], cited: Sequence[str]
) -> str | None:
    """Why no goal `number` answers, when the corpus heads no goal so: its goals, when
    the text names no goal beside its headings; else what the closest passages say,
    since a document may list its goals in a paragraph ("Mål 1 – …" too long for a
    heading) and another document have a goal `number` of its own. None when a cited
    passage speaks of it."""
    if set(named) <= set(goals):
        listing = ", ".join(str(n) for n in sorted(goals))
        return f"it has no goal {number} (the goals are {listing})"
    if any(number in goals_named(text) for text in cited):
        return None
    return f"none of the closest passages speaks of goal {number}"


def _everyday(found: Signals, everyday: Everyday | None, thresholds: RetrievalSettings) -> bool:
    """Whether a weak match is about everyday matters: closer to the background than to
    the cited passages, with a topic word the corpus never uses ("Finns det något om
    vätgas?" uses only the corpus's words, and the corpus has them)."""
    weak = found.dense < thresholds.name_check_below and found.coverage < 1
    return weak and everyday is not None and everyday.margin > thresholds.everyday_margin


def _topic_or(intent: Intent, query: str) -> str:
    """What the question asks about, where its frame says: the X of "which goal is about
    X" or "what does the plan say about X"; else the whole question."""
    if intent.goal_topic == "which" and intent.subject:
        return intent.subject
    return said_about(query) or query


def _fact_missing(
    intent: Intent,
    top: Sequence[str],
    near: Sequence[str],
    title_of: Mapping[str, str],
    cited: Sequence[str],
    further: Sequence[str] = (),
    cited_titles: Sequence[str] = (),
) -> Refusal | None:
    """Whether the closest passages lack the kind of fact the question asks for: `top`
    are their texts, `near` the text around their best sentences, `title_of` the title
    of the document each of those stands in (and of `further`'s), `cited` every cited
    passage's text (a person may be named a few passages down: the answer looks there),
    `further` the windows of the cited passages below `top`'s, `cited_titles` the title
    of each cited passage's document (none given: none known)."""
    if intent.goal_topic:  # the plan's outline answers ("how many goals"), not a passage
        return None
    found = dict(zip(near, top, strict=False))  # each window's passage
    if intent.years:  # "the budget for 2025": the figure must be that year's ("M25 …" is)
        near = [w for w in near if set(intent.years) & dated_by(w)]
    passages = [(found[w], f"{title_of.get(w, '')}\n{w}") for w in near]
    when = f" for {', '.join(intent.years)}" if intent.years else ""
    about = _about(intent, near, title_of)
    if beyond := beyond_count(intent.question, top) or _item_elsewhere(intent, cited, cited_titles):
        return Refusal("ordinal", beyond)
    if placeholder := _only_placeholder(intent.question, cited, cited_titles):
        return Refusal("placeholder", placeholder)
    stated = any(states_amount_for(text, intent.years) for text in about)
    if intent.wants_amount and about is not near and not stated:
        named = _named_further(intent, further, title_of)
        about = [*about, *named]
        passages += [(w, f"{title_of.get(w, '')}\n{w}") for w in named]
    if intent.wants_amount and not any(states_amount_for(text, intent.years) for text in about):
        # Where some speak of what the question names and a cited passage states figures a
        # reader takes for its amount (another record's "Tilsagn: 118 000" under "Beløp i
        # NOK"), the reason says whose amount is missing; otherwise it is true as it stands.
        stated = any(
            states_amount_for(text, intent.years) or _GROUPED.search(text) for text in cited
        )
        whose = _for(_named_things(intent.question)) if about is not near and stated else ""
        return Refusal("amount", f"none of the closest passages states an amount{when}{whose}")
    if intent.wants_amount and (unnamed := _unnamed(intent, top)):
        named = " ".join(unnamed)
        if any(names_any(text, unnamed) for text in cited):  # one further down does
            return Refusal("amount", f"none of the closest passages states an amount for {named}")
        return Refusal("amount", f"none of the closest passages speaks of {named}")
    stating = [
        f"{text}\n{window}" for text, window in passages if states_amount_for(window, intent.years)
    ]
    if intent.wants_amount and (unstated := _unstated(intent, stating, cited)):
        # "How much does X spend on its secretariat": X may have amounts of its own.
        spent = _spent_on(intent.question)
        if spent and not any(names_head(window, spent.split()[-1]) for window in stating):
            return Refusal("amount", f"no passage states an amount{when} spent on {spent}")
        return Refusal("amount", f"no passage states an amount{when} for {unstated}")
    if intent.wants_amount and (part := _unshared(intent, [w for _, w in passages])):
        reason = f"no passage states the part of {part[0]} that goes to {part[1]}"
        return Refusal("amount", reason)
    priced = intent.wants_amount and intent.goal is None and not intent.plan_total
    if priced and (cost := COST.search(intent.question)):
        thing = _costed(intent.question, cost)
        head = _costed_head(thing)
        spoken = head is not None and any(names_head(text, head) for text in [*near, *cited])
        if not any(_costs(w, head if spoken else None) for w in about):
            return Refusal("amount", f"none of the closest passages states a cost for “{thing}”")
        sibling = None if spoken or head is None else _priced_sibling(intent.question, head, about)
        if sibling:  # "Vad kostar ett årskort?" is not answered by a monthly card's price
            return Refusal("amount", f"the closest passages price “{sibling}”, not “{thing}”")
    country = asked_country(intent.question) if intent.kind in ("actor", "list") else None
    if country and top and not country[1].search(top[0]):  # the answer's passage
        return Refusal("country", f"the closest passage does not speak of {country[0]}")
    # A record's owner line ("Projektägare: X") says who owns and leads the project.
    owned = asks_owner(intent.question) and any(OWNER_LABEL.search(text) for text in cited)
    if intent.kind == "person" and not owned and not _names_role(intent.question, cited):
        # A role the question names is said in its words; "who leads" names none.
        if asked_role(intent.question) or asked_office(intent.question):
            return Refusal("person", _no_one_named(intent.question))
        return Refusal("person", "none of the closest passages names a person in that role")
    if intent.kind == "quantity" and not any(states_count(text) for text in near):
        return Refusal("quantity", f"none of the closest passages gives a number{when}")
    origin = counted_from(intent.question) if intent.kind == "quantity" else None
    if origin and not any(origin[1].search(t) for t in near if states_count(t)):
        return Refusal("quantity", f"none of the closest passages gives a number from {origin[0]}")
    population = intent.kind == "quantity" and asks_population(intent.question)
    if population and not any(map(states_population, near)):
        return Refusal("population", "none of the closest passages gives a number of inhabitants")
    numbered = (intent.kind == "date" or intent.wants_amount) and _ordinal_round(intent.question)
    if numbered and not any(_ordinal_round(text, numbered[1]) for text in top):
        check = "date" if intent.kind == "date" else "amount"
        return Refusal(check, f"none of the closest passages speaks of the {numbered[0]}")
    if intent.kind == "date" and not any(_YEARLIKE.search(text) for text in top):
        return Refusal("date", "none of the closest passages gives a date")
    if intent.kind == "date" and (undated := _dateless_thing(intent, cited, cited_titles)):
        return Refusal("date", undated)
    if asks_contact(intent.question) and not any(map(states_contact, top)):
        return Refusal("contact", "none of the closest passages gives contact details")
    # A phone number asked for is not given by an e-mail line, nor by another's number.
    kind = asked_contact_kind(intent.question)
    details = f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" if kind else "contact details"
    contacts = [f"{text}\n{window}" for text, window in passages if states_contact(text, kind)]
    if asks_contact(intent.question) and (unstated := _unstated(intent, contacts, cited)):
        return Refusal("contact", f"no passage gives {details} for {unstated}")
    # The phone number of one office is not given by another's lines in its passage.
    # A person's entry in a directory is hers: the next entry's number is not.
    scoped = asked_scoped(intent.question, intent.subject) or named_scoped(intent.question)
    scoped = scoped if kind else None
    if scoped and scope_lacks(scoped, list(cited), lambda line: states_contact(line, kind)):
        return Refusal("contact", f"no passage gives {details} for {scoped.thing}")
    if kind and not any(states_contact(text, kind) for text in top):
        whose = " ".join(next(iter(name_phrases(intent.question)), []))
        return Refusal("contact", f"none of the closest passages gives {details}{_for(whose)}")
    founding = intent.kind == "date" and speaks_of_founding(intent.question)
    if founding and not any(speaks_of_founding(t) and _YEARLIKE.search(t) for t in near):
        return Refusal("date", "none of the closest passages dates a founding")
    # Where it was held, from a passage on the event: a place elsewhere on its page is not.
    unplaced = asks_venue(intent.question) and not any(
        states_venue(_unsigned(t, intent), intent.question)
        for t in near
        if _on_event(t, intent.question)
    )
    # A question that names the year asks for more than it: a day or month; so does one on
    # when an event was held whose name carries its year ("North Sea Conference 2017").
    held_in = asks_held(intent.question) and bool(name_years(intent.question))
    day = asks_day(intent.question) or bool(intent.years) or held_in
    if intent.kind == "date" and day and not any(states_day(_unsigned(t, intent)) for t in near):
        nor = ", nor says where it takes place" if unplaced else ""
        return Refusal("day", f"none of the closest passages gives a day{nor}")
    # "What time does it start" asks for more than the day: the hour on the clock.
    clock = asks_clock_time(intent.question)
    if clock and not any(states_clock_time(_unsigned(t, intent)) for t in near):
        return Refusal("time", "none of the closest passages gives a time of day")
    # "Hur lång tid tar tåget …": a passage on the train that states no duration is no answer.
    if asks_duration(intent.question) and not any(map(states_duration, near)):
        return Refusal("duration", "none of the closest passages states how long it takes")
    if unplaced:
        return Refusal("venue", "none of the closest passages says where it takes place")
    if asks_findings(intent.question) and not any(map(reports_findings, near)):
        # "X's result in 2023": a passage of that year on something else is no plan of X's.
        undated = _undated_name(intent, top)
        if undated:
            return Refusal("years_cited", undated)
        return Refusal("findings", "the closest passages describe plans, and report no findings")
    return None


#: A recommendation or advice as a text gives it, in the four languages: "we recommend",
#: "anbefaler", "rekommenderas", "advice", "suggests", "tips".
_RECOMMENDING = re.compile(
    r"\b(?:recommend\w*|anbefal\w*|rekommend\w*|advi[cs]\w*|suggest\w*|tips)\b", re.IGNORECASE
)


#: A request for someone's opinion, a recommendation, a tip, advice or the best of
#: something ("Can you suggest a ferry timetable", "Write a summary of …" ask for what the
#: documents hold).
_OPINION = re.compile(
    r"\b(?:recommend\w*|rekommend\w*|anbefal\w*|tipsa|tips|advice|råd|best|bästa|beste|bedste)\b",
    re.IGNORECASE,
)


def _advice_missing(intent: Intent, near: Sequence[str]) -> Refusal | None:
    """Why a request for a recommendation, a tip or advice is not answered: no passage
    near the best sentences recommends what it names. After the unknown-topic test,
    whose reason says more ("never of “laptop”")."""
    topic = advice_topic(intent.question)
    asked = topic is not None and _OPINION.search(intent.question)
    if not asked or _recommends(near, topic):
        return None
    return Refusal("advice", "none of the closest passages recommends or advises on it")


def _recommends(texts: Sequence[str], topic: str) -> bool:
    """Whether one of `texts` recommends or advises on what a request for a tip or advice
    names ("a hotel near X" of "Can you recommend a good hotel near X?"): a plan that
    speaks of a hotel investment recommends no hotel, and the asker wants a recommendation."""
    wanted = [w for w in unframed_words(topic) if not is_country(w)]
    return any(
        _RECOMMENDING.search(text) and any(names_head(text, w) for w in wanted) for text in texts
    )


#: A rule as a text states it, in the four languages: what one must, may, needs to or is
#: allowed to do, or what is required ("must", "required", "ska", "krävs", "skal",
#: "kræves", "må", "tillatt", "kan söka").
_RULE = re.compile(
    r"\b(?:must|required|requires?|requirements?|mandatory|obligatory|compulsory|needs?\s+to|"
    r"ha(?:ve|s)\s+to|shall|allowed|permitted|prohibited|forbidden|eligible|entitled|"
    r"måste|ska|skall|krävs|kräver|krav\w*|behöver|behövs|får|tillåt\w*|förbjud\w*|"
    r"berättigad\w*|skal|må|kræve[sr]?|påkræv\w*|behøver|behøves|tilladt|forbudt|"
    r"berettige[dt]|trenger|trengs|kreve[sr]?|påkrev\w*|tillatt|obligatorisk\w*|"
    r"(?:can|may|kan)\s+(?:apply|ansöka|söka|ansøge|søge|søke))\b",
    re.IGNORECASE,
)


def _rule_missing(intent: Intent, cited: Sequence[str]) -> Refusal | None:
    """Why a question about what one must or may do ("Do I need to show my passport when
    I cross the bridge?", "How do I apply for a visa?") is not answered: no cited passage
    has a sentence that states a rule or requirement and names what the question asks
    about. A plan's milestone on border obstacles, or a project on the same bridge, sets
    no rule for a traveller. After the unknown-topic test, whose reason says more."""
    if intent.kind != "free" or not asks_rule(intent.question):
        return None
    asked = _ruled_words(intent.question)
    if not asked or any(_states_rule_on(text, asked) for text in cited):
        return None
    quoted = ", ".join(f"“{w}”" for w in asked)
    return Refusal("rule", f"none of the closest passages states a rule or requirement on {quoted}")


def _ruled_words(question: str) -> list[str]:
    """What a question about a rule asks the rule about ("passport", "bridge" of "Do I
    need to show my passport on the bridge into Sweden?"): its words in its own language,
    without those that ask for the rule ("Do I need"), countries and names, which say
    where or whose."""
    said = {name.casefold() for name in name_words(question)}
    said |= {w for found in ASKS_RULE.finditer(question) for w in split_words(found.group())}
    return [w for w in unframed_as_asked(question) if w not in said and not is_country(w)]


def _states_rule_on(text: str, asked: Sequence[str]) -> bool:
    """Whether a sentence of `text` states a rule and names one of the `asked` words."""
    return any(
        _RULE.search(sentence) and any(names_head(sentence, w) for w in asked)
        for sentence in _SENTENCE_END.split(text)
    )


def _undated_name(intent: Intent, cited: Sequence[str]) -> str | None:
    """Why a question about what a named thing did in a year ("Grænserådet Skarvhavs
    resultat i 2023") is not answered when none of the `cited` passages that speak of the
    thing names that year: the year is another thing's ("hösten 2023" in a blog post), so
    the truer reason than what the passages report is that none is about the asked one
    in that year. None when the question names no year or no thing, or when no cited
    passage speaks of the thing."""
    phrase = next(iter(name_phrases(intent.question)), None)
    if not intent.years or phrase is None:
        return None
    named = [text for text in cited if _names_all(text, name_keys(phrase))]
    if not named or any(set(intent.years) & years_in(text) for text in named):
        return None
    return f"none of the closest passages on {' '.join(phrase)} is about {', '.join(intent.years)}"


#: The file name a cited passage's text opens with ("plan-2021-24.pdf"), on a line of its own.
_FILE_LINE = re.compile(r"\A[^\s/]+\.\w{2,5}\n")


def _dateless_thing(intent: Intent, cited: Sequence[str], titles: Sequence[str] = ()) -> str | None:
    """Why a date question on a named thing ("When does project Blue Harbour start?") is
    not answered when the cited passages that name it (in their text or their document's
    title, from `titles`) give no date: a year in another passage is another thing's (a
    programme's period on the next page), not the asked thing's. None when the question
    names nothing or no cited passage names all of it."""
    words = [w for phrase in name_phrases(intent.question) for w in phrase if len(w) >= 4]
    if not words:
        return None
    pairs = list(zip_longest(cited, titles, fillvalue=""))
    named = [(text, title) for text, title in pairs if _names_all(f"{title}\n{text}", words)]
    # Of an event held, a year in the document's title or file name is its date only where
    # the title names it: a plan's period ("Handlingsplan 2021-24") does not date a
    # conference the plan says a body may arrange.
    held = asks_held(intent.question) and not intent.years
    dated = [
        _FILE_LINE.sub("", text) if held and not _names_all(title, words) else f"{title}\n{text}"
        for text, title in named
    ]
    if not named or any(_YEARLIKE.search(text) for text in dated):
        return None
    # The question's words from its first name to its last: "Nordic Ring's Blue Harbour".
    first, last = words[0], words[-1]
    span = re.search(rf"\b{re.escape(first)}\b.*\b{re.escape(last)}\b", intent.question)
    thing = span.group(0) if span else " ".join(words)
    return f"none of the closest passages on {thing} gives a date"


def _only_placeholder(
    question: str, cited: Sequence[str], titles: Sequence[str] = ()
) -> str | None:
    """Why a question on a named thing is not answered when the cited passages name it
    only as an open placeholder, its name and a question mark ("Nordic Ring?" left in a
    plan's table where its contribution was to come): such a line says nothing of it.
    None when one mention (a document's title in `titles` too) says more."""
    for phrase in name_phrases(question):
        name = " ".join(phrase)
        # The name, and the question mark that may follow it: "Nordic Ring?"
        mention = re.compile(rf"\b{re.escape(name)}\b(\s*\?)?", re.IGNORECASE)
        found = [m for text in [*cited, *titles] for m in mention.finditer(text)]
        if found and all(m.group(1) for m in found):
            return f"the closest passages name {name} only as an open placeholder (“{name}?”)"
    return None


#: A value left open in a plan's text: "XX", "TBD", "[x]", "N.N.", where a figure, date
#: or name is to come ("antalet personer som sökt jobb i det andra landet XX").
_OPEN_VALUE = re.compile(
    r"(?<![\w-])(?:X{2,}|x{2,}|TB[DCA]|N\.\s?N\.)(?![\w-])|\[\s*[xX]?\s*\]|\?{2,}"
)
#: Where the clause a placeholder ends begins: after a stop, a comma, a colon or a
#: figure ("12 ferries were converted; contact person TBD": the contact is open).
_CLAUSE_BREAK = re.compile(r"[.;,:!?\d]")
#: How many words before an open value are read for what it stands for.
_OPEN_REACH = 8
#: A topic word is matched there by this many first letters, the languages' forms alike
#: ("søkte", "sökt"): a placeholder is rare enough that a loose match is safe.
_OPEN_STEM = 4


def left_open(intent: Intent, lead: str) -> Refusal | None:
    """Why a question for a figure or a date is not answered when the answer's lead gives
    a placeholder where the value asked for stands: "antalet personer som sökt jobb i det
    andra landet XX" for how many sought jobs. The words before the placeholder say
    what it stands for; when they are the question's topic, the documents leave that
    value open. None for other questions and other placeholders."""
    if intent.kind not in ("quantity", "amount", "date"):
        return None
    topic = topic_words(intent.question, every_stopword())
    said = lead.split(" — ")[0]
    for found in _OPEN_VALUE.finditer(said):
        clause = _CLAUSE_BREAK.split(said[: found.start()])[-1]
        before = clause.split()[-_OPEN_REACH:]
        read = fold(" ".join(before))
        if any(re.search(rf"\b{re.escape(fold(w)[:_OPEN_STEM])}", read) for w in topic):
            shown = " ".join(before[-5:])
            return Refusal("placeholder", f"the text leaves the value open (“{shown} {found[0]}”)")
    return None


def _item_elsewhere(intent: Intent, cited: Sequence[str], titles: Sequence[str] = ()) -> str | None:
    """Why a question for the n-th item of a named thing's list ("den femte milepælen i
    PROSJEKT X") is not answered when the cited passages (`cited`) that name it never
    speak of that kind of item while another does (another project's milestone table):
    its items are not the ones asked for. None when a passage naming it speaks of the
    item's kind, when none names it or none speaks of that kind at all; the round of a
    call is checked by its own rule (`_ordinal_round`). A passage of the document of one
    that names it (its `titles`, one a passage, when known) is its own: a report names
    itself in its summary and lists its recommendations pages later; when such a passage
    numbers fewer items than the one asked, the count it lists is why."""
    asked = asked_item(intent.question)
    names = name_words(intent.question)
    if asked is None or not names or intent.kind == "date" or intent.wants_amount:
        return None
    thing = asked[1]
    titled = dict(zip(cited, titles, strict=False))
    named_in = {titled.get(text) for text in cited if names_any(text, names)} - {None}
    naming = [text for text in cited if names_any(text, names) or titled.get(text) in named_in]
    listed = [found for text in naming if (found := listed_count(text, thing))]
    if listed and max(count for count, _ in listed) < asked[0]:
        count, word = listed[0]
        return f"the closest passages list {count} (“{word}”), no “{asked[2]}”"
    if not naming or any(names_head(text, thing) for text in naming):
        return None
    if not any(names_head(text, thing) for text in cited):
        return None
    return f"none of the closest passages that name {' '.join(names)} speaks of “{thing}”"


def _named_further(
    intent: Intent, further: Sequence[str], title_of: Mapping[str, str]
) -> list[str]:
    """The windows of cited passages below the closest that speak of what a money
    question names, themselves or by their document's title, when the closest speak of
    it without its amount: a project's description states its budget in a section of
    its own ("Budsjett"), which the question's words match less well than its
    presentation. Their years are a question's as the closest passages' are."""
    named = _about(intent, further, title_of)
    if named is further:  # none speaks of it
        return []
    return [w for w in named if not intent.years or set(intent.years) & years_in(w)]


def _for(whose: str) -> str:
    """ " for X" naming whose fact a refusal misses, or nothing when the question names
    no one."""
    return f" for {whose}" if whose else ""


#: A copula before the role a question names: "Who is the chair", "Vem är ordförande".
_COPULA = re.compile(r"\b(?:is|was|are|were|är|var|er|ble|blev)\b", re.IGNORECASE)
#: The word that makes a role a deputy's, just before it: "vice ordförande", "deputy chair".
_DEPUTY = re.compile(r"\b(?:vice|deputy|vara)[\s-]*$", re.IGNORECASE)


def unnamed_person(intent: Intent, named: Sequence[str]) -> Refusal | None:
    """Why a who-question for a person is not answered when the answer put together from
    the passages names no one (`named`, its actors): the passages speak of the body
    ("Øvelsen er organiseret af Nordisk Beredskabsforum") but name nobody in the role
    asked about, and a sentence about the body does not say who chairs it. None when
    the answer names someone, and for any other question."""
    if intent.kind != "person" or named:
        return None
    return Refusal("person", _no_one_named(intent.question))


#: A count of a thing's members, as a text gives it without their names: "21 partners
#: from 6 countries", "tolv medlemskommuner", "5 deltagande regioner".
_COUNTS_MEMBERS = re.compile(
    r"\b\d+\s+(?:\w+\s+)?(?:partners?|members?|participants?|countries|regions?|"
    r"organi[sz]ations?|medlem\w*|partner\w*|deltag\w*|deltak\w*|länder|land|lande|"
    r"regioner\w*|kommuner\w*|organisa\w*)\b",
    re.IGNORECASE,
)


def unnamed_members(intent: Intent, named: Sequence[str], lead: str = "") -> Refusal | None:
    """Why "Vilka organisationer ingår i partnerskapet …?" is not answered when the answer
    put together from the passages about the thing names no one (`named`, its actors):
    "some of the leading Nordic organisations" says that it has members, not which.
    None when the answer names someone, when its `lead` says how many there are ("21
    partners from 6 countries": all the text tells), and for any other question."""
    things = asked_things(intent.question)
    if intent.kind != "actor" or named or not things or _COUNTS_MEMBERS.search(lead):
        return None
    return Refusal("members", f"none of the closest passages names the members of {things[0]}")


#: Two capitals, as a table gives countries by their codes ("FI, SE, DK, NO"): may be one.
_COUNTRY_CODE = re.compile(r"[A-Z]{2}(?:\s*[,/]\s*[A-Z]{2})*")


def no_country_named(intent: Intent, named: Sequence[str]) -> Refusal | None:
    """Why a question for a country ("Which Nordic country pays the best wages for
    nurses?") is not answered when the answer put together from the passages names
    actors (`named`) none of which is a country (nor two capitals, a country's code
    in a table's cell: "FI, SE, DK, NO"): a region or a committee the passages
    name is no answer to which country. None when one is a country, when none is named,
    and for any other question."""
    if intent.kind != "actor" or intent.actor_kind != "country" or not named:
        return None
    if any(is_country(name) or _COUNTRY_CODE.fullmatch(name) for name in named):
        return None
    others = ", ".join(named[:2])
    return Refusal("country", f"the closest passages name no country that does so, only {others}")


def _no_one_named(question: str) -> str:
    """The reason a who-question for a role is refused, in the question's words for the
    role and whose it is: "none of the closest passages names who is treasurer of X",
    "… who chairs X"."""
    asked = _role_pattern(question).search(question)
    start = asked.start() if asked else 0
    deputy = _DEPUTY.search(question[:start])  # "vice ordförande", "deputy chair"
    # "Who is the chair of X", "Vem är Sveriges statsminister": from after the copula
    # ("who is Sveriges statsminister"); "Who chairs X": from the role ("who chairs X").
    copula = _COPULA.search(question[:start])
    begin = copula.end() if copula else deputy.start() if deputy else start
    rest = question[begin:].strip(" ?")
    past = copula and copula.group().lower() in ("was", "were", "var", "ble", "blev")
    verb = ("who was" if past else "who is") if copula else "who"
    said = f"{verb} {rest}" if asked else f"the person asked for in “{rest}”"
    if asked and asks_named_one(question):  # "Which named auditor signed off X"
        said = f"a person as the {asked.group()} who {question[asked.end() :].strip(' ?')}"
    return f"none of the closest passages names {said}"


#: The frame of a how-many question, before the word for what it counts.
_HOW_MANY = re.compile(r"\b(?:how\s+many|hur\s+många|hvor\s+mange)\s+", re.IGNORECASE)
#: What a figure measures rather than counts, one kind a pattern, each in the four
#: languages: time ("10 arbejdsdage", "three years"), a share ("40 %"), money ("5 MNOK"),
#: a length, weight or energy ("12 km", "8 MWh"), and a plan's own parts ("De fyra målen",
#: "five activities"). A figure of one of them is no count of people or things; "mio."
#: multiplies a count as well as money ("2,3 mio. passagerer").
_MEASURES = tuple(
    re.compile(rf"(?:{kinds})", re.IGNORECASE)
    for kinds in (
        r"\w*(?:days?|dag|dage|dagar|dager|dagen|dagene|dagarna|weeks?|vecka|veckor|uge|uger|"
        r"uke|uker|months?|månad|månader|måned|måneder|hours?|time|timer|timme|timmar|"
        r"minutes?|minutter|minuter|seconds?|sekunder)|years?|år|året|åren|årene",
        r"%|procent|prosent|percent|pct",
        r"kr|kronor|kroner|euros?|[mt]?(?:eur|dkk|sek|nok|isk)|usd",
        r"km|kilomet\w*|met(?:er|res?|ers)|tonn?e?s?|[kmg]wh?|liter|litres?|hektar",
        # A course's or study's weight in credits: "15 studiepoeng", "7,5 hp", "10 ECTS".
        r"\w*po[eä]ng|ects|hp|credits?|\w*kreditter",
        r"\w*(?:goals?|mål|målen|målet|målene)|activit(?:y|ies)|aktivitet\w*|chapters?|"
        r"kapit\w*|pages?|sidor|sider",
    )
)
#: A figure a lead states and the word it stands before, a range read as one figure ("21
#: til 10 arbejdsdage", "3–5 years"): not a year, nor a day of a month ("3. februar",
#: which stands before no word).
_FIGURE = re.compile(
    r"(?<![\w.,/:-])(?!(?:19|20)\d\d(?!\d))(?:\d{1,3}(?:[ .]\d{3})*(?:,\d+)?|"
    rf"{NUMBER_WORD.pattern})"
    r"(?:\s*(?:[-–]|til|till|to|och|og|and)\s*\d+(?:,\d+)?)?(?:\s*(?P<unit>%|[^\W\d_]+))?",
    re.IGNORECASE,
)
#: The Danish and Norwegian counts that are English words too ("to", "fire", "ni"), before
#: a noun: a count only where the text is Danish or Norwegian ("fire møder").
_DANO_COUNT = re.compile(r"\b(?:to|fire|ni)\s+[^\W\d_]{3,}", re.IGNORECASE)
#: Letters only Danish and Norwegian write.
_DANO_LETTER = re.compile(r"[æøÆØ]")
#: A lead's numbering ("1. Den …"), its language label ("(Danish) ") and citation marks.
_LEAD_FURNITURE = re.compile(r"^(?:\(\w+\)\s*)?\d{1,2}[.)]\s|^\(\w+\)\s*|\[\d+\]")
#: Figures in a lead that count nothing: a day of a month, or a span of days ("11.–12.
#: september", "3 March", "5-7 juni"), and the number of a numbered item or section
#: before its name ("4.2 Kartlegging …", "2.1.3 Training"); not "1.200 deltagere".
_UNCOUNTING = re.compile(
    r"\b\d{1,2}\.?(?:\s*[-–]\s*\d{1,2}\.?)?\s+(?:jan(?:uary|uar|uari)?|feb(?:ruary|ruar|ruari)?|"
    r"mar(?:ch|s|ts)?|apr(?:il)?|ma[yji]|jun[ei]?|jul[yi]?|aug(?:ust|usti)?|sept?(?:ember)?|"
    r"o[ck]t(?:ober)?|nov(?:ember)?|de[cs](?:ember)?)\b\.?|"
    r"\b\d{1,2}(?:\.\d{1,2}(?!\d))+\.?\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))|"
    # A date in figures ("22.1.2026", "3.10.") and a time of day ("kl. 13", "13.00–14.30").
    r"\b\d{1,2}\.\d{1,2}\.(?:\d{2,4}\b)?|\bkl\.?\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–]\s*\d{1,2}[.:]\d\d)?|"
    r"\b\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d\b|\b\d{1,2}:\d\d\b",
    re.IGNORECASE,
)
#: A word a figure stands before or after when it counts those who took part in something
#: ("230 deltagare", "Antal deltakere: 42", "1 200 visitors"), in the four languages.
_ATTENDING = re.compile(
    r"\w*(?:deltag|deltak|particip|attend|besök|besøg|besøk|visitor|gäst|gjest|gæst|guest)\w*",
    re.IGNORECASE,
)
#: A word for people counted as such, not by their part: "personer", "people", and the
#: abbreviations "pers.", "pax" ("en arbeidsgruppe 5-10 pers.": the group's participants).
_PEOPLE = re.compile(r"pers(?:on(?:s|er|erna|ene|erne|ar)?)?|people|pax", re.IGNORECASE)


def _counts_people(word: str) -> bool:
    """Whether a word beside a figure says it counts people: those who take part or
    visit, or persons as such."""
    return bool(_ATTENDING.fullmatch(word) or _PEOPLE.fullmatch(word))


#: A how-many question whose frame a verb of taking part follows, not a noun: "Hur många
#: deltog i …", "How many attended …": it counts the people who took part.
_HOW_MANY_TOOK_PART = re.compile(
    r"\b(?:how\s+many|hur\s+många|hvor\s+mange)\s+(?:deltog|deltok|deltaget|deltagit|deltatt|"
    r"participated|attended|took\s+part|have\s+(?:participated|attended)|har\s+delt\w+)\b",
    re.IGNORECASE,
)
#: A figure grouped in thousands, which a reader may take for an amount ("Tilsagn: 118 000").
_GROUPED = re.compile(r"\b\d{1,3}(?:[ .,\u00a0]\d{3})+\b")
#: The end of a sentence or a line, where a text is split to find the year of a count.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W_])|\n")
#: A word just before the end of a text, where a figure that follows names an item
#: ("pilot quay 1", "fase 2") rather than counts; not a label's colon ("Deltagere: 42").
_NAMED_NUMBER = re.compile(r"[^\W\d_]{2,}\s+$")
#: The end of a table cell or a listed item after a figure ("quay 1 |", "fase 2, …"), or
#: of a caption's or heading's number before its title ("Figur 1. Kvinders andel",
#: "Table 3: Results").
_CELL_END = re.compile(r"\s*[|,;)]|[.:]\s+(?-i:[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)
#: How many letters longer than the asked word a word naming it may be: its endings
#: ("deltagarna" of "deltagare"), not a compound's further part ("ansøgningsrunder").
_ENDING_REACH = 3
#: How many words on either side of a figure may name what it counts ("42 deltagande
#: företag", "Antal deltagare i kursen: 42").
_COUNT_REACH = 4


def uncounted(intent: Intent, lead: str, cited: Sequence[str]) -> Refusal | None:
    """Why a how-many question is not answered when the answer leads with no figure, or
    with figures that measure something else (working days, a share, money, a plan's
    goals; how often is no figure: "en årlig undersökning"), and no cited
    passage puts a figure near what the question counts ("Hvor mange grænsegængere …"
    answered by "svartiden skal ned fra 21 til 10 arbejdsdage"), nor near a word the
    model reads as it (`Intent.counted_as`): the passages speak of the thing but never
    count it. None when the asked word is itself of such a kind ("how many days"), when
    a lead figure stands before another word (which may be the asked thing in another
    language) or before none, and for any other question; a day of a month or an item's
    number (`_UNCOUNTING`) is no figure of a count ("Konferansen 2025 (11.–12. september)"
    does not say how many came), nor is a date or time in figures ("22.1.2026 kl. 13.00"),
    an item's number in a cell ("pilot quay 1 |") or a figure after its currency
    ("Budget (EUR): 1,240,000"). For a year, a passage's count must be of that year
    (`_of_years`); a question for how many took part asks for a count of people
    (`_no_attendance`)."""
    counted = _counted_word(intent) if intent.kind == "quantity" else None
    if counted is None or _measure_of(counted) is not None:
        return None
    if _HOW_MANY_TOOK_PART.search(intent.question) or _ATTENDING.fullmatch(counted):
        naming = _naming_wholly(cited, intent.question)
        return _no_attendance(lead, naming, intent.years, _ordinal_occasion(intent.question))
    said = _UNCOUNTING.sub(" ", _LEAD_FURNITURE.sub(" ", lead.split(" — ")[0]))
    if _DANO_COUNT.search(said) and (
        _DANO_LETTER.search(said) or scandinavian_by_stopwords(said) in ("da", "no")
    ):
        return None  # "Rådet holdt fire møder i 2025": a count in words
    kinds = [_figure_kind(said, m) for m in _FIGURE.finditer(said)]
    if None in kinds:
        return None
    words = [counted, *intent.counted_as]
    # Where a passage counts the thing itself, a compound of its word is another thing.
    whole = any(_counts_near(text, word, whole=True) for text in cited for word in words)
    if any(_counts_near(text, word, intent.years, whole) for text in cited for word in words):
        return None
    when = f" for {', '.join(intent.years)}" if intent.years else ""
    return Refusal("quantity", f"none of the closest passages gives a number of {counted}{when}")


def _naming_wholly(cited: Sequence[str], question: str) -> Sequence[str]:
    """The cited passages that name what the question names by its whole name, less an
    ending ("Gränskonferensen" in "Gränskonferensen 2026 hålls …", not the "Gränsrådet" a
    name's first letters also find), when any does: a count of those who came to another
    event of the same organiser does not say how many came to the one asked for."""
    keys = [
        name.casefold()[: max(NAME_PREFIX, len(name) - _ENDING_REACH)]
        for name in name_words(question)
    ]
    naming = [text for text in cited if any(key in text.casefold() for key in keys)]
    return naming or cited


def _no_attendance(
    lead: str, cited: Sequence[str], years: Sequence[str], occasion: str | None = None
) -> Refusal | None:
    """Why a question for how many took part ("Hur många deltog i webbinariet?") is not
    answered when neither the lead nor a cited passage puts a figure beside a word for
    those who take part or visit: the date of the event, or a count of the events
    themselves ("Seminarer og workshops | 11"), says nothing of how many came; nor a
    count of another year than the question's (`years`). The reason names the numbered
    `occasion` asked for ("the second meeting"), since a passage may count those who came
    to another one ("40 people came to the first meeting")."""
    said = _LEAD_FURNITURE.sub(" ", lead)
    # A count of persons answers in the lead's own sentence ("en arbeidsgruppe 5-10 pers.");
    # elsewhere it may count staff or a board, not those who took part.
    attending = any(
        _counts_beside(piece, _counts_people if text is said else _ATTENDING.fullmatch)
        for text in [said, *cited]
        for piece in _of_years(text, years)
    )
    if attending:
        return None
    of = f" for “{occasion}”" if occasion else ""
    return Refusal("quantity", f"none of the closest passages gives a number of participants{of}")


def _ordinal_occasion(question: str) -> str | None:
    """The numbered occasion a question asks about, an ordinal and the word after it
    ("second evening", "tredje mötet"), or None when it names none."""
    # An ordinal and the word after it, in small letters: "anden aften".
    found = re.search(
        rf"\b(?:{'|'.join(_ORDINALS)})\s+(?-i:[a-zà-öø-ÿ])\w*", question, re.IGNORECASE
    )
    return found.group(0) if found else None


def _figure_kind(text: str, figure: re.Match[str]) -> int | None:
    """Which kind of measure (`_MEASURES`) a figure of `text` gives, by its unit after it
    or before it ("Budget (EUR): 1,240,000"); -1 for an item's number after its name
    in a cell or a list ("pilot quay 1 |", "fase 2, …") or before a caption's title
    ("Figur 2. Andel lærlinger …"), which counts nothing either;
    None for a count ("deltagarna var 85.")."""
    unit = figure.group("unit") or ""
    before = split_words(text[: figure.start()])[-1:]
    kind = next((k for k in map(_measure_of, [unit, *before]) if k is not None), None)
    named = _NAMED_NUMBER.search(text[: figure.start()]) and _CELL_END.match(text, figure.end())
    if kind is None and not unit and len(figure.group()) <= 2 and named:
        return -1
    return kind


def _counted_word(intent: Intent) -> str | None:
    """The word for what a how-many question counts: the first after its frame that is
    no stopword ("grænsegængere" of "Hvor mange grænsegængere pendler …")."""
    frame = _HOW_MANY.search(intent.question)
    if frame is None:
        return None
    stop = every_stopword()
    after = [w for w in split_words(intent.question[frame.end() :]) if not w.isdigit()]
    return next((w for w in after if w not in stop), None)


#: The kinds of `_MEASURES` a table's caption or header may give its figures in: time, a
#: share, a length or weight (money its currency says; a plan's parts are counted).
_GIVEN_IN = (0, 1, 3)
#: A word for years, which a caption of yearly figures names without measuring in years.
_YEARS_WORD = re.compile(r"years?|år|året|åren|årene", re.IGNORECASE)


def gives_measure(word: str) -> bool:
    """Whether a caption's or header's word says its figures measure something, not count
    it: "minutter", "procent", "km" (not "2021–2025 år", the years it spans)."""
    return _measure_of(word) in _GIVEN_IN and not _YEARS_WORD.fullmatch(word)


def _measure_of(word: str) -> int | None:
    """Which kind of measure (`_MEASURES`) a word names, or None."""
    return next((i for i, kind in enumerate(_MEASURES) if kind.fullmatch(word)), None)


def _counts_near(text: str, counted: str, years: Sequence[str] = (), whole: bool = False) -> bool:
    """Whether a sentence of `text` has a figure that measures nothing else (`_MEASURES`)
    with a word for `counted` within a few words of it ("4 200 säsongsarbetare", "Antal
    deltagare: 42"; not "frågor från pendlare ska besvaras inom 10 dagar", nor a
    reference to a plan's part: "pendlare, se mål 2"), in a sentence of one of `years`
    when given (`_of_years`); the word `counted` itself, not the first part of a
    compound (`_names_counted`), when `whole`."""

    def names(word: str) -> bool:
        return _names_counted(word, counted) if whole else names_head(word, counted)

    return any(_counts_beside(piece, names) for piece in _of_years(text, years))


def _names_counted(word: str, counted: str) -> bool:
    """Whether `word` is `counted` in another form or language (`names_head`), and not a
    compound that ends in another thing: "ansøgningsrunder" are rounds, not
    "ansøgninger"; "Søknadsfrist" is a deadline."""
    if not names_head(word, counted):
        return False
    key = folded(counted)[: max(MIN_PREFIX, int(len(counted) * HEAD_SHARE))]
    at = folded(word).find(key)
    return at < 0 or len(folded(word)) - at - len(key) <= len(counted) - len(key) + _ENDING_REACH


def _of_years(text: str, years: Sequence[str]) -> list[str]:
    """The sentences of `text` a count for `years` may stand in: each that names one of
    them, or names no year in a text of no other year ("41 ansøgninger i 2025" is no count
    for 2026); every sentence without `years`. A day of a month or an item's number
    (`_UNCOUNTING`) is blanked: "Søknadsfrist: 8. januar" counts nothing."""
    pieces = _SENTENCE_END.split(_UNCOUNTING.sub(" ", text))
    if not years:
        return pieces
    other = years_stated(text) - set(years)
    return [p for p in pieces if set(years) & years_stated(p) or not (years_in(p) or other)]


def _counts_beside(text: str, names: Callable[[str], bool]) -> bool:
    """Whether `text` has a figure that measures nothing else with a word `names` accepts
    within a few words of it."""
    for figure in _FIGURE.finditer(text):
        if _figure_kind(text, figure) is not None:
            continue
        before = _words_before(text, figure.start())
        after = split_words(text[figure.start() :])[: _COUNT_REACH + 1]
        if any(names(word) for word in [*before, *after]):
            return True
    return False


#: A figure that opens a parenthesis, and the clause before it up to a comma, colon,
#: semicolon or sentence end: "Antalet validerade deltagare är högre än planerat (112".
_PARENTHESISED = re.compile(r"(?:^|[,;:.!?])\s*(?P<clause>[^,;:.!?()]*)\(\s*$")


def _words_before(text: str, start: int) -> list[str]:
    """The words before a figure that may name what it counts: a few, and for a figure
    that opens a parenthesis the whole clause the parenthesis gives the figures of ("the
    number of participants was higher than planned (112 against a target of 80)")."""
    near = split_words(text[:start])[-_COUNT_REACH:]
    clause = _PARENTHESISED.search(text[:start])
    return [*near, *split_words(clause.group("clause"))] if clause else near


#: The ordinals of rounds and calls, each in the four languages.
_ORDINALS = (
    r"first|1st|första|første|förste|1:a",
    r"second|2nd|andra|anden|andet|andre|2:a",
    r"third|3rd|tredje|3:e",
    r"fourth|4th|fjärde|fjerde|4:e",
)
#: A round of a call or fund: "round", "call", "omgång", "utlysning", "runde", "søknadsrunde".
_ROUND = r"\w*(?:round|call|omgång|omgangen|omgang|runde|runda|utlysning|udlysning|utlysing)\w*"
#: The Roman numerals of the rounds `_ORDINALS` names, in their order: "Runde II".
_ROMAN = ("I", "II", "III", "IV")


def _ordinal_round(text: str, number: int | None = None) -> tuple[str, int] | None:
    """The numbered round or call a text speaks of ("the second application round",
    "den första omgången", "anden ansøgningsrunde"): its words and which one, the
    `number`-th when given (a question for the second round is not answered by the
    dates of the first)."""
    for n, forms in enumerate(_ORDINALS, start=1):
        if number not in (None, n):
            continue
        found = re.search(rf"\b(?:{forms})\s+(?:\w+\s+){{0,2}}?{_ROUND}", text, re.IGNORECASE)
        found = found or _numbered_round(text, n)
        if found:
            return found.group(0), n
    return None


def _numbered_round(text: str, number: int) -> re.Match[str] | None:
    """Where a table in `text` heads a column with the `number`-th round in figures
    rather than words ("Omgång 1 | Omgång 2", "Runde II", "2. runde"): its rows give
    each round's dates and sums in that column. Not a year ("call 2026"), an amount
    ("runde 2,5 mio."), nor a sentence's "medel från omgång 1 förs till omgång 2", which
    says no more of round 2 than that it exists."""
    # The numeral in capitals only: "i" is a preposition too ("runde i 2026").
    asked = rf"(?:{number}|(?-i:{_ROMAN[number - 1]}))(?![\w.,]\d|\w)"
    # A round word and the asked number ("Omgång 2"), or a numeral ordinal before it
    # ("2. ansøgningsrunde").
    numbered = re.compile(rf"\b{_ROUND}\s+{asked}|(?<![\d.,])\b{number}\.\s+{_ROUND}", re.I)
    headers = (line for line in text.splitlines() if "|" in line)
    return next((found for line in headers if (found := numbered.search(line))), None)


#: A byline's line: "07 April 2017 - Published by Christina Knudsen …".
_BYLINE = re.compile(
    r"^.*\b(?:published|posted|written|publicerad|publiceret|publisert|skrevet|skriven)\s+"
    r"(?:by|av|af)\b.*$",
    re.IGNORECASE | re.MULTILINE,
)


def _names_role(question: str, cited: Sequence[str]) -> bool:
    """Whether a cited passage can say who holds the role a who-question asks about (who
    wrote it: a byline). Only person questions ask: the role's pattern is compiled then."""
    role = _AUTHOR if asks_author(question) else _role_pattern(question)
    return any(role.search(text) for text in cited)


def _role_pattern(question: str) -> re.Pattern[str]:
    """What a passage must name for a who-question about a person: the office or the kind
    of role it asks about ("project manager": "prosjektleder"; who chairs it: "ledes av"
    too, and the lead partner is who leads the project, the coordinator whom it is
    coordinated by; "director": "øvelsesleder",
    which the office's own forms lack), else any role."""
    kind = asked_role(question)
    led = f"|{LED_BY}" if kind == "chair" else ""
    if kind == "lead partner":  # "Region X leads the project", "ledes af Region X"
        led = rf"|{LED_BY}|leads|leder|leds|ledes|ledet|ledde"
    if kind == "coordinator":  # "coordinated by X", "samordnas av X", "koordineres af X"
        led = r"|(?:coordinated|\w*koordiner(?:as|es|et|t)|\w*samordn(?:as|es|et))\s+(?:by|a[fv])"
    named = re.compile(rf"\b(?:{ROLES[kind]}{led})\b", re.IGNORECASE) if kind else None
    return named or asked_office(question) or _role()


def _unsigned(text: str, intent: Intent) -> str:
    """`text` without its byline or dateline ("Published by …", "Publicerad 3 maj 2025",
    "Last updated 12.03.2024"), unless the question asks who or when one wrote it: the
    day a page was published is not the day of what it reports on."""
    if asks_author(intent.question):
        return text
    return "\n".join(line for line in _BYLINE.sub("", text).split("\n") if not is_byline(line))


def _on_event(window: str, question: str) -> bool:
    """Whether a window can say where the event a question names is held: it names the
    event (each word of its name: "the North Sea Region" is not the North Sea
    Conference) or says something is held. A page's other paragraphs ("demonstrations in
    Living Labs") place other things. Any window, when the question names nothing."""
    words = [w for phrase in name_phrases(question) for w in phrase if len(w) >= 4]
    # `asks_held` reads a text that says something is held as it reads such a question.
    return not words or _names_all(window, words) or asks_held(window)


def _unnamed(intent: Intent, top: Sequence[str]) -> list[str]:
    """The names a money question gives ("the Olympic Games") when none of the closest
    passages speaks of any of them: another thing's amount does not answer it. A goal's
    row or the plan's total answer by layout."""
    if intent.goal is not None or intent.plan_total or intent.superlative:
        return []
    # A name too short for `names_any` to look for ("Ung") cannot be missed.
    names = [n for n in _own_words(intent.question) if names_any(n, [n])]
    keys = [*names, *(m.group(1) for n in names if (m := _ACRONYM_HEAD.match(n)))]
    return names if names and not any(names_any(text, keys) for text in top) else []


#: An acronym joined by a hyphen to a common noun it says the kind of: "EGTS-strukturer",
#: "NGO-nettverket" (the acronym is the name; a text may join the noun to it, part it
#: or name another kind: "EGTS-områden").
_ACRONYM_HEAD = re.compile(r"^([A-ZÆØÅÄÖ]{2,}\d*)-[a-zæøåäöéü]+$")


#: What states a cost beside the words of paying (`COST`): a budget, a financing.
_BUDGET = re.compile(
    r"\b(?:budget\w*|budsjett\w*|finansi\w*|financ\w*|utgift\w*|udgift\w*|expens\w*|"
    r"økonomi\w*|ekonomi\w*)",
    re.IGNORECASE,
)


#: An amount a call sets as a bound ("budget är minst EUR 50 000", "højst 400 000
#: kr", "at most EUR 1 million"): the bound word, then the amount up to its unit.
_BOUNDED_AMOUNT = re.compile(
    r"\b(?:minst|högst|mindst|højst|høyst|maks(?:imalt)?|minimum|maximum|at\s+least|at\s+most|up\s+to|"
    rf"inntil|upp\s+till|op\s+til)\s+(?:{AMOUNT.pattern})",
    re.IGNORECASE,
)


def _costs(window: str, head: str | None = None) -> bool:
    """Whether a window states an amount as a cost: a price, fee, payment or budget, not
    a grant one may apply for or a sum handed out ("kan söka mellan 50 000 och 400 000
    kronor" is no evaluation's cost). A budget is the cost of `head`, the thing asked
    about, only where the window or its section names it: the two projects' budgets are
    not what their evaluation cost."""
    if not states_amount(window):
        return False
    # A budget's bounds are a call's rule ("totala budget är minst EUR 50 000"), no cost.
    bounded = not states_amount(_BOUNDED_AMOUNT.sub(" ", window))
    return bool(COST.search(window)) or (
        bool(_BUDGET.search(window)) and not bounded and (head is None or names_head(window, head))
    )


def _costed_head(thing: str) -> str | None:
    """The common noun a cost question asks the cost of ("evalueringen" of "evalueringen
    av Fjellbroen", "survey" of "the survey"), which another thing's budget does not
    price; None when the phrase is a name, or a kind word before one ("prosjektet GROM"
    costs GROM's budget), or has no such word ("det", "it")."""
    found = split_words(thing)
    stop = every_stopword()
    for i, word in enumerate(found):
        if word in stop or word.isdigit():
            continue
        written = re.search(rf"\b{re.escape(word)}\b", thing, re.IGNORECASE)
        named = i + 1 < len(found) and found[i + 1] in {w.casefold() for w in name_words(thing)}
        lower = written is not None and written.group(0)[0].islower()
        return word if lower and len(word) >= MIN_PREFIX and not named else None
    return None


#: How many last letters a compound must share with another to be another kind of the
#: same thing: "kort" of "årskort" and "månadskort", "billet" of "dagsbillet".
_SHARED_TAIL = 4


#: How little alike (difflib's ratio) the first parts of two such compounds must be to
#: be other kinds, not one word spelled two ways: "år" and "månad" are 0.29 alike,
#: "måned" and "månad" (Danish and Swedish) 0.8.
_UNLIKE_FIRST = 0.5


def _priced_sibling(question: str, head: str, windows: Sequence[str]) -> str | None:
    """A compound a window in the question's language prices that ends like `head`, the
    thing the cost question asks about, with an unlike first part ("månadskort" for
    "årskort"; "månedskort" is the same card in Danish): another kind of the same thing,
    whose price is not the asked one's. Another language may name the asked thing so
    ("veckokort", "ugekort"): its windows are not read. None when no window prices one."""
    lang = scandinavian_by_stopwords(question)
    asked = folded(head)
    for window in windows:
        if lang is None or scandinavian_by_stopwords(window) != lang or not _costs(window):
            continue
        for word in split_words(window):
            other = folded(word)
            tail = _shared_tail(asked, other)
            if _SHARED_TAIL <= tail < min(len(asked), len(other)):
                first, its = asked[:-tail], other[:-tail]
                if SequenceMatcher(None, first, its).ratio() < _UNLIKE_FIRST:
                    return word
    return None


def _shared_tail(word: str, other: str) -> int:
    """How many last letters two words share ("skort" of "årskort" and "månadskort")."""
    shared = 0
    while shared < min(len(word), len(other)) and word[-1 - shared] == other[-1 - shared]:
        shared += 1
    return shared


#: A question's opening up to what it asks the cost of: "What does", "Hvad", "Hur mycket".
_COST_FRAME = re.compile(
    r"^\W*(?:how\s+much|hur\s+mycket|hvor\s+(?:meget|mye)|\w+)(?:\s+(?:does|do|did|will))?\s*",
    re.IGNORECASE,
)


def _costed(question: str, cost: re.Match[str]) -> str:
    """What a question asks the cost of, for a refusal to name: the words after its cost
    word ("Vad kostar en färjebiljett" → "en färjebiljett"), or before it ("What does
    the survey cost?" → "the survey")."""
    after = question[cost.end() :].strip(" ?")
    return after or _COST_FRAME.sub("", question[: cost.start()]).strip()


def _unstated(intent: Intent, stating: Sequence[str], cited: Sequence[str]) -> str | None:
    """The first thing a question for a figure or contact names (`name_phrases`) that the
    cited passages speak of but none of the passages `stating` what it asks for does
    (each with the window around its best sentence, titled), when some state it: "a
    NORTIX ticket between Kiruna and Oulu" is not priced by a passage on the programme's
    budget that names Kiruna alone, nor a hospital's phone number given by the
    secretariat's contact lines. A thing no cited passage names may be written another
    way there ("North Calotte", "Nordkalotten"), and a goal's row names its goal by
    layout: neither is looked for."""
    if intent.goal is not None or not stating:
        return None
    contact = asks_contact(intent.question)
    for phrase in name_phrases(intent.question):
        keys = [w for w in name_keys(phrase) if names_any(w, [w])]  # long enough to look for
        known = keys and any(_names_all(text, keys) for text in cited)
        version = _version_of(intent.question, phrase[-1])
        # A contact detail is that of what the name owns; an amount may be the name's own.
        mark, owned = _owned(intent.question, phrase[-1]) if contact else ("", [])
        named = [
            t
            for t in stating
            if _names_all(t, keys)
            and (not version or version in t)
            and all(names_head(t, w) for w in owned)
        ]
        if known and not named:
            whose = " ".join([*phrase, version] if version else phrase)
            return f"{whose}{mark} {' '.join(owned)}" if owned else whose
    return None


#: What a name owns in a question, after its genitive: "Skarvhav's information service",
#: "Skarvhavs informasjonstjeneste" (the name's own "s"): up to three words in lower case.
_GENITIVE_OWNED = (
    r"(?P<mark>['’]s|(?<=s))\s+(?P<owned>[a-zæøåäö][\w-]*(?:\s+[a-zæøåäö][\w-]*){0,2})"
)


def _owned(question: str, last: str) -> tuple[str, list[str]]:
    """The genitive's mark ("'s", none where the name ends with its "s") and the words of
    the thing a name owns in a contact question ("information service" of "Grenserådet
    Skarvhav's information service"), up to a stopword or the contact detail asked
    ("Karen Holts telefonnummer" owns nothing else): the detail is that thing's, and a
    passage that gives other lines beside the name (a ferry company's customer service
    beside the council's) does not give it."""
    found = re.search(rf"\b{re.escape(last)}{_GENITIVE_OWNED}", question)
    if not found:
        return "", []
    words = []
    for word in found.group("owned").split():
        if word.casefold() in every_stopword() or asks_contact(word) or asked_contact_kind(word):
            break
        words.append(word)
    return found.group("mark"), words


#: What a money question asks is spent on, after the words of spending: "spend on",
#: "used for", "lägger på", "bruger på", "brukes til", "satsar på", "afsætter til".
_SPENT_ON = re.compile(
    r"\b(?:spen[dt]\w*|us(?:e|es|ed)|allocat\w*|lägg\w*|satsa\w*|använd\w*|avsätt\w*|"
    r"brug\w*|bruk\w*|afsæt\w*|setter\s+av|sætter\s+af)\s+(?:on|for|to|på|til|till)\s+"
    r"(?P<thing>[\w\s-]+)",
    re.IGNORECASE,
)
#: A possessive before the thing spent on: "its secretariat", "dets sekretariat".
_POSSESSIVE = frozenset({"its", "dets", "dens", "his", "her", "hans", "hennes", "hendes"})


def _spent_on(question: str) -> str | None:
    """The thing a money question asks is spent on, in its words ("its secretariat" of
    "How much does the council spend on its secretariat in 2026?"): up to the first
    stopword or number after an article or possessive; None when it names none."""
    found = _SPENT_ON.search(question)
    stop = every_stopword()
    opening: list[str] = []  # "its", "the"
    words: list[str] = []
    for word in found.group("thing").split() if found else []:
        lowered = word.casefold()
        if not words and (lowered in stop or lowered in _POSSESSIVE):
            opening.append(word)
        elif lowered in stop or word.isdigit():
            break
        else:
            words.append(word)
    return " ".join([*opening, *words]) if words else None


def _version_of(question: str, name: str) -> str | None:
    """The version number a question writes after a name ("Grenselos 2.0", "Plan 3.1"):
    the follow-up is another thing than the name alone, which a report may also use."""
    found = re.search(rf"\b{re.escape(name)}\s+(\d+\.\d+)(?![\d.]*\d)", question)
    return found.group(1) if found else None


#: A question for a part of a whole: "How much of the budget …", "Hur mycket av …",
#: "Hvor meget af det …".
_SHARE_OF = re.compile(
    r"\b(?:how\s+much|hur\s+mycket|hvor\s+(?:meget|mye))\s+(?:\w+\s+)?(?:of|av|af)\b",
    re.IGNORECASE,
)
#: Where one statement ends and the next begins: a line break or a sentence's end.
_STATEMENT_END = re.compile(r"\n|(?<=[.;])\s+")


def _unshared(intent: Intent, windows: Sequence[str]) -> tuple[str, str] | None:
    """For a question what part of one thing's money goes to another ("How much of the
    X budget goes to Y?"), the whole and the other (the first and last things it names)
    when no window states an amount in the same sentence or line as the other: a
    project's "Budget:" line under a "Partners:" line that names Y is the whole budget,
    not Y's part. A goal's row gives each partner's part by layout. None for any other
    question."""
    phrases = name_phrases(intent.question)
    if intent.goal is not None or len(phrases) < 2 or not _SHARE_OF.search(intent.question):
        return None
    part = phrases[-1]
    keys = name_keys(part)
    for window in windows:
        for line in _STATEMENT_END.split(window):
            if states_amount(line) and _names_all(line, keys):
                return None
    return " ".join(phrases[0]), " ".join(part)


#: The two words after a name: the word that may link it to what narrows it and that
#: word ("i skolen" of "Nabosprog i skolen"), or what a possessive name owns
#: ("hälsokorridor" of "Nordkalottens hälsokorridor").
_NAME_COMPLEMENT = re.compile(r"\s+(?P<link>\w+)(?:\s+(?P<word>(?-i:[a-zà-öø-ÿ])\w*))?")


#: A place word before a name, which then says where, not what ("elflyget över Kvarken",
#: "omstilling i Arktis", "the ferry across Øresund").
_WHERE = re.compile(r"\b(?:i|in|på|över|over|across|at|ved|vid|langs|längs|along)\s+$", re.I)


def _named_things(question: str) -> str:
    """The things a question names, each with a linking word and the word it narrows the
    name by ("Nabosprog i skolen" of "… til tiltaget Nabosprog i skolen alene?": a project
    "Nabosprog på skemaet" is not it), for a refusal to name whole. Empty when a name
    owns what is asked ("Nordkalottens hälsokorridor", "the Committee's conference"): the
    owner is not the thing. A name a verb follows ("Kvarken Council spend on …", "Nordic
    Innovation grant …") is who pays, not what is paid for, and one after a place word
    (`_WHERE`) where: they are left out."""
    stop = every_stopword()
    things = []
    for phrase in (" ".join(words) for words in name_phrases(question)):
        at = question.find(phrase)
        found = _NAME_COMPLEMENT.match(question, at + len(phrase)) if at >= 0 else None
        link = found.group("link") if found else ""
        after = question[at + len(phrase) : at + len(phrase) + 1] if at >= 0 else ""
        if after in ("'", "’") or (
            link[:1].islower() and link not in stop and phrase.endswith("s")
        ):
            return ""
        if (link[:1].islower() and link.casefold() not in stop) or _WHERE.search(question[:at]):
            continue
        word = found.group("word") if found else None
        narrowed = word is not None and link.casefold() in stop and word not in stop
        things.append(f"{phrase} {link} {word}" if narrowed else phrase)
    return " or ".join(things)


def _names_all(text: str, words: Sequence[str]) -> bool:
    """Whether `text` names each of a name's words: "Helse Innlandet" is not named by
    "Grenseløs helse"."""
    return all(names_any(text, [word]) for word in words)


def _without_lone_countries(question: str, names: list[str]) -> list[str]:
    """The names but a country that is a name of its own ("Finland" of "When did Finland
    join NATO?", not "Norges" of "Norges Bank"): a country says where, so the question
    asks about NATO, which the corpus may never name. All of them when only countries are
    named."""
    lone = {p[0] for p in name_phrases(question) if len(p) == 1 and is_country(p[0])}
    return [name for name in names if name not in lone] or names


def _own_words(question: str) -> list[str]:
    """The question's name words but those that say what kind of body a name is
    ("Council", "Committee"), which any body of that kind shares."""
    return [n for n in name_words(question) if actor_kind(n) == "organisation"]


def _about(intent: Intent, windows: Sequence[str], title_of: Mapping[str, str]) -> Sequence[str]:
    """The windows that speak of what a money question names ("Greater Copenhagen's
    BioScienceHub"), themselves or by their document's title (the fee in "Harbour Net –
    statutes"), when some do: another organisation's budget does not answer it. A goal's
    table row names its goal by layout, not by the question's names. A compound name
    ("Youth-panel") is named whole, not by its first letters ("Youth-programme")."""
    names = name_words(intent.question)
    whole = [name for name in names if "-" in name]
    parts = [name for name in names if "-" not in name]
    about = [
        w
        for w in windows
        if names_any(text := f"{title_of.get(w, '')}\n{w}", parts)
        or any(names_phrase(text, name) for name in whole)
    ]
    return windows if intent.goal is not None or not about else about

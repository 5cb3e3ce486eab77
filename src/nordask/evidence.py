"""Choose each passage's evidence sentence: the one that best answers the question.

`rank_sentences` scores a passage's sentences by what the question asks for (a figure, a
date, names, a definition) rather than by shared words, which measured worse; the
citations and the answer's first line both start from its ranking. Whether a sentence
defines what "what is X" asks about (`defines`) lives here because ranking rewards it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nordask.entities import find_actors, split_place_pair
from nordask.overview import compound_of
from nordask.passages import asks, last_heading, layout_heading, readable, sentence_text, tidy
from nordask.query import (
    AGE_BAND,
    AMOUNT,
    COUNT,
    PERIODS,
    REJECTED,
    Intent,
    asks_age,
    name_words,
    names_any,
    said_about,
    states_amount,
    years_stated,
)
from nordask.records import Chunk
from nordask.words import HEAD_SHARE, cognate_prefixes, every_stopword, folded, unframed_words

#: The letters a subject's word and its form in another language share ("spe" of
#: "specialisation" and "spesialisering").
SUBJECT_PREFIX = 3
#: A definition names its subject and its verb within this many words.
DEFINITION_REACH = 6
_MIN_SENTENCE_CHARS = 25
_SHORT_PENALTY = 0.1
#: How much a sentence with an amount gains when the question asks for one.
AMOUNT_BONUS = 0.1
#: How much a sentence gains that holds what the question asks for (a number for "how
#: many", a year for "when", names for "which"). A bonus for sharing the question's
#: words was measured on evals/dev.jsonl too and lowered evidence accuracy.
WANTED_BONUS = 0.04
#: A sentence in the section of the record a question names, over another record's twin.
NAMED_SECTION_BONUS = 0.1
#: How much a sentence gains that reads as a definition, for "what is X" questions.
DEFINITION_BONUS = 0.1
#: For a sentence that opens with what a definition question asks about, without defining it.
SUBJECT_BONUS = 0.05
#: A milestone code with a two-digit year or span that opens a line or a list item
#: ("M23:", "M22.", "M21-24", "• M23/24"), which a plan for the 2020s writes for 2023,
#: 2022, 2021-2024 and 2023-2024; not an activity's code ("K.6.b") nor a one-digit item
#: ("M5").
_SHORT_YEAR_CODE = re.compile(
    r"^[ \t]*(?:[-–•*]\s*)?[A-Z]{1,2}\s?(\d\d)(?:\s*[-–/]\s*(\d\d))?\s*[:.\s]", re.MULTILINE
)
_DEFINES = re.compile(
    r"\b(?:is|are|means|refers to|aims? to|is about|consists? of|is based on|stands? for|"
    r"is short for|står för|står for|är|innebär|"
    r"betyder|syftar till|handlar om|bygger på|består av|er|indebærer|har til formål|"
    r"handler om|går ud på|går ut på|innebærer|består af)\b",
    re.IGNORECASE,
)
#: A term defined inside a sentence: "… är närhetsprincipen som innebär att …", "… the
#: proximity principle, which means …".
_DEFINED_INSIDE = re.compile(
    r"([\w-]+)\s*,?\s+(?:som|which|that|der|hvilket)\s+(?:innebär|innebærer|indebærer|"
    r"betyder|betyr|means|står för|står for|stands for)\b",
    re.IGNORECASE,
)
#: A term named by what precedes it: "… a fixed guide, called pathfinder, …", "en fast
#: veileder, kalt grenselos", "så kallade gränsgångare", "known as the Harbour Pact".
_CALLED = re.compile(
    r"\b(?:called|known\s+as|termed|kalt|kaldt|kaldet|kaldes|kallad|kallade|kallat|kallas|"
    r"benämn[dt]|benævnt|omtalt\s+som|så\s*kall(?:ad|ade|at|t)|såkalt|såkaldt|so-called)\s+"
    r"(?:the\s+|en\s+|ett\s+|et\s+)?[«»\"“”'‘’]?([\w-]+)",
    re.IGNORECASE,
)
#: The verbs that say how a text means a term: "forstås", "defined", "menes" …
_MEANT = (
    r"(?:forstås|förstås|defineres|definieras|defineras|understood|defined|menes|menas|"
    r"avses|meant)"
)
#: A term a text says how it means: "I denne rapport forstås en grænsehindring som …",
#: "A border barrier is defined as …", "Med pendler menes …", "By commuter we mean …",
#: the verb before "by" and the term: "I denna rapport avses med pendlare en person …",
#: "Her forstås ved en grænsegænger …", "Is meant by commuter …".
_UNDERSTOOD = re.compile(
    rf"\b{_MEANT}\s+(?:(?:en|ett|et|ei|a|an|the)\s+)?(?P<after>[\w-]+)\s+(?:som|as)\b|"
    rf"\b{_MEANT}\s+(?:med|ved|by)\s+(?:(?:en|ett|et|ei|a|an|the)\s+)?(?P<by>[\w-]+)|"
    rf"(?P<before>[\w-]+)\s+(?:(?:is|are|er|är|blir|bliver)\s+)?{_MEANT}\s+(?:som|as)\b|"
    r"\b(?:med|by)\s+(?:(?:en|ett|et|ei|a|an|the)\s+)?(?:[\w-]+\s+)?(?P<with>[\w-]+)\s+"
    rf"(?:{_MEANT}|we\s+mean|vi\s+mener|vi\s+menar)\b",
    re.IGNORECASE,
)
#: A term and how it comes about, which says what kind of thing it is: "gränshinder som
#: skapas av att det finns en riksgräns …", "grænsehindringer, der opstår når …",
#: "hindringer som oppstår …", "obstacles that arise when …", "barriers which are created by …".
_ARISING = re.compile(
    r"(?P<term>[\w-]+)\s*,?\s+(?:som|der|that|which)\s+(?:skapas|skabes|skapes|uppstår|"
    r"uppkommer|opstår|oppstår|orsakas|forårsages|forårsakes|arises?|emerges?|"
    r"(?:is|are)\s+(?:created|caused))\b",
    re.IGNORECASE,
)
#: A glossary line: a short term, then a dash and what the term is ("Lead partner – The
#: organisation that signs …"), or a colon and a phrase in lower case (a slide's "Pendler
#: / Työmatkalainen: en person som …", not a label's "K.7.b: Implementera …"); the term
#: may carry another name in brackets ("Freedom of Movement Council (Gränshinderrådet) –
#: A council …").
_GLOSS = re.compile(
    r"^(?P<term>[^–—:()]{1,80}?(?:\s*\([^()]{1,80}\))?)"
    r"(?:\s*(?:[–—]|\s-)\s+(?P<gloss>\S.*)|:\s+(?P<phrase>[^\W\d_A-ZÅÄÖÆØ].*))"
)
#: A code naming a thing of some kind: "A1" of "A1 certificate", "EU" of "EU card".
_GLOSS_CODE = re.compile(r"[A-ZÅÄÖÆØ]+\d*|[A-ZÅÄÖÆØ]\d+")
#: The most words a glossary line's term has, and the fewest its explanation has (not
#: "Nordregio – Stockholm, 2021").
GLOSS_TERM_WORDS, GLOSS_WORDS = 6, 4
LEANS_BACK = re.compile(
    r"^(?:it|this|these|they|its|their|the project|det|den|detta|dessa|de|dette|disse)\b",
    re.IGNORECASE,
)
#: The words that put a case before what happens in it: "vid", "ved", "if", "upon", "in
#: case of", "in the event of", "i händelse av", "i tilfælde af", "i tilfelle", "om",
#: "hvis", "dersom", "ifall", "should".
_CASE = (
    r"(?:vid|ved|if|upon|in\s+(?:case|the\s+event)\s+of|i\s+händelse\s+av|"
    r"i\s+tilf(?:ælde|elle)(?:\s+af|\s+av)?|om|hvis|dersom|ifall|should)"
)
#: A sentence that states the case of a rejection: "Vid avslag startar vi …", "If the
#: application is turned down, the group …", "Ved afslag …".
STATES_REJECTED = re.compile(rf"\b{_CASE}\s+(?:[^\W\d_]+\s+){{0,4}}?{REJECTED.pattern}", re.I)
#: A sentence that opens with a bare case, which the sentence before says what of: "Vid
#: avslag startar vi …" after the application's line, "If rejected, …".
BARE_CASE = re.compile(rf"^{_CASE}\s+{REJECTED.pattern}", re.IGNORECASE)
#: A year, alone or dating a plan's milestone line: "2028", "M2028:", "MP2024".
_YEAR_OR_DATE = re.compile(r"\b(?:[A-Z]{1,2})?(?:19|20)\d\d\b")
#: What the answer to each kind of question must contain.
WANTED = {
    "amount": AMOUNT,
    "quantity": COUNT,
    "date": _YEAR_OR_DATE,
    "list": re.compile(r"(?<!^)\b[A-ZÅÄÖÆØÜ][\w-]{2,}|\b[A-Z]{2,}\b"),
    "actor": re.compile(r"(?<!^)\b[A-ZÅÄÖÆØÜ][\w-]{2,}"),
    "person": re.compile(r"\b[A-ZÅÄÖÆØÜ][a-zåäöæøü]+\s+[A-ZÅÄÖÆØÜ][a-zåäöæøü]+"),
}
#: A how-many question that asks for a share in per cent: "how many per cent", "what
#: percentage", "what share", "hvor stor en andel", "hur stor del", "vilken andel",
#: "hvor mange prosent".
_ASKS_PER_CENT = re.compile(
    r"\b(?:(?:how\s+many|hvor\s+mange|hur\s+många)\s+(?:per\s*cent|percent|procent|prosent)|"
    r"what\s+(?:percentage|share|proportion)|how\s+(?:large|big)\s+a\s+(?:share|part|proportion)|"
    r"(?:hvor|hur)\s+stor\s+(?:en\s+)?(?:andel|del)|(?:hvilken|vilken)\s+andel)\b",
    re.IGNORECASE,
)
#: A share stated in per cent: "7 %", "31 procent", "18 per cent" (not "2.0 percentage
#: points", a margin or a change, which is no share of anyone).
PER_CENT = re.compile(r"\d\s?%|\d\s+(?:procent|prosent|per\s*cent|percent)\b", re.IGNORECASE)


def asks_per_cent(intent: Intent) -> bool:
    """Whether a how-many question asks for a share in per cent ("Hvor mange procent af
    de svenske respondenter …"), which a count or a margin of error does not answer."""
    return intent.kind == "quantity" and bool(_ASKS_PER_CENT.search(intent.question))


def wanted_of(intent: Intent) -> re.Pattern[str] | None:
    """What the answer to a question must contain: `WANTED` by its kind, a per cent for
    a share asked; an age band for an age that a which- or free question asks ("Vilken
    åldersgrupp …": "65-80 år"), where a count or a date asked is its own."""
    if asks_per_cent(intent):
        return PER_CENT
    if intent.kind in ("list", "free") and asks_age(intent.question):
        return AGE_BAND
    return WANTED.get(intent.kind)


def rank_sentences(chunk: Chunk, semantic: Sequence[float], intent: Intent) -> list[float]:
    """Support score of each sentence of `chunk`.

    Meaning first. For questions about money, sentences that state an amount rank
    first among near equals (such lines are short and embed poorly); for
    definition questions, sentences that define. Fragments, headings, codes and
    table cells a reader cannot use rank last.
    """
    scores = []
    wanted = wanted_of(intent)
    headings = [layout_heading(chunk, i) for i in range(len(chunk.sentences))]
    qualifier = _qualifier(intent.question)
    for i, ((start, end), sim) in enumerate(zip(chunk.sentences, semantic, strict=True)):
        text = chunk.text[start:end]
        if headings[i]:
            scores.append(sim - _SHORT_PENALTY)  # a heading names the topic, it says nothing
            continue
        if wanted is not None and intent.kind != "amount" and holds_wanted(text, intent):
            sim += WANTED_BONUS
        if intent.period and PERIODS[intent.period].search(text):
            sim += WANTED_BONUS  # "varje år" asked, "årligen" said
        if dated_as_asked(text, intent):
            sim += WANTED_BONUS  # "in 2023" asked, "M2023 Bidra till …" said
        if intent.wants_amount and states_amount(text):
            sim += AMOUNT_BONUS
        elif asks(text):
            sim -= 2 * _SHORT_PENALTY  # a question answers nothing, however close it reads
        elif not readable(text) or end - start < _MIN_SENTENCE_CHARS:
            sim -= _SHORT_PENALTY
        elif intent.kind == "definition" and defines(text, intent.subject, intent.does):
            sim += DEFINITION_BONUS
        elif intent.kind == "definition" and subject_opening(text, intent.subject) is not None:
            sim += SUBJECT_BONUS  # no definition, but a sentence about the subject itself
        if qualifier and _only_qualifier(text, *qualifier):
            sim -= _SHORT_PENALTY  # of those the topic is narrowed to, but not of the topic
        scores.append(sim)
    scores = _opened_by_headings(chunk, semantic, scores, headings)
    scores = _in_named_sections(chunk, scores, intent)
    return _answered_questions(chunk, semantic, scores) if said_about(intent.question) else scores


def _in_named_sections(chunk: Chunk, scores: list[float], intent: Intent) -> list[float]:
    """A passage that holds several records ("Gränslös Turism" / "Projektägare: …" /
    "Total budget: …", then the next record's lines) answers a question that names one
    record from that record's lines: its budget line, not the next record's, which reads
    the same. Only where the passage's sections part the named record from the others."""
    names = name_words(intent.question)
    if not names:
        return scores
    named = [_titled_by_names(last_heading(chunk.section_of(i)), names) for i in range(len(scores))]
    if all(named) or not any(named):
        return scores
    return [
        score + NAMED_SECTION_BONUS if hit else score
        for score, hit in zip(scores, named, strict=True)
    ]


def _titled_by_names(heading: str, names: list[str]) -> bool:
    """Whether the question's names make up a heading, each of its words ("Fjord Heat"
    for "the budget of Fjord Heat"), not only one word of a longer one ("Nordregio
    regional innovation projects" for "a Nordregio project on wood")."""
    stop = every_stopword()
    words = [w for w in re.findall(r"[^\W\d_]{3,}", heading) if w.casefold() not in stop]
    return bool(words) and all(names_any(word, names) for word in words)


def _opened_by_headings(
    chunk: Chunk, semantic: Sequence[float], scores: list[float], headings: list[bool]
) -> list[float]:
    """A record's title passes its closeness to the sentence that repeats it: under
    "DRYWATER", "DRYWATER (Drought …) helps …" is the evidence for a question that names
    DRYWATER, not a sentence of another passage that shares a word with the question. A
    heading the next sentence does not repeat names a topic, and passes nothing."""
    for i in range(len(scores) - 1):
        if not headings[i]:
            continue
        if tidy(sentence_text(chunk, i + 1)).startswith(f"{tidy(sentence_text(chunk, i))} "):
            scores[i + 1] = max(scores[i + 1], semantic[i])
    return scores


#: The topic of "anything about X for Y" and the Y that narrows it: "hjemmearbejde for
#: grænsegængere", "funding among municipalities".
_QUALIFIED = re.compile(
    r"^(?P<head>\S.*?)\s+(?:for|för|of|til|till|af|av|among|blandt|bland|blant)\s+"
    r"(?P<qualifier>\S.*)$",
    re.IGNORECASE,
)
#: How many first letters of a word stand for it when the topic's words are looked for.
QUALIFIER_STEM = 5


def _qualifier(question: str) -> tuple[set[str], set[str]] | None:
    """The word stems of the X and of the Y of "Does it say anything about X for Y?"
    (see `_only_qualifier`); None for any other question."""
    topic = said_about(question)
    qualified = _QUALIFIED.match(topic) if topic else None
    if not qualified:
        return None
    head, narrowed = (_stems(qualified.group(g)) for g in ("head", "qualifier"))
    return (head, narrowed) if head and narrowed else None


def _stems(text: str) -> set[str]:
    """The first QUALIFIER_STEM letters of each topic word, in plain vowels."""
    return {folded(w)[:QUALIFIER_STEM] for w in unframed_words(text) if len(w) > 3}


def unqualified(question: str, topic: list[str]) -> list[str]:
    """The topic words but those of the Y of "anything about X for Y": a sentence that
    shares them speaks of Y, not of X."""
    qualifier = _qualifier(question)
    if qualifier is None:
        return topic
    return [w for w in topic if folded(w)[:QUALIFIER_STEM] not in qualifier[1]]


def _only_qualifier(text: str, head: set[str], narrowed: set[str]) -> bool:
    """Whether a sentence names the Y of "anything about X for Y" but nothing of X: the
    project's subtitle "FAQ for grænsegængere", or what "grænsegænger" means, is about
    commuters, not about working from home, though it shares the question's words (an
    answer about X in other words than the question's names neither)."""
    said = {folded(w) for w in re.findall(r"[^\W\d_]+", text)}
    return any(w.startswith(tuple(narrowed)) for w in said) and not any(
        w.startswith(tuple(head)) for w in said
    )


def _answered_questions(
    chunk: Chunk, semantic: Sequence[float], scores: list[float]
) -> list[float]:
    """A question in the text (an FAQ's "What if I work from home?") passes its closeness
    to the sentence that answers it right after, for a question whether the documents
    say anything about a topic: the question says what the answer is about, which the
    answer's own words may not ("Work done at home …"), and answers nothing itself."""
    for i in range(len(scores) - 1):
        if asks(sentence_text(chunk, i)) and not asks(sentence_text(chunk, i + 1)):
            scores[i + 1] = max(scores[i + 1], semantic[i])
    return scores


def dated_as_asked(text: str, intent: Intent) -> bool:
    """Whether a sentence is dated by a year the question names: a plan's milestone line
    ("M2023 …", "MP2024: …", "D2022: …", "M2021-2024 …", "M23: …") or a year in its words."""
    return bool(intent.years) and bool(set(intent.years) & dated_by(text))


#: A line a year opens, as a plan's milestone lines are: "D2021: Start för …",
#: "MP2022: …", "9/2021: Diskussion …", "2023: …".
_YEAR_LINE = re.compile(r"^[ \t]*(?:[A-Z]{1,2}[ \t]?|\d{1,2}/)?((?:19|20)\d\d)\b", re.MULTILINE)


def opens_a_line(text: str, years: Sequence[str]) -> bool:
    """Whether one of `years` opens a line of `text` (a record's line of that year), not
    only stands in it (a news list's "(3. oktober 2025)")."""
    return any(m.group(1) in years for m in _YEAR_LINE.finditer(text))


def dated_by(text: str) -> set[str]:
    """The years a sentence or passage is dated by: those it states, and the short year
    of each milestone code that opens one of its lines ("M21 Redovisa 3 nätverk …" is
    dated 2021 without writing the year)."""
    found = years_stated(text)
    for short in _SHORT_YEAR_CODE.finditer(text.lstrip()):
        first = int(short.group(1))
        last = int(short.group(2) or first)
        found |= {str(2000 + y) for y in range(first, max(first, last) + 1)}
    return found


def best_sentence(scores: Sequence[float]) -> tuple[int, float]:
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return best, scores[best]


def evidence_span(chunk: Chunk, index: int) -> tuple[int, int]:
    """The sentence, with its neighbour when it cannot stand alone.

    A heading or table label ("Budget:", "Økonomi 5 MDKK ...") takes the next
    sentence; a sentence that leans on the previous one ("It will provide ...")
    takes that one.
    """
    start, end = chunk.sentences[index]
    text = chunk.text[start:end]
    if LEANS_BACK.match(text) and index > 0:
        start = chunk.sentences[index - 1][0]
    elif text.endswith(":") and index + 1 < len(chunk.sentences):
        end = chunk.sentences[index + 1][1]
    return start, end


def defines(text: str, subject: str, does: bool = False) -> bool:
    """Whether a sentence defines `subject`: it opens with the subject (at most an
    article before it; words sharing the subject's words' first SUBJECT_PREFIX
    letters, so "Smart specialisation" serves "smart spesialisering"; not "An
    important part of S3 is …") and says what it is ("S3 is …", "NSPA är …"). When
    the question asks what the subject does, a sentence that goes on about it
    ("The Vanguard initiative promotes …") answers too; "S3 as a policy tool has been
    adopted …" defines nothing. A one-word subject may also be defined inside a sentence
    ("… är närhetsprincipen som innebär att …")."""
    keys = _subject_keys(subject)
    inside = (m.group(1)[:SUBJECT_PREFIX].casefold() for m in _DEFINED_INSIDE.finditer(text))
    if len(keys) == 1 and keys & set(inside):
        return True  # "… är närhetsprincipen som innebär att …" defines it where it stands
    called = (m.group(1)[:SUBJECT_PREFIX].casefold() for m in _CALLED.finditer(text))
    if len(keys) == 1 and keys & set(called):
        return True  # "… a fixed guide, called pathfinder, …": what precedes says what it is
    if subject and _understood(text, subject):
        return True  # "I denne rapport forstås en grænsehindring som …": how it is meant
    if subject and _arising(text, subject):
        return True  # "… gränshinder som skapas av att …": how it comes about
    if subject and (glossed(text, subject) or _tabled(text, subject) or _apposed(text, subject)):
        return True
    if subject and kind_beside(text, subject):
        return True  # "Søknadssystemet Bromon mangler …": the noun beside it says what it is
    if subject and re.search(rf"\w\s+\(\s*{re.escape(subject)}\s*\)", text, re.IGNORECASE):
        return True  # "… programs that include all of these four sectors (quadruple helix)"
    opening = _opening_words(text, subject)
    if not opening:
        return False
    words = re.findall(r"[\w-]+", tidy(text))
    # "Kvarkenrådet EGTS innebär att finansieringen …" says what the council does or brings
    # about, not what the "Kvarken Council" asked about is.
    if not does and compound_of(words[opening[0]], subject):
        return False
    # The verb follows the subject's words ("The five focus areas that have begun are: …").
    if _DEFINES.search(" ".join(words[: opening[-1] + DEFINITION_REACH])):
        return True
    return does and len(words) >= DEFINITION_REACH + 2


def explains_term(chunk: Chunk, subject: str) -> bool:
    """Whether a passage has a readable sentence that says how the text means the
    subject's noun or how it comes about ("forstås en grænsehindring som …", "gränshinder
    som skapas av att …"): the shapes of `defines` that name the noun itself, not by its
    first letters only (every "Nordic …" opens like "NORA")."""
    return any(
        (_understood(text := sentence_text(chunk, i), subject) or _arising(text, subject))
        and readable(text)
        for i in range(len(chunk.sentences))
    )


def _understood(text: str, subject: str) -> bool:
    """Whether a sentence says how the text means the subject's head noun ("forstås en
    grænsehindring som …" for "grensehindring i evalueringen": a phrase after the noun
    says where it is meant, and the Nordic spellings of one word differ)."""
    named = _PLACED.split(subject.strip())[0].split()
    if not named:
        return False
    meant = (
        m.group("after") or m.group("by") or m.group("before") or m.group("with")
        for m in _UNDERSTOOD.finditer(text)
    )
    return any(_heads(term, named[-1]) for term in meant)


def _arising(text: str, subject: str) -> bool:
    """Whether a sentence says how the subject's head noun comes about ("Att identifiera
    gränshinder som skapas av att det finns en riksgräns …" for "Hvad er en
    grænsehindring?"): a kind of thing is defined by what gives rise to it."""
    named = _PLACED.split(subject.strip())[0].split()
    return bool(named) and any(_heads(m.group("term"), named[-1]) for m in _ARISING.finditer(text))


def _heads(term: str, noun: str) -> bool:
    """Whether a term of the text is the noun asked about, in any Nordic spelling: it opens
    with the noun's first letters, vowels folded ("grensehindring" for "grænsehindring"),
    or with them as another orthography writes the compound ("gränshinder"; see
    `cognate_prefixes`). A long noun shares more with its other spelling than its first
    part: "gränshinder" is not "gränspendlare"."""
    head = folded(noun)[: max(_HEAD_LETTERS, int(len(noun) * HEAD_SHARE))]
    if folded(term).startswith(head):
        return True
    return len(noun) >= _HEAD_LETTERS and term.casefold().startswith(tuple(cognate_prefixes(noun)))


#: A preposition after a term's noun, which says where or whose it is ("grensehindring
#: i evalueringen", "rate of the call").
_PLACED = re.compile(
    r"\s+(?:of|for|in|on|at|i|för|til|till|på|af|av|med|från|fra|under|within)\s+",
    re.IGNORECASE,
)
#: The letters a meant term and the asked noun share ("grænse" and "grense", folded).
_HEAD_LETTERS = 5


def glossed(text: str, subject: str) -> bool:
    """Whether a sentence is a glossary line ("Term – what it is") whose term the subject
    opens, or names in its brackets: "Helsinki Treaty – The 1962 treaty …" for
    "Helsingforsavtalen", "Freedom of Movement Council (Gränshinderrådet) – …"."""
    gloss = _GLOSS.match(tidy(text))
    if not gloss or len(gloss.group("term").split()) > GLOSS_TERM_WORDS:
        return False
    said = re.findall(r"[^\W\d_]+", gloss.group("gloss") or gloss.group("phrase"))
    # Words in lower case say what the term is; a title's subtitle only names it ("ESPON
    # ESCAPE – European Shrinking Rural Areas Challenges, Actions and …").
    if len(said) < GLOSS_WORDS or sum(w.islower() and len(w) >= 4 for w in said) < 2:
        return False
    term = gloss.group("term")
    bracket = re.search(r"\(([^()]+)\)", term)
    if bracket and _opening_words(bracket.group(1), subject):
        return True
    # "A1-attest / A1-intyg – …": the term in each language, any of them the subject's.
    return any(_term_names(name.strip(" -–•*"), subject) for name in [term, *term.split("/")])


def _term_names(term: str, subject: str) -> bool:
    """Whether a glossary term is the subject: opens with it ("Lead partner" of "lead
    partner"), or is its code with another language's word for its kind ("A1-attest"
    of "A1 certificate": one code, one word)."""
    opening = _opening_words(term, subject)
    if opening:
        return not compound_of(re.findall(r"[\w-]+", term)[opening[0]], subject)
    coded, named = re.split(r"[\s-]+", subject.strip()), re.split(r"[\s-]+", term.strip())
    code = coded[0]
    return (
        len(coded) == len(named) == 2
        and code.casefold() == named[0].casefold()
        and bool(_GLOSS_CODE.fullmatch(code))
    )


def _apposed(text: str, subject: str) -> bool:
    """Whether a sentence sets a short name's full name beside it: "… is FERRYPASS, the
    Fjord Ferry Pass Scheme, which …" (the name need not spell it letter by letter)."""
    if not CAPITALS_NAME.fullmatch(subject):
        return False
    full = r"the\s+(?:[A-ZÅÄÖÆØÜ][\w-]*\s+)+[A-ZÅÄÖÆØÜ][\w-]*"
    return bool(re.search(rf"(?<![\w-]){re.escape(subject)},\s+{full}", text))


#: A Nordic common noun in its definite form, long enough to be no verb's past tense
#: ("oppfølgingssystemet", "rapporten"; not "åpnet"), lowercase but where it opens a text.
_DEFINITE_NOUN = r"(?:^\s*[A-ZÅÄÖÆØ]|(?<![\w-])[a-zåäöæø])[\w-]{5,}(?:et|en)"
#: A name: words that each open with a capital ("Arctic Skills", "Bromon").
_NAME = re.compile(r"[A-ZÅÄÖÆØÜ][\w-]*(?:\s+[A-ZÅÄÖÆØÜ][\w-]*)*")
#: "the" and lowercase words ("the application system").
_THE_NOUNS = r"\b[Tt]he\s+(?P<nouns>(?:[a-z][\w-]*\s+){1,3})"


def kind_beside(text: str, subject: str) -> bool:
    """Whether a sentence names the kind of thing a name is right beside it, as an
    apposition: before a one-word name, a Nordic definite noun ("ansøgningssystemet
    Bromon") or "the" and lowercase nouns ("the application system Bromon"; "the use of
    Bromon" names none); after a name, a Nordic definite noun ("inom ramarna för Arctic
    Skills konceptet", "Bromon-systemet" is one word)."""
    if _NAME.fullmatch(subject) and re.search(
        rf"(?<![\w-]){re.escape(subject)}\s+[a-zåäöæø][\w-]{{5,}}(?:et|en)(?![\w-])", text
    ):
        return True
    if not re.fullmatch(r"[A-ZÅÄÖÆØÜ][\w-]+", subject):
        return False
    name = rf"\s+{re.escape(subject)}(?![\w-])"
    if re.search(_DEFINITE_NOUN + name, text):
        return True
    stop = every_stopword()
    return any(
        not any(w.casefold() in stop for w in m.group("nouns").split())
        for m in re.finditer(_THE_NOUNS + re.escape(subject) + r"(?![\w-])", text)
    )


def _tabled(text: str, subject: str) -> bool:
    """Whether a table row gives the subject in one cell and what it is in the next
    ("| AMK | Akuttmedisinsk kommunikasjonssentral, the … |")."""
    return bool(re.search(rf"\|\s*{re.escape(subject)}\s*\|\s*[^|\s-][^|]*\|", text, re.I))


def subject_opening(text: str, subject: str) -> int | None:
    """Where `subject` opens the sentence (the index of its first word, at most an article
    before it), or None when it does not: every word of a two-word subject ("smart
    spesialisering") must be there."""
    opening = _opening_words(text, subject)
    return opening[0] if opening else None


def _opening_words(text: str, subject: str) -> list[int]:
    """The indices of the subject's words among the sentence's first words, when the
    subject opens it (see `subject_opening`); else none."""
    keys = _subject_keys(subject)
    words = re.findall(r"[\w-]+", tidy(text))
    opening = [
        i for i, w in enumerate(words[: len(keys) + 1]) if w[:SUBJECT_PREFIX].casefold() in keys
    ]
    if opening and opening[0] <= 1 and compound_of(words[opening[0]], subject):
        return opening[:1]
    if not opening or opening[0] > 1 or len(opening) < min(len(keys), 2):
        return []
    return opening


def opening_score(text: str, subject: str) -> tuple[int, int]:
    """How much of the subject a sentence opens with, and how near its head: "The joint
    challenges are …" opens with the head of "joint challenges of the Northern
    Connections partners", "The Northern Connections approach …" with its tail."""
    opening = _opening_words(text, subject)
    if not opening:
        return (0, 0)
    words = re.findall(r"[\w-]+", tidy(text))
    order = [w[:SUBJECT_PREFIX].casefold() for w in re.findall(r"[\w-]+", subject)]
    places = [order.index(k) for k in (words[i][:SUBJECT_PREFIX].casefold() for i in opening)]
    return (len(opening), -min(places))


def _subject_keys(subject: str) -> set[str]:
    return {
        w[:SUBJECT_PREFIX].casefold()
        for w in re.findall(r"[\w-]+", subject)
        if len(w) >= 4 or w.isupper() or any(ch.isdigit() for ch in w)
    }


#: A short name in capitals: an acronym, or a project's name ("PHARMA-OUT", "SEAGRASS+").
CAPITALS_NAME = re.compile(r"[A-ZÅÄÖÆØÜ][A-ZÅÄÖÆØÜ\d+&-]+")


def holds_wanted(text: str, intent: Intent) -> bool:
    """Whether a sentence holds what the question asks for. For actors, a name the
    question does not name itself, which may open the sentence ("Kvarkenrådet kommer
    att …" holds one for "which committees"; for "which universities work with the
    Kvarken Council" it does not, and the neighbour naming them joins the quote)."""
    asked = name_words(intent.question)
    if intent.kind == "actor":
        found = [*find_actors(tidy(text)), *WANTED["actor"].findall(tidy(text))]
        # Either part of a border body's name may be what the question leaves open.
        parts = [part for name in found for part in split_place_pair(name) if part]
        return any(not names_any(part, asked) for part in parts)
    wanted = wanted_of(intent)
    return bool(wanted and wanted.search(tidy(text)))

"""The answer's first line, chosen by the kind of question.

Dates, counts, frequencies, definitions, targets, achievements, acts and two-part
questions each look for the sentence that states what they ask; anything else takes the
best-supported sentence. A lead is one tidy sentence of a cited passage, never written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from nordask.amounts import asked_counted, asks_two_counts, counts_word
from nordask.attributes import (
    asked_scoped,
    asked_value,
    named_scoped,
    scoped_cell,
    scoped_value,
    value_sentence,
)
from nordask.evidence import (
    CAPITALS_NAME,
    LEANS_BACK,
    PER_CENT,
    STATES_REJECTED,
    WANTED,
    asks_per_cent,
    dated_as_asked,
    defines,
    glossed,
    kind_beside,
    opening_score,
    subject_opening,
    unqualified,
    wanted_of,
)
from nordask.glossary import ACRONYM, expansions_in
from nordask.labels import asked_words, label_and_value, label_says
from nordask.language import SCANDINAVIAN
from nordask.lazy import lazy_pattern
from nordask.overview import activity_word
from nordask.passages import (
    BLOCK_REACH,
    Support,
    block_of,
    citation_marks,
    fold,
    in_same_place,
    last_heading,
    own_topic_hits,
    paragraph,
    paragraph_order,
    prose,
    quotable,
    readable,
    same_paragraph,
    sentence_text,
    tidy,
    topic_hits,
    topic_words_in,
    word_stem,
)
from nordask.people import is_role, section_title, subject_names
from nordask.query import (
    ACTIVITY_CODE,
    ACTIVITY_VERB,
    AGE_BAND,
    BOUND_ASKED,
    COUNTED_PHRASE,
    DEADLINE,
    NAME_PREFIX,
    PERIODS,
    SECOND_QUESTION,
    STEM_LETTERS,
    Intent,
    asked_contact_kind,
    asked_phrase,
    asks_call,
    asks_deadline,
    asks_how_long,
    asks_published,
    asks_rejected,
    counted_words,
    country_mentions,
    name_words,
    names_any,
    names_call,
    new_name_part,
    speaks_of_renaming,
    states_contact,
    states_day,
    states_month,
    states_published,
    topic_words,
)
from nordask.quotes import (
    fallback_quote,
    is_heading,
    list_span,
    quote,
    quote_language,
    with_wanted,
)
from nordask.records import Chunk
from nordask.structure import goal_numbers, is_code, is_names_cell
from nordask.words import (
    MIN_PREFIX,
    english_or_scandinavian,
    every_stopword,
    folded,
    names_head,
)
from nordask.words import words as split_words

#: A which-question's noun phrase says what the answer's sentence names when it has this
#: many content words ("call for proposals").
ASKED_PHRASE_WORDS = 2
#: A list's intro this short names what it lists ("The joint challenges are:").
LIST_INTRO_WORDS = 6
#: The word a figure counts: "21 partners", "6 countries", "24 möten".
_COUNTED = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d\s.,–-]*\s+([^\W\d_]{3,})")
#: What an indicator line counts, the figure after it, not a year: "Antalet arrangerade
#: myndighetsträffar; 24", "Number of meetings: 24", "Gennemsnitligt antal årsværk 6,5",
#: "antallet ansatte 12".
_COUNTED_BEFORE = re.compile(
    r"\b(?:antall?(?:et|let)?|number\s+of)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]{3,})"
    r"\s*[;:]?\s*(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE,
)
#: How much closer in meaning a sentence in a language that cannot share the question's
#: words must read than a near equal chosen for sharing some of them.
ACROSS_LANGUAGES_MARGIN = 0.04
#: What joins the words of a file's name: "action-plan_2025.pdf".
_DOCUMENT_NAME_SEPARATORS = re.compile(r"[-_.]+")
_LETTER_NAME = re.compile(r"(?<!^)\b[A-ZÅÄÖÆØÜ][^\W\d_]{2,}\b")


def _row_naming(text: str, subject: str) -> str | None:
    """The row of a table run that gives `subject` in a cell of its own ("| AMK |
    Akuttmedisinsk kommunikasjonssentral … |" of a glossary table), to quote it alone."""
    if not subject:
        return None
    row = re.search(rf"\|\s*{re.escape(subject)}\s*\|[^|]*\|", tidy(text), re.IGNORECASE)
    return row.group(0) if row else None


def best_lead(intent: Intent, ranked: list[Support], near: list[Support]) -> Support:
    """The best readable supporting sentence; for a question that asks for a number, a
    date or a name, the best one whose quote holds one, preferring passages that speak
    of what the question names ("the group Värmland-Østfold proposes") and figures
    over number words."""
    readable_ones = (
        [s for s in ranked if _reads(s, intent)] or _readable_instead(ranked) or _saying(ranked)
    )
    if intent.actor_kind == "project":  # a cell of partners names no project
        readable_ones = [s for s in readable_ones if prose(tidy(s.text))] or readable_ones
    if act := _act_lead(intent, ranked):
        return act
    if case := _case_lead(intent, ranked):
        return case
    named = named_scoped(intent.question) if intent.kind == "free" else None
    if named and (entry := scoped_value(named, ranked)):  # "What is Karen Holt's phone number?"
        return entry
    asks_one = intent.kind == "list" or asks_call(intent.question)
    if asks_one and (naming := _naming_asked(intent, readable_ones)):
        return naming
    if intent.kind == "list" and (listing := _list_spoken_of(near, ranked)):
        return listing
    if renamed := _renaming_lead(intent, ranked):  # before the day of another event
        return renamed
    if day := _day_lead(intent, ranked):
        return day
    if lasting := _length_lead(intent, readable_ones):
        return lasting
    counting = _counting_line(intent, readable_ones)
    if dated := _dated_lead(intent, readable_ones, near):
        # A line of the year that counts nothing asked loses to one of the year that does,
        # a passage's own ("Antal årsværk 6,5 (2024: 6,0)") or a line of a cited block.
        counting = counting or next(
            (s for s in readable_ones if _counts_asked(s.text, intent)), None
        )
        if counting and dated_as_asked(counting.text, intent):
            return counting if not _counts_asked(dated.text, intent) else dated
        return dated
    if achieved := _achievement_lead(intent, ranked):
        return achieved
    if target := _target_lead(intent, readable_ones):
        return target
    if counting:
        return counting
    wanted = wanted_of(intent)
    if not wanted:
        # Of near equals, the one that speaks of what is asked about: a sentence that
        # only shares the question's names ("Nordregio is the leader of …") reads close.
        near_ones = [s for s in readable_ones if s in near] or readable_ones
        near_ones = _of_asked_owner(near_ones, intent)
        topic = unqualified(intent.question, topic_words(intent.question, every_stopword()))
        # Of those that share as many topic words (none, across languages), the one that
        # speaks of what the question names ("BSR Stars"), not only of the same thing.
        telling = _beyond_documents_names(topic, near_ones)
        # Of as many, the one whose words are its own, not its document title's.
        chosen = max(
            near_ones,
            key=lambda s: (
                topic_hits(s, telling),
                own_topic_hits(s, telling),
                subject_names(s, intent),
            ),
        )
        chosen = _closer_across_languages(chosen, near_ones, topic, intent)
        sharpest = _by_aspect(_sharpest(chosen, topic), ranked, intent)
        return _reason_given(intent, _both_parts(intent, ranked, sharpest, topic) or sharpest, near)
    readable_ones = _stating_share(intent, readable_ones)
    found = {s.n: wanted.findall(with_wanted(s, intent)) for s in readable_ones}
    named = {s.n: subject_names(s, intent) for s in readable_ones}
    topic = topic_words(intent.question, every_stopword())
    shared = {s.n: topic_hits(s, topic) for s in readable_ones}
    top = readable_ones[0]
    # A figure of what a how-many question counts comes first of those that name as
    # much, however far its passage reads: "about 4,800 tonnes a year" for "how many
    # tonnes", not "six ports" in the line that names the project.
    nouns = {s.n: _counts_asked_noun(with_wanted(s, intent), intent) for s in readable_ones}
    # So does a bound asked ("What minimum score …"): the figure a bound is stated of, also
    # as its negation ("færre enn 60 poeng … får avslag"), not another figure of the call.
    bounded = {s.n: _states_bound(with_wanted(s, intent), intent) for s in readable_ones}
    # A weaker passage leads when it speaks of more of what the question names, and of
    # as much of what it asks: names are matched by their letters, which other languages
    # write otherwise ("Danmark og Sverige", "den dansk-svenske aftale").
    holding = [
        s
        for s in readable_ones
        if found[s.n]
        and (
            s in near
            or nouns[s.n]
            or bounded[s.n]
            or (named[s.n] > named[top.n] and _shares_as_much(s, top, shared))
        )
    ]
    # Another body's figure is not the named body's ("greater copenhagen … how many"),
    # however the question spells its name.
    holding = _of_asked_owner(holding, intent)
    numeric = intent.kind in ("quantity", "date")
    counted = {s.n: _counts_asked(with_wanted(s, intent), intent) for s in holding}
    qualified = {s.n: _qualified_as_asked(with_wanted(s, intent), intent) for s in holding}
    holding.sort(
        key=lambda s: (
            -named[s.n],
            -nouns[s.n],
            -bounded[s.n],
            -counted[s.n],
            numeric and not any(ch.isdigit() for m in found[s.n] for ch in m),
            -qualified[s.n],
        )
    )
    if not holding and intent.kind == "date":
        # The dateline of a passage about what the question names, a line of its own and
        # nobody's best sentence ("07 April 2017 - Published by …").
        names = name_words(intent.question)
        naming = [s for s in near if names and names_any(s.chunk.text, names)]
        dated = _first_sentence(
            naming, lambda chunk, i: states_day(sentence_text(chunk, i)) and quotable(chunk, i)
        )
        holding = [dated] if dated else []
    lead = holding[0] if holding else readable_ones[0]
    pinned = intent.activity or intent.goal is not None  # its code says where to read
    if intent.kind == "list" and holding and not pinned:
        lead = _on_topic_in_document(lead, holding, named, intent)
    if numeric:
        lead = _whole_group(_sharpest_figure(lead, intent, wanted), intent)
    if _ASKS_ROLE.search(intent.question) and (role := _role_stated(lead)):
        return role
    if intent.kind == "list":
        asked = _by_aspect(lead, ranked, intent)  # it states what is asked, listed or not
        return asked if asked is not lead else _enumerating(lead, intent)
    return lead


#: How much closer to what the question asks of its subject another sentence of the
#: lead's document must read than the lead, which may only restate the subject.
ASPECT_MARGIN = 0.02


def _by_aspect(lead: Support, ranked: list[Support], intent: Intent) -> Support:
    """The sentence of the lead's section, in a cited passage of its document, that reads
    clearly closest to what the question asks of its subject (`Support.aspect_scores`,
    aspects.py): a sentence that restates the subject ("This project aims to establish a
    Nordic partnership …") reads closest to the whole question, whose words are mostly
    the subject's, and the one that states the asked fact ("We want to provide … cities
    with a Nordic toolbox") closest to the question without them. Not a list's intro
    ("… the following three parties:"), nor one that says less of the question's names
    and topic words (but the subject's) than the lead: another section's sentence, or
    one without "Øresund", speaks of something else."""
    if not lead.aspect_scores:
        return lead
    naming = fold(f"{lead.chunk.title}\n{lead.section}")  # the subject, which it restates
    asked = [
        w for w in topic_words(intent.question, every_stopword()) if not topic_words_in(naming, [w])
    ]
    names = [n for n in name_words(intent.question) if not names_any(naming, [n])]
    owners = _asked_owners([lead], intent)
    found = [
        (support.aspect_scores[j], support.at(j))
        for support in ranked
        if support.chunk.doc == lead.chunk.doc and support.aspect_scores
        for j in range(len(support.chunk.sentences))
        if support.chunk.section_of(j) == lead.section
        and not _another_block(support.chunk.owner_of(j), owners)
        and quotable(support.chunk, j)
        and readable(text := sentence_text(support.chunk, j))
        and not text.rstrip().endswith(":")
        and not is_heading(support.at(j))
        and _says_as_much(text, lead.text, asked, names)
    ]
    if not found:
        return lead
    score, best = max(found, key=lambda f: f[0])
    return best if score > lead.aspect_scores[lead.sentence] + ASPECT_MARGIN else lead


def _another_block(owner: str | None, asked: set[str]) -> bool:
    """Whether a sentence of `owner`'s block stands in another body's block than those
    the question names (`asked`): two bodies' blocks under one activity say much the
    same ("An early start … is very important"), and the other body's reasons are not
    the named one's. A sentence of no block is nobody else's."""
    return bool(asked) and owner is not None and owner not in asked


def _says_as_much(text: str, lead: str, asked: list[str], names: list[str]) -> bool:
    """Whether `text` has as many of the question's names and topic words, but the
    subject's, as the lead has: of a project card, the line "… for pendlarbussen", not
    another card's line, for "Vad rekommenderas för pendlarbussen?"."""

    def said(sentence: str) -> tuple[int, int]:
        named = sum(names_any(sentence, [n]) for n in names)
        return named, topic_words_in(fold(sentence), asked)

    mine, its = said(text), said(lead)
    return mine[0] >= its[0] and mine[1] >= its[1]


def _closer_across_languages(
    chosen: Support, near_ones: list[Support], topic: list[str], intent: Intent
) -> Support:
    """The near equal that reads clearly closest to the question, when it stands in a
    language that cannot write the question's words ("Probation period: three months"
    for "Hvor lang er prøvetiden …") and the one chosen for sharing topic words shares
    fewer than half of them and no more names: one word in common (the unit a sentence
    of another document also names) says less than meaning does across languages."""
    closest = max(near_ones, key=lambda s: s.score)
    if (
        closest is chosen
        or not _other_side(intent.question, quote_language(closest.text, closest.chunk.lang))
        or topic_hits(closest, topic)
        or subject_names(closest, intent) < subject_names(chosen, intent)
        or 2 * topic_hits(chosen, topic) >= len(topic)
        or closest.score < chosen.score + ACROSS_LANGUAGES_MARGIN
    ):
        return chosen
    return closest


def _beyond_documents_names(topic: list[str], near_ones: list[Support]) -> list[str]:
    """The topic words but those every near passage's document is named by: the question
    names the document ("What does the action plan say about young people?"), and a
    heading that repeats its name ("ACTION PLAN 2025 – HOW TO READ IT") says nothing of
    which of its passages answers. A word naming only some of the documents tells them
    apart."""
    names = {
        fold(_DOCUMENT_NAME_SEPARATORS.sub(" ", f"{s.chunk.doc} {s.chunk.title}"))
        for s in near_ones
    }
    return [w for w in topic if not all(topic_words_in(name, [w]) for name in names)]


def _other_side(question: str, lang: str) -> bool:
    """Whether a passage in `lang` stands across the English-Scandinavian divide from the
    question: the Scandinavian languages write many words alike ("sekretariat", "gräns"
    and "grænse"), so a passage of theirs that shares none of a question's words speaks
    of something else; an English one may say the same in other words."""
    side = english_or_scandinavian(question)
    return (side == "en" and lang in SCANDINAVIAN) or (side == "scandinavian" and lang == "en")


def _shares_as_much(other: Support, top: Support, shared: Mapping[int, int]) -> bool:
    """Whether a passage speaks of as many of the question's topic words as the best one,
    when both are of one document: across documents in other languages, shared topic
    words say little."""
    return other.chunk.doc != top.chunk.doc or shared[other.n] >= shared[top.n]


def _on_topic_in_document(
    lead: Support, holding: list[Support], named: Mapping[int, int], intent: Intent
) -> Support:
    """Of the passages of the lead's document that name as much, the one that speaks of
    more of the question's topic words ("which municipalities can be members": the
    membership line, not the line giving the network's name). Only within one document:
    across documents in other languages, shared topic words say little. Of as many, the
    one whose words are its own, not the document title's ("which event in the calendar
    is cancelled": the cancelled one's line, not the calendar's heading)."""
    topic = topic_words(intent.question, every_stopword())
    same = [s for s in holding if s.chunk.doc == lead.chunk.doc and named[s.n] == named[lead.n]]

    def hits(support: Support) -> tuple[int, int]:
        return topic_hits(support, topic), own_topic_hits(support, topic)

    best = max(same, key=hits)
    return best if hits(best) > hits(lead) else lead


def _both_parts(
    intent: Intent, ranked: list[Support], lead: Support, topic: list[str]
) -> Support | None:
    """For a question in two parts ("Where is the office, and who is the coordinator?"),
    the sentence of a cited passage of the lead's document that speaks of more of its
    topic words than the lead: one that answers both parts ("… run by the coordinator
    Eva Lind at the office in Nordby") stands in a passage that reads further from either
    part alone. Not across the English-Scandinavian divide: a word the two write alike
    ("strategiprocessen" for "strategy") is no sign that a sentence says more."""
    if not SECOND_QUESTION.search(intent.question):
        return None
    if _other_side(intent.question, quote_language(lead.text, lead.chunk.lang)):
        return None
    found = [
        (topic_hits(support.at(j), topic), support.score, support.at(j))
        for support in ranked
        if support.chunk.doc == lead.chunk.doc  # another language's words say little
        for j in range(len(support.chunk.sentences))
        if quotable(support.chunk, j) and readable(sentence_text(support.chunk, j))
    ]
    better = [f for f in found if f[0] > topic_hits(lead, topic)]
    return max(better, key=lambda f: f[:2])[2] if better else None


def _sharpest(lead: Support, topic: list[str]) -> Support:
    """Of the lead's paragraph or activity, the sentence that speaks of more of the
    question's topic words than the lead: a block's opening sentence repeats the names a
    question gives, and a later one says what it asks ("Where will Northern Connections
    hold its demonstrations?": "… upcoming events and demonstrations in Living Labs …")."""
    least, scores = topic_hits(lead, topic), lead.sentence_scores
    found = [
        (topic_hits(other, topic), scores[other.sentence] if scores else 0.0, other)
        for other in block_of(lead)
    ]
    # Of those that speak of more, the one with most topic words, then the closest.
    better = [f for f in found if f[0] > least]
    return max(better, key=lambda f: f[:2])[2] if better else lead


def _sharpest_figure(lead: Support, intent: Intent, wanted: re.Pattern[str]) -> Support:
    """Of the lead's section in its passage, the sentence that gives a figure of the kind
    asked and speaks of more of the question's topic words than the lead: a report's
    results paragraph opens with its headline figure ("412 took part") and states the
    one asked for ("six months later 61 per cent were in work") two lines below, and a
    summary opens with the period before it counts what was evaluated."""
    topic = topic_words(intent.question, every_stopword())
    chunk, i = lead.chunk, lead.sentence
    least, scores = topic_hits(lead, topic), lead.sentence_scores
    found = [
        (topic_hits(lead.at(j), topic), scores[j] if scores else 0.0, j)
        for j in range(len(chunk.sentences))
        if j != i
        and in_same_place(chunk, i, j)
        and quotable(chunk, j)
        and readable(sentence_text(chunk, j))
        and wanted.search(sentence_text(chunk, j))
    ]
    # Of those that speak of more, the one with most topic words, then the closest.
    better = [f for f in found if f[0] > least]
    return lead.at(max(better, key=lambda f: f[:2])[2]) if better else lead


#: A question for what a goal is to achieve: "Hva skal være oppnådd under mål 9?".
_ACHIEVED = re.compile(r"\b(?:achiev\w*|accomplish\w*|uppnå\w*|oppnå\w*|opnå\w*)", re.I)
#: The label a plan gives a goal's expected achievement: "Målopnåelse:", "Expected results:".
_ACHIEVEMENT_LABEL = re.compile(
    r"^(?:mål(?:opnåelse|oppnåelse|uppfyllelse)|expected\s+results?|achievements?)\s*:",
    re.IGNORECASE,
)


#: A question for a reason: "Why …", "Hvorfor …", "Varför …", "How come …", "Vad beror
#: det på att …".
_ASKS_WHY = re.compile(
    r"\b(?:why|how\s+come|hvorfor|varför|varfor|hvordan\s+kan\s+det\s+være|"
    r"(?:what|which)\s+(?:is|are|was|were)\s+the\s+(?:reasons?|causes?)|"
    r"vad\s+beror|hva\s+skyldes|hvad\s+skyldes)\b",
    re.IGNORECASE,
)
#: A sentence that gives a reason, a cause or a purpose: "because", "since" (not of a
#: year), "due to", "lack", "fordi", "eftersom", "på grund av", "skyldes", "brist på",
#: "för att", "in order to".
_GIVES_REASON = re.compile(
    r"\b(?:because|since(?!\s+(?:19|20)\d\d)|due\s+to|owing\s+to|as\s+a\s+result|"
    r"caused\s+by|the\s+reasons?|in\s+order\s+to|so\s+that|lacks?|lacking|"
    r"fordi|eftersom|ettersom|derfor|därför|på\s+grund\s+av|pga|grunnet|skyldes|beror\s+på|"
    r"orsak\w*|årsak\w*|årsag\w*|brist\w*|mangel\w*|mangler|saknar|savner|"
    r"för\s+att|for\s+at|for\s+å)\b",
    re.IGNORECASE,
)


def _reason_given(intent: Intent, lead: Support, near: list[Support]) -> Support:
    """For a why-question, the closest sentence of the closest passages that gives a
    reason ("Many of the smaller municipalities … might lack time, funding or resources
    …"), when the lead gives none: a sentence that shares the question's words (its
    "mindre" and "strategi") may say what is done, not why."""
    if not _ASKS_WHY.search(intent.question) or _GIVES_REASON.search(tidy(lead.text)):
        return lead
    owners = _asked_owners(near, intent)
    found = [
        (support.sentence_scores[j], support.at(j))
        for support in near
        if support.sentence_scores
        for j in range(len(support.chunk.sentences))
        if not _another_block(support.chunk.owner_of(j), owners)
        and quotable(support.chunk, j)
        and readable(text := sentence_text(support.chunk, j))
        and _GIVES_REASON.search(tidy(text))
        and not is_heading(support.at(j))
    ]
    return max(found, key=lambda f: f[0])[1] if found else lead


def _achievement_lead(intent: Intent, ranked: list[Support]) -> Support | None:
    """For what a named goal is to achieve, the goal's own achievement paragraph
    ("Målopnåelse: - Regionalsektoren har gennemført analyser om …"), where a cited
    passage holds it under that goal's heading."""
    if intent.goal is None or not _ACHIEVED.search(intent.question):
        return None
    for support in ranked:
        chunk = support.chunk
        for j in range(len(chunk.sentences)):
            under = intent.goal in goal_numbers(chunk.section_of(j))
            if under and _ACHIEVEMENT_LABEL.match(tidy(sentence_text(chunk, j))):
                return support.at(j)
    return None


#: A question for the role someone takes: "Vilken roll ser X för sig själv …?".
_ASKS_ROLE = re.compile(r"\b(?:roles?|roll(?:en)?|rollen?|rolle(?:n)?)\b", re.IGNORECASE)
#: A sentence that says what role someone takes: "… där MNK kan fungera som
#: initiativtagare", "act as a facilitator", "rollen som samordnare".
_ROLE_STATED = re.compile(
    r"\b(?:fungera|fungere|agera|virka|virke|opptre|optræde|act|acts|acting|serve|serves)\s+"
    r"(?:som|as)\b|\b(?:roll|rolle|role)(?:n|en)?\s+(?:som|as)\b",
    re.IGNORECASE,
)


def _role_stated(lead: Support) -> Support | None:
    """The sentence of the lead's paragraph or activity that says what role someone takes
    ("Det krävs helhetsgrepp där MNK kan fungera som initiativtagare."), the lead's own
    first."""
    return next((s for s in (lead, *block_of(lead)) if _ROLE_STATED.search(s.text)), None)


#: A sentence that lists several things: "inom hälsovård, räddningstjänst, … och polis".
_ENUMERATION = re.compile(
    r"[^\W\d_][\w-]*,\s+[^,.;]{1,40}?(?:,\s+[^,.;]{1,40}?)*\s+(?:och|og|and|samt|or|eller)\s+\w"
)


def _enumerating(lead: Support, intent: Intent) -> Support:
    """For "which X", the sentence of the lead's paragraph or activity that lists several
    things and speaks of the question's topic, when the lead lists none ("Myndighets-
    samarbete mellan Sverige och Norge." → "Myndighetssamarbete inom hälsovård,
    räddningstjänst, fjällräddningen Dalarna och polis.")."""
    if _ENUMERATION.search(tidy(lead.text)):
        return lead
    topic = topic_words(intent.question, every_stopword())
    for other in block_of(lead):
        text = tidy(other.text)
        # A whole sentence that stands alone, not a line a column cut ("som
        # marknadsanalys, …") nor one that leans on the one before ("Detta skall …").
        whole = text[:1].isupper() and not LEANS_BACK.match(text) and not is_names_cell(text)
        if whole and _ENUMERATION.search(text) and topic_hits(other, topic):
            return other
    return lead


#: A question for the target an activity sets: "What target does X set for …?", "Vilket
#: mål har …" (not a numbered goal: "mål 7").
_ASKS_TARGET = re.compile(
    r"\b(?:targets?|målet?|målsætning\w*|målsättning\w*|målsetting\w*)\b", re.I
)
#: The line a plan gives an activity's target: "Mål: två lösta gränshinder.", "Target: …".
_TARGET_LABEL = re.compile(r"^(?:mål|målsætning|målsättning|målsetting|targets?)\s*:\s*\S", re.I)


def _target_lead(intent: Intent, readable_ones: list[Support]) -> Support | None:
    """For the target an organisation's activity sets, the line that labels it ("Mål: två
    lösta gränshinder.") in the best passage's owner's block, in any cited passage: the
    activity's sentence names the aim, the label line the figure."""
    asks = _ASKS_TARGET.search(intent.question) and intent.goal is None
    if not asks or intent.kind == "definition" or not readable_ones:
        return None
    owner = readable_ones[0].owner
    for support in readable_ones:
        chunk = support.chunk
        for j in range(len(chunk.sentences)):
            if chunk.owner_of(j) == owner and _TARGET_LABEL.match(tidy(sentence_text(chunk, j))):
                return support.at(j)
    return None


#: A question for how often something happens: "How often …", "Hur ofta …", "Hvor tit …".
_ASKS_FREQUENCY = re.compile(
    r"\b(?:how\s+(?:often|frequently)|hur\s+ofta|hvor\s+(?:ofte|tit))\b", re.IGNORECASE
)
#: A period a frequency is counted in: "year", "månaden", "uka", "kvartal".
_PERIOD_WORD = (
    r"(?:years?|months?|weeks?|days?|quarters?|år(?:et)?|månad(?:en)?|måned(?:en)?|"
    r"vecka(?:n)?|uke(?:n)?|uka|uge(?:n)?|dag(?:en)?|kvartal(?:et)?)"
)
#: A stated frequency: "four times a year", "två gånger per år", "to ganger i året",
#: "every six months", "varje månad", "hvert kvartal", "annually", "årligen", "ugentligt".
_FREQUENCY = (
    rf"\b(?:\w+\s+(?:times?|gånger|gång|ganger|gang|gange)\s+(?:a|an|per|each|every|om|i|"
    rf"pr\.?)\s+{_PERIOD_WORD}|(?:once|twice)\s+(?:a|an|per|each|every)\s+{_PERIOD_WORD}|"
    rf"(?:every|each|varje|varannan|vartannat|hver|hvert|hvers)\s+(?:\w+\s+)?{_PERIOD_WORD}|"
    r"annually|yearly|monthly|weekly|quarterly|daily|biannually|"
    r"årligen|månatligen|kvartalsvis|veckovis|årlig(?:t|e)?|månedlig(?:t|e)?|"
    r"ukentlig(?:t|e)?|ugentlig(?:t|e)?|dagligen|daglig(?:t|e)?)\b"
)


#: `_FREQUENCY`, compiled on first use: few questions need it.
_frequency = lazy_pattern(_FREQUENCY, re.IGNORECASE)


def frequency_lead(intent: Intent, ranked: list[Support], lead: Support) -> Support:
    """For a how-often question, the sentence of a cited passage that states a frequency
    ("It meets four times a year") in the paragraph that, with its section and owner,
    speaks most of the question's topic, then whose own words and the sentence before
    them do ("It" is the body named before). The lead chosen otherwise stays when it
    states one in a paragraph that speaks of the topic as much. A passage's best sentence
    is often the one naming the body; a frequency of something else is no answer."""
    if not _ASKS_FREQUENCY.search(intent.question):
        return lead
    asked = _ASKS_FREQUENCY.sub(" ", intent.question)
    stop = every_stopword()
    topic = [w for w in re.findall(r"[^\W\d_]{4,}", asked) if w.casefold() not in stop]

    def hits(support: Support) -> tuple[int, int]:
        chunk, j = support.chunk, support.sentence
        where = f"{support.owner or ''}\n{support.section}\n{paragraph(support)}"
        said = " ".join(sentence_text(chunk, k) for k in (j - 1, j) if same_paragraph(chunk, k, j))
        return topic_words_in(fold(where), topic), topic_words_in(fold(said), topic)

    best, found = (0, 0), None
    for support in ranked:  # of equals, the best-ranked passage's
        chunk = support.chunk
        for j in range(len(chunk.sentences)):
            text = sentence_text(chunk, j)
            states = _frequency().search(text) and quotable(chunk, j) and readable(text)
            if states and (key := hits(support.at(j))) > best:
                best, found = key, support.at(j)
    if found is None or (_frequency().search(lead.text) and hits(lead)[0] >= best[0]):
        return lead
    return found


#: A question for a year, not a day: "Which year …", "I hvilket år …".
_ASKS_YEAR = re.compile(r"\b(?:which|what|vilket|hvilket|hvilke)\s+(?:years?|år)\b", re.I)


def _day_lead(intent: Intent, ranked: list[Support]) -> Support | None:
    """For when something is or is due ("Hvornår er ansøgningsfristen …?"), the sentence of
    a cited passage that states a day (for a deadline, one that says it is one: "Sista
    ansökningsdag … är den 16 februari 2026", "senest den 15. januar 2026") in a document
    that names what the question names when one does; of those, the one on the question's
    topic and closest to it. A passage's best sentence often only opens its document ("… lanserades
    2026–2028"), and another document's date does not answer for this one."""
    if intent.kind != "date" or _ASKS_YEAR.search(intent.question):
        return None
    deadline = asks_deadline(intent.question)
    topic = topic_words(intent.question, every_stopword())
    naming = _naming_documents(intent, ranked)
    published = asks_published(intent.question)
    found = [
        support.at(j)
        for support in ranked
        for j in range(len(support.chunk.sentences))
        if _dates(text := sentence_text(support.chunk, j))
        and quotable(support.chunk, j)
        and (
            readable(text)
            or (published and states_published(text))
            or _labels_asked_day(text, intent, deadline)
        )
    ]
    if deadline:  # another day (a meeting's, a launch's) is no deadline
        found = [s for s in found if DEADLINE.search(s.text)]
    if published:  # the byline's day ("Published 4 May 2026"), not that of what it reports
        found = [s for s in found if states_published(s.text)] or [
            s for s in found if readable(s.text)
        ]
    # A line labelled as another deadline answers only when no other line does.
    found = [s for s in found if not _another_deadline_line(s.text, intent)] or found
    names = name_words(intent.question)

    def named(s: Support) -> int:  # not the names the document's title has: all of it does
        return _names_in_paragraph(s, [n for n in names if not names_any(s.chunk.title, [n])])

    # A month of a year ("Building starts in May 2026") dates the thing the question
    # names when its paragraph names it; elsewhere it dates anything.
    found = [s for s in found if s.chunk.doc in naming and (states_day(s.text) or named(s) > 0)]
    if not found:
        return None

    asked = asked_words(intent.question)

    def key(s: Support) -> tuple[int, int, int, bool, float]:
        closeness = s.score + (s.sentence_scores[s.sentence] if s.sentence_scores else 0.0)
        field = _field_rank(s, asked)
        return (field, named(s), topic_hits(s, topic), states_day(s.text), closeness)

    return max(found, key=key)


def _field_rank(support: Support, asked: list[str]) -> int:
    """How much a form's date field is the question's: labelled as its first asked word
    ("Vedtaksdato" for "when was the decision made") it outranks a sentence on another
    event of the same project; of two fields, the one of the earlier asked word wins
    ("Søknadsdato" only names what was decided on). 0 for prose and other lines."""
    labelled = label_and_value(tidy(support.text))
    if readable(support.text) or not labelled or not states_day(labelled[1]):
        return 0
    place = label_says(labelled[0], asked)
    return 0 if place is None else len(asked) - place


def _labels_asked_day(text: str, intent: Intent, deadline: bool) -> bool:
    """Whether a sentence is a labelled line whose label says what the question asks the
    day of ("Påmeldingsfrist: 20. august 2027" for the registration deadline; "Opening:
    3 May" for when it opens) and whose value states it: no prose, but the answer."""
    labelled = label_and_value(tidy(text))
    if not labelled or not states_day(labelled[1]):
        return False
    label = labelled[0]
    return bool(deadline and DEADLINE.search(label)) or (
        label_says(label, asked_words(intent.question)) is not None
    )


#: A compound deadline word and the kind of deadline its first part says:
#: "ansøgningsfristen" (ansøgning), "Påmeldingsfrist" (påmelding), "søknadsfrist".
_KIND_OF_DEADLINE = re.compile(r"\b([^\W\d_]{4,}?)s?frist", re.IGNORECASE)


def _another_deadline_line(text: str, intent: Intent) -> bool:
    """A labelled line, no prose, whose label is a deadline of another kind than the
    question's ("Påmeldingsfrist" for "ansøgningsfristen"): the registration deadline
    does not answer for the application deadline."""
    labelled = label_and_value(tidy(text))
    if labelled is None or readable(text):
        return False
    asked = {word_stem(m.group(1)) for m in _KIND_OF_DEADLINE.finditer(intent.question)}
    said = {word_stem(m.group(1)) for m in _KIND_OF_DEADLINE.finditer(labelled[0])}
    return bool(asked and said) and not asked & said


#: A length of time as a text states it: "24 months", "högst 18 månader", "6 uker", "a
#: two-year project", "en fireårig periode".
_LENGTH = re.compile(
    r"\b\d+\s+(?:years?|months?|weeks?|days?|år|måneder|månader|uker|veckor|uger|"
    r"dage|dagar|dager)\b|\b[^\W\d_]+-years?\b|\b[^\W\d_]+årig\w*",
    re.IGNORECASE,
)


def _length_lead(intent: Intent, readable_ones: list[Support]) -> Support | None:
    """For "how long may a project last" (one part), the best-ranked readable sentence
    that states a length of time ("A project may last for a maximum of 24 months"): the
    passage closest to the question's words often only names the same fund."""
    question = intent.question
    if not asks_how_long(question) or SECOND_QUESTION.search(question):
        return None
    return next((s for s in readable_ones if _LENGTH.search(s.text)), None)


def _dates(text: str) -> bool:
    """Whether a sentence gives a day or a month of a year ("Building starts in May 2026")."""
    return states_day(text) or states_month(text)


def _names_in_paragraph(support: Support, names: list[str]) -> int:
    """How many of `names` the paragraph of the support's sentence names: of two pilots
    described alike ("Pilot A: … Start in May 2025." "Pilot B: … Start in June 2026."),
    the asked one's paragraph gives its date."""
    text = support.chunk.text
    start, end = support.chunk.sentences[support.sentence]
    opens = text.rfind("\n\n", 0, start)
    closes = text.find("\n\n", end)
    paragraph = text[opens + 1 if opens >= 0 else 0 : closes if closes >= 0 else len(text)]
    return sum(names_any(paragraph, [name]) for name in names)


def _naming_documents(intent: Intent, ranked: list[Support]) -> set[str]:
    """The documents whose cited passages (with their titles) name most of what the
    question names, an acronym that opens a compound ("ARC-programmet") by itself; every
    cited document when the question names nothing or none names it."""
    names = [
        n.split("-")[0] if n.split("-")[0].isupper() else n for n in name_words(intent.question)
    ]
    names = [n for n in dict.fromkeys(names) if not is_role(n)]
    every = {s.chunk.doc for s in ranked}
    text: dict[str, str] = {}
    for s in ranked:
        text[s.chunk.doc] = f"{text.get(s.chunk.doc, s.chunk.title)}\n{s.chunk.text}"
    if not names:
        return _naming_subject(intent.question, text) or every
    naming = {
        doc for doc, where in text.items() if 2 * sum(_names(where, n) for n in names) >= len(names)
    }
    return naming or every


#: A long compound of a question names its subject ("sundhedskorridoren"): this many
#: letters at least.
_SUBJECT_LETTERS = 12
#: A Nordic noun's definite or plural ending, which another language writes otherwise:
#: "-en" of "korridoren", "-erne" of "komiteerne".
_NOUN_ENDING = re.compile(r"(?:erne|ene|erna|arna|orna|en|et|er|ar|or|na|a|e)$")


def _compound_head(word: str) -> str:
    """The last part of a compound without its ending, its head noun as the other
    languages write it too: "korridor" of "sundhedskorridoren" ("hälsokorridor")."""
    stem = _NOUN_ENDING.sub("", folded(word))
    return stem[-max(MIN_PREFIX + 1, len(stem) // 2) :]


def _naming_subject(question: str, text: Mapping[str, str]) -> set[str]:
    """Of a question that names no name, the documents (`text`: each one's cited text and
    title) that most write the heads of its long compounds ("styregruppen for
    sundhedskorridoren": a corridor), when any do: a council's next meeting does not
    answer for a health corridor's steering group. Empty when none does."""
    heads = {
        _compound_head(w)
        for w in topic_words(question, every_stopword())
        if len(w) >= _SUBJECT_LETTERS
    }
    written = {
        doc: sum(any(head in folded(w) for w in split_words(where)) for head in heads)
        for doc, where in text.items()
    }
    most = max(written.values(), default=0)
    return {doc for doc, n in written.items() if n == most} if most else set()


def _names(text: str, name: str) -> bool:
    """Whether `text` names `name`: an acronym as a word of its own ("ARC", not "Arctic"),
    another name by its first letters."""
    if name.isupper():
        return bool(re.search(rf"\b{re.escape(name)}\b", text))
    return names_any(text, [name])


def _dated_lead(
    intent: Intent, readable_ones: list[Support], near: list[Support]
) -> Support | None:
    """For a question that names a year ("What will Nordkalottrådet contribute in 2023?"),
    the line dated by it, of the best passage's owner, among near equals or in its
    section: a plan states an activity once and each year's step on a milestone line
    below it, in the same passage or the next ("M2023 Bidra till ett nytt Interreg-projekt
    …"). A passage's own best sentence first, then its activity's other lines."""
    if not intent.years or not readable_ones:
        return None
    # The block of the organisation the question names ("Høgskolen i Innlandet's
    # milestone"), else the best passage's.
    asked = [s for s in readable_ones if s.owner and owner_asked(s.owner, intent.question)]
    topic = topic_words(intent.question, every_stopword())
    top = _on_topic_first(asked or readable_ones, near, topic)
    uncounted = None
    for support in [top, *(s for s in readable_ones if s is not top)]:
        same_place = (support.chunk.doc, support.section) == (top.chunk.doc, top.section)
        if support.owner != top.owner or not (support in near or same_place):
            continue  # another organisation's line of that year answers something else
        chunk, i = support.chunk, support.sentence
        dated = [
            support.at(j)
            for j in (i, *paragraph_order(chunk, i, BLOCK_REACH))
            if dated_as_asked(sentence_text(chunk, j), intent) and quotable(chunk, j)
        ]
        # A how-many question asks for a year's count: a line that gives the period
        # ("medaktör … under 2020-2022") counts nothing, the year's own lines below it,
        # perhaps in the next passage, do ("M2021: arrangera 6 st. evenemang").
        counting = [s for s in dated if _counts_if_asked(s.text, intent)]
        if counting:  # of that year's lines, the one that speaks of what is asked, else the nearest
            return max(counting, key=lambda s: topic_hits(s, topic))
        uncounted = uncounted or (max(dated, key=lambda s: topic_hits(s, topic)) if dated else None)
    return uncounted


def _counts_if_asked(text: str, intent: Intent) -> bool:
    """Whether `text` counts what a how-many question counts (`_counts_asked_noun`);
    any text does for another question."""
    return intent.kind != "quantity" or _counts_asked_noun(text, intent)


def _on_topic_first(pool: list[Support], near: list[Support], topic: list[str]) -> Support:
    """The best-ranked of `pool`, unless it shares none of the question's topic words,
    only its year, and a near equal of another document speaks of the topic: "Does the
    agreement cover the 2025 pre-project?" is read in the agreement's line on the
    pre-project, not in a news item of 2025 ranked as close. Within one document, the
    best-ranked block stands: a plan's lines of a year share its words alike."""
    top = pool[0]
    if topic_hits(top, topic):
        return top
    closer = [s for s in pool if s in near and s.chunk.doc != top.chunk.doc]
    best = max(closer, key=lambda s: topic_hits(s, topic), default=top)
    return best if topic_hits(best, topic) else top


def _renaming_lead(intent: Intent, ranked: list[Support]) -> Support | None:
    """For "when was X renamed (to Y)", the sentence of the cited passages that says a
    name changed and gives a date, of those the one whose new name is most of what the
    question names, then that names most of it, then the closest: a history page gives
    each renaming in its year's line, and the founding year's reads closer to a question
    on the body."""
    if intent.kind != "date" or not speaks_of_renaming(intent.question):
        return None
    names = name_words(intent.question)
    found = [
        support.at(j)
        for support in ranked
        for j in range(len(support.chunk.sentences))
        if speaks_of_renaming(sentence_text(support.chunk, j))
        and WANTED["date"].search(sentence_text(support.chunk, j))
        and quotable(support.chunk, j)
    ]

    def key(s: Support) -> tuple[int, int]:
        # Whole words: "Gränsråd" and "Gränsforum" are two names that open alike.
        new = new_name_part(s.text)
        spelled = sum(bool(re.search(rf"\b{re.escape(n)}\b", new, re.I)) for n in names)
        return spelled, sum(names_any(s.text, [n]) for n in names)

    return max(found, key=key, default=None)


def _of_asked_owner(supports: list[Support], intent: Intent) -> list[Support]:
    """The passages but those of another body's block (`_another_block`), when one of
    them stands in a block whose owner the question names ("Why does Kvarkenrådet …")."""
    asked = _asked_owners(supports, intent)
    return [s for s in supports if not _another_block(s.owner, asked)]


def _asked_owners(supports: list[Support], intent: Intent) -> set[str]:
    """The owners of the passages' blocks that the question names."""
    return {s.owner for s in supports if s.owner and owner_asked(s.owner, intent.question)}


def owner_asked(owner: str, question: str) -> bool:
    """Whether the question names a block's owner by every word of its name
    ("Høgskolen i Innlandet"; not "Innlandet fylkeskommune", which only shares a place)."""
    words = [w for w in re.findall(r"[^\W\d_]+", owner) if len(w) >= NAME_PREFIX]
    return bool(words) and all(names_any(question, [w]) for w in words)


#: What a body did that a question asks about and a text says in its own words, in the
#: four languages: recommending, deciding, proposing.
_ACTS = (
    re.compile(r"\b(?:recommend\w*|anbefal\w*|rekommend\w*)", re.IGNORECASE),
    re.compile(r"\b(?:decid\w*|decision\w*|beslut\w*|vedt[aoæ]\w*)", re.IGNORECASE),
    re.compile(r"\b(?:propos\w*|föreslå\w*|foresl[åa]\w*|förslag\w*|forslag\w*)", re.IGNORECASE),
)
#: A question put to the assistant itself: "Can you recommend …", "Kan du anbefale …".
_ADDRESSED = re.compile(r"\b(?:you|du)\b", re.IGNORECASE)


def _act_lead(intent: Intent, ranked: list[Support]) -> Support | None:
    """For what a body recommended, decided or proposed, the sentence of a cited passage
    that says it did ("Beslutning: Arbejdsgruppen godkendte …", "We recommend that …"),
    in a document that names what the question names; of those, the one on the
    question's topic and closest to it. Minutes and reports open an item with who
    presented what, and the decision or recommendation stands lines below."""
    act = next((a for a in _ACTS if a.search(intent.question)), None)
    asked_of_us = _ADDRESSED.search(intent.question)  # "Kan du anbefale …": no one did
    # Only what was decided: "when and where will the board treat the recommendations"
    # asks for a day and a place, "who decided" for a name.
    if act is None or asked_of_us or intent.kind not in ("free", "list"):
        return None
    topic = topic_words(intent.question, every_stopword())
    naming = _naming_documents(intent, ranked)
    found = [
        support.at(j)
        for support in ranked
        if support.chunk.doc in naming
        for j in range(len(support.chunk.sentences))
        if act.search(sentence_text(support.chunk, j))
        and quotable(support.chunk, j)
        and readable(sentence_text(support.chunk, j))
    ]

    def key(s: Support) -> tuple[int, float]:
        closeness = s.score + (s.sentence_scores[s.sentence] if s.sentence_scores else 0.0)
        return (topic_hits(s, topic), closeness)

    return max(found, key=key, default=None)


def _case_lead(intent: Intent, ranked: list[Support]) -> Support | None:
    """For what happens if something is rejected ("Hva gjør X hvis søknaden får avslag?"),
    the sentence of a cited passage that states that case ("Vid avslag startar vi egen
    nätverksarena …", "If the application is turned down, …"), of those the one whose
    passage names most of what the question names, then the best-ranked: a plan gives
    the fallback in a line after the application's, which reads closer to the question."""
    if intent.kind not in ("free", "list") or not asks_rejected(intent.question):
        return None
    found = [
        support.at(j)
        for support in ranked
        for j in range(len(support.chunk.sentences))
        if STATES_REJECTED.search(tidy(sentence_text(support.chunk, j)))
        and quotable(support.chunk, j)
    ]
    return max(found, key=lambda s: subject_names(s, intent), default=None)


def _counts_asked(text: str, intent: Intent) -> int:
    """How many of the things a how-many question asks about the text counts: "21
    partners from 6 countries" counts both of "how many partners and countries"."""
    if intent.kind != "quantity":
        return 0
    asked = {word_stem(w) for w in re.findall(r"[^\W\d_]{4,}", intent.question)}
    before = [w for m in _COUNTED_BEFORE.finditer(text) for w in m.group(1).split()]
    counted = {word_stem(w) for w in [*_COUNTED.findall(text), *before]}
    return len(asked & counted)


#: A bound as text states it: "at least 60 points", "minst 5", "færre enn 60 poeng",
#: "högst 3 år", "up to 12".
_BOUND = re.compile(
    r"\b(?:at\s+least|at\s+most|minimum|maximum|min\.|max\.|minst|mindst|højst|høyst|högst|"
    r"(?:fewer|less|more)\s+than|f[æä]rre\s+(?:enn|end|än)|mindre\s+(?:enn|end|än)|"
    r"mer(?:e)?\s+(?:enn|end|än)|up\s+to|inntil|op\s+til|upp\s+till)\s+\d",
    re.IGNORECASE,
)


def _states_bound(text: str, intent: Intent) -> bool:
    """Whether a question asks for a bound (`BOUND_ASKED`) and `text` states one."""
    return bool(re.search(BOUND_ASKED, intent.question, re.IGNORECASE) and _BOUND.search(text))


def _counts_asked_noun(text: str, intent: Intent) -> int:
    """Whether a figure of `text` counts the thing a how-many question names right after
    its asking words ("14 new charging quays" for "How many new charging quays …"), or a
    word the model reads as that thing (`Intent.counted_as`: "sju ansatte" for "Hvor
    mange medarbejdere …"), not only another word of the question ("three Nordic
    countries" for "How many people will the Nordic group have?"): 1, or 2 where the
    question counts two things and `text` gives two figures ("21 partners from 6
    countries" for "Hvor mange partnere og lande …", whose second word the model does not
    tie to its English one)."""
    counted = counted_words(text)
    if not any(
        counts_word(w, counted) for w in [*asked_counted(intent.question), *intent.counted_as]
    ):
        return 0
    both = asks_two_counts(intent.question) and len(COUNTED_PHRASE.findall(text)) >= 2
    return 2 if both else 1


def _qualified_as_asked(text: str, intent: Intent) -> int:
    """For a how-many question, how many of its other words the counts of `text` qualify
    their thing with ("två lösta gränshinder" for "Hvor mange grænsehindringer skal være
    løst"), not the same thing counted for another aim ("lyfta tre gränshinder")."""
    if intent.kind != "quantity":
        return 0
    asked = {w.casefold() for w in [*asked_counted(intent.question), *intent.counted_as]}
    stop = every_stopword()
    others = [
        w
        for w in re.findall(r"[^\W\d_]{4,}", intent.question)
        if w.casefold() not in stop and w.casefold() not in asked and not w[0].isupper()
    ]
    counted = {w for w in counted_words(text) if not any(counts_word(a, {w}) for a in asked)}
    return sum(counts_word(w, counted) for w in dict.fromkeys(others))


def _counting_line(intent: Intent, readable_ones: list[Support]) -> Support | None:
    """For a how-many question, the line of a cited passage's block that counts what is
    asked ("D: Antalet arrangerade myndighetsträffar; 24." for "Hvor mange myndighetsmøter
    …"), when the best-supported sentences count none of it: plans give the figure on an
    indicator line below the activity."""
    if intent.kind != "quantity" or any(_counts_asked(s.text, intent) for s in readable_ones):
        return None
    for support in readable_ones:
        chunk, i = support.chunk, support.sentence
        for j in paragraph_order(chunk, i, BLOCK_REACH):  # a short line, not prose
            line = sentence_text(chunk, j)
            if quotable(chunk, j) and _counts_asked(line, intent) and _share_if_asked(line, intent):
                return support.at(j)
    # Else a sentence further off in a cited passage whose figure counts the asked thing
    # ("Goal 1: 12 new harbours by 2030" for "how many new harbours …"), in a passage
    # that names what the question names (another body's board has members too).
    names = name_words(intent.question)
    naming = [s for s in readable_ones if not names or names_any(s.chunk.text, names)]

    def counting_asked(chunk: Chunk, j: int) -> bool:
        text = sentence_text(chunk, j)
        return (
            quotable(chunk, j)
            and _counts_asked_noun(text, intent)
            and _share_if_asked(text, intent)
        )

    # Of those, the first whose count is qualified as the question asks ("två lösta").
    qualified = _first_sentence(
        naming,
        lambda chunk, j: (
            counting_asked(chunk, j) and _qualified_as_asked(sentence_text(chunk, j), intent) > 0
        ),
    )
    return qualified or _first_sentence(naming, counting_asked)


def _whole_group(lead: Support, intent: Intent) -> Support:
    """For a share asked of a group, the sentence of the lead's paragraph that states it
    for the whole group, when the lead states it for an age band the question does not
    ask about: "Among respondents aged 25–34 the share is 11 %" narrows the "Sweden 7 %"
    of the sentence before it."""
    if not asks_per_cent(intent) or AGE_BAND.search(intent.question):
        return lead
    if not AGE_BAND.search(lead.text):
        return lead
    chunk, i = lead.chunk, lead.sentence
    for j in paragraph_order(chunk, i, BLOCK_REACH):
        text = sentence_text(chunk, j)
        whole = PER_CENT.search(text) and not AGE_BAND.search(text)
        if whole and same_paragraph(chunk, i, j) and quotable(chunk, j):
            return lead.at(j)
    return lead


def group_share(intent: Intent, text: str) -> str | None:
    """The per cent a sentence gives the country a share question asks about, when it
    gives several, each after its country ("Share answering yes: Denmark 3 %, Sweden 7 %,
    Norway 4 %" for "Hvor mange procent af de svenske respondenter …"): "7 % (Sweden)".
    None for any other question or sentence."""
    if not asks_per_cent(intent) or len(PER_CENT.findall(text)) < 2:
        return None
    words = re.findall(r"[^\W\d_]+", intent.question)
    countries = {p.pattern: p for w in words if (p := country_mentions(w)) is not None}
    if len(countries) != 1:
        return None
    (country,) = countries.values()
    # The country's name, its sample size in brackets, and its per cent: "Sweden (n=903) 7 %".
    found = re.search(
        rf"\b(?:{country.pattern})\w*\s*(?:\([^()]*\)\s*)?:?\s*(\d{{1,3}}(?:[.,]\d+)?\s?%)",
        text,
        re.IGNORECASE,
    )
    if not found:
        return None
    return f"{' '.join(found.group(1).split())} ({found.group(0).split()[0]})"


def _share_if_asked(text: str, intent: Intent) -> bool:
    """Whether a line states a per cent, when the question asks for a share: a margin of
    error "±2.0 percentage points" counts no share of anyone. True for other questions."""
    return not asks_per_cent(intent) or bool(PER_CENT.search(text))


@dataclass(frozen=True)
class Owned:
    """The activities of a plan (by its title) in which an organisation has blocks."""

    document: str
    codes: list[str]
    #: The organisation as the plan names it ("Kvarkenrådet" for "Kvarken Council").
    owner: str

    def sentence(self, name: str) -> str:
        word = activity_word(len(self.codes))
        named = name if name.casefold() == self.owner.casefold() else f"{self.owner} ({name})"
        return f"In “{self.document}”, {named} has {word} {', '.join(self.codes)}."


@dataclass(frozen=True)
class Titled:
    """A document whose title names a definition question's subject, with the headings
    of its outline that head no others (a project page's projects)."""

    title: str
    headings: list[str]
    #: The file, named where only its name names the subject ("Collaboration in the EU"
    #: of smart-specialisation-eu-collaboration-sweden.txt).
    file: str | None = None

    def sentence(self, name: str) -> str:
        shown = ", ".join(f"“{h}”" for h in self.headings[:TITLED_HEADINGS])
        titled = f"“{self.title}” ({self.file})" if self.file else f"“{self.title}”"
        return f"{titled} is about {name}: among its {len(self.headings)} headings are {shown}."


#: How many of a titled document's headings its sentence names.
TITLED_HEADINGS = 3


def definition_lead(
    intent: Intent,
    ranked: list[Support],
    question_lang: str | None,
    owned: Owned | None = None,
    named_by: Titled | None = None,
) -> str:
    """What X is (or does): the sentence that states X's value where X is one thing's
    attribute ("the salary range for …", see attributes.py), or the line that gives the
    property of the one thing asked about ("the opening hours of the office in …");
    a sentence that defines it;
    else what X stands for when it is an acronym the passages spell out ("ADMA stands
    for “Advanced Manufacturing”"), or the corpus's own words about it, saying that it
    gives no definition."""
    subject = intent.subject
    asked = None if intent.does else asked_value(intent.question, subject)
    valued = value_sentence(asked, ranked) if asked else None
    if valued:  # "What is the salary range for …": the sentence that states it
        return fallback_quote(valued, intent, question_lang)
    scoped = None if intent.does or asked else asked_scoped(intent.question, subject)
    line = scoped_value(scoped, ranked) if scoped else None
    if line:  # the line alone, which names the thing: the next is another's
        return fallback_quote(line, intent, question_lang, line.text, sectioned=False)
    celled = scoped_cell(scoped, intent.question, ranked) if scoped else None
    if celled:  # the row's cell under the column asked: "Finland | Over 12 timer: 1 142"
        return f"{celled[0].lead()} [{celled[1].n}]"
    defining = [
        s
        for s in ranked
        if defines(s.text, subject, intent.does)
        and readable(s.text)
        and (
            intent.does
            or _opens_paragraph(s.chunk, s.sentence)
            or not _elsewhere(s.section, subject, s.text)
        )
    ]
    # Another sentence of the passages may say it, or open with more of the subject ("The
    # joint challenges are: …" for "the joint challenges of the Northern Connections
    # partners", over "The Northern Connections approach is …").
    most = max((opening_score(s.text, subject) for s in defining), default=(0, 0))
    found = _first_sentence(
        ranked,
        lambda chunk, i: (
            opening_score(sentence_text(chunk, i), subject) > most
            and defines(sentence_text(chunk, i), subject)
            and readable(sentence_text(chunk, i))
            and (
                intent.does
                or _opens_paragraph(chunk, i)
                or not _elsewhere(chunk.section_of(i), subject, sentence_text(chunk, i))
            )
        ),
    )
    defining = [found, *defining] if found and subject else defining
    if intent.does:  # "what does X work on": what X is said to do comes first
        defining.sort(key=lambda s: not ACTIVITY_VERB.search(s.text))
    if intent.does and not defining and subject:
        # "… Where, as an example, Östergötland participates in high-tech farming.": the
        # name as the doer of a verb inside a sentence says what it does there.
        acting = _first_sentence(
            ranked,
            lambda chunk, i: (
                _acts(sentence_text(chunk, i), subject)
                and quotable(chunk, i)
                and readable(sentence_text(chunk, i))
            ),
        )
        defining = [acting] if acting else defining
    about = [
        s
        for s in ranked
        if subject_opening(s.text, subject) is not None and readable(s.text) and not is_heading(s)
    ]
    # A sentence opening with more of the subject is more about it: "The five focus areas
    # …" over "The Vanguard initiative …" for "the five focus areas of the Vanguard initiative".
    about.sort(key=lambda s: opening_score(s.text, subject), reverse=True)
    # A section titled by the subject ("GROM – Green transition in the Arctic") is about it.
    titled = _first_sentence(
        ranked,
        lambda chunk, i: (
            _titled(_heading_of(chunk, i), subject)
            and quotable(chunk, i)
            and readable(sentence_text(chunk, i))
        ),
    )
    heading = _heading_of(titled.chunk, titled.sentence) if titled else ""
    if (
        titled
        and not defining
        and (
            _PROJECT_OPENING.match(tidy(titled.text))
            or _SUBTITLE.search(heading)
            or heading.endswith(f"({subject})")
        )
        and _names_wholly(heading, subject)
    ):
        # Under the title that names it, "This project will investigate …" says what it
        # is; so does the title's own subtitle ("GROM – Green transition in the Arctic").
        defining = [titled]
    fallback = [titled] if titled and subject else [s for s in ranked if readable(s.text)]
    if not titled and subject and " " not in subject:
        # What the corpus says of a one-word subject it never defines is said where it
        # names it ("… budgetansvarlige for hver indsats (…, grænsekomiteerne og
        # temagrupperne)" for "Hva gjør temagruppene?"), not in the best-ranked sentence on
        # something else ("Gruppen har tagit fram …", another group).
        naming = _first_sentence(
            ranked,
            lambda chunk, i: (
                names_head(sentence_text(chunk, i), subject) and readable(sentence_text(chunk, i))
            ),
        )
        fallback = [naming, *fallback] if naming else fallback
    chosen = (defining or about or fallback or _saying(ranked))[0]
    often = _how_often(intent.period, ranked) if intent.period else None
    spelled = _spelled_out(subject, ranked) if not intent.does else None
    chosen = often or (None if defining else spelled and spelled[1]) or chosen
    lead = fallback_quote(chosen, intent, question_lang, _row_naming(chosen.text, subject))
    stands = f"{subject} stands for “{spelled[0]}”. " if spelled else ""
    # What a plan lists X with says what X does, and what X is where nothing else does.
    cell = not prose(tidy(chosen.text))
    undefined = not (defining or often or spelled)
    listed = _listed_with(subject, ranked) if intent.does or cell or undefined else None
    # The plan activities it has blocks in, unless the question asks about one topic of
    # them ("What does X do about the forest industry?").
    whole = undefined or not _beyond(intent.question, subject)
    if owned and (intent.does or undefined) and whole:
        listed = " ".join(x for x in (owned.sentence(subject), listed) if x)
    if named_by and (intent.does or undefined) and whole:
        listed = " ".join(x for x in (listed, named_by.sentence(subject)) if x)
    # "Hvad er Karen Holts telefonnummer?": a line that gives the detail asked answers it.
    kind = asked_contact_kind(intent.question)
    contact = kind is not None and states_contact(chosen.text, kind)
    if not undefined or not subject or contact:
        return f"{stands}{lead}\n\n{listed}" if listed else f"{stands}{lead}"
    missing = (
        f"The corpus does not say what “{subject}” does"
        if intent.does
        else f"The corpus gives no definition of “{subject}”"
    )
    # A cell ("Resultatmål GK-er Resultatmål TG") or a bare code ("G.1.a.") says nothing
    # of the subject: the list of the activities it is named with does, if any.
    if cell or not tidy(chosen.text):
        return f"{missing}. {listed}" if listed else f"{missing}."
    said = f"{missing}; what it says: {lead}"
    return f"{said}\n\n{listed}" if listed else said


def _beyond(question: str, subject: str) -> list[str]:
    """The question's topic words that are not its subject's."""
    own = {w.casefold() for w in re.findall(r"\w+", subject)}
    return [w for w in topic_words(question, every_stopword()) if w.casefold() not in own]


def _elsewhere(section: str, subject: str, text: str = "") -> bool:
    """Whether a sentence about a name stands under another thing's title: "Nordregio is
    the leader of the work package …" under "Sino-European innovative green and smart
    cities (SiEUGreen)" says Nordregio's part in that project, not what Nordregio is. A
    glossary line (`text`: "Nordregio – A Nordic research institute …") says what its term
    is under any title, and so does the noun set beside a name ("søknadssystemet Bromon",
    "Arctic Skills konceptet")."""
    if text and (glossed(text, subject) or kind_beside(text, subject)):
        return False
    title = section_title(section)
    named = bool(subject) and all(w[:1].isupper() for w in subject.split())
    return named and bool(title) and not names_any(title, [subject])


#: A finite verb in the present tense after a name: English "-s" ("participates",
#: "leads"), Nordic "-r" ("deltar", "leder", "arbetar"); a copula says what it is.
_PRESENT_VERB = re.compile(r"[a-zåäöæø]{2,}(?:s|r)")
_COPULA = frozenset({"is", "has", "was", "är", "er", "var", "har", "blir", "bliver"})


def _acts(text: str, name: str) -> bool:
    """Whether a sentence has `name` as the doer of a verb in the present tense ("…,
    Östergötland participates in high-tech farming", "… där Region X leder arbetet"),
    not only named ("… and Östergötland are members", "Swedish partner is X")."""
    after = re.finditer(rf"(?<![\w-]){re.escape(name)}\s+(\w+)", text)
    return any(_PRESENT_VERB.fullmatch(m.group(1)) and m.group(1) not in _COPULA for m in after)


def _opens_paragraph(chunk: Chunk, i: int) -> bool:
    """Whether sentence `i` opens a paragraph: under a heading of several projects ("Interreg
    collaboration around …"), each paragraph opens by saying what its own one is ("The
    X aims to develop …"), where "Nordregio is the leader of …" further down says the
    part Nordregio plays in the paragraph's project."""
    if i == 0:  # a passage may open inside a paragraph (the overlap)
        return False
    return "\n\n" in chunk.text[chunk.sentences[i - 1][1] : chunk.sentences[i][0]]


def _titled(title: str, subject: str) -> bool:
    """Whether a heading names `subject` first ("GROM – Green transition in the Arctic"),
    or anywhere when the subject is written in capitals, an acronym ("Regional
    Development Network Cooperation Model VALUMA")."""
    if not subject:
        return False
    if subject.isupper() and re.search(rf"(?<![\w-]){re.escape(subject)}(?![\w-])", title):
        return True
    if title.endswith(f"({subject})"):
        return True  # the name spelled out, then the short one: "Sino-European … (SiEUGreen)"
    return bool(re.match(rf"{re.escape(subject)}(?![\w-])", title, re.IGNORECASE))


def _heading_of(chunk: Chunk, i: int) -> str:
    """The heading sentence `i` stands under: its section's, or, in a document without
    headings, the document's title ("Nordic climate neutral municipalities partnership")."""
    return last_heading(chunk.section_of(i)) or chunk.title


def _names_wholly(title: str, subject: str) -> bool:
    """Whether `subject` is the title's whole name, before its subtitle or after its
    description ("GROM – Green transition …", "… Cooperation Model VALUMA", "Sino-European
    … cities (SiEUGreen)"), not a part of it ("ESPON" of "ESPON ESCAPE – …")."""
    name = re.split(r"\s+[–—-]\s+|\s*\(", title)[0].strip()
    ends = title.endswith((f" {subject}", f"({subject})"))
    return name.casefold() == subject.casefold() or ends


def titled_by(chunk: Chunk, subject: str) -> bool:
    """Whether a section of the passage is titled by `subject` (see `_titled`)."""
    return any(
        _titled(last_heading(chunk.section_of(i)), subject) for i in range(len(chunk.sentences))
    )


#: A title's subtitle after the name: "GROM – Green transition in the Arctic".
_SUBTITLE = re.compile(r"\S\s+[–—-]\s+\w")
#: How a project's description opens under its title: "This project …", "The aim of the
#: project is …", "Projektet …".
_PROJECT_OPENING = re.compile(
    r"^(?:this|the)\s+(?:\w+\s+){0,2}(?:project|initiative|study|partnership)\b|"
    r"^the\s+(?:aim|objective|purpose|goal)\s+of\s+(?:the|this)\s+(?:project|initiative)\b|"
    r"^(?:projektet|prosjektet)\b",
    re.IGNORECASE,
)


def activity_line(intent: Intent, ranked: list[Support]) -> Support | None:
    """The line that opens the activity a question names by its code ("G.1.a. Styrke et
    direkte … samarbejde …") in the best passages, for "what is G.1.a?" or "Hvad går
    G.1.e ud på?"."""
    code = intent.activity
    if not code:
        return None
    return _first_sentence(
        ranked,
        lambda chunk, i: (
            last_heading(chunk.section_of(i)) == code and is_code(sentence_text(chunk, i))
        ),
    )


def _spelled_out(subject: str, ranked: list[Support]) -> tuple[str, Support] | None:
    """The full name an acronym or short name in capitals asked about is given in the
    best passages ("a project called ADMA (Advanced Manufacturing)"), with the sentence
    that gives it."""
    if not ACRONYM.fullmatch(subject) and not CAPITALS_NAME.fullmatch(subject):
        return None
    found = _first_sentence(
        ranked,
        lambda chunk, i: (
            bool(expansions_in(sentence_text(chunk, i), subject))
            and readable(sentence_text(chunk, i))
        ),
    )
    return (expansions_in(found.text, subject)[0], found) if found else None


def _listed_with(subject: str, ranked: list[Support]) -> str | None:
    """Where a plan names the subject only in a cell beside its activities ("Nordregio og
    TG"): "“Handlingsplan …” lists Nordregio with activities G.1.g, G.1.e [2][3]." For
    "what does X do", that is what X is part of."""
    found: dict[str, dict[str, list[int]]] = {}
    for support in ranked:
        code = last_heading(support.section)
        text = tidy(support.text)
        if ACTIVITY_CODE.fullmatch(code) and not prose(text) and names_any(text, [subject]):
            found.setdefault(support.chunk.title, {}).setdefault(code, []).append(support.n)
    if not found:
        return None
    title, codes = max(found.items(), key=lambda item: len(item[1]))
    numbers = [n for ns in codes.values() for n in ns]
    word = activity_word(len(codes))
    return (
        f"“{title}” lists {subject} with {word} {', '.join(sorted(codes))} "
        f"{citation_marks(numbers)}."
    )


def _naming_asked(intent: Intent, readable_ones: list[Support]) -> Support | None:
    """For "which call for proposals …", when the best sentence does not name what is
    asked for, the sentence of the best passages that names all of it along with a
    name ("The call for proposals: Circular Cities & New Circular Solutions …"). Only
    a phrase of two words or more is that telling: one word ("områden") is not, unless
    it asks for a call, which a text in any language names ("Genom vilken utlysning …")."""
    phrase = asked_phrase(intent.question, every_stopword())
    if asks_call(intent.question):  # a call, as any of the languages names it
        names_asked: Callable[[str], bool] = names_call
    elif len(phrase) >= ASKED_PHRASE_WORDS:
        names_asked = partial(_names_all, words=phrase)
    else:
        return None
    if not readable_ones or names_asked(readable_ones[0].text):
        return None

    def names_it(chunk: Chunk, i: int) -> bool:
        text = sentence_text(chunk, i)
        return names_asked(text) and _fresh_name(text, intent) and readable(text)

    return _first_sentence(readable_ones, names_it)


def _list_spoken_of(near: list[Support], ranked: list[Support]) -> Support | None:
    """For "which X", a bulleted list in a cited passage whose intro's words a close
    sentence of the same document speaks of ("… how the joint challenges of the 21
    partners are addressed." → "The joint challenges are: • … • …"): the close sentence
    names what the list gives, in whatever language the question asked it."""
    stop = every_stopword()
    for support in near:
        said = {fold(w) for w in re.findall(r"[^\W\d_]{4,}", support.text)}
        for other in (s for s in ranked if s.chunk.doc == support.chunk.doc):
            chunk = other.chunk
            for j in range(len(chunk.sentences)):
                listed = list_span(chunk, j)
                if not listed or listed[0] != j:
                    continue
                # A short intro that names what it lists ("The joint challenges are:").
                line = sentence_text(chunk, j)
                intro = [fold(w) for w in re.findall(r"[^\W\d_]{4,}", line)]
                intro = [w for w in intro if w not in stop]
                short = len(line.split()) <= LIST_INTRO_WORDS
                if short and len(intro) >= 2 and all(w in said for w in intro):
                    return other.at(j)
    return None


def _names_all(text: str, words: list[str]) -> bool:
    """Whether `text` names every one of `words` (by their first letters); a later word
    may be the head of a compound ("national parks": "nationalparker")."""
    folded = text.casefold()
    return all(
        re.search(rf"\b{re.escape(w[:STEM_LETTERS])}", folded)
        or (i > 0 and re.search(rf"\w{re.escape(w[: STEM_LETTERS - 1])}", folded))
        for i, w in enumerate(words)
    )


def _fresh_name(text: str, intent: Intent) -> bool:
    """Whether a sentence has a name (capitalised inside it, letters only: not "CO2")
    that the question does not give."""
    asked = name_words(intent.question)
    return any(not names_any(n, asked) for n in _LETTER_NAME.findall(tidy(text)))


def _how_often(period: str, ranked: list[Support]) -> Support | None:
    """The first sentence of the best passages that says how often ("Miljörådet väljer
    årligen 2-3 teman" for "vad gör miljörådet varje år"), in rank order."""

    def says_how_often(chunk: Chunk, i: int) -> bool:
        text = sentence_text(chunk, i)
        return bool(PERIODS[period].search(text)) and readable(text) and quotable(chunk, i)

    return _first_sentence(ranked, says_how_often)


def _first_sentence(ranked: list[Support], test: Callable[[Chunk, int], bool]) -> Support | None:
    """The first sentence, passage by passage in rank order, that passes `test`, as a
    support of its passage (the lead of an answer need not be a passage's best sentence)."""
    for support in ranked:
        chunk = support.chunk
        for i in range(len(chunk.sentences)):
            if test(chunk, i):
                return support.at(i)
    return None


def _readable_instead(ranked: list[Support]) -> list[Support]:
    """Each passage at its closest sentence that reads, for when no passage's best one
    does: a plan's partner cell ("Nordregio og TG") reads closest to a question that
    names a partner, in every passage of the plan, and says nothing as a lead."""
    found = []
    for support in ranked:
        scores = support.sentence_scores or (0.0,) * len(support.chunk.sentences)
        kept = [
            (score, j)
            for j, score in enumerate(scores)
            if quotable(support.chunk, j)
            and readable(text := sentence_text(support.chunk, j))
            and not is_names_cell(tidy(text))
            and not is_heading(support.at(j))
        ]
        if kept:
            found.append(support.at(max(kept)[1]))
    return found


def _saying(ranked: list[Support]) -> list[Support]:
    """The supports whose sentence has words once codes are left out (a bare "G.1.a."
    would quote nothing), all of them if none has."""
    return [s for s in ranked if tidy(s.text)] or ranked


def _stating_share(intent: Intent, supports: list[Support]) -> list[Support]:
    """For a question that asks for a share, the supports whose own sentence states one
    in per cent, when some do: a summary sentence on the same topic whose quote reaches a
    neighbour's per cent states another figure than the one asked ("74 % of …" for the
    share that finds information easy). All of them for any other question."""
    if not asks_per_cent(intent):
        return supports
    return [s for s in supports if PER_CENT.search(tidy(s.text))] or supports


def _reads(support: Support, intent: Intent) -> bool:
    """Whether what the answer quotes of a passage reads as prose; a heading counts when
    the sentence it opens is what is quoted."""
    quoted = with_wanted(support, intent)
    if is_heading(support):
        return quoted != quote(support.text) and readable(quoted)
    # A cell of names ("Nordregio og TG og GK?", a plan's partner column) is no prose,
    # however many names it joins.
    if is_names_cell(tidy(support.text)):
        return False
    # A label line that counts what a how-many question asks ("Antal årsværk 6,5") is
    # the answer itself, however few its words.
    return readable(support.text) or _counts_asked(support.text, intent) > 0

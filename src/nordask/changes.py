"""The value a later decision set, for a question that asks the value after a change.

A register of decisions, minutes or a revised rulebook often state a value twice: as
first set ("the budget is set at 14.8 million") and as changed later ("the budget is
adjusted to 15.3 million", "the rate is raised from 3.50 to 4.00"). A question that asks
the value "after the adjustment", "after the board's decision" or as it stands now is
answered by the sentence that states the change, with the new value: the one after
"to/til/till", not the one it replaced.

An e-mail thread states a thing twice too: the reply on top, and under it the earlier
message it quotes line by line ("> …"). The earlier message's proposal was what the
reply changed; where the same thread's reply is cited, the quoted lines do not lead.

A listing of events marks a change by a status beside the entry ("CANCELLED", "AFLYST",
"INSTÄLLT", "FLYTTET til …", "NEW DATE: …"): "which event is cancelled" is answered by
the entry that carries that status, in whichever of the four languages it is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nordask.passages import Support, fold, readable, sentence_text, topic_words_in
from nordask.query import states_amount, topic_words
from nordask.quotes import quote
from nordask.tables import DATE
from nordask.words import every_stopword

if TYPE_CHECKING:
    from nordask.query import Intent
    from nordask.records import Chunk

#: A question for the value after a change or as it stands: "after the extension",
#: "efter justeringen", "etter forlengelsen", "efter styrelsens beslut", "the current
#: rate", "nu", "gjeldende".
_ASKS_AFTER_CHANGE = re.compile(
    r"\b(?:after|efter|etter)\s+(?:the\s+|a\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:adjust|extens|extend|chang|increas|rais|reduc|amend|revis|decision|postpone|"
    r"justering|forlæng|forleng|förläng|ændring|endring|ändring|höjning|hevning|hævning|"
    r"økning|ökning|forhøj|sänkning|senking|sænkning|beslut|vedtak|revider)\w*"
    r"|\b(?:current(?:ly)?|now|nu|nå|gällande|gjeldende|gældende|nuvarande|nåværende|"
    r"nuværende)\b",
    re.IGNORECASE,
)

#: A verb, then optionally the old value, then "to/til/till" before the new value (which
#: starts with a digit or a currency before one): "justeres til ", "hæves fra 3,50 til ",
#: "was extended to ", "höjs från 3 till ", "raised from EUR 2 million to ".
_CHANGED_TO = re.compile(
    r"\b([^\W\d_]+)\s+(?:(?:fra|från|from)\s+[^|;()]{1,40}?\s+)?(?:til|till|to)\s+"
    r"(?=(?:[A-Z]{2,3}\s?|[€$£]\s?)?\d)",
    re.IGNORECASE,
)
#: Where the new value ends: a bracket, a semicolon, a clause's comma, a dash, a cell's
#: edge or the sentence's end.
_VALUE_END = re.compile(r"\s*(?:\(|;|,\s|\s[–—-]\s|\.\s*$|$)")
#: A verb of change, in its forms: "adjusted", "extended", "raised", "justeres",
#: "forlænges", "forlenget", "förlängs", "ændres", "endret", "ändras", "hæves", "heves",
#: "höjs", "sænkes", "senkes", "sänks", "økes", "ökas", "postponed", "utsettes".
_CHANGE_VERB = re.compile(
    r"(?:adjust|extend|chang|increas|rais|reduc|lower|amend|revis|postpon|moved|"
    r"juster|forlæng|forleng|förläng|ændr|endr|ändr|høj|höj|hev|hæv|øk|ök|forhøj|"
    r"sänk|senk|sænk|utsett|udskyd|skjut|flytt)\w*",
    re.IGNORECASE,
)
#: The longest new value a lead gives, in words ("4,00 NOK pr. km fra 1. oktober 2026").
_VALUE_WORDS = 10


@dataclass(frozen=True)
class ChangedValue:
    """A changed value as a lead states it: the new value, the passage and its cell or
    sentence."""

    value: str
    support: Support
    said: str

    def lead(self) -> str:
        quoted = f": “{quote(self.said)}”" if readable(self.said) else "."
        return f"{self.value} [{self.support.n}]{quoted}"


#: An empty line of a quoted message, as a reply quotes it: a run of ">" and then another
#: ("> >", ">> >>"), where the earlier message had a blank line between its paragraphs.
_QUOTED_BLANK = re.compile(r"(?:^|\s)>+\s+>+(?=\s|$)")


def quoted(support: Support) -> bool:
    """Whether a passage's supporting sentence stands in an earlier message a reply
    quotes: its paragraph holds a quoted blank line (a single "> " note in a Markdown
    file has none). A quoted message's lines are joined into one paragraph, which may
    begin in the chunk before: the lines after the sentence tell too."""
    chunk = support.chunk
    start, end = chunk.sentences[support.sentence]
    first = chunk.text.rfind("\n\n", 0, start) + 1
    last = chunk.text.find("\n\n", end)
    return bool(_QUOTED_BLANK.search(chunk.text[first : last if last >= 0 else None]))


#: A question for the earlier state, before a change: "first proposed", "originally",
#: "initially", "previously", "oprindeligt", "opprinnelig", "ursprungligen", "først",
#: "först", "tidligere", "tidigare".
_ASKS_BEFORE = re.compile(
    r"\b(?:first|original\w*|initial\w*|previous\w*|earlier|oprindelig\w*|"
    r"opprinnelig\w*|ursprunglig\w*|først\w*|först\w*|tidligere|tidigare)\b",
    re.IGNORECASE,
)


def latest_said(question: str, supports: list[Support]) -> list[Support]:
    """The passages a lead may come from: not one quoting an earlier message, where a
    passage of the same thread that is no quote (the reply) is cited and speaks of as
    many of the question's words: the reply restates what it changed ("we cut the budget
    to …"); what only the earlier message said (the call's ceiling) still answers, and so
    does all of it for a question about what was first proposed."""
    if _ASKS_BEFORE.search(question):
        return supports
    topic = topic_words(question, every_stopword())

    def hits(support: Support) -> int:
        return topic_words_in(fold(support.chunk.text), topic)

    said = {}  # the most of the question's words a reply of each thread speaks of
    for support in supports:
        if not quoted(support):
            said[support.chunk.doc] = max(said.get(support.chunk.doc, 0), hits(support))
    return [
        s
        for s in supports
        if not quoted(s) or s.chunk.doc not in said or hits(s) > said[s.chunk.doc]
    ]


#: A status of an event called off, in the four languages: "cancelled", "called off",
#: "aflyst", "avlyst", "inställt", "ställs in".
_CANCELLED = r"cancel\w*|called\s+off|aflys\w*|avlys\w*|inställ\w*|ställ(?:s|ts)\s+in"
#: A status of an event moved to another day: "postponed", "moved", "rescheduled", "new
#: date", "flyttet", "flyttats", "udsat", "utsatt", "uppskjuten", "nyt tidspunkt", "nytt
#: datum", "ny dato".
_MOVED = (
    r"postpon\w*|moved|reschedul\w*|new\s+(?:date|time)|flytt\w*|udsat|"
    r"utsatt|uppskjut\w*|udskudt|nyt?t?\s+(?:tidspunkt|tidpunkt|dato|datum)"
)
_STATUSES = (re.compile(_CANCELLED, re.IGNORECASE), re.compile(_MOVED, re.IGNORECASE))
#: A question for which one of several things: "which", "what", "hvilket", "vilka", "hva".
_WHICH = re.compile(r"^\W*(?:which|what|hvilk\w*|vilk\w*|hva|hvad|vad)\b", re.IGNORECASE)


def status_entry(question: str, ranked: list[Support]) -> Support | None:
    """For "which event is cancelled/moved", the first sentence of the cited passages
    (best first, in their order) that gives an entry that status, in any of the four
    languages: the listing's heading shares the question's words, not its status."""
    if not _WHICH.search(question):
        return None
    status = next((s for s in _STATUSES if s.search(question)), None)
    if status is None:
        return None
    for support in ranked:
        for i in range(len(support.chunk.sentences)):
            said = support.at(i)
            if status.search(said.text) and readable(said.text):
                return said
    return None


def asks_after_change(question: str) -> bool:
    return bool(_ASKS_AFTER_CHANGE.search(question))


def changed_value(intent: Intent, ranked: list[Support]) -> ChangedValue | None:
    """The first passage whose supporting sentence changes a value of the kind asked (a
    date for "when", a sum for "how much"), for a question that asks the value after a
    change or as it stands; not for a question about who."""
    if intent.wants_actors or intent.kind == "person":
        return None
    if not asks_after_change(intent.question):
        return None
    for support in ranked:
        if found := _new_value(support.text, intent.kind):
            value, said = found
            return ChangedValue(value, support, said)
    return None


def _new_value(text: str, kind: str) -> tuple[str, str] | None:
    """The new value a sentence (or one of its table cells) sets, and that cell."""
    for said in (cell.strip() for cell in text.split("|")):  # a table row's cells
        for match in _CHANGED_TO.finditer(said):
            if not _CHANGE_VERB.fullmatch(match.group(1)):
                continue
            rest = said[match.end() :]
            value = rest[: _VALUE_END.search(rest).start()]
            words = value.split()
            if len(words) > _VALUE_WORDS or not _of_kind(value, kind):
                continue
            return " ".join(_day_of(value).split() if kind == "date" else words), said
    return None


#: A year after a day ("17. februar" + " 2027").
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:19|20)\d\d\b")


def _day_of(value: str) -> str:
    """A new date without what runs on after it: a listing's next line ("17 March 2028
    Board meeting …") names the event, not the day it moved to."""
    day = DATE.search(value)
    if day is None or day.start() > 0:
        return value
    year = _YEAR_AFTER.match(value, day.end())
    return value[: year.end() if year else day.end()]


def _of_kind(value: str, kind: str) -> bool:
    """Whether a new value answers the kind of question: a date for "when", a sum for
    "how much"; any value for another question."""
    if kind == "date":
        return bool(DATE.search(value))
    if kind == "amount":
        return states_amount(value)
    return True


#: A figure as a statement gives it: "146", "19", "9–12", "13:00", "4,5", "1 930".
_FIGURE = re.compile(r"(?<![\w.,:])\d+(?:[.,:]\d+)*(?:\s?[–-]\s?\d+(?:[.,:]\d+)*)?(?![\w])")
#: A word that marks a line as a correction of what was said before, in the four
#: languages: "correction", "corrected", "erratum", "rättelse", "rättar", "rättat",
#: "rettelse", "korrigering", "korrigeret", "korrigert", "korrektion" (not "rettet",
#: which directs as often as it corrects).
_CORRECTION = re.compile(
    r"\b(?:correct(?:ion|ed)|erratum|rättelse\w*|rätta[rt]|rettelse\w*|"
    r"korrig\w+|korrektion\w*)\b",
    re.IGNORECASE,
)
#: A negation or "instead of" right before the value it rejects ("inte 19 februari",
#: "not 146", "ikke 9–12", "ikkje", "ej", "icke", "instead of", "i stället för", "i
#: stedet for"), maybe with an article, a currency or "kl." between ("not the 19th",
#: "not EUR 450").
_REJECTS = (
    r"\b(?:not|inte|ej|icke|ikke|ikkje|instead\s+of|i\s+st(?:ä|a)llet\s+för|"
    r"istället\s+för|i\s+stedet\s+for|i\s+staden\s+for)\s+"
    r"(?:(?:the|a|kl\.?|[A-Z]{3}|[€$£])\s*)?"
)


def _rejects(text: str, figures: set[str]) -> bool:
    """Whether a sentence rejects one of the figures and states another in its place:
    "164, not 146", "torsdag 26 februari, inte 19 februari" (not "ikke før 42 …")."""
    if not _figures(text) - figures:
        return False
    return any(
        re.search(_REJECTS + re.escape(figure) + r"(?![\d.,:]\d)", text, re.IGNORECASE)
        for figure in figures
    )


def _figures(text: str) -> set[str]:
    return {match.group() for match in _FIGURE.finditer(text)}


def correction(
    intent: Intent, best: Support, supports: list[Support]
) -> tuple[Support, str] | None:
    """A later sentence of the same document, in a cited passage, that corrects a figure
    the lead states (`_correcting`): a comment thread, a chat log or minutes correct a
    number or a day later in the text, and the earlier line no longer holds. A chat log's
    lines run together into one sentence, so a correction of another line's figure may
    meet the lead: one that answers counts only when it speaks of the question's topic
    or corrects a value of the kind asked (a day for "when", a count for "how many").
    Returns the correcting sentence and what to quote: it, or for a marked correction
    both sentences."""
    figures = _figures(best.text)
    if not figures:
        return None
    topic = topic_words(intent.question, every_stopword())
    said_at = best.chunk.start + best.chunk.sentences[best.sentence][0]
    for support in supports:
        chunk = support.chunk
        if chunk.doc != best.chunk.doc:
            continue
        for i, (start, _) in enumerate(chunk.sentences):
            if chunk.start + start <= said_at:
                continue
            found = _correcting(chunk, i, figures)
            if found and (topic_words_in(fold(found), topic) or _corrects_kind(found, intent)):
                return support.at(i), found
    return None


def _corrects_kind(said: str, intent: Intent) -> bool:
    """Whether a correction is of the kind of value asked: a day for "when", a count or
    a sum (no day) for "how many" and "how much"."""
    if intent.kind == "date":
        return bool(DATE.search(said))
    return (intent.kind == "quantity" or intent.wants_amount) and not DATE.search(said)


def _correcting(chunk: Chunk, i: int, figures: set[str]) -> str | None:
    """What a passage's sentence says to correct one of the figures: one that rejects it
    ("det var 164 barn, inte 146"), or a marked correction that restates it as said
    before ("CORRECTION: we said 9–12 earlier.") with the sentence after it that gives
    the right one, unless a figure after the mark does; None when it corrects none."""
    text = " ".join(sentence_text(chunk, i).split())
    if _rejects(text, figures):
        return text
    marked = _CORRECTION.search(text)
    if not marked or not figures & _figures(text):
        return None
    if _figures(text[marked.end() :]) - figures or i + 1 >= len(chunk.sentences):
        return text
    return " ".join(f"{text} {sentence_text(chunk, i + 1)}".split())

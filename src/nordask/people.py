"""Who-answers: the people in a role, a text's author, and who does or is responsible for
what ("who leads goal 2", "vem är ordförande", "who wrote this").

Also the name helpers the list and amount answers share: whether a passage names an
actor, a project's title, and whether a name fits the kind of actor asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from nordask.entities import actor_kind, find_actors, split_place_pair
from nordask.evidence import dated_as_asked
from nordask.labels import asked_words, label_and_value, label_says
from nordask.lazy import lazy_pattern
from nordask.overview import compound_of
from nordask.passages import (
    Support,
    fold,
    last_heading,
    sentence_text,
    tidy,
    topic_words_in,
    window,
    word_stem,
)
from nordask.query import (
    ANY_ROLE,
    ASKS_OWNER,
    BODY,
    BYLINE_OPENING,
    GOAL_WORDS,
    LED_BY,
    OWNER_LABEL,
    ROLES,
    SECOND_QUESTION,
    Intent,
    asked_office,
    asked_role,
    asks_author,
    asks_owner,
    asks_who,
    name_phrases,
    name_words,
    names_any,
    names_role_owner,
    role_kind,
    states_contact,
    topic_words,
    years_in,
)
from nordask.quotes import quote, quoted
from nordask.records import Chunk
from nordask.structure import PATH_SEPARATOR, TITLE_WORDS, goal_numbers, numbered_headings
from nordask.words import content_words, every_stopword

#: A label's translations after it, in a bilingual slide or form: "Ordförande /
#: Puheenjohtaja: …", "Næstformand / Deputy chair: …" (one or two words each).
_TRANSLATED = r"(?:\s*/\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?){0,2}"

#: An all-caps title of at most this many words may be a name ("ESPON DIGIPLAN").
ACRONYM_WORDS = 3
_NAME_AND_KIND = re.compile(
    r"\b([\w-]+)\s+(?:committee|council|commission|kommitt\w*|komit\w*|råd\w*|udvalg\w*|"
    r"utvalg\w*)\b"
)
#: How much shorter than an actor's name a question's word may be and still name it
#: ("Svinesundskomitéen", "Svinesundskommittén"), not the place it is named after.
NAME_SLACK = 3
#: A person's name: two or three capitalised words, in any Latin letters ("Sigrún
#: Ólafsdóttir").
_PERSON = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){1,2}"
#: A copula, with its perfect ("har vært seniorrådgiver Marit …").
_IS = r"(?i:is|was|är|var|er|ble|blev|blir|has\s+been|har\s+(?:vært|været|varit))"
#: Who wrote a text: "Published by Kari Nordmann", "skrevet af Mette Holm", a news
#: item's byline, a line of its own or after its dateline, or before the day it was
#: published, perhaps with the writer's role: "By Kari Nordmann", "Av Anna Berg Publicerad
#: 3 maj 2024", "Publisert 2. mai 2024 · Av Tone Isaksen, kommunikasjonsrådgiver", or a
#: report's author label.
_BYLINE = re.compile(
    rf"\b(?i:published|written|edited|posted)\s+(?i:by)\s+({_PERSON})|"
    rf"\b(?i:publicerad|publiceret|publisert|skriven|skrivet|skrevet)\s+(?i:a[fv])\s+({_PERSON})|"
    rf"{BYLINE_OPENING}(?:By|Av|Af)[ \t]+({_PERSON})(?:,[ \t]*[a-zß-öø-ÿ][\w -]{{0,40}})?[ \t]*"
    r"(?=\n|$|(?i:published|publicerad|publiceret|publisert|updated|uppdaterad)\b)|"
    # A report's label: "Author: X", "Medforfatter: X", "Författare: X".
    rf"\b(?i:(?:co-?)?authors?|\w*forfatter(?:e|ne)?|\w*författare(?:n|na)?)\s*:\s*({_PERSON})"
)
#: A doctor's or professor's title before a name: "dr. Sigrid Haugland", "Prof. Ola Ek".
_HONORIFIC = r"(?i:dr|prof)\."
#: Elected to a role, with the preposition before it: "Anna Berg (Region X) väljs till
#: ordförande", "was elected chair", "ble valgt til leder", "vælges som formand".
_ELECTED = (
    r"(?i:(?:was\s+|is\s+|ble\s+|blev\s+|blir\s+|bliver\s+)?(?:elected|valgt|vald|"
    r"väljs|valdes|vælges|valgtes|velges)(?:\s+(?:till|til|to|as|som))?)"
)
#: A person named with a role: "chair Anna Berg", "Ordförande för perioden 2024–2025 är
#: Anna Berg", "Prosjektleder var Kari Nordmann", "Øvelsesleder er brandchef Mette Holm",
#: "Anna Berg, ordförande", with a title before the name ("Kontaktperson Fagleder Ola
#: Dahl", "Prosjektleder: dr. Ola Dahl"), "Mette Holm (Region Hovedstaden, formand)",
#: "Mette Holm, Region Hovedstaden (formand)", "chaired by Anna Berg", "Aila Keskitalo,
#: författare från Pello, som blir ordförande"; with the name in apposition ("Nestleder i
#: styret, Ola Strand, …", "Rådets formand, borgmester Ole Dam") or in the next cell of the
#: row the role labels ("| Kasserer | Ove Berg |").
_PERSON_IN_ROLE = (
    rf"\b(?P<role>(?i:{ANY_ROLE})){_TRANSLATED}"
    rf"(?:\s+(?i:för|for|af|av|of|i|in)\s+[^.;:,()]{{1,40}}?)?"
    rf"(?:(?:\s*[:,|]|\s+{_IS})(?:\s+[a-zß-öø-ÿ]{{4,}})?)?(?:\s+(?i:{ANY_ROLE}))?"
    rf"(?:\s+{_HONORIFIC})?\s+(?P<name>{_PERSON})"
    rf"|(?P<named>{_PERSON})(?:,\s*[^,()\n.]{{1,40}}?)?(?:\s*,\s*|\s*\(\s*(?:[^()]*,\s*)?|\s+)"
    rf"(?:{_IS}\s+)?(?P<held>(?i:{ANY_ROLE}))\b"
    rf"|\b(?P<verb>(?i:{LED_BY}))(?:\s+(?P<title>[a-zß-öø-ÿ]{{4,}}))?\s+(?P<by>{_PERSON})"
    rf"|(?P<who>{_PERSON})(?:,?\s+(?:[^,.\n]{{1,50}},\s*)?(?i:som|who|der)\s+"
    rf"(?i:blir|bliver|är|er|is|becomes|will\s+be|var|was|blev|ble)"
    rf"|(?:\s*\([^()\n]{{1,50}}\))?\s+{_ELECTED})\s+(?P<becomes>(?i:{ANY_ROLE}))\b"
    # A table row (Markdown, or a PDF's "a | b | c") that names a person in its first cell
    # and their role alone in a later one, perhaps under its column's label: "| Anna Berg |
    # Region X | Vice ordförande |", "| Anna Berg | Organisation: X | Roll: Sekreterare |".
    rf"|(?<![^\n])[ \t]*\|?[ \t]*(?P<first>{_PERSON})[ \t]*\|(?:[^|\n]*\|)*?[ \t]*"
    rf"(?:[^|:\n]{{1,40}}:[ \t]*)?(?P<cell>(?i:{ANY_ROLE}))[ \t]*(?:\([^()|\n]*\)[ \t]*)?"
    r"(?=[|\n]|$)"
)


#: `_PERSON_IN_ROLE`, compiled on first use: few questions need it.
_person_in_role = lazy_pattern(_PERSON_IN_ROLE)


#: The few words before "led by" in its sentence, where the one led is named: "The TAG
#: for goal 1 is led by …" leads the TAG, not the committee a question asks about.
_LED_ONE = re.compile(r"((?:[^\s.!?]+\s+){0,5})$")
#: A body's name among those words: an acronym, or a capitalised word inside the sentence
#: but not a place after "in" ("a unit in Vinstad, led by …" leads the unit, not Vinstad).
_BODY_NAME = re.compile(
    r"\b[A-ZÅÄÖÆØ]{2,}\b|(?<=\S\s)(?<!\bi\s)(?<!\bin\s)(?<!\bpå\s)(?<!\bat\s)[A-ZÅÄÖÆØ][\w-]+"
)
#: A deputy: "Vice ordförande", "deputy chair", "nestleder" holds another role; the word
#: before a role ("vice" of "vice ordförande") or the role's own form.
_DEPUTY = re.compile(r"\b(?:vice|deputy|biträdande|stedfortrædende|nest)[- ]?$", re.IGNORECASE)
_ASKS_DEPUTY = re.compile(rf"\b(?:{ROLES['deputy']})\b", re.IGNORECASE)


def people_in_role(intent: Intent, ranked: list[Support]) -> dict[str, tuple[list[int], str]]:
    """Names of people the passages give the role asked about, with the citations and
    the first sentence that give it: bylines ("Published by Kari Nordmann") for who
    wrote something, names beside a role word ("chair Anna Berg", "Anna Berg,
    ordförande") for who chairs or leads it. Of several passages that name someone, the
    one that speaks most of what the question names answers (another network's chair
    is not this one's); the others only add their citations."""
    author = asks_author(intent.question)
    told_more = bool(SECOND_QUESTION.search(intent.question))  # "…, and what else does she do?"
    named: list[tuple[Support, dict[str, str]]] = []
    for support in ranked:
        chunk, found = support.chunk, {}
        question = intent.question
        labelled = _labelled_contacts(question, chunk.text)
        if labelled := labelled or _headed_contacts(question, chunk, qualified=True):
            named.append((support, labelled))  # the asked one's line, not the others'
            continue
        paired = [] if author else side_by_side(chunk.text)
        for text, _ in paired:  # "Anna Berg, ordförande, Region X" of a row over a row
            for match in _person_in_role().finditer(text):
                if _holds_asked_role(question, text, match) and not _asks_beside(
                    name := _holder(match), question
                ):
                    found.setdefault(name, text)
        for match in (_BYLINE if author else _person_in_role()).finditer(chunk.text):
            if any(match.start() in span for _, span in paired):
                continue  # a name of the row above with the first role of the row below
            if author:
                name = next(g for g in match.groups() if g)
            elif not _holds_asked_role(intent.question, chunk.text, match):
                continue
            else:
                name = _holder(match)
            if _is_body(name) or _asks_beside(name, question):
                continue  # "Chair Kvarkenrådet": an organisation
            found.setdefault(name, _naming_line(chunk, match, told_more))
        if found := found or _headed_contacts(question, chunk, qualified=False):
            named.append((support, found))
    named = _of_years_asked(named, intent)
    about = [item for item in named if _speaks_of_subject(item[0], intent)]
    if not about:  # a document naming the subject on another page speaks of it on this one
        documents = {s.chunk.doc for s in ranked if _speaks_of_subject(s, intent)}
        about = [
            item
            for item in named
            if item[0].chunk.doc in documents and not _titled_by_another(item[0], intent)
        ]
    if not about and not (named and _in_closest(named[0][0], ranked, intent)):
        return {}  # only passages about something else name someone in such a role
    best = max(about or named[:1], key=lambda item: subject_names(item[0], intent))[1]
    return {name: ([s.n for s, found in named if name in found], best[name]) for name in best}


#: A year a question asks about the time before: "before 2024", "prior to 2019", "until
#: 2013", "före 2024", "innan 2019", "fram till 2013", "før 2024", "inden 2024", "indtil
#: 2019", "frem til 2013".
_BEFORE_YEAR = re.compile(
    r"\b(?:before|prior\s+to|until|före|innan|fram\s+till|før|inden|indtil|frem\s+til)\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _of_years_asked(
    named: list[tuple[Support, dict[str, str]]], intent: Intent
) -> list[tuple[Support, dict[str, str]]]:
    """Of the holders passages name, those named in a line of a year the question asks,
    when any is: on a page of a body's history, "chair between 2013 and 2019" is the one
    elected in 2013, not the first chair. Before a year, none named in a line of that
    year or later only: "vice chair before 2024" is not the one elected in 2024."""
    before = _BEFORE_YEAR.search(intent.question)
    if before:
        return [
            (support, kept)
            for support, found in named
            if (
                kept := {
                    n: line
                    for n, line in found.items()
                    if _dated_before(support.chunk.text, line, before)
                }
            )
        ]
    dated = [
        (support, kept)
        for support, found in named
        if (kept := {n: line for n, line in found.items() if dated_as_asked(line, intent)})
    ]
    return dated or named


def _dated_before(text: str, line: str, before: re.Match[str]) -> bool:
    """Whether a line of a passage's text is undated, or dated by a year before the one
    asked about: its own years, else those its paragraph opens with before it ("2024
    X väljs till ordförande … Vice ordförande är Y" dates Y by 2024)."""
    at = text.find(line)
    opening = text[text.rfind("\n\n", 0, at) + 1 : at] if at > 0 else ""
    years = years_in(line) or years_in(opening)
    return not years or min(int(y) for y in years) < int(before["year"])


#: A line that labels a person by whom they stand for: "Fagforbundet: Hanne Lie, tlf. …",
#: "- Region Norrby: Anna Lund"; the label, then the name.
_LABELLED_PERSON = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<label>[^:\n]{{2,40}}?):[ \t]*(?P<name>{_PERSON})\b(?P<rest>.*)$",
    re.MULTILINE,
)


#: A capitalised word of a label, a name's: "Fagforbundet", "Region" of "Region Norrby".
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖÆØ][\w-]{3,}")
#: Any role word, compiled on first use.
_any_role = lazy_pattern(rf"\b(?:{ANY_ROLE})\b", re.IGNORECASE)


def _labelled_contacts(question: str, text: str) -> dict[str, str]:
    """The people a contact question asks for by whom they stand for, each with its line:
    "Fagforbundet: Hanne Lie, tlf. …" for "the union contact for Fagforbundet", where a
    contact block labels each contact by the organisation, not by a role; not a line whose
    role is another ("Region X: Anna Lund (ordförande)")."""
    if asked_role(question) != "contact":
        return {}
    found = {}
    for match in _LABELLED_PERSON.finditer(text):
        label = match.group("label")
        words = _CAPITALISED.findall(label)
        if not words or any(is_role(w) for w in label.split()):
            continue
        roles = {role_kind(m.group()) for m in _any_role().finditer(match.group("rest"))}
        if all(named_in(w, question) for w in words) and roles <= {"contact"}:
            found.setdefault(match.group("name"), match.group().strip(" \t-*•"))
    return found


#: A person named at the opening of a line, perhaps after the title they hold:
#: "Handläggare Karin Ås, Region X", "Prosjektrådgiver Tor-Erik Lie, …", "Eva Berg, …".
_TITLED_PERSON = re.compile(
    rf"^\s*(?:(?P<title>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{{5,}})\s+)?(?P<name>{_PERSON})"
)


def _headed_contacts(question: str, chunk: Chunk, qualified: bool) -> dict[str, str]:
    """The person a contact question asks for, named first under a contact heading whose
    other words the question says: a `qualified` one ("4. Kontakt på svensk sida" for
    "kontaktperson på svensk side"), else a bare "Kontakt", which answers only when no
    role word names a contact. A section titled so names its contact by title
    ("Handläggare Karin Ås, Region X, telefon …"), not by the word contact. Not a line
    that names a role of its own."""
    if asked_role(question) != "contact":
        return {}
    asked = [fold(w) for w in re.findall(r"\w+", question)]
    for i, (start, end) in enumerate(chunk.sentences):
        heading = _heading_above(chunk, i).lstrip("0123456789.,:;)- ")
        if not any(role_kind(w) == "contact" for w in heading.split()):
            continue
        others = [w for w in topic_words(heading, every_stopword()) if not is_role(w)]
        if bool(others) != qualified:
            continue
        line = chunk.text[start:end]
        found = _TITLED_PERSON.match(line)
        said = all(any(_cognate(fold(w), q) for q in asked) for w in others)
        if not said or not found or _any_role().search(line):
            continue
        title, name = found.group("title"), found.group("name")
        if title and not _DOER_WORD.search(title):  # "Anna Maria Berg": a name of three
            name = f"{title} {name}"
        return {name: line}
    return {}


#: The most words a line of its own may have to head what follows it.
_HEADING_WORDS = 8


def _heading_above(chunk: Chunk, i: int) -> str:
    """The heading a sentence stands under: the line of its own just above it when that
    is short and unpunctuated ("Kontakt på svensk sida" in a PDF whose numbered headings
    were split from their numbers), else its section's."""
    if i > 0:
        start, end = chunk.sentences[i - 1]
        line = chunk.text[start:end].strip()
        own = "\n" in chunk.text[end : chunk.sentences[i][0]]
        if own and len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?")):
            return line
    return last_heading(chunk.section_of(i))


#: The fewest letters two words must begin alike with to be one word in two languages.
_COGNATE_LETTERS = 3


def _cognate(word: str, other: str) -> bool:
    """Whether two folded words are one word, perhaps in two of the languages or forms:
    alike but for their last letter at most ("sida", "side"; "svensk", "svenska")."""
    shorter = min(len(word), len(other))
    alike = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), shorter)
    return alike >= _COGNATE_LETTERS and alike >= shorter - 1


def names_holder(question: str, chunk: Chunk) -> bool:
    """Whether a passage names a person in the role a who-question asks about ("Ingrid
    Dahl, Region X – formand" for who chairs it; "Nestleder Per Lie" for its deputy),
    by the same rules `people_in_role` reads it with: a members' list or a signature
    reads like no question, so search may leave it below the passages it cites."""
    if asks_author(question) or not asked_role(question):
        return False
    paired = side_by_side(chunk.text)
    texts = [text for text, _ in paired]
    return any(
        _holds_asked_role(question, text, match) and not _is_body(_holder(match))
        for text in [*texts, chunk.text]
        for match in _person_in_role().finditer(text)
        if text is not chunk.text or not any(match.start() in span for _, span in paired)
    )


#: A line of text, without its break.
_LINE = re.compile(r"[^\n]+")


def side_by_side(text: str) -> list[tuple[str, range]]:
    """The people a layout names side by side over what they are, as one line each: a
    signature block of two or more ("Anna Berg | Per Ek" over "ordförande, Region X |
    sekreterare" reads "Anna Berg, ordförande, Region X" and "Per Ek, sekreterare"), with
    the span of the two rows. A name of the first row is not the second row's first
    role, which only its own column gives."""
    lines = list(_LINE.finditer(text))
    found = []
    for upper, lower in pairwise(lines):
        names = [cell.strip() for cell in upper.group().split("|")]
        whats = [cell.strip() for cell in lower.group().split("|")]
        if len(names) < 2 or len(whats) != len(names):
            continue
        if all(re.fullmatch(_PERSON, name) for name in names):
            span = range(upper.start(), lower.end())
            found += [(f"{name}, {what}", span) for name, what in zip(names, whats, strict=True)]
    return found


def _asks_beside(name: str, question: str) -> bool:
    """Whether a who-question for a role names the person itself, every word of the name
    (perhaps in a possessive form): it asks for another holder of the role ("Who was
    chair before Anna Berg?", "Hvem efterfulgte Anna Berg som formand?"), not her."""
    asked = re.findall(r"\w+", question.casefold())
    return all(any(w.startswith(part) for w in asked) for part in name.casefold().split())


def _holder(match: re.Match[str]) -> str:
    """The person a role match names, whichever of its forms matched."""
    return next(match.group(g) for g in ("name", "named", "by", "who", "first") if match.group(g))


def _is_body(name: str) -> bool:
    """Whether a name beside a role word is an organisation's ("Chair Kvarkenrådet")."""
    return bool(find_actors(name)) and actor_kind(name) is not None


def _in_closest(support: Support, ranked: list[Support], intent: Intent) -> bool:
    """Whether a passage that names someone is the closest one, or stands in its document
    under no heading of another thing: a letter's signature on its last page ("Med
    vennlig hilsen …") signs the letter search found, in whatever language it asks."""
    closest = ranked[0]
    same = support.chunk.doc == closest.chunk.doc and not _titled_by_another(support, intent)
    return support is closest or same


def _titled_by_another(support: Support, intent: Intent) -> bool:
    """Whether a passage stands under a heading that names something the question does
    not ("… › STORMWISE" in a catalogue of projects): the people it names are that
    thing's, though its document names the asked one elsewhere."""
    heading = support.section.rsplit(PATH_SEPARATOR, 1)[-1].lstrip("0123456789.,:;)- ")
    asked = name_words(intent.question)
    # A heading in two languages ("Med vennlig hilsen / Med venlig hilsen") opens each
    # with a capital: read each on its own, as a question is.
    return any(
        not names_any(word, asked)
        for part in _OTHER_LANGUAGE.split(heading)
        for word in name_words(part)
    )


#: The slash between a heading and its wording in another language: "Metode / Metod".
_OTHER_LANGUAGE = re.compile(r"\s+/\s+")


def _speaks_of_subject(support: Support, intent: Intent) -> bool:
    """Whether a passage (with its title, section and owner) speaks of what a person
    question asks about: of its names ("Bredband i Inlandet"), or when it names none,
    of one of its topic words ("loneliness"), the role asked aside, or of the role when
    the question asks only who holds it ("Who is secretary general?"). Of a two-part
    question, the first part asks who ("…, and what else does she do?" asks about her)."""
    chunk = support.chunk
    where = fold(" ".join((chunk.title, support.section, support.owner or "", chunk.text)))
    names = [n for n in name_words(intent.question) if not is_role(n)]
    if names:  # most of them: "Nordic" of "Nordic Fisheries Working Group" names no group
        found = sum(names_any(where, [fold(n)]) for n in names)
        return 2 * found >= len(names)
    second = SECOND_QUESTION.search(intent.question)
    asked = topic_words(intent.question[: second.start() if second else None], every_stopword())
    topic = [w for w in asked if not is_role(w)] or asked
    return topic_words_in(where, topic) > 0


def is_role(word: str) -> bool:
    return bool(re.fullmatch(ANY_ROLE, word, re.IGNORECASE))


#: A sentence that goes on about the person named before it: "She also …", "Hon är …".
_GOES_ON = re.compile(r"\s*(?:she|he|hon|han|hun|hän)\b", re.IGNORECASE)
#: A sentence longer than this is a list run together (a minutes' participants), not one
#: statement: the quote is the name with its role.
_NAMING_WORDS = 30
#: The next label of a contact block run together into one sentence: " E-post:",
#: " Telefon:", " Pressekontakt:".
_LABEL_RUN = re.compile(r"\s[A-ZÀ-ÖØ-Þ][\w-]*:\s")


def _naming_line(chunk: Chunk, match: re.Match[str], told_more: bool = False) -> str:
    """The sentence that names a person in a role, a label with its value up to the next
    label when one names them ("Sekretariatsleder: X" of "… Sekretariatsleder: X
    E-post: …", a contact block run together into one sentence), or the
    naming itself when the sentence is a list run together ("Mette Holm, Region
    Hovedstaden (formand)"). With `told_more` (a second question asks more of the
    person), the next sentence too when it goes on about them ("She also chairs …")."""
    at = next((i for i, (a, b) in enumerate(chunk.sentences) if a <= match.start() < b), None)
    start, end = chunk.sentences[at] if at is not None else (0, 0)
    if told_more and at is not None and at + 1 < len(chunk.sentences):
        after = chunk.sentences[at + 1]
        both = chunk.text[start : after[1]]
        if _GOES_ON.match(chunk.text[after[0] : after[1]]) and len(both.split()) <= _NAMING_WORDS:
            end = after[1]
    line = chunk.text[start:end]
    role = match.re is _person_in_role() and match.group("role")
    label = role and re.match(r"\s*:", chunk.text[match.end("role") :])  # "Kasserer: Ove Berg"
    block = _LABEL_RUN.search(chunk.text, match.end(), end)
    if label and (block or _LABEL_RUN.search(chunk.text, start, match.start())):
        return chunk.text[match.start() : block.start() if block else end]
    if line and len(line.split()) <= _NAMING_WORDS:
        return line
    end = match.end() + (chunk.text[match.end() : match.end() + 1] == ")")
    return chunk.text[match.start() : end]


def _holds_asked_role(question: str, text: str, match: re.Match[str]) -> bool:
    """Whether the role a person is named with is the kind the question asks about, or
    when it names none, one that does what it asks by its verb ("Hvem leder programmet":
    a leader, not the chair of the council that backs it; a body's chair leads the
    body); any role when it asks neither; and a deputy's only when it asks for one."""
    if names_role_owner(question):  # "Who approves the chair's travel?": not the chair
        return False
    kind = asked_role(question)
    if match.group("verb"):  # "chaired by", "leds av": who chairs or leads it
        led = _LED_ONE.search(text[: match.start("verb")])
        other = led and any(not named_in(n, question) for n in _BODY_NAME.findall(led.group(1)))
        # "Sekretariatet ledes af sekretariatschef X": the secretariat's head leads it, not
        # the body, unless the question asks who leads the secretariat.
        title = match.group("title")
        if kind and title and role_kind(title) == kind:
            return not other  # "ledes av generalsekretær X": the very role asked
        part = title and role_kind(title) in _LEADS_A_PART
        asked = led and any(named_in(word, question) for word in led.group(1).split())
        return (
            kind in (None, "chair")
            and not _ASKS_DEPUTY.search(question)
            and not other
            and not (part and not asked)
        )
    group = next(g for g in ("role", "held", "becomes", "cell") if match.group(g))
    role = match.group(group)
    if kind and role_kind(role) != kind:
        return False
    doing = None if kind else asked_doing(question)
    if (
        doing
        and not doing.search(role)
        and not _chairs_asked_body(question, role)
        and not _heads_asked_unit(question, role)
    ):
        return False
    if doing and role_kind(role) in _LEADS_A_PART:
        return False  # "Sekretariatsleder" leads the secretariat, not the council asked
    deputy = _DEPUTY.search(text[: match.start(group)]) or _ASKS_DEPUTY.fullmatch(role)
    return bool(deputy) == bool(_ASKS_DEPUTY.search(question))


#: Roles that hold a part of a body, not the whole one a question asks who leads or runs.
_LEADS_A_PART = frozenset({"secretary", "treasurer", "board member", "contact"})


#: A body's secretariat, which its head leads, not its chair: "sekretariatet", "kansliet".
_SECRETARIAT = re.compile(r"\b(?:secretariat|sekretariat|kansli)\w*", re.IGNORECASE)


def _chairs_asked_body(question: str, role: str) -> bool:
    """Whether a role is a chair and the question asks who leads a body ("Hvem leder
    rådet?"), which its chair does; not its secretariat ("Hvem leder sekretariatet i
    rådet?")."""
    chair = re.fullmatch(ROLES["chair"], role, re.IGNORECASE)
    body = re.search(rf"\b{BODY}\b", question, re.IGNORECASE)
    return bool(chair and body and not _SECRETARIAT.search(question))


#: A compound title of a unit's head: the unit's word, then the head's ("analyse|chef",
#: "avdelning|s|chef", "kommunikasjon|s|sjef", "økonomi|leder").
_UNIT_HEAD = re.compile(r"(\w{4,}?)s?(?:chef|sjef|leder|ledare|leiar)(?:en|n)?", re.IGNORECASE)


def _heads_asked_unit(question: str, role: str) -> bool:
    """Whether a role is the head of the unit a who-leads question names: an
    "analysechef" leads the "analyseenhed" or "analysis unit" (the unit's word opens a
    word of the question), not the council the unit is part of."""
    head = _UNIT_HEAD.fullmatch(role)
    stem = fold(head.group(1))[:_UNIT_STEM] if head else ""
    return bool(stem) and any(fold(w).startswith(stem) for w in re.findall(r"\w+", question))


#: How many letters of a unit's word name it in another language ("analyse", "analysis").
_UNIT_STEM = 5


def subject_names(support: Support, intent: Intent) -> int:
    """How many of the question's names the passage, its section, its owner or its
    document's title names: a report titled by a project speaks of it on every page, and
    its results line ("412 took part") need not repeat the name its summary opens with."""
    where = " ".join((window(support), support.section, support.owner or "", support.chunk.title))
    return sum(names_any(where, [name]) for name in dict.fromkeys(name_words(intent.question)))


#: What a who-question asks someone does, each in its verb and noun forms in the four
#: languages: being responsible, leading, chairing, coordinating, hosting, developing,
#: evaluating (the first a question names; of two at one word, the first here). A
#: sentence that says it of someone names the one asked for ("Region X arbetar med att
#: samordna …", "Programmet leds av Y", "Z is lead partner").
_DOINGS = tuple(
    re.compile(rf"\b(?:{forms})\b", re.IGNORECASE)
    for forms in (
        r"responsib\w*|in\s+charge|\w*ansvar\w*",
        # Who leads a work is also who is responsible for it: "(ansvarig: X)". An
        # "innledning" (introduction) leads nothing. A project's lead party is its
        # "huvudpart" / "hovedpartner"; not "hovedparten av" (the most of).
        r"lead\w*|led|heads?|headed|(?!in+ledning)\w*led(?:er|es|et|s|de|dde|are|aren|eren|ning)|"
        r"responsib\w*|in\s+charge|\w*ansvar\w*|(?:huvud|hoved)part(?:ner\w*|er)?",
        rf"chair\w*|ordför\w*|ordfør\w*|{ROLES['chair']}",
        r"\w*coordinat\w*|\w*koordin\w*|\w*samordn\w*",
        # Not "vært" alone, Danish and Norwegian for "been".
        r"host(?:s|ed|ing)?|värd(?:ar|en|skap\w*)?|vært(?:er|erne|skab\w*)|vert(?:er|ene|skap\w*)",
        r"develop\w*|\w*utveckl\w*|\w*udvikl\w*|\w*utvikl\w*",
        r"\w*evaluat\w*|\w*evaluer\w*|\w*utvärder\w*",
    )
)
#: Being responsible, the first of the doings (and the one a "who leads" bridges to).
_RESPONSIBLE = _DOINGS[0]
#: After the doing, the one who does it follows: passive ("led by", "ledes i dag av"),
#: a copula, perhaps after what is done or a noun ("the lead partner is", "Prosjektleder
#: for evalueringen har vært"), or a label ("Lead partner:").
_DOER_AFTER = re.compile(
    rf"^(?:\s+\w{{1,5}}){{0,2}}\s+(?:by|av|af)\s|"
    rf"^(?:\s+(?:for|of|för|af|av)\s+\w+|\s+[\w-]+)?\s+(?:{_IS}|are)\s|^(?:\s+[\w-]+)?\s*:"
)
#: A second name joined to a subject's first, before the doing: "… og Høgskolen i
#: Innlandet er værter", "… and Nordby Port host": capitalised, a short link word inside.
_JOINED_NAME = re.compile(
    r"[^,;.]*?\s(?:og|och|and|samt)\s+([A-ZÅÄÖÆØ][\w-]*(?:\s+(?:[a-zåäöæø]{1,3}\s+)?"
    r"[A-ZÅÄÖÆØ][\w-]*){0,3})(?:\s+(?:er|är|is|are|var|was|were|har|have|has))?\s*$"
)
#: A subject that is a name with its acronym, whatever its case: "Norsk helsenett (NHN)".
_SPELLED_SUBJECT = re.compile(r"^\s*([A-ZÅÄÖÆØ][\w-]*(?:\s+[\w-]+){0,3}\s+\([A-ZÅÄÖÆØ]{2,}\))\s*$")
#: A label's value: "Lead partner: Havbruksinstituttet Lofoten (Norway)", up to a bracket,
#: a comma or a table cell's end ("| Host: Sørhamn kommune |"), or the end of the brackets
#: a heading holds it in ("3.2 Kajer (ansvarig: Hamnbolaget)").
_LABEL_VALUE = re.compile(
    rf"^(?:\s+[\w-]+)?{_TRANSLATED}\s*:\s*([A-ZÅÄÖÆØ][^,;()|\n]{{1,60}}?)\s*(?:[(),;|]|$)"
)


@dataclass(frozen=True)
class Doer:
    """Who a cited sentence says does what a who-question asks, with the sentence."""

    names: list[str]
    support: Support
    line: str


#: "Who can I contact / write to …": whom to turn to, answered by a contact's details.
_ASKS_WHOM = re.compile(
    r"\b(?:contact|reach|write\s+to|kontakte|kontakta|henvende\s+meg|henvende\s+mig|"
    r"vända\s+mig|vende\s+meg)\b",
    re.IGNORECASE,
)


def asks_whom(question: str) -> bool:
    """Whether a question asks whom to contact: "Who should I contact about X", "Vem
    kontaktar jag om X", "contact person for X"."""
    return bool(_ASKS_WHOM.search(question)) or asked_role(question) == "contact"


def contact_line(intent: Intent, ranked: list[Support]) -> Support | None:
    """For "who can I contact about X", the cited sentence that gives an e-mail address or
    a phone number ("Questions … should be sent to x@y.org"): one that names the person to
    write to first ("Project adviser Kari Holm answers questions …: kari@…"), over a
    site's address line that a page's footer repeats; then by rank; of one passage's, the
    one that reads closest to the question: a who-to-ask table gives a contact on every
    row, and the asked one is the row whose matter is the question's, not the first.
    The bodies near the topic are no answer to whom to write."""
    if not _ASKS_WHOM.search(intent.question):
        return None
    found = [
        (-rank, support.at(j))
        for rank, support in enumerate(ranked)
        for j in range(len(support.chunk.sentences))
        if states_contact(sentence_text(support.chunk, j))
    ]
    best = max(
        found, key=lambda f: (_names_person(window(f[1])), f[0], _closeness(f[1])), default=None
    )
    return best[1] if best else None


def _closeness(support: Support) -> float:
    """How close the support's sentence reads to the question, as ranking scored it."""
    scores = support.sentence_scores
    return scores[support.sentence] if support.sentence < len(scores) else 0.0


#: A company's legal form after its name: "Nordlys Analyse AS", "Kustdata AB", "ApS".
_COMPANY_FORM = re.compile(r"\s+(?:AS|ASA|AB|A/S|ApS|Oy|Oyj|Ltd|GmbH|SA)\b")


def _names_person(text: str) -> bool:
    """Whether `text` names a person (`_person_names`)."""
    return bool(_person_names(text))


def _person_names(text: str) -> list[str]:
    """The people `text` names: two or three capitalised words that are no body's name
    ("Kari Holm", not "Nordic Council" nor the firm "Havdata Analyse AS")."""
    return [
        match.group()
        for match in re.finditer(_PERSON, text)
        if not find_actors(match.group()) and not _COMPANY_FORM.match(text, match.end())
    ]


def asked_doer(intent: Intent, ranked: list[Support]) -> Doer | None:
    """Who does what the question asks, or for a project question which project the
    named actor does it in."""
    if intent.actor_kind == "project":
        return _project_done_by(intent, ranked)
    return stated_doer(intent, ranked)


def asks_holder(intent: Intent) -> bool:
    """Whether a who-question asks who holds a role or does a thing ("Who chairs the
    board?", "Hvem leder arbeidet?"): only a sentence that says so answers it, never the
    bodies named near its topic."""
    question = intent.question
    return intent.kind == "person" and bool(
        asked_role(question) or asked_office(question) or asked_doing(question)
    )


def doer_answer(doer: Doer, question_lang: str | None) -> str:
    """The names with their citation and the sentence that says they do it, labelled
    with its language when the question's is another."""
    names = "; ".join(f"{name} [{doer.support.n}]" for name in doer.names)
    return f"{names}: {quoted(quote(doer.line), doer.support, question_lang)}"


def stated_doer(intent: Intent, ranked: list[Support]) -> Doer | None:
    """For "who leads / coordinates / hosts … X", the actor a cited sentence ties to that
    doing: the best sentence that says it, by how much of the question its paragraph
    names, then by rank. A list of every name near the topic is no answer to who does it."""
    doing = asked_doing(intent.question)
    if doing is None:
        return None
    stop = every_stopword()
    # The kind of thing asked about counts too: "the programme" is "Programmet leds av …";
    # the kind of actor asked for, before the doing ("Which organisation leads …"), not.
    rest = intent.question[doing.search(intent.question).end() :]
    words = re.findall(r"[^\W\d_]{5,}", rest.casefold())
    topic = [w for w in dict.fromkeys(words) if w not in stop]
    names = [n for n in dict.fromkeys(name_words(rest)) if not doing.search(n)]
    # The role the question names, in its own words: "Leadpartner" for "the lead
    # partner", where "Prosjektleder" leads too.
    role = asked_role(intent.question)
    best: tuple[tuple[bool, int, bool, int, int], Doer] | None = None
    for rank, support in enumerate(ranked):
        chunk = support.chunk
        for j in range(len(chunk.sentences)):
            text = tidy(sentence_text(chunk, j))
            of_asked = named = False
            if cell := _table_doer(doing, text, topic):  # "| Fase | … | Ansvarlig |"
                found, text = cell
            elif match := doing.search(text):
                if _DEPUTY.search(text[: match.start()]) or _ASKS_DEPUTY.fullmatch(match[0]):
                    continue  # "The vice-chair is …", "Nestleder …" hold another role
                if role and _RESPONSIBLE.fullmatch(match.group(0)) and doing is not _RESPONSIBLE:
                    continue  # "(ansvar: X)" leads the work, but names no project leader
                found = _doers(intent, text, match, chunk.owner_of(j))
                of_asked = _role_of_asked_doing(text, match, doing, topic)
                named = bool(
                    role and re.match(rf"(?:{ROLES[role]})\b", text[match.start() :], re.I)
                )
            else:
                continue
            # "Who chaired X before Anna Berg?" asks for another than the one it names.
            found = [name for name in found if not _asks_beside(name, intent.question)]
            if not found:
                continue
            section = chunk.section_of(j)  # the sentence's own, not the best one's
            where = " ".join((window(support.at(j)), section, chunk.owner_of(j) or ""))
            hits = _stems_in(where, topic) + sum(names_any(where, [n]) for n in names)
            # "mål 1": goal 1's section, or a sentence that names it ("goal 1 by X")
            goals = goal_numbers(section) | {int(g) for g in _GOAL_NAMED.findall(text)}
            hits += intent.goal in goals
            hits += bool(doing.search(section))  # under "4.1 Evaluering"
            # Nothing of the question around it: only the top passage's best sentence, or
            # a line of the part that speaks of it ("X er ansvarlig" under a minutes'
            # item that names the campaign sentences before).
            aside = not hits and not of_asked and (rank or j != support.sentence)
            if aside and not _stems_in(_section_text(chunk, section), topic):
                continue
            key = (of_asked, hits, named, _stems_in(text, topic), -rank)
            if best is None or key > best[0]:
                best = (key, Doer(found, support.at(j), text))
    return best[1] if best else None


#: The verbs of taking up a post: "takes over", "overtar", "tar över", "tiltræder",
#: "tillträder", "succeeds", "efterträder", "etterfølger".
_TAKES_OVER = (
    r"(?i:(?:will\s+)?(?:takes?|took)\s+over|overtar|overtager|övertar|tar\s+(?:över|over)|"
    r"tiltræder|tiltrer|tillträder|succeeds|succeeded|efterträder|etterfølger|efterfølger)"
)
#: A new holder of a post: "Anna Berg takes over on 1 May", "Fra 1. mars overtar Kari
#: Moen som leder" (the verb before its subject), "Den nya chefen blir Anna Berg"; a
#: capitalised word after a day is its month, not a first name.
_SUCCESSOR = re.compile(
    # Not after a day's number: a month ("1 June Per Holm"), unlike after a year.
    rf"(?<!\D\d\s)(?<!\D\d\d\s)(?P<heir>{_PERSON})\s+{_TAKES_OVER}\b|"
    rf"\b(?i:overtar|overtager|övertar|tiltræder|tiltrer|tillträder|tar)\s+(?P<after>{_PERSON})"
    r"\s+(?i:som|as|över|over)\b|"
    rf"\b(?i:new|ny|nya|nye|nyt)\s+[^\W\d_]+\s+(?i:is|will\s+be|becomes|blir|bliver|er|är)\s+"
    rf"(?P<named>{_PERSON})"
)
#: A question for who takes up a post: "Who is the new head of X", "Vem blir ny chef
#: för X", "Hvem overtager som leder", "Who succeeds X".
_ASKS_SUCCESSOR = (
    rf"\b(?:new|ny|nya|nye|nyt|incoming)\s+(?:\w+\s+)?(?:{ANY_ROLE}|chef\w*|head|leader|"
    r"leder\w*|ledare\w*)\b|\b(?:successor\w*|efterträdare\w*|etterfølger\w*|efterfølger\w*|"
    r"take\s+over|takes\s+over|taking\s+over|tar\s+över|tar\s+over|overtar|övertar|"
    r"overtager|tiltræder|tillträder|tiltrer|succeeds?)\b"
)


#: `_ASKS_SUCCESSOR`, compiled on first use: few questions need it.
_asks_successor = lazy_pattern(_ASKS_SUCCESSOR, re.IGNORECASE)


def successor(intent: Intent, ranked: list[Support]) -> Doer | None:
    """For "who is the new head of X", the person the closest passage on X says takes up
    the post, with that sentence ("Fra 1. mars 2026 overtar Kari Moen som leder for X"): its
    day too, and not the one who leaves it, whose role a passage names as well."""
    if not intent.wants_actors or not _asks_successor().search(intent.question):
        return None
    for support in ranked:
        if name_words(intent.question) and not _speaks_of_subject(support, intent):
            continue  # another body's new chair (its topic words may be in another language)
        chunk = support.chunk
        for j in range(len(chunk.sentences)):
            text = tidy(sentence_text(chunk, j))
            for match in _SUCCESSOR.finditer(text):
                name = next(g for g in match.groups() if g)
                if find_actors(name) and actor_kind(name) is not None:
                    continue  # "Region Nord takes over the ferries": an organisation
                if not named_in(name, intent.question):
                    return Doer([name], support.at(j), text)
    return None


#: Being away from one's post: "on parental leave", "while away", "in his absence",
#: "föräldraledig", "tjänstledig", "i permisjon", "på orlov", "sygemeldt", "sjukskriven",
#: "fravær", "frånvaro".
_AWAY = re.compile(
    r"\b(?:leave|absen\w*|away|\w*ledig\w*|\w*permis\w*|\w*permission\w*|orlov\w*|"
    r"sy[gk]e?meld\w*|sjukskriv\w*|fravær\w*|frånvar\w*)\b",
    re.IGNORECASE,
)
#: A line that names one person as its labelled value: "Ersättare: Per Holm.",
#: "Vikar: Anna Berg", "Henvendelser om budsjett: Kari Lie".
_LABELLED_NAME = re.compile(rf":\s*(?P<name>{_PERSON})\s*\.?\s*$")


def stand_in(intent: Intent, ranked: list[Support]) -> Doer | None:
    """For "who replaces X while she is on leave", the person X's own entry in a
    directory names in a labelled line ("Sofia Lund Projektledare … Föräldraledig till
    maj. Ersättare: Per Holm."): the entry opens with X's name, and its lines run to the
    next entry's name. X is the one away, never the answer."""
    if not intent.wants_actors or not _AWAY.search(intent.question):
        return None
    away = next((" ".join(p) for p in name_phrases(intent.question) if len(p) > 1), None)
    for support in ranked if away else []:
        chunk = support.chunk
        lines = [tidy(sentence_text(chunk, j)) for j in range(len(chunk.sentences))]
        for i in (i for i, line in enumerate(lines) if line.startswith(f"{away} ")):
            for j in range(i + 1, len(lines)):
                if re.match(_PERSON, lines[j]) and ":" not in lines[j]:
                    break  # the next entry's name line
                named = _LABELLED_NAME.search(lines[j])
                if named and not named_in(named["name"], intent.question):
                    # With the line before that says X is away ("Föräldraledig till maj.").
                    said = next((k for k in range(i + 1, j) if _AWAY.search(lines[k])), j)
                    return Doer([named["name"]], support.at(j), " ".join(lines[said : j + 1]))
    return None


def says_doer(question: str, doing: re.Pattern[str], chunk: Chunk) -> bool:
    """Whether a passage says by name who does `doing`, what a who-question asks
    (`asked_doing`): after a passive ("The evaluation was led by Kari Dahl", "ledes av
    Nordby kommune"), or a person in any of the ways `named_doers` reads ("Kari Dahl er
    ansvarlig", a minutes' decision line): a sentence in another language than the
    question's, or under an item that names the topic sentences before, which search may
    rank low."""
    for j in range(len(chunk.sentences)):
        text = tidy(sentence_text(chunk, j))
        for match in doing.finditer(text):
            if _DEPUTY.search(text[: match.start()]):
                continue
            by = _BY_NAME.match(text[match.end() :])
            names = [by[1]] if by else [n for n in named_doers(text, match, None) if is_person(n)]
            if any(not named_in(name, question) for name in names):
                return True
    return False


def is_person(name: str) -> bool:
    """Whether a name is a person's by its shape (two or three capitalised words) and no
    organisation's ("Region Nord")."""
    return bool(re.fullmatch(_PERSON, name)) and not (find_actors(name) and actor_kind(name))


def _section_text(chunk: Chunk, section: str) -> str:
    """The sentences of a passage that stand in `section`."""
    spans = [span for j, span in enumerate(chunk.sentences) if chunk.section_of(j) == section]
    return " ".join(chunk.text[a:b] for a, b in spans)


#: A title in quotes inside a value ("Keynote: "Border work today" Ola Berg"): no name.
_QUOTED = re.compile(r"[\"“”«»][^\"“”«»]*[\"“”«»]")


def labelled_doer(intent: Intent, ranked: list[Support]) -> Doer | None:
    """For a who-question whose asked word a line's label says ("Who moderates the
    panel?" and "Moderator: Kari Holm, …"; "keynote" and "10:20 Keynote: "…" Dr. Ola
    Berg"), the person or body the line's value names: a programme, a card or a call
    gives who does what on such lines, which read as no sentence about the doing. Of the
    lines whose labels say asked words, the one that says the question's earliest (the
    word asked, before what it is asked of: "modererar" before "panelen"), then by rank;
    a label that names a doer ("Moderator", "Kontakt") first of all: "panel moderator"
    asks the moderator, whom the "Panel: …" line does not name.
    A line of a card or programme item that does not name what the question names (all
    of its names) is another's: "Partners: …" of the next project."""
    if not asks_who(intent.question):
        return None  # "Which organisations …" asks for a list, not a line's value
    asked = asked_words(intent.question)
    names = list(dict.fromkeys(name_words(intent.question)))
    best: tuple[tuple[bool, int, int], Doer] | None = None
    for rank, support in enumerate(ranked):
        chunk = support.chunk
        for j, line in _lines(chunk):
            labelled = label_and_value(line)
            if not labelled:
                continue
            said = label_says(labelled[0], asked)
            found = _value_names(labelled[1])
            where = " ".join((window(support.at(j)), chunk.section_of(j), chunk.title))
            if said is None or not found or not all(names_any(where, [n]) for n in names):
                continue
            key = (_names_doer_label(labelled[0]), -said, -rank)
            if best is None or key > best[0]:
                best = (key, Doer(found, support.at(j), line))
    return best[1] if best else None


def _lines(chunk: Chunk) -> list[tuple[int, str]]:
    """A passage's lines, each with the sentence it starts in: a line with no end mark
    runs on into the next line's sentence ("11:15 Panel: …" / "Moderator: …")."""
    found, start = [], 0
    for line in chunk.text.split("\n"):
        j = next((j for j, (a, b) in enumerate(chunk.sentences) if a <= start < b), None)
        if j is not None and line.strip():
            found.append((j, tidy(line)))
        start += len(line) + 1
    return found


#: A word that names who does something, by its ending: "Moderator", "Deltakere",
#: "Foredragsholder", "Kontaktperson", "Organisatör".
_DOER_WORD = re.compile(r"(?:or|ör|ør|er|ere|are|ar|ist|person)(?:en|n|s|ne|na)?$", re.IGNORECASE)


def _names_doer_label(label: str) -> bool:
    """Whether a label's head (its last word) names a doer or a role ("Moderator",
    "Contact person", "Kontakt"), not an event ("Panel", "Keynote", "Workshop")."""
    head = label.split()[-1]
    return bool(_DOER_WORD.search(head) or role_kind(head))


def _value_names(value: str) -> list[str]:
    """The people a labelled line's value names ("Dr. Ola Berg, senior researcher" →
    "Ola Berg"), not inside a quoted title; else the body it opens with ("Kari Holm" is a
    person, "Fjordby kommune, planning office" a body)."""
    plain = _QUOTED.sub(" ", value)
    people = _person_names(plain)
    if people:
        return list(dict.fromkeys(people))
    actors = find_actors(plain)
    return actors[:1] if actors and plain.lstrip().startswith(actors[0]) else []


#: What a role is of, after it: "Prosjektleder for evalueringen", "leader of the review".
_ROLE_OF = re.compile(r"\s+(?:for|of|för|af|av)\s+(\w+)")


def _role_of_asked_doing(
    text: str, match: re.Match[str], doing: re.Pattern[str], topic: list[str]
) -> bool:
    """Whether the role a sentence names is of the doing the question asks it for, besides
    its own, in any of the languages: a compound ("Evalueringsleder" for "Vem ledde
    utvärderingen", the evaluation's leader) or the word after it ("Prosjektleder for
    evalueringen"); not a plain "Prosjektleder"."""
    words = [match.group(0)]
    if of := _ROLE_OF.match(text, match.end()):
        words.append(of.group(1))
    others = [other for other in _DOINGS if other.pattern != doing.pattern]
    return any(
        o.fullmatch(word) and any(o.fullmatch(w) for w in topic) for o in others for word in words
    )


def owner_of_line(text: str) -> str | None:
    """The owner a record's label line names ("Projektägare: Åre kommun" → "Åre kommun")."""
    label = OWNER_LABEL.match(text)
    value = _LABEL_VALUE.match(text[label.end() :]) if label else None
    return value.group(1).strip() if value else None


def card_owner(intent: Intent, ranked: list[Support]) -> Doer | None:
    """For "who owns / leads / is the lead partner of X", where X is a record of a cited
    passage (a card: its title as heading, then label lines), the value of that record's
    owner line; for "who is X's (Norwegian) partner", its partner lines: not the record's
    own title, nor another record's. A project leader (a person) is no owner."""
    lines = _named_card_lines(intent, ranked)
    if asks_owner(intent.question):
        owners = [(s, owner) for s in lines if (owner := owner_of_line(tidy(s.text)))]
        return Doer([owners[0][1]], owners[0][0], tidy(owners[0][0].text)) if owners else None
    if not _ASKS_PARTNER.search(intent.question):
        return None
    partners = [
        s for s in lines if _PARTNER_LABEL.match(text := tidy(s.text)) and not owner_of_line(text)
    ]
    # Of a card's partners from two countries, the one the question's words name.
    words = {fold(w)[:NATION_STEM] for w in content_words(intent.question)}
    named = [s for s in partners if fold(_label_of(s.text))[:NATION_STEM] in words]
    if not (partners := named or partners):
        return None
    listed = (_BRACKETED.sub("", tidy(s.text).split(":", 1)[1]) for s in partners)
    names = [n for listing in listed for n in split_names(listing) if n]
    return Doer(names, partners[0], tidy(partners[0].text))


#: A question for a partner (not the lead partner, which is the owner): "Who is the
#: Norwegian partner of X", "Hvem er partner i X", "samarbetspartner".
_ASKS_PARTNER = re.compile(r"\b\w*partner\w*\b", re.IGNORECASE)
#: A record's partner line: "Norsk partner: X", "Samarbetspartner: X, Y", "- Partners: X".
_PARTNER_LABEL = re.compile(r"^\s*(?:[-*•]\s+)?(?:[\w-]+\s+)?\w*partner\w*\s*:\s*\S", re.IGNORECASE)
#: A bracketed note after a name: "Finnmark Fiskarlag (Norway)".
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _label_of(line: str) -> str:
    """A label line's label, less a list's bullet: "Norsk partner" of "- Norsk partner: X"."""
    return tidy(line).split(":", 1)[0].lstrip("-*• ")


#: The first letters a country's adjective shares across the languages ("Norsk",
#: "Norwegian"; "Dansk", "Danish").
NATION_STEM = 3


def _named_card_lines(intent: Intent, ranked: list[Support]) -> list[Support]:
    """The lines of the first cited record whose title the question names whole ("Hvem
    ejer projektet Fjällens Gröna Transporter" names the card "Fjällens Gröna
    Transporter"), each as a support."""
    asked = fold(intent.question)
    for support in ranked:
        chunk = support.chunk
        lines = [
            support.at(j)
            for j in range(len(chunk.sentences))
            if (title := _card_title(chunk.section_of(j)))
            and re.search(rf"(?<!\w){re.escape(fold(title))}(?!\w)", asked)
        ]
        # Two owners: the next record's heading was not found, its lines are not the card's.
        if lines and sum(bool(owner_of_line(tidy(s.text))) for s in lines) <= 1:
            return lines
    return []


def _card_title(section: str) -> str | None:
    """The name a record's heading gives it: a title, or a numbered catalogue item's name
    in capitals ("4. SNOWCRAB-ARC")."""
    return section_title(section) or item_title(section)


def _names_owner(owner: str, question: str) -> bool:
    """Whether the question names the body an owner line names, by its name words, in
    any language of its kind word ("Åre municipality" for "Åre kommun")."""
    words = name_words(f"X {owner}")
    asked = set(re.findall(r"\w+", fold(question)))
    return bool(words) and all(fold(w) in asked for w in words)


def _project_done_by(intent: Intent, ranked: list[Support]) -> Doer | None:
    """For "which project is led by X", the project whose record says X does it: the
    title over the sentence ("7. BLUE HARBOURS" over "Lead partner: X"), not the projects
    X is only a partner in, nor the programme the question's words are near."""
    doing, owned = asked_doing(intent.question), bool(ASKS_OWNER.search(intent.question))
    if doing is None and not owned:
        return None
    asked = fold(intent.question)
    for support in ranked:
        chunk = support.chunk
        for j in range(len(chunk.sentences)):
            text = tidy(sentence_text(chunk, j))
            match = doing.search(text) if doing else None
            doers = named_doers(text, match, chunk.owner_of(j)) if match else []
            title = section_title(chunk.section_of(j)) or item_title(chunk.section_of(j))
            if title and any(fold(n) in asked or named_in(n, intent.question) for n in doers):
                return Doer([title], support.at(j), text)
            # "Projektägare: Åre kommun" for "which project has Åre municipality as lead
            # partner": a project's owner is its lead partner.
            owner = owner_of_line(text) if owned else None
            if title and owner and _names_owner(owner, intent.question):
                return Doer([title], support.at(j), text)
    return None


#: A numbered item's heading: "7. BLUE HARBOURS", a catalogue's project.
_ITEM_HEADING = re.compile(r"^\d+\.\s+(\S.*)$")


def item_title(section: str) -> str | None:
    """The name a numbered heading gives its item, in capitals too ("7. BLUE HARBOURS"),
    which `section_title` takes for a part of a plan when nothing stands over it."""
    item = _ITEM_HEADING.match(last_heading(section))
    if not item or numbered_headings(item.group(0)) or len(item.group(1).split()) > TITLE_WORDS:
        return None
    return item.group(1)


#: The line under a Markdown table's header: "|---|---|", with alignment colons.
_TABLE_RULE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def _table_doer(
    doing: re.Pattern[str], text: str, topic: list[str]
) -> tuple[list[str], str] | None:
    """In a Markdown table run into one line ("| Fase | Dato | Ansvarlig | |---|…| | …"),
    the cell under the column the doing heads ("Ansvarlig") in the row that names most of
    the question's topic, with that row; none when no row names more of it than the rest."""
    rule = _TABLE_RULE.search(text)
    if not rule:
        return None
    before = text[: rule.start()]  # the header's cells, after any words before them
    header = [c.strip() for c in before[before.find("|") :].split("|") if c.strip()]
    cells = [c.strip() for c in text[rule.end() :].split("|") if c.strip()]
    column = next((k for k, name in enumerate(header) if doing.fullmatch(name)), None)
    if column is None or not cells or len(cells) % len(header):
        return None
    rows = [cells[k : k + len(header)] for k in range(0, len(cells), len(header))]
    scored = sorted(
        ((_stems_in(" ".join(row), topic), k) for k, row in enumerate(rows)), reverse=True
    )
    if not scored[0][0] or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    row = rows[scored[0][1]]
    return [row[column]], " | ".join(row)


def _stems_in(text: str, topic: list[str]) -> int:
    """How many of the topic words `text` has by their first letters, across the
    languages ("evaluation", "evalueringen")."""
    folded = fold(text)
    return sum(bool(re.search(rf"\b{re.escape(word_stem(w))}", folded)) for w in topic)


#: A doing further into the question is its topic ("involved in tourism development").
_DOING_WORDS = 6
#: A verb that says only that something is done, whose object names the doing: "Who will
#: carry out the external final evaluation …", "Hvem skal gjennomføre evalueringen",
#: "Vem utför utvärderingen".
_LIGHT_VERB = re.compile(
    r"\b(?:carry(?:ing)?\s+out|carries\s+out|carried\s+out|conduct\w*|perform\w*|"
    r"undertak\w*|gennemfør\w*|gjennomfør\w*|genomför\w*|udfør\w*|utfør\w*|utför\w*)\b",
    re.IGNORECASE,
)


def asked_doing(question: str) -> re.Pattern[str] | None:
    """The doing a who/which-question asks about, the first it names among its first
    words; none for a deputy ("vice ordförande"), whom a sentence names apart."""
    if _ASKS_DEPUTY.search(question):
        return None
    words = question.split()
    head = " ".join(words[:_DOING_WORDS])
    if light := _LIGHT_VERB.search(head):  # the doing is the noun that follows it
        head = " ".join(words[: len(head[: light.end()].split()) + _DOING_WORDS])
    found = [(m.start(), doing) for doing in _DOINGS if (m := doing.search(head))]
    return min(found, key=lambda item: item[0])[1] if found else None


def _doers(intent: Intent, text: str, match: re.Match[str], owner: str | None) -> list[str]:
    """Who a sentence says does it (`named_doers`), but the question's own names. Of
    names each given a period ("X leder 2025–2026 och Y 2027–2028") or a goal, the one of
    the year or goal asked."""
    if intent.years and (dated := _of_year(intent, text)):
        return [dated]
    if intent.goal is not None and len(_GOAL_NAMED.findall(text)) > 1:
        paired = of_goal(intent.goal, text)  # another goal's name is none of the asked
        return [paired] if paired else []
    named = named_doers(text, match, owner)
    # A row's cells labelled by their column ("Fjellmat: Tor Haugen"): the asked one's.
    labelled = [cell for n in named if (cell := _LABELLED_CELL.match(n))]
    if asked := [c.group(2) for c in labelled if names_any(intent.question, [c.group(1)])]:
        return asked
    return [n for n in named if fits(intent, n) and not named_in(n, intent.question)]


#: A table cell with its column's name: "Ungdomsløftet Nordland: Kristin Øien Hansen".
_LABELLED_CELL = re.compile(r"^([^:]{2,60}):\s+(\S.*)$")


def named_doers(text: str, match: re.Match[str], owner: str | None) -> list[str]:
    """Who a sentence says does what `match` names: named after a passive, a copula or a
    label ("ledes af lektor Mette Schmidt", "the lead partner is SYKE", "Lead partner:
    X"), else before the doing, its subject ("Norsk helsenett (NHN) utvikler …"), else
    the owner of its block ("Helse Innlandet: Ansvarer for avtalen …")."""
    after = text[match.end() :]
    if label := _LABEL_VALUE.match(after):  # the whole value: "Kattegatcentret for Fiskeforskning"
        return [label.group(1)]
    row = _LABELLED_ROW.match(text)
    if row and row.start(1) <= match.start() and match.end() <= row.end(1):
        # A table row the doing labels: "Lead partner | Nordby kommune | Sørby kommune".
        return [cell for c in row.group(2).split("|") if (cell := c.strip())]
    if _DOER_AFTER.match(after):
        names = _actor_names(after)
        by = _BY_NAME.match(after)
        if by and not (names and after.find(names[0]) == by.start(1)):
            names = [by.group(1)]  # a name no list knows: "ledes av Statsforvalteren i …"
        return [_with_place(name, after) for name in names[:1]]
    subject = text[: match.start()]
    if spelled := _SPELLED_SUBJECT.match(subject):  # "Norsk helsenett (NHN) utvikler"
        return [spelled.group(1)]
    before = _actor_names(subject)
    if before and (joined := _JOINED_NAME.match(subject, subject.rfind(before[-1]))):
        before.append(joined.group(1))  # "Karlstads universitet og Høgskolen i Innlandet"
    if not before and (named := _LIGHT_SUBJECT.match(subject)):
        before = [named.group(1)]  # "Østlandsforskning gjennomfører en ekstern evaluering"
    return before or ([owner] if owner else [])


#: A table row: its label cell, then the others ("| Lead partner | Nordby kommune |").
_LABELLED_ROW = re.compile(r"^\s*\|?\s*([^|]{1,40}?)\s*\|(.*\S.*)$")
#: The capitalised name right after a passive's "by": "ledes av Statsforvalteren".
_BY_NAME = re.compile(
    r"^(?:\s+\w{1,5}){0,2}\s+(?:by|av|af)\s+([A-ZÅÄÖÆØ][\w-]*(?:\s+[A-ZÅÄÖÆØ][\w-]*){0,3})"
)
#: The place a Nordic body's name ends with: "Länsstyrelsen i Värmland", "Høgskolen i
#: Innlandet".
_OF_PLACE = re.compile(r"\s+(?:i|på)\s+[A-ZÅÄÖÆØ][\w-]+")


def _with_place(name: str, text: str) -> str:
    """`name` with the place `text` gives right after it ("Länsstyrelsen" of
    "Länsstyrelsen i Värmland tillsammans med …"), which is part of the name."""
    at = text.find(name)
    place = _OF_PLACE.match(text, at + len(name)) if at >= 0 else None
    return name + place.group(0) if place else name


#: The capitalised name a sentence opens with, before a verb that says only that it does
#: what follows: "Fjordforsk will carry out an external …", a name no list knows.
_LIGHT_SUBJECT = re.compile(
    r"^\s*([A-ZÅÄÖÆØ][\w-]*(?:\s+[A-ZÅÄÖÆØ][\w-]*){0,3})\s+"
    rf"(?:(?:will|shall|skal|ska|vil)\s+)?(?:{_LIGHT_VERB.pattern})"
)


def _actor_names(text: str) -> list[str]:
    """The organisations and people a text names, in order."""
    found = [(text.find(n), n) for n in find_actors(text)]
    taken = {i for at, name in found for i in range(at, at + len(name))}
    people = [m for m in re.finditer(_PERSON, text) if not taken & set(range(*m.span()))]
    found += [(m.start(), m.group(0)) for m in people]
    return [name for _, name in sorted(found)]


#: A goal a sentence pairs a name with: "goal 3 by Norsk helsenett", "mål 2 av …".
_GOAL_NAMED = re.compile(rf"\b(?:{GOAL_WORDS})\s+(\d{{1,2}})\b", re.IGNORECASE)
#: The name a list item gives after "by": "by Norsk helsenett," up to the item's end.
_GIVEN_NAME = re.compile(
    r"^\s*(?:is\s+|er\s+|är\s+)?(?:\w+\s+)?(?:by|av|af)\s+"
    r"([A-ZÅÄÖÆØ][\w-]*(?:\s+[\w-]+){0,3}?)\s*(?:,|\s(?:and|og|och|samt)\s|\.|$)"
)


def of_goal(goal: int, text: str) -> str | None:
    """Of names each given a goal in one sentence ("The group for goal 1 is led by X, goal
    2 by Y, goal 3 by Z"), the first after the goal asked, before the next goal; none
    when the sentence names only one goal, which says nothing of pairs."""
    marks = list(_GOAL_NAMED.finditer(text))
    if len(marks) < 2:
        return None
    for k, mark in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        if int(mark.group(1)) != goal:
            continue
        part = text[mark.end() : end]
        # Whatever the list gives after "by" is the name, "Norsk helsenett" too.
        if given := _GIVEN_NAME.match(part):
            return given.group(1)
        names = _actor_names(part)
        return names[0] if names else None
    return None


#: A line that labels who answers for what stands above it: "Responsible body: X.",
#: "Ansvarig: X", "Ansvar: X", "Lead partner: X".
_RESPONSIBLE_LABEL = re.compile(
    r"^(?:responsible|ansvarig\w*|ansvarlig\w*|ansvar|lead)(?:\s+[\w-]+)?\s*:", re.IGNORECASE
)


def goal_label(intent: Intent, supports: list[Support]) -> Doer | None:
    """For who answers for a goal, the name a label line in the goal's own section gives
    ("Responsible body: X." under "3.1 Goal 1 – …"): the plan says it outright, where the
    blocks of organisations under the goal's activities only list who takes part."""
    for support in supports:
        chunk = support.chunk
        for j in range(len(chunk.sentences)):
            text = tidy(sentence_text(chunk, j))
            if intent.goal not in goal_numbers(chunk.section_of(j)):
                continue
            label = _RESPONSIBLE_LABEL.match(text)
            value = label and _LABEL_VALUE.match(text[label.end() - 1 :])
            if value:
                name = value.group(1).rstrip(" .")
                return Doer([name], support.at(j), text)
    return None


def _of_year(intent: Intent, text: str) -> str | None:
    """Of the names in a sentence, the one followed by a period that holds the year asked
    ("Region Värmland leder styrgruppen 2025–2026 och Innlandet fylkeskommune 2027–2028")."""
    names = _actor_names(text)
    starts = [text.find(n) for n in names]
    for k, name in enumerate(names):
        end = starts[k + 1] if k + 1 < len(names) else len(text)
        if set(intent.years) & years_in(text[starts[k] + len(name) : end]):
            return name
    return None


#: Capitalised names joined by hyphens into one: "Lakeland-Fjordmark".
_JOINED_NAMES = re.compile(r"\b[A-ZÅÄÖÆØÜ]\w+(?:-[A-ZÅÄÖÆØÜ]\w+)+")


def named_in(name: str, question: str) -> bool:
    """Whether the question itself names `name` ("members of Svinesundskomitéen" is not
    answered by "Svinesundskommittén"): the same first eight letters, in a word nearly as
    long. A place the actor is named after is not the actor: "pendling ved Svinesund" is
    answered by Svinesundskommittén, nor "Nordkalottens Gränstjänst" by Nordkalottrådet
    (a council is named by a word that says council)."""
    head, places = split_place_pair(name)
    if places:  # "Gränskommittén Östfold-Bohuslän" is named by either part
        return named_in(head, question) or places.casefold() in question.casefold()
    if "-" in name and named_in(name.split("-")[0], question):
        return True  # "EURES-nätverket" of "the EURES network"
    key = name.casefold()[:8]
    if len(key) < 8:  # a short name ("EURES", "NSPA") is named as written
        return key in re.findall(r"[\w]+", question.casefold())
    # Two names joined ("Lakeland-Fjordmark", a committee of two regions) name neither alone.
    joined = {w.casefold() for w in _JOINED_NAMES.findall(question)} if "-" not in name else set()
    words = [w for w in re.findall(r"[\w-]+", question.casefold()) if w not in joined]
    whole = any(
        w.startswith(key) and len(w) >= len(name) - NAME_SLACK and not _place_of(w, name)
        for w in words
    )
    # "the Svinesund Committee" names Svinesundskommittén in English, "the Kvarken
    # Council" Kvarkenrådet (a name shorter than the key, then the same kind of body).
    named = [m for m in _NAME_AND_KIND.finditer(question.casefold()) if m.group(1) not in joined]
    return whole or any(m.group(1).startswith(key) or compound_of(name, m.group(0)) for m in named)


def _place_of(word: str, name: str) -> bool:
    """Whether `word` is the place a council or committee `name` is named after, in some
    form: past their shared start, the name goes on with its kind and the word does not
    ("nordkalottens" | "rådet")."""
    folded = name.casefold()
    shared = next(
        (i for i, (a, b) in enumerate(zip(word, folded, strict=False)) if a != b),
        min(len(word), len(folded)),
    )
    return actor_kind(name[shared:]) == "committee" != actor_kind(word[shared:])


def names_no_project(title: str, chunk: Chunk) -> bool:
    """Whether a heading is no project's name: the document's own title (a page's "Project
    database: …") or a question ("Vad kostar det att vara med?")."""
    return title.endswith("?") or title.strip().casefold() == chunk.title.strip().casefold()


def split_names(listing: str) -> list[str]:
    return [n.strip() for n in re.split(r"\s*,\s*|\s+(?:and|og|och|samt|or|eller)\s+", listing)]


def section_title(section: str) -> str | None:
    """The last heading of a section path when it is a title (not a code or an
    all-caps part heading): in a list of projects, the project's name. A short all-caps
    title under another heading is an acronym ("ESPON DIGIPLAN")."""
    last = last_heading(section)
    shouting = last.isupper() and (last == section or len(last.split()) > ACRONYM_WORDS)
    too_long = len(last.split()) > TITLE_WORDS
    if not last or shouting or re.match(r"^[A-ZÅÄÖÆØ]\.\d", last) or too_long:
        return None
    if numbered_headings(last) or re.match(r"\d+\.\d", last):
        return None  # "Mål 7: …" is a goal, "1.2 Organisation" a report's section, no name
    return re.sub(r"^\d+\.?\s+", "", last)  # "3. NEXTGEN FISHERS": a catalogue's item


def fits(intent: Intent, name: str) -> bool:
    asked = intent.actor_kind
    if asked is None or asked == "organisation":
        return True
    kind = actor_kind(name)
    if asked in ("country", "region") and kind == "organisation" and not name.isupper():
        return not find_actors(name)  # a place name from a list, not an organisation's
    if asked == "project" and name.isupper():
        return True  # project names are often acronyms
    return kind == asked


#: A record's label line: "Projektperiod: 1 mars 2024 – …", "- Lead partner: X", a short
#: capitalised label, then its value.
_LABEL_LINE = re.compile(r"^(?:[-*•]\s+)?[A-ZÅÄÖÆØ][\w-]*(?:\s[\w-]+){0,2}:\s+\S")
#: A card holds at least this many label lines under its heading.
CARD_LABELS = 2


def card_order(chunk: Chunk, i: int) -> list[int]:
    """The other lines of sentence `i`'s card (`same_card`), nearest first: a part of a
    question about the record is answered from its own lines before a neighbour's."""
    others = [j for j in range(len(chunk.sentences)) if j != i and same_card(chunk, i, j)]
    return sorted(others, key=lambda j: abs(j - i))


def same_card(chunk: Chunk, i: int, j: int) -> bool:
    """Whether two sentences stand in one record of a passage (a heading, then label
    lines: "Projektägare: …", "Projektperiod: …"), whose lines a page sets apart with
    blank lines: they answer the parts of one question about it together."""
    section = chunk.section_of(i)
    if chunk.section_of(j) != section or not _card_title(section):
        return False
    lines = [
        k
        for k in range(len(chunk.sentences))
        if chunk.section_of(k) == section and _LABEL_LINE.match(sentence_text(chunk, k).strip())
    ]
    return len(lines) >= CARD_LABELS

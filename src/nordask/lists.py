"""List answers: the actors, partners and projects a question asks for.

Actors are filtered to the kind asked ("which committees"), the owner of a sentence's
section first; partners come from a partner heading, a list under it or a partner table;
projects from an item's heading or the capitalised names a passage gives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from nordask.amounts import spelled_headers
from nordask.cells import partner_rows
from nordask.entities import (
    actor_kind,
    find_actors,
    firm_names,
    named_by_places,
    split_place_pair,
)
from nordask.evidence import WANTED, dated_by
from nordask.passages import (
    Support,
    citation_marks,
    either_k,
    fold,
    last_heading,
    sentence_text,
    tidy,
    topic_hits,
    topic_key,
    topic_words_in,
    window,
)
from nordask.people import fits, item_title, named_in, names_no_project, section_title, split_names
from nordask.query import (
    ACTIVITY_VERB,
    COUNT_WORDS,
    NAME_PREFIX,
    WORKS_VERB,
    Intent,
    asks_firm,
    is_country,
    name_words,
    names_any,
    role_stem,
    topic_words,
)
from nordask.quotes import quote, quoted_sentences
from nordask.records import Chunk
from nordask.structure import PATH_SEPARATOR, TITLE_WORDS, bar_cells, is_names_cell
from nordask.words import every_stopword

if TYPE_CHECKING:
    from nordask.overview import Activity


MAX_ACTORS = 8
#: A role's holders are named within this many words after the role word.
ROLE_REACH = 6
#: How far in its paragraph a quote may reach for the name or figure asked for.
PARAGRAPH_REACH = 3
#: A topic word this long may be a compound ("flygplan") whose first COMPOUND_PART letters
#: ("flyg") a text may hold inside a compound of its own ("elflygsprojekten").
COMPOUND_WORD, COMPOUND_PART = 8, 4
#: A list of names: "Denmark, Finland and Norway", "Dalarna, Skåne, Värmland och Örebro".
_NAME = r"[A-ZÅÄÖÆØÜ][\w-]+(?:\s+[A-ZÅÄÖÆØÜ][\w-]+){0,2}"
_NAME_LIST = re.compile(
    rf"{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|og|och|samt|or|eller)\s+{_NAME}"
)
#: A list of names in parentheses, without a conjunction: "(Oslo, Bergen, Agder/Rogaland)".
_BRACKETED_LIST = re.compile(
    rf"(?<=\()\s*{_NAME}(?:/{_NAME})?(?:\s*,\s*{_NAME}(?:/{_NAME})?)+\s*(?=\))"
)
_CAPITALISED_RUN = re.compile(r"(?<!^)\b[A-ZÅÄÖÆØÜ][\w-]+(?:\s+[A-ZÅÄÖÆØÜ][\w-]+)+")
_NAME_BEFORE_KIND = re.compile(
    r"(?<!^)\b([A-ZÅÄÖÆØÜ][\w-]+(?:\s+[a-zåäöæøü][\w-]+)?)[\s-]+"
    r"(?:project|projekt|prosjekt|programme|program|conference|konferens|konference|"
    r"konferanse|partnership|partnerskab|partnerskap|initiative|network|nätverk|netværk)",
)
_PROJECT_WORD = r"(?:project|projekt|prosjekt)"
#: A project named by a compound of its topic and the word for it: "bioenergiprojektet".
#: Lowercase: a capitalised first part names its owner ("Nordregio-projekt") or is the
#: project's own name ("GROM-projektet"), read as a name before its kind.
_COMPOUND_PROJECT = re.compile(
    rf"\b([a-zåäöæøü][^\W\d_]{{{NAME_PREFIX - 1},}}?)-?{_PROJECT_WORD}(?:et|en|er|erne|ene)?\b"
)
#: A name of capitalised words on one line, with single lowercase words between them but no
#: conjunction: "Green Harbour pilot Arena", "Saxony", "NORDTEST".
_TITLE_RUN = (
    r"[A-ZÅÄÖÆØÜ][\w&-]*(?:[^\S\n]+(?:(?!(?:and|og|och|samt|or|eller)\s)[a-zåäöæøü][\w-]*[^\S\n]+)?"
    r"[A-ZÅÄÖÆØÜ][\w&-]*)*"
)
#: An enumeration of such names: "Blue Corridor test Bed, Kestrel and FLYNORD".
_ENUMERATION = re.compile(
    rf"{_TITLE_RUN}(?:\s*,\s*{_TITLE_RUN})*\s*,?\s+(?:and|og|och|samt|or|eller)\s+{_TITLE_RUN}"
)
#: A name said to be one of a counted set: "Upper Tarn Valley is one of four regions",
#: "Västmark är en av fem regioner", "Nordfjell er en af tre".
_ONE_OF = re.compile(
    rf"({_TITLE_RUN})\s+(?:is|är|er)\s+(?:one|en|ett|et|ei)\s+(?:of|av|af)\s+"
    rf"(?:the\s+)?(?:\d+|{COUNT_WORDS})\b"
)
#: A question for the others of a set, which names or sets aside one of them: "Apart
#: from X, which …", "Vilka andra regioner än X …", "… sammen med X?", "besides X".
_OTHERS_ASKED = re.compile(
    r"\b(?:apart\s+from|aside\s+from|besides|other|others|except|in\s+addition\s+to|"
    r"together\s+with|along\s+with|förutom|utöver|bortsett\s+från|udover|foruden|"
    r"bortset\s+fra|bortsett\s+fra|i\s+tillegg\s+til|sammen\s+med|tillsammans\s+med|"
    r"andra|andre|övriga|øvrige)\b",
    re.IGNORECASE,
)
#: A place, one word, by its definite suffix: "Kvarkenregionen", "Nordkalottområdet", or
#: in English by its last word: "Baltic Sea Region" (not "Region Skåne", a body).
_PLACE = re.compile(
    r"^[\w-]+(?:regionen|regionerna|området|områdena|landet)$|^(?:[\w-]+\s+){1,3}(?:Region|Area)$",
    re.I,
)
#: A capitalised adjective of place ("Nordic", "Swedish", "nordiska", "Danske"): it
#: describes what is asked about rather than naming it.
_ADJECTIVE = re.compile(r"(?:ic|ish|ian|isk|iska|iske|ske|ska|sk)$", re.IGNORECASE)


def partners_answer(
    goal: int,
    activity: Activity,
    n: int,
    owners: Sequence[tuple[str, int | None]],
    terms: Mapping[str, str],
) -> str:
    """Who carries out an activity a question names, by its code or by what its line
    says: the plan's cell of partners beside it, and the organisations with a block of
    their own under it, each cited where it stands ("G.1.f (goal 1, “Undersøge …”): the
    plan names “Nordregio og TG” as its partners [1]."); `n` cites the activity's line."""
    page = f", p. {activity.page}" if activity.page else ""
    named = ", ".join(f"{name} {citation_marks([n])}" if n else name for name, n in owners)
    if not activity.partners:  # no cell of partners beside it: a table's responsible column
        return f"{activity.code} (goal {goal}{page}, “{activity.line}”) [{n}]: {named}."
    lead = (
        f"{activity.code} (goal {goal}{page}, “{activity.line}”): the plan names "
        f"“{activity.partners}” as its partners [{n}]."
    )
    lead += spelled_headers(re.findall(r"[\w&-]+", activity.partners), terms)
    if not owners:
        return lead
    return f"{lead} Organisations with a block of their own under it: {named}."


def named_actors(intent: Intent, near: list[Support]) -> dict[str, list[int]]:
    """Actor names with the citations that name them: owners of the supporting sections
    first, then names in the supporting sentences, filtered to the kind asked for."""
    found: dict[str, list[int]] = {}
    # Lists of places are read in the best-ranked passage's document only: a list in
    # another document belongs to another project ("the regions of the pilot").
    home = min(near, key=lambda s: s.n).chunk.doc if near else None
    # A project's title is read in the closest sentence's document: the best-ranked
    # passage may be another document's page on something else ("pilot for industrial
    # transformation" for "Which electric aviation projects will … take part in?").
    closest_doc = max(near, key=lambda s: s.score).chunk.doc if near else None
    for support in near:
        around = window(support)
        names = [support.owner] if support.owner else []
        places = _places_quoted(support, intent) if support.chunk.doc == home else []
        places_read = intent.actor_kind in ("region", "country") and support.chunk.doc == home
        if places_read and not _OTHERS_ASKED.search(intent.question):
            # "X is one of five regions selected": X is on the list the paragraph gives.
            listing = window(support, reach=PARAGRAPH_REACH)
            names += [m.group(1) for m in _ONE_OF.finditer(listing)]
        if places:  # the places the quote itself names, not its neighbours' examples
            names += places
        elif intent.actor_kind == "project":  # a cell of partners names no project
            text = "\n".join(x for x in around.split("\n") if not is_names_cell(x))
            names += _no_spelled_bodies(find_actors(text), text)
        else:
            # The quote's own names before its neighbours' ("the Region of Västerbotten
            # participates", not the Region Skåne of the sentence before it), and its own
            # paragraph's: one across a blank line only when the paragraph names none.
            names += _paragraph_first(intent, support, around)
            if places_read:
                listing = window(support, reach=PARAGRAPH_REACH)  # the list may follow later
                names += [n for m in _NAME_LIST.finditer(listing) for n in split_names(m.group(0))]
        # A name that only tells who made the thing a clause describes ("… a method
        # that was developed by X with Y") takes no part in what the sentence says.
        described = _described_only(intent.question, "\n".join((tidy(support.text), around)))
        names = [n for n in names if n == support.owner or n not in described]
        for name in names:
            if not name or not (fits(intent, name) or _border_body(intent, name, support)):
                continue
            # A list of projects names all of its kind; places only the home document's.
            enumerated = intent.actor_kind == "project" or places_read
            for member in _enumerated_with(name, around) if enumerated else [name]:
                if not named_in(member, intent.question):
                    found.setdefault(member, []).append(support.n)
        # A sentence that names its project ("The LARS project …") is not under the title
        # of its page ("Interreg collaboration around Smart Specialisation") as a project.
        own = any(fits(intent, n) for n in find_actors(tidy(support.text)))
        project = intent.actor_kind == "project" and not own
        closest = support.score >= max(s.score for s in near)
        title = _project_title(support, intent, closest_doc, closest) if project else None
        if title:
            found.setdefault(title, []).append(support.n)
    # A genitive ("Tornedalsrådets årsmöte") is the same actor as its name.
    for name in [n for n in found if n.endswith("s") and n[:-1] in found]:
        found[name[:-1]] += [n for n in found.pop(name) if n not in found[name[:-1]]]
    # A project's short name is the same project as the title that opens with it ("GROM"
    # and "GROM – Green transition in the Arctic").
    for name in [n for n in found if any(t != n and t.startswith(f"{n} ") for t in found)]:
        whole = next(t for t in found if t != name and t.startswith(f"{name} "))
        found[whole] += [n for n in found.pop(name) if n not in found[whole]]
    # The places a border body is named by are that body ("Östfold-Bohuslän" and
    # "Gränskommittén Östfold-Bohuslän").
    for name in [n for n in found if any(split_place_pair(t)[1] == n for t in found)]:
        whole = next(t for t in found if split_place_pair(t)[1] == name)
        found[whole] += [n for n in found.pop(name) if n not in found[whole]]
    found = _in_role(intent, found, near)
    if asks_firm(intent.question):
        found = _firms_first(near, found)
    if intent.actor_kind == "region":  # "Sverige, Finland och Norge" are no regions
        found = {n: v for n, v in found.items() if not is_country(n)}
    if intent.actor_kind is None and any(actor_kind(n) != "project" for n in found):
        # "Vem tänker söka pengar …" asks for an organisation: the programme it applies to
        # ("Interreg (nya Nordprogrammet)") is named beside it, but is not the answer.
        found = {n: v for n, v in found.items() if actor_kind(n) != "project"}
    if intent.actor_kind is None and any(not _PLACE.search(n) for n in found):
        # Nor is the place it works in ("Kvarkenregionen", "Nordkalottområdet").
        found = {n: v for n, v in found.items() if not _PLACE.search(n)}
    return found


def _border_body(intent: Intent, name: str, support: Support) -> bool:
    """Whether a committee is asked and `name` owns the passage's block by two places
    alone ("Innlandet-Dalarna: Arbeta vidare med …"): a border committee, as the blocks
    beside it headed "Grensekomiten Värmland-Østfold" or "Svinesundskommittén" are."""
    return intent.actor_kind == "committee" and name == support.owner and named_by_places(name)


def _firms_first(near: list[Support], found: dict[str, list[int]]) -> dict[str, list[int]]:
    """For "which company": the names the text gives as firms', of those found, else of
    the supporting sentences' paragraphs ("Den stora pappersbruket ställer om. Nya
    företag, Acme, som …": Acme, two sentences on), else all found."""
    firms: dict[str, list[int]] = {}
    for support in near:
        paragraph = window(support, reach=PARAGRAPH_REACH, own_paragraph=True)
        for name in firm_names(tidy(f"{window(support)}\n{paragraph}")):
            firms.setdefault(name, []).append(support.n)
    return {n: v for n, v in found.items() if n in firms} or firms or found


def _paragraph_first(intent: Intent, support: Support, around: str) -> list[str]:
    """The actors the supporting sentence and the rest of its paragraph name, else those
    of its neighbours across a blank line: a paragraph a project opens ("The S34Growth
    aims … Swedish partner is Region Skåne.") owns its partner; the sentence closing the
    paragraph before ("Swedish partner is Region Östergötland.") is another project's."""
    own = find_actors(tidy(support.text)) + find_actors(window(support, own_paragraph=True))
    # Not a place where an organisation is asked for: the place it works in is no answer
    # (see the end of `named_actors`), and the paragraph before may name the answer.
    answers = [
        n
        for n in own
        if fits(intent, n)
        and not named_in(n, intent.question)
        and (intent.actor_kind is not None or not _PLACE.search(n))
    ]
    if answers:
        return own
    return own + find_actors(around)


#: A relative clause that tells who made or runs the thing before it, after its last
#: word: "… Framework" som har utvecklats av RISE i samverkan med X", "a model which was
#: developed by X and Y", "et værktøj, der er udviklet af X", "som ble utviklet av X"; up
#: to a comma, a semicolon or the sentence's end.
_MADE_BY = re.compile(
    r"(?P<head>[^\W\d_][\w-]*)[\"”»)]?\s*,?\s+(?:som|which|that|der)\s+"
    r"(?:(?:har|hade|er|är|var|ble|blev|blir|has|have|had|is|was|were|are)\s+)?"
    r"(?:(?:been|blitt|vært|været|blivit)\s+)?[^\W\d_]+(?:s|t|d|n)\s+(?:av|af|by)\s+"
    r"(?P<makers>[^,;.!?]+)",
    re.IGNORECASE,
)
#: The end of a sentence, in running text.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _described_only(question: str, text: str) -> set[str]:
    """The names `text` gives only inside a clause that tells who made the thing before
    it (`_MADE_BY`), in a sentence that names an actor of its own outside the clause:
    "The process is coordinated by the council with RISE, using a method that was
    developed by RISE with Eindhoven University" makes Eindhoven University no party to
    the process. Not when the question names the thing the clause describes ("Which
    universities developed the method?")."""
    asked = [
        w for w in re.findall(r"[^\W\d_]{4,}", question) if w.casefold() not in every_stopword()
    ]
    inside: set[str] = set()
    outside: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        clauses = [m for m in _MADE_BY.finditer(sentence) if not names_any(m.group("head"), asked)]
        rest = sentence
        for clause in reversed(clauses):
            rest = rest[: clause.start("makers")] + rest[clause.end("makers") :]
        if not clauses or not find_actors(rest):
            outside.append(sentence)
            continue
        outside.append(rest)
        inside.update(n for clause in clauses for n in find_actors(clause.group("makers")))
    said = "\n".join(outside)
    return {name for name in inside if not re.search(rf"\b{re.escape(name)}\b", said, re.I)}


def _enumerated_with(name: str, text: str) -> list[str]:
    """The items of the enumeration in `text` that holds `name` as an item, in their
    order, else `name` alone: the others of "the projects Blue Corridor test Bed and
    FLYNORD" are of the kind found too, though a title with a lowercase word in it is no
    name the kinds know. A run joined by a small word ("Members from Norway are Aust")
    is a clause, not a list's item."""
    stop = every_stopword()
    for match in _ENUMERATION.finditer(text):
        items = split_names(match.group(0))
        if name not in items:
            continue
        words = [w for item in items for w in item.split()]
        if all(w.casefold() not in stop for w in words) and len(words) <= TITLE_WORDS:
            return items
    return [name]


def closest_named(names: list[str], actors: dict[str, list[int]], near: list[Support]) -> str:
    """Of the projects found, the one a closest passage names: one asked for is the one
    the question reads most like, not every record cited beside it."""
    scores = {s.n: s.score for s in near}
    return max(names, key=lambda name: max(scores.get(n, 0.0) for n in actors[name]))


#: A heading that says its section lists the partners: "2. PARTNERE", "Project partners",
#: "Samarbetspartner", "Deltakere".
_PARTNER_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the\s+)?project\s+)?(?:partners?|partnere|partnerne|"
    r"parter|parterna|samarbe[ji]ds?partner\w*|samarbetspartner\w*|deltakere|deltagere|"
    r"deltagare|participants)$",
    re.IGNORECASE,
)


def under_partner_heading(section: str) -> bool:
    """Whether a section's own heading says it lists the partners."""
    return bool(_PARTNER_HEADING.match(last_heading(section).strip()))


def partner_sections(supports: list[Support]) -> list[Support]:
    """Each sentence of the cited passages that stands under a partners' heading, as a
    support of its own: every item of the list names a partner."""
    return [
        support.at(j)
        for support in supports
        for j in range(len(support.chunk.sentences))
        if under_partner_heading(support.chunk.section_of(j))
    ]


#: A list item's mark inside a run of text: "… prosjektet: - Innlandet fylkeskommune".
_ITEM_MARK = re.compile(r"(?:^|\s)[-•–]\s+")


def listed_partners(near: list[Support]) -> dict[str, list[int]]:
    """The items of a partners' list, each a name up to its bracket or comma ("NAV
    Innlandet", "Innlandet fylkeskommune (hovedpartner, Norge)"), when the passages are
    such a list's: a name no list of known kinds has is a partner all the same."""
    found: dict[str, list[int]] = {}
    for support in near:
        if not under_partner_heading(support.section):
            continue
        for item in _ITEM_MARK.split(tidy(support.text))[1:]:
            name = re.split(r"\s*[(,;]", item, maxsplit=1)[0].strip(" .")
            if name[:1].isupper() and len(name.split()) <= TITLE_WORDS:
                found.setdefault(name, []).append(support.n)
    return found if len(found) > 1 else {}


#: A sentence naming associated partners: "X and Y take part as associated partners",
#: "… deltager som associerede partnere", "assosierte partnere".
_ASSOCIATED = re.compile(r"\b(?:associ|assosi)\w*[\s-]+partner", re.IGNORECASE)


def partner_table(supports: list[Support]) -> tuple[list[str], str, set[int]] | None:
    """The partners a table lists, for "which partners are in it": the first cells of its
    rows whose role is partner (or under a "Partner" header), the lead's role beside its
    name, all cited passages of the best one's document read in order (a long table runs
    on into the next passage), and the sentence that names associated partners, which
    the table leaves out. Also the citation numbers the line quotes."""
    tabled = [s for s in sorted(supports, key=lambda s: -s.score) if partner_rows(s.chunk.text)]
    if not tabled:
        return None
    doc = tabled[0].chunk.doc
    same = sorted((s for s in supports if s.chunk.doc == doc), key=lambda s: s.chunk.start)
    found: dict[str, tuple[str | None, int]] = {}
    for support in same:
        for name, role in partner_rows(support.chunk.text):
            found.setdefault(name, (role, support.n))
    if len(found) < 2:
        return None
    listed = [f"{name} ({role})" if role else name for name, (role, _) in found.items()]
    shown = {n for _, n in found.values()}
    lead = f"{', '.join(listed)} {citation_marks(sorted(shown))}."
    for support in same:
        sentences = range(len(support.chunk.sentences))
        j = next((j for j in sentences if _ASSOCIATED.search(support.at(j).text)), None)
        if j is not None:
            lead += f" Associated partners: “{quote(support.at(j).text)}” [{support.n}]"
            shown.add(support.n)
            break
    return list(found), lead, shown


def _no_spelled_bodies(names: list[str], text: str) -> list[str]:
    """The names without the acronyms a body's name spells out before them ("Northern
    Coast Research Institute (NCRI)"): a record's lead partner, in capitals like the
    project's own name, is no project."""
    spelled = {
        short
        for short in names
        for whole in names
        if whole != short
        and actor_kind(whole) != "project"
        and re.search(rf"{re.escape(whole)}\s*\(\s*{re.escape(short)}\s*\)", text)
    }
    return [n for n in names if n not in spelled]


def naming_row(near: list[Support], cited: set[int]) -> str | None:
    """The table row that names every actor of the answer, when one does: the row's
    other cells (the day, the place of "| Planning meeting | Day: 3 May | Host: Region
    Vest |") answer the rest of "who hosts it, and when", in one line."""
    rows = [s for s in near if s.n in cited]
    if len(cited) != 1 or not rows or bar_cells(rows[0].text) is None:
        return None
    return tidy(rows[0].text)


def dated_actors(
    intent: Intent, ranked: list[Support]
) -> tuple[dict[str, list[int]], list[Support]]:
    """For a who-question naming a year that the close passages answer with no actor, the
    actors of that year's lines of the best passage's organisation in any cited passage
    ("D2021: Start för tätare samverkan … mellan Region Norrbotten, Lapplands Förbund samt
    Troms-Finnmark fylke"), with those passages."""
    topic, owner = topic_words(intent.question, every_stopword()), ranked[0].owner
    dated = [
        s
        for s in ranked
        if set(intent.years) & dated_by(s.text) and s.owner == owner and topic_hits(s, topic)
    ]
    return named_actors(intent, dated), dated


def speaking_of_topic(
    intent: Intent, actors: dict[str, list[int]], near: list[Support]
) -> dict[str, list[int]]:
    """The actors cited by a passage whose block (the sentence's section and owner's lines
    around it) speaks of the question's topic, when some block speaks of it: "Vilka
    gränskommittéer arbetar med lokal mat?" is answered by the block on "lokal mat", not
    by one on EURES meetings that ranks as close. A block speaks of a topic by at least
    half its words (as `on_topic` asks), the doing asked ("arbetar", "works") none of
    them; once one does, another stays if it says any of them, at least inside a compound
    ("elflygsprojekten" for "eldrivna flygplan"). All the actors when no block speaks of
    the topic: "Which committees work on electric air travel?" shares no word with the
    plan's "elflyg", and the model found the passages alike."""
    topic = [w for w in topic_words(intent.question, every_stopword()) if not _doing(w)]
    blocks = {s.n: fold(f"{s.section}\n{window(s, reach=len(s.chunk.sentences))}") for s in near}
    enough = (len(topic) + 1) // 2
    if not topic or not any(topic_words_in(block, topic) >= enough for block in blocks.values()):
        return actors
    saying = {n for n, block in blocks.items() if _says_any(block, topic)}
    return {name: cited for name, cited in actors.items() if saying & set(cited)} or actors


def _says_any(folded: str, topic: list[str]) -> bool:
    """Whether a folded text has one of the topic words, or a long one's first letters
    inside a compound: "flyg" of "flygplan" in "elflygsprojekten"."""
    parts = [fold(w)[:COMPOUND_PART] for w in topic if len(w) >= COMPOUND_WORD]
    return bool(topic_words_in(folded, topic)) or any(part in folded for part in parts)


def _doing(word: str) -> bool:
    """Whether a question's word says what a body does ("works", "arbetar", "jobber"),
    not what about."""
    return bool(ACTIVITY_VERB.match(word) or WORKS_VERB.fullmatch(word))


def capped(actors: dict[str, list[int]]) -> list[str]:
    """Up to MAX_ACTORS names, but every name the first one's passage gives: a list of
    eleven member regions in one sentence is the answer, not eight of them."""
    if not actors:
        return []
    first = next(iter(actors.values()))[0]
    whole = [name for name, numbers in actors.items() if first in numbers]
    others = [name for name in actors if name not in whole][: max(0, MAX_ACTORS - len(whole))]
    return [name for name in actors if name in whole or name in others]


def _places_quoted(support: Support, intent: Intent) -> list[str]:
    """For a question about regions or countries, the places the supporting quote
    names: lists ("Dalarna, Skåne and Örebro"), names with a head word ("Region
    Skåne"), or its one capitalised word inside a sentence ("Where, as an example,
    Östergötland participates …"; several are a phrase, "North Central Sweden"), but
    not the question's own names. Empty when the quote names none, and the paragraph
    around it is read instead."""
    if intent.actor_kind not in ("region", "country"):
        return []
    chunk = support.chunk
    first, last = quoted_sentences(chunk, support.sentence, intent)
    asked = name_words(intent.question)
    stop = every_stopword()
    texts = [tidy(sentence_text(chunk, j)) for j in range(first, last + 1)]
    listed = [
        name
        for text in texts
        for name in [
            *find_actors(text),
            *(n for m in _NAME_LIST.finditer(text) for n in split_names(m.group(0))),
            *(n for m in _BRACKETED_LIST.finditer(text) for n in split_names(m.group(0))),
        ]
    ]
    single = [n for t in texts for n in WANTED["actor"].findall(t) if n.casefold() not in stop]
    listed = [n for n in dict.fromkeys(listed) if not _asked(n, asked) and fits(intent, n)]
    if listed:
        return [n for n in listed if not any(n != other and n in other for other in listed)]
    single = [
        n
        for n in dict.fromkeys(single)
        if not _asked(n, asked) and fits(intent, n) and _place_shaped(n)
    ]
    return single if len(single) == 1 else []


def _asked(name: str, asked: list[str]) -> bool:
    """Whether `name` is one the question names (`asked`, its name words): a hyphen-joined
    name ("Lakeland-Fjordmark", two regions' committee) is one body, named only whole, and
    its part "Lakeland" named alone in a passage is another, which may be on the list."""
    joined = [word for word in asked if "-" in word]
    whole = any(word.casefold() in name.casefold() for word in joined)
    return whole or names_any(name, [word for word in asked if word not in joined])


def _place_shaped(name: str) -> bool:
    """One capital per hyphen-joined part ("Östergötland", "Hauts-de-France"), not an
    acronym's plural ("SMEs") nor an English adjective of a people ("one of five European
    regions", "Nordic", "Swedish")."""
    demonym = re.fullmatch(r"\w+(?:ean|ian|ish|ese|ic)", name)
    return sum(ch.isupper() for ch in name) <= name.count("-") + 1 and not demonym


def _in_role(
    intent: Intent, found: dict[str, list[int]], near: list[Support]
) -> dict[str, list[int]]:
    """For a question about a role ("Hvem er medlemmer af …", "which universities …"),
    the names that hold it: named right after the role word ("medlemmar Västra
    Götalandsregionen och Viken Fylkeskommune") or carrying it ("Umeå Universitet").
    All the names when none does."""
    stem = role_stem(intent.question) if intent.actor_kind in (None, "organisation") else None
    if not stem:
        return found
    texts = [window(s).casefold() for s in near]
    # With the rest of a list that starts there: "(Nordregio, NORA, grænsekomiteerne og …".
    role = re.compile(
        # The role may head a compound: "industriföretaget Permascand" for "vilket företag".
        rf"\b\w*{re.escape(stem)}\w*[\s:,]+(?:\S+\s+){{0,{ROLE_REACH}}}"
        r"(?:[\w()-]+,\s+)*(?:[\w()-]+\s+(?:og|och|and|samt)\s+[\w()-]+)?"
    )
    held = {
        name: numbers
        for name, numbers in found.items()
        if stem in name.casefold()
        or any(name.casefold() in m.group(0) for t in texts for m in role.finditer(t))
    }
    return held or found


def naming_role_holders(intent: Intent, ranked: list[Support]) -> list[Support]:
    """The passages read for a which-question whose role word a name carries (`role_stem`:
    "Which universities …", "Umeå Universitet"), when some name one: the sentence naming
    it may rank below the margin of those that only speak of the topic."""
    stem = role_stem(intent.question) if intent.actor_kind in (None, "organisation") else None
    if not stem:
        return []
    return [
        s for s in ranked if any(stem in name.casefold() for name in find_actors(tidy(window(s))))
    ]


def naming_asked_names(intent: Intent, near: list[Support]) -> list[Support]:
    """The passages that speak of what the question names, when some do: the partners of
    "the Arbeta tillsammans project" are read where it is named, not from another
    document's "Swedish partner is Region Skåne". For projects, an organisation named is
    whose projects they are, and says nothing of which."""
    named = _named_things(intent.question)
    if intent.actor_kind == "project":  # "Nordregio's projects": every one is Nordregio's
        named = [n for n in named if not find_actors(n)]
    names = [rf"{re.escape(n)}\b" for n in named] + _compound_projects(intent.question)
    if not names:
        return near
    written = re.compile(rf"\b(?:{'|'.join(names)})", re.IGNORECASE)
    naming = [s for s in near if written.search(f"{s.section}\n{s.chunk.text}")]
    return naming or near


def _compound_projects(question: str) -> list[str]:
    """Patterns for the projects a question names by a compound of their topic and the
    word for a project ("bioenergiprojektet", "kystprosjektet"): a passage names one by
    the topic's first letters before that word, in any of the languages ("the Bioenergy
    project"), and not by the topic alone (a platform "for energy" is no such project)."""
    return [
        rf"{re.escape(m.group(1)[:NAME_PREFIX])}[\w-]*[\s-]*{_PROJECT_WORD}"
        for m in _COMPOUND_PROJECT.finditer(question)
    ]


def _named_things(question: str) -> list[str]:
    """The names of things a question gives, as written: a run of capitalised words
    ("North Sea Conference"), or a name before the word for what it is ("Arbeta
    tillsammans" in "the Arbeta tillsammans project"). A single place or adjective
    ("Tornedalen", "Nordic") may stand anywhere near the answer, named or not."""
    found = [m.group(0) for m in _CAPITALISED_RUN.finditer(question)]
    found += [m.group(1) for m in _NAME_BEFORE_KIND.finditer(question)]
    return [name for name in found if not _ADJECTIVE.search(name)]


def project_topic(intent: Intent) -> list[str]:
    """What a project question is about: its topic words, or the names it gives that are
    no organisation ("Arctic" in "Which Nordregio projects deal with the Arctic?")."""
    topic = topic_words(intent.question, every_stopword())
    return topic or [n for n in name_words(intent.question) if not find_actors(n)]


def titles_name(chunk: Chunk, topic: list[str]) -> bool:
    """Whether a title in the passage (a project's) names at least half of the topic's
    words ("Advancing the bioeconomy transition …" for "bioeconomy"; one of "jämför",
    "planeringsdata", "digitaliseras" is too little), in any of the languages ("Trend
    analysis for Bioeconomy" for "bioekonomi"). Only a title is read so: the c of a word
    in a line of prose is often another word's k ("contact", "Kontakt")."""
    titles = {section_title(chunk.section_of(i)) for i in range(len(chunk.sentences))}
    keys = [re.compile(rf"\b{either_k(topic_key(word))}") for word in topic]
    return any(
        title and 2 * sum(bool(key.search(fold(title))) for key in keys) >= len(topic)
        for title in titles
    )


def on_topic(intent: Intent, ranked: list[Support]) -> list[Support]:
    """For "which projects deal with X": the passages whose project title or supporting
    sentences speak of X, however far down the ranking (the question's other words,
    "Nordregio's projects", match every project alike); none when no passage does. Of a
    topic of several words, at least half must be there: one shared word ("cirkulære" of
    "udbuddet om cirkulære byer") does not make another project's line the answer."""
    if intent.actor_kind != "project":
        return []
    # "Which Sami projects …": a name before the word for projects says which.
    topic = topic_words(intent.question, every_stopword()) or _named_things(intent.question)
    if not topic:
        return []
    enough = (len(topic) + 1) // 2
    return [s for s in ranked if topic_hits(s, topic) >= enough]


def _project_title(
    support: Support, intent: Intent, home: str | None, closest: bool = False
) -> str | None:
    """The project a passage speaks of for "which projects deal with X": the title of
    the section whose sentence speaks of X (a passage may run over several projects),
    else the supporting sentence's. A heading over other titled sections groups them
    ("Other Nordregio projects on regional innovation") and names no project."""
    chunk = support.chunk
    sections = [chunk.section_of(i) for i in range(len(chunk.sentences))]
    topic = topic_words(intent.question, every_stopword()) or _named_things(intent.question)
    speaking = [
        sections[i]
        for i in range(len(sections))
        if topic and names_any(f"{last_heading(sections[i])}\n{sentence_text(chunk, i)}", topic)
    ]
    # A passage of another document than the closest one's (`home`) that never speaks of
    # the topic, under a title that shares no word with the question, names no project on it.
    stop = every_stopword()
    asked = [w for w in re.findall(r"[\w-]{4,}", intent.question) if w.casefold() not in stop]
    related = names_any(last_heading(support.section), asked) or support.chunk.doc == home
    fallback = [support.section] if speaking or not topic or related else []
    # The supporting sentence's own record first: the page's intro above it speaks of
    # the topic too ("This page lists the projects on …").
    own = [support.section] if support.section in speaking else []
    for section in dict.fromkeys([*own, *speaking, *fallback]):
        groups = any(s.startswith(section + PATH_SEPARATOR) for s in sections)
        # A numbered heading is a catalogue's item or a report's chapter ("4. RESULTATER OG
        # ØKONOMI"): an item's name only where the topic or the closest passage is.
        item = item_title(section) if section in speaking or closest else None
        title = None if groups else section_title(section) or item
        if title and not names_no_project(title, chunk):
            return title
    return None

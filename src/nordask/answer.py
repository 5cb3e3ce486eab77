"""Compose an answer a person can act on, from cited passages.

No language model writes anything. The first line answers directly, in a form
chosen by the question's intent (query.py):
- actors: the organisations asked for, filtered to the kind asked for
  ("which committees" lists committees and councils), the owner of the section
  a sentence sits in first (structure.py);
- amounts: the figure with its unit and what it is the budget of, from a table
  row tied to its goal when there is one;
- definitions: the passage's one or two defining sentences;
- anything else: the best-supported sentence.
Up to three supporting quotes follow, each one sentence of a cited passage,
verbatim but without activity codes, table cells and page furniture, and
labelled with its language when that differs from the question's.

This module picks among the forms; each lives in a module of its own: leads.py (the
first line by kind of question), people.py (who-answers), amounts.py (figures, rows,
cells, units), lists.py (actors, partners, projects), quotes.py (the supporting quotes),
evidence.py (each passage's evidence sentence), all on passages.py (`Support` and the
sentence helpers they share).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nordask.amounts import (
    amount_lead,
    asked_columns,
    column_field_cell,
    column_of,
    column_sum_lead,
    counts,
    held_cell,
    labelled_cell,
    matching_lead,
    money_ranking,
    ranking_lead,
    row_lead,
    speaks_of_asked,
    spelled_column,
    stated_superlative,
    sub_line,
    sum_lead,
    whether_word,
    with_second_figure,
)
from nordask.changes import changed_value, correction, latest_said, status_entry
from nordask.compare import compared_parts, comparison_lead
from nordask.items import listed_item
from nordask.leads import (
    Owned,
    Titled,
    activity_line,
    best_lead,
    definition_lead,
    frequency_lead,
    group_share,
)
from nordask.lists import (
    MAX_ACTORS,
    capped,
    closest_named,
    dated_actors,
    listed_partners,
    named_actors,
    naming_asked_names,
    naming_role_holders,
    naming_row,
    on_topic,
    partner_sections,
    partner_table,
    speaking_of_topic,
)
from nordask.members import about_things, listed_members, member_listing
from nordask.overview import DocumentOverview, activity_word
from nordask.overview_text import document_size
from nordask.passages import Support, citation_marks, window
from nordask.people import (
    asked_doer,
    asks_holder,
    card_owner,
    contact_line,
    doer_answer,
    fits,
    goal_label,
    is_role,
    labelled_doer,
    of_goal,
    people_in_role,
    stand_in,
    stated_doer,
    successor,
)
from nordask.query import (
    SECOND_QUESTION,
    Intent,
    asks_members,
    asks_partners,
    states_amount,
    states_day,
    year_span,
)
from nordask.quotes import (
    LANGUAGE_NAMES,
    fallback_quote,
    quote,
    quote_language,
    quoted,
    supporting_quotes,
)
from nordask.records import Chunk, TableRow
from nordask.structure import goal_numbers
from nordask.tables import LabelCloseness, PlacedCloseness, partial_row, table_cell

if TYPE_CHECKING:
    from nordask.overview import Activity, Goal

#: Evidence this close to the best supports the answer too.
SUPPORT_MARGIN = 0.08
#: How many of the best-ranked citations the answer may quote.
ANSWER_FROM = 5


def compose(
    intent: Intent,
    supports: list[Support],
    question_lang: str | None,
    rows: Sequence[tuple[int, TableRow]] = (),
    *,
    outline: Outline | None = None,
    terms: Mapping[str, str] | None = None,
    owned: Owned | None = None,
    named_by: Titled | None = None,
    closeness: LabelCloseness | None = None,
    placed: PlacedCloseness | None = None,
) -> tuple[str, list[str]]:
    """The answer text and the actors it names.

    `supports` are the cited passages in rank order; `rows` are table rows that
    answer an amount question (a numbered goal's row, or every goal's for "which
    goal has the largest budget"), each with its citation number. `outline` holds
    the goal a "what is goal 6 about" question asks for, or every goal for "which
    goals are there", with their headings' citation numbers. `terms` are acronyms the
    corpus spells out (its glossary), for a row's column headers. `owned` are the plan
    activities a definition question's subject has blocks in, `named_by` a document
    whose title names the subject. `closeness` tells how close a table row's label is to
    the question, `placed` how close the question's placed phrases are to a table's.
    """
    if outline is not None:
        if intent.goal_topic == "owners":
            # "Who leads the working group of goal 3" is said in a sentence pairing goals
            # and names, not by which organisations have activities under goal 3.
            doer = stated_doer(intent, sorted(supports, key=lambda s: -s.score))
            if doer and intent.goal is not None and of_goal(intent.goal, doer.line):
                return doer_answer(doer, question_lang), doer.names
            if labelled := goal_label(intent, supports):
                return doer_answer(labelled, question_lang), labelled.names
            return _owners_answer(intent, outline)
        if intent.goal_topic == "compare":
            return _compared_goals_answer(intent, outline), []
        if intent.goal_topic == "all" or len(outline.goals) > 1:
            lead = _goals_answer(outline, closest=intent.goal_topic == "which")
        else:
            lead = _goal_answer(intent, *outline.goals[0])
        if intent.goal_topic != "which":
            return lead, []
        # What under the goals speaks of the topic ("… eldrivet flyg …" under goal 6).
        numbers = {goal.number for _, goal in outline.goals}
        headings = {n for n, _ in outline.goals}
        under = [s for s in supports if s.n not in headings and numbers & goal_numbers(s.section)]
        return "\n\n".join([lead, *supporting_quotes(intent, under, question_lang, skip=lead)]), []
    first = supports[:ANSWER_FROM]
    if intent.years or intent.kind == "quantity":  # a block's later line of the year or count
        first += continued_records(first, supports[ANSWER_FROM:])
    pool = latest_said(intent.question, first)  # not what a reply quotes
    ranked = sorted(pool, key=lambda s: -s.score)
    top = ranked[0].score
    near = [s for s in ranked if s.score >= top - SUPPORT_MARGIN]
    names: list[str] = []
    lead = None
    tabled = None
    naming = None
    if changed := changed_value(intent, ranked):
        lead = changed.lead()  # "after the extension": the value the change set
    elif listing := member_listing(intent.question, supports):
        lead = listing.lead(question_lang)  # "Er Norrbotten med i …?": the list of members decides
        near = [s for s in near if s.n != listing.support.n]
    elif intent.kind in ("actor", "list") and (
        members := listed_members(intent.question, supports)
    ):
        # "Vilka kommuner är med i X": "Members from Sweden in X are …", whatever the names.
        names, lead = members.names(), members.lead(question_lang)
        near = [s for s in near if s.n not in members.cited() and members.speaks_of(s)]
    elif len(rows) == 1:
        row, spelled = rows[0][1], terms or {}
        column = column_of(row, asked_columns(intent)) or spelled_column(row, intent, spelled)
        lead = (column is None and sub_line(intent, row, supports)) or (
            whether_word(intent.question, row, column) + row_lead(*rows[0], spelled, column)
        )
    elif rows:
        lead = (
            (
                len(rows) == 2
                and (parts := compared_parts(intent.question)) is not None
                and comparison_lead(rows, less=parts[2])
            )
            or matching_lead(intent, rows)
            or (intent.plan_total and sum_lead(rows))
            or (intent.total_of and column_sum_lead(intent, rows, terms or {}))
            or ranking_lead(rows, smallest=intent.smallest)
        )
    elif intent.wants_actors and (stated := stated_superlative(intent, ranked)):
        lead = f"{quoted(quote(stated.text), stated, question_lang)} [{stated.n}]"
        near = [s for s in near if s.n != stated.n]
    elif intent.ranks_by_money and (ranking := money_ranking(intent, supports)):
        names, lead = ranking
    elif tabled := partial_row(intent, ranked) or table_cell(
        intent, sorted(supports, key=lambda s: -s.score), closeness, placed
    ):
        # Of every cited passage, as the decision to answer reads them: the table that
        # lifted a refusal may stand below the first five.
        lead = tabled.lead()
        names = tabled.names() if intent.wants_actors or intent.kind == "person" else []
    elif (
        intent.wants_actors and asks_members(intent.question) and (table := partner_table(supports))
    ):
        names, lead, shown = table
        near = [s for s in near if s.n not in shown]
    elif intent.wants_actors and (owner := card_owner(intent, ranked)):
        names, lead = owner.names, doer_answer(owner, question_lang)
        near = [s for s in near if s.n != owner.support.n]
    elif intent.wants_actors and (held := held_cell(intent, ranked)):
        cell, support = held
        names, lead = [cell.value], f"{cell.lead()} [{support.n}]."
    elif heir := successor(intent, ranked) or stand_in(intent, ranked):
        names, lead = heir.names, doer_answer(heir, question_lang)
        near = [s for s in near if s.n != heir.support.n]
    elif intent.kind == "person" and (people := people_in_role(intent, ranked)):
        names = list(people)[:MAX_ACTORS]
        lead = "; ".join(f"{name} {citation_marks(people[name][0])}" for name in names)
        lead += f": “{quote(people[names[0]][1])}”"
    elif (
        intent.wants_actors
        and not SECOND_QUESTION.search(intent.question)  # a line answers one part
        and (labelled := labelled_doer(intent, ranked))
    ):
        names, lead = labelled.names, doer_answer(labelled, question_lang)
        near = [s for s in near if s.n != labelled.support.n]
    elif intent.wants_actors and (reach := contact_line(intent, ranked)):
        lead = fallback_quote(reach, intent, question_lang)
        near = [s for s in near if s.n != reach.n]
    elif (
        intent.wants_actors and (doer := asked_doer(intent, ranked)) and _names_someone(doer.names)
    ):
        names, lead = doer.names, doer_answer(doer, question_lang)
        near = [s for s in near if s.n != doer.support.n]
    elif intent.wants_actors and not asks_holder(intent):
        # Every cited project on the topic, not only the closest five: a list asks for all.
        every = sorted(supports, key=lambda s: -s.score)
        asked = on_topic(intent, every) or naming_role_holders(intent, ranked) or near
        near = naming_asked_names(intent, asked)
        near = about_things(intent.question, every) or near  # "Vilka ingår i X": X's passages
        if asks_partners(intent.question) and (listed := partner_sections(every)):
            near = listed  # "2. PARTNERE" lists them all; a sentence names one or two
        actors = listed_partners(near) or speaking_of_topic(
            intent, named_actors(intent, near), near
        )
        # Places of a year asked: the names of that year's lines of the block, before
        # the names of undated sentences around ("D2021: … mellan Region Norrbotten, …").
        places = intent.actor_kind in ("region", "country")
        dated = intent.years and ranked and (places or not actors)
        if dated and (found := dated_actors(intent, ranked))[0]:
            actors, near = found
        names = capped(actors)
        if len(names) > 1 and _ASKS_ONE_PROJECT.search(intent.question):
            names = [closest_named(names, actors, near)]
        elif _one_of_one_passage(intent.question, names, actors):
            names = names[:1]
        if names:
            lead = "; ".join(f"{name} {citation_marks(actors[name])}" for name in names) + "."
            if row := naming_row(near, {n for name in names for n in actors[name]}):
                lead = f"{lead[:-1]}: “{row}”"
            elif SECOND_QUESTION.search(intent.question):
                naming = _naming_sentence(names, actors, near)
            # The quotes back the names given: a passage that named none of them, nor
            # stands in the section of one that did ("The committee works with …"), is noise.
            named_by = {n for name in names for n in actors[name]}
            places = {(s.chunk.doc, s.section) for s in near if s.n in named_by}
            near = [s for s in near if s.n in named_by or (s.chunk.doc, s.section) in places]
    elif intent.kind == "date" and (signed := column_field_cell(intent, ranked, states_day)):
        cell, support = signed
        lead = f"{cell.lead()} [{support.n}]."
    elif intent.kind == "quantity" and (counted := labelled_cell(intent, ranked, counts)):
        cell, support = counted
        lead = f"{cell.lead()} [{support.n}]."
    elif intent.wants_amount:
        lead = amount_lead(intent, ranked)
    elif entry := status_entry(intent.question, ranked):
        lead = fallback_quote(entry, intent, question_lang)  # "which event is cancelled"
        near = [s for s in near if s.n != entry.n]
    elif intent.kind in ("definition", "free", "list") and (
        listed := listed_item(intent.question, ranked)
    ):
        lead = fallback_quote(listed[0], intent, question_lang, listed[1])
    elif intent.kind in ("definition", "free") and (line := activity_line(intent, ranked)):
        lead = fallback_quote(line, intent, question_lang)  # an activity is what its line says
    elif intent.kind == "definition":
        lead = definition_lead(intent, ranked, question_lang, owned, named_by)
    if intent.wants_amount:  # a figure further down still answers a money question
        near += [s for s in ranked if s not in near and states_amount(window(s))]
        # Not another project's figure, when the named one's are there.
        near = [s for s in near if speaks_of_asked(intent, s)] or near
    if tabled:  # the lead quotes the cell's row under its header already
        near = [s for s in near if s.n != tabled.n]
    if changed:  # and the change's cell
        near = [s for s in near if s.n != changed.support.n]
    if rows:  # only what the row's own goal says; other goals' rows would mislead
        goals = {row.number for _, row in rows} if len(rows) == 1 else set()
        cited = {n for n, _ in rows}  # the lead states these rows already
        near = [s for s in near if s.n not in cited and goals & goal_numbers(s.section)]
    quotes = supporting_quotes(intent, near, question_lang, skip=lead)
    if lead is None:
        pinned, closest = _in_goal(intent, ranked, near)
        best = frequency_lead(intent, pinned, best_lead(intent, pinned, closest))
        if corrected := correction(intent, best, ranked):  # a later line corrects its figure
            best, said = corrected
            lead = fallback_quote(best, intent, question_lang, said)
        else:
            lead = fallback_quote(best, intent, question_lang)
        if share := group_share(intent, best.text):
            lead = f"{share}: {lead}"  # the asked country's of several shares
        quotes = [q for q in quotes if not q.startswith(f"[{best.n}]")]
    answered = with_second_figure(intent, lead, pool, question_lang)
    if answered == lead and naming is not None:  # the names' own sentence tells the rest
        said = quoted(quote(naming.text), naming, question_lang, after=lead)
        answered = f"{lead[:-1]}: {said}"
        quotes = [q for q in quotes if not q.startswith(f"[{naming.n}]")]
    return "\n\n".join([answered, *quotes]), names


def continues_record(before: Chunk, after: Chunk) -> bool:
    """Whether `after` is the next passage of `before`'s document and opens in the owner's
    block and section `before` ends in ("Tornedalsrådet › K.6.d" … "D2021: Start för
    tätare samverkan …"): a passage boundary that cuts a block's milestone lines leaves
    its later lines as much the record's as the first ones."""
    last = len(before.sentences) - 1
    return (
        after.doc == before.doc
        and before.start < after.start <= before.end + 2
        and after.owner_of(0) is not None
        and after.owner_of(0) == before.owner_of(last)
        and after.section_of(0) == before.section_of(last)
    )


def continued_records(pool: list[Support], later: list[Support]) -> list[Support]:
    """The cited passages below the first few that go on with a record one of them ends
    in (`continues_record`)."""
    return [s for s in later if any(continues_record(p.chunk, s.chunk) for p in pool)]


@dataclass(frozen=True)
class Outline:
    """Numbered goals an answer gives from the plan's outline, each with its citation
    number, the title of the document they are in ("" for several), and the citation
    number of each organisation's block under an activity, by (organisation, code)."""

    document: str
    goals: list[tuple[int, Goal]]
    blocks: dict[tuple[str, str], int] = field(default_factory=dict)


#: A goal's heading is cut to this many characters in a list of every goal.
GOAL_TITLE_CHARS = 110


def _goals_answer(outline: Outline, closest: bool = False, where: str = "") -> str:
    """Numbered goals, one a line: "• Goal 6 (Konkurrenskraftigt Norden): “Mål 6:
    understøtte …” — 5 activities (K.6.a–K.6.e) [2]"; every goal of the plan, or
    (`closest`) the few whose headings come equally close to the question. `where`
    names the plan when the answer already did ("It")."""
    where = where or (f"“{outline.document}”" if outline.document else "The corpus")
    count = len(outline.goals)
    activities = sum(len(goal.activities) for _, goal in outline.goals)
    held = f" with {activities} {activity_word(activities)}" if activities else ""
    lines = [
        f"{count} goals' headings come about equally close, closest first:"
        if closest
        else f"{where} has {count} numbered goal{'s' if count != 1 else ''}{held}:"
    ]
    for n, goal in outline.goals:
        part = f" ({goal.part})" if goal.part else ""
        title = goal.title
        if len(title) > GOAL_TITLE_CHARS:
            title = title[: title.rfind(" ", 0, GOAL_TITLE_CHARS)].rstrip(" ,;") + " …"
        codes = [a.code for a in goal.activities]
        activities = f" — {_activity_count(codes)}" if codes else ""
        lines.append(f"• Goal {goal.number}{part}: “{title}”{activities} [{n}]")
    return "\n".join(lines)


#: How many of a document's section headings an answer about it names.
DOCUMENT_SECTIONS = 5


def document_answer(
    named: str, documents: Sequence[tuple[DocumentOverview, int | None]], outline: Outline | None
) -> str:
    """What a document the question names is ("What is the action plan?"): its title,
    file, size and languages, its opening sentences cited at their passage, and its
    numbered goals (`outline`) or else its first section headings. `named` is how the
    question named it: "title", or the kind of document ("plan") when it gave the
    title's head noun only, so that "the climate plan" is not said to be its title."""
    lines = []
    for document, n in documents:
        langs = ", ".join(LANGUAGE_NAMES.get(lang, lang) for lang in document.languages)
        facts = f"“{document.title}” ({document.doc}, {document_size(document)}; {langs})"
        if named == "period":
            lines.append(f"{facts} covers {year_span(document.title)}, as its title says.")
        elif named == "title":
            lines.append(f"{facts} is one of the corpus's documents.")
        elif len(documents) == 1:
            lines.append(f"The {named} in the corpus is {facts}.")
        else:
            lines.append(f"• {facts}")
        if len(documents) == 1 and document.lead:
            lang = quote_language(document.lead, next(iter(document.languages), "en"))
            said = f"({LANGUAGE_NAMES[lang]}) " if lang in LANGUAGE_NAMES.keys() - {"en"} else ""
            lines.append(f"It opens: {said}“{document.lead}”" + (f" [{n}]" if n else ""))
    if len(documents) > 1:
        lines.insert(0, f"The corpus holds {len(documents)} documents of that kind:")
    if outline is not None and outline.goals:
        lines.append(_goals_answer(outline, where="It" if len(documents) == 1 else ""))
    elif len(documents) == 1 and named != "period":
        sections = documents[0][0].leaf_headings()[:DOCUMENT_SECTIONS]
        if len(sections) > 1:
            lines.append("Its sections include " + ", ".join(f"“{s}”" for s in sections) + ".")
    return "\n".join(lines)


def _owners_answer(intent: Intent, outline: Outline) -> tuple[str, list[str]]:
    """The organisations with activities under a goal, each with its activities' codes
    and its blocks cited: "Goal 7 (…) [1] has activities by Nordkalottrådet (K.7.a,
    K.7.b) [3][7]; …". Filtered to the kind asked for ("which committees") where any fits."""
    n, goal = outline.goals[0]
    codes: dict[str, list[str]] = {}
    for activity, owner in goal.owned():
        codes.setdefault(owner.name, []).append(activity.code)
    names = [name for name in codes if fits(intent, name)] or list(codes)
    part = f" ({goal.part})" if goal.part else ""
    if not names:
        return f"Goal {goal.number}{part} [{n}]: no organisation's block stands under it.", []

    def entry(name: str) -> str:
        cited = dict.fromkeys(outline.blocks.get((name, code)) for code in codes[name])
        marks = "".join(f"[{m}]" for m in cited if m)
        return f"{name} ({', '.join(codes[name])})" + (f" {marks}" if marks else "")

    listed = "; ".join(entry(name) for name in names)
    return f"Goal {goal.number}{part} [{n}] has activities by {listed}.", names


def held_answer(
    name: str, items: Sequence[tuple[Activity, int, int]], goal: int | None = None
) -> str:
    """The activities an organisation has blocks in (under `goal`, if one was asked for),
    each with its goal, opening line, page and the block cited: "Kvarkenrådet has 3
    activities in the plan: • G.1.b (goal 1) Gennemføre … (p. 3) [1] …"."""
    where = f"under goal {goal}" if goal is not None else "in the plan"
    lines = [f"{name} has {len(items)} {activity_word(len(items))} {where}:"]
    for activity, goal, n in items:
        page = f" (p. {activity.page})" if activity.page else ""
        lines.append(f"• {activity.code} (goal {goal}) {activity.line}{page} [{n}]")
    return "\n".join(lines)


def _activity_count(codes: list[str]) -> str:
    """ "5 activities (K.6.a–K.6.e)"."""
    span = codes[0] if len(codes) == 1 else f"{codes[0]}–{codes[-1]}"
    return f"{len(codes)} {activity_word(len(codes))} ({span})"


def _compared_goals_answer(intent: Intent, outline: Outline) -> str:
    """Goals asked to be told apart, each by its heading in full and its activities, one
    after the other: the headings say what each is for. A goal the plan lacks is said so."""
    found = {goal.number for _, goal in outline.goals}
    lines = [_goal_answer(intent, n, goal) for n, goal in outline.goals]
    lacking = [str(n) for n in intent.compared_goals if n not in found]
    if lacking:
        lines.append(f"The plan has no goal {', '.join(lacking)}.")
    return "\n\n".join(lines)


def _goal_answer(intent: Intent, n: int, goal: Goal) -> str:
    """The goal's heading in full and its activities, as the plan's outline gives them:
    "Goal 6 (Konkurrenskraftigt Norden): “Mål 6: understøtte …” [1]. It has 5 activities
    …", each activity on a line of its own when they were asked for."""
    part = f" ({goal.part})" if goal.part else ""
    lead = f"Goal {goal.number}{part}: “{goal.title}” [{n}]."
    if intent.activity and intent.activity in {a.code for a in goal.activities}:
        lead = (
            f"{intent.activity} is an activity of goal {goal.number}{part}: “{goal.title}” [{n}]."
        )
    codes = [activity.code for activity in goal.activities]
    if not codes:
        return f"{lead} The plan lists no numbered activities under it."
    if intent.goal_topic != "activities":
        return f"{lead} It has {_activity_count(codes)}."
    lines = [
        f"• {activity.code} {activity.line}" + (f" (p. {activity.page})" if activity.page else "")
        for activity in goal.activities
    ]
    return "\n".join([f"{lead} It has {len(codes)} {activity_word(len(codes))}:", *lines])


def _in_goal(
    intent: Intent, ranked: list[Support], near: list[Support]
) -> tuple[list[Support], list[Support]]:
    """The passages under the goal a question names ("Vad ska … ha uppnått under mål 1?"),
    when some are cited: another goal's text does not answer for it."""
    if intent.goal is None:
        return ranked, near
    under = [s for s in ranked if intent.goal in goal_numbers(s.section)]
    if not under:
        return ranked, near
    return under, [s for s in near if s in under] or under[:1]


#: A question for one project: "Which project …", "Vilket fiskeprojekt …", "Hvilket
#: prosjekt …" (the singular of the which-word, or of the kind after it).
_ASKS_ONE_PROJECT = re.compile(
    r"\b(?:vilket|vilken|hvilket|hvilken)\s+\w*(?:projekt|prosjekt)(?:et)?\b|"
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:project|programme|program|initiative)\b(?!s)",
    re.IGNORECASE,
)
#: A question for one place: "Which region …", "Vilken region …", "Hvilken fylkeskommune …"
#: (not "which region's partners").
_ASKS_ONE_PLACE = re.compile(
    r"\b(?:vilken|hvilken)\s+\w*(?:region|kommune?)(?:en)?\b|"
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:region|county)\b(?![s'’])",
    re.IGNORECASE,
)


def _one_of_one_passage(question: str, names: list[str], actors: dict[str, list[int]]) -> bool:
    """Whether a question for one place (`_ASKS_ONE_PLACE`) is given several that one
    passage names together: the first it names is the one it speaks of ("X aligns its
    plan with the regions Y and Z" for "which region aligns …"). Names from several
    passages are no such sentence's, and stay."""
    if len(names) < 2 or not _ASKS_ONE_PLACE.search(question):
        return False
    return bool(set.intersection(*(set(actors[name]) for name in names)))


def _naming_sentence(
    names: list[str], actors: dict[str, list[int]], near: list[Support]
) -> Support | None:
    """For a question in two parts ("Who does X run it with, and whose method does it
    use?"), the sentence of the one cited passage that gave every actor of the answer,
    when it names them all: what it goes on to say of them ("… with RISE, using a method
    developed by …") answers the other part where no line is found that answers it by
    itself (`with_second_figure`). Names gathered from several passages have no such
    sentence (a members line that names two of them says nothing of either)."""
    gave = set.intersection(*(set(actors[name]) for name in names))
    return next((s for s in near if s.n in gave and all(name in s.text for name in names)), None)


def _names_someone(names: list[str]) -> bool:
    """Whether the doers a sentence is read to give name someone, a person or a body: a
    signature laid out as cells ("styreleder | sekretariatsleder") gives roles' words,
    which name no one."""
    return not all(map(is_role, names))


def refusal(reason: str, covers: str = "") -> str:
    """Why there is no answer; `covers`, for a question outside the corpus, says what
    the corpus holds instead."""
    return (
        f"The corpus does not seem to answer this question: {reason}. {covers}"
        "The closest passages are listed below, marked as weak."
    )

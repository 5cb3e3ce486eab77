"""The first line for why-questions, two-part and what-does questions, and where no
cited passage's best sentence reads, on made-up documents (no model)."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.aspects import asked_aspect
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk


def _chunk(text: str, title: str = "Made up", doc: str = "made-up.txt", lang: str = "en") -> Chunk:
    return one_chunk(text, doc=doc, lang=lang, title=title)


def test_a_why_question_is_led_by_the_sentence_that_gives_a_reason() -> None:
    report = _chunk(
        "Most coastal towns have adopted plans for shared ferry tickets. "
        "Many of the smaller islands have the same intentions but often lack staff, money "
        "or time to keep up. "
        "The towns meet twice a year in Nordby."
    )
    plan = _chunk(
        "The island towns will run their own ticket plans if the coastal towns turn the "
        "application down.",
        "Ferry plan",
        "plan.txt",
    )
    intent = parse("Why do the island towns lag behind the coastal towns with the ticket plans?")
    scores = (0.40, 0.44, 0.10)
    supports = [
        Support(1, report, 1, 0.45, scores),
        Support(2, plan, 0, 0.44, (0.50,)),
    ]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Many of the smaller islands have the same intentions"), text


def test_a_lead_that_gives_a_reason_already_is_kept_for_a_why_question() -> None:
    minutes = _chunk(
        "The ferry pilot was delayed because the new quay was not finished. "
        "The board meets in Nordby."
    )
    intent = parse("Why was the ferry pilot delayed?")
    text, _ = compose(intent, [Support(1, minutes, 0, 0.6, (0.6, 0.2))], "en")
    assert text.startswith("The ferry pilot was delayed because"), text


def test_a_cell_of_names_is_no_readable_lead() -> None:
    plan = _chunk(
        "Nordby og Sudby og TG\n\n"
        "The harbour group maps the ferry routes between the two towns and proposes "
        "shared timetables.",
        "Harbour plan",
    )
    intent = parse("Which route does the harbour note from Nordby speak of?")
    supports = [Support(1, plan, 0, 0.5, (0.5, 0.3))]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("The harbour group maps the ferry routes"), text


def test_a_two_part_question_is_not_led_by_a_word_another_language_writes_alike() -> None:
    strategy = _chunk(
        "Kustrådet ska undersöka möjligheter för att ta fram en gemensam fiskestrategi "
        "för Norrkusten och Ålandsområdet.",
        "Handlingsplan",
        "plan.pdf",
        "sv",
    )
    milestones = _chunk(
        "M2021 Samla aktörer för att planera strategiprocessen i området.",
        "Handlingsplan",
        "plan.pdf",
        "sv",
    )
    question = "Is the Coast Council working towards a common fishing strategy, and for what area?"
    intent = parse(question)
    supports = [Support(1, strategy, 0, 0.55, (0.55,)), Support(2, milestones, 0, 0.49, (0.2,))]
    text, _ = compose(intent, supports, "en")
    assert "Kustrådet ska undersöka" in text.split("\n\n")[0], text


def test_a_definition_s_subject_ends_where_the_second_question_begins() -> None:
    intent = parse("Hva er FjordGreen, og hva gjør Nordby kommune i det prosjektet?")
    assert intent.kind == "definition"
    assert intent.subject == "FjordGreen"


def test_the_second_part_asking_what_someone_does_is_answered_from_the_paragraph() -> None:
    page = _chunk(
        "Coastal green towns (FjordGreen)\n\n"
        "FjordGreen is a project that brings rooftop farming to harbour towns. "
        "Nordby municipality leads the work package on school gardens and writes the "
        "final report.",
        "Harbour projects",
    )
    intent = parse("What is FjordGreen, and what does Nordby municipality do in it?")
    supports = [Support(1, page, sentence_at(page, "FjordGreen is a"), 0.6)]
    first = compose(intent, supports, "en")[0].split("\n\n")[0]
    assert first.startswith("FjordGreen is a project"), first
    assert "Nordby municipality leads the work package" in first, first


def test_a_paragraph_opening_with_a_project_s_name_defines_it_under_a_shared_heading() -> None:
    page = _chunk(
        "Cooperation around the coast\n\n"
        "The HarbourLink aims to develop shared methods for small ports. Its Norwegian "
        "partner is Sudby municipality.\n\n"
        "The FerryNet aims to join the ticket systems of the ferry lines. Its Norwegian "
        "partner is Nordby municipality.",
        "Coastal cooperation",
    )
    intent = parse("What is FerryNet?")
    supports = [Support(1, page, sentence_at(page, "The FerryNet aims"), 0.6)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("The FerryNet aims to join"), text


def test_what_a_name_does_is_the_sentence_where_it_does_something() -> None:
    page = _chunk(
        "Three platforms\n\n"
        "The commission has set up three platforms where regions cooperate. "
        "One platform is on fisheries.\n\n"
        "Another is the harbour platform. Where, as an example, Sudby participates in "
        "smart quays.\n\n"
        "The third platform is about energy.",
        "Coastal platforms",
    )
    intent = parse("What does Sudby do in the coastal platforms?")
    assert intent.does and intent.subject == "Sudby"
    supports = [Support(1, page, sentence_at(page, "The commission"), 0.6)]
    text, _ = compose(intent, supports, "en")
    first = text.split("\n\n")[0]
    assert "Sudby participates in smart quays" in first, text


def test_a_subject_s_adjective_takes_its_noun_and_c_reads_as_k() -> None:
    question = "Vilka mål lyfts fram i texten om klimatsmarta hamnar?"
    aspect = asked_aspect(question, "Climate smart harbours")
    assert aspect == "Vilka mål lyfts fram i texten om?"


def test_what_an_undefined_subject_does_is_read_where_a_sentence_names_it() -> None:
    """ "Hva gjør fjordgruppene?": no sentence says what they do; the one that names them
    (in a later sentence of its passage) says more of them than the best-ranked sentence,
    which is about another group."""
    other = one_chunk("Gruppen har laget en egen strategi for kysten.", "a.md", "no")
    guide = one_chunk(
        "Planen omfatter flere ting. Hver indsats har flere ansvarlige "
        "(sekretariatet, kommunene og fjordgruppene) og et budsjett.",
        "b.md",
        "no",
    )
    supports = [
        Support(1, other, 0, 0.5),
        Support(2, guide, sentence_at(guide, "omfatter"), 0.45),
    ]
    text, _ = compose(parse("Hva gjør fjordgruppene?"), supports, "no")
    assert "(sekretariatet, kommunene og fjordgruppene)" in text.split("\n")[0], text

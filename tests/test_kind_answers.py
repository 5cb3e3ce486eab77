"""A which-question that names the kind of body it asks for is answered by a name of
that kind: a university by the passage naming one, though it ranks below the margin,
a company by the firm the text names a sentence or two on (rules, no model)."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.lists import named_actors, naming_role_holders
from nordask.passages import Support
from nordask.query import parse


def _ranked() -> list[Support]:
    """A passage on the topic that names an institute, then one naming universities."""
    other = one_chunk("Fjällrådet leder en studie om färjor tillsammans med TEKNO.", lang="sv")
    named = one_chunk("Arbetet görs med Dalby och Holmstad universitet.", lang="sv")
    return [support_holding(1, other, "TEKNO", 0.6), support_holding(2, named, "Arbetet", 0.4)]


def test_the_passage_naming_a_university_is_read_though_it_ranks_lower() -> None:
    for question in (
        "Which universities work on the ferry study?",
        "Vilka universitet deltar i studien om färjor?",
        "hvilke universiteter er med i undersøgelsen af færger",
    ):
        assert [s.n for s in naming_role_holders(parse(question), _ranked())] == [2]


def test_no_passage_is_singled_out_for_another_kind() -> None:
    assert naming_role_holders(parse("Which councils work on the study?"), _ranked()) == []
    assert naming_role_holders(parse("Which institutes work on the study?"), _ranked()) == []


def test_a_which_company_question_asks_for_an_actor_in_any_language() -> None:
    for question in (
        "hvilket selskap skal lage fibre av klær",
        "Hvilket selskab laver fibre af tøj?",
        "Vilket bolag gör fibrer av kläder?",
        "Hvilken virksomhet lager fibre av klær?",
    ):
        assert parse(question).kind == "actor", question


def test_a_firm_two_sentences_on_answers_which_company() -> None:
    text = (
        "Norrådet: Dalen står inför en stor omställning.\n\n"
        "I Holmstad har en omställning av bruket inletts. Det stora bruket ska ställa om. "
        "Nya företag, Lintex, som ska göra fibrer av gamla kläder. Samma lokaler används."
    )
    chunk = one_chunk(text, lang="sv")
    support = support_holding(1, chunk, "I Holmstad", 0.6)
    found = named_actors(parse("Vilket företag ska göra fibrer av kläder i Holmstad?"), [support])
    assert list(found) == ["Lintex"]


def test_a_topic_before_a_dash_leaves_the_question_after_it() -> None:
    for question in (
        "young farmers as a resource – which project is Holmstad part of?",
        "unga bönder som resurs: vilket projekt deltar Holmstad i?",
        "unge bønder - hvilket prosjekt er Holmstad med i?",
    ):
        intent = parse(question)
        assert (intent.kind, intent.actor_kind) == ("actor", "project"), question
    assert parse("Holmstad-projektet: hvad koster det?").kind != "actor"

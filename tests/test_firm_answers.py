"""A which-question for a company names the firm the text gives, not the body whose
section tells of it (rules, no model)."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.entities import actor_kind, find_actors, firm_names, split_place_pair
from nordask.lists import named_actors
from nordask.people import named_in
from nordask.query import asks_firm, parse

_TEXT = (
    "Fjällrådet: Dalen står inför en stor omställning. Nya företag, Lintex, som ska göra "
    "nya fibrer av gamla kläder, etablerar sig i dalen."
)


def test_a_firm_set_off_by_commas_is_named() -> None:
    assert firm_names("A new company, Ravelo, will open a plant.") == ["Ravelo"]
    assert find_actors("Nya företag, Lintex, som gör fibrer") == ["Lintex"]


def test_a_question_for_a_company_in_any_language() -> None:
    assert asks_firm("Hvilken virksomhed i dalen laver fibre af tøj?")
    assert asks_firm("Which company turns old clothes into fibre?")
    assert asks_firm("Vilket nytt bolag startar i dalen?")
    assert not asks_firm("Which council works in the valley?")
    assert not asks_firm("Vilka företagsnätverk startade i dalen?")
    assert asks_firm("Vilket industriföretag startade i dalen?")


def test_the_firm_answers_not_the_section_owner() -> None:
    chunk = one_chunk(_TEXT, lang="sv")
    support = support_holding(1, chunk, "Lintex", 0.6)
    found = named_actors(parse("Hvilken virksomhed laver nye fibre af gamle klæder?"), [support])
    assert list(found) == ["Lintex"]


def test_a_border_body_keeps_the_places_it_is_named_by() -> None:
    text = "Gränskommittén Dalby-\nHolmstad kan ordna ett möte. Fjällrådet Norr ska delta."
    assert find_actors(text) == ["Gränskommittén Dalby-Holmstad", "Fjällrådet"]
    assert actor_kind("Gränskommittén Dalby-Holmstad") == "committee"


def test_a_border_body_is_named_by_either_part_of_its_name() -> None:
    name = "Gränskommittén Dalby-Holmstad"
    assert split_place_pair(name) == ("Gränskommittén", "Dalby-Holmstad")
    assert split_place_pair("Nordic Council") == ("Nordic Council", None)
    assert named_in(name, "Vilket möte ordnar gränskommittén Dalby-Holmstad?")
    assert named_in(name, "What does the Dalby-Holmstad body arrange?")
    assert not named_in(name, "Which councils work with ferries?")


def test_the_places_of_a_border_body_are_that_body() -> None:
    chunk = one_chunk(
        "Dalby-Holmstad: Gränskommittén Dalby-Holmstad ska ordna en konferens om färjor.",
        lang="sv",
    )
    support = support_holding(1, chunk, "konferens", 0.6)
    found = named_actors(parse("Who is arranging a conference on ferries?"), [support])
    assert list(found) == ["Gränskommittén Dalby-Holmstad"]

"""Actor spotting for which/who answers (rules, no model)."""

from __future__ import annotations

from nordask.entities import find_actors
from nordask.query import parse


def test_finds_compounds_english_names_and_acronyms() -> None:
    text = (
        "Kvarkenrådet and the Nordic Council of Ministers work with NORA, NSPA and EUSBSR; "
        "Mittnordenkommittén joins the Green Flyway Project."
    )
    assert find_actors(text) == [
        "Kvarkenrådet",
        "Nordic Council of Ministers",
        "NORA",
        "NSPA",
        "EUSBSR",
        "Mittnordenkommittén",
        "Green Flyway Project",
    ]


def test_finds_nordic_names_written_as_name_and_head_noun() -> None:
    text = (
        "Fjordrådets medlemmar Norra Bergslagsregionen och Hamar Fylkeskommune ska, med "
        "Region Vestland, Dalby Förbund samt Nordby fylke, tala med Oslo Universitet. "
        "Denna region och varje kommun deltar."
    )
    assert find_actors(text) == [
        "Fjordrådets",
        "Norra Bergslagsregionen",
        "Hamar Fylkeskommune",
        "Region Vestland",
        "Dalby Förbund",
        "Nordby fylke",
        "Oslo Universitet",
    ]
    # The English form of a region's name.
    assert find_actors("A project that the Region of Hordaland takes part in.") == [
        "Region of Hordaland"
    ]


def test_names_sharing_a_head_and_bodies_listed_in_lower_case() -> None:
    # One head for two names is one actor; two heads are two.
    assert find_actors("Det görs med Bergby och Dalby Universitet.") == [
        "Bergby och Dalby Universitet"
    ]
    assert find_actors("medlemmar Norra Fjordregionen och Hamar Fylkeskommune.") == [
        "Norra Fjordregionen",
        "Hamar Fylkeskommune",
    ]
    # Bodies named in lower case in a list of named ones, but not alone.
    listed = "Budgetansvarlige (Fjordrådet, HAVN, grænsekomiteerne og temagrupperne)."
    assert find_actors(listed) == ["Fjordrådet", "HAVN", "grænsekomiteerne", "temagrupperne"]
    assert find_actors("Vi mødes med temagrupperne i maj.") == []
    # A name after the kind of firm it is.
    assert find_actors("Exempel industriföretaget Fjordkraft som exporterar.") == ["Fjordkraft"]


def test_all_caps_headings_are_not_acronyms() -> None:
    text = (
        "HANDLINGSPLAN 2021-24 LÆSEVEJLEDNING Der er mange hensyn. "
        "MÅL 7: UDVIKLE KOMPETENCER OG VELFUNGERENDE ARBEJDSMARKEDER, SOM MATCHER DE KRAV. "
        "Budget 3,8 MDKK til NORA og GROM, etc."
    )
    assert find_actors(text) == ["NORA", "GROM"]


def test_which_and_who_questions_in_four_languages() -> None:
    for question in (
        "Which committees work on electric aviation?",
        "Vilka kommittéer arbetar med elflyg?",
        "Hvilke udvalg arbejder med elfly?",
        "Hvem leder prosjektet?",
        "Hvilke samarbeidspartnere står bak innsatsen?",
        "Vilka samarbetspartner deltar i projektet?",
    ):
        assert parse(question).wants_actors, question
    assert not parse("How much does NORA get under goal 6?").wants_actors


def test_a_definitions_subject_leaves_out_its_article() -> None:
    assert parse("What is the Green Harbour Charter?").subject == "Green Harbour Charter"
    assert parse("Vad är ett EGTS?").subject == "EGTS"
    assert parse("Hva er det nordiske samarbeidet?").subject == "nordiske samarbeidet"


def test_a_currency_code_plain_or_scaled_is_no_actor() -> None:
    text = "Fjordlink has a budget of MNOK 12,5 (TEUR 1 100), paid by NORA in SEK and MEUR."
    assert find_actors(text) == ["NORA"]

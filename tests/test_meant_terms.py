"""A sentence that says how the text means a term defines it ("I denne plan forstås en X
som …", "Med X menas …", "X is defined as …", "By X we mean …")."""

from __future__ import annotations

import pytest

from nordask.evidence import defines


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("I denne plan forstås en øhavn som en havn uden fast vejforbindelse.", "øhavn"),
        ("Med vinterväg menas en väg som plogas på isen.", "vinterväg i planen"),
        ("A ferry gap is defined as a day without any crossing.", "ferry gap"),
        ("By skerry dweller we mean anyone registered on an island.", "skerry dwellers"),
    ],
)
def test_a_sentence_that_says_how_the_text_means_a_term_defines_it(
    sentence: str, subject: str
) -> None:
    assert defines(sentence, subject)


def test_how_a_text_means_another_term_defines_none() -> None:
    assert not defines("I denne plan forstås en øhavn som en havn uden bro.", "havnefoged")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("I denna rapport avses med öbo en person som är folkbokförd på en ö.", "öbo"),
        ("Her forstås ved en færgependler en person, der krydser sundet dagligt.", "færgependler"),
        ("I notatet menes med skjærgårdsbonde en bonde som driver på en øy.", "skjærgårdsbonde"),
    ],
)
def test_the_verb_before_by_and_the_term_says_how_the_text_means_it(
    sentence: str, subject: str
) -> None:
    assert defines(sentence, subject)


def test_a_term_that_only_begins_like_the_meant_one_is_not_defined() -> None:
    # "Fjordpendlare" shares its first part with "fjordhinder": another noun.
    meant = "I denna rapport avses med fjordpendlare en person som reser över fjorden."
    assert not defines(meant, "fjordhinder")


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("Havnegap / Satamaväli: en dag då ingen färja går över sundet", "havnegap"),
        ("Fjordpendler: en person, der bor på én side og arbejder på den anden", "fjordpendler"),
    ],
)
def test_a_slide_s_term_and_colon_glosses_it(line: str, subject: str) -> None:
    assert defines(line, subject)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Hva betyr «havnegap» (hamnlucka)?", "havnegap"),
        ("Vad betyder “öbo”?", "öbo"),
        ("What does fjordpendler (fjord commuter) mean?", "fjordpendler"),
    ],
)
def test_a_term_s_marks_and_gloss_are_not_its_subject(question: str, subject: str) -> None:
    from nordask.query import parse

    assert parse(question).subject == subject


def test_a_label_s_colon_before_a_sentence_glosses_nothing() -> None:
    # "Fjordrådet: Västerbygd står …" labels a sentence about something else.
    assert not defines(
        "Fjordrådet: Västerbygd står inför en stor omställning av hamnen.", "Fjordrådet"
    )

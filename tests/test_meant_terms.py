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

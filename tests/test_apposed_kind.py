"""A one-word name is defined by the noun set right before it, as an apposition
("ansøgningssystemet Lagerlink", "the booking system Lagerlink"): a definition
question on it is answered by that sentence, not with "no definition"."""

from __future__ import annotations

import pytest

from nordask.evidence import defines
from nordask.leads import _elsewhere


@pytest.mark.parametrize(
    ("sentence", "defined"),
    [
        ("Vi tok i bruk bestillingssystemet Lagerlink i fjor høst.", True),
        ("Bestillingssystemet Lagerlink var nede i to dager.", True),
        ("Members book through the booking system Lagerlink since May.", True),
        # A past tense, a preposition, a verb's object: no kind named.
        ("Kommunen åpnet Lagerlink i mai.", False),
        ("Navnene står slik de er i Lagerlink.", False),
        ("The use of Lagerlink grew in 2025.", False),
    ],
)
def test_the_noun_before_a_name_says_what_it_is(sentence: str, defined: bool) -> None:
    assert defines(sentence, "Lagerlink") is defined


def test_an_apposition_defines_its_name_under_another_title() -> None:
    said = "Bestillingssystemet Lagerlink var nede i to dager."
    assert not _elsewhere("Årsmelding 2025 > Drift", "Lagerlink", said)
    assert _elsewhere("Årsmelding 2025 > Drift", "Lagerlink", "Lagerlink var nede i to dager.")


@pytest.mark.parametrize(
    ("sentence", "defined"),
    [
        # A Nordic definite noun right after a name says what kind of thing it is.
        ("Rådet ska stödja samarbetet inom ramarna för Fjord Skills konceptet.", True),
        ("Kommunen deltar i Fjord Skills nätverket sedan 2020.", True),
        # A verb or a short word after it names no kind.
        ("Rådet stödjer Fjord Skills och andra tävlingar.", False),
        ("Rådet har Fjord Skills i sin plan.", False),
    ],
)
def test_the_definite_noun_after_a_name_says_what_it_is(sentence: str, defined: bool) -> None:
    assert defines(sentence, "Fjord Skills") is defined

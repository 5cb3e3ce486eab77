"""Which names a refusal compares by the model: only those that open with one sound."""

import pytest

from nordask.words import same_first_sound


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Danmark", "Denmark"),
        ("København", "Copenhagen"),
        ("Øresund", "Öresund"),
        ("Åbyhøj", "Aabyhoej"),
        ("Göteborg", "Gothenburg"),
    ],
)
def test_a_places_names_across_languages_open_alike(name: str, other: str) -> None:
    assert same_first_sound(name, other)


@pytest.mark.parametrize(("name", "other"), [("Peru", "Nordregio"), ("Malmö", "Kvarken")])
def test_other_names_are_not_compared(name: str, other: str) -> None:
    assert not same_first_sound(name, other)

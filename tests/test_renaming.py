"""When was X renamed (to Y): the line of a history page that says the name changed to
the one asked, not the founding year's line nor another renaming's (fake embedder, no
model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cited import file_supports
from nordask.answer import compose
from nordask.query import parse, speaks_of_renaming

HISTORY = (
    "Historikk\n\n"
    "1987\nForeningen Fjellsamband stiftes 3. juni 1987 i Lia. Første leder ble Ola Nes.\n\n"
    "1995\nForeningen skifter navn til Fjellsamarbeidet.\n\n"
    "2004\nFjellsamarbeidet endrer navn til Nordfjell Allianse etter utvidelsen.\n\n"
    "2010\nKontoret i Bergstad åpner med tre ansatte.\n"
)


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("When was the association renamed Nordfjell Allianse?", "2004"),
        ("Hvornår skiftede foreningen navn til Fjellsamarbeidet?", "1995"),
        ("När fick föreningen sitt nya namn Nordfjell Allianse?", "2004"),
    ],
)
def test_the_year_line_that_gives_the_new_name_answers(
    tmp_path: Path, question: str, year: str
) -> None:
    supports = file_supports(tmp_path, "historikk.txt", HISTORY)
    assert speaks_of_renaming(question)
    text, _ = compose(parse(question), supports, "en")
    first = text.split("\n")[0]
    assert year in first and "1987" not in first, text


def test_a_founding_is_no_renaming() -> None:
    assert not speaks_of_renaming("When was the association founded?")
    assert not speaks_of_renaming("Navnet på foreningen er Fjellsamband.")

"""Who stands in for a person away ("Who covers for X while she is on leave?"): the
person X's own entry in a staff directory names in a labelled line, not X, nor the
deputy another entry names (fake embedder, no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cited import file_supports
from nordask.answer import compose
from nordask.query import parse

DIRECTORY = (
    "Våre ansatte\n\n"
    "Marte Solheim Daglig leder\n\n"
    "Kontor: Lia, Bergstad\nTelefon: +47 55 30 11 00\n"
    "Sykmeldt ut januar 2027. Stedfortreder: Ola Brekke.\n\n"
    "Ola Brekke Nestleder (fungerende daglig leder)\n\n"
    "Kontor: Lia, Bergstad\nTelefon: +47 55 30 11 02\n\n"
    "Ingrid Foss Rådgiver, innkjøp\n\n"
    "Kontor: Havna, Bergstad\nTelefon: +47 55 30 11 07\n"
    "I permisjon til 1. mai 2027. Spørsmål om innkjøp: Knut Dahle.\n\n"
    "Knut Dahle Controller\n\n"
    "Kontor: Havna, Bergstad\nTelefon: +47 55 30 11 09\n"
)


@pytest.mark.parametrize(
    ("question", "deputy"),
    [
        ("Who replaces Marte Solheim while she is on sick leave?", "Ola Brekke"),
        ("Vem tar hand om frågorna medan Ingrid Foss har tjänstledigt?", "Knut Dahle"),
    ],
)
def test_the_deputy_named_in_the_absent_person_s_entry_answers(
    tmp_path: Path, question: str, deputy: str
) -> None:
    supports = file_supports(tmp_path, "ansatte.txt", DIRECTORY)
    text, _ = compose(parse(question), supports, "en")
    first = text.split("\n")[0]
    assert first.startswith(deputy), text

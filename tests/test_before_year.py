"""Who held a role before a year ("Who was deputy chair before 2021?"): a holder a
history page names in that year's entry, or later, is not one; the entry's year dates
every sentence of it (fake embedder, no model)."""

from __future__ import annotations

from pathlib import Path

from cited import file_supports
from nordask.people import people_in_role
from nordask.query import parse

HISTORY = (
    "Historikk\n\n"
    "2009\nSamarbeidet stiftes i Lia. Første leder blir Kari Nes.\n\n"
    "2021\nOla Brekke velges til styreleder for 2021–2024. Nestleder er Tone Vik.\n\n"
    "2023\nKontoret i Bergstad åpner.\n"
)


def test_a_deputy_elected_in_the_year_asked_before_is_no_answer(tmp_path: Path) -> None:
    supports = file_supports(tmp_path, "historikk.txt", HISTORY)
    assert "Tone Vik" in people_in_role(parse("Who was the deputy chair in 2021?"), supports)
    assert people_in_role(parse("Who was the deputy chair before 2021?"), supports) == {}

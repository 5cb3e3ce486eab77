"""A quote leaves out the code that opens a plan's line, and nothing else."""

import pytest

from nordask.passages import tidy


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("MP 2023: Felles seminar holdes i Tromsø.", "Felles seminar holdes i Tromsø."),
        ("K22. Kartlegge pendlerstrømmer.", "Kartlegge pendlerstrømmer."),
        ("D2024: Rapport levert.", "Rapport levert."),
        ("T 10-12 Etablere arbeidsgruppe", "Etablere arbeidsgruppe"),
    ],
)
def test_a_plans_code_is_left_out(line: str, quoted: str) -> None:
    assert tidy(line) == quoted


@pytest.mark.parametrize(
    "line",
    [
        "I 4 av 9 undersøkte kommuner mangler en plan.",
        "I 2026 søkte 14 foreninger om støtte.",
        "I 2026: 14 foreninger søkte om støtte.",
        "På 3 år har antallet halvert.",
    ],
)
def test_a_sentence_that_opens_with_a_figure_keeps_it(line: str) -> None:
    assert tidy(line) == line

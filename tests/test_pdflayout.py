"""Paragraphs and table rows of PDF pages that mark no paragraphs, read from positions.

`fixtures/layout_plan.pdf` (made by `fixtures/make_layout_plan.py` with reportlab) is a
small plan laid out as report generators do: pypdf gives its lines with no empty line
between paragraphs, and its table cells one per line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nordask.loaders import discover, load
from nordask.pdflayout import Line, has_paragraph_marks, laid_out

FIXTURE = Path(__file__).parent / "fixtures" / "layout_plan.pdf"


@pytest.fixture(scope="module")
def plan_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    corpus = tmp_path_factory.mktemp("layout")
    shutil.copy(FIXTURE, corpus)
    files, _ = discover(corpus)
    return load(files[0]).text


def test_paragraphs_end_where_the_next_line_stands_lower_or_in_another_size(plan_text) -> None:
    paragraphs = plan_text.split("\n\n")
    for paragraph in (
        "Delmål 1: Landstrøm til færgelejerne",  # a heading, one size up
        "Havnerådet Nord:",  # an owner's label line
        "Står for udbuddet og for aftalerne med netselskaberne.",
        "M2026: Udbudsmaterialet er sendt ud.",  # each milestone
        "M2027: De første tre anlæg er i drift.",
    ):
        assert paragraph in paragraphs


def test_table_cells_side_by_side_make_one_row(plan_text) -> None:
    paragraphs = plan_text.split("\n\n")
    # Cells aligned at their bottom, a header cell of three lines, words its narrow
    # column broke ("Kystkommun" "ernes Samarb" "ejdsforum") written whole.
    header = (
        "Delmål 1 | Havnerådet Nord | Region Fjordland | Kystkommunernes Samarbejdsforum | I alt"
    )
    assert header in paragraphs
    assert "MDKK | 2,5 | 1,5 | 4,0 | 8,0" in paragraphs
    assert "H.2.b. | Norsk kystnett | Kystkommunernes Samarbejdsforum | 2028" in paragraphs


def test_the_running_header_and_footer_are_dropped(plan_text) -> None:
    assert "Side " not in plan_text and "· Handlingsplan" not in plan_text


def _column(x: float, top: float, texts: list[str], size: float = 10.0) -> list[Line]:
    return [Line(text, x, top - 13 * k, size) for k, text in enumerate(texts)]


def test_a_sentence_runs_on_at_the_top_of_the_next_column() -> None:
    left = _column(60, 120, ["Havnene deler strøm med", "færgerne og med"])
    right = _column(320, 780, ["fiskerbådene om vinteren.", "Det koster lidt."])
    assert laid_out(left + right).count("\n\n") == 0
    ended = _column(60, 120, ["Havnene deler strøm."])
    assert laid_out(ended + right).count("\n\n") == 1


def test_a_heading_in_a_larger_size_is_a_paragraph_of_its_own() -> None:
    lines = [Line("Delmål 3: Havne", 60, 700, 13.0), *_column(60, 687, ["Tekst om havne."])]
    assert laid_out(lines) == "Delmål 3: Havne\n\nTekst om havne."


def test_paragraph_marks() -> None:
    assert has_paragraph_marks("Første afsnit.\n \nAndet afsnit.\n")
    assert not has_paragraph_marks("Første linje\nanden linje\n")


def test_a_caption_in_a_small_font_runs_on_where_its_sentence_does() -> None:
    """A caption's lines set at body spacing stand more than a paragraph's step apart
    in its small size; a lower-case line below one ending inside a sentence goes on with
    it, a list item's letter below an item ending with a semicolon does not."""
    caption = _column(60, 400, ["Figur 2. Pendlere etter bosted, tall fra", "skatteetaten."], 8.0)
    assert laid_out(caption) == "Figur 2. Pendlere etter bosted, tall fra skatteetaten."
    items = _column(60, 400, ["a) leie lokaler;", "b) ansette to rådgivere."], 8.0)
    assert laid_out(items).count("\n\n") == 1

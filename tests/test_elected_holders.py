"""A holder elected to a role ("… väljs till ordförande") on a page of a body's history,
and of several holders the one of the years a question asks (no model)."""

from __future__ import annotations

from pathlib import Path

from cited import file_supports
from nordask.people import people_in_role
from nordask.query import parse

HISTORY = (
    "# Vår historik\n\n"
    "Samarbetsrådet Västerbryn grundades 2004 av fyra kommuner längs kusten. "
    "Förste ordförande blev Gunvor Lindfjäll (Ekeby kommun).\n\n"
    "2011 Arvid Strandmo (Holmvik kommun) väljs till ordförande.\n\n"
    "2018 Rådet byter namn och får ett eget kansli.\n"
)


def test_the_holder_elected_in_a_year_asked_answers_not_the_first_one(tmp_path: Path) -> None:
    supports = file_supports(tmp_path, "historik.md", HISTORY)
    question = "Vem var rådets ordförande mellan 2011 och 2018?"
    assert list(people_in_role(parse(question), supports)) == ["Arvid Strandmo"]
    # With no year asked, the page names both holders.
    both = people_in_role(parse("Vem har varit ordförande för rådet?"), supports)
    assert set(both) >= {"Arvid Strandmo"}, both


def test_elected_reads_in_every_language(tmp_path: Path) -> None:
    for text, question in (
        ("Liv Tangen Hovde ble valgt til styreleder i 2016.", "Hvem var styreleder i 2016?"),
        ("Mads Krog Villumsen vælges som formand i 2012.", "Hvem var formand i 2012?"),
        ("In 2015 Ruth Ellery Kane was elected chair.", "Who was chair in 2015?"),
    ):
        supports = file_supports(tmp_path, "page.md", f"# Historie\n\n{text}\n")
        assert list(people_in_role(parse(question), supports)), text

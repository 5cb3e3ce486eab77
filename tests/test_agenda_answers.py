"""A programme's agenda ("09:15  Opening" / "        Name, title") and its labelled lines
("Moderator: …", "Keynote: …"), on a made-up seminar page (no model): each agenda item is
a line of its own with the lines under it, and a who-question whose asked word a line's
label says is answered by the person that line names, not by the bodies near the topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from cited import supports_holding
from nordask.answer import compose
from nordask.cleaning import clean_text
from nordask.ingest import chunk_document
from nordask.loaders import discover, load
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk
from nordask.settings import ChunkSettings

#: A seminar's web page: its agenda, each item's time in front and its speakers indented
#: under it, and the practical details as label lines.
_PAGE = """Nordisk havneseminar 2027

4.–5. mai 2027 · Havnehuset, Sørvik

Seminaret samler havner, kommuner og forskere fra hele Norden.

Program

Tirsdag 4. mai
08.45  Kaffe og registrering
09.15  Åpning
       Tove Rasmussen, direktør i Havneforbundet
09.40  Foredrag: "Grønne havner i praksis"
       Professor Arne Lindgren, Havforskningssenteret
10.30  Debatt: Landstrøm og kaiplass
       Ordstyrer: Lene Bakke, redaktør i Kystavisen
       Debatt: Pål Eriksen, havnesjef, Sørvik Havn AS
               Maja Holt, rådgiver, Nordvik kommune
12.00  Lunsj

Praktisk

Sted: Havnehuset, Kaigata 2
Pris: 900 kroner
Påmeldingsfrist: 12. april 2027
"""
#: Another page, on travel grants, with its own deadline in a sentence.
_GRANTS = """Reisestøtte til havneseminaret

Studenter kan søke reisestøtte. Søknader om reisestøtte må være sendt senest 1. mars 2027.
"""


@pytest.fixture(scope="module")
def chunks(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    folder = tmp_path_factory.mktemp("seminar")
    (folder / "seminar.txt").write_text(_PAGE, encoding="utf-8")
    (folder / "reisestotte.txt").write_text(_GRANTS, encoding="utf-8")
    files, _ = discover(Path(folder))
    return [chunk for f in files for chunk in chunk_document(load(f), ChunkSettings(), {})]


def test_each_agenda_item_is_a_line_with_the_lines_under_it() -> None:
    lines = clean_text(_PAGE).split("\n")
    assert "Tirsdag 4. mai" in lines
    assert "09.15 Åpning Tove Rasmussen, direktør i Havneforbundet" in lines
    assert "10.30 Debatt: Landstrøm og kaiplass" in lines
    assert "Ordstyrer: Lene Bakke, redaktør i Kystavisen" in lines
    assert "12.00 Lunsj" in lines
    # The label lines after the agenda are a block of their own, as before.
    assert "Sted: Havnehuset, Kaigata 2" in lines


def test_one_line_that_opens_with_a_time_range_is_no_agenda() -> None:
    text = "Rådet behandlet søknadene i mars, og\n10–12 prosjekter fikk støtte i år."
    assert clean_text(text) == text.replace("\n", " ")


def _first_line(question: str, supports: list[Support]) -> str:
    text, _ = compose(parse(question), supports, None)
    return text.split("\n\n")[0]


def test_who_leads_the_debate_is_the_person_on_the_label_line_that_says_so(chunks) -> None:
    supports = supports_holding(chunks, "Seminaret samler", "Nordisk havneseminar")
    first = _first_line("Hvem er ordstyrer i debatten om landstrøm?", supports)
    assert first.startswith("Lene Bakke"), first


def test_the_main_talk_is_given_by_the_person_under_its_item(chunks) -> None:
    supports = supports_holding(chunks, "Seminaret samler", "Nordisk havneseminar")
    first = _first_line("Hvem holder foredraget om grønne havner?", supports)
    assert first.split(" [")[0].endswith("Arne Lindgren"), first


def test_a_deadline_is_the_day_on_the_line_its_label_names(chunks) -> None:
    supports = supports_holding(chunks, "4.–5. mai 2027", "Seminaret samler")
    first = _first_line("What is the registration deadline for the harbour seminar?", supports)
    assert "12. april 2027" in first and "4.–5. mai" not in first, first


def test_a_line_labelled_as_another_deadline_does_not_beat_a_sentence(chunks) -> None:
    supports = supports_holding(chunks, "Påmeldingsfrist", "må være sendt senest")
    first = _first_line("Når er søknadsfristen?", supports)
    assert "1. mars 2027" in first, first


def test_the_doer_a_label_names_answers_before_the_event_another_label_names(chunks) -> None:
    supports = supports_holding(chunks, "Seminaret samler", "Nordisk havneseminar")
    first = _first_line("Hvem er debattens ordstyrer?", supports)
    assert first.startswith("Lene Bakke"), first


def test_the_people_on_a_label_line_are_named_without_their_firms(chunks) -> None:
    supports = supports_holding(chunks, "Seminaret samler", "Nordisk havneseminar")
    first = _first_line("Hvem deltar i debatten om landstrøm?", supports)
    assert first.startswith("Pål Eriksen [1]; Maja Holt [1]:"), first

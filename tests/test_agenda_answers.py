"""A programme's agenda ("09:15  Opening" / "        Name, title") and its labelled lines
("Moderator: …", "Keynote: …"), on a made-up seminar page (no model): each agenda item is
a line of its own with the lines under it."""

from __future__ import annotations

from nordask.cleaning import clean_text

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
       Deltakere: Pål Eriksen, havnesjef, Sørvik havn
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

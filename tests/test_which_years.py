"""Which others were chosen, and in which years (no model): a question whose first part
asks for actors and whose second asks "och vilka år" is an actor question, and its years
part is answered by a line that names two years or more, not by the one year the list's
sentence gives."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.query import parse


def test_which_regions_and_which_years_asks_for_the_regions_first() -> None:
    """Before: "… och vilka år" made it a date question, answered by the sentence naming
    the one region the question gives."""
    assert parse("Vilka andra regioner valdes ut med Västmark, och vilka år?").kind == "actor"
    assert parse("Is a follow-up planned, and for which years?").kind == "date"


def test_the_years_asked_after_the_others_are_a_line_with_two_years() -> None:
    """Before: a second part for several years asked for nothing a line could be told by,
    and the lead gave the regions alone."""
    chunk = one_chunk(
        "Coastal pilot\n\n"
        "Västmark is one of four regions chosen for the coastal pilot in 2026. In 2027 and "
        "2028 the regions get advice from experts.\n\n"
        "The regions chosen besides Västmark are Pomerania, Brittany and Galicia."
    )
    supports = [support_holding(1, chunk, "Västmark is one of four", 0.6)]
    question = (
        "Vilka andra regioner valdes ut med Västmark till kustpiloten, och vilka år får de stöd?"
    )
    text, names = compose(parse(question), supports, "sv")
    lead = text.split("\n\n")[0]
    assert names == ["Pomerania", "Brittany", "Galicia"], lead
    assert "“In 2027 and 2028 the regions get advice from experts.” [1]" in lead, lead

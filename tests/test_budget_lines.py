"""Budget lines a question names in its own words: a column whose acronym the plan spells
out as one compound word, asked in a language that writes it as two."""

from __future__ import annotations

from nordask.amounts import spelled_column
from nordask.policy import _fact_missing, uncounted
from nordask.query import parse
from nordask.records import TableRow

ROW = TableRow(
    0,
    40,
    "Midler",
    (("Havrådet", "2 MNOK"), ("KU-er", "1 MNOK"), ("TR", "3 MNOK")),
    "6 MNOK",
    "Delmål 4: renere fjorder",
    4,
)
TERMS = {"KU": "kystutvalgene", "TR": "temarådene"}


def test_a_compound_asked_as_two_words_names_its_column() -> None:
    intent = parse("Hur mycket får de tematiska råden inom delmål 4?")
    assert spelled_column(ROW, intent, TERMS) == "TR"


def test_two_words_that_do_not_make_the_compound_name_no_column() -> None:
    intent = parse("Hur mycket får de tematiska rapporterna inom delmål 4?")
    assert spelled_column(ROW, intent, TERMS) is None


def test_an_acronym_joined_to_a_noun_is_spoken_of_where_the_acronym_is() -> None:
    """ "ESPA-nettverk" is the ESPA network: a passage on "ESPAsamarbetet" and its budget
    speaks of it; one that never names ESPA does not."""
    question = "Hvor mye er satt av til kartlegging av ESPA-nettverk?"
    passage = ["Rådet kartlägger ESPAsamarbetet i regionen. Budget: 40 000 euro."]
    assert _fact_missing(parse(question), passage, passage, {}, passage) is None
    other = ["Rådet kartlägger hamnarna i regionen. Budget: 40 000 euro."]
    refusal = _fact_missing(parse(question), other, other, {}, other)
    assert refusal is not None and refusal.reason.endswith("speaks of ESPA-nettverk")


def test_a_count_of_persons_gives_the_number_of_participants() -> None:
    """ "6-8 pers." is how many take part in the panel; a count of meetings is not."""
    intent = parse("How many participants will the coastal advisory panel have?")
    persons = "Vi etablerer et rådgivende kystpanel 6-8 pers. fra kommunene og havnene."
    assert uncounted(intent, f"{persons} [1]", [persons]) is None
    people = "The coastal advisory panel of 12 people meets in Nordhamn."
    assert uncounted(intent, f"{people} [1]", [people]) is None
    meetings = "Det rådgivende kystpanelet møtes 4 ganger i året i Nordhamn."
    refusal = uncounted(intent, f"{meetings} [1]", [meetings])
    assert refusal is not None and refusal.reason.endswith("number of participants")

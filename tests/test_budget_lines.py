"""Budget lines and their refusals: a column whose acronym the plan spells out as one
compound, asked as two words; an acronym joined to a noun; a count of persons; a name
the corpus writes in another language, which a refusal must not call unmentioned."""

from __future__ import annotations

from pathlib import Path

import pytest

from cited import file_supports
from nordask.amounts import spelled_column, sub_line, whether_word
from nordask.assistant import SAME_PLACE
from nordask.policy import NamedAlike, Signals, _fact_missing, abstain_reason, uncounted
from nordask.query import parse
from nordask.records import TableRow
from nordask.settings import RetrievalSettings

#: A weak match: names the corpus never mentions refuse it.
WEAK = Signals(dense=0.3, coverage=0.5, relevance=0.8)

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
    """ "6-8 pers." in the lead's sentence is how many take part in the panel; a count of
    meetings is not, nor persons another passage counts."""
    intent = parse("How many participants will the coastal advisory panel have?")
    persons = "Vi etablerer et rådgivende kystpanel 6-8 pers. fra kommunene og havnene."
    assert uncounted(intent, f"{persons} [1]", [persons]) is None
    people = "The coastal advisory panel of 12 people meets in Nordhamn."
    assert uncounted(intent, f"{people} [1]", [people]) is None
    meetings = "Det rådgivende kystpanelet møtes 4 ganger i året i Nordhamn."
    refusal = uncounted(intent, f"{meetings} [1]", [meetings])
    assert refusal is not None and refusal.reason.endswith("number of participants")
    # Persons a passage below the lead counts may be its staff: no participants.
    staff = "Sekretariatet i Nordhamn har 4 personer."
    assert uncounted(intent, f"{meetings} [1]", [meetings, staff]) is not None


def test_a_country_the_corpus_names_in_english_is_not_said_to_be_unmentioned() -> None:
    """ "Sverige" is unknown to a corpus that writes "Sweden": the refusal must not say
    it never mentions Sverige; a corpus without it may."""
    question = "Hvordan søger jeg om et kørekort, når jeg flytter til Sverige?"
    passage = "Fjordby harbour ferries"

    def reason(*words: str) -> str | None:
        refusal = abstain_reason(
            parse(question),
            [passage],
            [passage],
            WEAK,
            knows=lambda term: term in words,
            unknown_names=["Sverige"],
            goals={},
            thresholds=RetrievalSettings(),
        )
        return refusal.reason if refusal else None

    assert reason("sweden") is not None and "never mentions" not in (reason("sweden") or "")
    assert reason("fjordby") == "it never mentions Sverige"


def test_a_place_a_passage_names_in_another_language_is_not_said_to_be_unmentioned() -> None:
    question = "Hvad koster en færgebillet fra Helsingør til Lundvik?"
    passage = "Ferries to Elsinore leave Fjordby every hour."

    def reason(alike: NamedAlike | None) -> str | None:
        refusal = abstain_reason(
            parse(question),
            [passage],
            [passage],
            WEAK,
            knows=lambda _term: False,
            unknown_names=["Helsingør", "Lundvik"],
            goals={},
            thresholds=RetrievalSettings(),
            alike=alike,
        )
        return refusal.reason if refusal else None

    assert reason(None) == "it never mentions Helsingør, Lundvik"
    assert reason(lambda name, _passages: name == "Helsingør") == "it never mentions Lundvik"


@pytest.mark.model
def test_the_model_puts_one_places_two_names_closer_than_a_country_and_its_capital(
    e5_model: Path,
) -> None:
    from nordask.models import model_for, query_embedder
    from nordask.settings import Settings

    vectors = query_embedder(model_for(Settings().model)).embed_queries(
        ["Helsingfors", "Helsinki", "Oslo", "Norway"]
    )
    assert float(vectors[0] @ vectors[1]) >= SAME_PLACE
    assert float(vectors[2] @ vectors[3]) < SAME_PLACE


def test_whether_a_body_gets_funding_under_a_goal_is_answered_from_its_cell() -> None:
    """ "Does Havrådet get any funding …?" asks for an amount; its cell says yes or no."""
    assert parse("Does Havrådet receive any funding under goal 4?").kind == "amount"
    assert parse("Does the foundation fund projects in Iceland?").kind != "amount"
    row = TableRow(0, 40, "Midler", (("Havrådet", "0 MNOK"), ("KU-er", "1 MNOK")), "1 MNOK", "", 4)
    question = "Får Havrådet någon finansiering inom delmål 4?"
    assert whether_word(question, row, "Havrådet") == "No — "
    assert whether_word(question, row, "KU-er") == "Yes — "
    assert whether_word("How much does Havrådet get under goal 4?", row, "Havrådet") == ""
    assert whether_word("Does Havrådet get 2 MNOK under goal 4?", row, "Havrådet") == ""


PLAN = """Handlingsplan for kystene

MÅL 4: RENERE FJORDER OG KYSTER

H.4.a. Kartlegge plastavfall langs kysten.

Havrådet og KU

Overvåking og rapportering

1,2 MNOK

H.4.b. Styrke samarbeidet mellom havnene.

Havrådet

Kommunikasjon og nettverk

0,8 MNOK

MÅL 5: FLERE GRØNNE ARBEIDSPLASSER

H.5.a. Utvikle nye kurs for fiskere.

Koordinering av kursene

0,3 MNOK
"""


def test_an_activitys_labelled_figure_under_a_goal_answers_for_that_activity(
    tmp_path: Path,
) -> None:
    """The goal's row gives 2 MNOK; "communication" under goal 4 is the activity whose
    label says "Kommunikasjon" (its figure 0,8 MNOK), not the goal's total."""
    supports = file_supports(tmp_path, "plan.txt", PLAN)
    row = TableRow(0, 10, "Midler", (("Havrådet", "1,5 MNOK"),), "2 MNOK", "Mål 4", 4)
    intent = parse("How much is set aside for communication with the harbours under goal 4?")
    lead = sub_line(intent, row, supports)
    assert lead is not None
    assert lead.startswith("Goal 4: 0,8 MNOK for “Kommunikasjon og nettverk” (H.4.b) [1]")
    # Coordination is an activity of goal 5; the goal alone, or a body's name, asks no one.
    for question in (
        "How much goes to coordinating the courses under goal 4?",
        "What is the budget for goal 4?",
        "How much does Havrådet get under goal 4?",
    ):
        assert sub_line(parse(question), row, supports) is None


def test_an_english_word_that_is_part_of_the_spelled_compound_names_its_column() -> None:
    """ "committees" is the cognate of "-komiteene" in "kystkomiteene" (KK); "communities"
    is of no column."""
    row = TableRow(0, 40, "Midler", (("Havrådet", "2 MNOK"), ("KK", "1 MNOK")), "3 MNOK", "", 4)
    terms = {"KK": "kystkomiteene"}
    asked = parse("How much do the coastal committees get under goal 4?")
    assert spelled_column(row, asked, terms) == "KK"
    other = parse("How much do the coastal communities get under goal 4?")
    assert spelled_column(row, other, terms) is None

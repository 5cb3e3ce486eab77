"""Which members a thing has, on made-up text (no model): the sentence that lists a named
thing's members answers "which regions are in X" even when its names carry no "Region",
the country asked picks the sentence that speaks of it, a sentence naming the thing goes
before a paragraph that only mentions it, a question about two things gets one labelled
answer each from each thing's own paragraph, and a thing whose passages name no members
is refused rather than answered with another document's organisations."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.members import asked_things, listed_names
from nordask.passages import Support
from nordask.policy import unnamed_members
from nordask.query import parse

#: A page on two networks: the harbour alliance's members by country, and another
#: network's whole list below it.
_NETWORKS = (
    "Harbour Alliance\n\n"
    "The Harbour Alliance brings port towns together to cut emissions from shipping.\n\n"
    "Members from Norway in the Harbour Alliance are Tromsø, Bodø and Ålesund.\n\n"
    "Members from Denmark in the Harbour Alliance are Esbjerg, Frederikshavn and Hirtshals.\n\n"
    "Coastal Data Network\n\n"
    "Kristiansand, Arendal, Grimstad and Mandal are Norwegian members of the Coastal Data "
    "Network."
)
#: Two projects in one section, each paragraph ending in its partner.
_PROJECTS = (
    "Interregional projects\n\n"
    "The FjordLink project develops shared ferry timetables for the fjord towns. Its Finnish "
    "partner is Region Kainuu.\n\n"
    "The Arctic Grid 2 project maps the power lines of the north. Its Finnish partner is "
    "Region Lapland.\n\n"
    "The Tundra project studies reindeer herding."
)


def _lead(question: str, supports: list[Support]) -> tuple[str, list[str]]:
    text, names = compose(parse(question), supports, "sv")
    return text.split("\n\n")[0], names


def test_a_which_question_names_the_things_whose_members_it_asks_for() -> None:
    assert asked_things("Vilka norska kommuner är med i Harbour Alliance-samarbetet?") == [
        "Harbour Alliance-samarbetet"
    ]
    assert asked_things("Hvilke finske regioner er partnere i FjordLink og i Arctic Grid 2?") == [
        "FjordLink",
        "Arctic Grid 2",
    ]
    assert asked_things("Vilka organisationer ingår i nätverket för gröna hamnar?") == [
        "nätverket för gröna hamnar"
    ]
    assert asked_things("Vilka regioner har flest invånare?") == []


def test_the_names_on_the_other_side_of_the_verb_from_the_word_for_members() -> None:
    assert listed_names("Medlemmar i rådet är Aust, Vest och Nord.") == ["Aust", "Vest", "Nord"]
    assert listed_names("Kalmar, Visby and Ystad are the Swedish partners.") == [
        "Kalmar",
        "Visby",
        "Ystad",
    ]
    assert listed_names("Members are elected for two years at a time.") == []


def test_the_member_sentence_of_the_asked_thing_and_country_answers() -> None:
    """Before: the places the quote named were read, and the thing's own name among them
    ("Harbour") was dropped as the question's: no name was given."""
    chunk = one_chunk(_NETWORKS)
    supports = [
        support_holding(1, chunk, "brings port towns", 0.6),
        support_holding(2, chunk, "Kristiansand", 0.5),
    ]
    lead, names = _lead("Vilka danska kommuner är med i Harbour Alliance-samarbetet?", supports)
    assert names == ["Esbjerg", "Frederikshavn", "Hirtshals"], lead
    assert "Members from Denmark in the Harbour Alliance are" in lead


def test_a_member_sentence_in_another_language_is_labelled_with_it() -> None:
    """The lead quotes its list sentence as every other quote is quoted: a Swedish
    question's English sentence is marked (English), as the quotes below it are."""
    chunk = one_chunk(_NETWORKS)
    supports = [support_holding(1, chunk, "Members from Denmark", 0.6)]
    lead, _ = _lead("Vilka danska kommuner är med i Harbour Alliance-samarbetet?", supports)
    assert lead.startswith("Esbjerg; Frederikshavn; Hirtshals [1]: (English) “Members from"), lead


def test_two_things_asked_get_one_labelled_answer_each_from_their_own_paragraph() -> None:
    """Before: one name, of the paragraph the best sentence stood in, for both."""
    chunk = one_chunk(_PROJECTS)
    supports = [support_holding(1, chunk, "Region Kainuu", 0.6)]
    question = "Hvilke finske regioner er partnere i FjordLink og i Arctic Grid 2?"
    lead, names = _lead(question, supports)
    assert lead.startswith("FjordLink: Region Kainuu [1]"), lead
    assert "; Arctic Grid 2: Region Lapland [1]" in lead, lead
    assert names == ["Region Kainuu", "Region Lapland"]


def test_a_thing_whose_passages_name_no_members_is_refused() -> None:
    """Before: the organisations of another document's passage were its members."""
    own = one_chunk(
        "The partnership brings some of the leading Nordic bodies in port planning together "
        "to share what works.",
        doc="green-ports-partnership.txt",
        title="Nordic green harbours partnership",
    )
    other = one_chunk(
        "Nordregio and NORA run workshops on harbour planning with the municipalities.",
        doc="plan.txt",
        title="Action plan",
    )
    supports = [
        support_holding(1, own, "leading Nordic", 0.6),
        support_holding(2, other, "Nordregio", 0.55),
    ]
    question = "Which organisations are part of the partnership for green harbours?"
    _, names = _lead(question, supports)
    assert names == []
    refusal = unnamed_members(parse(question), names)
    assert refusal is not None
    assert refusal.reason == (
        "none of the closest passages names the members of the partnership for green harbours"
    )


def test_a_lead_that_says_how_many_members_there_are_is_no_refusal() -> None:
    """ "… brings 14 partners from 4 countries together" is all a text may tell of
    which countries take part: the answer that quotes it stands; without a count the
    thing's unnamed members are still refused."""
    question = parse("Which countries take part in the Fjord Link project?")
    counted = "The Fjord Link project brings 14 partners from 4 countries together. [1]"
    assert unnamed_members(question, [], counted) is None
    uncounted = "The Fjord Link project brings leading partners together. [1]"
    refusal = unnamed_members(question, [], uncounted)
    assert refusal is not None and refusal.check == "members"


def test_a_sentence_naming_the_thing_lists_its_members_before_a_paragraph_mentioning_it() -> None:
    """Before the sentences were tiered: a paragraph that mentions the thing on the way
    ("… the H2 network's data. Its Danish partner is …") and a project whose name opens
    with the thing's ("H24Sea") gave their partners as its members."""
    chunk = one_chunk(
        "Hydrogen ports\n\n"
        "Aarhus, Kiel and Gdansk are the members of the H2 network.\n\n"
        "The Harbour Fuel project uses the H2 network's data. Its Danish partner is Region "
        "Midt.\n\n"
        "The H24Sea project tests fuel cells at sea. Its Danish partner is Region Syd."
    )
    supports = [support_holding(1, chunk, "Harbour Fuel", 0.6)]
    _, names = _lead("Which ports are members of the H2 network?", supports)
    assert names == ["Aarhus", "Kiel", "Gdansk"]

"""Reading a question: what it asks about (query.py), without the model."""

from __future__ import annotations

import pytest

from nordask.query import (
    SECOND_QUESTION,
    amounts,
    asked_role,
    asks_call,
    asks_partners,
    name_phrases,
    name_years,
    names_call,
    parse,
    period_asked,
    states_amount,
    states_contact,
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When does the action plan run?", "action plan"),
        ("What period does the plan cover?", "plan"),
        ("Hvilken periode dækker handlingsplanen?", "handlingsplanen"),
        ("När gäller handlingsplanen?", "handlingsplanen"),
        ("When was the North Sea Conference held?", None),  # more than a name and a span
        ("Who leads the plan?", None),  # no when, no period
    ],
)
def test_the_thing_a_period_question_asks_about(question: str, asked: str | None) -> None:
    assert period_asked(question) == asked


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("What will Kvarkenrådet do in 2023?", ("2023",)),
        ("Hva skjer i 2022 og 2023?", ("2022", "2023")),
        # A span names the plan by its period; it asks about no one year.
        ("Which committees work on electric aviation in the 2021-24 plan?", ()),
        ("What happens in 2021–2024?", ()),
    ],
)
def test_the_years_a_question_asks_about(question: str, years: tuple[str, ...]) -> None:
    assert parse(question).years == years


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("When is the last call of Horizon 2030, and how much can one get?", ["Horizon 2030"]),
        ("Hvad sker der i Vision 2040 i 2026?", ["Vision 2040"]),
        ("Which events are planned for May 2027?", []),  # a month
        ("In 2025 what happened?", []),  # opening the question
    ],
)
def test_a_year_after_a_name_word_may_end_the_name(question: str, named: list[str]) -> None:
    assert [name for name, _ in name_years(question)] == named


@pytest.mark.parametrize(
    "question",
    [
        "Vilken månad ska kommittén hålla mötet?",
        "Hvilken dag i 2022 holdes mødet?",
        "In which month is the conference?",
        "Hvilken måned starter prosjektet?",
        "Is a follow-up planned for the project, and for which years?",
        "Hvem står bag, og i hvilket år?",
        "Hva er fristen for å søke om midler til kaiene?",
        "What is the deadline for the ferry grant?",
        "Vad är sista ansökningsdag för stipendiet?",
    ],
)
def test_a_day_month_or_year_asked_is_a_date_question(question: str) -> None:
    assert parse(question).kind == "date"


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("M2021-2024 Delta i gemensamma möten", False),  # a milestone's years
        ("Ring +46 90 123 45 67", True),
        ("tel. 08-123 456", True),
    ],
)
def test_a_year_span_is_not_a_phone_number(text: str, contact: bool) -> None:
    assert states_contact(text) is contact


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Which partners are behind G.1.d?", True),
        ("Vilka står bakom analysen av servicen?", True),
        ("Hvem er samarbejdspartnere på kataloget?", True),
        ("Who is responsible for goal 7?", True),
        ("Hvem finansierer partnerskabet?", False),  # who pays, not who carries it out
        ("Which committees work on electric aviation?", False),
    ],
)
def test_a_question_for_the_partners_of_an_activity(question: str, asks: bool) -> None:
    assert asks_partners(question) is asks


def test_who_is_behind_is_an_actor_question() -> None:
    assert (
        parse("Vilka står bakom analysen av hur avståndet till service påverkar?").kind == "actor"
    )


@pytest.mark.parametrize(
    "question",
    [
        "What do smaller municipalities often lack compared with the larger ones?",
        "What is Smart Tourism based on?",
        "What does the partnership offer cities?",
    ],
)
def test_what_a_thing_lacks_offers_or_rests_on_is_no_definition(question: str) -> None:
    intent = parse(question)
    assert (intent.kind, intent.subject) == ("free", "")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What are the harbours the ferry company plans to serve?", "free"),
        ("What are the grants that the board approved in May?", "free"),
        ("Hvad er de kommuner, som deltager i netværket?", "free"),
        ("Vad är de hamnar där projektet bygger laddstationer?", "free"),
        # A noun with "of" after it is still what is defined.
        ("What are the four aims of the harbour network?", "definition"),
        ("What is the Harbour Council?", "definition"),
    ],
)
def test_a_what_question_whose_noun_a_clause_narrows_asks_which_ones(
    question: str, kind: str
) -> None:
    assert parse(question).kind == kind


@pytest.mark.parametrize(
    "question",
    [
        "Hvad er det største tilskud, et foreningsprojekt kan få?",
        "Hvor stor en bevilling fik havneprojektet?",
        "Hvor stor var bevilgningen til fergesambandet?",
        "What was the harbour company's turnover last year?",
        "Hur stor var omsättningen i hamnbolaget?",
    ],
)
def test_grants_and_turnover_are_money(question: str) -> None:
    assert parse(question).kind == "amount"


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Avgiften är 12 500 kronor per år.", ["12 500 kronor"]),
        ("Kommunerna fick 87 miljoner kronor i stöd.", ["87 miljoner kronor"]),
        ("Ramme: 2,3 mio. kr. i alt", ["2,3 mio. kr."]),
        ("Tilskuddet er på høyst NOK 150 000 per søker.", ["NOK 150 000"]),
        ("The call totals EUR 4.2 million.", ["EUR 4.2 million"]),
        ("Kostnaden blir 3 kr per innbygger og 2,5 mia. kr samlet.", ["3 kr", "2,5 mia. kr"]),
        ("Totalt 350 tkr och 12 MSEK.", ["350 tkr", "12 MSEK"]),
        ("Det tager nok 3 uger og 30 sek.", []),  # "nok": probably; "sek": seconds
        ("The pier is 3 m long.", []),
        # A scaled code before one figure in a sentence; not before a column of them.
        ("The whole budget is MNOK 41.5.", ["MNOK 41.5"]),
        ("Totalt MNOK 2,8 1,5", []),
    ],
)
def test_amounts_in_the_nordic_currencies_written_either_way(text: str, stated: list[str]) -> None:
    assert amounts(text) == stated


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Vad kostade fiskevägen i Lundby?", "amount"),
        ("Vilket är det billigaste sättet att ta färjan till Åland?", "amount"),
        ("Hvor høy er medlemskontingenten?", "amount"),
        ("Who is in charge of the ferry agreement?", "actor"),
    ],
)
def test_a_question_what_something_costs_asks_for_an_amount(question: str, kind: str) -> None:
    assert parse(question).kind == kind


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("What does FKS stand for?", "FKS"),
        ("Vad står förkortningen FKS för?", "FKS"),
        ("Hva står FKS for?", "FKS"),
        ("Hvad er en kystlods i det danske fiskeriprojekt?", "kystlods"),
        ("What is a host partner in a Nordplus project?", "host partner"),
        # A clause after a comma says what the question takes as known of the subject.
        ("What is Fjordlink, which the island council supports?", "Fjordlink"),
        ("Hvad er Fjordlink, som øernes råd støtter?", "Fjordlink"),
    ],
)
def test_the_term_a_definition_question_asks_about(question: str, subject: str) -> None:
    intent = parse(question)
    assert (intent.kind, intent.subject, intent.does) == ("definition", subject, False)


def test_what_a_named_things_attribute_is_is_no_definition() -> None:
    intent = parse("What is Fjordby Harbour's target for 2027?")
    assert (intent.kind, intent.subject) == ("free", "")
    assert parse("What is the principle of subsidiarity?").kind == "definition"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Hvor meget faldt ventetiden ved færgen?", "quantity"),  # "fire minutter"
        ("How much did the share of commuters rise?", "quantity"),
        ("Hur mycket kortare blev restiden?", "quantity"),
        ("Hvor meget steg budgettet for færgen?", "amount"),  # money named: money asked
        ("Hvor meget giver kommunen til færgen?", "amount"),
    ],
)
def test_how_much_something_changed_asks_a_quantity(question: str, kind: str) -> None:
    assert parse(question).kind == kind


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        (
            "How much does Agder Coast Council give to the Fjord Link fund?",
            [["Agder", "Coast", "Council"], ["Fjord", "Link"]],
        ),
        ("Hvor mange deltok i Unge i Fjordbyen fra Sverige?", [["Unge", "Fjordbyen"], ["Sverige"]]),
        (
            "Vad kostar ett FERRYPASS-kort mellan Bodø och Luleå?",
            [["FERRYPASS-kort"], ["Bodø"], ["Luleå"]],
        ),
    ],
)
def test_the_things_a_question_names_are_runs_of_name_words(question, phrases) -> None:
    assert name_phrases(question) == phrases


def test_a_compound_names_a_project_question_but_not_one_after_a_hyphen() -> None:
    assert parse("Vilket hamnprojekt bygger nya kajer?").actor_kind == "project"
    assert parse("Hvilke kystprosjekter handler om fisk?").actor_kind == "project"
    assert parse("Hvilket Fjordlab-prosjekt handler om kajer?").actor_kind == "project"
    assert parse("Vilka resultat gav EU-hamnprojektet i norr?").actor_kind is None


def test_who_wrote_asks_for_a_person_and_authorities_ask_for_none() -> None:
    assert parse("Vem är författare till rapporten om färjorna?").kind == "person"
    question = "Who is organising a meeting of the regional environmental authorities?"
    assert parse(question).kind == "actor"


def test_how_big_a_grant_asks_for_money_and_a_share_of_grants_does_not() -> None:
    assert parse("Hvor stor en bevilling fikk prosjektet Fjellbro?").kind == "amount"
    assert parse("Hur stort bidrag fick förstudien Älvkraft?").kind == "amount"
    assert parse("Hvor stort tilskud får foreningen Kystvagt?").kind == "amount"
    assert parse("Hur stor stödandel kan föreningar få?").kind == "quantity"
    assert parse("Hur stor andel av de beviljade projekten leds av kommuner?").kind == "quantity"


def test_a_bound_asked_is_a_quantity_and_a_bound_of_money_an_amount() -> None:
    assert parse("What minimum score must a bid for the Kystleir fund reach?").kind == "quantity"
    assert parse("Vilken lägsta ålder gäller för lägret?").kind == "quantity"
    assert parse("What maximum grant can a team get?").kind == "amount"


def test_a_tables_unit_is_no_amount() -> None:
    assert not states_amount("Tabell 5. Rammer per innsatsområde. Alle beløp i 1 000 NOK.")
    assert not states_amount("Tabel 2. Bidrag pr. medlem (1.000 DKK)")
    assert amounts("Kontingenten er 1 000 NOK per år.") == ["1 000 NOK"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many harbours were granted funding for shore power?", "quantity"),
        ("Hur många föreningar fick bidrag 2026?", "quantity"),
        ("Hvor mange penge fik foreningerne i alt?", "amount"),  # Danish: how much money
    ],
)
def test_how_many_things_a_grant_went_to_is_a_count(question: str, kind: str) -> None:
    assert parse(question).kind == kind


def test_who_stood_in_for_someone_asks_for_a_person_their_substitute() -> None:
    for question in (
        "Who replaced Ole Brekke at the May meeting?",
        "Vem ersatte Lena Dahl på mötet i maj?",
        "Hvem mødte for Jens Holm på mødet i maj?",
    ):
        assert parse(question).kind == "person", question
        assert asked_role(question) == "substitute", question


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("Who hosts the fair, and whose stand is largest?", "whose stand is largest?"),
        ("Vem leder piloten, och vems modell används?", "vems modell används?"),
        ("Hvem driver piloten, og hvis model bruger de?", "hvis model bruger de?"),
        ("Hvad koster piloten, og hvis kommunen siger nej?", None),  # "and if the …"
        ("Hva koster kurset, og hvis jeg melder meg av?", None),  # "and if I …"
    ],
)
def test_whose_opens_a_second_question_and_if_does_not(question: str, second: str | None) -> None:
    found = SECOND_QUESTION.search(question)
    assert (found.group(1) if found else None) == second


@pytest.mark.parametrize(
    "question",
    [
        "Genom vilken utlysning fick föreningen pengar?",
        "Through which call did the harbour get its funding?",
        "Fra hvilken utlysing fikk laget midler?",
    ],
)
def test_which_call_after_a_preposition_asks_for_the_call_not_money(question: str) -> None:
    assert parse(question).kind != "amount"
    assert asks_call(question)


def test_a_call_is_named_as_a_noun_in_any_language() -> None:
    assert names_call("The call for proposals: Green Quays addressed two themes.")
    assert names_call("Udbuddet åbnede i marts.")
    assert not names_call("We call this the harbour model.")
    assert not names_call("The council will call on the ministers to act.")


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "Hvad betyder betegnelsen grænsesamfund for indbyggerne i rådets kommuner?",
            "grænsesamfund",
        ),
        ("Vad betyder begreppet gränssamhälle?", "gränssamhälle"),
        ("Hva betyr begrepet grensesamfunn for innbyggerne?", "grensesamfunn"),
        ("Vad innebär smart specialisering för regionerna?", "smart specialisering"),
        ("What is the term border obstacle?", "border obstacle"),
        ("What is the concept of smart specialisation?", "smart specialisation"),
        # "for" that is part of the subject, where no meaning is asked.
        ("Hva er Senter for grenseregionalt samarbeid?", "Senter for grenseregionalt samarbeid"),
    ],
)
def test_a_term_word_and_for_whom_are_no_part_of_the_subject(question, subject) -> None:
    assert parse(question).subject == subject

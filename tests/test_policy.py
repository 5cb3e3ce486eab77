"""The abstain-or-answer policy's fact checks, on made-up passages (no model)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from nordask.background import Everyday
from nordask.policy import (
    Refusal,
    Signals,
    _fact_missing,
    abstain_reason,
    decide,
    uncounted,
    unnamed_person,
)
from nordask.query import parse, states_count, states_day, years_in, years_stated
from nordask.settings import RetrievalSettings
from nordask.words import cognate_prefixes, spellings
from word_lists import WordList

CONFIDENT = Signals(dense=0.6, coverage=1.0, relevance=0.8)


def refusal_for(
    question: str,
    passages: Sequence[str],
    windows: Sequence[str] | None = None,
    titles: Sequence[str] = (),
) -> Refusal | None:
    """Why the policy refuses `question` on `passages` (their windows `windows`, else the
    passages themselves), or None: the other signals say the passages match well."""
    return abstain_reason(
        parse(question),
        list(passages),
        list(passages if windows is None else windows),
        CONFIDENT,
        knows=lambda _term: True,
        unknown_names=[],
        goals={},
        thresholds=RetrievalSettings(),
        titles=list(titles),
    )


def reason_for(question: str, passage: str, window: str | None = None) -> str | None:
    """Why the policy refuses a question whose one passage is `passage`, or None."""
    refusal = refusal_for(question, [passage], None if window is None else [window])
    return refusal.reason if refusal else None


@pytest.mark.parametrize(
    "text",
    ["21 partners from 6 countries", "exports 95%.", "Antal möten; 24", "5-10 pers. från"],
)
def test_counts_are_found(text: str) -> None:
    assert states_count(text)


@pytest.mark.parametrize("text", ["den 11 juni 2020", "M22: Analys", "K.6.a.", "år 2030"])
def test_dates_codes_and_years_are_not_counts(text: str) -> None:
    assert not states_count(text)


def test_years_in_ranges_and_codes() -> None:
    assert years_in("för åren 2022-2025") == {"2022", "2023", "2024", "2025"}
    assert years_in("plan 2021-24") == {"2021", "2022", "2023", "2024"}
    assert years_in("M2021: möte") == {"2021"}
    assert years_in("page 12") == set()


def test_a_figure_beside_a_prior_years_gives_the_next_year() -> None:
    assert years_stated("Ansatte i snitt 11,5 (2040: 10,0).") == {"2040", "2041"}
    assert years_stated("Omsetning NOK 3,1 mill. (2040: NOK 2,7 mill.)") == {"2040", "2041"}
    assert years_stated("Planen (2040) gjelder i fem år.") == {"2040"}


def test_a_count_beside_the_prior_years_is_the_report_years() -> None:
    intent = parse("Hvor mange årsverk hadde foreningen Tindvik i 2041?")
    lead = "Revisor har gått gjennom regnskapet for 2041. — Revisors beretning [1]"
    note = "Note 7 – Lønn\n\nGjennomsnittlig antall årsverk 11,5 (2040: 10,0)."
    assert uncounted(intent, lead, [note]) is None
    later = parse("Hvor mange årsverk hadde foreningen Tindvik i 2043?")
    assert uncounted(later, lead, [note]) is not None


def test_days() -> None:
    assert states_day("den 11 juni 2020") and states_day("on June 11") and states_day("3.4.2021")
    assert not states_day("under 2020")


def test_nordic_spellings() -> None:
    assert "öresund" in spellings("øresund")
    assert "ærø" in spellings("ärö")


def test_a_count_question_needs_a_number_near_the_best_sentence() -> None:
    question = "How many municipalities take part in the partnership?"
    assert reason_for(question, "The partnership helps municipalities act.") is not None
    assert reason_for(question, "Twelve partners joined: 14 municipalities take part.") is None


def test_a_figure_for_a_year_must_be_that_years() -> None:
    question = "What is the budget for 2025?"
    passage = "Budget 2021-2025. The budget is 12 MDKK."
    assert reason_for(question, passage) is None
    elsewhere = "Budget: 12 MDKK for the plan."
    assert "2025" in (reason_for(question, passage, window=elsewhere) or "")


def test_a_milestone_code_that_opens_a_line_dates_its_count() -> None:
    """ "P27 Starta 4 pilotprojekt …": a plan's milestone line gives its year in the code
    that opens it; an activity's code or a one-digit item's number is no year."""
    question = "Hvor mange pilotprosjekter skal havnerådet starte i 2027?"
    plan = "hamnplan-2025-28.pdf\nHavnerådet vil styrke samarbeidet i hamnarna."
    for coded in ("P27 Starta 4 pilotprojekt i hamnarna", "Mål:\n• P27: 4 pilotprojekt"):
        assert reason_for(question, plan, window=f"Havnerådet\n{coded}") is None
    # The year check reads the code in the passage too, which names no year otherwise.
    assert reason_for(question, "Havnerådet vil styrke.\nP27 Starta 4 pilotprojekt") is None
    for uncoded in ("K.2.c Starta 4 pilotprojekt", "P7 Starta 4 pilotprojekt i 27 hamnar"):
        assert reason_for(question, plan, window=f"Havnerådet\n{uncoded}") == (
            "none of the closest passages gives a number for 2027"
        )


def test_a_date_question_needs_a_day_when_it_asks_for_one() -> None:
    assert reason_for("On which date was the council founded?", "Founded in 2012.") is not None
    assert reason_for("On which date was the council founded?", "Founded on 3 May 2012.") is None
    assert reason_for("When was the council founded?", "Founded in 2012.") is None


def test_compound_role_words_ask_for_a_person() -> None:
    assert parse("Hvem er projektleder for piloten?").kind == "person"
    assert parse("Vem är projektledare?").kind == "person"


def test_a_figure_must_be_that_of_what_the_question_names() -> None:
    question = "What does the Harbourhub of Aalstad cost?"
    named = "Aalstad will study a Harbourhub."
    other = "Budget: 30 000 euro for the Lindvik study."
    reason = abstain_reason(
        parse(question),
        [named, other],
        [named, other],
        CONFIDENT,
        knows=lambda _term: True,
        unknown_names=[],
        goals={},
        thresholds=RetrievalSettings(),
    )
    assert reason is not None and "amount" in reason.reason
    assert reason_for(question, "The Aalstad Harbourhub costs 2 MSEK.") is None


def test_a_definition_opens_with_its_subject() -> None:
    from nordask.evidence import defines

    assert defines("Smart specialisation is a place-based policy.", "smart spesialisering")
    describes = "The Vanguard initiative promotes regional industry in Europe."
    assert defines(describes, "Vanguard", does=True)  # "what does Vanguard do"
    assert not defines(describes, "Vanguard")  # "what is Vanguard": not a definition
    assert not defines(
        "Smart Specialisation (S3) as a policy tool has quickly been adopted across the EU.",
        "smart spesialisering",
    )
    assert not defines(
        "An important part of Smart specialisation is cooperation.", "smart spesialisering"
    )
    assert not defines("Smart Tourism builds on IT and new services.", "smart spesialisering")


def test_a_byline_does_not_date_the_event_a_news_item_reports() -> None:
    news = "07 April 2017 - Published by Kari Nordmann\nThe harbour conference gathers 21 partners."
    for question in (
        "When was the Harbour Conference 2017 held?",  # the year is named: a day is asked
        "On which dates was the Harbour Conference held?",
    ):
        assert reason_for(question, news) == "none of the closest passages gives a day", question
    assert reason_for("When was the harbour news item published?", news) is None
    assert reason_for("When was the Harbour Conference 2017 held?", "It met on 3 May 2017.") is None


def test_where_an_event_is_held_needs_a_place_the_question_does_not_name() -> None:
    news = "07 April 2017 - Published by Kari Nordmann in Bergen\nWe will be at the conference."
    question = "In which city was the Harbour Conference 2017 held?"
    assert reason_for(question, news) == "none of the closest passages says where it takes place"
    assert reason_for(question, "The Harbour Conference met in Tromsø in May 2017.") is None
    assert (
        reason_for("I hvilken by er omstillingen gået i gang?", "I Nordby har den startet.") is None
    )


def test_an_event_named_with_its_year_is_asked_for_its_day() -> None:
    # The year belongs to the name the corpus writes, so it is no year the question asks
    # about (the assistant drops it); the asker knows it, and wants the day and the place.
    def reason(question: str, passages: Sequence[str]) -> str | None:
        intent = replace(parse(question), years=())
        refusal = abstain_reason(
            intent,
            list(passages),
            list(passages),
            CONFIDENT,
            knows=lambda _term: True,
            unknown_names=[],
            goals={},
            thresholds=RetrievalSettings(),
        )
        return refusal.reason if refusal else None

    news = "12 March 2031 - Posted by Ola Dahl\nWe meet our partners at the Fjord Summit 2031."
    pilots = "Our partners test electric ferries in Tidewater Labs."
    asked = "Hvornår og i hvilken by blev Fjord Summit 2031 afholdt?"
    assert reason(asked, [news, pilots]) == (
        "none of the closest passages gives a day, nor says where it takes place"
    )
    assert reason("Hvornår blev Fjord Summit 2031 afholdt?", [news]) == (
        "none of the closest passages gives a day"
    )
    held = "The Fjord Summit 2031 was held on 4 June 2031 in Narvik."
    assert reason(asked, [news, held]) is None


def test_a_place_on_the_page_beside_the_event_is_not_its_venue() -> None:
    question = "In which city was the Fjord Summit held?"
    passages = ["Partners meet at the Fjord Summit.", "Our pilots run in Tidewater Labs."]
    refusal = refusal_for(question, passages)
    assert refusal is not None and refusal.check == "venue"
    held = ["Partners meet at the Fjord Summit.", "It is held in Bodø."]
    assert refusal_for(question, held) is None


def test_a_dateline_of_any_form_dates_the_page_not_the_event() -> None:
    news = "Publicerad 3 maj 2031 kl. 07.45\nHamnkonferensen samlar 21 partner."
    assert reason_for("Vilket datum hölls Hamnkonferensen?", news) == (
        "none of the closest passages gives a day"
    )
    assert reason_for("Vilket datum hölls Hamnkonferensen?", "Den hölls 3 maj 2031.") is None


def test_findings_need_a_passage_that_reports_some() -> None:
    question = "What were the findings of the harbour study?"
    assert "findings" in (reason_for(question, "The study will focus on harbours.") or "")
    assert reason_for(question, "The study showed that harbours grow.") is None
    # Expected results are targets, which plans state without reporting verbs.
    assert reason_for("What results are expected from the study?", "It will map harbours.") is None
    # So are the plans for results: "vil" is the Danish and Norwegian "will".
    plans = "Fjordrådet avser att ta resultaten vidare."
    assert reason_for("Hva vil Fjordrådet gjøre med resultatene fra studien?", plans) is None


def test_a_clause_that_sets_something_aside_does_not_hide_the_question() -> None:
    asked = parse("Apart from Nordby, which regions take part in the harbour pilot?")
    assert (asked.kind, asked.actor_kind) == ("actor", "region")
    assert parse("Förutom Fjordrådet, vilka kommittéer arbetar med hamnar?").actor_kind == (
        "committee"
    )


def test_what_x_is_about_asks_about_x_without_its_kind() -> None:
    assert parse("Hva handler HAVN-prosjektet om?").subject == "HAVN"
    assert parse("Vad handlar Nordregios projekt HarbourLink om?").subject == "HarbourLink"
    asked = parse("What is the Harbour Skills project about?")
    assert (asked.kind, asked.subject) == ("definition", "Harbour Skills")
    # A kind that is part of the name stays: "the Vanguard Initiative".
    assert parse("What is the Harbour Initiative?").subject == "Harbour Initiative"


def test_what_is_meant_by_x_asks_about_x_alone() -> None:
    assert parse("What is meant by triple bond in the harbour text?").subject == "triple bond"
    assert parse("Vad menas med gränshinder i planen?").subject == "gränshinder"


def test_what_does_x_do_asks_about_the_whole_of_x() -> None:
    asked = parse("What does the Nordic climate partnership do?")
    assert (asked.subject, asked.does) == ("Nordic climate partnership", True)
    assert parse("What does Fjordrådet plan for the region?").subject == "Fjordrådet"


def test_what_does_x_do_asks_for_what_x_does() -> None:
    role = parse("What is the role of the Harbour Council?")
    assert (role.subject, role.does) == ("Harbour Council", True)
    assert parse("Hva er rollen til Fjordrådet?").subject == "Fjordrådet"
    intent = parse("What does the Harbour Council work on?")
    assert (intent.kind, intent.subject, intent.does) == ("definition", "Harbour Council", True)
    assert not parse("What is the Harbour Council?").does
    doing = parse("What is the Harbour Council doing about ferries?")
    assert (doing.kind, doing.subject, doing.does) == ("definition", "Harbour Council", True)
    # Another verb than "do" asks what the text says, not what the subject is.
    offer = parse("What does the harbour partnership offer cities?")
    assert (offer.kind, offer.subject) == ("free", "")
    assert parse("Vad gör Hamnrådets miljöråd varje år?").subject == "Hamnrådets miljöråd"


def test_who_is_a_name_asks_what_the_corpus_says_of_it() -> None:
    intent = parse("Who is Kari Nordmann?")
    assert (intent.kind, intent.subject) == ("definition", "Kari Nordmann")
    assert parse("Hvem er Fjordrådet?").subject == "Fjordrådet"
    assert parse("Who is the chair of Fjordrådet?").kind == "person"


def test_a_plan_wide_money_question_keeps_its_names() -> None:
    """A name in a plan-wide money question may head a budget column; the plan's total
    is asked only without one."""
    nora = parse("How much money does NORA get in total?")
    assert (nora.kind, nora.total_of, nora.plan_total) == ("amount", ("NORA",), False)
    assert parse("How much does Nordregio get?").total_of == ("Nordregio",)
    assert parse("What is the total budget of the action plan?").plan_total
    assert parse("How much does NORA get under goal 6?").total_of == ()
    assert parse("How much does the Harbour Council's ferry study cost?").total_of == ()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Vilka jobbar med elfärjor?", "actor"),
        ("Hvilke arbejder med turisme?", "actor"),
        ("Vilka regioner deltar i plattformen?", "actor"),
        ("Vilka utmaningar nämns?", "list"),
        ("What is the population of the Harbour region?", "quantity"),
        ("Hva er befolkningen i Fjordregionen?", "quantity"),
        ("Which projects deal with an ageing population?", "actor"),
    ],
)
def test_which_with_a_verb_asks_who_and_population_asks_a_count(question: str, kind: str) -> None:
    assert parse(question).kind == kind


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Hva handler mål 6 om?", "about"),
        ("What is goal 7?", "about"),
        ("Hvad går mål 1 ud på?", "about"),
        ("Vilka aktiviteter finns under mål 10?", "activities"),
        ("Which actions are planned under goal 6?", "activities"),
        # The goal is where something else is asked about, or its money is asked for.
        ("Hvad går indsatsen om grøn byudvikling mellem kommuner ud på under mål 1?", None),
        ("Hva skal være oppnådd under mål 9 om helse og velferd?", None),
        ("What is the budget for goal 7?", None),
        # Who has activities under a goal, and nothing more.
        ("Who is responsible for goal 7?", "owners"),
        ("Hvem bidrar til mål 9?", "owners"),
        ("Vilka organisationer ansvarar för mål 10?", "owners"),
        ("Who will arrange seminars under goal 6?", None),
        # The goal an activity code belongs to.
        ("Which goal does G.1.b belong to?", "about"),
        # Which activities an organisation has.
        ("Which activities does Kvarkenrådet have?", "owned"),
        ("Vilka insatser har Tornedalsrådet?", "owned"),
        ("Hvilke aktiviteter har Nordkalottrådet under mål 7?", "activities"),
        # Which goal speaks of a topic.
        ("Which goal is about health?", "which"),
        ("Vilket mål handlar om grön omställning?", "which"),
        # Which goals there are: the plan's own, not an organisation's.
        ("Which goals does the action plan have?", "all"),
        ("Hvor mange mål har handlingsplanen?", "all"),
        ("Vilka är målen?", "all"),
        ("Which goals does Kvarkenrådet work on?", None),
        ("Vilka två mål har vardera en totalbudget på 7 miljoner danska kronor?", None),
    ],
)
def test_a_question_about_a_goal_itself_is_told_apart(question: str, topic: str | None) -> None:
    assert parse(question).goal_topic == topic


def test_the_plans_total_is_asked_without_a_goal_or_a_name() -> None:
    assert parse("Hvad er det samlede budget for handlingsplanen?").plan_total
    assert not parse("What is the total budget for goal 7?").plan_total
    assert not parse("What is the total budget of the Harbour Council's study?").plan_total


def test_what_x_does_about_y_asks_about_x_and_what_x_says_is_no_definition() -> None:
    doing = parse("What does the Harbour Council do about the ferry lines?")
    assert (doing.kind, doing.subject, doing.does) == ("definition", "Harbour Council", True)
    assert parse("What does the plan say about the budget column?").kind != "definition"


@pytest.mark.parametrize(
    ("question", "subject", "does"),
    [
        ("What does the Harbour Council plan for the coast?", "Harbour Council", True),
        ("Hva gjør Fjordkomiteen for næringslivet?", "Fjordkomiteen", True),
        ("Vad gör Fjordlandets miljöråd varje år?", "Fjordlandets miljöråd", True),
        ("Hva er målet med Pilotområde Fjordland?", "Pilotområde Fjordland", True),
        ("What is HAVN about?", "HAVN", False),
    ],
)
def test_the_subject_is_what_is_asked_about(question: str, subject: str, does: bool) -> None:
    intent = parse(question)
    assert (intent.subject, intent.does) == (subject, does)


def test_a_bare_budget_question_asks_for_the_plans_total() -> None:
    assert parse("budget").plan_total and parse("What is the budget of the action plan?").plan_total
    assert not parse("How much money does the Harbour Council get?").plan_total


def test_actors_of_a_country_the_passages_never_speak_of_are_refused() -> None:
    passage = "Fjordland, Havland and Skjærland are Swedish members of the harbour platform."
    assert reason_for("Which Danish regions are members of the harbour platform?", passage) == (
        "the closest passage does not speak of Denmark"
    )
    assert reason_for("Which Swedish regions are members of the harbour platform?", passage) is None
    # A currency is no country the actors are narrowed to.
    assert reason_for("Vilka mål har 7 miljoner danska kronor?", passage) is None
    # Nor are the Nordic countries the only ones, nor regions the only places asked for.
    assert reason_for("Vilka estniska regioner är medlemmar?", passage) == (
        "the closest passage does not speak of Estonia"
    )
    assert reason_for("Hvilke færøske kommuner er medlemmer?", passage) == (
        "the closest passage does not speak of the Faroe Islands"
    )


def _refusal(question: str, corpus: WordList, passage: str = "Fjordby harbour") -> str | None:
    """Why `decide` refuses a question whose one passage reads weakly (0.3), or None."""
    found = decide(
        parse(question), question, [passage], [passage], 0.3, corpus, {}, RetrievalSettings()
    )
    return found.refusal.reason if found.refusal else None


def test_a_question_whose_only_known_words_are_names_is_refused() -> None:
    corpus = WordList("fjordby", "harbour", "ferries", "leave")

    def refused(question: str) -> str | None:
        return _refusal(question, corpus)

    assert refused("What is the weather in Fjordby tomorrow?") == (
        "it speaks of Fjordby, but never of “weather”, “tomorrow”"
    )
    assert refused("Which ferries leave Fjordby?") is None
    # One unknown word may be the question's verb in another language.
    assert refused("Vad arbetar Fjordby med?") is None
    # A task's words no rewording would find in the corpus are not listed as if it might.
    assert refused("How do I reverse a linked list?") == (
        "the question seems to be outside what the corpus covers"
    )


def test_a_country_standing_alone_says_where_not_what_is_asked() -> None:
    """ "When did Finland join NATO?" asks about NATO; that the corpus names Finland does
    not make it speak of NATO. A country inside a name ("Norges Bank") is part of it."""
    corpus = WordList("finland", "norges", "fjordby", "harbour", "ferries", "leave")
    assert _refusal("When did Finland join NATO?", corpus) == "it never mentions NATO"
    assert _refusal("Which ferries leave Fjordby for Finland?", corpus) is None
    assert _refusal("Hva er renten til Norges Bank?", corpus) != "it never mentions Bank"


def test_a_name_whose_kind_word_the_corpus_never_writes_is_refused() -> None:
    """ "Fjordby Central Bank": the corpus writes "Fjordby" and "central", never "bank", so
    it names no such bank. "Kvarn Council" may be "Kvarnrådet", known only as a compound's
    start; "Fjordby Valley" is named where a passage names it in another form."""
    corpus = WordList("fjordby", "central", "harbour", "kvarnrådet", "chairs", "jury")
    question = "Why did the Fjordby Central Bank raise its rates?"
    assert _refusal(question, corpus) == "it never mentions Fjordby Central Bank"
    corpus.lenient = True
    assert "never mentions" not in (_refusal("Who chairs the Kvarn Council?", corpus) or "")

    def found(question: str, alike: bool) -> str | None:
        passage = "Fjordby harbour"
        decision = decide(
            parse(question),
            question,
            [passage],
            [passage],
            0.3,
            corpus,
            {},
            RetrievalSettings(),
            alike=lambda name, texts: alike,
        )
        return decision.reason

    assert "never mentions" not in (found("Who chairs the jury in the Fjordby Valley?", True) or "")
    assert found("Who chairs the jury in the Fjordby Valley?", False) == (
        "it never mentions Fjordby Valley"
    )


def test_a_name_only_opening_a_longer_word_is_not_one_the_corpus_speaks_of() -> None:
    """ "Harbo" opens "harbourmaster", which the lenient word test counts; the refusal
    must not say the corpus speaks of Harbo."""
    corpus = WordList("harbourmaster", "ferries", lenient=True)
    reason = _refusal("What is the weather in Harbo tomorrow?", corpus, passage="ferries")
    assert "speaks of" not in (reason or "")


def test_a_money_question_whose_name_only_a_further_passage_has_lacks_an_amount() -> None:
    """The closest passages do not speak of "Fjordlink"; a cited one further down does,
    without its amount: saying that none speaks of it would be false."""
    question = "What is the budget of the follow-up project Fjordlink 2.0?"
    others = ["The ferry project has a budget of EUR 2 million."] * 3
    cited = [*others, "The partners plan a follow-up, Fjordlink-prosjektet, from 2026."]
    refusal = _fact_missing(parse(question), others, others, {}, cited)
    assert refusal is not None
    assert refusal.reason == "none of the closest passages states an amount for Fjordlink"
    alone = _fact_missing(parse(question), others, others, {}, others)
    assert alone is not None and alone.reason == "none of the closest passages speaks of Fjordlink"


def test_the_total_for_a_goal_is_a_money_question() -> None:
    assert parse("What is the total for goal 9?").kind == "amount"
    assert parse("Hva er totalen for mål 9?").kind == "amount"


@pytest.mark.parametrize(
    ("question", "corpus", "kind"),
    [
        ("Which documents are in the corpus?", "documents", None),
        ("Hvilke dokumenter findes?", "documents", None),
        ("What can I ask you?", "help", None),
        ("hjälp", "help", None),
        ("Which border committees are there?", "actors", "committee"),
        ("List all committees and councils in the plan", "actors", "committee"),
        ("Vilka regioner finns?", "actors", "region"),
        ("Which committees work on electric ferries?", None, "committee"),
        ("Which committees are there working on ferries?", None, "committee"),
        ("Which committee has the most activities?", "activities", "committee"),
        ("Vilket råd har flest aktiviteter?", "activities", "committee"),
    ],
)
def test_a_question_about_the_corpus_itself_is_told_apart(
    question: str, corpus: str | None, kind: str | None
) -> None:
    intent = parse(question)
    assert (intent.corpus, intent.actor_kind) == (corpus, kind)


def test_an_activity_codes_goal_is_the_number_it_carries() -> None:
    assert parse("Vilket mål hör K.6.d till?").goal == 6
    assert parse("What is G.1.a?").goal is None


def test_a_figure_in_a_document_titled_by_what_the_question_names_is_about_it() -> None:
    question = "What does membership of Fjordnett cost?"
    named = "Fjordnett was founded in 2001 by six towns."
    fee = "The yearly fee is 9 000 kronor."

    def reason(title: str) -> Refusal | None:
        return abstain_reason(
            parse(question),
            [named, fee],
            [named, fee],
            CONFIDENT,
            knows=lambda _term: True,
            unknown_names=[],
            goals={},
            thresholds=RetrievalSettings(),
            titles=["Fjordnett – statutes", title],
        )

    assert reason("Fjordnett – statutes") is None
    assert reason("Lakeside rowing club – rules") is not None


def test_a_name_too_short_to_look_for_is_not_missed() -> None:
    question = "Hvor mye kostet det per deltaker i Ung i Fjordregionen?"
    assert reason_for(question, "Kostnaden per deltaker var 30 500 kroner.") is None


def test_a_fund_is_no_finding() -> None:
    from nordask.query import asks_findings

    assert not asks_findings("Who chairs the jury of the new culture fund?")
    assert asks_findings("Hvad var fundene i undersøgelsen?")


def test_a_question_for_a_named_person_is_not_answered_by_a_firm() -> None:
    audited = "Regnskapet for 2026 er revidert av revisjonsselskapet Nordvik & Berg AS."
    intent = parse("Which named auditor approved the Fjordnett 2026 accounts?")
    assert intent.kind == "person"
    assert parse("Hvilken navngitt revisor godkjente regnskapet?").kind == "person"
    missing = _fact_missing(intent, [audited], [audited], {}, [audited])
    assert missing is not None
    assert missing.reason == (
        "none of the closest passages names a person as the auditor who approved the "
        "Fjordnett 2026 accounts"
    )
    signed = f"{audited} Statsautorisert revisor Kari Nordvik signerte beretningen."
    assert _fact_missing(intent, [signed], [signed], {}, [signed]) is None


def test_a_refused_cost_names_what_it_is_spent_on() -> None:
    """The body may state amounts of its own that year: what lacks one is the thing."""
    board = "The Tromsø Harbour Board gave NOK 240 000 to a festival in 2025."
    other = "The Lofoten Ferry Office has a budget for 2027 of NOK 1.2 million."
    question = "How much does the Tromsø Harbour Board spend on its youth panel in 2027?"
    cited = [board, other]
    missing = _fact_missing(parse(question), cited, cited, {}, cited)
    assert missing is not None
    assert missing.reason == "no passage states an amount for 2027 spent on its youth panel"
    # Without a thing spent on, the body is what lacks an amount.
    budget = parse("What is the Tromsø Harbour Board's budget for 2027?")
    missing = _fact_missing(budget, cited, cited, {}, cited)
    assert missing is not None
    assert missing.reason == "no passage states an amount for 2027 for Tromsø Harbour Board"


def test_a_news_items_byline_is_a_person_who_wrote_it() -> None:
    text = "Ny färja till ön\n\nAv Sara Lindqvist Publicerad 3 maj 2024\n\nKommunen köper en färja."
    intent = parse("Vem har skrivit artikeln om den nya färjan?")
    assert intent.kind == "person"
    assert _fact_missing(intent, [text], [text], {}, [text]) is None


def test_a_byline_after_a_dateline_is_a_person_who_wrote_it() -> None:
    text = "Ny bro över älven\n\nPublicerad 2 juni 2025 · Av Maja Ek, redaktör\n\nBron öppnar 2027."
    intent = parse("Vem skrev artikeln om den nya bron?")
    assert _fact_missing(intent, [text], [text], {}, [text]) is None


def test_a_price_is_not_the_budget_of_a_passage_about_something_else() -> None:
    card = "FERRYPASS is one card for the ferries on both sides of the fjord, tested from 2027."
    budget = "The programme runs 2024–2027 with a budget of EUR 5 million. Its office is in Bodø."
    question = "What does a FERRYPASS card cost between Bodø and Luleå?"
    intent = parse(question)
    missing = _fact_missing(intent, [card, budget], [card, budget], {}, [card, budget])
    assert missing is not None and missing.reason == "no passage states an amount for FERRYPASS"
    priced = f"{card} A FERRYPASS card costs EUR 40."
    assert _fact_missing(intent, [priced, budget], [priced, budget], {}, [priced]) is None
    # A name the cited passages never write (another language's form) is not looked for.
    north = parse("What does a FERRYPASS card cost on the North Calotte?")
    sami = "Kortet gäller på hela Nordkalotten. A FERRYPASS card costs EUR 40."
    assert _fact_missing(north, [sami], [sami], {}, [sami]) is None


def test_a_who_question_whose_answer_names_no_one_is_refused_with_the_role() -> None:
    intent = parse("Vem är vice ordförande i styrelsen för Fjordlänken?")
    refusal = unnamed_person(intent, [])
    assert refusal is not None
    assert refusal.reason == (
        "none of the closest passages names who is vice ordförande i styrelsen för Fjordlänken"
    )
    assert unnamed_person(intent, ["Anna Berg"]) is None
    assert unnamed_person(parse("What does Fjordlänken cost?"), []) is None


def test_a_cost_is_not_a_grant_one_can_apply_for() -> None:
    grant = "Föreningar kan söka mellan 20 000 och 150 000 kronor ur fonden."
    intent = parse("Hur mycket kostade kartläggningen av fjällstugorna?")
    missing = _fact_missing(intent, [grant], [grant], {}, [grant])
    assert missing is not None
    assert (
        missing.reason
        == "none of the closest passages states a cost for “kartläggningen av fjällstugorna”"
    )
    paid = "Kartläggningen av fjällstugorna kostade 310 000 kronor."
    assert _fact_missing(intent, [paid], [paid], {}, [paid]) is None
    line = "Kartläggning av fjällstugorna.\nBudget: 310 000 kronor"
    assert _fact_missing(intent, [line], [line], {}, [line]) is None


def test_contact_details_of_another_body_do_not_answer() -> None:
    office = "Contact\n\nGeneral questions: post@fjordnett.example.org, phone +47 755 10 200."
    clinic = "Nordland Klinikk runs the night clinic in Bodø together with the county."
    question = "What is the phone number of Nordland Klinikk's night clinic?"
    intent = parse(question)
    titled = {office: "Welcome to Fjordnett Nordland – a guide"}
    missing = _fact_missing(intent, [office, clinic], [office, clinic], titled, [office, clinic])
    # "Nordland" alone, in the guide's title, does not name Nordland Klinikk.
    assert missing is not None
    assert missing.reason == "no passage gives a phone number for Nordland Klinikk's night clinic"
    listed = f"{clinic} Night clinic: phone +47 755 99 000."
    assert _fact_missing(intent, [listed], [listed], {}, [listed]) is None


def test_a_contact_detail_of_another_kind_does_not_answer() -> None:
    card = "Kontakt: projektledare Tove Almgren, tove.almgren@fjallbete.example.se."
    asked = parse("Vad är Tove Almgrens telefonnummer?")
    missing = _fact_missing(asked, [card], [card], {}, [card])
    assert missing is not None
    assert missing.reason == "none of the closest passages gives a phone number for Tove Almgrens"
    # "mobile" and "telephone" alone ask for no phone number.
    for other in ("What does Tove Almgren do with mobile apps?", "Who answers telephone calls?"):
        assert _fact_missing(parse(other), [card], [card], {}, [card]) is None
    # "e-postadress" asks for an e-mail address, not a postal one.
    phoned = "Kontakt: projektledare Tove Almgren, telefon 0920-45 61 00."
    e_post = parse("Vad är Tove Almgrens e-postadress?")
    missing = _fact_missing(e_post, [phoned], [phoned], {}, [phoned])
    assert missing is not None
    assert missing.reason.startswith("none of the closest passages gives an e-mail address")
    mail = parse("What is Tove Almgren's e-mail address?")
    assert _fact_missing(mail, [card], [card], {}, [card]) is None
    # A phone number as the text writes one, not an amount's groups of three.
    for phoned in ("Tel. 0920-45 61 00", "mobil +46 70 123 45 67", "ring 33 12 40 05"):
        with_phone = f"{card} {phoned}."
        assert _fact_missing(asked, [with_phone], [with_phone], {}, [with_phone]) is None
    budget = f"{card} Budget: 1 240 000 kronor."
    assert _fact_missing(asked, [budget], [budget], {}, [budget]) is not None
    # A web address is a domain, not the one after an e-mail's "@".
    web = parse("Hvad er hjemmesiden for Fjällbete-projektet?")
    assert _fact_missing(web, [card], [card], {}, [card]) is not None
    linked = f"{card} Läs mer på fjallbete.example.se."
    assert _fact_missing(web, [linked], [linked], {}, [linked]) is None
    postal = parse("What is the postal address of the grazing project?")
    assert _fact_missing(postal, [card], [card], {}, [card]) is not None
    posted = f"{card} Postadress: Storvägen 14, 962 31 Jokkmokk."
    assert _fact_missing(postal, [posted], [posted], {}, [posted]) is None


def test_an_item_beyond_the_count_a_passage_lists_is_refused() -> None:
    listed = "Styret har vedtatt fire satsinger for 2027: (1) havbruk, (2) turisme, (3) vei."
    top = [listed]
    missing = _fact_missing(parse("What is the board's sixth satsing?"), top, top, {}, top)
    assert missing is not None
    assert missing.reason == "the closest passages list 4 (“fire satsinger”), no “sixth satsing”"
    # An ordinal that is no item of a list: "third countries".
    countries = ["The agreement covers the two countries."]
    third = parse("Which rules apply to workers from third countries?")
    assert _fact_missing(third, countries, countries, {}, countries) is None
    # An item within the count is answered, and so is one a passage speaks of itself.
    assert _fact_missing(parse("Hva er styrets tredje satsing?"), top, top, {}, top) is None
    fifth = f"{listed} En femte satsing, kultur, vurderes."
    femte = parse("Hva er styrets femte satsing?")
    assert _fact_missing(femte, [fifth], [fifth], {}, [fifth]) is None
    # A short word is counted by its longer form: "tre mål" has no "fjärde målet".
    goals = "Programmet har tre mål: fler jobb, renare hav och bättre vägar."
    fourth = parse("Vad säger det fjärde målet?")
    assert _fact_missing(fourth, [goals], [goals], {}, [goals]) is not None


def test_a_question_for_the_second_round_is_not_answered_by_the_first() -> None:
    first = "Ansökan i den första omgången stänger den 3 mars 2027. Fonden delar ut 2 miljoner."
    intent = parse("When does the second call of the fjord fund close?")
    missing = _fact_missing(intent, [first], [first], {}, [first])
    assert missing is not None
    assert missing.reason == "none of the closest passages speaks of the second call"
    asked = parse("Hvornår lukker første ansøgningsrunde i fjordfonden?")
    assert _fact_missing(asked, [first], [first], {}, [first]) is None
    # "andra" is also "other": only a numbered round counts.
    other = parse("Vilka andra fonder finns det?")
    assert _fact_missing(other, [first], [first], {}, [first]) is None


def test_a_table_heading_its_columns_with_numbered_rounds_speaks_of_each() -> None:
    table = (
        "Frister for fondet\n| Trinn | Runde 1 | Runde 2 |\n"
        "| Siste frist | 4. mai 2027 | 9. november 2027 |"
    )
    second = parse("When does the second round of the fjord fund close?")
    assert _fact_missing(second, [table], [table], {}, [table]) is None
    first = parse("Når er fristen i første søknadsrunde?")
    assert _fact_missing(first, [table], [table], {}, [table]) is None
    third = parse("När stänger den tredje ansökningsomgången?")
    assert _fact_missing(third, [table], [table], {}, [table]) is not None
    # A sentence naming round 2 says nothing of its dates; a year or an amount is no round.
    moved = "Midler som ikke brukes i runde 1, flyttes til runde 2. Fristen er 4. mai 2027."
    assert _fact_missing(second, [moved], [moved], {}, [moved]) is not None
    sums = "| Fond | Runde 2027 | Runde 2,5 mio. |\n| Siste frist | 4. mai 2027 | 9. mai 2027 |"
    assert _fact_missing(second, [sums], [sums], {}, [sums]) is not None


def test_a_budget_further_down_in_the_named_projects_description_answers() -> None:
    intro = "Prosjektet MOSEVEI kartlegger myrene i dalen sammen med tre kommuner."
    news = "Prosjektleder for MOSEVEI, Eva Lund, gleder seg til feltarbeidet."
    other = "Fondet gir minst NOK 100 000 per prosjekt."
    budget = "Samlet kostnad er NOK 2 300 000 fordelt på tre år."
    top, cited = [intro, news, other], [intro, news, other, budget]
    titles = {budget: "Prosjektplan for MOSEVEI", intro: "Prosjektplan for MOSEVEI"}
    intent = parse("What is the total budget of MOSEVEI?")
    assert _fact_missing(intent, top, top, titles, cited, [budget]) is None
    missing = _fact_missing(intent, top, top, titles, cited)
    assert missing is not None and missing.check == "amount"
    # Another document's sum further down is not the named project's.
    loose = {intro: "Prosjektplan for MOSEVEI"}
    assert _fact_missing(intent, top, top, loose, cited, [budget]) is not None


def test_a_share_is_an_amount_stated_with_the_partner_not_the_whole_budget() -> None:
    block = (
        "3. KELPWAY\n- Lead partner: Tromsø Sea Lab (Norway)\n"
        "- Partners: Skagen Havn (Denmark), Orkney Kelp Trust (Scotland)\n"
        "- Budget: EUR 2,100,000"
    )
    intent = parse("How much of the KELPWAY budget goes to Orkney Kelp Trust?")
    missing = _fact_missing(intent, [block], [block], {}, [block])
    assert missing is not None
    assert missing.reason == "no passage states the part of KELPWAY that goes to Orkney Kelp Trust"
    split = f"{block}, of which Orkney Kelp Trust receives EUR 600,000."
    assert _fact_missing(intent, [split], [split], {}, [split]) is None


def test_a_count_from_a_country_is_not_a_count_from_the_others() -> None:
    counted = "In all 310 pupils took part, 200 of them living in Norway and 110 in Sweden."
    intent = parse("How many pupils from Finland took part in the summer school?")
    missing = _fact_missing(intent, [counted], [counted], {}, [counted])
    assert missing is not None
    assert missing.reason == "none of the closest passages gives a number from Finland"
    asked = parse("Hur många elever från Norge deltog i sommarskolan?")
    assert _fact_missing(asked, [counted], [counted], {}, [counted]) is None


def test_a_request_for_advice_or_a_definition_of_words_the_corpus_never_uses_is_refused() -> None:
    corpus = WordList(
        "good", "best", "harbour", "fjordby", "ferry", "ferries", "timetable", "summary"
    )

    def refused(question: str) -> str | None:
        return _refusal(question, corpus)

    assert refused("Recommend a good bakery in Fjordby.") == (
        "it speaks of Fjordby, but never of “bakery”"
    )
    assert refused("Kan du anbefale et godt kortspil for fire voksne?") is not None
    assert refused("Har du nogen gode råd om tøjvask?") is not None
    assert refused("Can you suggest a good ferry timetable for Fjordby?") is None
    assert refused("Write a song about the harbour.") is not None
    assert refused("Write a summary of the Fjordby harbour timetable.") is None
    # A question about what the documents recommend asks for no advice.
    assert refused("What does the plan recommend for the harbour?") is None
    assert refused("What is the best recipe for pancakes?") == (
        "the question seems to be outside what the corpus covers"
    )
    assert refused("What is the harbour timetable?") is None
    # One unknown word may be a compound a cited passage spells another way, and what a
    # body does is no definition.
    assert _refusal("What is a ferjeforbindelse?", corpus, "Två nya färjeförbindelser") is None
    assert refused("What does the Fjordby Pancake Council do?") is None
    # The asker's own life, and how a game works, are not the documents' matter.
    assert refused("Can my neighbour park his caravan in the yard?") is not None
    assert refused("Hvordan fungerer pointsystemet i curling?") is not None
    assert refused("Can I see the ferry timetable for Fjordby?") is None
    # A question for a fact of the documents asks it for the asker, too: only the fact
    # is missing here.
    assert refused("Vilken e-postadress ska jag skicka min ansökan till?") == (
        "none of the closest passages gives contact details"
    )


def test_a_compound_leader_directs_what_a_director_question_asks_for() -> None:
    """Asked who the festival director is, "Festivalleder" names the role in a Nordic passage,
    though the office's own forms ("direktør") do not say it."""
    text = "Festivalleder er kulturkonsulent Siri Vang fra Bygdekulturhuset."
    intent = parse("Who is the festival director for Fjordfest 2027?")
    assert intent.kind == "person"
    assert _fact_missing(intent, [text], [text], {}, [text]) is None


def test_a_definition_of_one_word_no_cited_passage_spells_is_refused() -> None:
    """One unknown word of a definition may be a compound the corpus spells another way;
    where no cited passage spells it so, the corpus never uses it. A country says where,
    not what is asked: "frikortet" is all the topic of its question."""
    corpus = WordList("fjordby", "harbour", "ferries", "danmark")
    spelled = "Fjordby får två nya färjeförbindelser."
    assert _refusal("Hvad er en færgeforbindelse?", corpus, spelled) is None
    assert _refusal("Hvad er en færgeforbindelse?", corpus) == (
        "the question seems to be outside what the corpus covers"
    )
    assert _refusal("Hvad er frikortet i Danmark?", corpus) == (
        "it speaks of Danmark, but never of “frikortet”"
    )
    # Nor does a place, which says where too.
    assert _refusal("Hvad er frikortet i Fjordby?", corpus) == (
        "it speaks of Fjordby, but never of “frikortet”"
    )


def test_the_time_a_definition_asks_about_is_no_topic_word() -> None:
    """ "i år" says when, like a country where: "skattekortet" is all the topic."""
    corpus = WordList("fjordby", "harbour", "norge", "år")
    assert _refusal("Hva er skattekortet i Norge i år?", corpus) == (
        "it speaks of Norge, but never of “skattekortet”"
    )


def test_who_works_on_a_topic_no_scandinavian_spelling_writes_is_refused() -> None:
    """ "Vilka kommittéer arbetar med fjällodling?": no word of the topic is written in any
    of the three languages' spellings. "eldrevne båter" is, as "eldrivna båtar"; an English
    topic may be written only in the other languages' words, so it is not refused."""
    corpus = WordList("fjordby", "kommittéer", "arbetar", "eldrivna", "båtar", "fiskodling")
    outside = "the question seems to be outside what the corpus covers"
    assert _refusal("Vilka kommittéer arbetar med fjällodling?", corpus) == outside
    assert _refusal("Hvilke komiteer jobber med eldrevne båter?", corpus) is None
    # A compound whose first part the corpus writes ("fiskodling" of "fiskodlingsnäringen").
    assert _refusal("Vem arbetar med fiskodlingsnäringen?", corpus) is None
    assert _refusal("Which committees work on mountain farming?", corpus) is None


def test_a_money_question_about_a_thing_no_scandinavian_spelling_writes_is_refused() -> None:
    """ "Hvor mye er sildefondet verdt nå?": what the worth or amount is asked of is written
    in none of the three languages' spellings; the refusal names it, also where the weak
    match alone would refuse ("Hur mycket är sildefonden värd?"). A thing written in a
    sister language's spelling is answered; an English thing may be written only in the
    other languages' words, so it is not refused so."""
    corpus = WordList("fjordby", "harbour", "verdt", "fiskodling", "eldrivna", "båtar", "budget")
    passage = "Fiskodling och eldrivna båtar i Fjordby: budget 20 000 euro."
    unwritten = "no passage uses the word “sildefondet”"
    assert _refusal("Hvor mye er sildefondet verdt nå?", corpus, passage) == unwritten
    assert _refusal("Hvor mye penger har sildefondet?", corpus, passage) == unwritten
    weak = decide(
        parse(question := "Hur mycket är sildefonden värd?"),
        question,
        [passage],
        [passage],
        0.21,
        corpus,
        {},
        RetrievalSettings(),
    )
    assert weak.reason == "no passage uses the word “sildefonden”"
    assert _refusal("Hvor meget får fiskodlingen?", corpus, passage) is None
    assert _refusal("Hvor mye penger får eldrevne båter?", corpus, passage) is None
    assert _refusal("How much is the herring fund worth?", corpus, passage) != unwritten


def test_a_word_is_known_in_a_sister_language_s_spelling() -> None:
    """The first letters with a vowel changed or left out: "eldrevne" opens like
    "eldrivna", "grænsehindringer" (two vowels apart, a long word) like "gränshinder"."""
    assert "eldri" in cognate_prefixes("eldrevne")
    assert "gränshin" in cognate_prefixes("grænsehindringer")
    assert not any("kärnkraft".startswith(p) for p in cognate_prefixes("kjernekraft"))


def test_a_which_question_for_a_kind_of_thing_the_corpus_never_names_is_refused() -> None:
    """ "Vilken hyresnivå …": the word after the which-word names what is asked; a
    Scandinavian corpus that writes it nowhere, nor a word much like it, does not answer."""
    corpus = WordList("fjordby", "harbour", "gäller", "studenter", "färjor")
    assert _refusal("Vilken hyresnivå gäller för studenter i Fjordby?", corpus) == (
        "it speaks of Fjordby, but never of “hyresnivå”"
    )
    assert _refusal("Vilka färjor går från Fjordby?", corpus) is None
    # Spelled another way in a cited passage; an English word; a word that frames.
    spelled = "Fjordby har höjt hyresnivån för studenter."
    assert _refusal("Vilken hyresniveau gäller för studenter?", corpus, spelled) is None
    english = WordList("applies", "students")
    assert _refusal("Which rent level applies to students?", english) is None
    assert _refusal("Vilket är Fjordbys största hamn?", corpus) != (
        "it speaks of Fjordby, but never of “är”"
    )


def test_a_how_to_question_is_about_what_its_task_is_done_to() -> None:
    """ "fornyer" may be the corpus's word; "kommunen" known only as the start of
    "kommunalt" is not one it writes, nor is "førerkortet": the task is another matter."""
    corpus = WordList("fornyer", "søker", "tilskudd", "hos", "kommunalt", lenient=True)
    assert _refusal("Hvordan fornyer jeg førerkortet hos kommunen?", corpus) == (
        "the question seems to be outside what the corpus covers"
    )
    written = WordList("søker", "tilskudd", "hos", "kommunen", lenient=True)
    # How one applies is answered by a passage that says so (a rule), not by any passage.
    rule = "Søknad om tilskudd må sendes til kommunen innen 1. mars."
    assert _refusal("Hvordan søker jeg om tilskudd hos kommunen?", written, rule) is None


def test_a_which_question_over_an_english_passage_that_names_its_names_is_not_refused() -> None:
    """ "Vilken ansökningsomgång …": an English passage about the body the question names
    writes the kind asked in English ("funding round"), which no Nordic spelling finds;
    an English passage about something else, or a Scandinavian one, leaves it unknown."""
    corpus = WordList("harbour", "fund", "fjordby", "programmet")
    question = "Vilken ansökningsomgång i Harbour Fund fick programmet i Fjordby pengar från?"
    english = "Fjordby was funded in the second funding round of the Harbour Fund."
    assert _refusal(question, corpus, english) is None
    elsewhere = "Fjordby was funded in the second funding round of the city."
    nordic = "Fjordby fick stöd från Harbour Fund i den andra rundan."
    for passage in (elsewhere, nordic):
        assert _refusal(question, corpus, passage) == (
            "it speaks of Harbour, Fund, Fjordby, but never of “ansökningsomgång”"
        )


def test_an_age_asked_by_a_word_the_corpus_never_writes_is_answered_by_an_age_stated() -> None:
    """ "Vilken åldersgrupp …": a text states an age in years ("unge (18-25 år)"), seldom
    as an age group; without a stated age the word still says the corpus lacks it."""
    corpus = WordList("fjordby", "harbour", "unga", "resurs")
    question = "Vilken åldersgrupp av unga vill Fjordby se som en resurs?"
    stated = "Fjordby vil engasjere unge (18-25 år) som en ressurs for havnen."
    assert _refusal(question, corpus, stated) is None
    assert _refusal(question, corpus) == "it speaks of Fjordby, but never of “åldersgrupp”"


def test_a_how_to_question_asks_about_its_task_not_the_country() -> None:
    corpus = WordList("fjordby", "harbour", "renew", "permit", "sweden")
    assert _refusal("How do I renew my licence in Sweden?", corpus) == (
        "it speaks of Sweden, but never of “licence”"
    )
    assert _refusal("How do I renew my permit in Sweden?", corpus) is None


def test_an_everyday_question_naming_a_country_is_refused_as_everyday() -> None:
    corpus = WordList("fjordby", "harbour", "danmark")
    question = "Hvordan stemmer man til valget i Danmark?"
    closer = Everyday(background=0.9, corpus=0.8)
    found = decide(
        parse(question),
        question,
        ["Fjordby harbour"],
        ["Fjordby harbour"],
        0.3,
        corpus,
        {},
        RetrievalSettings(),
        closer,
    )
    assert found.refusal == Refusal(
        "everyday", "the question seems to be about everyday matters, not about these documents"
    )


def _goal_reason(goals: dict[int, str], named: set[int], passage: str) -> str | None:
    refusal = abstain_reason(
        parse("What is the budget for goal 5?"),
        [passage],
        [passage],
        CONFIDENT,
        knows=lambda _term: True,
        unknown_names=[],
        goals=goals,
        thresholds=RetrievalSettings(),
        text_goals=named,
    )
    return refusal.reason if refusal else None


def test_a_goal_no_heading_has_is_refused_with_a_true_reason() -> None:
    """The goals the headings list are all the corpus has only when its text names no
    other: a document may list "Goal 1 – …" in a paragraph, too long for a heading, and
    another document have a goal 5 of its own."""
    passage = "The harbour programme has four goals for its ferries."
    headed = {1: "Goal 1: Ferries", 6: "Goal 6: Harbours"}
    assert _goal_reason(headed, {1, 6}, passage) == "it has no goal 5 (the goals are 1, 6)"
    gappy = {3: "Goal 3 – Ports", 4: "Goal 4 – Skills"}
    assert _goal_reason(gappy, {1, 2, 3, 4, 5}, passage) == (
        "none of the closest passages speaks of goal 5"
    )
    funded = "Goal 5: twelve new ferry berths, EUR 2 million."
    assert _goal_reason(gappy, {1, 2, 3, 4, 5}, funded) is None


def test_a_definition_asks_about_its_words_beside_the_names() -> None:
    """ "Kari Holms stillingsbetegnelse": the names say whose, the other words what is
    asked, and the corpus that never uses those does not answer it."""
    corpus = WordList("fjordby", "harbour", "kari", "holms", "rolle")
    assert _refusal("Hvad er Kari Holms stillingsbetegnelse i Fjordby?", corpus) == (
        "it speaks of Kari, Holms, Fjordby, but never of “stillingsbetegnelse”"
    )
    assert _refusal("Hvad er Kari Holms rolle i Fjordby?", corpus) is None


def test_a_lead_partner_is_said_by_the_role_or_by_who_leads_the_project() -> None:
    question = "Who is the lead partner of Fjordlink?"
    assert parse(question).kind == "person"
    assert reason_for(question, "Fjordlink is led by Vestby kommune.") is None
    assert reason_for(question, "Vestby kommune leder Fjordlink sammen med to havner.") is None
    assert reason_for(question, "Fjordlink | Leadpartner | Vestby kommune") is None
    assert reason_for(question, "Fjordlink was presented in Bergen last spring.") is not None


def test_a_role_no_cited_passage_names_is_refused_in_the_questions_words() -> None:
    """The refusal says which role is missing; a coordinator is also whom a programme is
    "coordinated by"."""
    intent = parse("Who is the treasurer of the Fell Network?")
    text = "The Fell Network is chaired by Per Dahl."
    missing = _fact_missing(intent, [text], [text], {}, [text])
    assert missing is not None
    assert missing.reason == (
        "none of the closest passages names who is the treasurer of the Fell Network"
    )
    coordinated = "The Fell Network is coordinated by Lise Moen."
    asked = parse("Who is the programme coordinator of the Fell Network?")
    assert _fact_missing(asked, [coordinated], [coordinated], {}, [coordinated]) is None


def test_a_budget_of_the_things_a_review_covers_is_not_what_the_review_cost() -> None:
    intent = parse("Hvor mye kostet gjennomgangen av Fjordlinjen og Kystnettet?")
    budget = "Nøkkeltall for Fjordlinjen og Kystnettet\nBudsjett | 4,1 MNOK | 1,9 MNOK"
    intro = "Denne gjennomgangen av Fjordlinjen og Kystnettet ble gjort av Kystanalyse AS."
    missing = _fact_missing(intent, [budget, intro], [budget, intro], {}, [budget, intro])
    assert missing is not None
    thing = "gjennomgangen av Fjordlinjen og Kystnettet"
    assert missing.reason == f"none of the closest passages states a cost for “{thing}”"
    # The review's own budget, in a compound of its word, answers.
    own = "Budsjettet for sluttgjennomgangen av Fjordlinjen og Kystnettet var 0,4 MNOK."
    assert _fact_missing(intent, [own, intro], [own, intro], {}, [own, intro]) is None
    # A kind word before a name is the named thing: its budget is what it cost.
    project = parse("Hva kostet prosjektet Fjordlinjen?")
    line = "Fjordlinjen\nBudsjett | 4,1 MNOK\nProsjektet varte i tre år."
    assert _fact_missing(project, [line], [line], {}, [line]) is None
    # A word the passages never write (another language's) is not looked for.
    english = parse("What did the review of Fjordlinjen cost?")
    assert _fact_missing(english, [budget, intro], [budget, intro], {}, [budget, intro]) is None


def test_a_how_many_answered_by_a_measure_of_something_else_is_refused() -> None:
    intent = parse("Hur många säsongsarbetare reser över gränsen varje vecka?")
    lead = "(Swedish) 2. Handläggningstiden ska kortas från 30 till 12 dagar. — Mål [3]"
    spoken = "Rådgivningen vänder sig till säsongsarbetare på båda sidor om gränsen."
    refusal = uncounted(intent, lead, [spoken])
    assert refusal is not None
    assert refusal.reason == "none of the closest passages gives a number of säsongsarbetare"
    # A plan's parts are no people either.
    assert uncounted(intent, "Programmet har fem mål. [1]", [spoken]) is not None
    # A passage counting the asked thing, or a lead figure before another word (maybe
    # the thing in another language), or the asked word itself a measure: no refusal.
    counted = "Cirka 4 200 säsongsarbetare reser över gränsen varje vecka."
    assert uncounted(intent, lead, [spoken, counted]) is None
    other = "(Danish) Omkring 4 200 sæsonarbejdere krydser grænsen hver uge. [1]"
    assert uncounted(intent, other, [spoken]) is None
    # A lead with no count (how often is none), a passage with the word beside a
    # measure's or a reference's figure: refused.
    yearly = "(Swedish) Vi gör dessutom en årlig enkät bland arbetsgivare. [2]"
    beside = "Säsongsarbetare, se mål 2. Frågor från säsongsarbetare besvaras inom 5 dagar."
    assert uncounted(intent, yearly, [spoken, beside]) is not None
    ferries = parse("Hvor mange passagerer tog færgerne i fjor?")
    carried = "Færgerne fragtede 2,3 mio. passagerer i fjor."
    assert uncounted(ferries, f"(Danish) {carried} [1]", [carried]) is None
    days = parse("Hur många dagar ska handläggningen ta?")
    assert uncounted(days, lead, [spoken]) is None
    assert uncounted(parse("Vad gör rådgivningen?"), lead, [spoken]) is None


def test_a_how_many_is_answered_by_a_count_of_a_word_the_model_reads_as_the_asked_one() -> None:
    question = "Hvor mange frivillige hjalp til på Elvedagene i 2024?"
    lead = "(Norwegian) Elvedagene varte i 4 dager i 2024. — Program [1]"
    spoken = "Elvedagene trenger frivillige hvert år, og alle får en t-skjorte."
    helpers = "Rundt 140 dugnadsfolk stilte opp i 2024."
    intent = parse(question)
    assert uncounted(intent, lead, [spoken, helpers]) is not None
    alike = replace(intent, counted_as=("dugnadsfolk",))
    assert uncounted(alike, lead, [spoken, helpers]) is None


def test_a_day_of_a_month_or_an_items_number_in_the_lead_counts_nothing() -> None:
    intent = parse("Hur många kom till Sillfesten 2024?")
    spoken = "Sillfesten samlar föreningar från båda sidor av älven."
    dated = "- Sillfesten 2024 i Haparanda (6.–8. juni 2024) – bilder och filmer — Arkiv [1]"
    assert uncounted(intent, dated, [spoken]) is not None
    staff = parse("How many employees does the river office have?")
    row = "(Swedish) 2.3 Mapping the shoreline | River office | Karin Ek — 4. Contacts [2]"
    about = "The river office coordinates the work of the employees in both towns."
    assert uncounted(staff, row, [about]) is not None
    # A caption's number before its title counts nothing either.
    shares = parse("Hvor mange lærlinger fikk jobb i Nordby i 2024?")
    caption = "(Norwegian) Figur 2. Andel lærlinger med jobb etter ett år, 2020–2024, prosent. [1]"
    assert uncounted(shares, caption, [caption]) is not None
    # A count beside the thing counted still answers, also a figure written "1.200".
    counted = "(Swedish) 1.200 besökare kom till Sillfesten 2024. [1]"
    assert uncounted(intent, counted, [spoken]) is None
    # A Danish or Norwegian count in words that is an English word too, before a day.
    meetings = parse("Hvor mange møter holdt styret i 2024?")
    worded = "(Danish) Styrelsen holdt fire møder i 2024: 3. april i Nordby [1]"
    assert uncounted(meetings, worded, [worded]) is None
    assert uncounted(meetings, "The board met to discuss fire safety in 2024. [1]", []) is not None


def test_a_name_with_a_year_after_it_is_named_alone_in_an_amount_refusal() -> None:
    intent = parse("Hva var reisekostnadene til Fjordrådet i 2025?")
    text = "Fjordrådet har 1 200 medlemmer og holdt fire møder i 2025."
    missing = _fact_missing(intent, [text], [text], {}, [text])
    assert missing is not None and "None" not in missing.reason


def test_a_price_of_another_kind_of_the_asked_thing_does_not_answer() -> None:
    prices = "Ett dagskort kostar 45 kronor och ett veckokort 210 kronor på färjan."
    intent = parse("Vad kostar ett säsongskort på färjan?")
    missing = _fact_missing(intent, [prices], [prices], {}, [prices])
    assert missing is not None
    reason = "the closest passages price “dagskort”, not “ett säsongskort på färjan”"
    assert missing.reason == reason
    weekly = parse("Vad kostar ett veckokort på färjan?")
    assert _fact_missing(weekly, [prices], [prices], {}, [prices]) is None
    # Another language may name the asked card otherwise ("ugekort" is a "veckokort").
    danish = parse("Hvad koster et ugekort på færgen?")
    assert _fact_missing(danish, [prices], [prices], {}, [prices]) is None


def test_a_refused_amount_names_what_the_question_names_whole() -> None:
    intent = parse("Hvor meget er afsat til indsatsen Kyststi i skoven alene?")
    plain = "Projektet Kyststi for alle har fået tilsagn: 80 000. Partnere: Fjordby Kommune."
    missing = _fact_missing(intent, [plain], [plain], {}, [plain])
    assert missing is not None
    assert missing.reason == "none of the closest passages states an amount for Kyststi i skoven"
    # A possessive name owns the thing asked about: it is not what lacks an amount.
    owned = parse("Hvor meget er afsat til Fjordbys kyststi?")
    path = "Fjordbys kyststi er 12 km lang og åbnede i 2023."
    missing = _fact_missing(owned, [path], [path], {}, [path])
    assert missing is not None and missing.reason == "none of the closest passages states an amount"


def test_a_refused_amount_does_not_name_who_pays_or_whose_thing_it_is() -> None:
    """The body that spends or grants is not what lacks an amount, nor is an English
    possessive's owner; and where no cited passage states any figure, the plain reason is
    already true."""
    board = "Fjordby Harbour Board meets four times a year and has 1 200 members."
    other = "Strandvik Marina received a grant of 40 000 euro for new moorings."
    for question in (
        "How much will the Fjordby Harbour Board spend on the dredging study?",
        "How much does the Fjordby Harbour Board's yearly seminar cost?",
        "How much does the new ferry across Fjordby Harbour cost?",
    ):
        missing = _fact_missing(parse(question), [board, other], [board, other], {}, [board, other])
        assert missing is not None
        assert missing.reason == "none of the closest passages states an amount", question
    plain = "Projektet Kyststi for alle åbnede i 2023 med tre partnere."
    intent = parse("Hvor meget er afsat til indsatsen Kyststi i skoven alene?")
    missing = _fact_missing(intent, [plain], [plain], {}, [plain])
    assert missing is not None and missing.reason == "none of the closest passages states an amount"


def test_a_country_a_passage_writes_in_another_language_is_not_said_to_be_unmentioned() -> None:
    corpus = WordList("ferry", "fjord")
    finnish = "Finska resenärer betalar 8 euro för en enkelbiljett på färjan."
    question = "How do I apply for a Finnish driving licence?"
    refused = _refusal(question, corpus, finnish)
    assert refused is not None and "never mentions" not in refused
    assert _refusal(question, corpus) == "it never mentions Finnish"


def test_a_how_many_took_part_is_answered_only_by_a_count_of_those_who_took_part() -> None:
    intent = parse("Hur många deltog i kursen om kustfiske?")
    dated = "Kursen om kustfiske hålls onsdagen 14.3.2029 kl. 9.00–11.30 i Nordhamn. — Kurser [1]"
    held = "4 — “Kurser och seminarier”, “2028” [1]"
    about = "Kursen om kustfiske vänder sig till yrkesfiskare i båda länderna."
    for lead in (dated, held):
        refusal = uncounted(intent, lead, [about])
        assert refusal is not None
        assert refusal.reason == "none of the closest passages gives a number of participants"
    came = "Kursen om kustfiske samlade 85 deltagare från tre länder."
    assert uncounted(intent, f"(Swedish) {came} [1]", [came]) is None
    assert uncounted(intent, dated, [about, came]) is None
    # Participants of another year than the asked one, or in another sentence, are none.
    yearly = parse("How many attended the coastal fishing course in 2029?")
    earlier = "In 2027 the course had 85 participants. It is held again in 2029."
    assert uncounted(yearly, dated, [earlier]) is not None
    apart = "The course ended with a survey of all participants. 40 boats took part too."
    assert uncounted(intent, dated, [apart]) is not None


def test_how_many_participants_is_answered_only_by_the_named_events_count() -> None:
    intent = parse("Hvor mange deltakere var det på Fjordmessen 2029?")
    held = "(Swedish) Fjordmessen 2029 hålls 3.–4. maj 2029 i Nordhamn. — Beslut [1]"
    other = "Det första nätverksmötet i Nordhamn samlade 41 deltagare."
    refusal = uncounted(intent, held, [held, other])
    assert refusal is not None
    assert refusal.reason == "none of the closest passages gives a number of participants"
    came = "Fjordmessen samlade 640 deltagare från fyra länder."
    assert uncounted(intent, held, [held, other, came]) is None


def test_a_how_many_is_not_answered_by_an_items_number_nor_a_figure_after_its_currency() -> None:
    intent = parse("How many ferries use the new charging berths?")
    row = "| Nordhamn Port Ltd | Role: Lead partner, charging berth 2 | Budget (EUR): 900,000 |"
    about = "The charging berths let ferries charge while they lie at the quay."
    refusal = uncounted(intent, f"{row} — Partners [1]", [about])
    assert refusal is not None
    assert refusal.reason == "none of the closest passages gives a number of ferries"
    # A figure that ends a sentence still counts.
    assert uncounted(intent, "The number of ferries charging there was 12. [1]", [about]) is None


def test_a_how_many_for_a_year_needs_a_count_of_that_year() -> None:
    intent = parse("Hvor mange søknader kom inn i 2027?")
    lead = "- veilede søkere i søknadsrundene 2027 — Stilling [1]"
    counted = "Rådet fikk 52 søknader i 2026. Søknadsfrist: 8. mars 2027."
    rounds = "I 2027 åpner rådet to søknadsrunder med til sammen 4 mio. kroner."
    refusal = uncounted(intent, lead, [counted, rounds])
    assert refusal is not None
    assert refusal.reason == "none of the closest passages gives a number of søknader for 2027"
    assert uncounted(parse("Hvor mange søknader kom inn i 2026?"), lead, [counted]) is None
    # A count in a sentence that names no year stands for the year of its passage.
    only = "Årsrapport 2027\nRådet fikk i alt 61 søknader."
    assert uncounted(intent, lead, [only]) is None


def test_the_nth_item_of_a_named_project_is_not_another_projects() -> None:
    question = "What is the fourth work package of the HARBOURLINK project?"
    named = "HARBOURLINK connects three ferry ports with shared booking."
    other = "| WP4 | Work package: Pilot quays in Nordhamn | Lead: Port of Nordhamn |"
    refusal = _fact_missing(parse(question), [named, other], [named, other], {}, [named, other])
    assert refusal is not None
    assert (
        refusal.reason == "none of the closest passages that name HARBOURLINK speaks of “package”"
    )
    # A passage that names the project and its work packages may answer.
    own = "HARBOURLINK has four work packages; the fourth one is about training crews."
    assert _fact_missing(parse(question), [own, other], [own, other], {}, [own, other]) is None


def test_the_nth_item_of_a_report_is_counted_in_its_own_numbered_list() -> None:
    question = "What is the sixth proposal of the Ferry Review?"
    summary = "The Ferry Review was carried out among island residents in 2024."
    proposals = (
        "2. Proposals / Forslag\nThe working group proposes that the county:\n"
        "1. buys two electric ferries;\n2. moves the winter timetable;\n"
        "3. opens a booking office on Holmø.\n\n3. Method"
    )
    other = "The harbour plan lists six proposals for new quays."
    cited = [summary, proposals, other]
    titles = ["Ferry Review 2024", "Ferry Review 2024", "Harbour plan"]
    refusal = _fact_missing(parse(question), cited, cited, {}, cited, (), titles)
    assert refusal is not None
    assert refusal.reason == "the closest passages list 3 (“Proposals”), no “sixth proposal”"
    # Without the titles, the list stands in a passage that does not name the review.
    refusal = _fact_missing(parse(question), cited, cited, {}, cited)
    assert refusal is not None
    assert refusal.reason.startswith("none of the closest passages that name Ferry Review")
    # The third one is there: nothing is missing.
    third = parse("What is the third proposal of the Ferry Review?")
    assert _fact_missing(third, cited, cited, {}, cited, (), titles) is None


def test_a_figure_in_a_parenthesis_counts_what_the_clause_before_it_names() -> None:
    """ "The number of course participants was higher than expected (64 against a goal of
    50)": the figures in the parenthesis are of the participants the clause names, five
    words and more before them."""
    intent = parse("How many participants completed the course in 2028, and what was the goal?")
    said = (
        "Antallet gjennomførte kursdeltakere ble høyere enn ventet (64 mot målet 50 for 2028), "
        "og kurset gjentas."
    )
    lead = f"(Norwegian) {said} [1]"
    assert uncounted(intent, lead, [said]) is None
    # Past a comma, the clause before the parenthesis names no participants.
    far = "Antallet kursdeltakere økte kraftig, og kurset gjentas i flere nye byer (64 i alt)."
    assert uncounted(intent, "Kurset gjentas. [1]", [far]) is not None


def test_a_count_of_participants_refused_names_the_numbered_occasion_asked() -> None:
    intent = parse("How many took part in the third workshop on peat bogs?")
    held = "The workshops on peat bogs are held in Myrvik every month. — Events [1]"
    first = "Fifty-two people came to the first workshop on peat bogs in Myrvik."
    refusal = uncounted(intent, held, [held, first])
    assert refusal is not None
    reason = "none of the closest passages gives a number of participants for “third workshop”"
    assert refusal.reason == reason
    unnumbered = parse("How many took part in the workshops on peat bogs?")
    refused = uncounted(unnumbered, held, [held])
    assert refused is not None
    assert refused.reason.endswith("number of participants")


def test_a_route_one_of_whose_ends_the_corpus_never_names_is_refused() -> None:
    corpus = WordList("fjordby", "harbour", "ferries", "leave", "first", "norway", "commute")
    refused = _refusal("When does the first ferry leave from Fjordby to Lundvik?", corpus)
    assert refused == "it never mentions Lundvik"
    assert _refusal("Når går første ferje mellom Lundvik og Fjordby?", corpus) == (
        "it never mentions Lundvik"
    )
    # A country is named in the corpus's own language ("Sverige"); the known end alone
    # is no route.
    assert _refusal("Which ferries leave from Fjordby to Sweden?", corpus) is None
    # A place a cited passage spells in another language ("Lundvik" for "Lundvika").
    spelled = _refusal("When do ferries leave from Fjordby to Lundvika?", corpus, "Fjordby–Lundvik")
    assert "Lundvika" not in (spelled or "")
    assert _refusal("Which ferries leave from Fjordby?", corpus) is None


def test_a_call_asked_in_one_language_is_named_in_another() -> None:
    corpus = WordList(
        "fjordby", "harbour", "call", "proposals", "green", "quays", "ga", "havnen", "penger", "het"
    )
    question = "Hvilken utlysning ga havnen i Fjordby penger, og hva het den?"
    named = "The call for proposals: Green Quays funded the Fjordby harbour."
    assert _refusal(question, corpus, passage=named) is None
    # A passage that names no call does not answer which call it was.
    assert "utlysning" in (_refusal(question, corpus, passage="Fjordby harbour") or "")

"""Requests for advice and questions about the asker's own situation: the documents answer
them only where they speak of the thing itself, however close the question's other words
bring their passages. Made-up texts in other wording than any tester's."""

from __future__ import annotations

import pytest

from nordask.policy import Signals, _spelled_otherwise, abstain_reason
from nordask.query import advice_topic, asks_writing, parse
from nordask.settings import RetrievalSettings
from test_policy import _refusal as _decided
from test_policy import reason_for, refusal_for
from word_lists import WordList

#: A passage that speaks of the places and the work, but not of any insurance.
COMMUTING = (
    "Myndighetssamverkan mellan Norge och Sverige gör det lättare för den som pendlar över "
    "gränsen att hitta arbete och förankring i regionen."
)
#: A close match: above the bar under which unknown words refuse any question.
CLOSE = Signals(dense=0.45, coverage=0.8, relevance=0.65)


def _refusal(question: str, unknown: list[str]) -> str | None:
    refusal = abstain_reason(
        parse(question),
        [COMMUTING],
        [COMMUTING],
        CLOSE,
        knows=lambda _term: True,
        unknown_names=[],
        unknown_topic=unknown,
        goals={},
        thresholds=RetrievalSettings(),
    )
    return refusal.reason if refusal else None


def test_the_askers_own_situation_needs_the_thing_itself() -> None:
    question = "Vilken tandförsäkring gäller om jag bor i Norge men arbetar i Sverige?"
    expected = "the question seems to be outside what the corpus covers"
    assert _refusal(question, ["tandförsäkring"]) == expected


def test_a_close_question_about_the_documents_is_not_refused_for_one_unknown_word() -> None:
    question = "Vilken tandförsäkring nämns i samverkan mellan Norge och Sverige?"
    assert _refusal(question, ["tandförsäkring"]) is None


def test_a_word_that_opens_otherwise_is_no_spelling_of_the_asked_one() -> None:
    assert not _spelled_otherwise("tandförsäkring", [COMMUTING])
    assert _spelled_otherwise("grænsehindring", ["Arbetet mot gränshinder fortsätter."])


@pytest.mark.parametrize(
    "question",
    [
        "What is the best way to learn Finnish?",
        "Hva er den beste måten å lære seg finsk på?",
        "Vad är bästa sättet att lära sig finska?",
    ],
)
def test_the_best_way_to_do_something_asks_for_advice(question: str) -> None:
    assert advice_topic(question) is not None
    expected = "none of the closest passages recommends or advises on it"
    assert reason_for(question, COMMUTING) == expected


def test_best_practice_is_what_documents_collect() -> None:
    assert advice_topic("What is the best practice for cross-border commuting?") is None


#: A passage on the same crossing that states no rule for anyone crossing it.
FERRY_PLAN = (
    "Ferjeutvalget for Tallvik skal kartlegge to grensehindre per år. "
    "The ferry committee will publish a yearly report on the crossing."
)


@pytest.mark.parametrize(
    "question",
    [
        "Must I carry an ID card when I take the Tallvik ferry into Norway?",
        "Behöver jag legitimation när jag tar färjan till Tallvik?",
        "How do I apply for a visa to visit Tallvik?",
    ],
)
def test_a_question_about_a_rule_needs_a_passage_that_states_one(question: str) -> None:
    refusal = refusal_for(question, [FERRY_PLAN])
    assert refusal is not None and refusal.check == "rule"
    assert "states a rule or requirement on" in refusal.reason


def test_a_stated_rule_on_the_asked_thing_answers() -> None:
    rule = "All passengers must carry an ID card on the Tallvik ferry."
    question = "Must I carry an ID card when I take the Tallvik ferry into Norway?"
    assert refusal_for(question, [FERRY_PLAN, rule]) is None
    regel = "Resenärer från tredje land behöver visum för att resa in."
    assert refusal_for("Behöver jag visum för att resa till Tallvik?", [regel]) is None
    # A rule on another thing of the same passages is not the asked one's.
    assert refusal_for("Behöver jag visum för att resa till Tallvik?", [FERRY_PLAN]) is not None


def test_the_reason_names_the_asked_thing_in_the_questions_language() -> None:
    # "visa" is the Swedish "show", a word that frames a question, but not in English.
    refusal = refusal_for("How do I apply for a visa to visit Tallvik?", [FERRY_PLAN])
    assert refusal is not None and "“visa”" in refusal.reason


def test_a_question_about_the_documents_is_no_rule_question() -> None:
    assert refusal_for("What will the ferry committee publish each year?", [FERRY_PLAN]) is None


@pytest.mark.parametrize(
    "question",
    [
        "Write a LinkedIn post about Tallvik joining the ferry committee",
        "Can you draft a newsletter for the ferry committee about the crossing?",
        "Kan du skrive en pressemelding om ferjeutvalget for Tallvik?",
        "Kan du hjälpa mig skriva ett tal om färjan till Tallvik?",
    ],
)
def test_a_request_to_write_something_new_is_a_task_for_a_writer(question: str) -> None:
    refusal = refusal_for(question, [FERRY_PLAN])
    assert refusal is not None and refusal.check == "writing"


@pytest.mark.parametrize(
    "question",
    [
        "Write a summary of what the ferry committee will publish",
        "Skriv en oversikt over grensehindrene ferjeutvalget kartlegger",
        "Kan rapporten fra ferjeutvalget skrives på engelsk?",
    ],
)
def test_a_summary_or_a_question_about_writing_asks_the_documents(question: str) -> None:
    assert not asks_writing(question)


def test_a_how_to_task_on_a_thing_never_written_is_refused_whatever_says_where() -> None:
    """ "kommunens system" says where the task is done, which any plan may write; the
    thing it is done to ("tidrapporten") is what the documents would have to speak of."""
    corpus = WordList("fyller", "kommunens", "system", "ansökan", "fjordby", "harbour")
    outside = "the question seems to be outside what the corpus covers"
    assert _decided("Hur fyller jag i tidrapporten i kommunens system?", corpus) == outside
    assert _decided("Hur fyller jag i ansökan i kommunens system?", corpus) != outside

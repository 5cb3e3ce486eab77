"""What-is questions that ask for a value ("What is the co-funding rate for schools?",
"Hva er timeprisen for tolker?"): the sentence that states it answers, a passage that
states none is no reason to say the corpus gives "no definition", and what the value is
of must be written in the corpus (fake embedder, no model)."""

from __future__ import annotations

import pytest

from cited import file_supports
from nordask.answer import compose
from nordask.attributes import asked_value, value_sentence
from nordask.passages import Support
from nordask.policy import _fact_missing, decide, value_missing
from nordask.query import parse
from nordask.settings import RetrievalSettings
from word_lists import WordList

CALL = (
    "Utlysning för skärgårdsfonden 2027\n\n"
    "Fonden stöder projekt som stärker öarnas service året runt.\n\n"
    "Kommuner | 55 % | högst 24 månader\n"
    "Museer och arkiv | 85 % | inkl. hembygdsmuseer\n"
    "Ideella föreningar | 90 % | eget arbete godkänns\n\n"
    "Vi söker en färjesamordnare till kontoret i Holmvik. Vi erbjuder månadslön "
    "kr 41 000–46 000 beroende på erfarenhet, och friskvårdsbidrag.\n"
)


@pytest.fixture(scope="module")
def supports(tmp_path_factory: pytest.TempPathFactory) -> list[Support]:
    return file_supports(tmp_path_factory.mktemp("call"), "utlysning.txt", CALL)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What is the co-funding rate for schools?", "rate"),
        ("Hva er timeprisen for tolker?", "timeprisen"),
        ("What is the monthly salary of the ferry coordinator?", "salary"),
        ("Vad är lönen för färjesamordnaren?", "lönen"),
        ("Hvad er satsen for kørselsgodtgørelse?", "satsen"),
        # A term to define: an article, or a bare noun with nothing after it.
        ("What is a flat rate?", None),
        ("Hva er egenandel?", None),
        ("Hva er lønn?", None),
        ("Hva er lønnen?", "lønnen"),
        ("What is the Harbour Council?", None),
    ],
)
def test_a_what_is_question_on_an_attribute_asks_its_value(question: str, word: str) -> None:
    asked = asked_value(question, parse(question).subject)
    assert (asked.word if asked else None) == word


def test_the_sentence_that_states_the_value_answers(supports: list[Support]) -> None:
    question = "What is the co-funding rate for museums in the 2027 call?"
    asked = asked_value(question, parse(question).subject)
    assert asked and "85 %" in (value_sentence(asked, supports) or supports[0]).text
    question = "What is the monthly salary of the ferry coordinator in Holmvik?"
    text, _ = compose(parse(question), supports, "en")
    first = text.split("\n")[0]
    assert "41 000–46 000" in first and "no definition" not in text, text


def test_a_value_no_passage_states_is_refused_with_that_reason() -> None:
    question = "What is the co-funding rate for museums?"
    passages = ["The fund has supported eleven museums since 2019. Staff costs rose by 12 %."]
    refusal = value_missing(parse(question), passages)
    assert refusal is not None
    assert refusal.reason == "none of the closest passages states the co-funding rate for museums"


def test_a_value_of_something_the_corpus_never_names_is_refused() -> None:
    corpus = WordList("rate", "vatnet", "interest", "ferry", "norway", lenient=True)
    passage = "In Norway the ferry company's interest rate on loans is 4 %."
    question = "What is the VAT rate in Norway?"
    found = decide(
        parse(question), question, [passage], [passage], 0.3, corpus, {}, RetrievalSettings()
    )
    assert found.refusal is not None and "“vat”" in found.refusal.reason
    question = "What is the interest rate in Norway?"
    found = decide(
        parse(question), question, [passage], [passage], 0.3, corpus, {}, RetrievalSettings()
    )
    assert found.refusal is None or "interest" not in found.refusal.reason


def test_the_worth_of_something_the_corpus_never_names_is_refused() -> None:
    """ "Hva er verdien av sildefondet?" asks a worth, like a rate, of what the corpus must
    write; "the value of ferries" is of something it does."""
    corpus = WordList("verdien", "value", "ferries", "fjordby", lenient=True)
    passage = "The value of ferries for Fjordby is large."
    for question, refused in (
        ("Hva er verdien av sildefondet?", True),
        ("What is the value of ferries for Fjordby?", False),
    ):
        found = decide(
            parse(question), question, [passage], [passage], 0.3, corpus, {}, RetrievalSettings()
        )
        assert (found.refusal is not None and found.refusal.check == "unknown_topic") is refused


def test_a_budget_bound_a_call_sets_prices_nothing() -> None:
    """ "The project's budget is at least EUR 40 000" is the call's rule: it is no price
    of a ferry ticket, where a budget of its own is a cost."""
    question = "Hvor mye koster en ferjebillett til Lauvøy?"
    bounded = "Prosjektets samlede budsjett må være minst NOK 400 000 og høyst NOK 2 mill."
    passages = [f"Lauvøy kommune lyser ut midler. {bounded}"] * 3
    refusal = _fact_missing(parse(question), passages, passages, {}, passages)
    assert refusal is not None and refusal.check == "amount"

"""Sources are numbered in the order the answer first cites them (numbering.py): the
answer's first citation is [1], whatever place search gave its passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.assistant import Assistant
from nordask.evaluation.evalset import Question, Relevant
from nordask.evaluation.runner import run, summarize
from nordask.explain import format_explain
from nordask.numbering import citation_marks, in_cited_order
from nordask.records import Answer, Citation


def _citation(n: int, text: str) -> Citation:
    return Citation(n, "plan.md", "Plan", None, "en", 0.5 - n / 100, text, text, (0, len(text)))


def _answer(text: str, *passages: str) -> Answer:
    cites = [_citation(n, t) for n, t in enumerate(passages, start=1)]
    return Answer("Who?", text, True, [], cites)


def test_the_first_cited_source_is_one_and_the_uncited_follow_in_search_order() -> None:
    answer = _answer(
        "Harbour Council [3]; Ferry Board [1][4].\n\n[3] “The council runs it.”",
        "The board sails.",
        "Weather.",
        "The council runs it.",
        "The board also sails.",
        "Tides.",
    )
    shown = in_cited_order(answer)
    assert shown.answer == "Harbour Council [1]; Ferry Board [2][3].\n\n[1] “The council runs it.”"
    assert [c.text for c in shown.citations] == [
        "The council runs it.",
        "The board sails.",
        "The board also sails.",
        "Weather.",
        "Tides.",
    ]
    assert [c.n for c in shown.citations] == [1, 2, 3, 4, 5]


def test_marks_of_one_run_stay_ascending() -> None:
    answer = _answer("A [2]. B [3][1].", "one", "two", "three")
    assert in_cited_order(answer).answer == "A [1]. B [2][3]."


def test_an_answer_already_in_order_is_left_as_it_is() -> None:
    answer = _answer("A [1]; B [2].", "one", "two", "three")
    assert in_cited_order(answer) is answer


def test_a_bracket_the_quoted_passage_holds_is_no_citation() -> None:
    passage = "Fares rose, as shown in [1], by a tenth."
    answer = _answer(f"[2] “{passage}”", "Other line.", passage)
    marks = citation_marks(answer.answer, answer.citations)
    assert [m.start() for m in marks] == [0]
    shown = in_cited_order(answer)
    assert shown.answer == f"[1] “{passage}”"  # the report's own [1] is quoted as written
    assert shown.citations[0].text == passage


def test_a_number_beyond_the_sources_is_left_alone() -> None:
    answer = _answer("A [2], see note [7].", "one", "two")
    assert in_cited_order(answer).answer == "A [1], see note [7]."


#: Search ranks the news item first (it repeats the question's words); the answer is
#: the plan's line of the year asked.
NEWS = "Fjellrådet vil starte tettere samarbeid med regioner i 2021, skriver rådet.\n"
PLAN = (
    "K.4.a. Samarbeid over grensen\n\n"
    "Fjellrådet: D2021: Start for tettere samarbeid på regionalt nivå mellom Region Nordby "
    "og Vestmark fylke.\n"
)


@pytest.fixture
def assistant(tmp_path: Path, fake_embedder) -> Assistant:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "plan.txt").write_text(PLAN, encoding="utf-8")
    return Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)


def test_the_passage_the_answer_names_is_source_one(assistant: Assistant) -> None:
    question = "Mellom hvilke regioner skal Fjellrådet starte tettere samarbeid i 2021?"
    answer = assistant.ask(question, explain=True)
    assert answer.answer.startswith("Region Nordby [1]"), answer.answer
    assert [c.doc for c in answer.citations] == ["plan.txt", "news.txt"]
    assert [(c.n, c.searched_rank) for c in answer.explain.citations] == [(1, 2), (2, 1)]
    assert "final rank 2 · shown as [1]" in format_explain(answer)


def test_the_eval_reports_ranks_as_shown_and_as_searched(assistant: Assistant) -> None:
    """R@5 and MRR read the sources as shown; search_recall@5 and search_mrr read the
    order search gave them, so that an evaluator sees what each order does."""
    question = Question(
        "q1",
        "Mellom hvilke regioner skal Fjellrådet starte tettere samarbeid i 2021?",
        "no",
        True,
        (Relevant("plan.txt", "Region Nordby og Vestmark fylke"),),
        ("Region Nordby",),
    )
    [judged] = run(assistant, [question], k=5)
    assert (judged.matched_ranks, judged.searched_ranks) == ([1], [2])
    metrics = summarize([judged], k=10)
    assert (metrics["mrr@10"], metrics["search_mrr@10"]) == (1.0, 0.5)

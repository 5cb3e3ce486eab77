"""End-to-end answers with the real model on the bundled corpus."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PDF = "handlingsplan-2021-24-regionalsektoren.pdf"


def test_electric_aviation_names_the_committees_with_pdf_citations(assistant) -> None:
    answer = assistant.ask("Which committees work on electric aviation?")
    assert answer.answered
    assert {"Kvarkenrådet", "Mittnordenkommittén"} <= set(answer.entities)
    for name in ("Kvarkenrådet", "Mittnordenkommittén"):
        assert name in answer.answer
    cited = [c for c in answer.citations if c.doc == PDF]
    assert cited and all(c.lang == "sv" and c.page for c in cited)
    assert {c.page for c in cited} & {4, 5}
    # Every marker points at a citation, and each citation quotes its own passage.
    numbers = {c.n for c in answer.citations}
    assert all(f"[{n}]" in answer.answer for n in {1, 2} & numbers)
    assert all(c.evidence in c.text for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "doc", "phrase"),
    [
        # Swedish question, English passage.
        (
            "Vilka marknader följer projektet om nordiska hållbara städers exportsatsningar?",
            "nordregio-regional-innovation-projects.txt",
            "three markets",
        ),
        # Danish question, Swedish passage.
        ("Hvilke universiteter samarbejder Kvarkenrådet med om elfly?", PDF, "Umeå Universitet"),
        # Norwegian question, English passage.
        (
            "Hva skal partnerskapet for klimanøytrale kommuner tilby små og mellomstore byer?",
            "nordic-climate-neutral-municipalities-partnership.txt",
            "toolbox",
        ),
        # English question, Norwegian passage.
        (
            "How big is the Nordic working group that Värmland-Østfold proposes?",
            PDF,
            "nordisk arbeidsgruppe",
        ),
    ],
)
def test_questions_find_passages_across_languages(assistant, question, doc, phrase) -> None:
    answer = assistant.ask(question, k=5)
    assert any(c.doc == doc and phrase in c.text for c in answer.citations), [
        (c.doc, c.page, c.evidence[:60]) for c in answer.citations
    ]


def test_filters_and_near_duplicates(assistant) -> None:
    answer = assistant.ask("regional innovation", k=8, lang="en")
    assert {c.lang for c in answer.citations} == {"en"}
    texts = [c.text for c in answer.citations]
    assert len(set(texts)) == len(texts)
    only_pdf = assistant.ask("budget", k=3, doc="handlingsplan")
    assert {c.doc for c in only_pdf.citations} == {PDF}


def test_unanswerable_money_question_abstains(assistant) -> None:
    answer = assistant.ask("How large is the budget of the Northern Connections project?")
    assert not answer.answered
    assert "does not seem to answer" in answer.answer
    assert answer.citations and all(c.weak for c in answer.citations)


def test_chunks_stay_under_the_model_token_limit(assistant, e5_model) -> None:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(e5_model / "tokenizer.json"))
    longest = max(
        len(tokenizer.encode("passage: " + c.text).ids)
        for c in (assistant.backend.chunk(row) for row in range(assistant.passage_count))
    )
    assert longest < 400

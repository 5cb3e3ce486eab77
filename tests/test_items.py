"""The numbered items of a list, on made-up text (no model): which item a question asks
for, and the one a passage's numbered list gives."""

from __future__ import annotations

from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.items import asked_item, nth_asked, nth_item
from nordask.passages import Support
from nordask.query import GOAL_WORD, parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings


def _chunk(text: str, lang: str = "no") -> Chunk:
    document = Document(doc="styret.txt", title="Styrets plan", text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: lang})
    assert len(chunks) == 1
    return chunks[0]


def test_the_item_a_question_asks_for_is_owned_by_its_list() -> None:
    assert asked_item("Hva er styrets tredje satsing?") == (3, "satsing", "tredje satsing")
    assert asked_item("What is the fifth strategic goal?") == (5, "goal", "fifth strategic goal")
    assert asked_item("Which rules apply to workers from third countries?") is None


def test_the_nth_item_of_a_numbered_list() -> None:
    listed = (
        "Styret har fire satsinger: (1) havbruk, (2) turisme i fjellet, (3) vei og (4) bredbånd."
    )
    assert nth_item(listed, 2) == "(2) turisme i fjellet"
    assert nth_item(listed, 3) == "(3) vei"
    assert nth_item(listed, 4) == "(4) bredbånd"
    assert nth_item(listed, 5) is None
    assert nth_item("Se punkt (3) og (1).", 1) is None  # not a list 1, 2, 3


def test_an_item_within_the_count_leads_the_answer() -> None:
    plan = _chunk(
        "Styret møttes seks ganger i 2027. Styret har vedtatt fire satsinger for 2028: "
        "(1) havbruk, (2) turisme i fjellet, (3) bedre veier mellom bygdene og (4) bredbånd."
    )
    intent = parse("Hva går styrets tredje satsing for 2028 ut på?")
    text, _ = compose(intent, [Support(1, plan, 0, 0.6)], "no")
    assert text.startswith("(3) bedre veier mellom bygdene"), text


def test_the_nth_of_the_goals_a_question_describes() -> None:
    """An ordinal before the word for a goal, one word between at most, in any of the
    languages; "the last" is the last of them; an ordinal of another thing is none."""
    assert nth_asked("What is the total of the first coastal goal?", GOAL_WORD) == 1
    assert nth_asked("Hvor mye får det tredje målet om havner?", GOAL_WORD) == 3
    assert nth_asked("How much goes to the last goal?", GOAL_WORD) == -1
    assert nth_asked("How much goes to the first round of the call?", GOAL_WORD) is None

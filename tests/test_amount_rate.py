"""A money question gets the figure of the unit that says what it asks, on made-up text:
for a rate or a share, the per cent its sentence or cell states, not a sum of money a
closer sentence or the same row gives; of amounts, the one whose own sentence reads close,
not one borrowed from beside a close sentence."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.amounts import asks_rate
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk

FINANCES = (
    "Finances\n\n"
    "The orchard project received EUR 84 000 from the valley fund in the spring round. "
    "Staff make up 62 % of its costs; overheads are paid as a flat rate of 12 % of the "
    "staff costs."
)


def test_a_rate_asked_is_the_per_cent_its_own_words_name() -> None:
    chunk = one_chunk(FINANCES)
    support = support_holding(1, chunk, "orchard project received", 0.7)
    text, _ = compose(parse("How large is the flat rate for overhead costs?"), [support], "en")
    assert text.startswith("12 %")


def test_a_share_asked_is_stated_by_a_weaker_passage_over_a_sum() -> None:
    money = one_chunk("Budget\n\nThe lighthouse project has a budget of DKK 2,4 mio. in all.")
    share = one_chunk(
        "Conditions\n\nHøjst 30 % af budgettet må gå til partnere uden for regionen.",
        doc="other.txt",
    )
    supports = [
        support_holding(1, money, "lighthouse", 0.7),
        support_holding(2, share, "Højst", 0.6),
    ]
    question = "Hvor stor en del af budgettet må gå til partnere uden for regionen?"
    text, _ = compose(parse(question), supports, "da")
    assert text.startswith("Højst 30 % — Conditions [2]")


def test_a_rate_asked_of_a_row_is_its_cell_in_per_cent_not_its_sum() -> None:
    chunk = one_chunk(
        "Grant levels\n\n| Applicant | Max. rate | Max. amount |\n|---|---|---|\n"
        "| Associations | 70 % | EUR 20 000 |\n| Firms | 35 % | EUR 60 000 |\n"
    )
    support = support_holding(1, chunk, "Associations", 0.7)
    question = "What is the maximum grant rate for associations?"
    text, _ = compose(parse(question), [support], "en")
    assert text.startswith("70 %")


def test_a_rate_by_the_hour_is_money_not_a_share() -> None:
    assert asks_rate("Hvor stor er standardsatsen for indirekte kostnader?")
    assert asks_rate("What is the maximum grant rate for associations?")
    assert not asks_rate("What is the hourly rate for volunteer work?")
    assert not asks_rate("Which exchange rate does the budget use?")
    assert not asks_rate("Hvilke insatser finansieres?")
    assert not asks_rate("How much does the project receive?")


def _scored(n: int, chunk: Chunk, scores: dict[str, float], words: str) -> Support:
    """A support at the sentence holding `words`, each sentence scored by the first key of
    `scores` it holds (0.1 when none)."""
    texts = [chunk.text[a:b] for a, b in chunk.sentences]
    each = tuple(next((v for k, v in scores.items() if k in t), 0.1) for t in texts)
    support = support_holding(n, chunk, words, 0.0)
    return Support(n, chunk, support.sentence, each[support.sentence], each)


def test_the_amount_of_a_sentence_that_reads_close_beats_a_neighbours_amount() -> None:
    news = one_chunk(
        "News\n\nA harbour committee was formed in May this year. "
        "For next year the board has opened a call with a total of EUR 2 million."
    )
    terms = one_chunk(
        "Resources\n\nUtvalget disponerer NOK 80 000 per år til reiser og studier. "
        "Medlemmenes arbeidstid dekkes av egen organisasjon.",
        doc="other.txt",
    )
    supports = [
        _scored(1, news, {"formed": 0.6, "call": 0.3}, "formed"),
        _scored(2, terms, {"disponerer": 0.45, "arbeidstid": 0.5}, "arbeidstid"),
    ]
    question = "Does the harbour committee have its own budget, and how large is it?"
    text, _ = compose(parse(question), supports, "en")
    assert text.startswith("NOK 80 000")

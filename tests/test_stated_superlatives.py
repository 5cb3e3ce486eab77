"""Which-is-largest questions a text answers itself, on made-up documents (no model): a
sentence that says which item got the most ("Den største bevilgningen … går til …")
leads, not the round's total, another item's contact nor a figure of another kind."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.query import parse, superlative_kinds

_ROUND = (
    "Fondsstyret har fordelt i alt NOK 2,4 mill. til 14 lokale prosjekter. "
    "Den største bevilgningen, NOK 310 000, går til «Fjellsti for alle» i Breivik. "
    "Vi fikk 52 søknader, det høyeste antallet hittil. "
    "Kontakt: Ola Nordmo, rådgiver, ola@example.org"
)


def _first_line(question: str, cited: str) -> str:
    chunk = one_chunk(_ROUND, doc="fondsnytt.md")
    text, _ = compose(parse(question), [support_holding(1, chunk, cited, 0.6)], "no")
    return text.split("\n\n")[0]


def test_the_sentence_that_says_which_got_the_most_leads() -> None:
    question = "Which project received the largest grant from the fund, and how much?"
    line = _first_line("Hvilket prosjekt fikk største bevilgning, og hvor mye?", "Kontakt")
    assert "Fjellsti for alle" in line and "310 000" in line, line
    assert "Fjellsti for alle" in _first_line(question, "i alt")


def test_a_superlative_of_another_kind_or_a_bound_compares_nothing() -> None:
    assert superlative_kinds("det høyeste antallet hittil") != superlative_kinds("største")
    assert not superlative_kinds("Budgeten är minst 50 000 kronor.")
    assert superlative_kinds("den minsta budgeten") == superlative_kinds("the smallest grant")

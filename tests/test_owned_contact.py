"""A contact question for what a name owns ("X's booking office") asks for that thing's
detail, which another line beside the name does not give; and a line that gives the
detail asked answers a "what is X's phone number" question without a definition's frame
(fake embedder, no model)."""

from __future__ import annotations

import pytest

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import parse
from test_policy import refusal_for

FERRY = (
    "Lindholm Harbour Forum: ferry forum. Sundlinjen AS · Customer service +47 22 33 44 55 · "
    "post@sundlinjen.no"
)
OFFICE = "For Norway we refer to the Lindholm Harbour Forum booking office."


@pytest.mark.parametrize(
    ("question", "whose"),
    [
        (
            "What is the phone number of Lindholm Harbour Forum's booking office?",
            "Lindholm Harbour Forum's booking office",
        ),
        (
            "Hva er telefonnummeret til Lindholm Harbour Forums bookingkontor?",
            "Lindholm Harbour Forums bookingkontor",
        ),
    ],
)
def test_another_line_beside_the_name_gives_not_what_the_name_owns(
    question: str, whose: str
) -> None:
    refusal = refusal_for(question, [FERRY, OFFICE])
    assert refusal is not None
    assert refusal.reason == f"no passage gives a phone number for {whose}"


def test_a_name_s_own_number_needs_no_owned_thing() -> None:
    line = "Sigrun Dahl, adviser, sigrun.dahl@example.no, phone +47 55 12 34 56."
    refusal = refusal_for("What is Sigrun Dahl's phone number?", [line])
    assert refusal is None


def test_a_line_that_gives_the_asked_detail_answers_without_a_definition_frame() -> None:
    chunk = one_chunk(
        "Kontakt\n\nKoordinator Sigrun Dahl, sigrun.dahl@example.no, tlf. 55 12 34 56.",
        lang="da",
    )
    cited = [Support(1, chunk, sentence_at(chunk, "Sigrun Dahl"), 0.9)]
    text, _ = compose(parse("Hvad er Sigrun Dahls telefonnummer?"), cited, "da")
    first = text.split("\n")[0]
    assert "55 12 34 56" in first, text
    assert "no definition" not in first, text

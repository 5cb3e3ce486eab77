"""What happens if something is rejected (no model): "Hva gjør X hvis søknaden får
avslag?" asks what X does in that case, not what X is, and the sentence that states
the case ("Ved afslag …", "If the application is turned down, …") leads, quoted with
the line before it that says what is applied for."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import asks_rejected, parse
from nordask.quotes import quoted_sentences

_PLAN = (
    "K.2.c. Udvikle færgeruterne mellem havnene\n\n"
    "Havrådet: Havrådet vil føre resultaterne fra projektet Kystfærgen videre og bruge "
    "nogle af dets strategier.\n\n"
    "MP2025: ansøgning til Interreg om udvikling af færgeruten mellem havnene. Ved afslag "
    "holder vi selv et mindre netværksmøde.\n\n"
    "MP2026: et fælles netværk for havnene er etableret."
)


def test_what_a_body_does_in_a_case_is_no_definition() -> None:
    assert parse("Hva gjør Havrådet hvis søknaden får avslag?").kind == "free"
    assert parse("Vad gör Havrådet om ansökan avslås?").kind == "free"
    assert parse("Hvad gør Havrådet, hvis det regner?").kind == "free"
    assert parse("Hva gjør Havrådet?").kind == "definition"


def test_om_puts_a_case_only_before_a_rejection_to_come() -> None:
    assert asks_rejected("Vad händer om ansökan avslås?")
    assert not asks_rejected("Hvorfor fikk søknaden om støtte avslag?")  # "om" is "about"


def test_the_sentence_that_states_the_case_leads_with_what_is_rejected() -> None:
    chunk = one_chunk(_PLAN, doc="plan.txt", lang="da")
    support = Support(1, chunk, sentence_at(chunk, "føre resultaterne"), 0.6)
    question = "Hvad gør Havrådet, hvis ansøgningen om færgeruten får afslag?"
    first = compose(parse(question), [support], "da")[0].split("\n\n")[0]
    assert first.startswith("ansøgning til Interreg"), first
    assert "Ved afslag holder vi selv et mindre netværksmøde" in first, first


def test_the_case_is_asked_in_english_too() -> None:
    chunk = one_chunk(
        "The harbour group will take the results of the Coastal Ferry project further. "
        "It applies to Interreg for a study of the ferry route in 2025. If the "
        "application is turned down, the group holds a smaller meeting of its own.",
        doc="plan.txt",
    )
    support = Support(1, chunk, 0, 0.6)
    question = "What happens if the harbour group's application is rejected?"
    first = compose(parse(question), [support], "en")[0].split("\n\n")[0]
    assert "If the application is turned down, the group holds" in first, first
    assert "take the results" not in first, first


def test_a_bare_case_is_quoted_with_the_line_before() -> None:
    chunk = one_chunk(_PLAN, doc="plan.txt", lang="da")
    i = sentence_at(chunk, "Ved afslag")
    assert quoted_sentences(chunk, i, parse("Hva gjør Havrådet?")) == (i - 1, i)

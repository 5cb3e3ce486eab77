"""A bilingual slide or form labels a person by a role and its translation ("Formand /
Vorsitzende: Mette Holm"): the translation between the role and the colon does not hide the
name, and a note that the chair took over from someone names the earlier chair, not the
one asked. Made-up slides in other wording than any tester's."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.query import parse

SLIDE = """Kystrådet Vesterby / Küstenrat Vesterby

Bestyrelse / Vorstand 2030–2031

Formand / Vorsitzende: Mette Holm (Vesterby)

Næstformand / Stellvertretender Vorsitz: Per Lund (Østerby)

Sekretariatschef / Büroleiterin: Lise Krog

Mette overtager efter Hans Berg, der har været formand siden 2024.
"""


def _first_line(question: str, *said: str) -> str:
    chunk = one_chunk(SLIDE, lang="da", title="Kystrådet Vesterby")
    supports = [support_holding(n, chunk, w, 0.9 - n / 10) for n, w in enumerate(said, 1)]
    text, _ = compose(parse(question), supports, "en")
    return text.split("\n")[0]


def test_the_chair_labelled_with_a_translation_leads() -> None:
    line = _first_line("Who chairs the board of Kystrådet Vesterby?", "Mette overtager")
    assert line.startswith("Mette Holm")


def test_the_deputy_labelled_with_a_translation_is_named() -> None:
    line = _first_line("Hvem er nestleder i Kystrådet Vesterby?", "Formand / Vorsitzende")
    assert line.startswith("Per Lund")


def test_the_head_of_office_in_another_spelling_is_named() -> None:
    line = _first_line("Hvem er sekretariatssjef i Kystrådet Vesterby?", "Formand / Vorsitzende")
    assert line.startswith("Lise Krog")

"""A row of a two-column table is a labelled line (no model): its first cell says what
its second is, as "Label: value" does, so a timetable's row whose label is what the
question asks the day of answers it, not the table's first row; and of a who-to-ask
table, whose every row gives a contact, the row that reads closest to the question."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.labels import label_and_value
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk

#: A tender's timetable: two columns, the milestone and its day.
_TIMETABLE = (
    "# Anbudsgrunnlag – kartlegging av kystleder\n\n"
    "## 5. Tidsplan\n\n"
    "| Milepæl | Dato |\n"
    "|---|---|\n"
    "| Siste frist for å stille spørsmål | 3. februar 2028 |\n"
    "| Oppstartsmøte | 1. april 2028 |\n"
    "| Delleveranse | 9. september 2028 |\n"
    "| Sluttleveranse | 2. desember 2028 |\n"
)
#: An office handbook's table of whom to ask for what, each row with a mailbox.
_WHO_TO_ASK = (
    "# Kontorhåndbok\n\n"
    "## Hvem spør jeg om hva\n\n"
    "| Sak | Kontakt | E-post |\n"
    "|---|---|---|\n"
    "| PC, telefon og tilganger | Ole Brenna, IT-ansvarlig | it@fjordnett.no |\n"
    "| Reiser og utlegg | Siri Moen, økonomikonsulent | reise@fjordnett.no |\n"
    "| Lønn og ferie | Kari Vold, personalrådgiver | personal@fjordnett.no |\n"
)


def _chunk(text: str) -> Chunk:
    return one_chunk(text, "made-up.md", lang="no")


def test_a_two_cell_row_reads_as_its_label_and_its_value() -> None:
    assert label_and_value("| Endelig rapport | 2. desember 2028 |") == (
        "Endelig rapport",
        "2. desember 2028",
    )
    # A sentence split inside the value cell lost the closing bar.
    assert label_and_value("| Utkast til rapport | 9. september 2028 kl.") == (
        "Utkast til rapport",
        "9. september 2028 kl.",
    )
    assert label_and_value("| Sak | Kontakt | E-post |") is None  # three cells: no label line
    assert label_and_value("A sentence | with a bar in it.") is None


def test_the_timetable_row_the_question_names_gives_the_day() -> None:
    timetable = _chunk(_TIMETABLE)
    intent = parse("När ska delleveransen lämnas in?")
    supports = [Support(1, timetable, sentence_at(timetable, "Siste frist"), 0.5)]
    text, _ = compose(intent, supports, "sv")
    assert "9. september 2028" in text.split("\n\n")[0], text


def test_the_who_to_ask_row_closest_to_the_question_gives_the_contact() -> None:
    table = _chunk(_WHO_TO_ASK)
    asked = sentence_at(table, "Lønn og ferie")
    scores = tuple(0.6 if j == asked else 0.3 for j in range(len(table.sentences)))
    supports = [Support(1, table, asked, 0.5, scores)]
    text, _ = compose(parse("Hvem kan jeg kontakte om lønn?"), supports, "no")
    assert "Kari Vold" in text.split("\n\n")[0], text

"""Who heads a unit, on made-up documents (no model): the unit itself, named in the
question and standing as the responsible in a table row, is no answer to who leads
it; a sentence that names the unit, where it is and who leads it answers."""

from __future__ import annotations

from nordask.answer import compose
from nordask.cleaning import clean_text
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings
from nordask.tables import holds_partial_row


def _chunk(text: str, doc: str = "made-up.txt") -> Chunk:
    document = Document(doc=doc, title="Made up", text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})
    assert len(chunks) == 1
    return chunks[0]


#: An inspection report's actions: who is responsible for each.
ACTIONS = (
    "Tiltak\n\n"
    "Nr. | Tiltak | Ansvarlig | Frist\n\n"
    "1 | Nye rutiner for innkjøp i førstelinjeenheten. | Førstelinjeenheten (FLE) | 01.05.2027\n\n"
    "2 | Opplæring av saksbehandlere. | Personalavdelingen | 01.09.2027"
)
#: An organisation page: a unit, where it sits and who leads it.
UNITS = (
    "Organisasjon\n\n"
    "Förstalinjeenheten (FLE) arbetar från ett kontor i Holmvik, ledd av Petra Sandlund. "
    "Enheten har fem anställda."
)


def test_the_unit_asked_about_is_not_its_own_head() -> None:
    """ "Vem leder förstalinjeenheten (FLE)?": the row naming the unit responsible for an
    action does not say who leads it, however its name is spelled; the sentence saying it
    is led by a person answers."""
    actions, units = _chunk(ACTIONS, "rapport.txt"), _chunk(UNITS, "om-oss.txt")
    intent = parse("Vem leder förstalinjeenheten (FLE)?")
    supports = [Support(1, actions, 0, 0.6), Support(2, units, 0, 0.7)]
    text, names = compose(intent, supports, "sv")
    assert text.startswith("Petra Sandlund [2]"), text
    assert "Førstelinjeenheten (FLE)" not in names


def test_a_place_the_unit_sits_in_is_not_another_body_led() -> None:
    """ "… ett kontor i Holmvik, ledd av X": Holmvik is where the unit is, not a body X
    leads instead of the one asked."""
    text, names = compose(
        parse("Vem leder förstalinjeenheten?"), [Support(1, _chunk(UNITS), 0, 0.6)], "sv"
    )
    assert names == ["Petra Sandlund"], text


#: A web page's staff table laid out in columns of spaces, with label lines below.
STAFF_PAGE = (
    "Avdelinger\n\n"
    "  Avdeling               Leder                 Kontor\n"
    "  Tilskott               Hallvard Strøm        Nesby\n"
    "  Rådgjeving             Liv Aarnes (fung.)    Nesby\n"
    "  Drift                  Gunnar Teig           Ålvik\n\n"
    "Telefon:    +47 700 00 000\n"
    "E-post:     post@example.org\n"
    "Opningstider:  08.00–15.30\n"
)


def test_a_table_laid_out_with_spaces_keeps_its_cells_apart() -> None:
    """Each row of columns laid out with spaces becomes a row of cells between bars, a
    paragraph of its own; label lines aligned alike stay fields."""
    text = clean_text(STAFF_PAGE)
    assert "\n\nAvdeling | Leder | Kontor\n\n" in text, text
    assert "\n\nRådgjeving | Liv Aarnes (fung.) | Nesby\n\n" in text, text
    assert "Telefon: +47 700 00 000" in text and "Telefon |" not in text, text


def test_a_department_named_in_one_word_is_its_row() -> None:
    """ "Hvem er leder for driftsafdelingen?" names the row "Drift" under "Avdeling" by one
    compound of the row's label and a word for its column: the head in the row answers."""
    chunk = _chunk(clean_text(STAFF_PAGE), "om-oss.txt")
    text, _ = compose(
        parse("Hvem er leder for driftsafdelingen?"), [Support(1, chunk, 0, 0.6)], "no"
    )
    assert text.startswith("Gunnar Teig — “Drift”"), text


def test_a_two_part_who_question_names_the_one_asked_first() -> None:
    """ "Hvem er generalsekretær, og hvilken rolle har hun ellers?": the secretary general
    (a Nordic compound of the role), not the deputy chair a sentence before names; the
    second part's words do not decide which passage speaks of the one asked."""
    board = _chunk(
        "Styret\n\nFra 1. mars 2028 overtar Mona Vestli styreledervervet og Per Dal blir "
        "nestleder.\n\nSekretariatet ledes av generalsekretær Jorunn Bakke. Hun er også "
        "fungerende leder for utredningsseksjonen.",
        "styret.txt",
    )
    minutes = _chunk(
        "Referat\n\nStyret vedtok budsjettet for 2028. Rollen til revisor ble drøftet.",
        "referat.txt",
    )
    supports = [Support(1, minutes, 0, 0.7), Support(2, board, 0, 0.6)]
    intent = parse("Hvem er generalsekretær, og hvilken annen rolle har hun?")
    text, names = compose(intent, supports, "no")
    assert names[:1] == ["Jorunn Bakke"], text
    # The sentence that goes on about her answers the second part, on the first line.
    assert "fungerende leder for utredningsseksjonen" in text.split("\n\n")[0], text


#: An inspection's findings with the board's answer to each, one of them in part.
FINDINGS = (
    "Bilag 2. Påpegninger og bestyrelsens svar\n\n"
    "Nr. | Påpegning | Frist | Bestyrelsens svar\n\n"
    "1 | Bilag skal arkiveres elektronisk. | 01.02.2028 | Tiltrådt. Sker fra januar.\n\n"
    "2 | Alle rejser skal forhåndsgodkendes. | 01.04.2028 | Tiltrådt delvist. Kun rejser "
    "over 8 000 kr. forhåndsgodkendes.\n\n"
    "3 | Lønsedler kontrolleres månedligt. | 01.06.2028 | Tiltrådt."
)


def test_the_row_a_status_in_part_picks_answers_which_one() -> None:
    """ "Which finding did the board accept only in part?": the one row whose answer says
    "delvist", its answer first, with its row; not a summary nor another row."""
    chunk = _chunk(FINDINGS, "tilsyn.txt")
    assert holds_partial_row(chunk)
    intent = parse("Which finding did the board accept only in part, and what did they say?")
    text, _ = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    first = text.split("\n\n")[0]
    assert first.startswith("Tiltrådt delvist. Kun rejser over 8 000 kr."), text
    assert "2 Alle rejser skal forhåndsgodkendes." in first, text
    # Why it holds in part asks no which: the row's status is no answer.
    why = parse("Why did the board accept finding 2 only in part?")
    assert not compose(why, [Support(1, chunk, 0, 0.6)], "en")[0].startswith("Tiltrådt delvist")
    # A table whose rows all hold in full has no such row.
    assert not holds_partial_row(_chunk(FINDINGS.replace(" delvist", ""), "tilsyn.txt"))


def test_a_role_in_the_possessive_asks_for_no_one_in_it() -> None:
    """ "Who signs the treasurer's expense claims?" asks about the treasurer's claims: the
    treasurer a passage names is no answer."""
    chunk = _chunk(
        "Styret\n\nKasserer Eirik Holm fører regnskapet. Utlegg refunderes innen 30 dager.",
        "styret.txt",
    )
    intent = parse("Who signs the treasurer's expense claims?")
    _, names = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert "Eirik Holm" not in names
    _, names = compose(parse("Who is the treasurer?"), [Support(1, chunk, 0, 0.6)], "en")
    assert names == ["Eirik Holm"]

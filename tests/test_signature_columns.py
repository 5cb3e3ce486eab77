"""A table whose columns are records, one party each (no model): a signature page gives
each signer a column and one labelled field per row under it, so "when did B sign" is
the date under B's header, not the first date of the row nor another document's."""

from __future__ import annotations

from cited import one_chunk
from nordask.answer import compose
from nordask.cells import column_field
from nordask.passages import Support
from nordask.query import parse, states_day
from nordask.records import Chunk

#: The last page of a made-up agreement: three signers side by side.
_SIGNED = (
    "Underskrifter\n\n"
    "Aftalen er udfærdiget i tre eksemplarer.\n\n"
    "For Havby Kommune | For Region Sydkyst | For Øresundsnettet\n\n"
    "Sted: Havby | Sted: Sydby | Ort: Malmö\n\n"
    "Dato: 3. marts 2027 | Dato: 9. marts 2027 | Datum: 11 mars 2027\n\n"
    "Mette Lund | Jens Holm | Eva Berg\n"
)


def _chunk(text: str) -> Chunk:
    return one_chunk(text, "aftale.pdf", lang="da", title="Aftale")


def test_the_field_under_the_named_partys_column_answers() -> None:
    at = _SIGNED.index("Dato: 3.")
    cell = column_field(_SIGNED, at, "When did Region Sydkyst sign the agreement?", states_day)
    assert cell is not None and (cell.label, cell.value) == ("Dato", "9. marts 2027")
    assert (
        column_field(_SIGNED, _SIGNED.index("Sted:"), "When did Region Sydkyst sign?", states_day)
        is None
    )
    # A question that names no party's column, or a row with a label column, gives none.
    assert column_field(_SIGNED, at, "When was the agreement signed?", states_day) is None
    table = "| Part | Andel |\n\n| Havby Kommune | Andel: 45 % |\n"
    assert column_field(table, table.index("Havby"), "Havby Kommune?", states_day) is None


def test_when_a_party_signed_is_its_columns_date() -> None:
    page = _chunk(_SIGNED)
    row = next(i for i, (a, b) in enumerate(page.sentences) if "Dato:" in page.text[a:b])
    supports = [Support(1, page, row, 0.5)]
    text, _ = compose(parse("Hvornår underskrev Region Sydkyst aftalen?"), supports, "da")
    assert text.split("\n\n")[0].startswith("9. marts 2027"), text

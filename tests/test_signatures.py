"""Who holds a role, read from a letter's signature block laid out side by side, a unit's
head by the compound title that names the unit, and a who-question that names the holder
it asks about another one of (no model)."""

from __future__ import annotations

from pathlib import Path

from cited import file_supports, one_chunk
from nordask.answer import compose
from nordask.passages import Support
from nordask.people import names_holder, people_in_role, side_by_side
from nordask.query import parse

LETTER = (
    "# Yttrande över ny färjelag\n\n"
    "Fjordalliansen stöder lagförslaget men vill ha längre frister för ansökningar.\n\n"
    "## Synpunkter\n\n"
    + "Färjorna mellan öarna behöver fler turer och ett gemensamt biljettsystem. "
    * 24
    + "\n\n"
    "## Med hilsen / Med vänlig hälsning\n\n"
    "Sunniva Aas Bergland | Tormod Lie Rasch\n\n"
    "ordförande, Fjordalliansen | kanslichef\n\n"
    "Brevet är godkänt elektroniskt.\n"
)


def _supports(tmp_path: Path) -> list[Support]:
    """The letter's passages, each cited at the signature when it holds one."""
    cited = []
    for support in file_supports(tmp_path, "yttrande.md", LETTER):
        chunk = support.chunk
        at = [i for i, (a, b) in enumerate(chunk.sentences) if "Bergland" in chunk.text[a:b]]
        cited.append(Support(support.n, chunk, at[0], support.score) if at else support)
    return cited


def test_a_signature_row_pairs_each_name_with_the_role_under_it() -> None:
    text = "Sunniva Aas Bergland | Tormod Lie Rasch\n\nordförande, Fjordalliansen | kanslichef"
    assert [line for line, _ in side_by_side(text)] == [
        "Sunniva Aas Bergland, ordförande, Fjordalliansen",
        "Tormod Lie Rasch, kanslichef",
    ]
    # A row of cells that are no names is no signature.
    assert side_by_side("Region | Beløp\n\nNord | 200") == []


def test_the_chair_who_signed_is_the_one_over_the_chair_s_role(tmp_path: Path) -> None:
    supports = _supports(tmp_path)
    signed = [s for s in supports if "Bergland" in s.chunk.text]
    ranked = [s for s in supports if s not in signed] + signed  # the letter's body first
    question = "Who signed the statement on the ferry law as chair of the alliance?"
    people = people_in_role(parse(question), ranked)
    assert list(people) == ["Sunniva Aas Bergland"], people
    # The second name of the top row is not the first role of the row below.
    chair = "Vem är ordförande i Fjordalliansen?"
    assert all(names_holder(chair, s.chunk) for s in signed)
    assert list(people_in_role(parse(chair), signed)) == ["Sunniva Aas Bergland"]
    head = "Vem är kanslichef i Fjordalliansen?"
    assert list(people_in_role(parse(head), signed)) == ["Tormod Lie Rasch"]


def test_a_question_for_the_holder_before_a_named_one_is_not_answered_by_them(
    tmp_path: Path,
) -> None:
    ranked = _supports(tmp_path)
    before = parse("Vem var ordförande i Fjordalliansen före Sunniva Aas Bergland?")
    assert "Sunniva Aas Bergland" not in people_in_role(before, ranked)
    now = parse("Vem är ordförande i Fjordalliansen?")
    assert "Sunniva Aas Bergland" in people_in_role(now, ranked)

    said = one_chunk("Sedan 2024 är Sunniva Aas Bergland ordförande i Fjordalliansen.")
    assert not people_in_role(before, [Support(1, said, 0, 0.9)])
    assert "Sunniva Aas Bergland" in people_in_role(now, [Support(1, said, 0, 0.9)])
    # Nor is the role under the other name of the signature ("kanslichef") anyone.
    text, names = compose(before, ranked, "sv")
    assert names == [] and "kanslichef" not in text.split("\n")[0], text


def test_a_unit_s_head_is_the_one_whose_title_names_the_unit() -> None:
    credit = one_chunk(
        "Rapporten ges ut av Fjordalliansens utredningsenhet fyra gånger om året. "
        "Redaktör: utredningschef Maja Lind Ek. Grafik: Per Ola Hed."
    )
    cited = [Support(1, credit, 1, 0.9)]
    unit = parse("Hvem leder Fjordalliansens utredningsenhed?")
    assert list(people_in_role(unit, cited)) == ["Maja Lind Ek"]
    # The unit's head does not lead the alliance it is part of.
    assert not people_in_role(parse("Vem leder Fjordalliansen?"), cited)

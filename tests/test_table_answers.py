"""A fact in a table's cell, answered end to end with the real model (tables.py): a call
for proposals (Markdown) whose prose speaks of rounds, shares and costs in many more words than its
two tables, whose rows read like no question. The asked row's passage is pinned, and a
refusal for want of a sentence that gives the date is lifted by the cell that does."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

_PROSE = [
    (
        "Om utlysningen",
        "Fjellregionrådet lyser ut midler til samarbeid over grensen i fjellkommunene. "
        "Søknader i den andre runden vurderes på samme måte som i den første runden, og "
        "rådet legger vekt på hvor stor andel av kostnadene partnerne selv dekker.",
    ),
    (
        "Hvem kan søke",
        "Kommuner, foreninger og bedrifter i fjellkommunene kan søke. Hver søknad må ha minst "
        "én partner på hver side av grensen, og kostnadene må være knyttet til prosjektet.",
    ),
    (
        "Rapportering",
        "Prosjektene rapporterer to ganger i året. Sluttrapporten sendes senest to måneder "
        "etter at prosjektet er avsluttet, og runden for rapportering varsles på forhånd.",
    ),
    (
        "Kostnader",
        "Godkjente kostnader er lønn, reiser og kjøp av tjenester. Kostnader til utstyr "
        "dekkes bare når utstyret brukes i prosjektet, og andelen egeninnsats må dokumenteres.",
    ),
]
_TABLES = (
    "## Oversikt\n\n"
    "| Tiltak | Maks tilskudd | Maks støtteandel | Varighet |\n"
    "|---|---|---|---|\n"
    "| Mulighetsstudie | NOK 80 000 | 60 % av godkjente kostnader | inntil 6 måneder |\n"
    "| Samarbeidsprosjekt | NOK 400 000 | 40 % av godkjente kostnader | inntil 24 måneder |\n\n"
    "## Frister\n\n"
    "| Runde | Søknadsfrist | Svar innen |\n"
    "|---|---|---|\n"
    "| Runde 1 | 10. februar 2027 | 15. april 2027 |\n"
    "| Runde 2 | 25. august 2027 | 20. oktober 2027 |"
)
_CALL = "# Fjellregionrådet – utlysning 2027\n\n" + "\n\n".join(
    [
        *(f"## {title}\n\n{text}" for title, text in _PROSE[:2]),
        _TABLES,
        *(f"## {title}\n\n{text}" for title, text in _PROSE[2:]),
    ]
)


@pytest.fixture(scope="module")
def call(e5_model: Path, tmp_path_factory: pytest.TempPathFactory):
    from nordask import indexing
    from nordask.assistant import Assistant
    from nordask.settings import Settings

    corpus = tmp_path_factory.mktemp("call") / "corpus"
    corpus.mkdir()
    (corpus / "fjellregionen_utlysning_2027.md").write_text(_CALL, encoding="utf-8")
    index = corpus.parent / "index"
    indexing.run(corpus, index, Settings(), asker=Assistant.asker)
    return Assistant.open(index, corpus, build=False)


def test_the_second_round_s_deadline_is_its_row_s_date(call) -> None:
    answer = call.ask("Når er søknadsfristen i andre runde?")
    assert answer.answered, answer.answer
    assert answer.answer.startswith("25. august 2027"), answer.answer
    assert "“Runde 2”" in answer.answer.split("\n")[0]


def test_a_share_is_read_from_the_asked_measure_s_row(call) -> None:
    answer = call.ask("Hvor stor støtteandel kan en mulighetsstudie få?")
    assert answer.answered, answer.answer
    assert answer.answer.startswith("60 % av godkjente kostnader"), answer.answer

"""Answers that read several records of one document together, with the real model: a
saved web page of project cards ("which project has the smallest budget" compares every
card's amount, not only the cards the search brought: without the cards pinned, the
smallest of the ten cited wins) and a report's partners list ("which organisations were
partners" reads the items under its partners heading, not the evaluator named below)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

_NAMES = [
    (
        "DUNEGUARD",
        "Dune Protection for Fishing Villages",
        "replanted marram grass on the dunes of five fishing villages",
        "2.9",
    ),
    (
        "SALTMARSH",
        "Salt Marsh Restoration Network",
        "restored salt marshes along the coast to buffer storm surges",
        "4.6",
    ),
    (
        "REEFLINE",
        "Artificial Reef Lines",
        "laid stone reefs off the coast to calm the waves",
        "3.3",
    ),
    (
        "CLIFFWATCH",
        "Cliff Erosion Monitoring",
        "measured how fast the chalk cliffs retreat after winter storms",
        "1.9",
    ),
    ("SEAWALLS", "Green Sea Walls", "grew mussels and algae on the faces of old sea walls", "2.2"),
    (
        "FLOODMAP",
        "Coastal Flood Mapping",
        "drew shared flood maps for twelve coastal municipalities",
        "1.4",
    ),
    (
        "HARBOURWATCH",
        "Harbour Flood Warning Service",
        "built a shared flood warning service for small harbours",
        "0.8",
    ),
    (
        "EELGRASS",
        "Eelgrass Meadows Return",
        "replanted eelgrass meadows in three shallow bays",
        "2.6",
    ),
    (
        "SANDSHIFT",
        "Sand Nourishment Trials",
        "tested how pumped sand protects beaches from erosion",
        "3.9",
    ),
    ("STORMNET", "Storm Surge Network", "linked the storm surge gauges of four countries", "1.7"),
    (
        "TIDELAB",
        "Tidal Living Lab",
        "ran a living lab on tidal flats with schools and fishers",
        "1.1",
    ),
    (
        "ROCKPOOL",
        "Rock Pool Biodiversity",
        "counted species in rock pools before and after storms",
        "1.2",
    ),
]
#: A saved page of project cards, each title line over a text that repeats it, and many
#: more cards than the five passages an answer cites can hold.
_CARDS = "Nordic Coast Programme\n\nFunded projects: coastal resilience\n\n" + "\n\n".join(
    f"{name}\n{name} ({full}) {what}, working with partners in Denmark, Sweden and Norway. "
    f"The lead partner reported twice a year to the programme secretariat. The project ran "
    f"from 2021 to 2024 with a total budget of EUR {budget} million."
    for name, full, what, budget in _NAMES
)

_REPORT = """Kystløft – sluttrapport

1. Om prosjektet

Kystløft samlet kommuner på begge sider av grensen om felles tiltak for yngre
arbeidssøkere i fiskeværene. Prosjektet varte fra 2021 til 2023.

2. Partnere

- Vestfjord kommune (hovedpartner)
- Strandvik kommun
- NAV Vestfjord
- Arbetsförmedlingen Strandvik
- Kystnæringsforeningen

3. Resultater

Til sammen deltok 214 unge i prosjektet. Evalueringen ble gjennomført av Høgskolen i
Vestfjord.
"""

_SECTIONS = [
    (4, "Veiledning", "veiledning av unge arbeidssøkere", "tett oppfølging"),
    (5, "Praksisplasser", "praksisplasser i fiskeindustrien", "lokale bedrifter"),
    (6, "Utdanning", "kurs i sjømatproduksjon", "fagbrev"),
    (7, "Kommunikasjon", "informasjon til unge i fiskeværene", "sosiale medier"),
    (8, "Økonomi", "felles budsjett og regnskap", "god styring"),
    (9, "Anbefalinger", "forslag til nasjonale myndigheter", "varige ordninger"),
]
#: More sections about the project, each of them closer to the question's words than the
#: partners list, a list of names that reads like no question.
_REPORT = _REPORT + "".join(
    f"\n{n}. {title}\n\nI Kystløft arbeidet organisasjonene sammen om {what}. Prosjektets "
    f"organisasjoner møttes hvert kvartal, og kommunene i Kystløft delte erfaringer med andre "
    f"organisasjoner i fiskeværene. Organisasjonene i Kystløft la vekt på {also}, og "
    f"prosjektet rapporterte resultatene til sekretariatet hvert halvår.\n"
    for n, title, what, also in _SECTIONS
)


@pytest.fixture(scope="module")
def records(e5_model: Path, tmp_path_factory: pytest.TempPathFactory):
    from nordask import indexing
    from nordask.assistant import Assistant
    from nordask.settings import Settings

    corpus = tmp_path_factory.mktemp("records") / "corpus"
    corpus.mkdir()
    (corpus / "coast_projects.txt").write_text(_CARDS, encoding="utf-8")
    (corpus / "kystloft_sluttrapport.md").write_text(_REPORT, encoding="utf-8")
    index = corpus.parent / "index"
    indexing.run(corpus, index, Settings(), asker=Assistant.asker)
    return Assistant.open(index, corpus, build=False)


def test_the_smallest_budget_is_found_among_every_record_of_the_page(records) -> None:
    answer = records.ask("Which coastal project has the smallest budget?")
    assert answer.answered
    assert answer.answer.startswith("HARBOURWATCH"), answer.answer


def test_a_reports_partners_are_the_items_under_its_partners_heading(records) -> None:
    answer = records.ask("Hvilke organisasjoner var partnere i Kystløft?")
    assert answer.answered
    first = answer.answer.split("\n")[0]
    for partner in ("Vestfjord kommune", "Strandvik kommun", "NAV Vestfjord"):
        assert partner in first, answer.answer
    assert "Høgskolen i Vestfjord" not in first, answer.answer

"""Questions about one card of a saved page of project cards (a title, then label lines:
"Prosjekteier: …", "Periode: …", "Budsjett: …"), on a made-up page (no model): who owns
or is lead partner of a card is its owner line's value, not the card's title nor another
card's owner; the parts of a two-part question come from the named card's own lines; a
share the question names leads over the total before it; a money question that names a
card finds the card's budget line around its title."""

from __future__ import annotations

from pathlib import Path

import pytest

from cited import supports_holding
from nordask.amounts import around
from nordask.answer import compose
from nordask.ingest import chunk_document
from nordask.loaders import discover, load
from nordask.passages import Support
from nordask.query import asks_owner, parse
from nordask.records import Chunk
from nordask.settings import ChunkSettings
from test_policy import reason_for

#: A saved web page: menus, a cookie banner, and three cards, each title over its label
#: lines and a sentence on what the project does, set apart by blank lines.
_PAGE = """Hopp til innhold
Meny
Forside
Prosjekter
Kontakt

Prosjekter i grenseregionen

Her finner du prosjektene som rådet støtter i perioden 2023–2028.

Kystens Kulturarv

Prosjekteier: Museet Nord
Dansk partner: Vendsyssel Historiske Museum
Periode: 1. februar 2023 – 30. juni 2025
Budsjett: 3,6 millioner kroner (hvorav programtilskudd 1,8 millioner kroner)
Tema: Kultur

Prosjektet digitaliserer 1 400 gamle fotografier fra kystsamfunnene.

Havnens Fremtid

Prosjekteier: Ålesund havnevesen
Svensk partner: Göteborgs hamn
Periode: 1. mars 2024 – 31. desember 2027
Budsjett: 5,2 millioner kroner (hvorav programtilskudd 2,1 millioner kroner)
Tema: Transport

Prosjektet bygger landstrøm ved 6 kaier i begge havnene.

Fjordens Fisk

Prosjekteier: Fiskarlaget Vest
Svensk partner: Bohusläns fiskeförening
Periode: 1. april 2025 – 31. mars 2028
Budsjett: 2,9 millioner kroner (hvorav programtilskudd 1,2 millioner kroner)
Tema: Miljø

Prosjektet merker 800 villaks for å følge vandringen i fjorden.

Del siden
Facebook
Vi bruker informasjonskapsler. Godta alle
© 2025 Grenserådet
"""


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> list[Chunk]:
    folder = tmp_path_factory.mktemp("cards")
    (folder / "prosjekter.txt").write_text(_PAGE, encoding="utf-8")
    files, _ = discover(Path(folder))
    document = load(files[0])
    return chunk_document(document, ChunkSettings(), {})


def _first_line(question: str, supports: list[Support]) -> str:
    text, _ = compose(parse(question), supports, "en")
    return text.split("\n\n")[0]


def test_a_cards_owner_is_its_owner_line_and_a_second_part_its_own_period(cards) -> None:
    supports = supports_holding(cards, "Fjordens Fisk", "mars 2024", "Havnens Fremtid")
    first = _first_line("Hvem eier prosjektet Fjordens Fisk, og når slutter det?", supports)
    assert first.startswith("Fiskarlaget Vest"), first
    assert "31. mars 2028" in first and "2027" not in first, first


def test_the_lead_partner_of_a_card_is_its_owner(cards) -> None:
    supports = supports_holding(cards, "Havnens Fremtid", "Kystens Kulturarv", "Fjordens Fisk")
    first = _first_line("Who is the lead partner of Havnens Fremtid?", supports)
    assert first.startswith("Ålesund havnevesen"), first


def test_the_card_whose_owner_the_question_names_gives_its_budget(cards) -> None:
    supports = supports_holding(
        cards, "Budsjett: 3,6", "Budsjett: 5,2", "Prosjekteier: Fiskarlaget"
    )
    first = _first_line(
        "Which project has Fiskarlaget Vest as lead partner, and what is its budget?", supports
    )
    assert first.startswith("Fjordens Fisk"), first
    assert "2,9 millioner" in first and "5,2" not in first, first


def test_an_owner_asked_second_comes_from_the_named_card(cards) -> None:
    supports = supports_holding(cards, "800 villaks", "Prosjekteier: Ålesund", "Havnens Fremtid")
    first = _first_line(
        "Hvor mange villaks skal Fjordens Fisk merke, og hvem eier prosjektet?", supports
    )
    assert "800" in first and "Fiskarlaget Vest" in first, first
    assert "Ålesund" not in first, first


def test_the_share_a_question_names_leads_over_the_total(cards) -> None:
    supports = supports_holding(cards, "Budsjett: 5,2", "Havnens Fremtid")
    first = _first_line("Hvor mye programtilskudd får Havnens Fremtid?", supports)
    assert first.startswith("2,1 millioner kroner"), first


def test_a_cards_budget_line_stands_around_its_title(cards) -> None:
    title = supports_holding(cards, "Fjordens Fisk")[0]
    assert "2,9 millioner" in around(title, costs=True, question="Hva er budsjettet?")


def test_who_leads_a_card_is_its_owner_and_a_partner_its_partner_line(cards) -> None:
    supports = supports_holding(cards, "Havnens Fremtid", "Kystens Kulturarv", "Fjordens Fisk")
    first = _first_line("Hvem leder prosjektet Havnens Fremtid?", supports)
    assert first.startswith("Ålesund havnevesen"), first
    supports = supports_holding(cards, "Kystens Kulturarv", "Havnens Fremtid")
    first = _first_line("Who is the Danish partner of Kystens Kulturarv?", supports)
    assert first.startswith("Vendsyssel Historiske Museum"), first


def test_a_project_leader_is_a_person_no_owner_line_names() -> None:
    assert asks_owner("Hvem leder prosjektet Havnens Fremtid?")
    assert asks_owner("Vem är huvudpartner i Fjordens Fisk?")
    assert not asks_owner("Hvem er prosjektleder for Havnens Fremtid?")


def test_an_owner_line_answers_who_leads_a_project() -> None:
    card = "Havnens Fremtid\nProsjekteier: Ålesund havnevesen\nPeriode: 2024–2027"
    assert reason_for("Who leads Havnens Fremtid?", card) is None
    assert reason_for("Who is the project manager of Havnens Fremtid?", card) is not None


#: A Markdown catalogue: numbered items in capitals, each a list of bold labels.
_CATALOGUE = """# Arctic Rivers Programme – project list

## 1. ICEFLOW

- **Lead partner:** Tromsø Flomsenter (Norway)
- **Partners:** Luleå Älvinstitut (Sweden)
- **Duration:** 24 months (May 2024 – April 2026)

Maps how river ice breaks up in spring.

## 2. SALMONPATH

- **Lead partner:** Oulu River Lab (Finland)
- **Partners:** Alta Laksefiske (Norway), Torne Fiskevård (Sweden)
- **Duration:** 36 months (January 2025 – December 2027)

Opens three dams to migrating salmon.
"""


def test_a_markdown_items_bullet_labels_answer_for_it(tmp_path: Path) -> None:
    (tmp_path / "rivers.md").write_text(_CATALOGUE, encoding="utf-8")
    files, _ = discover(tmp_path)
    chunks = chunk_document(load(files[0]), ChunkSettings(), {})
    supports = supports_holding(chunks, "Oulu River Lab", "Tromsø Flomsenter", "May 2024")
    first = _first_line("Who owns SALMONPATH, and how long does it run?", supports)
    assert first.startswith("Oulu River Lab"), first
    assert "December 2027" in first and "April 2026" not in first, first
    supports = supports_holding(chunks, "Alta Laksefiske", "Luleå Älvinstitut")
    first = _first_line("Who are the partners of SALMONPATH?", supports)
    assert first.startswith("Alta Laksefiske [1]; Torne Fiskevård"), first

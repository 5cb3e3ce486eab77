"""The corpus overview on made-up texts (fake embedder): variant merging, glossary
patterns, leads and outlines, storage with the index, incremental updates, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nordask import indexing, overview
from nordask.assistant import Assistant
from nordask.cli import main
from nordask.glossary import (
    acronyms_in,
    capitalised_names,
    column_expansions,
    expansions_in,
    spells,
)
from nordask.overview import same_actor
from nordask.settings import Settings

FJELL = """Fjellbygd annual plan

Fjellbygdskommittén arbetar med att stärka samarbetet mellan kommunerna i fjällregionen och \
driver projekt om turism och transporter. Planen beskriver vad kommittén gör under året.

Transporter i fjällen

Fjellbygdskommittén ska utreda nya bussförbindelser över gränsen under 2025 och 2026. \
Arbetet sker tillsammans med Nordisk Fjellforum (NFF) och kommunerna. \
ZQX deltar i arbetet med bussarna.

Turism i fjällen

Fjellbygdskommittén samordnar marknadsföringen av vandringsleder på båda sidor om gränsen. \
ZQX finansierar en del av arbetet.
"""

KYST = """Coastal notes

Fjellbygdkomiteen jobber med grensekryssende samarbeid om reiseliv og transport i \
fjellområdene. The Baltic Fjord Association works on ferries for the whole region.

Ferries

The Baltic Fjord Association will map ferry routes across the region, and the BFA \
secretariat leads the work with local harbours.
"""


#: No headings, and figures before the first sentence.
PLAIN = """Budget 12 MDKK 4 MDKK 16 MDKK

The harbour board plans new quays along the whole coast this year. It meets every spring in \
the town hall, and its plans are published in the autumn.
"""


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fjell.txt").write_text(FJELL, encoding="utf-8")
    (corpus / "kyst.txt").write_text(KYST, encoding="utf-8")
    (corpus / "plain.txt").write_text(PLAIN, encoding="utf-8")
    return corpus


# --- pure rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Svinesundskommittén", "Svinesundkomiteen", True),
        ("Fjellbygdskommittén", "Fjellbygdkomiteen", True),
        ("Kvarnrådet", "Kvarnrådets", True),
        ("Interreg Fjellprogramme", "Interreg Fjellprogram", True),
        ("Grensekomiten Ås-Berg", "Ås-Berg", True),
        ("Fjellrådet", "Fjordrådet", False),
        ("Nordic Council", "Nordic Council of Ministers", False),
        ("Fjellbygdskommittén", "Fjellbygdsregionen", False),
        ("Region Västerbotten", "Region Västernorrland", False),
    ],
)
def test_spelling_variants_of_one_actor_merge_and_others_do_not(a: str, b: str, same: bool):
    assert same_actor(a, b) is same
    assert same_actor(b, a) is same


@pytest.mark.parametrize(
    ("sentence", "acronym", "expected"),
    [
        (
            "The Northern Sparse Areas Partnership (NSAP) met twice.",
            "NSAP",
            ["Northern Sparse Areas Partnership"],
        ),
        (
            "Vi deltar i NGT (Nordiska gruppen för turism) i år.",
            "NGT",
            ["Nordiska gruppen för turism"],
        ),
        (
            "EGTS – Europeisk gruppering för territoriellt samarbete – ger nya former.",
            "EGTS",
            ["Europeisk gruppering för territoriellt samarbete"],
        ),
        ("Det Regionale Udviklingsråd (DRU) mødes.", "DRU", ["Det Regionale Udviklingsråd"]),
        ("Work on Green Growth Goals (G3) goes on.", "G3", ["Green Growth Goals"]),
        ("Work on Green Growth Strategies (G3) goes on.", "G3", []),
        ("Nordregio (2021) wrote about ABC (the report).", "ABC", []),
        ("The report (XYZ) was read by all partners.", "XYZ", []),
        # A table row: the acronym's cell, then what it stands for (not the ", the …").
        (
            "| FKS | Fjordens kystsamarbeid, the coastal forum | | NV | Nordvik |",
            "FKS",
            ["Fjordens kystsamarbeid"],
        ),
        ("| NHS | Nordisk havsamarbeid, the Swedish partner |", "NHS", ["Nordisk havsamarbeid"]),
        # A project's name built from its full name's word beginnings.
        (
            "SALTMARSH (Saline Tidal Marsh Restoration) rebuilds shores.",
            "SALTMARSH",
            ["Saline Tidal Marsh Restoration"],
        ),
        (
            "FJORDLINK (Fjord Data Linking for Coastal Towns) shares data.",
            "FJORDLINK",
            ["Fjord Data Linking for Coastal Towns"],
        ),
        ("SALTMARSH (a new project) rebuilds shores.", "SALTMARSH", []),  # not a full name
        ("SALTMARSH (Sweden and Norway) rebuilds shores.", "SALTMARSH", []),
    ],
)
def test_expansions_need_the_pattern_and_the_initials(sentence, acronym, expected):
    assert expansions_in(sentence, acronym) == expected


def test_what_counts_as_an_acronym() -> None:
    assert [a for a, _ in acronyms_in("Resultatmål GK-er og S3 med NORA i MDKK 12.")] == [
        "GK",
        "S3",
        "NORA",
    ]
    assert acronyms_in("GRÖNT NORDEN") == []  # a heading, not two acronyms
    assert acronyms_in("M21: Se ovan, längs E12 och MP 2024.") == []  # codes and labels
    assert spells("NSPA", "Northern Sparsely Populated Areas")
    assert not spells("NSPA", "Northern Periphery")


def test_a_capitalised_name_explains_an_acronym_used_without_brackets() -> None:
    names = capitalised_names("Scenarios for the Baltic Fjord Region, and maps for the BFR.")
    assert names["BFR"] == "Baltic Fjord Region"


# --- built with an index -----------------------------------------------------------------


def test_overview_is_stored_with_the_index_and_read_back(
    small_corpus: Path, tmp_path: Path, fake_embedder
) -> None:
    index = tmp_path / "index"
    indexing.run(small_corpus, index, Settings(), embedder=fake_embedder)
    found = Assistant.open(index, small_corpus, build=False, embedder=fake_embedder).overview()

    docs = {d.doc: d for d in found.documents}
    assert set(docs) == {"fjell.txt", "kyst.txt", "plain.txt"}
    fjell = docs["fjell.txt"]
    assert fjell.languages == {"sv": 1.0}
    assert fjell.lead.startswith("Fjellbygdskommittén arbetar med att stärka samarbetet")
    titles = [o.title for o in fjell.outline]
    assert titles == ["Fjellbygd annual plan", "Transporter i fjällen", "Turism i fjällen"]
    assert docs["kyst.txt"].lead.startswith("Fjellbygdkomiteen jobber")  # not the title
    plain = docs["plain.txt"]
    assert plain.lead.startswith("The harbour board plans new quays")  # not the figures
    assert [o.title for o in plain.outline] == [plain.title]  # no headings: one section

    committee = next(a for a in found.actors if "Fjellbygd" in a.name)
    assert committee.kind == "committee/council"
    assert set(committee.variants) == {"Fjellbygdskommittén", "Fjellbygdkomiteen"}
    assert committee.docs == ["fjell.txt", "kyst.txt"]
    assert committee.summary and all("Fjellbygd" in s for s in committee.summary)
    association = next(a for a in found.actors if a.name == "Baltic Fjord Association")
    assert association.kind == "organisation"
    assert association.summary[0].startswith("The Baltic Fjord Association")

    glossary = {g.acronym: g for g in found.glossary}
    assert glossary["NFF"].expansion == "Nordisk Fjellforum"
    assert glossary["ZQX"].expansion is None
    assert glossary["ZQX"].where[0].doc == "fjell.txt"
    assert glossary["BFA"].expansion == "Baltic Fjord Association"
    assert isinstance(found.starters, list)
    assert json.loads(json.dumps(found.to_json())) == found.to_json()


def test_overview_is_updated_incrementally_and_old_indexes_are_refreshed(
    small_corpus: Path, tmp_path: Path, fake_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "index"
    indexing.run(small_corpus, index, Settings(), embedder=fake_embedder)
    computed: list[str] = []
    real = overview.document_part

    def counting(doc, title, chunks):
        computed.append(doc)
        return real(doc, title, chunks)

    monkeypatch.setattr(overview, "document_part", counting)
    kyst = small_corpus / "kyst.txt"
    kyst.write_text(KYST + "\nThe Baltic Fjord Association also runs a summer school.\n")
    indexing.run(small_corpus, index, Settings(), embedder=fake_embedder)
    assert computed == ["kyst.txt"]  # the unchanged file's part is kept by its hash
    actors = (
        Assistant.open(index, small_corpus, build=False, embedder=fake_embedder).overview().actors
    )
    association = next(a for a in actors if a.name == "Baltic Fjord Association")
    assert any("summer school" in m.text for m in association.passages) or association.mentions >= 4

    # An index written before overviews: refreshed without embedding anything again.
    manifest = index / "manifest.json"
    data = json.loads(manifest.read_text())
    data.pop("overview")
    for entry in data["files"].values():
        entry.pop("overview")
    manifest.write_text(json.dumps(data))
    with pytest.raises(Exception, match="nordask index"):
        Assistant.open(index, small_corpus, build=False, embedder=fake_embedder).overview()
    computed.clear()
    calls = len(fake_embedder.calls)
    plan = indexing.plan(small_corpus, index, Settings())
    assert plan.refresh_because and "overview" in plan.refresh_because
    report = indexing.run(small_corpus, index, Settings(), embedder=fake_embedder)
    assert report.embedded == 0 and len(fake_embedder.calls) == calls
    assert sorted(computed) == ["fjell.txt", "kyst.txt", "plain.txt"]
    assert (
        Assistant.open(index, small_corpus, build=False, embedder=fake_embedder)
        .overview()
        .documents
    )


def test_starters_are_kept_only_when_answered_with_sources(
    small_corpus: Path, tmp_path: Path, fake_embedder
) -> None:
    from nordask.starters import candidates, checked, confident

    index = tmp_path / "index"
    indexing.run(small_corpus, index, Settings(), embedder=fake_embedder, asker=Assistant.asker)
    assistant = Assistant.open(index, small_corpus, build=False, embedder=fake_embedder)
    found = assistant.overview()
    questions = candidates(found, [])
    assert any("Fjellbygd" in q for q in questions)
    kept = checked(questions, assistant.ask)
    assert kept == found.starters
    assert all(confident(assistant.ask(q)) for q in kept)
    assert checked(["Vad arbetar Nordisk Xyzzyrådet med?"], assistant.ask) == []


def test_overview_command_prints_sections_and_json(
    small_corpus: Path, tmp_path: Path, fake_model, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--index", str(tmp_path / "index"), "--corpus", str(small_corpus)]
    assert main(["overview", *args]) == 0
    text = capsys.readouterr().out
    for heading in ("DOCUMENTS", "WHO'S WHO", "GLOSSARY", "STARTER QUESTIONS"):
        assert heading in text
    assert "ZQX      (not spelled out in the corpus)" in text

    assert main(["overview", "--glossary", "--actors", "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"actors", "glossary"}

    assert main(["overview", "--documents", *args]) == 0
    text = capsys.readouterr().out
    assert "Transporter i fjällen" in text and "GLOSSARY" not in text


def test_overview_command_errors_are_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["overview", "--index", str(tmp_path / "i"), "--no-build"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith("nordask: error: there is no index")
    assert captured.err.count("\n") == 1


def test_leaf_headings_are_the_outline_headings_over_no_others() -> None:
    from nordask.overview import DocumentOverview, OutlineEntry

    outline = [
        OutlineEntry(1, "Our projects", None),
        OutlineEntry(2, "Skills Policies", None),
        OutlineEntry(2, "GROM", None),
        OutlineEntry(1, "Browse", None),
        OutlineEntry(2, "A report", None),
        OutlineEntry(1, "Contact", None),
    ]
    doc = DocumentOverview("p.txt", "Projects", {"en": 1.0}, None, 3, "Lead.", outline)
    assert doc.leaf_headings() == ["Skills Policies", "GROM", "A report", "Contact"]


def test_overview_text_is_terminal_safe() -> None:
    from nordask.overview import DocumentOverview, Overview
    from nordask.overview_text import format_overview

    doc = DocumentOverview("a.txt", "Title \x1b]0;pwned\x07", {"en": 1.0}, None, 1, "Lead.", [])
    text = format_overview(Overview([doc], [], [], ["What \x1b[2J is it?"]))
    assert "\x1b" not in text and "pwned" not in text


def test_both_backends_store_the_overview_and_its_starters(
    small_corpus: Path, index_location, fake_embedder
) -> None:
    indexing.run(small_corpus, index_location, Settings(), asker=Assistant.asker)
    assistant = Assistant.open(index_location, small_corpus, build=False)
    found = assistant.overview()
    assert {d.doc for d in found.documents} == {"fjell.txt", "kyst.txt", "plain.txt"}
    assert assistant.manifest.overview["starters"] == found.starters  # checked, stored
    assert any(a.name.startswith("Fjellbygd") for a in found.actors)


def test_an_unwritable_index_without_checked_starters_still_reports_up_to_date(
    small_corpus: Path, tmp_path: Path, fake_embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nordask.errors import IndexWriteError

    index = tmp_path / "index"
    indexing.run(small_corpus, index, Settings(), asker=Assistant.asker)
    manifest = index / "manifest.json"
    data = json.loads(manifest.read_text())
    data["overview"]["starters"] = None  # as a run killed before the check leaves it
    manifest.write_text(json.dumps(data))

    def refuse(self, on_wait=None):
        raise IndexWriteError("the index folder is read-only")

    monkeypatch.setattr("nordask.backends.local.LocalBackend.writer", refuse)
    notices: list[str] = []
    report = indexing.run(
        small_corpus, index, Settings(), notice=notices.append, asker=Assistant.asker
    )
    assert not report.touched
    assert any("Starter questions were not checked" in n for n in notices)
    assert Assistant.open(index, small_corpus, build=False).overview().starters == []


def test_a_list_naming_a_tables_columns_in_order_spells_out_their_acronyms() -> None:
    columns = ["Fjordregio", "KYST", "HK-er", "AG"]
    listing = "Each activity has owners (Fjordregio, KYST, havnekomiteerne og arbejdsgrupperne)."
    assert column_expansions(columns, listing) == {
        "HK": "havnekomiteerne",
        "AG": "arbejdsgrupperne",
    }
    # A list in another order, or without the columns it names in full, explains nothing.
    assert column_expansions(columns, "Fjordregio og AG og KYST og HK") == {}
    assert column_expansions(columns, "(havnekomiteerne, arbejdsgrupperne, andre, flere)") == {}


def test_a_subject_names_a_document_by_its_title_or_its_kind() -> None:
    from nordask.overview import DocumentOverview

    title = "Handlingsplan 2021-24 - regionalsektorens indspil"
    plan = DocumentOverview("p.pdf", title, {}, 3, 9, "", [])
    page = DocumentOverview("n.txt", "Nordregio regional innovation projects", {}, None, 9, "", [])
    assert plan.named_as("action plan") == plan.named_as("handlingsplanen") == "plan"
    assert plan.named_as("Handlingsplan 2021-24") == "plan"
    assert plan.named_as("plan for goal 7") is None  # more than a kind of document
    assert plan.named_as("handlingsplan 2019") is None  # years the title does not give
    assert plan.named_as("smart specialisation") is None
    assert page.named_as("Nordregio regional innovation projects") == "title"
    assert page.named_as("regional innovation projects") == "title"
    assert page.named_as("Nordregio") is None  # one word of four names an organisation


def test_a_refusal_offers_a_starter_that_names_no_bare_acronym() -> None:
    from nordask.starters import for_newcomer

    found = ["Vad är HAV?", "What is NCM?", "What does Harbour Council work on?", "Vad är mål 2?"]
    swedish = lambda q: q.startswith("Vad")  # noqa: E731
    english = lambda q: q.startswith("What")  # noqa: E731
    assert for_newcomer(found, english) == "What does Harbour Council work on?"
    assert for_newcomer(found, swedish) == "Vad är mål 2?"
    assert for_newcomer(["What is NCM?"], swedish) == "What is NCM?"
    assert for_newcomer([], english) is None


def test_a_news_items_lead_is_its_text_not_its_byline() -> None:
    from nordask.cleaning import clean_text
    from nordask.ingest import chunk_document
    from nordask.records import Document
    from nordask.settings import ChunkSettings

    text = clean_text(
        "Ny ferge fra høsten\n\nAv Ola Nordmann\nPublisert 4. mars 2024 kl. 12.10\n\n"
        "Fylkeskommunen har signert en avtale om en elektrisk ferge. Ruten åpner i oktober."
    )
    chunks = chunk_document(Document("ferge.txt", "Ny ferge", text), ChunkSettings())
    lead = overview.document_part("ferge.txt", "Ny ferge", chunks)["document"]["lead"]
    assert lead.startswith("Fylkeskommunen har signert")


def test_a_subject_placed_in_a_document_names_a_thing_in_it_not_the_document() -> None:
    from nordask.overview import DocumentOverview

    note = DocumentOverview("n.md", "Notat 3/2025 · Øboere og fastlandet", {}, None, 4, "", [])
    assert note.named_as("øboere og fastlandet") == "title"
    # "Øboerådet" begins like "Øboere", but it is what the question asks of the note.
    assert note.named_as("øboerådet i notatet om fastlandet") is None

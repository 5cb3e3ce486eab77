"""Who did a thing, said in a passage that search ranks low (a summary in another
language than the question's), on a small made-up corpus (fake embedder, no model): the
passage that names the doer is brought to the answer when none of the searched ones
names one."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.assistant import Assistant
from nordask.query import parse

REPORT = (
    "# Gjennomgang av ferjesambandet 2022–2025\n\n## Sammendrag\n\n"
    + "Ferjesambandet mellom øyene har fått flere avganger og nye billetter. " * 14
    + "\n\n## English summary\n\n"
    + "The ferry link between the islands got more departures and new tickets. " * 6
    + "The review was led by Hedda Lunde; the figures were checked by Arne Vik.\n\n"
    "## Metode\n\n" + "Gjennomgangen bygger på intervjuer med reisende og mannskap. " * 14 + "\n"
)


@pytest.fixture
def assistant(tmp_path: Path, fake_embedder) -> Assistant:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferje.md").write_text(REPORT, encoding="utf-8")
    return Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)


def test_the_passage_naming_who_led_it_is_brought_when_search_missed_it(
    assistant: Assistant, fake_embedder
) -> None:
    question = "Hvem ledet gjennomgangen av ferjesambandet?"
    intent = parse(question)
    qvec = fake_embedder.embed_queries([question])[0]
    passages = assistant.backend.passages("ferje.md")
    named = [i for i, chunk in enumerate(passages) if "led by Hedda Lunde" in chunk.text]
    others = [i for i, chunk in enumerate(passages) if "led by" not in chunk.text]
    assert named and others
    rows = [assistant.backend.row_of("ferje.md", i) for i in others]
    searched = assistant.backend.hits_for(rows, qvec, assistant.settings.retrieval)
    assert assistant._doer_rows(intent, searched, qvec) == [
        assistant.backend.row_of("ferje.md", named[0])
    ]
    # Searched passages that name the doer already need nothing brought.
    every = [assistant.backend.row_of("ferje.md", i) for i in range(len(passages))]
    hits = assistant.backend.hits_for(every, qvec, assistant.settings.retrieval)
    assert assistant._doer_rows(intent, hits, qvec) == []


def test_a_person_named_responsible_in_a_minutes_line_is_brought(
    tmp_path: Path, fake_embedder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "referat.txt").write_text(
        "Referat fra styremøtet\n\nSAK 1 NETTSIDE\n\n"
        + "Styret drøftet den nye nettsiden og hvordan den skal oppdateres. " * 14
        + "\n\nSAK 2 KAMPANJE\n\n"
        + "Styret drøftet en kampanje for nye pendlere over grensen i høst. " * 6
        + "\n\nVedtak: Sekretariatet lager et forslag. Tone Berg er ansvarlig.\n",
        encoding="utf-8",
    )
    assistant = Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)
    question = "Hvem har ansvaret for kampanjen for nye pendlere?"
    qvec = fake_embedder.embed_queries([question])[0]
    passages = assistant.backend.passages("referat.txt")
    named = [i for i, chunk in enumerate(passages) if "Tone Berg" in chunk.text]
    others = [i for i, chunk in enumerate(passages) if "Tone Berg" not in chunk.text]
    assert named and others
    rows = [assistant.backend.row_of("referat.txt", i) for i in others]
    searched = assistant.backend.hits_for(rows, qvec, assistant.settings.retrieval)
    assert assistant._doer_rows(parse(question), searched, qvec) == [
        assistant.backend.row_of("referat.txt", named[0])
    ]


ANNUAL = (
    "# Fjällrådet årsrapport 2024\n\n## Året som gick\n\n"
    + "Fjällrådet arbetade med leder, stugor och turism i fjällen under året. " * 14
    + "\n\n## Ledamöter\n\n"
    "Anna Lund, Region Norrby – ordförande\n\n"
    "Per Eklund, Region Söderby – vice ordförande\n\n"
    "Eva Holm, Region Västerby – ledamot\n\n"
    "## Ekonomi\n\n" + "Rådets kostnader för stugor och leder steg något under året. " * 14 + "\n"
)


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Vem är ordförande i Fjällrådet?", "Anna Lund"),
        ("Who is the vice chair of Fjällrådet?", "Per Eklund"),
    ],
)
def test_the_member_list_naming_the_role_asked_is_brought(
    tmp_path: Path, fake_embedder, question: str, holder: str
) -> None:
    """A members' list ("Name, Region – ordförande") reads like no question: it is brought
    when no searched passage names a person in the role asked about."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fjall.md").write_text(ANNUAL, encoding="utf-8")
    assistant = Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)
    qvec = fake_embedder.embed_queries([question])[0]
    passages = assistant.backend.passages("fjall.md")
    named = [i for i, chunk in enumerate(passages) if holder in chunk.text]
    others = [i for i, chunk in enumerate(passages) if holder not in chunk.text]
    assert named and others
    rows = [assistant.backend.row_of("fjall.md", i) for i in others]
    searched = assistant.backend.hits_for(rows, qvec, assistant.settings.retrieval)
    assert assistant._holder_rows(parse(question), searched, qvec) == [
        assistant.backend.row_of("fjall.md", named[0])
    ]
    every = [assistant.backend.row_of("fjall.md", i) for i in range(len(passages))]
    hits = assistant.backend.hits_for(every, qvec, assistant.settings.retrieval)
    assert assistant._holder_rows(parse(question), hits, qvec) == []
    assert assistant._holder_rows(parse("Vem är kassör i Fjällrådet?"), searched, qvec) == []


def test_a_contact_table_row_on_the_topic_is_brought_from_a_further_document(
    tmp_path: Path, fake_embedder
) -> None:
    """Whom to contact about a topic stands in a call's table of contacts by topic, in a
    document search ranks below two that speak of the topic itself."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_ordbok.txt").write_text(
        "Ordbok\n\nReisekostnader er utgifter til reiser i prosjektet. " * 6, encoding="utf-8"
    )
    (corpus / "b_rapport.txt").write_text(
        "Rapport\n\nReisekostnadene steg i fjor fordi flere reiste til møter. " * 6,
        encoding="utf-8",
    )
    (corpus / "c_utlysning.md").write_text(
        "# Utlysning 2027\n\n## Søknad\n\n"
        + "Søknaden sendes inn elektronisk innen fristen i portalen. " * 14
        + "\n\n## Kontakt\n\n| Tema | Navn | Telefon |\n|---|---|---|\n"
        "| Reisekostnader og budsjett | Trine Voll, controller | 900 10 200 |\n"
        "| Portalen | Geir Lunde, IT-rådgiver | 900 10 300 |\n",
        encoding="utf-8",
    )
    assistant = Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)
    question = "Who should I contact about reisekostnader in the call?"
    qvec = fake_embedder.embed_queries([question])[0]
    backend = assistant.backend
    tabled = [
        i for i, chunk in enumerate(backend.passages("c_utlysning.md")) if "Trine" in chunk.text
    ]
    searched = [
        *backend.hits_for([backend.row_of("a_ordbok.txt", 0)], qvec, assistant.settings.retrieval),
        *backend.hits_for([backend.row_of("b_rapport.txt", 0)], qvec, assistant.settings.retrieval),
        *backend.hits_for(
            [backend.row_of("c_utlysning.md", 0)], qvec, assistant.settings.retrieval
        ),
    ]
    assert tabled and tabled[0] != 0
    assert assistant._named_rows(parse(question), searched, 3, qvec) == [
        backend.row_of("c_utlysning.md", tabled[0])
    ]

"""A sentence that says how the text means a term defines it ("I denne plan forstås en X
som …", "Med X menas …", "X is defined as …", "By X we mean …"), and so does one that
says how it comes about ("X som uppstår när …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from nordask.assistant import Assistant
from nordask.evidence import defines
from nordask.query import parse


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("I denne plan forstås en øhavn som en havn uden fast vejforbindelse.", "øhavn"),
        ("Med vinterväg menas en väg som plogas på isen.", "vinterväg i planen"),
        ("A ferry gap is defined as a day without any crossing.", "ferry gap"),
        ("By skerry dweller we mean anyone registered on an island.", "skerry dwellers"),
    ],
)
def test_a_sentence_that_says_how_the_text_means_a_term_defines_it(
    sentence: str, subject: str
) -> None:
    assert defines(sentence, subject)


def test_how_a_text_means_another_term_defines_none() -> None:
    assert not defines("I denne plan forstås en øhavn som en havn uden bro.", "havnefoged")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("I denna rapport avses med öbo en person som är folkbokförd på en ö.", "öbo"),
        ("Her forstås ved en færgependler en person, der krydser sundet dagligt.", "færgependler"),
        ("I notatet menes med skjærgårdsbonde en bonde som driver på en øy.", "skjærgårdsbonde"),
    ],
)
def test_the_verb_before_by_and_the_term_says_how_the_text_means_it(
    sentence: str, subject: str
) -> None:
    assert defines(sentence, subject)


def test_a_term_that_only_begins_like_the_meant_one_is_not_defined() -> None:
    # "Fjordpendlare" shares its first part with "fjordhinder": another noun.
    meant = "I denna rapport avses med fjordpendlare en person som reser över fjorden."
    assert not defines(meant, "fjordhinder")


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("Havnegap / Satamaväli: en dag då ingen färja går över sundet", "havnegap"),
        ("Fjordpendler: en person, der bor på én side og arbejder på den anden", "fjordpendler"),
    ],
)
def test_a_slide_s_term_and_colon_glosses_it(line: str, subject: str) -> None:
    assert defines(line, subject)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Hva betyr «havnegap» (hamnlucka)?", "havnegap"),
        ("Vad betyder “öbo”?", "öbo"),
        ("What does fjordpendler (fjord commuter) mean?", "fjordpendler"),
    ],
)
def test_a_term_s_marks_and_gloss_are_not_its_subject(question: str, subject: str) -> None:
    assert parse(question).subject == subject


def test_a_label_s_colon_before_a_sentence_glosses_nothing() -> None:
    # "Fjordrådet: Västerbygd står …" labels a sentence about something else.
    assert not defines(
        "Fjordrådet: Västerbygd står inför en stor omställning av hamnen.", "Fjordrådet"
    )


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # The other Nordic spelling of the compound: "fjordhinder" for "fjordhindring".
        ("Målet är att lösa fjordhinder som uppstår när färjan ställs in.", "fjordhindring"),
        ("Att kartlägga fjordhinder som skapas av att två regelverk möts.", "fjordhinder"),
        ("Fjordhindringer, der opstår når færgen aflyses, skal løses.", "fjordhinder"),
        ("We list ferry gaps that arise when a crossing is cancelled.", "ferry gap"),
    ],
)
def test_a_sentence_that_says_how_a_term_comes_about_defines_it(
    sentence: str, subject: str
) -> None:
    assert defines(sentence, subject)


def test_how_another_term_comes_about_defines_none() -> None:
    # "fjordpendlare" is no spelling of "fjordhindring"; "that caused" says what it did.
    assert not defines("Vi räknar fjordpendlare som uppstår i statistiken.", "fjordhindring")
    assert not defines("The ferry gap that caused delays was closed.", "ferry gap")


PLAN = (
    "# Handlingsplan for fjordene\n\n## Mål 1\n\n"
    + "Fjordrådet vil løse to fjordhinder om året sammen med kommunerne. " * 14
    + "\n\n## Mål 2\n\n"
    + "Fjordrådet: Ett övergripande mål i vårt arbete är att kartlägga fjordhinder som "
    "skapas av att två regelverk möts inom en sammanhängande region.\n\n## Mål 3\n\n"
    + "Sekretariatet rapporterer hvert år om de løste fjordhinder til rådet. " * 14
    + "\n"
)


def test_the_passage_saying_how_the_term_comes_about_is_brought(
    tmp_path: Path, fake_embedder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.md").write_text(PLAN, encoding="utf-8")
    assistant = Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)
    question = "Hvad er en fjordhindring?"
    intent = parse(question)
    qvec = fake_embedder.embed_queries([question])[0]
    passages = assistant.backend.passages("plan.md")
    said = [i for i, chunk in enumerate(passages) if "skapas av att" in chunk.text]
    others = [i for i, chunk in enumerate(passages) if "skapas av att" not in chunk.text]
    assert said and others
    rows = [assistant.backend.row_of("plan.md", i) for i in others]
    searched = assistant.backend.hits_for(rows, qvec, assistant.settings.retrieval)
    assert assistant._defining_rows(intent, searched, qvec) == [
        assistant.backend.row_of("plan.md", said[0])
    ]
    # A searched passage that says it already needs nothing brought.
    every = [assistant.backend.row_of("plan.md", i) for i in range(len(passages))]
    hits = assistant.backend.hits_for(every, qvec, assistant.settings.retrieval)
    assert assistant._defining_rows(intent, hits, qvec) == []

"""A record a passage boundary cuts, and the lines its later passage holds, on made-up
text (no model): a which-question after a preposition, the next passage of the best
one's record (or a lower one's, to the line of the year asked), and a count qualified
as the question asks."""

from __future__ import annotations

from nordask.answer import compose, continues_record
from nordask.assistant import Assistant
from nordask.evidence import opens_a_line
from nordask.ingest import chunk_document
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings, Settings

#: A council's block of milestone lines, long enough to run over two passages.
BLOCK = (
    "K.4.a. Samarbeid over grensen\n\n"
    "Fjellrådet: Fjellrådet bidrar gjennom prosjektet Grenseløs Dal, som skal gjøre det "
    "enklere å bo og arbeide på begge sider av grensen for innbyggerne i dalen.\n\n"
    "M2021: Kartlegge hindringer for pendlere mellom kommunene i dalen og samle kunnskap "
    "om hvordan de kan fjernes med hjelp fra myndighetene på begge sider.\n\n"
    "M2022: Arrangere to møter i året for kommunene og myndighetene om felles tjenester "
    "og om hvordan innbyggerne kan bruke dem over grensen.\n\n"
    "D2021: Start for tettere samarbeid på regionalt nivå mellom Region Nordby, Havlands "
    "Förbund og Vestmark fylke.\n\n"
    "D2022: Statusen som Pilotdal gir Visjon om nye innbyggere i dalen."
)


def _chunks(text: str, chars: int) -> list[Chunk]:
    document = Document(doc="plan.txt", title="Plan", text=text)
    return chunk_document(document, ChunkSettings(chunk_chars=chars), {text: "no"})


def test_a_which_question_after_a_preposition_asks_for_actors() -> None:
    for question in (
        "Mellom hvilke regioner skal Fjellrådet starte tettere samarbeid i 2021?",
        "Between which regions will the council start closer cooperation in 2021?",
        "Mellan vilka regioner ska rådet samarbeta?",
    ):
        intent = parse(question)
        assert (intent.kind, intent.actor_kind) == ("actor", "region"), question


def test_the_next_passage_of_a_cut_block_goes_on_with_its_record() -> None:
    chunks = _chunks(BLOCK, 400)
    assert len(chunks) >= 2
    assert continues_record(chunks[0], chunks[1])
    assert not continues_record(chunks[1], chunks[0])


def test_the_years_line_of_a_record_below_the_first_five_names_the_regions() -> None:
    """The year's line stands in the passage that goes on with the best one's record,
    cited sixth: its regions answer, not the names of the undated lines."""
    chunks = _chunks(BLOCK, 400)
    first, later = chunks[0], chunks[1]
    assert "D2021" in later.text and continues_record(first, later)
    others = [
        Support(n, _chunks(f"Rådet {n}: Et møte om turisme i dalen nummer {n}.", 900)[0], 0, 0.3)
        for n in range(2, 6)
    ]
    line = next(i for i, (a, b) in enumerate(later.sentences) if "D2021" in later.text[a:b])
    supports = [Support(1, first, 2, 0.5), *others, Support(6, later, line, 0.35)]
    intent = parse("Mellom hvilke regioner skal Fjellrådet starte tettere samarbeid i 2021?")
    _, names = compose(intent, supports, "no")
    assert names == ["Region Nordby", "Havlands Förbund", "Vestmark fylke"]


def test_a_count_qualified_as_the_question_asks_leads() -> None:
    """ "Hur många hinder ska vara lösta": the target line's "två lösta hinder", not the
    "tre hinder" the advocacy line raises."""
    advocacy = _chunks(
        "K.7.b. Arbetsmarknad\n\nSundrådet: Genomföra chartern för arbetsmarknaden.\n\n"
        "Påverkansarbete för att lyfta tre hinder genom skrivelser och debattartiklar.",
        1500,
    )[0]
    target = _chunks(
        "K.7.b. Arbetsmarknad\n\nSundrådet: Uppföljning av chartern vid en konferens.\n\n"
        "Mål: två lösta hinder.",
        1500,
    )[0]
    intent = parse("Hur många hinder ska vara lösta som resultat av Sundrådets charter?")
    supports = [Support(1, advocacy, 3, 0.6), Support(2, target, 3, 0.55)]
    lead, _ = compose(intent, supports, "sv")
    assert lead.startswith("Mål: två lösta hinder."), lead


#: A news item that repeats the question's words, and a council's block whose year's
#: line a passage boundary puts after its first passage.
NEWS = (
    "Fjellrådet vil starte tettere samarbeid med regioner i 2021, skriver rådet om hvilke "
    "regioner det gjelder."
)
CUT_BLOCK = (
    "K.4.a. Samarbeid over grensen\n\n"
    "Fjellrådet: Fjellrådet skal starte tettere samarbeid mellom regioner over grensen, "
    "et samarbeid regioner i dalen og Fjellrådet trenger for å starte.\n\n"
    "M2021: Kartlegge hindringer for pendlere mellom kommunene i dalen og samle kunnskap "
    "om hvordan de kan fjernes med hjelp fra myndighetene på begge sider.\n\n"
    "M2022: Arrangere fiskefestival med jakt, fiske, turisme og friluftsliv i fjellet, "
    "med hytter, båter og guider for besøkende fra hele landet.\n\n"
    "D2021: Start på regionalt nivå mellom Region Nordby, Havlands Förbund og Vestmark "
    "fylke.\n\n"
    "D2022: Fiskefestival med jakt og turisme for besøkende i fjellet."
)


def test_a_lower_passages_record_is_read_on_to_the_year_asked(tmp_path, fake_embedder) -> None:
    """The news item ranks first and goes on with no record; the block ranks second, and
    its next passage, which holds the line of the year asked, is brought and answers."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "plan.txt").write_text(CUT_BLOCK, encoding="utf-8")
    settings = Settings().with_chunking(chunk_chars=400)
    assistant = Assistant.open(tmp_path / "index", corpus, settings, embedder=fake_embedder)
    question = "Mellom hvilke regioner skal Fjellrådet starte tettere samarbeid i 2021?"
    answer = assistant.ask(question, k=2)
    assert answer.answer.startswith("Region Nordby [1]"), answer.answer
    assert "D2021: Start" in answer.citations[0].text
    assert [c.doc for c in answer.citations] == ["plan.txt", "news.txt", "plan.txt"]


def test_a_year_that_opens_a_line_dates_a_record_line_not_a_news_list() -> None:
    assert opens_a_line("M2022: Möten.\nD2021: Start för samverkan.", ["2021"])
    assert opens_a_line("9/2021: Diskussion kring styrkeområden.", ["2021"])
    assert not opens_a_line("Nyheder > Ny havn i Skovhavn (2. september 2025) > Trafik", ["2025"])
    assert not opens_a_line("D2022: Rapport.", ["2021"])

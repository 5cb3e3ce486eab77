"""The passage holding the table row a question picks by "in part" is brought when the
search missed it (a run of table rows reads like no question), on a made-up corpus
(fake embedder, no model)."""

from __future__ import annotations

from pathlib import Path

from nordask.assistant import Assistant
from nordask.query import parse

REPORT = (
    "# Tilsyn med tilskudsordningen 2027\n\n## Sammendrag\n\n"
    + "Tilsynet gennemgik sagsbehandlingen og regnskabet for ordningen. " * 14
    + "\n\n## Påpegninger\n\n"
    "| Nr. | Påpegning | Frist | Bestyrelsens svar |\n|---|---|---|---|\n"
    "| 1 | Bilag arkiveres elektronisk. | 01.02.2028 | Tiltrådt. |\n"
    "| 2 | Rejser forhåndsgodkendes. | 01.04.2028 | Tiltrådt delvist. Kun over 8 000 kr. |\n"
    "| 3 | Lønsedler kontrolleres. | 01.06.2028 | Tiltrådt. |\n\n"
    "## Metode\n\n" + "Tilsynet bygger på stikprøver og interview med medarbejdere. " * 14 + "\n"
)


def test_the_passage_with_the_row_in_part_is_brought(tmp_path: Path, fake_embedder) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tilsyn.md").write_text(REPORT, encoding="utf-8")
    assistant = Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)
    intent = parse("Which finding did the board accept only in part?")
    qvec = fake_embedder.embed_queries([intent.question])[0]
    passages = assistant.backend.passages("tilsyn.md")
    held = [i for i, chunk in enumerate(passages) if "delvist" in chunk.text]
    others = [i for i, chunk in enumerate(passages) if "delvist" not in chunk.text]
    assert held and others
    rows = [assistant.backend.row_of("tilsyn.md", i) for i in others]
    searched = assistant.backend.hits_for(rows, qvec, assistant.settings.retrieval)
    assert assistant._partial_rows(intent, searched) == [
        assistant.backend.row_of("tilsyn.md", held[0])
    ]
    # A question that picks no row by "in part" brings none.
    plain = parse("Which finding did the board accept?")
    assert assistant._partial_rows(plain, searched) == []

"""An e-mail thread states a proposal twice: the reply on top changes it, and the earlier
message it quotes ("> …") still holds the first version. Where the reply is cited, the
quoted lines do not lead. Made-up threads in other wording than any tester's."""

from __future__ import annotations

from pathlib import Path

from cited import supports_holding
from nordask.answer import compose
from nordask.assistant import Assistant
from nordask.changes import latest_said, quoted
from nordask.ingest import chunk_document
from nordask.loaders import discover, load
from nordask.query import parse
from nordask.settings import ChunkSettings

THREAD = """From: Lena Ek <lena.ek@tornby.se>
Date: 4 March 2028 10:12
Subject: RE: RE: Joint application Harbour Skills

Hi Nils,

Thanks for the call. We agree: Brevik municipality becomes lead partner instead of Tornby \
municipality, and the budget of the Harbour Skills application is cut to EUR 310,000.

Best regards
Lena

> From: Nils Berg <nils.berg@brevik.no>
> Date: 2 March 2028 08:40
>
> Hi Lena,
>
> The ceiling for single projects is EUR 320,000 this year, so the draft does not fit.
>
>> From: Lena Ek <lena.ek@tornby.se>
>> Date: 28 February 2028 15:02
>>
>> Dear Nils,
>>
>> My proposal for the Harbour Skills application:
>>
>> - Lead partner: Tornby municipality
>> - Budget: EUR 450,000
>>
>> Best regards
>> Lena
"""

#: A Markdown note set off as a quote: one "> " line, no earlier message.
NOTE = """# Travel rules

Daily allowances follow the table above.

> Staff of the Tornby office get the Swedish allowance of SEK 290 a day instead.
"""


def _chunks(folder: Path, name: str, text: str) -> list:
    (folder / name).write_text(text, encoding="utf-8")
    files, _ = discover(folder)
    return chunk_document(load(files[0]), ChunkSettings(chunk_chars=400), {})


def test_the_reply_not_the_quoted_proposal_gives_the_agreed_budget(tmp_path: Path) -> None:
    chunks = _chunks(tmp_path, "thread.txt", THREAD)
    supports = supports_holding(chunks, "Budget: EUR 450,000", "is cut to EUR 310,000")
    assert quoted(supports[0]) and not quoted(supports[1])
    question = "What budget was agreed for the Harbour Skills application?"
    text, _ = compose(parse(question), supports, "en")
    assert "310,000" in text.split("\n")[0]
    assert "450,000" not in text.split("\n")[0]


def test_a_quoted_message_alone_still_answers(tmp_path: Path) -> None:
    chunks = _chunks(tmp_path, "thread.txt", THREAD)
    supports = supports_holding(chunks, "Budget: EUR 450,000")
    assert latest_said("What budget was first proposed?", supports) == supports


def test_a_question_for_the_first_proposal_reads_the_quoted_message(tmp_path: Path) -> None:
    chunks = _chunks(tmp_path, "thread.txt", THREAD)
    supports = supports_holding(chunks, "Budget: EUR 450,000", "is cut to EUR 310,000")
    for question in (
        "What budget was first proposed for the Harbour Skills application?",
        "Vilken budget föreslogs ursprungligen för ansökan Harbour Skills?",
    ):
        assert latest_said(question, supports) == supports


def test_what_only_the_quoted_message_says_still_answers(tmp_path: Path) -> None:
    chunks = _chunks(tmp_path, "thread.txt", THREAD)
    supports = supports_holding(chunks, "The ceiling for single projects", "is cut to EUR")
    question = "How high is the ceiling for single projects this year?"
    assert latest_said(question, supports) == supports


def test_a_markdown_quote_is_no_earlier_message(tmp_path: Path) -> None:
    chunks = _chunks(tmp_path, "rules.md", NOTE)
    supports = supports_holding(chunks, "SEK 290 a day", "Daily allowances follow")
    assert not quoted(supports[0])
    assert latest_said("What allowance do staff of the Tornby office get?", supports) == supports


def test_an_amount_only_the_quoted_proposal_gives_is_not_read_as_granted(
    tmp_path: Path, fake_embedder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "thread.txt").write_text(THREAD, encoding="utf-8")
    assistant = Assistant.open(tmp_path / "index", corpus, embedder=fake_embedder)
    chunks = assistant.backend.passages("thread.txt")
    supports = supports_holding(chunks, "Subject: RE: RE: Joint", "Budget: EUR 450,000")
    question = "How much has the Harbour Skills application been granted?"
    decision = assistant._decide(
        parse(question), question, 0.6, [s.chunk for s in supports], supports, [], None
    )
    assert decision.refusal is not None
    assert decision.refusal.check == "amount"

"""A chat log, a comment thread or minutes correct a figure later in the text ("15
April, not 8 April"; "Correction: we wrote 230 … The right number is 320."): the earlier
line no longer holds, so the correcting line leads. Made-up logs in other wording than
any tester's."""

from __future__ import annotations

from cited import one_chunk, support_holding
from nordask.answer import compose
from nordask.changes import correction
from nordask.passages import Support
from nordask.query import parse

CHAT = """Online meeting of the Fjordby harbour network.

[14:02] Kari Moe: When does the harbour workshop take place?
[14:03] Ole Dahl: The harbour workshop is on Tuesday 8 April at 13.
[14:20] Kari Moe: Thanks, see you there.
[14:40] Ole Dahl: A small fix from me: the harbour workshop is on Tuesday 15 April, not 8 April.
"""

FORUM = """Borgerpanelet i Vesterby: første resultater

I alt har 230 borgere svaret på undersøgelsen om cykelstier, og de fleste ønsker flere \
stier langs kysten.

Kommentarer

Jens Holm, 12.5.2029: Rettelse: I indlægget står der 230 borgere. Det korrekte tal er 320.
"""

#: Minutes that restate a figure later without correcting it.
MINUTES = """Styremøte i Nordvik kystlag.

Laget har 42 medlemmer. Kassereren minnet om at kontingenten ikke er betalt av alle.
Styret vil rekruttere flere, men ikke før 42 medlemmer har betalt for i år.
"""


QUESTION = "Hvor mange borgere har svaret på undersøgelsen om cykelstier?"

#: One sentence holds the day of one event and the count of another matter (as a chat
#: log's lines run together); the later correction is of the day.
MIXED = """[09:10] Eva Strand: The next seminar on ferry tickets is on 3 May, and the office \
answered 480 calls in 2028.
[09:30] Eva Strand: Sorry, the ferry ticket seminar is on 10 May, not 3 May.
"""


def _supports(text: str, lang: str, *said: str) -> list[Support]:
    chunk = one_chunk(text, lang=lang)
    return [support_holding(n, chunk, words, 0.9 - n / 10) for n, words in enumerate(said, 1)]


def test_a_later_line_that_rejects_the_day_leads() -> None:
    supports = _supports(CHAT, "en", "on Tuesday 8 April", "Thanks, see you")
    text, _ = compose(parse("When is the Fjordby harbour workshop?"), supports, "en")
    assert "15 April, not 8 April" in text.split("\n")[0]


def test_a_marked_correction_leads_with_the_right_figure() -> None:
    supports = _supports(FORUM, "da", "230 borgere svaret")
    corrected = correction(parse(QUESTION), supports[0], supports)
    assert corrected is not None
    assert "Det korrekte tal er 320" in corrected[1]
    text, _ = compose(parse(QUESTION), supports, "da")
    assert "320" in text.split("\n")[0]


def test_a_later_line_with_the_same_figure_is_no_correction() -> None:
    supports = _supports(MINUTES, "no", "Laget har 42 medlemmer")
    assert correction(parse("Hvor mange medlemmer har laget?"), supports[0], supports) is None


def test_an_earlier_line_does_not_correct_a_later_one() -> None:
    supports = _supports(CHAT, "en", "15 April, not 8 April", "on Tuesday 8 April")
    assert correction(parse("When is the harbour workshop?"), supports[0], supports) is None


def test_a_correction_of_another_matter_in_the_same_line_does_not_lead() -> None:
    supports = _supports(MIXED, "en", "480 calls")
    question = "How many calls did the office answer in 2028?"
    assert correction(parse(question), supports[0], supports) is None
    seminar = parse("When is the ferry ticket seminar?")
    assert correction(seminar, supports[0], supports) is not None

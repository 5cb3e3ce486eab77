"""The first line of a question that names a plan's body (no model): two bodies' blocks
under one activity say much the same ("An early start … is very important"), and the
named body's own sentence leads, not the other body's, though it shares more of the
question's words, reads closer to what is asked, gives a reason or counts the asked thing."""

from __future__ import annotations

from cited import one_chunk, sentence_at
from nordask.answer import compose
from nordask.passages import Support
from nordask.query import parse
from nordask.records import Chunk

_ACTIVITY = "G.3.a. Fremme brintdrevne færger mellem havnene\n\n"
#: The named body's block: its reason shares few of the question's words.
_OWN = (
    f"{_ACTIVITY}Fjordrådet: Fjordrådet vil sammen med havnene undersøge, hvilke regionale "
    "effekter brintfærger har for samarbejdet.\n\nEn tidlig indførelse af brintfærger i "
    "Fjordregionen kan hurtigt løse nogle af regionens største udfordringer som fraflytning "
    "og aldring."
)
QUESTION = "Hvorfor mener Fjordrådet, at det er vigtigt at få brintfærger tidligt i regionen?"


def _chunks(other: str) -> tuple[Chunk, Chunk]:
    """The named body's block and another body's, `other`, under the same activity."""
    own = one_chunk(_OWN, doc="plan.txt", lang="da")
    return own, one_chunk(f"{_ACTIVITY}Havudvalget: {other}", doc="plan.txt", lang="da")


def _lead(supports: list[Support]) -> str:
    return compose(parse(QUESTION), supports, "da")[0].split("\n\n")[0]


def test_the_named_body_s_block_leads_over_another_body_s_closer_words() -> None:
    own, other = _chunks(
        "En tidlig indførelse af brintfærger i Havbugten og Fjordlandet er meget vigtig for "
        "regionen. De lange afstande over vandet gør samarbejdet svært."
    )
    supports = [
        Support(1, own, sentence_at(own, "En tidlig"), 0.58),
        Support(2, other, sentence_at(other, "En tidlig"), 0.55),
    ]
    assert _lead(supports).endswith("— Fjordrådet › G.3.a [1]")


def test_the_aspect_step_stays_in_the_named_body_s_block() -> None:
    own, other = _chunks(
        "En tidlig indførelse af brintfærger i Havbugten og Fjordlandet er meget vigtig for "
        "regionen. De lange afstande over vandet gør samarbejdet svært."
    )
    closest = (0.0, 0.0, 0.1, 0.2)  # the other body's sentence reads closest to the aspect
    supports = [
        Support(1, own, sentence_at(own, "En tidlig"), 0.58, aspect_scores=closest),
        Support(2, other, sentence_at(other, "En tidlig"), 0.55, aspect_scores=(0, 0, 0.5)),
    ]
    assert _lead(supports).endswith("— Fjordrådet › G.3.a [1]")


def test_a_reason_of_another_body_s_block_does_not_lead() -> None:
    own, other = _chunks(
        "Brintfærger i Havbugten og Fjordlandet er meget vigtige, fordi de lange afstande "
        "over vandet gør samarbejdet svært."
    )
    own_at, other_at = sentence_at(own, "En tidlig"), sentence_at(other, "fordi")
    supports = [
        Support(1, own, own_at, 0.58, (0.3, 0.3, 0.4, 0.5)),
        Support(2, other, other_at, 0.55, (0.3, 0.3, 0.6)),
    ]
    assert _lead(supports).endswith("— Fjordrådet › G.3.a [1]")


def test_a_count_of_another_body_s_block_does_not_lead_a_named_body_s_how_many() -> None:
    # The question spells the body in lower case, as people type: no name word to match.
    activity = "K.4.b. Mindske grænsehindringer for pendlere\n\n"
    own = one_chunk(
        f"{activity}Fjord Forum: Opfølgning af pendleraftalen.\n\nMål: tre løste grænsehindringer.",
        doc="plan.txt",
        lang="da",
    )
    other = one_chunk(
        f"{activity}Kystrådet: Identificere 2-4 grænsehindringer om året.",
        doc="plan.txt",
        lang="da",
    )
    supports = [
        Support(1, other, sentence_at(other, "Identificere"), 0.45),
        Support(2, own, sentence_at(own, "Mål"), 0.40),
    ]
    question = parse("fjord forum pendleraftale - how many border obstacles shld be solved")
    lead = compose(question, supports, "en")[0].split("\n\n")[0]
    assert lead.endswith("— Fjord Forum › K.4.b [2]")

"""Questions that name a thing or a person to ask for something else of it: "Who chaired
X before Anna Berg?" asks for another holder than her, and "X's result in 2023" is not
answered by what a passage on another thing says of that year (fake embedder, no
model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cited import file_supports
from nordask.answer import compose
from nordask.query import parse
from nordask.settings import RetrievalSettings
from test_policy import refusal_for
from word_lists import WordList

BOARD = (
    "Lindholm Harbour Forum\n\n"
    "The forum is a joint body of six coastal towns.\n\n"
    "Board 2026\n\n"
    "Greta Lindqvist, chair / leder\nOskar Brandt, vice chair / nestleder\n"
    "Hilde Vang, member\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "Who chaired the Lindholm Harbour Forum before Greta Lindqvist?",
        "Hvem ledet Lindholm Harbour Forum før Greta Lindqvist?",
    ],
)
def test_the_person_a_who_question_names_is_not_its_answer(tmp_path: Path, question: str) -> None:
    supports = file_supports(tmp_path, "forum.txt", BOARD)
    text, _ = compose(parse(question), supports, "en")
    first = text.split("\n")[0]
    assert not first.startswith("Greta Lindqvist"), text


ACCOUNTS = (
    "Vesterby Kystråd – årsregnskab 2025. Årets resultat blev et overskud på 312 t.kr. "
    "mod 280 t.kr. i 2024."
)
BLOG = "Da vi startede sprogcaféen i efteråret 2023, mødte tolv familier op."


def test_a_year_only_another_thing_s_passage_names_is_the_reason() -> None:
    question = "Hvad var Vesterby Kystråds årets resultat i 2023?"
    refusal = refusal_for(question, [ACCOUNTS, BLOG])
    assert refusal is not None
    assert refusal.reason == "none of the closest passages on Vesterby Kystråds is about 2023"


def test_an_item_code_no_passage_has_is_why_a_question_is_refused() -> None:
    from nordask.policy import decide

    corpus = WordList("hvor", "mange", "timer", "kurset", "havbruk", "k1", "k2", "k3")
    passage = "Kurset i havbruk: K1 | 10 timer, K2 | 12 timer, K3 | 8 timer"

    def refused(question: str) -> str | None:
        found = decide(
            parse(question), question, [passage], [passage], 0.6, corpus, {}, RetrievalSettings()
        )
        return found.refusal.reason if found.refusal else None

    assert refused("Hvor mange timer har modul K4 i kurset i havbruk?") == "it never mentions K4"
    assert refused("Hvor mange timer har modul K2 i kurset i havbruk?") != "it never mentions K2"


def test_a_course_s_credits_count_no_students() -> None:
    from nordask.policy import uncounted

    lead = "Studieplan: Fjordkunnskap – etterutdanning (10 studiepoeng) Studieår 2027/2028 [1]"
    cited = ["Studieplan: Fjordkunnskap – etterutdanning (10 studiepoeng). Opptak: 25 plasser."]
    refusal = uncounted(parse("Hvor mange studenter fullførte Fjordkunnskap i fjor?"), lead, cited)
    assert refusal is not None
    assert refusal.reason.startswith("none of the closest passages gives a number of studenter")

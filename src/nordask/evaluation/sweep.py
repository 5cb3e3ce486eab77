"""The abstention threshold sweep: how precision and recall of abstaining move with
`RetrievalSettings.min_relevance`, the off-topic threshold of policy.py.

Each threshold is a real run of the same questions through an assistant that
differs only in that setting (the index and backend are shared), so the curve
shows what nordask would do, other refusal checks included. Calibrate on dev.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from nordask.assistant import Assistant
from nordask.evaluation.evalset import Question
from nordask.evaluation.runner import Judged, abstention, ask_or_refuse

#: Thresholds either side of the default, in steps fine enough to see the knee.
STEP = 0.03
STEPS_EACH_SIDE = 5


@dataclass(frozen=True)
class SweepPoint:
    threshold: float
    precision: float | None
    recall: float | None
    #: Share of answerable questions still answered: what a stricter threshold costs.
    answered: float | None


def thresholds_around(default: float) -> list[float]:
    return [
        round(default + STEP * i, 4)
        for i in range(-STEPS_EACH_SIDE, STEPS_EACH_SIDE + 1)
        if default + STEP * i >= 0
    ]


def threshold_sweep(
    assistant: Assistant, questions: Sequence[Question], k: int, thresholds: Sequence[float]
) -> list[SweepPoint]:
    points = []
    for threshold in thresholds:
        retrieval = replace(assistant.settings.retrieval, min_relevance=threshold)
        settings = replace(assistant.settings, retrieval=retrieval)
        variant = Assistant.open(assistant.backend, settings=settings, build=False)
        judged = [Judged(q, ask_or_refuse(variant, q.question, k), None) for q in questions]
        precision, recall = abstention(judged)
        answerable = [j for j in judged if j.question.answerable]
        answered = (
            sum(1 for j in answerable if not j.abstained) / len(answerable) if answerable else None
        )
        points.append(SweepPoint(threshold, precision, recall, answered))
    return points

"""Answer or abstain: whether the corpus answers a question, and if not, why.

Similarity alone cannot tell an answerable question from one the corpus does
not answer (evals/README.md: the best passage scores overlap). So the policy
combines a domain-relevance score with checks of what the question asks for:
- off-topic: the best passage is far from the question *and* few of the
  question's words occur anywhere in the corpus;
- names the corpus never mentions ("the capital of Peru");
- a year, or a numbered goal, the corpus does not have, or a year none of the
  closest passages (or their documents' names) is about;
- a person (a chair, an author) where no supporting passage names a role;
- an amount, a count or a date where none of the closest passages states one.
Every threshold (`RetrievalSettings`) is calibrated on evals/dev.jsonl (see evals/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nordask.query import (
    Intent,
    asks_day,
    name_words,
    names_any,
    states_amount,
    states_count,
    states_day,
    years_in,
)
from nordask.settings import RetrievalSettings

#: Roles and authorship: a passage that can say who chairs, leads or wrote something.
_ROLE = re.compile(
    r"\b(?:chair\w*|ordför\w*|formand\w*|forkvinde|styreleder\w*|leder(?:e|en)?\b|"
    r"led(?:s|d)?\s+(?:by|av|af)|head(?:ed)?\s+(?:of|by)|director\w*|direktør\w*|direktör\w*|"
    r"published\s+by|written\s+by|author\w*|skrevet\s+af|skriven\s+av|skrevet\s+av|"
    r"chef(?:en)?\b|sekreterare|secretary\s+general|generalsekret\w*|ceo)\b",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.?\s+\w+\s+(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Signals:
    """What the policy looked at, for --explain and the eval report."""

    dense: float
    coverage: float
    relevance: float


def signals(dense: float, coverage: float, thresholds: RetrievalSettings) -> Signals:
    return Signals(dense, coverage, dense + thresholds.coverage_weight * coverage)


def abstain_reason(
    intent: Intent,
    passages: Sequence[str],
    windows: Sequence[str],
    found: Signals | None,
    *,
    knows: Callable[[str], bool],
    unknown_names: Sequence[str],
    goals: dict[int, str],
    thresholds: RetrievalSettings,
) -> str | None:
    """Why the corpus does not answer the question, or None when it does.

    `passages` are the cited passages' texts, best first, and `windows` the sentences
    around each one's best-matching sentence with its section and owner (a figure
    must stand there: passages hold many numbers); `found` the relevance signals of
    the best one; `goals` the numbered headings the corpus has.
    """
    if not passages or found is None:
        return "no passage matches"
    if found.dense < thresholds.min_dense or found.relevance < thresholds.min_relevance:
        return "the question seems to be outside what the corpus covers"
    if unknown_names and found.dense < thresholds.name_check_below:
        return f"it never mentions {', '.join(unknown_names)}"
    unknown_years = [y for y in intent.years if not knows(y)]
    if unknown_years:
        return f"it never mentions {', '.join(unknown_years)}"
    cited_years = set().union(*(years_in(text) for text in passages))
    missing_years = [y for y in intent.years if y not in cited_years]
    if missing_years:
        return f"none of the closest passages is about {', '.join(missing_years)}"
    if intent.goal is not None and goals and intent.goal not in goals:
        listing = ", ".join(str(n) for n in sorted(goals))
        return f"it has no goal {intent.goal} (the goals are {listing})"
    top = passages[: thresholds.amount_depth]
    near = windows[: thresholds.amount_depth]
    if intent.years:  # "the budget for 2025": the figure must be that year's
        near = [w for w in near if set(intent.years) & years_in(w)]
    when = f" for {', '.join(intent.years)}" if intent.years else ""
    if intent.wants_amount and not any(states_amount(text) for text in _about(intent, near)):
        return f"none of the closest passages states an amount{when}"
    if intent.kind == "person" and not any(_ROLE.search(text) for text in top):
        return "none of the closest passages names a person in that role"
    if intent.kind == "quantity" and not any(states_count(text) for text in near):
        return f"none of the closest passages gives a number{when}"
    if intent.kind == "date" and not any(_YEARLIKE.search(text) for text in top):
        return "none of the closest passages gives a date"
    if intent.kind == "date" and asks_day(intent.question) and not any(map(states_day, near)):
        return "none of the closest passages gives a day"
    return None


def _about(intent: Intent, windows: list[str]) -> list[str]:
    """The windows that speak of what a money question names ("Greater Copenhagen's
    BioScienceHub"), when some do: another organisation's budget does not answer it.
    A goal's table row names its goal by layout, not by the question's names."""
    names = name_words(intent.question)
    if intent.goal is not None or not any(names_any(w, names) for w in windows):
        return windows
    return [w for w in windows if names_any(w, names)]

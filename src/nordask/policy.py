"""Answer or abstain: whether the corpus answers a question, and if not, why.

Similarity alone cannot tell an answerable question from one the corpus does
not answer (evals/README.md: the best passage scores overlap). So the policy
combines a domain-relevance score with checks of what the question asks for:
- off-topic: the best passage is far from the question *and* few of the
  question's words occur anywhere in the corpus;
- names the corpus never mentions ("the capital of Peru");
- a year, or a numbered goal, the corpus does not have;
- a person (a chair, an author) where no supporting passage names a role;
- an amount where none of the closest passages states one.
Every threshold (`RetrievalSettings`) is calibrated on evals/dev.jsonl (see evals/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from nordask.query import Intent, states_amount
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
_WORD = re.compile(r"[^\W_][\w-]*", re.UNICODE)
_OUTSIDE = "the question seems to be outside what the corpus covers"


@dataclass(frozen=True)
class Signals:
    """What the policy looked at, for --explain and the eval report."""

    dense: float
    coverage: float
    relevance: float


def signals(dense: float, coverage: float, thresholds: RetrievalSettings) -> Signals:
    return Signals(dense, coverage, dense + thresholds.coverage_weight * coverage)


@dataclass(frozen=True)
class Refusal:
    """Why the corpus does not answer: `check` names the test that refused (a threshold
    of `RetrievalSettings` such as "min_dense", or a kind check such as "amount"),
    `reason` says it in words."""

    check: str
    reason: str


@dataclass(frozen=True)
class Decision:
    """The abstain-or-answer decision with what it was made from."""

    refusal: Refusal | None
    #: The relevance signals of the best passage (None when no passage matched).
    found: Signals | None
    #: The question's names that the corpus never mentions (all of them, or none).
    unknown_names: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str | None:
        return self.refusal.reason if self.refusal else None


class Words(Protocol):
    """What the policy asks of the corpus's words (every backend answers it)."""

    def knows(self, term: str) -> bool: ...

    def knows_word(self, word: str) -> bool: ...

    def coverage(self, question: str) -> float: ...


def decide(
    intent: Intent,
    query: str,
    passages: Sequence[str],
    best_dense: float | None,
    words: Words,
    goals: dict[int, str],
    thresholds: RetrievalSettings,
) -> Decision:
    """Answer or abstain for `query`, given the cited passages' texts (best first) and
    the best dense score among them."""
    names = name_words(query)
    unknown = [w for w in names if not words.knows_word(w)]
    # Only when every name is unknown: a cross-lingual name ("Kvarken Council")
    # is known by one of its words.
    unknown = unknown if names and len(unknown) == len(names) else []
    found = (
        signals(best_dense, words.coverage(query), thresholds)
        if passages and best_dense is not None
        else None
    )
    refusal = abstain_reason(
        intent,
        passages,
        found,
        knows=words.knows,
        unknown_names=unknown,
        goals=goals,
        thresholds=thresholds,
    )
    return Decision(refusal, found, unknown)


def abstain_reason(
    intent: Intent,
    passages: Sequence[str],
    found: Signals | None,
    *,
    knows: Callable[[str], bool],
    unknown_names: Sequence[str],
    goals: dict[int, str],
    thresholds: RetrievalSettings,
) -> Refusal | None:
    """Why the corpus does not answer the question, or None when it does.

    `passages` are the cited passages' texts, best first; `found` the relevance
    signals of the best one; `goals` the numbered headings the corpus has.
    """
    if not passages or found is None:
        return Refusal("passages", "no passage matches")
    if found.dense < thresholds.min_dense:
        return Refusal("min_dense", _OUTSIDE)
    if found.relevance < thresholds.min_relevance:
        return Refusal("min_relevance", _OUTSIDE)
    if unknown_names and found.dense < thresholds.name_check_below:
        return Refusal("name_check_below", f"it never mentions {', '.join(unknown_names)}")
    unknown_years = [y for y in intent.years if not knows(y)]
    if unknown_years:
        return Refusal("years", f"it never mentions {', '.join(unknown_years)}")
    if intent.goal is not None and goals and intent.goal not in goals:
        listing = ", ".join(str(n) for n in sorted(goals))
        return Refusal("goal", f"it has no goal {intent.goal} (the goals are {listing})")
    top = passages[: thresholds.amount_depth]
    if intent.wants_amount and not any(states_amount(text) for text in top):
        return Refusal("amount", "none of the closest passages states an amount")
    if intent.kind == "person" and not any(_ROLE.search(text) for text in top):
        return Refusal("person", "none of the closest passages names a person in that role")
    if intent.kind == "date" and not any(_YEARLIKE.search(text) for text in top):
        return Refusal("date", "none of the closest passages gives a date")
    return None


def name_words(question: str) -> list[str]:
    """Words written as names: capitalised inside the question, or all capitals."""
    words = _WORD.findall(question)
    names = []
    for i, word in enumerate(words):
        letters = word.replace("-", "")
        if len(letters) < 3 or any(ch.isdigit() for ch in letters):
            continue
        if (i > 0 and word[0].isupper()) or (letters.isupper() and len(letters) >= 3):
            names.append(word)
    return names

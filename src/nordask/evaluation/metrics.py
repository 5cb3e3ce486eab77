"""Metric arithmetic over judged rankings (no I/O, no model)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def recall_at(matched_ranks: Sequence[int | None], k: int) -> float:
    """Share of relevant items found in the top k (ranks are 1-based, None = not found)."""
    if not matched_ranks:
        return 0.0
    return sum(1 for r in matched_ranks if r is not None and r <= k) / len(matched_ranks)


def reciprocal_rank(first_relevant: int | None, k: int) -> float:
    return 1.0 / first_relevant if first_relevant is not None and first_relevant <= k else 0.0


def ndcg_at(gains: Sequence[int], relevant_count: int, k: int) -> float:
    """Binary nDCG: `gains[i]` is 1 when rank i+1 found a not-yet-found relevant item."""
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))
    ideal = sum(1 / math.log2(i + 2) for i in range(min(relevant_count, k)))
    return dcg / ideal if ideal else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile: no interpolation, always an observed value."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, math.ceil(q / 100 * len(ordered)) - 1)
    return ordered[index]


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None

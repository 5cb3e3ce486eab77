"""Charts for the HTML eval report, drawn with matplotlib and returned as data URIs.

matplotlib is an optional extra (`pip install 'nordask[report]'`) and is
imported only here, when a report is drawn, so `nordask --help` and every other
command stay fast. Images are PNG inlined as base64, so the page needs no
network and no files beside it.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping, Sequence
from typing import Any

from nordask.errors import InputError

_WIDTH, _HEIGHT, _DPI = 6.4, 3.4, 110
_COLORS = ("#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#c53030")


def require_matplotlib() -> None:
    """Fail before a long run, not after it, when the charts cannot be drawn."""
    try:
        import matplotlib
    except ImportError as exc:
        raise InputError(
            "the HTML report draws its charts with matplotlib, which is not installed: "
            "run `pip install 'nordask[report]'` (or `pip install matplotlib`)."
        ) from exc
    matplotlib.use("Agg")  # no display, no GUI toolkit: the charts only become PNGs


def _figure() -> tuple[Any, Any]:
    require_matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=(_WIDTH, _HEIGHT), dpi=_DPI, layout="constrained")
    return figure, figure.subplots()


def _data_uri(figure: Any) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def line_chart(
    title: str,
    x: Sequence[float],
    series: Mapping[str, Sequence[float | None]],
    *,
    xlabel: str,
    marker_at: float | None = None,
    marker_label: str = "",
) -> str:
    """Lines over a shared x axis (values 0-1); an optional vertical marker (the default)."""
    figure, ax = _figure()
    for color, (name, values) in zip(_COLORS, series.items(), strict=False):
        points = [(a, b) for a, b in zip(x, values, strict=True) if b is not None]
        ax.plot([a for a, _ in points], [b for _, b in points], "o-", color=color, label=name)
    if marker_at is not None:
        ax.axvline(marker_at, color="#718096", linestyle="--", label=marker_label)
    ax.set(title=title, xlabel=xlabel, ylim=(0, 1.05))
    ax.grid(alpha=0.3)
    _legend_below(ax)
    return _data_uri(figure)


def _legend_below(ax: Any) -> None:
    """Under the plot, where it hides no bar or point."""
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=4, fontsize="small")


def grouped_bars(title: str, groups: Mapping[str, Mapping[str, float | None]]) -> str:
    """One cluster of bars per group (a language, cross- or same-language), one bar per metric."""
    figure, ax = _figure()
    names = list(groups)
    metrics = list(next(iter(groups.values()))) if groups else []
    width = 0.8 / max(1, len(metrics))
    for i, (color, metric) in enumerate(zip(_COLORS, metrics, strict=False)):
        values = [groups[g].get(metric) for g in names]
        positions = [n + (i - (len(metrics) - 1) / 2) * width for n in range(len(names))]
        ax.bar(positions, [v or 0.0 for v in values], width, color=color, label=metric)
    ax.set_xticks(range(len(names)), names)
    ax.set(title=title, ylim=(0, 1.05))
    ax.grid(axis="y", alpha=0.3)
    _legend_below(ax)
    return _data_uri(figure)


def histogram(
    title: str, values: Sequence[float], marks: Mapping[str, float], *, xlabel: str
) -> str:
    """A distribution with labelled vertical marks (p50, p95)."""
    figure, ax = _figure()
    ax.hist(values, bins=min(30, max(5, len(values) // 3)), color=_COLORS[0], alpha=0.85)
    for color, (name, at) in zip(_COLORS[1:], marks.items(), strict=False):
        ax.axvline(at, color=color, linestyle="--", label=f"{name} {at:.0f}")
    ax.set(title=title, xlabel=xlabel, ylabel="questions")
    ax.legend(fontsize="small")
    return _data_uri(figure)

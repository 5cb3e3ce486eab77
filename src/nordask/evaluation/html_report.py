"""`nordask eval --html FILE`: the whole evaluation on one self-contained page.

Charts are inlined PNGs, the styles and the small filter script are in the
page, and nothing refers to a network address, so the file opens offline and
can be mailed around. Every question is listed with its answer, citations, gold
and verdict, and the misses can be filtered.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nordask.errors import InputError
from nordask.evaluation import charts, metrics
from nordask.evaluation.coverage import Coverage
from nordask.evaluation.harness import Evaluation
from nordask.evaluation.report import MISS_RANK, format_human, misses, table
from nordask.evaluation.runner import Judged
from nordask.evaluation.sweep import SweepPoint, threshold_sweep, thresholds_around
from nordask.records import Citation

#: Metrics shown per group in the bar charts (all are shares, 0-1).
_BAR_METRICS = ("recall@5", "mrr@{k}", "answer_term_accuracy")


@dataclass(frozen=True)
class HtmlInputs:
    title: str
    report: dict[str, Any]
    judged: Sequence[Judged]
    sweep: Sequence[SweepPoint]
    #: The min_relevance the run used, marked on the sweep chart.
    threshold: float
    coverage: Coverage


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def recall_by_k(judged: Sequence[Judged], k: int) -> list[float | None]:
    answerable = [j for j in judged if j.question.answerable]
    return [
        metrics.mean([metrics.recall_at(j.matched_ranks, depth) for j in answerable])
        for depth in range(1, k + 1)
    ]


def _bar_groups(report: dict[str, Any], names: Sequence[str]) -> dict[str, dict[str, Any]]:
    k = report["k"]
    wanted = [m.format(k=k) for m in _BAR_METRICS]
    groups = report["groups"]
    return {name: {m: groups[name].get(m) for m in wanted} for name in names if name in groups}


def _charts(inputs: HtmlInputs) -> list[tuple[str, str]]:
    report, k = inputs.report, inputs.report["k"]
    latencies = [j.answer.timings_ms.get("total", 0.0) for j in inputs.judged]
    languages = [g for g in report["groups"] if g.startswith("lang=")]
    drawn = [
        (
            "Recall@k by k",
            charts.line_chart(
                "Recall@k by k (answerable questions)",
                list(range(1, k + 1)),
                {"recall@k": recall_by_k(inputs.judged, k)},
                xlabel="k",
            ),
        ),
        (
            "Metrics by question language",
            charts.grouped_bars("Metrics by question language", _bar_groups(report, languages)),
        ),
        (
            "Cross- vs same-language",
            charts.grouped_bars(
                "Cross-lingual vs same-language questions",
                _bar_groups(report, ["cross-lingual", "same-language", "all"]),
            ),
        ),
        (
            "Latency",
            charts.histogram(
                "Answer latency per question",
                latencies,
                {
                    "p50": metrics.percentile(latencies, 50),
                    "p95": metrics.percentile(latencies, 95),
                },
                xlabel="ms (total, nearest-rank percentiles)",
            ),
        ),
    ]
    if inputs.sweep:
        drawn.append(
            (
                "Abstention threshold sweep",
                charts.line_chart(
                    "Abstention against the relevance threshold (min_relevance)",
                    [p.threshold for p in inputs.sweep],
                    {
                        "abstention precision": [p.precision for p in inputs.sweep],
                        "abstention recall": [p.recall for p in inputs.sweep],
                        "answerable still answered": [p.answered for p in inputs.sweep],
                    },
                    xlabel="min_relevance",
                    marker_at=inputs.threshold,
                    marker_label=f"current {inputs.threshold:g}",
                ),
            )
        )
    return drawn


def _citation(c: Citation) -> str:
    start, end = c.evidence_span
    page = f", p. {c.page}" if c.page else ""
    where = " › ".join(part for part in (c.owner or "", c.section) if part)
    passage = f"{_e(c.text[:start])}<mark>{_e(c.text[start:end])}</mark>{_e(c.text[end:])}"
    return (
        f"<li><details><summary>[{c.n}] {_e(c.doc)}{_e(page)} · {_e(c.lang)} · "
        f"{c.score:.2f}{' · weak' if c.weak else ''}{' · ' + _e(where) if where else ''}"
        f"<br><q>{_e(c.evidence)}</q></summary><p class=passage>{passage}</p></details></li>"
    )


def _question(j: Judged, reasons: list[str], human: dict[str, Any] | None) -> str:
    q = j.question
    flags = {
        "miss": bool(reasons),
        "retrieval": any(r.startswith("no relevant passage") for r in reasons),
        "abstention": any("abstained" in r or "unanswerable" in r for r in reasons),
        "cross": j.cross_lingual is True,
        "humanwrong": bool(human and human["verdict"] != "correct" and not human["stale"]),
        "rejudge": human is None or bool(human["stale"]),
    }
    data = " ".join(f'data-{name}="{int(on)}"' for name, on in flags.items())
    verdict = (
        f"<span class=bad>miss: {_e('; '.join(reasons))}</span>"
        if reasons
        else "<span class=good>ok</span>"
    )
    if human:
        stale = " (stale: the answer changed since)" if human["stale"] else ""
        note = f": {_e(human['note'])}" if human["note"] else ""
        verdict += f" · judged <b>{_e(human['verdict'])}</b>{stale}{note}"
    gold = "".join(
        f"<li>{_e(r.doc)}{', p. ' + str(r.page) if r.page else ''} «{_e(r.contains)}»</li>"
        for r in q.relevant
    )
    terms = ", ".join(_e(t) for t in q.answer_terms) or "–"
    state = "answered" if j.answer.answered else "refused"
    return (
        f'<article class=q id="q-{_e(q.id)}" {data}>'
        f"<h3>{_e(q.id)} <small>[{_e(q.lang)}] · "
        f"{'answerable' if q.answerable else 'unanswerable'} · {state}</small></h3>"
        f"<p class=question>{_e(q.question)}</p><p class=verdict>{verdict}</p>"
        f"<pre class=answer>{_e(j.answer.answer)}</pre>"
        f"<div class=cols><div><b>Citations</b><ol class=cites>"
        f"{''.join(_citation(c) for c in j.answer.citations)}</ol></div>"
        f"<div><b>Gold</b><ul>{gold or '<li>none: the corpus does not answer it</li>'}</ul>"
        f"answer terms: {terms}</div></div></article>"
    )


def _sweep_table(points: Sequence[SweepPoint], threshold: float) -> str:
    def cell(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    rows = "".join(
        f"<tr{' class=current' if p.threshold == threshold else ''}><td>{p.threshold:g}</td>"
        f"<td>{cell(p.precision)}</td><td>{cell(p.recall)}</td><td>{cell(p.answered)}</td></tr>"
        for p in points
    )
    return (
        "<details><summary>Abstention threshold sweep as numbers</summary><table class=sweep>"
        "<tr><th>min_relevance</th><th>abstention precision</th><th>abstention recall</th>"
        f"<th>answerable still answered</th></tr>{rows}</table></details>"
    )


def _coverage(found: Coverage) -> str:
    sections = sum(len(v) for v in found.unreached_sections.values())
    parts = [
        "<p>What no question reaches (in its gold or among its top-k passages): "
        f"{len(found.unreached_documents)} of {found.documents} documents, "
        f"{sections} of {found.sections} sections, "
        f"{len(found.unreached_actors)} of {found.actors} actors (section owners).</p>"
    ]
    if found.unreached_documents:
        items = "".join(f"<li>{_e(d)}</li>" for d in found.unreached_documents)
        parts.append(f"<h3>Documents</h3><ul>{items}</ul>")
    for doc, paths in found.unreached_sections.items():
        items = "".join(f"<li>{_e(p)}</li>" for p in paths)
        parts.append(
            f"<details><summary>Sections of {_e(doc)} ({len(paths)})</summary>"
            f"<ul>{items}</ul></details>"
        )
    if found.unreached_actors:
        items = "".join(f"<li>{_e(a)}</li>" for a in found.unreached_actors)
        parts.append(f"<h3>Actors</h3><ul class=flow>{items}</ul>")
    return "".join(parts)


_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#1a202c}
h1{margin-bottom:.2em} .meta{color:#4a5568} pre{white-space:pre-wrap}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:8px}
.charts img{width:100%;border:1px solid #e2e8f0}
.q{border-top:1px solid #cbd5e0;padding:.3em 0} .q h3{margin:.3em 0 0} .question{font-weight:600}
.answer{background:#f7fafc;padding:.5em;border-left:3px solid #2b6cb0}
.cols{display:grid;grid-template-columns:2fr 1fr;gap:1em} .cites{padding-left:1.2em}
.passage{font-size:13px;color:#2d3748} .bad{color:#c53030} .good{color:#2f855a}
.filters{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:2px solid #2b6cb0}
.flow li{display:inline-block;margin-right:1.5em} mark{background:#fefcbf}
.sweep td,.sweep th{padding:1px 8px;text-align:right} .sweep .current{font-weight:700}
"""

_SCRIPT = """
const rows=[...document.querySelectorAll('article.q')];
function apply(){
 const f=document.querySelector('input[name=f]:checked').value;
 const t=document.getElementById('find').value.toLowerCase();
 let n=0;
 for(const r of rows){
  const show=(f==='all'||r.dataset[f]==='1')&&(!t||r.textContent.toLowerCase().includes(t));
  r.hidden=!show; if(show)n++;
 }
 document.getElementById('shown').textContent=n;
}
document.querySelectorAll('.filters input').forEach(i=>i.addEventListener('input',apply));
apply();
"""

_FILTERS = (
    ("all", "all"),
    ("miss", "misses"),
    ("retrieval", f"no relevant passage in top {MISS_RANK}"),
    ("abstention", "wrong answer/refusal"),
    ("cross", "cross-lingual"),
    ("humanwrong", "judged partly/wrong"),
    ("rejudge", "unjudged or stale"),
)


def render(inputs: HtmlInputs) -> str:
    report = inputs.report
    reasons = {m["id"]: m["reasons"] for m in misses(inputs.judged)}
    human = report.get("human")
    judged_by_person = human["questions"] if human else {}
    figures = "".join(
        f'<figure><img alt="{_e(name)}" src="{uri}"></figure>' for name, uri in _charts(inputs)
    )
    rows = "".join(
        _question(j, reasons.get(j.question.id, []), judged_by_person.get(j.question.id))
        for j in inputs.judged
    )
    filters = "".join(
        f'<label><input type=radio name=f value="{value}"{" checked" if value == "all" else ""}>'
        f" {_e(label)}</label> "
        for value, label in _FILTERS
    )
    human_text = (
        f"<p>{_e(format_human(human))}</p>"
        if human
        else "<p>No judgements yet. They are read from the judgements file beside the set "
        "(<code>SET.judgements.jsonl</code>, written by the review mode, "
        "<code>nordask eval SET --review</code>).</p>"
    )
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width,initial-scale=1">'
        f"<title>nordask eval: {_e(inputs.title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>nordask eval: {_e(inputs.title)}</h1>"
        f"<p class=meta>{made} · {len(inputs.judged)} questions · k = {report['k']} · "
        f"configuration <code>{_e(json.dumps(report['config']))}</code></p>"
        f"<h2>Metrics</h2><pre>{_e(table(report))}</pre>"
        f"<h2>Human-judged accuracy</h2>{human_text}"
        f"<h2>Charts</h2><div class=charts>{figures}</div>"
        f"{_sweep_table(inputs.sweep, inputs.threshold) if inputs.sweep else ''}"
        f"<h2>Coverage</h2>{_coverage(inputs.coverage)}"
        f"<h2>Questions</h2><div class=filters>{filters}"
        f'<input id=find type=search placeholder="find text"> '
        f"<span id=shown></span> of {len(inputs.judged)} shown</div>{rows}"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def write_html(path: Path, title: str, done: Evaluation, found: Coverage, k: int) -> Path:
    """Sweep the abstention threshold over the same questions, then write the page."""
    questions = [j.question for j in done.judged]
    threshold = done.assistant.settings.retrieval.min_relevance
    sweep = threshold_sweep(done.assistant, questions, k, thresholds_around(threshold))
    page = render(HtmlInputs(title, done.report, done.judged, sweep, threshold, found))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the HTML report to '{path}' ({exc.strerror}).") from exc
    return path

"""Eval reports: a terminal table, JSON, Markdown and a TREC run file (HTML: html_report.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nordask.evaluation.judgements import JudgementStore, judgements_path
from nordask.evaluation.runner import Judged, groups, summarize

MISS_RANK = 5
_SHOWN_RESULTS = 3


def build_report(judged: Sequence[Judged], k: int, config: dict[str, Any]) -> dict[str, Any]:
    return {
        "config": config,
        "k": k,
        "groups": {name: summarize(members, k) for name, members in groups(judged).items()},
        "misses": misses(judged),
    }


def human_judgements(evalsets: Sequence[Path], judged: Sequence[Judged]) -> dict[str, Any] | None:
    """What evaluators judged (the judgements file beside each set), or None when
    nobody has: the summary over today's answers and each question's verdict."""
    paths = [p for p in (judgements_path(s) for s in evalsets) if p.exists()]
    if not paths:
        return None
    stores = [JudgementStore.load(p) for p in paths]
    merged = JudgementStore(
        paths[0],
        [j for store in stores for j in store.judgements],
        [problem for store in stores for problem in store.problems],
    )
    answers = {j.question.id: j.answer for j in judged}
    questions = {}
    for qid, answer in answers.items():
        latest = merged.latest(qid)
        if latest is not None:
            questions[qid] = {
                "verdict": latest.verdict,
                "note": latest.note,
                "judged_at": latest.judged_at,
                "stale": merged.stale(qid, answer),
            }
    return {
        "files": [str(p) for p in paths],
        "summary": merged.summary(answers),
        "questions": questions,
        "problems": merged.problems,
    }


def format_human(human: dict[str, Any]) -> str:
    """One paragraph: human-judged accuracy beside the automatic metrics."""
    s = human["summary"]
    accuracy = "–" if s["accuracy"] is None else f"{s['accuracy']:.3f}"
    partly = "–" if s["accuracy_with_partly"] is None else f"{s['accuracy_with_partly']:.3f}"
    lines = [
        f"Human-judged accuracy: {accuracy} (partly counted as half: {partly}) over "
        f"{s['judged']} judged answers: {s['correct']} correct, {s['partly']} partly, "
        f"{s['wrong']} wrong; {s['stale']} stale (the answer changed since it was judged), "
        f"{s['unjudged']} not judged. From {', '.join(human['files'])}."
    ]
    lines += [f"Skipped: {problem}" for problem in human["problems"]]
    return "\n".join(lines)


def misses(judged: Sequence[Judged]) -> list[dict[str, Any]]:
    """Questions that failed, with their top results, so a person can see why."""
    out = []
    for j in judged:
        q = j.question
        reasons = []
        if q.answerable and (j.first_relevant is None or j.first_relevant > MISS_RANK):
            reasons.append(f"no relevant passage in the top {MISS_RANK}")
        if q.answerable and j.abstained:
            reasons.append("abstained on an answerable question")
        if not q.answerable and not j.abstained:
            reasons.append("answered an unanswerable question")
        if j.terms_ok is False:
            reasons.append("answer lacks " + ", ".join(q.answer_terms))
        if j.page_ok is False:
            reasons.append("wrong page cited")
        if not reasons:
            continue
        out.append(
            {
                "id": q.id,
                "question": q.question,
                "lang": q.lang,
                "reasons": reasons,
                "expected": [vars(r) for r in q.relevant],
                "top": [
                    {
                        "n": c.n,
                        "doc": c.doc,
                        "page": c.page,
                        "lang": c.lang,
                        "score": c.score,
                        "evidence": c.evidence[:160],
                    }
                    for c in j.answer.citations[:_SHOWN_RESULTS]
                ],
            }
        )
    return out


_ROWS = (
    ("questions", "{:.0f}"),
    ("recall@1", "{:.3f}"),
    ("recall@5", "{:.3f}"),
    ("recall@{k}", "{:.3f}"),
    ("mrr@{k}", "{:.3f}"),
    ("search_recall@5", "{:.3f}"),
    ("search_mrr@{k}", "{:.3f}"),
    ("ndcg@{k}", "{:.3f}"),
    ("page_accuracy", "{:.3f}"),
    ("evidence_accuracy", "{:.3f}"),
    ("answer_term_accuracy", "{:.3f}"),
    ("abstention_precision", "{:.3f}"),
    ("abstention_recall", "{:.3f}"),
    ("latency_p50_ms", "{:.1f}"),
    ("latency_p95_ms", "{:.1f}"),
)


def _cell(value: object, fmt: str) -> str:
    return "–" if value is None else fmt.format(value)


def table(report: dict[str, Any], markdown: bool = False) -> str:
    k = report["k"]
    names = list(report["groups"])
    header = ["metric", *names]
    rows = [
        [row.format(k=k), *(_cell(report["groups"][g].get(row.format(k=k)), fmt) for g in names)]
        for row, fmt in _ROWS
    ]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *rows]
    )


def format_misses(report: dict[str, Any], limit: int | None = None) -> str:
    lines = []
    for miss in report["misses"][:limit]:
        lines.append(f"- {miss['id']} [{miss['lang']}] {miss['question']}")
        lines.append(f"    why: {'; '.join(miss['reasons'])}")
        for exp in miss["expected"]:
            page = f" p.{exp['page']}" if exp.get("page") else ""
            lines.append(f"    expected: {exp['doc']}{page} «{exp['contains']}»")
        for top in miss["top"]:
            page = f" p.{top['page']}" if top["page"] else ""
            lines.append(
                f"    got [{top['n']}] {top['doc']}{page} {top['lang']} "
                f"{top['score']:.2f}: {top['evidence'][:90]}"
            )
    return "\n".join(lines)


def trec_run(judged: Sequence[Judged], run_name: str) -> str:
    """One line per (question, document): chunks collapse to their best-ranked document.

    Scores fall with rank, and equal scores are ordered by document name, so
    the file is the same on every run.
    """
    lines = []
    for j in judged:
        best: dict[str, float] = {}
        for c in j.answer.citations:
            best[c.doc] = max(best.get(c.doc, float("-inf")), c.score)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        for rank, (doc, score) in enumerate(ranked, start=1):
            lines.append(f"{j.question.id} Q0 {doc} {rank} {score:.6f} {run_name}")
    return "\n".join(lines) + "\n"


def _human_section(report: dict[str, Any]) -> str:
    human = report.get("human")
    return f"## Human judgements\n\n{format_human(human)}\n\n" if human else ""


def write_outputs(out: Path, report: dict[str, Any], judged: Sequence[Judged]) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "report.json", out / "report.md", out / "run.trec"]
    paths[0].write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths[1].write_text(
        f"# nordask eval\n\nConfiguration: `{json.dumps(report['config'])}`\n\n"
        f"{table(report, markdown=True)}\n\n{_human_section(report)}"
        f"## Misses\n\n{format_misses(report) or 'None.'}\n",
        encoding="utf-8",
    )
    paths[2].write_text(trec_run(judged, "nordask"), encoding="utf-8")
    return paths

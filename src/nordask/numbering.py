"""Sources numbered in the order the answer first cites them.

Search ranks the passages, and the answer quotes the ones that answer the question,
which are not always the first: "Region Norrbotten [14]" sent a reader to the fourteenth
source for the one that mattered. As in a paper's numbered references, the answer's
first citation is [1], its next new one [2], and the passages it does not cite follow
in search order; `--explain` keeps the place search gave each one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from nordask.records import Answer, Citation

_MARK = re.compile(r"\[(\d+)\]")
#: How much of the text before a bracket must stand in a cited passage, brackets
#: included, for the bracket to be the passage's own ("as shown in [3]" of a quote).
_QUOTED_CONTEXT = 16


def in_cited_order(answer: Answer) -> Answer:
    """`answer` with its citations renumbered by first citation, its [n] marks rewritten
    (adjacent marks in ascending order, "[1][2]") and its explanation's numbers with them."""
    marks = citation_marks(answer.answer, answer.citations)
    cited = list(dict.fromkeys(int(m.group(1)) for m in marks))
    order = cited + [c.n for c in answer.citations if c.n not in cited]
    if order == [c.n for c in answer.citations]:
        return answer
    new = {old: place for place, old in enumerate(order, start=1)}
    citations = sorted((replace(c, n=new[c.n]) for c in answer.citations), key=lambda c: c.n)
    explain = answer.explain
    if explain is not None:
        traces = [replace(t, n=new[t.n], searched_rank=t.n) for t in explain.citations]
        explain = replace(explain, citations=sorted(traces, key=lambda t: t.n))
    text = _renumbered(answer.answer, marks, new)
    return replace(answer, answer=text, citations=citations, explain=explain)


def citation_marks(text: str, citations: Sequence[Citation]) -> list[re.Match[str]]:
    """The [n] marks of `text` that cite one of `citations`: not a number out of range,
    nor a bracket a quoted passage itself holds (a report's "[3]")."""
    bracketed = [_spaced(c.text) for c in citations if _MARK.search(c.text)]
    count = len(citations)
    return [
        m
        for m in _MARK.finditer(text)
        if 1 <= int(m.group(1)) <= count and not _quoted(text, m, bracketed)
    ]


def _quoted(text: str, mark: re.Match[str], bracketed: list[str]) -> bool:
    before = _spaced(text[max(0, mark.start() - 2 * _QUOTED_CONTEXT) : mark.end()])
    return any(before[-_QUOTED_CONTEXT:] in passage for passage in bracketed)


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _renumbered(text: str, marks: list[re.Match[str]], new: dict[int, int]) -> str:
    """`text` with each run of adjacent marks ("[3][1]") numbered anew and sorted."""
    runs: list[list[re.Match[str]]] = []
    for m in marks:
        if runs and runs[-1][-1].end() == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    out, at = [], 0
    for run in runs:
        numbers = sorted({new[int(m.group(1))] for m in run})
        out += [text[at : run[0].start()], "".join(f"[{n}]" for n in numbers)]
        at = run[-1].end()
    return "".join([*out, text[at:]])

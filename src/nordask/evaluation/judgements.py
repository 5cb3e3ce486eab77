"""Evaluator judgements: a person's verdict on each answer, kept beside the eval set.

Automatic metrics check for gold passages and terms; a person reads the answer.
Judgements are JSON Lines next to the set ("dev.judgements.jsonl"), appended one
line per verdict, so a review can stop anywhere and resume, and nothing recorded
earlier is ever rewritten. Each judgement carries the hash of the answer it
judged: when a change to nordask changes that answer, the judgement is stale and
the question is up for re-judging. A damaged line (a crash mid-write, a bad
hand edit) is reported with its line number and costs only that line.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nordask.errors import InputError
from nordask.jsonl import read_jsonl
from nordask.records import Answer

VERDICTS = ("correct", "partly", "wrong")


@dataclass(frozen=True)
class Judgement:
    qid: str
    verdict: str  # one of VERDICTS
    note: str
    answer_hash: str
    judged_at: str  # ISO 8601, UTC


def judgements_path(evalset: Path) -> Path:
    """Where the judgements of `evalset` live: beside it, "<stem>.judgements.jsonl"."""
    return evalset.with_name(f"{evalset.stem}.judgements.jsonl")


def answer_hash(answer: Answer) -> str:
    """What a judgement is tied to: the answer text and what it cites, where.

    Scores and timings are left out: they change with every run without
    changing what the evaluator read.
    """
    cited = [[c.doc, c.page, c.evidence] for c in answer.citations]
    payload = json.dumps([answer.answer, cited], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _parse(data: Any) -> Judgement:
    """A judgement from one decoded line; ValueError when it is not one."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    try:
        judgement = Judgement(**{name: data[name] for name in Judgement.__dataclass_fields__})
    except KeyError as exc:
        raise ValueError(f"no {exc.args[0]!r} field") from exc
    if not all(isinstance(value, str) for value in asdict(judgement).values()):
        raise ValueError("every field must be a string")
    if judgement.verdict not in VERDICTS:
        raise ValueError(f"verdict {judgement.verdict!r} is not one of {', '.join(VERDICTS)}")
    return judgement


class JudgementStore:
    """Every judgement of one eval set, in the order recorded (the last one per question wins)."""

    def __init__(self, path: Path, judgements: list[Judgement], problems: list[str]) -> None:
        self.path = path
        self.judgements = judgements
        #: One "file:line: reason" per line that could not be read (it is skipped, not lost:
        #: the file is only ever appended to).
        self.problems = problems
        self._latest = {j.qid: j for j in judgements}

    @classmethod
    def load(cls, path: Path) -> JudgementStore:
        """The judgements in `path`; a missing file is an empty store."""
        problems: list[str] = []
        judgements = []
        for number, data in read_jsonl(
            path, "judgements file", missing_ok=True, on_error=problems.append
        ):
            try:
                judgements.append(_parse(data))
            except ValueError as exc:
                problems.append(f"{path}:{number}: not a judgement ({exc}).")
        return cls(path, judgements, problems)

    def record(self, qid: str, verdict: str, note: str, answer: Answer) -> Judgement:
        """Append one judgement of `answer`; earlier ones stay in the file."""
        if verdict not in VERDICTS:
            raise InputError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}.")
        judgement = Judgement(
            qid=qid,
            verdict=verdict,
            note=note.strip(),
            answer_hash=answer_hash(answer),
            judged_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self._append(json.dumps(asdict(judgement), ensure_ascii=False) + "\n")
        self.judgements.append(judgement)
        self._latest[qid] = judgement
        return judgement

    def _append(self, line: str) -> None:
        """One write of one whole line, flushed to disk before returning.

        A line cut short by an earlier crash is closed first, so it stays one
        bad line and does not swallow this one.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with self.path.open("ab") as fh:
                if fh.tell() > 0:
                    with self.path.open("rb") as tail:
                        tail.seek(-1, os.SEEK_END)
                        if tail.read(1) != b"\n":
                            line = "\n" + line
                fh.write(line.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise InputError(
                f"cannot save the judgement to '{self.path}' ({exc.strerror})."
            ) from exc

    def latest(self, qid: str) -> Judgement | None:
        return self._latest.get(qid)

    def stale(self, qid: str, answer: Answer) -> bool:
        """True when `qid` was judged, but on an answer other than this one."""
        judgement = self._latest.get(qid)
        return judgement is not None and judgement.answer_hash != answer_hash(answer)

    def summary(self, answers: Mapping[str, Answer]) -> dict[str, Any]:
        """Human-judged accuracy over `answers` (question id -> today's answer).

        Only judgements of the answer as it is now count; a stale one is
        counted apart, as is a question nobody judged. `accuracy` is correct
        over judged, `accuracy_with_partly` counts a partly correct answer as half.
        """
        counts = dict.fromkeys((*VERDICTS, "unjudged", "stale"), 0)
        for qid, answer in answers.items():
            judgement = self._latest.get(qid)
            if judgement is None:
                counts["unjudged"] += 1
            elif judgement.answer_hash != answer_hash(answer):
                counts["stale"] += 1
            else:
                counts[judgement.verdict] += 1
        judged = sum(counts[v] for v in VERDICTS)
        return {
            **counts,
            "judged": judged,
            "accuracy": counts["correct"] / judged if judged else None,
            "accuracy_with_partly": (
                (counts["correct"] + 0.5 * counts["partly"]) / judged if judged else None
            ),
        }

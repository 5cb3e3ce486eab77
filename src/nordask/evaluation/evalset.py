"""Eval sets: JSON Lines of questions with relevance judged by document + phrase.

Judging relevance by a phrase the passage must contain, rather than by chunk
ids, keeps an eval set valid whatever the chunking. See evals/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nordask.errors import InputError
from nordask.jsonl import read_jsonl

_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Case- and whitespace-insensitive form used for every phrase match."""
    return _SPACE.sub(" ", text).strip().casefold()


@dataclass(frozen=True)
class Relevant:
    doc: str
    contains: str
    page: int | None = None


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    lang: str
    answerable: bool
    relevant: tuple[Relevant, ...]
    answer_terms: tuple[str, ...]


def load_evalset(path: Path) -> list[Question]:
    questions = []
    for number, data in read_jsonl(path, "eval set"):
        try:
            questions.append(
                Question(
                    id=str(data["id"]),
                    question=str(data["question"]),
                    lang=str(data.get("lang", "?")),
                    answerable=bool(data.get("answerable", True)),
                    relevant=tuple(
                        Relevant(r["doc"], r["contains"], r.get("page"))
                        for r in data.get("relevant", [])
                    ),
                    answer_terms=tuple(data.get("answer_terms", [])),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path}:{number}: not a valid eval question ({exc}); see evals/README.md "
                "for the format."
            ) from exc
    if not questions:
        raise InputError(f"eval set '{path}' holds no questions.")
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise InputError(f"eval set '{path}' repeats question ids; ids must be unique.")
    return questions

"""Text from the corpus made safe to print.

A corpus file can hold terminal escape sequences: `ESC]0;title BEL` retitles the
terminal, `ESC]8;;url BEL` plants a hyperlink, `ESC[2J` clears the screen. Printed
as they are, they act on the user's terminal. Passage text is cleaned at ingest,
and every output (CLI, JSON, chat app, Markdown export) cleans again, because an
index built by an older nordask may still hold them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nordask.records import Answer, Citation

# Whole sequences first, so that their parameters ("]0;TITLE") do not stay behind:
# OSC/DCS/APC/PM/SOS strings up to BEL or ST (an unterminated one ends at the line's end,
# so that it cannot swallow the rest of a document), then CSI sequences, then ESC codes.
_SEQUENCES = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[ -/]*[0-~]?"
)
#: C0 and C1 control characters, DEL, except tab and newline.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """`text` without escape sequences and control characters (tab and newline stay)."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


def clean_unicode(text: str) -> str:
    """`text` without control characters, and with lone surrogates (from undecodable
    bytes, or a PDF's broken UTF-16) replaced, so that it can be stored as UTF-8."""
    return _SURROGATES.sub("\ufffd", strip_controls(text))


def one_line(text: str, limit: int = 200) -> str:
    """`text` on one line and without control characters, cut to `limit` characters
    (a library's multi-line warning inside a one-line reason)."""
    flat = " ".join(clean_unicode(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def safe_citation(citation: Citation) -> Citation:
    text = strip_controls(citation.text)
    evidence = strip_controls(citation.evidence)
    span = citation.evidence_span
    if text != citation.text:
        found = text.find(evidence)
        span = (found, found + len(evidence)) if found >= 0 else (0, 0)
    return replace(
        citation,
        doc=strip_controls(citation.doc),
        title=strip_controls(citation.title),
        text=text,
        evidence=evidence,
        evidence_span=span,
    )


def safe_answer(answer: Answer) -> Answer:
    """`answer` with every string that can come from the corpus cleaned for output."""
    return replace(
        answer,
        question=strip_controls(answer.question),
        answer=strip_controls(answer.answer),
        interpreted=strip_controls(answer.interpreted) if answer.interpreted else None,
        entities=[strip_controls(e) for e in answer.entities],
        citations=[safe_citation(c) for c in answer.citations],
    )

"""From ranked passages to citations: which sentence of each passage supports the
answer, and the `Citation` a reader sees, its evidence being what the answer quotes."""

from __future__ import annotations

from collections.abc import Sequence

from nordask.evidence import best_sentence, evidence_span, rank_sentences
from nordask.passages import Support, sentence_text, tidy
from nordask.query import Intent
from nordask.quotes import quoted_sentences
from nordask.records import Chunk, Citation, TableRow
from nordask.retrieval import Hit
from nordask.structure import goal_numbers


def support(
    n: int,
    hit: Hit,
    chunk: Chunk,
    intent: Intent,
    rows: Sequence[tuple[int, TableRow]],
    goals: Sequence[tuple[int, int]] = (),
    owners: Sequence[tuple[int, str]] = (),
) -> Support:
    """The `n`th cited passage with its best supporting sentence; in a passage pinned
    for a table row (`rows`: index row of the passage, table row), the row's sentence;
    in one pinned for a goal's heading (`goals`: index row, goal number), the heading's;
    in one pinned for an organisation's block (`owners`: index row, name), the block's."""
    scores = rank_sentences(chunk, hit.sentence_scores, intent)
    index, score = best_sentence(scores)
    ranked = tuple(scores)
    for chunk_row, row in rows:
        if hit.row == chunk_row:
            index = _sentence_at(chunk, row.start, index)
    for chunk_row, number in goals:
        if hit.row == chunk_row:
            return Support(n, chunk, under_goal(chunk, number, index), score, ranked)
    for chunk_row, name in owners:
        if hit.row == chunk_row:
            blocks = (i for i in range(len(chunk.sentences)) if chunk.owner_of(i) == name)
            return Support(n, chunk, next(blocks, index), score, ranked)
    return Support(n, chunk, index, score, ranked)


#: How much of a sentence's start must stand in the lead for the lead to quote it.
QUOTED_CHARS = 50


def quoted_support(support: Support, lead: str) -> Support:
    """The passage supported by the sentence the answer's first paragraph quotes from it,
    where that is another than its best one: the lead may be chosen by the asked aspect,
    a reason or a count, and a reader checks it against the citation's evidence."""
    if f"[{support.n}]" not in lead:
        return support
    if _quoted(sentence_text(support.chunk, support.sentence), lead):
        return support
    for j in range(len(support.chunk.sentences)):
        if _quoted(sentence_text(support.chunk, j), lead):
            return support.at(j)
    return support


def _quoted(sentence: str, lead: str) -> bool:
    said = tidy(sentence).strip()
    return len(said) >= QUOTED_CHARS and said[:QUOTED_CHARS] in lead


def under_goal(chunk: Chunk, number: int, default: int) -> int:
    """The first sentence of `chunk` under goal `number`'s heading."""
    for i in range(len(chunk.sentences)):
        if number in goal_numbers(chunk.section_of(i)):
            return i
    return default


def cite(support: Support, score: float, weak: bool, intent: Intent) -> Citation:
    """The citation, its evidence being what the answer quotes from it."""
    chunk = support.chunk
    start, end = evidence_span(chunk, support.sentence)
    first, last = quoted_sentences(chunk, support.sentence, intent)
    start, end = min(start, chunk.sentences[first][0]), max(end, chunk.sentences[last][1])
    return Citation(
        n=support.n,
        doc=chunk.doc,
        title=chunk.title,
        page=chunk.sentence_pages[support.sentence],
        lang=chunk.lang,
        score=round(score, 4),
        text=chunk.text,
        evidence=chunk.text[start:end],
        evidence_span=(start, end),
        weak=weak,
        section=support.section,
        owner=support.owner,
    )


def _sentence_at(chunk: Chunk, offset: int, default: int) -> int:
    """The sentence of `chunk` that holds `offset`."""
    spans = enumerate(chunk.sentences)
    return next((i for i, (start, end) in spans if start <= offset < end), default)

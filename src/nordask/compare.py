"""Comparisons of two table records: "Which goal gets more money: the one on health, or
the one on the green shift?", "Får mål 6 mer pengar än mål 7?".

A reader who asks which of two things gets more wants both figures and the verdict,
not a ranking of every row nor a quote that speaks of one of them. The question is cut
into its two alternatives (around "or"/"eller" or "than"/"än"/"end"/"enn"); each is
matched to one row elsewhere (by the number it names, else by the closeness of its
words to the row's heading), and the lead compares the two rows' totals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nordask.amounts import cognate, unit_note
from nordask.passages import last_heading
from nordask.query import STEM_LETTERS, is_money_word
from nordask.records import TableRow
from nordask.structure import row_value
from nordask.words import content_words

#: A comparative that asks which of two is larger or smaller, in the four languages.
_MORE = (
    r"more|larger|bigger|higher|mer|mera|större|högre|mere|flere|større|højere|meir|fleire|høgre"
)
_LESS = r"less|fewer|smaller|lower|mindre|färre|lägre|færre|lavere|lågare"
_COMPARATIVE = re.compile(rf"\b(?:(?P<more>{_MORE})|(?P<less>{_LESS}))\b", re.IGNORECASE)
#: "than" after the comparative: the second alternative follows it.
_THAN = re.compile(r"\b(?:than|än|end|enn)\b", re.IGNORECASE)
#: "or" between the two alternatives.
_OR = re.compile(r"(?:,\s*|\s+)\b(?:or|eller)\s+", re.IGNORECASE)
#: A closing "or the other way round", which names no alternative of its own.
_REVERSED = re.compile(
    r"[,;]?\s*(?:or|eller)\s+(?:is\s+it\s+|är\s+det\s+|er\s+det\s+)?"
    r"(?:the\s+other\s+way\s+(?:a)?round|vice\s+versa|tvärtom|omvendt|omvänt|motsatt)\W*$",
    re.IGNORECASE,
)


def compared_parts(question: str) -> tuple[str, str, bool] | None:
    """The two alternatives a comparison asks between, and whether it asks for the
    smaller: "Which goal gets more money: the one on X, or the one on Y?" → ("the one
    on X", "the one on Y", False); "Får målet om X mer pengar än kompetensmålet?" →
    ("Får målet om X", "kompetensmålet", False). None for a question that compares
    nothing with nothing ("Which goal gets the most?" names no two) or with a figure
    ("more than 12 hours")."""
    text = _REVERSED.sub("", question.strip()).rstrip(" ?.!")
    comparative = _COMPARATIVE.search(text)
    if comparative is None:
        return None
    less = comparative.group("less") is not None
    than = _THAN.search(text, comparative.end())
    if than is not None:
        first, second = text[: comparative.start()], text[than.end() :]
        second = _OR.split(second, maxsplit=1)[0]
    else:
        _, colon, tail = text.partition(":")
        body = tail if colon else text
        split = list(_OR.finditer(body))
        if len(split) != 1:
            return None
        first, second = body[: split[0].start()], body[split[0].end() :]
        # "Which gets more, goal 9 or goal 10?", "Does goal 9 or goal 10 get more?": the
        # comparative's words belong to neither alternative.
        if inner := _COMPARATIVE.search(first):
            first = first[inner.end() :]
        if inner := _COMPARATIVE.search(second):
            second = second[: inner.start()]
    first, second = first.strip(" ,:;"), second.strip(" ,:;")
    if not first or not second or second[:1].isdigit():
        return None  # "lasting more than 12 hours": a bound, not a second record
    return first, second, less


def comparison_lead(pair: Sequence[tuple[int, TableRow]], less: bool = False) -> str | None:
    """Both figures and the verdict: 'Goal 10 (“Mål 10: …”) gets more: 19 MDKK [2]
    against 11 MDKK for goal 9 (“Mål 9: …”) [1].' or, tied, 'Both get 7 MDKK: goal 6
    (“…”) [1] and goal 7 (“…”) [2].' None when a total is no figure or the two are in
    different units (MNOK and MSEK do not compare)."""
    (n1, one), (n2, other) = pair
    a, b = row_value(one.total or ""), row_value(other.total or "")
    if a is None or b is None or _unit(one.total) != _unit(other.total):
        return None
    if a == b:
        lead = f"Both get {one.total}: {_named(one)} [{n1}] and {_named(other)} [{n2}]."
        return lead + unit_note(lead)
    (nw, winner), (nl, loser) = sorted(pair, key=lambda nr: row_value(nr[1].total or "") or 0)
    if not less:
        (nw, winner), (nl, loser) = (nl, loser), (nw, winner)
    word = "less" if less else "more"
    name = _named(winner)
    lead = (
        f"{name[:1].upper()}{name[1:]} gets {word}: {winner.total} [{nw}] against "
        f"{loser.total} for {_named(loser)} [{nl}]."
    )
    return lead + unit_note(lead)


def closest_of(scored: Sequence[tuple[float, str]], part: str, margin: float) -> int | None:
    """Which of the headings (each with the closeness of `part` to it) an alternative
    names: the closest, when no other comes within `margin`; else the one of those
    close that shares a word stem with it ("kompetensmålet", "Mål 7: udvikle
    kompetencer …": e5 reads a Swedish compound and a Danish heading only so closely).
    None when that does not single one out."""
    if not scored:
        return None
    best = max(score for score, _ in scored)
    close = [i for i, (score, _) in enumerate(scored) if score >= best - margin]
    if len(close) > 1:
        stems = _stems(part)
        close = [i for i in close if stems & _stems(scored[i][1])]
    return close[0] if len(close) == 1 else None


def _stems(text: str) -> set[str]:
    """The first letters of a text's longer words, as English and the Nordic languages
    may both spell them (`cognate`)."""
    return {
        cognate(w)[:STEM_LETTERS]
        for w in content_words(text)
        if len(w) >= STEM_LETTERS and not is_money_word(w)
    }


def _named(row: TableRow) -> str:
    """'goal 10 (“Mål 10: arbejde for …”)', or the row's heading or label alone."""
    heading = last_heading(row.section)
    if row.number is None:
        return f"“{heading or row.label}”"
    return f"goal {row.number} (“{heading}”)" if heading else f"goal {row.number}"


def _unit(figure: str | None) -> str:
    return re.sub(r"^[\d\s.,]+", "", figure or "").strip()

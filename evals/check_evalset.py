"""Check eval-set files against the rules in evals/README.md.

Why: a `contains` phrase that the loader changes (hyphenation, reflow, header
removal) or that sits on another page silently turns a correct retrieval into
a miss; an answer term that is not in the passage makes a question that no
extractive answer can pass. This script checks every entry against both the
raw pypdf text and nordask's own loader output, so run it with the sources
under test first on the path:

    PYTHONPATH=$PWD/src /work/main/.venv/bin/python evals/check_evalset.py \
        evals/dev.jsonl evals/test.jsonl

It prints one line per problem and a summary, and exits 1 if anything fails.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

import pypdf

from nordask.loaders import CorpusFile, file_hash, load

FIELDS = ["id", "question", "lang", "answerable", "relevant", "answer_terms"]
LANGS = {"en", "sv", "da", "no"}
ID = re.compile(r"q\d{3}")
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def ws(text: str) -> str:
    """The README's matching form: whitespace runs collapsed, case-folded."""
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass(frozen=True)
class Texts:
    """One document as raw pypdf/file text and as nordask's loader gives it.

    For a PDF, `raw_pages`/`pages` hold one normalised string per page; for a
    text file they hold one string, the whole file. `blocks` are the loader's
    paragraphs (split on blank lines) per page, used to say whether an answer
    term sits in the same paragraph as the phrase or only elsewhere on the page.
    """

    raw_pages: list[str]
    pages: list[str]
    blocks: list[list[str]]
    raw_all: str
    all: str


@cache
def texts(corpus: Path, name: str) -> Texts:
    path = corpus / name
    doc = load(CorpusFile(path, name, file_hash(path)))
    if path.suffix.lower() == ".pdf":
        raw = [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]
        starts = [*doc.page_starts, len(doc.text)]
        pages = [doc.text[a:b] for a, b in pairwise(starts)]
    else:
        raw = [path.read_text(encoding="utf-8")]
        pages = [doc.text]
    return Texts(
        raw_pages=[ws(p) for p in raw],
        pages=[ws(p) for p in pages],
        blocks=[[ws(b) for b in re.split(r"\n\s*\n", p) if b.strip()] for p in pages],
        raw_all=ws(" ".join(raw)),
        all=ws(doc.text),
    )


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    questions: int = 0
    answerable: int = 0
    entries: int = 0
    terms: int = 0
    terms_elsewhere_on_page: list[str] = field(default_factory=list)

    def fail(self, qid: str, message: str) -> None:
        self.problems.append(f"{qid}: {message}")


def check_line(line: str, report: Report) -> dict | None:
    """Format rules: field order, value types, non-ASCII written as-is.
    Returns the question if its fields are usable for the content checks."""
    try:
        q = json.loads(line)
    except ValueError as exc:
        report.fail("?", f"not JSON ({exc})")
        return None
    qid = str(q.get("id", "?"))
    if list(q) != FIELDS:
        report.fail(qid, f"fields {list(q)} are not exactly {FIELDS}")
        return None
    if line != json.dumps(q, ensure_ascii=False):
        report.fail(qid, "line is not in the canonical form (json.dumps, ensure_ascii=False)")
    if not ID.fullmatch(qid):
        report.fail(qid, "id is not q followed by three digits")
    if q["lang"] not in LANGS:
        report.fail(qid, f"lang {q['lang']!r} is not one of {sorted(LANGS)}")
    if not isinstance(q["question"], str) or not q["question"].strip():
        report.fail(qid, "empty question")
    if not isinstance(q["answerable"], bool):
        report.fail(qid, "answerable is not a bool")
    return q


def check_entry(corpus: Path, qid: str, rel: dict, report: Report) -> Texts | None:
    """One `relevant` entry: the phrase is in both texts of its page, once per document."""
    report.entries += 1
    doc, phrase, page = rel.get("doc"), rel.get("contains", ""), rel.get("page")
    if not doc or not (corpus / doc).is_file():
        report.fail(qid, f"doc {doc!r} is not in {corpus}")
        return None
    if set(rel) - {"doc", "contains", "page"}:
        report.fail(qid, f"unknown keys in relevant entry {sorted(rel)}")
    words = len(phrase.split())
    if not 3 <= words <= 10:
        report.fail(qid, f"contains {phrase!r} has {words} words, not 3-10")
    t = texts(corpus, doc)
    is_pdf = doc.lower().endswith(".pdf")
    if is_pdf and not (isinstance(page, int) and 1 <= page <= len(t.pages)):
        report.fail(qid, f"PDF entry needs a page in 1..{len(t.pages)}, has {page!r}")
        return None
    if not is_pdf and page is not None:
        report.fail(qid, "a text-file entry has no page")
    i = page - 1 if is_pdf else 0
    p = ws(phrase)
    if p not in t.raw_pages[i]:
        report.fail(qid, f"{phrase!r} not in the raw text of {doc} p. {page}")
    if p not in t.pages[i]:
        report.fail(qid, f"{phrase!r} not in the loader text of {doc} p. {page}")
    for name, whole in (("raw", t.raw_all), ("loader", t.all)):
        n = whole.count(p)
        if n != 1:
            report.fail(qid, f"{phrase!r} occurs {n} times in the {name} text of {doc}")
    return t


def check_terms(q: dict, found: list[tuple[dict, Texts]], report: Report) -> None:
    """Each answer term occurs in a relevant passage (the stated page of the
    PDF, or the text file), in both texts. Terms found on the page but not in
    the phrase's paragraph are listed: for section-owner questions that is
    intended (the owner opens the block), elsewhere it is worth a look."""
    for term in q["answer_terms"]:
        report.terms += 1
        t_ = ws(term)
        on_page = same_block = False
        for rel, t in found:
            i = rel["page"] - 1 if "page" in rel else 0
            if t_ in t.pages[i] and t_ in t.raw_pages[i]:
                on_page = True
                p = ws(rel["contains"])
                same_block |= any(p in b and t_ in b for b in t.blocks[i])
        if not on_page:
            report.fail(q["id"], f"answer term {term!r} is in no relevant passage")
        elif not same_block:
            report.terms_elsewhere_on_page.append(f"{q['id']}:{term}")


def check_question(corpus: Path, q: dict, report: Report) -> None:
    qid = q["id"]
    report.questions += 1
    if not q["answerable"]:
        if q["relevant"] or q["answer_terms"]:
            report.fail(qid, "an unanswerable question has relevant entries or answer terms")
        return
    report.answerable += 1
    if not q["relevant"]:
        report.fail(qid, "an answerable question has no relevant entry")
    if not 1 <= len(q["answer_terms"]) <= 3:
        report.fail(qid, f"{len(q['answer_terms'])} answer terms, not 1-3")
    found = []
    for rel in q["relevant"]:
        t = check_entry(corpus, qid, rel, report)
        if t is not None:
            found.append((rel, t))
    check_terms(q, found, report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    seen: dict[str, Path] = {}
    total = Report()
    for path in args.files:
        report = Report()
        ids = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = check_line(line, report)
            if q is None:
                continue
            ids.append(q["id"])
            if q["id"] in seen:
                report.fail(q["id"], f"id also in {seen[q['id']]}")
            seen[q["id"]] = path
            check_question(args.corpus, q, report)
        if ids != sorted(ids):
            report.fail(str(path), "ids are not in ascending order")
        status = "all pass" if not report.problems else f"{len(report.problems)} problems"
        print(
            f"{path}: {report.questions} questions ({report.answerable} answerable), "
            f"{report.entries} relevant entries, {report.terms} answer terms: {status}"
        )
        for problem in report.problems:
            print(f"  FAIL {problem}")
        total.problems += report.problems
        total.terms_elsewhere_on_page += report.terms_elsewhere_on_page
    if total.terms_elsewhere_on_page:
        print(
            "answer terms on the stated page but outside the phrase's paragraph "
            f"({len(total.terms_elsewhere_on_page)}): " + " ".join(total.terms_elsewhere_on_page)
        )
    return 1 if total.problems else 0


if __name__ == "__main__":
    sys.exit(main())

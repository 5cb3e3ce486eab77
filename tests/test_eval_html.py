"""`nordask eval --html/--coverage`: the offline HTML report, coverage, human judgements."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, REPO
from nordask.cli import main
from nordask.errors import InputError
from nordask.evaluation.charts import require_matplotlib
from nordask.evaluation.coverage import coverage
from nordask.evaluation.evalset import Question, Relevant, load_evalset
from nordask.evaluation.judgements import JudgementStore, judgements_path
from nordask.evaluation.runner import Judged
from nordask.records import Answer, Chunk, Citation

PDF_NAME = "handlingsplan-2021-24-regionalsektoren.pdf"
#: Dev questions whose gold and top passage are in the PDF: with k = 1 no question of
#: this slice reaches the four text files.
SLICE = ("q005", "q016", "q078", "q145")


def _write_slice(target: Path) -> list[Question]:
    lines = [
        line
        for line in (REPO / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
        if json.loads(line)["id"] in SLICE
    ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_evalset(target)


def _data_images(page: str) -> list[str]:
    return re.findall(r'<img [^>]*src="([^"]*)"', page)


@pytest.mark.model
def test_html_report_with_the_real_model_is_offline_and_complete(
    assistant, bundled_index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evalset = tmp_path / "slice.jsonl"
    questions = _write_slice(evalset)
    # One judgement of today's answer, one of an answer that has since changed.
    store = JudgementStore.load(judgements_path(evalset))
    today = assistant.ask(questions[1].question, k=1)
    store.record(questions[1].id, "correct", "names the partner", today)
    older = Answer(questions[0].question, "an older answer", True, [], [])
    store.record(questions[0].id, "wrong", "", older)

    html, out = tmp_path / "report" / "eval.html", tmp_path / "out"
    args = ["--corpus", str(CORPUS), "--index", str(bundled_index), "--k", "1"]
    code = main(["eval", str(evalset), "--html", str(html), "--coverage", "--out", str(out), *args])
    assert code == 0
    printed = capsys.readouterr().out

    page = html.read_text(encoding="utf-8")
    assert not re.search(r"https?://", page)  # nothing to fetch: it opens offline
    images = _data_images(page)
    assert len(images) == 5  # recall@k, languages, cross/same, latency, threshold sweep
    assert all(src.startswith("data:image/png;base64,") for src in images)
    assert not re.search(r"""(?:src|href)=["'](?!data:|#)""", page)
    for q in questions:
        assert f'id="q-{q.id}"' in page
    assert "judged <b>correct</b>" in page and "stale" in page
    assert "<script>" in page and 'name=f value="miss"' in page

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    human = report["human"]["summary"]
    assert (human["correct"], human["stale"], human["unjudged"], human["judged"]) == (1, 1, 2, 1)
    assert "Human-judged accuracy: 1.000" in (out / "report.md").read_text(encoding="utf-8")
    assert "Human-judged accuracy: 1.000" in printed

    text_files = {p.name for p in CORPUS.iterdir() if p.suffix == ".txt"}
    assert set(report["coverage"]["unreached_documents"]) == text_files
    assert "Documents no question reaches:" in printed
    for name in text_files:
        assert name in printed and name in page
    # The gold page's section is reached, so the PDF is not listed as a whole.
    assert PDF_NAME not in report["coverage"]["unreached_documents"]


def test_html_without_matplotlib_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
    corpus_copy: Path,
    tmp_path: Path,
    fake_embedder,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if it were not installed
    with pytest.raises(InputError, match=r"pip install 'nordask\[report\]'"):
        require_matplotlib()
    evalset = tmp_path / "slice.jsonl"
    _write_slice(evalset)
    args = ["--corpus", str(corpus_copy), "--index", str(tmp_path / "index")]
    assert main(["eval", str(evalset), "--html", str(tmp_path / "r.html"), *args]) == 2
    err = capsys.readouterr().err
    assert "matplotlib" in err and "Traceback" not in err
    assert not (tmp_path / "index").exists()  # refused before any work


def test_html_and_coverage_refuse_compare(tmp_path: Path, capsys) -> None:
    evalset = tmp_path / "slice.jsonl"
    _write_slice(evalset)
    assert main(["eval", str(evalset), "--coverage", "--compare", "default", "dense-only"]) == 2
    assert "leave out --compare" in capsys.readouterr().err


def _chunk(doc: str, text: str, sections: tuple[str, ...], owners: tuple[str | None, ...]):
    return Chunk(
        doc=doc,
        title=doc,
        start=0,
        end=len(text),
        text=text,
        lang="en",
        pages=(),
        sentences=tuple((0, len(text)) for _ in sections),
        sentence_pages=tuple(None for _ in sections),
        sections=sections,
        owners=owners,
    )


def test_coverage_counts_gold_and_retrieved_passages_as_reached() -> None:
    a1 = _chunk("a.md", "Alpha council meets.", ("A › One",), ("Alpha Council",))
    a2 = _chunk("a.md", "Beta board decides.", ("A › Two", "A › Three"), ("Beta Board", None))
    b1 = _chunk("b.md", "Gamma text.", ("B",), (None,))
    c1 = _chunk("c.md", "Delta group.", ("C",), ("Delta Group",))
    cited = Citation(1, "a.md", "a.md", None, "en", 0.5, a1.text, a1.text, (0, 5))
    asked = Question("q1", "Who meets?", "en", True, (Relevant("b.md", "gamma  TEXT"),), ())
    judged = [Judged(asked, Answer("Who meets?", "Alpha", True, [], [cited]), "en")]
    found = coverage({"a.md": [a1, a2], "b.md": [b1], "c.md": [c1]}, judged)
    assert found.unreached_documents == ["c.md"]
    assert found.unreached_sections == {"a.md": ["A › Two", "A › Three"], "c.md": ["C"]}
    assert found.unreached_actors == ["Beta Board", "Delta Group"]
    assert (found.documents, found.sections, found.actors) == (3, 5, 3)

"""One question of a review: how it stands, today's answer with its citations, the gold."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from nordask.evaluation.judgements import Judgement
from nordask.evaluation.runner import Judged
from nordask.safe_text import safe_answer
from nordask.tui.widgets.answer_message import AnswerMessage

GOOD, BAD = "$text-success", "$text-error"
KEYS = "c correct · p partly · w wrong · n note · ←→ previous/next · u next open · 1-9 citation"


def status_text(latest: Judgement | None, stale: bool, note: str) -> Content:
    if latest is None:
        text = Content.assemble(("Not judged yet", "bold"), f"  ({KEYS})")
    elif stale:
        text = Content.assemble(
            ("STALE: the answer changed since it was judged ", "bold"),
            f"{latest.verdict} on {latest.judged_at[:10]}; judge it again ({KEYS})",
        )
    else:
        text = Content.assemble(
            (f"Judged {latest.verdict}", "bold"), f" on {latest.judged_at[:10]}  ({KEYS})"
        )
    return Content.assemble(text, f"\nNote: {note}") if note else text


def gold_text(judged: Judged) -> Content:
    """What the set says a good answer holds, and whether today's answer has it."""
    question = judged.question
    if not question.answerable:
        said = "it abstained (right)" if judged.abstained else "it answered (wrong)"
        return Content(f"Not answerable from the corpus: nordask should abstain; {said}.")
    parts: list[tuple[str, str] | str] = [
        "Answerable; " + ("nordask abstained (wrong)." if judged.abstained else "answered.")
    ]
    for rel, rank in zip(question.relevant, judged.matched_ranks, strict=False):
        page = f" p. {rel.page}" if rel.page else ""
        mark = (
            (f"\n  ✓ cited [{rank}] ", "$text-success")
            if rank
            else ("\n  ✗ not cited ", "$text-error")
        )
        parts += [mark, f"{rel.doc}{page}: “{rel.contains}”"]
    if question.answer_terms:
        ok = judged.terms_ok
        mark = ("\n  ✓ ", GOOD) if ok else ("\n  ✗ ", BAD)
        said = "all in the answer" if ok else "not all in the answer"
        parts += [mark, f"answer terms ({said}): {', '.join(question.answer_terms)}"]
    return Content.assemble(*parts)


class ReviewItem(Vertical):
    DEFAULT_CSS = """
    ReviewItem {
        height: auto;
    }
    ReviewItem .review-head {
        color: $text-muted;
    }
    ReviewItem .review-status {
        margin-bottom: 1;
        color: $text-accent;
    }
    ReviewItem.-stale .review-status {
        color: $text-warning;
        background: $warning-muted;
    }
    ReviewItem .review-question {
        text-style: bold;
        margin-bottom: 1;
    }
    ReviewItem .review-gold-title {
        text-style: bold;
    }
    ReviewItem .review-gold {
        margin: 0 0 1 2;
    }
    """

    def __init__(
        self,
        judged: Judged,
        n: int,
        total: int,
        latest: Judgement | None,
        stale: bool,
        note: str,
    ) -> None:
        super().__init__()
        self.judged = judged
        #: The answer as shown (cleaned for the terminal); verdicts are tied to the real one.
        self.answer = safe_answer(judged.answer)
        self.head = f"{n}/{total} · {judged.question.id} · {judged.question.lang}"
        self.status = (latest, stale, note)

    def compose(self) -> ComposeResult:
        yield Static(Content(self.head), classes="review-head")
        yield Static(classes="review-status")
        yield Static(
            Content.assemble(("› ", "bold $accent"), self.answer.question),
            classes="review-question",
        )
        # The gold first: it is short, and what the answer below is read against.
        yield Static(Content("Gold"), classes="review-gold-title")
        yield Static(gold_text(self.judged), classes="review-gold")
        yield Static(Content("Answer"), classes="review-gold-title")
        yield AnswerMessage(self.answer)

    def on_mount(self) -> None:
        self.show_status(*self.status)

    def show_status(self, latest: Judgement | None, stale: bool, note: str) -> None:
        self.set_class(stale, "-stale")
        self.query_one(".review-status", Static).update(status_text(latest, stale, note))

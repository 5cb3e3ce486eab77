"""The state of one chat, free of widgets: turns, filters and waiting questions.

Questions are answered one at a time, in order, so a follow-up is always
interpreted against the answer just before it, even when it was typed while
that answer was still being computed.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace

from nordask.followup import interpret
from nordask.records import Answer


@dataclass(frozen=True)
class Filters:
    lang: str | None = None
    doc: str | None = None

    def status_text(self) -> str:
        return f"language: {self.lang or 'all'} · document: {self.doc or 'all'}"


@dataclass(frozen=True)
class Request:
    """One question with the filters that were set when it was asked."""

    id: int
    question: str
    filters: Filters
    #: What is searched for when it differs from `question` (a follow-up).
    interpreted: str | None = None


@dataclass
class Conversation:
    turns: list[Answer] = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    waiting: deque[Request] = field(default_factory=deque)
    busy: bool = False
    _asked: int = 0

    @property
    def last(self) -> Answer | None:
        return self.turns[-1] if self.turns else None

    def submit(self, question: str) -> Request:
        """Queue a question; it is answered when the ones before it are."""
        self._asked += 1
        request = Request(self._asked, question, self.filters)
        self.waiting.append(request)
        return request

    def next_request(self) -> Request | None:
        """The next question to answer, interpreted against the last turn; None if busy."""
        if self.busy or not self.waiting:
            return None
        self.busy = True
        request = self.waiting.popleft()
        return replace(request, interpreted=interpret(request.question, self.last))

    def finish(self, answer: Answer | None) -> None:
        self.busy = False
        if answer is not None:
            self.turns.append(answer)

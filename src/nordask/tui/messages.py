"""What the workers report back to the app, as Textual messages.

Retrieval runs in thread workers; they never touch widgets, they post these. The two
that carry a core callback's reports (indexing.IndexProgress, assistant.Notice) are
named for it with a `Message` suffix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from nordask.assistant import Assistant
    from nordask.records import Answer
    from nordask.tui.conversation import Request


@dataclass
class IndexProgressMessage(Message):
    """The index is being built: `stage` is one of indexing.py's progress stages."""

    stage: str
    done: int
    total: int


@dataclass
class NoticeMessage(Message):
    """Something worth telling the user while opening (an index was built...)."""

    text: str


@dataclass
class ModelLoading(Message):
    """The index is open; the query model is loading."""


@dataclass
class AssistantReady(Message):
    assistant: Assistant


@dataclass
class OpenFailed(Message):
    """Opening failed: `text` says what went wrong and what to do."""

    title: str
    text: str


@dataclass
class Answered(Message):
    request: Request
    answer: Answer


@dataclass
class AskFailed(Message):
    request: Request
    text: str

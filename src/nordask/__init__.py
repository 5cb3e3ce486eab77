"""nordask: cited, cross-lingual answers over the Nordic regional policy corpus.

The public API is `Assistant`; it is imported lazily so that `import nordask`
(and therefore `nordask --help`) stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nordask._version import __version__

__all__ = ["Assistant", "NordaskError", "__version__"]

if TYPE_CHECKING:
    from nordask.assistant import Assistant
    from nordask.errors import NordaskError


def __getattr__(name: str) -> object:
    if name == "Assistant":
        from nordask.assistant import Assistant

        return Assistant
    if name == "NordaskError":
        from nordask.errors import NordaskError

        return NordaskError
    raise AttributeError(name)

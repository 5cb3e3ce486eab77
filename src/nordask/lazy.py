"""Patterns compiled on first use.

A cold `nordask ask` compiles every module-level pattern at import. The largest few serve
questions few people ask (a person named with a role takes 10 ms to compile), so they are
compiled when first used instead (benchmarks/README.md, "Cold start, fourteenth round").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function that compiles `pattern` at its first call and returns it from then on."""
    return cache(lambda: re.compile(pattern, flags))

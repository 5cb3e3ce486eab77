"""What kind of answer a question wants, and whether a text can give it.

Questions about money are answered by a stated amount ("12,8 MDKK", "20 000
euro"). Such lines are short and embed poorly, so retrieval, sentence choice
and abstention all look for them explicitly.
"""

from __future__ import annotations

import re

#: Questions that ask for money, and the amounts that answer them.
_ASKS_AMOUNT = re.compile(
    r"\b(?:budget\w*|cost\w*|fund\w*|how much|money|amount|allocat\w*|envelope|share|"
    r"hvor meget|hvor mye|hur mycket|hur stor|hvor stor|belopp\w*|beløb\w*|beløp\w*|koste\w*|"
    r"kostar|pengar|penge|penger|midler|medel|anslag\w*|afsat\w*|avsatt\w*|tildel\w*|"
    r"økonomi|ekonomi|budsjett\w*)\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\d[\d\s.,]*\s?(?:MDKK|MSEK|MNOK|mio\.?|million\w*|mn|euro|EUR|€|kr\.?|kronor|kroner|"
    r"DKK|SEK|NOK)(?!\w)",
    re.IGNORECASE,
)


def asks_amount(question: str) -> bool:
    return bool(_ASKS_AMOUNT.search(question))


def states_amount(text: str) -> bool:
    return bool(_AMOUNT.search(text))

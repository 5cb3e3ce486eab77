"""Remove web-page furniture from text saved off the web.

Pages copied into .txt or .md files carry their site's chrome: "top of page",
"Image by …", "External link, opens in new window.", and link texts repeated
after every item ("Find out more about the project."). None of it answers a
question, and quoted in an answer it reads as noise. Two generic rules find it:
phrases that site builders emit in any language, and short sentences that a
file repeats three times or more.
"""

from __future__ import annotations

import re
from collections import Counter

#: Site chrome that stands on a line of its own.
_CHROME_LINE = re.compile(
    r"^(?:(?:back\s+)?to\s+top|top\s+of\s+(?:the\s+)?page|bottom\s+of\s+(?:the\s+)?page|"
    r"skip\s+to\s+(?:main\s+)?content|till\s+toppen|til\s+toppen|tilbage\s+til\s+toppen|"
    r"tillbaka\s+till\s+toppen|print(?:\s+this\s+page)?|share(?:\s+this(?:\s+page)?)?|"
    r"(?:image|photo|picture|illustration)\s+(?:by|from|credit)\b.{0,40}|(?:foto|bild|bilde|"
    r"billede|photo|kuva)\s*:\s*.{0,40})$",
    re.IGNORECASE,
)
#: Link annotations that screen-reader-friendly sites put inside sentences.
_LINK_NOTE = re.compile(
    r"[ \t]*(?:\(?\s*(?:external\s+link,?\s+)?opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)\.?\s*\)?|"
    r"\(?\s*(?:extern\s+länk,?\s+)?öppnas\s+i\s+(?:ett\s+)?nytt\s+fönster\.?\s*\)?|"
    r"\(?\s*(?:eksternt?\s+link,?\s+)?åbner\s+i\s+(?:et\s+)?nyt\s+vindue\.?\s*\)?|"
    r"\(?\s*(?:ekstern\s+lenke,?\s+)?åpnes\s+i\s+(?:et\s+)?nytt\s+vindu\.?\s*\)?)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A link's text inside prose ("Find out more about SiEUGreen.", "Läs mer om projektet"):
#: kept in the index, where it names its paragraph's subject, but no quote.
_LINK_TEXT = re.compile(
    r"^\s*(?:find\s+out\s+more|read\s+more|learn\s+more|see\s+more|more\s+information|"
    r"click\s+here|läs\s+mer|mer\s+information|mer\s+info|læs\s+mere|mere\s+information|"
    r"les\s+mer|lær\s+mer|se\s+mer|se\s+mere)\b",
    re.IGNORECASE,
)
#: A paragraph that closes with a link to its subject: "… Find out more about ESPON
#: DIGIPLAN.", "… Läs mer om Arctic Skills".
_LINK_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:find\s+out\s+more|read\s+more|learn\s+more|läs\s+mer|læs\s+mere|"
    r"les\s+mer|lær\s+mer)\s+(?:about|om)\s+(?P<name>[A-ZÅÄÖÆØÜ0-9“\"][^.!?\n]{0,60}?)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: A sentence repeated this often in one file is a link text or a label.
_REPEATS = 3
_MAX_REPEATED_WORDS = 10
#: Furniture is the smaller part of a page.
_MAX_FURNITURE_SHARE = 0.5


def is_link_text(sentence: str) -> bool:
    return bool(_LINK_TEXT.match(sentence))


def link_subject(paragraph: str) -> str | None:
    """What a paragraph's closing link names ("ESPON DIGIPLAN" of "… Find out more about
    ESPON DIGIPLAN."): on pages saved as text, the subject of a block whose title line
    was an image or a link and is lost."""
    found = _LINK_SUBJECT.search(paragraph.strip())
    if not found:
        return None
    name = found.group("name").strip(' “”"')
    return name if name[:1].isupper() or name[:1].isdigit() else None


def drop_chrome_lines(raw: str) -> str:
    """The raw text of a file without lines of site chrome ("top of page")."""
    return "\n".join(ln for ln in raw.split("\n") if not _CHROME_LINE.match(ln.strip()))


def strip_furniture(text: str) -> str:
    """`text` (cleaned: paragraphs separated by blank lines) without link notes and
    repeated link texts."""
    text = _LINK_NOTE.sub(" ", text)
    text = re.sub(r"[ \t]+([.,;:])(?=\s|$)", r"\1", text)
    repeated = _repeated_sentences(text)
    if sum(text.count(r) * len(r) for r in repeated) > _MAX_FURNITURE_SHARE * len(text):
        repeated = []  # a text made of its repeats is content, not furniture around it
    # Whole sentences only: a repeat inside a longer sentence is part of its content.
    whole = [re.compile(rf"(?:(?<=^)|(?<=\s)){re.escape(s)}(?=\s|$)") for s in repeated]
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text):
        for sentence in whole:
            paragraph = sentence.sub("", paragraph)
        paragraph = re.sub(r"[ \t]{2,}", " ", paragraph).strip()
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _repeated_sentences(text: str) -> list[str]:
    """Short sentences a file repeats, that hold a word: "1." of numbered headings or
    "14. mars" is a number, not a link text."""
    counts = Counter(
        s.strip() for s in _SENTENCE.findall(text) if len(s.split()) <= _MAX_REPEATED_WORDS
    )
    return [s for s, n in counts.items() if n >= _REPEATS and _WORD.search(s)]

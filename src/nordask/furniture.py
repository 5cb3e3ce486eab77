"""Remove web-page furniture from text saved off the web.

Pages copied into .txt or .md files carry their site's chrome: "top of page",
"Image by …", "External link, opens in new window.", and link texts repeated
after every item ("Find out more about the project."). None of it answers a
question, and quoted in an answer it reads as noise. Generic rules find it:
phrases that site builders emit in any language, and short sentences that a
file repeats three times or more. Chrome a page has once is found by its shape:
a line of short link labels joined by "|", "·" or ">" (a menu, a breadcrumb, a
site footer), a share button ("Del på Facebook"), a cookie notice, a caption, a
"Read also:" link.
"""

from __future__ import annotations

import re
from collections import Counter

from nordask.lazy import lazy_pattern

#: A site's account links: "Log in", "Logga in", "Prenumerera", "Abonnér".
_ACCOUNT = (
    r"(?:log\s*in|log\s+ind|logg\s+inn|logga\s+in|sign\s+(?:in|up)|subscribe|prenumerera|"
    r"abonn[eé]r|abonner|registrera\s+dig|register|my\s+account|mitt\s+konto|min\s+konto)"
)
#: Site chrome that stands on a line of its own.
_CHROME_LINE = (
    r"^(?:(?:back\s+)?to\s+top|top\s+of\s+(?:the\s+)?page|bottom\s+of\s+(?:the\s+)?page|"
    r"skip\s+to\s+(?:main\s+)?content|till\s+toppen|til\s+toppen|tilbage\s+til\s+toppen|"
    r"tillbaka\s+till\s+toppen|print(?:\s+this\s+page)?|share(?:\s+this(?:\s+page)?)?|"
    r"(?:image|photo|picture|illustration)\s+(?:by|from|credit)\b.{0,40}|(?:foto|bild|bilde|"
    r"billede|photo|kuva)\s*:\s*.{0,40}|"
    # a search box ("Sök på webbplatsen", "Search this site"), a menu button, a skip link,
    # a link to the rest of an item
    r"(?:search|søg|sök|søk)(?:\s+(?:(?:on|in|på|i)\s+)?(?:(?:this|the|hela|hele|denne|dette)\s+)?"
    r"(?:site|website|webbplatsen|sajten|sidan|nettstedet|nettsiden|siden|sitet|webstedet|"
    r"hjemmesiden))?|menu|meny|spring\s+til\s+(?:hoved)?indhold(?:et)?|"
    r"hoppa\s+till\s+(?:huvud)?innehåll(?:et)?|hopp\s+til\s+(?:hoved)?innhold(?:et)?|"
    r"(?:read|see|learn)\s+more|læs\s+mere|läs\s+mer|les\s+mer|se\s+mere?|"
    # account links ("Logga in   Prenumerera"), an advertisement's label, a comment count
    rf"{_ACCOUNT}(?:\s+{_ACCOUNT})*|{_ACCOUNT}\s+(?:to|för\s+att|for\s+å|for\s+at)\s+\w+\.?|"
    r"annons|annonse|annonce|advertisement|sponsored|sponsrat|sponset|sponsoreret|"
    r"(?:comments?|kommentarer|kommentarar)\s*\(\d+\)|"
    # a copyright line, a rule between a page's parts ("-----", "=====")
    r"©.{0,100}|[-=_*~]{3,})\s*[»›→>]*$"
)


#: `_CHROME_LINE`, compiled on first use: only indexing needs it.
_chrome_line = lazy_pattern(_CHROME_LINE, re.IGNORECASE)


#: An image's caption on a line of its own: "Image: Divers planting eelgrass.", "Foto: …".
_CAPTION = re.compile(
    r"^(?:image|photo|picture|illustration|foto|bild|bilde|billede|kuva)\s*:\s*\S.{0,200}$",
    re.IGNORECASE,
)
#: What joins the links of a menu, a breadcrumb trail or a site footer: "Home > Projects >
#: …", "Newsletter | Privacy | …", "Facebook · LinkedIn".
_LINK_JOINER = re.compile(r"[ \t]+([|·•>»›])[ \t]+")
#: … or a menu whose links stand apart by runs of spaces: "Start   Om rådet   Kontakt".
_SPACED_JOINER = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
_SPACES = "  "
#: One link of such a bar, or one part of a site footer's address: a short label opening
#: with a capital or a figure ("Newsletter", "Funding rules for Priority 2", "5230 Odense
#: M", "Tlf. 6550 1000"), ending no sentence.
_LINK_LABEL = re.compile(r"[A-ZÅÄÖÆØÜÉ0-9][^!?;,|·•>»›]{0,44}(?<![.:])")
_MAX_LABEL_WORDS = 5
_MIN_BAR_LINKS = 3
#: A menu stacked one link a line: "Start" / "Om oss" / "Projekt" / "Kontakt".
_MIN_MENU_ITEMS = 3
_MAX_MENU_ITEM_WORDS = 4
#: Joiners of a breadcrumb trail, which a site's name may stand above.
_TRAIL_JOINERS = frozenset(">»›")
#: A bar's label above it: "Related pages", "Follow us", "Du er her:".
_MAX_BAR_LABEL_WORDS = 3
#: Social networks, whose names make up share and follow buttons.
_NETWORKS = frozenset(
    [
        "facebook",
        "linkedin",
        "twitter",
        "instagram",
        "youtube",
        "tiktok",
        "pinterest",
        "whatsapp",
        "messenger",
        "bluesky",
        "mastodon",
        "threads",
        "flickr",
        "vimeo",
        "snapchat",
        "reddit",
    ]
)
#: The words of a share or follow button, in English, Danish, Norwegian and Swedish:
#: "Share this page", "Del på Facebook", "Dela artikeln", "Følg os på LinkedIn".
_SHARE_VERBS = frozenset(["share", "del", "dela", "follow", "følg", "följ"])
_SHARE_WORDS = (
    _NETWORKS
    | _SHARE_VERBS
    | frozenset(
        [
            "us",
            "os",
            "oss",
            "on",
            "at",
            "via",
            "with",
            "med",
            "in",
            "i",
            "på",
            "this",
            "the",
            "denne",
            "dette",
            "denna",
            "detta",
            "den",
            "här",
            "article",
            "artikeln",
            "artiklen",
            "artikkelen",
            "artikel",
            "artikkel",
            "page",
            "sidan",
            "siden",
            "sida",
            "side",
            "post",
            "story",
            "e-mail",
            "email",
            "e-post",
            "mail",
            "print",
            "udskriv",
            "skriv",
            "ut",
            "x",
        ]
    )
)
_BUTTON_WORD = re.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*|\d+|[^\w\s|·•>»›]+")
#: A cookie or privacy notice: "Vi bruger cookies …", "Vi använder kakor …", "Cookie
#: settings", "Privatlivspolitik".
_CONSENT = re.compile(
    r"cookie|\bkak(?:or|orna|policy)\b|informasjonskapsl|privacy\s+(?:policy|notice|statement)|"
    r"privatlivs?politik|integritetspolicy|personvernerklæring|persondatapolitik",
    re.IGNORECASE,
)
#: A banner speaks to the reader ("… your experience", "… accepterer du …") …
_READER = re.compile(r"\b(?:you|your|du|din|dit|dine|dig|deg|ditt|dina|di)\b", re.IGNORECASE)
#: … or for the site: "We use cookies", "Vi använder kakor", "Den här webbplatsen använder
#: kakor", "Denne hjemmeside bruger cookies".
_SITE_USES = re.compile(
    r"\b(?:we|vi|(?:this|den\s+här|denna|denne|dette)\s+[^\W\d_]+)\s+"
    r"(?:use|uses|använder|bruger|bruker|benytter)\b",
    re.IGNORECASE,
)
#: … or ends in its buttons: "… webbplatsen. Godkänn alla kakor", "… [Acceptera]".
_BUTTONS_AFTER = re.compile(r"[.!?]\s+(?:\[[^\]]+\]\s*)+$|[.!?]\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}$")
#: A row of buttons: "[Godkänn alla]  [Endast nödvändiga]  [Inställningar]".
_BUTTON_ROW = re.compile(r"^(?:\[[A-ZÅÄÖÆØÜÉ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\]\s*)+$")
_MAX_CONSENT_LABEL_WORDS = 5
#: A label is words only: "Cookie settings", "Cookie- og privatlivspolitik".
_LABEL_WORDS = re.compile(r"[^\W\d_]+(?:[-\s&/]+[^\W\d_]+)*-?")
_MAX_BANNER_WORDS = 80
#: A banner's buttons below it: "OK", "Accepter alle", "Afvis".
_MAX_BUTTON_WORDS = 3
#: A link to another item: "Läs också: Hälsobussen har gjort 800 besök", "Read also:" over
#: a list of headlines.
_READ_ALSO = re.compile(
    r"^(?i:read\s+also|see\s+also|læs\s+også|les\s+også|läs\s+också|se\s+også|se\s+även)"
    r"(?:\s*:\s*(?P<link>[A-ZÅÄÖÆØÜÉ0-9«\"“][^.!?]*)?)?$"
)
#: A headline such a lone "Read also:" lists below it, bulleted or not.
_LISTED_LINK = re.compile(r"^(?:[-•*]\s+)?[A-ZÅÄÖÆØÜÉ0-9«\"“][^.!?]*$")
_MAX_LINK_WORDS = 16
#: A list's controls: "Showing 10 of 24 projects", "Viser 1–10 af 56 resultater", "Sort
#: by: Newest first", "Sortera efter: datum".
_LIST_CONTROL = re.compile(
    r"^(?:showing|viser|visar)\s+\d+(?:\s*[-–]\s*\d+)?\s+(?:of|af|av)\s+\d+\b|"
    r"\b(?:sort\s+by|sortér\s+efter|sorter\s+(?:efter|etter)|sortera\s+efter)\s*:",
    re.IGNORECASE,
)
_MAX_CONTROL_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?]$")
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
_BYLINE_NAME = r"[A-ZÅÄÖÆØÜÉ][\w'-]+(?:\s+[A-ZÅÄÖÆØÜÉ][\w'-]+){0,3}"
_BYLINE_DATE = r"\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_PUBLISHED = (
    r"(?i:published|posted|updated|publicerad|uppdaterad|publiceret|opdateret|publisert|"
    r"oppdatert)"
)
#: A news item's byline: who wrote it ("Av Karin Berg", "By Ann Lee, 4 May 2024", "Skrevet
#: af Ole Dam …").
_AUTHOR_LINE = re.compile(
    rf"^(?i:by|av|af|written\s+by|skrevet\s+a[fv]|skriven\s+av)\s+{_BYLINE_NAME}"
    rf"(?=\s*$|\s*[,|·–-]|\s+\d|\s+{_PUBLISHED}\b)"
)
#: … or when it was published ("Publisert 12.03.2024", "07 April 2017 - Published by
#: Christina Knudsen"), on a line that ends no sentence.
_PUBLISHED_LINE = re.compile(
    rf"\b{_PUBLISHED}\s+(?:(?i:by|av|af)\s+{_BYLINE_NAME}|(?:(?i:on|den|d\.)\s+)?"
    rf"(?:{_BYLINE_DATE}))(?!.*[.!?]$)"
)
#: A byline is a line, not a paragraph.
_MAX_BYLINE_WORDS = 16
#: A sentence repeated this often in one file is a link text or a label.
_REPEATS = 3
_MAX_REPEATED_WORDS = 10
#: Furniture is the smaller part of a page.
_MAX_FURNITURE_SHARE = 0.5


def is_link_text(sentence: str) -> bool:
    return bool(_LINK_TEXT.match(sentence))


def is_byline(line: str) -> bool:
    """Whether `line` is a news item's byline ("Av Karin Berg Publicerad 3 maj 2025 kl.
    07.45"): it dates the item and names its author, and heads none of its text."""
    line = " ".join(line.split())
    if len(line.split()) > _MAX_BYLINE_WORDS:
        return False
    return bool(_AUTHOR_LINE.match(line) or _PUBLISHED_LINE.search(line))


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
    """The raw text of a file with its lines of site chrome ("top of page", "Del på
    Facebook", a cookie notice) blanked: a page's chrome stands between its blocks, so
    the text on either side stays apart as the page showed it."""
    lines = raw.split("\n")
    chrome = _chrome_lines(lines)
    return "\n".join("" if i in chrome else ln for i, ln in enumerate(lines))


def _chrome_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines that are site chrome, with the labels and buttons that
    belong to them: "Related pages" over a bar of links, "OK" under a cookie notice, the
    headlines under a lone "Read also:"."""
    chrome: set[int] = set()
    for i, line in enumerate(lines):
        text = line.strip()
        if _chrome_line().match(text):
            chrome.add(i)
        elif text and _whole(lines, i) and _is_chrome(text):
            chrome.add(i)
            chrome |= _belonging(lines, i, text)
        elif (joiner := _link_bar(text)) and not _in_table(lines, i, joiner):
            chrome.add(i)
            if i and _is_bar_label(lines[i - 1].strip(), joiner):
                chrome.add(i - 1)
    return chrome | _menus(lines, chrome)


def _menus(lines: list[str], chrome: set[int]) -> set[int]:
    """The lines of a site's menu, stacked one link a line ("Start" / "Om oss" / "Projekt"
    / "Kontakt"): a block of at least three link labels, besides chrome, by other chrome,
    at the top of the page or at its foot. A list of short items inside the text
    (partners under a heading, a lead-in's list) stands elsewhere."""
    blocks = [b for b in _blocks(lines) if any(k not in chrome for k in b)]
    found: set[int] = set()
    for n, block in enumerate(blocks):
        items = [k for k in block if k not in chrome]
        if len(items) < _MIN_MENU_ITEMS or not all(_is_menu_item(lines[k]) for k in items):
            continue
        above = [k for b in blocks[:n] for k in b if k not in chrome]
        # A menu has the site's other chrome by it (a skip link, "Meny", a search box, a
        # cookie notice, "©"), and at the top only a site's name above it; without chrome
        # it opens the file right over the page's headline and its text.
        if _near_chrome(lines, chrome, block):
            top = n + 1 < len(blocks) and len(above) <= 1
            if top or _at_foot(lines, chrome, block, above):
                found.update(block)
        elif not above and _over_headline(lines, chrome, blocks[n + 1 : n + 3]):
            found.update(block)
    return found


def _over_headline(lines: list[str], chrome: set[int], below: list[list[int]]) -> bool:
    """Whether the two blocks below a run of short lines are a headline (one line) and a
    paragraph of text, as a page's are under its menu; a list that opens a file sits
    over a heading, a label or another list."""
    if len(below) < 2:
        return False
    headline, text = ([k for k in b if k not in chrome] for b in below)
    ends = [bool(_SENTENCE_END.search(lines[k].strip())) for k in headline + text]
    return len(headline) == 1 and not ends[0] and any(ends[1:])


def _near_chrome(lines: list[str], chrome: set[int], block: list[int]) -> bool:
    """Whether a block holds chrome, or has chrome as the next line above or below it."""
    above = next((k for k in range(block[0] - 1, -1, -1) if lines[k].strip()), None)
    below = next((k for k in range(block[-1] + 1, len(lines)) if lines[k].strip()), None)
    return any(k in chrome for k in (*block, above, below))


def _blocks(lines: list[str]) -> list[list[int]]:
    """The numbers of the lines of each run of lines between blank ones."""
    blocks: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if blocks and blocks[-1][-1] == i - 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


def _is_menu_item(line: str) -> bool:
    """A link of a menu: one to four words, no sentence, no number opening a list's item
    ("1. Inledning"), no colon of a label."""
    text = line.strip()
    return (
        len(text.split()) <= _MAX_MENU_ITEM_WORDS
        and not text[:1].isdigit()
        and ":" not in text
        and bool(_LINK_LABEL.fullmatch(text))
    )


def _at_foot(lines: list[str], chrome: set[int], block: list[int], above: list[int]) -> bool:
    """Whether a block stands at a page's foot: after its last sentence of text, which
    closes right above it (so it is no list under a heading or a lead-in's colon), with
    no text below."""
    below = [k for k in range(block[-1] + 1, len(lines)) if k not in chrome and lines[k].strip()]
    return bool(above) and not below and bool(_SENTENCE_END.search(lines[above[-1]].strip()))


def _is_chrome(text: str) -> bool:
    """Chrome that a line is by what it says: a caption, a share button, a cookie notice,
    a link to another item or a list's controls."""
    if _CAPTION.match(text) or _READ_ALSO.match(text) or _BUTTON_ROW.match(text):
        return True
    controls = len(text.split()) <= _MAX_CONTROL_WORDS and bool(_LIST_CONTROL.search(text))
    return controls or _is_share_button(text) or _is_consent(text)


def _whole(lines: list[str], i: int) -> bool:
    """Whether line `i` stands on its own: a line of a paragraph wrapped by hand opens in
    lower case, or runs on into a next line that does."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return not lines[i].strip()[:1].islower() and not nxt[:1].islower()


def _belonging(lines: list[str], i: int, text: str) -> set[int]:
    """The lines below a chrome line that belong to it, up to the next blank line: the
    buttons of a cookie notice, the headlines a lone "Read also:" lists."""
    lone_link = (found := _READ_ALSO.match(text)) is not None and not found.group("link")
    if not lone_link and not _is_consent(text):
        return set()
    below: set[int] = set()
    for j in range(i + 1, len(lines)):
        line = lines[j].strip()
        if not line or _SENTENCE_END.search(line):
            break
        listed = len(line.split()) <= _MAX_LINK_WORDS and _LISTED_LINK.match(line)
        button = len(line.split()) <= _MAX_BUTTON_WORDS or _BUTTON_ROW.match(line)
        if not (listed if lone_link else button):
            break
        below.add(j)
    return below


def _is_share_button(text: str) -> bool:
    """A share or follow button: words of sharing and networks' names only ("Del på
    Facebook", "Dela artikeln", "Follow us on LinkedIn"); "Del 2" is a part."""
    words = [w.casefold() for w in _BUTTON_WORD.findall(text)]
    symbols = [w for w in words if not w[:1].isalnum()]
    named = [w for w in words if w[:1].isalnum()]
    return (
        bool(named)
        and all(w in _SHARE_WORDS for w in named)
        and any(w in _SHARE_VERBS or w in _NETWORKS for w in named)
        and all(set(w) <= set("|·•:") for w in symbols)
    )


def _is_consent(text: str) -> bool:
    """A cookie or privacy notice: a short label ("Cookie settings", "Cookies og
    privatlivspolitik"), or a banner, opening with a capital, that speaks to the reader
    ("… your …"), for the site ("Vi använder kakor …") or ends in its buttons ("…
    Godkänn alla"). A sentence on cookies that does none of these is content."""
    if not text[:1].isupper() or not _CONSENT.search(text):
        return False
    words = len(text.split())
    label = words <= _MAX_CONSENT_LABEL_WORDS and bool(_LABEL_WORDS.fullmatch(text))
    banner = any(sign.search(text) for sign in (_READER, _SITE_USES, _BUTTONS_AFTER))
    return label or (words <= _MAX_BANNER_WORDS and banner)


def _link_bar(text: str) -> str | None:
    """The joiner of a line made of short link labels ("Home > Projects > Water", "Contact
    | Newsletter | Privacy", "Start   Om rådet   Kontakt"), or None. A Markdown table row
    opens with "|"."""
    found = _LINK_JOINER.search(text)
    joiner = found.group(1) if found else _SPACES if _SPACED_JOINER.search(text) else None
    if not joiner or text.startswith("|"):
        return None
    links = _links(text, joiner)
    labels = all(
        _LINK_LABEL.fullmatch(link) and len(link.split()) <= _MAX_LABEL_WORDS for link in links
    )
    return joiner if labels and len(links) >= _MIN_BAR_LINKS else None


def _links(text: str, joiner: str) -> list[str]:
    """The links of a bar, or the cells of a table's row, that `joiner` parts."""
    if joiner == _SPACES:
        return _SPACED_JOINER.split(text.strip())
    return re.split(rf"[ \t]+{re.escape(joiner)}[ \t]+", text.strip())


def _in_table(lines: list[str], i: int, joiner: str) -> bool:
    """A line of "|" (or of cells set apart by spaces) with a neighbour of as many cells
    is a row of a table, not a bar; a site's name over its menu ("Arctic Council |
    Arktisk råd") has fewer. Dots and arrows join no table's cells, so a site's footer
    may stack two such lines."""
    if joiner not in ("|", _SPACES):
        return False
    cells = len(_links(lines[i], joiner))
    around = (lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines))
    return any(abs(len(_links(line, joiner)) - cells) <= 1 for line in around if line.strip())


def _is_bar_label(line: str, joiner: str) -> bool:
    """A short line right above a bar that names it ("Related pages", "Follow us"); above
    a breadcrumb trail only with a colon ("Du er her:"), as a site's name stands there."""
    words = line.split()
    if not words or len(words) > _MAX_BAR_LABEL_WORDS:
        return False
    if joiner in _TRAIL_JOINERS or joiner == _SPACES:
        return line.endswith(":")  # else a site's name
    return not re.search(r"[.!?;,]$", line)


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

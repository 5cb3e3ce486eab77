"""Understand a question once: what kind of answer it wants, and what it names.

Retrieval, the answer composer and the abstain-or-answer policy all read the
same `Intent`, so a question is never classified two different ways. The rules
are patterns over the four languages' question words; they know nothing of any
particular corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from nordask.lazy import lazy_pattern

#: Questions that ask for money.
_ASKS_AMOUNT = re.compile(
    r"\b(?:\w*budget\w*|\w*budsjett\w*|cost\w*|how much|money|amount|allocat\w*|envelope|"
    r"hvor meget|hvor mye|hur mycket|hur stor budget|hvor stort? budget\w*|belopp\w*|"
    r"beløb\w*|beløp\w*|koste\w*|kostar|pengar|penge|penger|midler|medel|anslag\w*|"
    r"afsat\w*|avsatt\w*|satt av|tildel\w*|økonomi|ekonomi|"
    r"how much funding|grant(?:ed)?|"
    r"(?:højeste|høyeste|högsta|highest|largest|biggest|største|största|maximum|max|maks)\s+"
    r"(?:\w+\s+)?(?:tilsk\w*|till?skott\w*|bevil\w*|bidrag\w*|grant\w*|støtte\w*|stöd\w*)|"
    r"turnover|revenue|omsætning\w*|omsättning\w*|omsetning\w*|"
    r"total(?:en|t)?\s+(?:for|för|til|till|of)\s+(?:the\s+)?(?:goal|mål|målet))\b",
    re.IGNORECASE,
)
#: Words for what something costs, in a question or a text: "koster", "kostade", "the
#: cheapest", "Grundavgiften", "betaler", "medlemskontingent".
COST = re.compile(
    r"\b(?:cost\w*|kosta\w*|koste[rt]?|kostede|fees?|pay\w*|paid|betal\w*|prices?|"
    r"cheap\w*|billig\w*|(?:most|least)\s+expensive|dyr(?:are|ere|ast\w*|est\w*))\b|"
    r"\w*(?:avgift|afgift|gebyr|kostnad|omkostning|kontingent)\w*",
    re.IGNORECASE,
)
#: A how-much question about a change, not money: "Hvor meget faldt responstiden?", "How
#: much did the share rise?", "Hur mycket kortare blev väntetiden?".
_HOW_MUCH_CHANGE = re.compile(
    r"\b(?:how\s+much|hvor\s+meget|hvor\s+mye|hur\s+mycket)\s+(?:\w+\s+){0,6}?"
    r"(?:f[ae]ll|fallen|dropp\w*|decreas\w*|declin\w*|increas\w*|r[io]se|risen|gr[eo]w\w*|"
    r"shrank|shrunk|reduc\w*|improv\w*|shorten\w*|chang\w*|faldt|faldet|falt|sank|"
    r"sjönk|minsk\w*|mindsk\w*|mink\w*|ök\w*|øk\w*|steg|steget|stigit|växte|voksede|vokste|"
    r"förbättr\w*|forbedr\w*|förkort\w*|forkort\w*|redu[cs]er\w*|"
    r"\w+(?:er|re|are|ere)\s+(?:blev|ble|blei|var|were|was|became))\b",
    re.IGNORECASE,
)
#: How much of a whole, a share, not money unless the whole is: "how much of its output
#: goes abroad" is answered by "exporterar 95%", "hur mycket av budgeten" by an amount.
_HOW_MUCH_OF = re.compile(
    r"\b(?:how\s+much|hvor\s+meget|hvor\s+mye|hur\s+mycket)\s+(?:of|af|av)\b", re.IGNORECASE
)
#: How much a body sends out, takes in or makes, a volume or share, not money unless the
#: question names money: "how much does it export" is answered by "exporterar 95%".
_HOW_MUCH_FLOW = re.compile(
    r"\b(?:how\s+much|hvor\s+meget|hvor\s+mye|hur\s+mycket)\s+(?:\w+\s+){0,4}?"
    r"(?:export\w*|eksport\w*|import(?:s|ed|ing|er\w*)?|produce[sd]?|producer\w*|produser\w*|emit\w*|"
    r"udled\w*|släpp\w*|slipp\w*|recycl\w*|återvinn\w*|genanvend\w*|gjenvinn\w*|"
    r"consume[sd]?|forbrug\w*|förbruka\w*|forbruk\w*)\b",
    re.IGNORECASE,
)
#: "funding" and "fund" also name calls and programmes ("which call funded ..."):
#: they ask for money only together with a how-much word.
_HOW_MUCH = re.compile(r"\b(?:how much|hvor meget|hvor mye|hur mycket|hur stor|hvor stor)\b", re.I)
_FUNDING = re.compile(r"\bfund|finans|financ", re.IGNORECASE)
#: A question that asks yes or no, by its opening verb: "Does NORA receive …", "Får
#: gränskommittéerna …", "Modtager X …", "Is there …".
_WHETHER = re.compile(
    r"^\s*(?:does|do|did|will|is|are|was|were|has|have|gets?|receives?|får|fick|fikk|fik|"
    r"modtager|modtog|mottar|mottok|mottog|erhåller|erhöll|har|hade|hadde|havde)\b",
    re.IGNORECASE,
)
#: Funding as a thing one gets ("any funding", "finansiering"), not the verb "fund".
_FUNDING_NOUN = re.compile(r"\b(?:funding|financing|finansiering\w*)\b", re.IGNORECASE)
#: How big a grant is: "Hvor stor en bevilling …", "Hur stort bidrag …", "hvor stort
#: tilskud" (not a share: "hur stor andel av de beviljade projekten", "hur stor stödandel").
_HOW_BIG_GRANT = re.compile(
    r"\b(?:hvor|hur)\s+stor[et]?\s+(?:(?:var|er|är|blev|ble|blir|bliver)\s+)?"
    r"(?:en\s+|ett\s+|et\s+|den\s+|det\s+)?"
    r"(?:bevil|tilsk[ou]|till?skott|bidrag|støtte|stöd)(?!\w*(?:andel|procent|prosent|sats))",
    re.IGNORECASE,
)
#: Currencies and their multiples as Nordic documents write them.
CURRENCY = r"MDKK|MSEK|MNOK|mio\.?|million\w*|mn|euro|EUR|€|kr\.?|kronor|kroner|DKK|SEK|NOK"
#: A currency as the four languages write it: a code, scaled or not ("NOK", "MSEK",
#: "TEUR"; in capitals, "nok" is a Danish and Norwegian word), a word or a sign ("kronor",
#: "kr.", "€"), or the Swedish thousands and millions of kronor ("tkr", "mnkr").
_MONEY = (
    r"(?-i:[MT]?(?:DKK|SEK|NOK|EUR|ISK))|euros?|€|kr\.?|kronor|kroner|krona|krone|"
    r"t\.?kr\.?|m(?:n|d)?kr\.?"
)
#: A multiple written between a figure and its currency: "142 miljoner kronor", "1,1 mio.
#: kr.", "3 mia. kr.", "50 tusen kroner", "EUR 3.6 m".
_SCALE = (
    r"mio\.?|mill\.|million\w*|miljon\w*|milliard\w*|miljard\w*|mia\.?|mrd\.?|mn|bn|m|"
    r"tusen|tusind|thousand"
)
#: The multiples that stand for money without a currency: "3,2 mio.", "1.5 million".
_BARE_SCALE = r"mio\.?|million\w*|miljon\w*|milliard\w*|miljard\w*|mia\.|mrd\.|mn"
#: A figure: digits in groups of three ("15 000", "200,000", "1.500.000") or not ("2500"),
#: with decimals ("1,1", "3.6"); two figures side by side ("2,8 1,5") are two.
_FIGURE = r"\d{1,3}(?:[ .,]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
#: A currency written before the figure: an unscaled code, a sign or "kr." ("NOK 200 000",
#: "€ 500.000", "kr. 25.000"). A scaled code there ("Totalt MSEK 2,8 1,5") heads a
#: table's column of figures.
_MONEY_FIRST = r"(?-i:DKK|SEK|NOK|EUR|ISK)|€|kr\."
#: A scaled code before one figure in running text ("The total budget is MSEK 67.0."),
#: not before a table's column of them ("Totalt MSEK 2,8 1,5").
_SCALED_FIRST = rf"(?-i:M(?:DKK|SEK|NOK|EUR))\s*(?:{_FIGURE})(?!\d|[.,]\d|\s*\d)"
#: An amount of money as documents state it, the currency after the figure ("12,8 MDKK",
#: "20 000 euro", "> 500.000 €", "142 miljoner kronor", "3.6 million") or before it
#: ("NOK 200 000", "EUR 3.6 million", "kr. 500.000").
AMOUNT = re.compile(
    rf"(?<![\w.,])(?:{_FIGURE})\s*(?:(?:(?:{_SCALE})\s*)?(?:{_MONEY})|(?:{_BARE_SCALE}))(?!\w)|"
    rf"(?<!\w)(?:{_MONEY_FIRST})\s*(?:{_FIGURE})(?:\s*(?:{_SCALE}))?(?!\w|[.,]\d)|"
    rf"(?<!\w){_SCALED_FIRST}",
    re.IGNORECASE,
)
#: "Which/what X ...": an actor question when X is a kind of actor, a list question otherwise.
_WHICH = re.compile(
    # After a preposition that asks for the parties: "Between which regions …", "Mellom
    # hvilke regioner …", "Med vilka …", "Among which …".
    r"^\s*(?:(?:and|og|och)\s+)?(?:(?:between|among|amongst|with|mellan|mellom|mellem|bland|"
    r"blant|blandt|med)\s+)?(?:which|what|name\s+the|list\s+the|vilka|vilken|vilket|"
    r"hvilke|hvilken|hvilket|inom\s+vilka|i\s+hvilke)\b",
    re.IGNORECASE,
)
#: Words for the kinds of actor a which/who question can ask for. A question that names
#: none of them ("which projects"?) is matched by the first kind it names.
_ACTOR_KINDS = (
    (
        "committee",
        r"committees?|councils?|border\s+committees?|kommitt[ée]\w*|komit[ée]\w*|komite\w*|"
        r"råd(?:et|en)?|gränskommitt\w*|grænsekomit\w*|grensekomit\w*|udvalg\w*|utvalg\w*",
    ),
    ("region", r"regions?|regioner\w*|regionerne|regionene|counties|län|fylk\w*"),
    ("country", r"countries|country|länder|lande|land"),
    # A compound names the kind by its last part ("fiskeprojekt", "ungdomsprosjektet"),
    # not one after a hyphen ("Vilka resultat gav EU-pilotprojektet": the subject).
    (
        "project",
        r"projects?|projekt\w*|prosjekt\w*|(?<!-)\w+projekt\w*|(?<!-)\w+prosjekt\w*|"
        r"initiatives?|programmes?|programs?",
    ),
    (
        "organisation",
        r"organi[sz]ations?|organisation\w*|bodies|body|organ|organet|organs|actors|aktører|"
        r"aktörer|partners?|partnere|partner|samarbe[ji]dspartner\w*|samarbetspartner\w*|universit\w*|compan\w*|"
        r"företag|virksomhed\w*|virksomhet\w*|selska[bp]\w*|bolag\w*",
    ),
)
_KIND_WORDS = [
    (kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _ACTOR_KINDS
]
#: Offices a person holds, each in the four languages: a question asking who holds one is
#: answered only by a passage that names that office ("Who is the mayor of Umeå?").
_OFFICE_FORMS = (
    r"presidents?|president(?:en|er|erne|ene)?",
    r"mayors?|borgmästare\w*|borgmester\w*|ordfører\w*",
    r"\w*ministers?|\w*minister(?:n|en|ns|s|ar|arna|e|ne|en)?",
    r"kings?|queens?|kung(?:en)?|drottning\w*|konge(?:n)?|dronning\w*",
    r"governors?|landshövding\w*|fylkesm[ae]nn\w*|statsforvalter\w*",
    r"chair\w*|\w*ordförande\w*|ordførende|formand\w*|forkvinde\w*|styreleder\w*",
    r"directors?|\w*direktør\w*|\w*direktör\w*|ceo|chief\s+executive",
    r"secretary[- ]general|\w*generalsekret\w*",
)
_OFFICES = tuple(re.compile(rf"\b(?:{forms})\b", re.IGNORECASE) for forms in _OFFICE_FORMS)
#: Any of the offices.
ANY_OFFICE = "|".join(_OFFICE_FORMS)


#: "How do I …", "Hur bakar man …", "Hvordan lager jeg …": how a person does something.
_HOW_TO = re.compile(
    r"^\s*(?:how\s+(?:do|can|should|would)\s+(?:i|you|we|one)|how\s+to|"
    r"(?:hur|hvordan)\s+\w+\s+(?:man|jag|jeg|vi|du|en))\b",
    re.IGNORECASE,
)


#: The asker's own life: "my landlord", "Kan jeg …", "Should I …", "jag" ("mitt", "min"
#: and "i" are words of other kinds too: "mitt i", "5 min", "i Sverige"); or how a thing
#: works: "How does X work?", "Hur fungerar X?", "Hvordan virker X?".
_ONESELF = re.compile(
    r"\b(?:my|jeg|jag)\b|\b(?:can|could|should|may|do|did)\s+I\b|"
    r"^\s*how\s+does\s.+\swork\b|\b(?:hur|hvordan)\s+(?:fungerar|fungerer|virker)\b",
    re.IGNORECASE,
)


#: What one must, may or needs to do, or how one applies for something, asked in the
#: four languages: "Do I need …", "Must we …", "Am I allowed to …", "Is a permit
#: required …", "Behöver jag …", "Må man …", "Trenger jeg …", "Krävs det …", "How do I
#: apply for …", "Hvordan søger jeg om …" (not "Hvor mange point skal en ansøgning …":
#: "en" is an article there).
ASKS_RULE = re.compile(
    r"\b(?:do|does|did|will|would)\s+(?:i|we|you|one)\s+(?:need|have\s+to|require)\b|"
    r"\b(?:must|may)\s+(?:i|we|one)\b|"
    r"\b(?:am|are|is)\s+(?:i|we|one)\s+(?:allowed|required|permitted|obliged|entitled|eligible)\b|"
    r"\b(?:is|are)\s+(?:an?\s+|the\s+|my\s+)?\w+\s+(?:required|needed|mandatory)\b|"
    r"\b(?:behöver|måste|får|ska|behøver|må|skal|trenger)\s+(?:jag|jeg|man|vi)\b|"
    r"\b(?:krävs|behövs|kræves|behøves|kreves|trengs)\b|"
    r"^\s*how\s+(?:do|can|should)\s+(?:i|we|one)\s+(?:apply|register)\b|"
    r"^\s*(?:hur|hvordan)\s+(?:ansöker|söker|registrerar|ansøger|søger|søker|registrerer)\s+"
    r"(?:jag|jeg|man|vi)\b",
    re.IGNORECASE,
)


def asks_rule(question: str) -> bool:
    """Whether the question asks what one must, may or needs to do, or how one applies
    ("Do I need to show my passport at the border?"): a rule the documents state answers
    it, not a passage that only speaks of the same things."""
    return bool(ASKS_RULE.search(question))


def asks_how_to(question: str) -> bool:
    """Whether the question asks how a person does something ("How do I cook pasta?"):
    a policy corpus answers that only where it speaks of the thing itself."""
    return bool(_HOW_TO.search(question))


def asks_oneself(question: str) -> bool:
    """Whether the question speaks of the asker's own life ("Kan jeg legge parkett selv?")
    or asks how a thing works: like a how-to question, the documents answer it only where
    they speak of the thing itself."""
    return bool(_ONESELF.search(question))


#: A request for a tip, a recommendation, advice or a piece of writing, addressed to whoever
#: answers: "Recommend a good …", "Can you suggest …", "Any tips for …", "Tipsa om …", "Kan
#: du anbefale …", "har du nogen gode råd?", "Gi meg noen råd …", "Write a poem about …"
#: ("What does the report recommend?" asks about the documents, and does not match).
_ADVICE = re.compile(
    r"^\s*(?:please\s+)?(?:recommend|suggest|tipsa|rekommendera|anbefal|föreslå|foreslå|tips)\b|"
    r"\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:recommend|suggest|write)\b|"
    # A piece of writing asked for: "Write a poem about …", "Skriv en dikt om …".
    r"^\s*(?:please\s+)?(?:write|compose|skriv|skriva|skrive)\b|"
    r"\bkan\s+(?:du|ni)\s+(?:tipsa|rekommendera|anbefale|föreslå|foreslå)\b|"
    # The best thing or way to do something, which is someone's advice: "What is the best
    # way to …", "Hva er den beste måten å …", "Vad är bästa sättet att …" (not "best
    # practice", which documents collect).
    r"^\s*(?:what\s+is|what's|whats|hva\s+er|hvad\s+er|vad\s+är|vilket\s+är|hvilket\s+er)"
    r"\s+(?:the\s+|den\s+|det\s+)?(?:best|beste|bedste|bästa)\b(?!\s+practi)|"
    r"\b(?:any|har\s+(?:du|ni)(?:\s+(?:några|nogen|nogle|noen))?|"
    r"(?:give|ge|giv|gi)\s+(?:me|mig|meg)(?:\s+(?:some|några|nogle|noen))?)"
    r"\s+(?:(?:good|gode|goda|bra)\s+)?(?:tips|advice|suggestions|råd)\b",
    re.IGNORECASE,
)
#: The praise a request for advice puts before its topic ("a good restaurant", "ett bra
#: brädspel"): no part of what it is about.
_PRAISE = frozenset(
    [
        "good",
        "nice",
        "great",
        "best",
        "bra",
        "god",
        "godt",
        "gode",
        "goda",
        "bästa",
        "bedste",
        "beste",
        "fin",
        "fint",
    ]
)


def advice_topic(question: str) -> str | None:
    """What a request for a tip or advice is about ("restaurant in Copenhagen" of "Recommend
    a good restaurant in Copenhagen."), or None when the question requests none: the
    documents give no private advice, so only the topic tells whether they speak of it."""
    match = _ADVICE.search(question)
    if not match:
        return None
    rest = question[: match.start()] + " " + question[match.end() :]
    return " ".join(w for w in rest.split() if w.casefold().strip(",.?!") not in _PRAISE)


#: A piece of writing asked of whoever answers: "Write a LinkedIn post about …", "Can you
#: draft an e-mail …", "Skriv ett pressmeddelande …", "Kan du skrive en tale …", "Kan du
#: hjälpa mig skriva …" ("Kan rapporten skrives på engelsk?" asks about the documents).
_WRITE_REQUEST = re.compile(
    r"^\s*(?:please\s+)?(?:write|compose|draft|skriv|skriva|skrive)\b|"
    r"\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:help\s+me\s+)?(?:write|compose|draft)\b|"
    r"\bkan\s+(?:du|ni)\s+(?:hjälpa\s+mig\s+(?:att\s+|med\s+att\s+)?|hjælpe\s+mig\s+"
    r"(?:med\s+at\s+)?|hjelpe\s+meg\s+(?:med\s+å\s+|å\s+)?)?"
    r"(?:skriva|skrive|formulera|formulere|författa|forfatte)\b",
    re.IGNORECASE,
)
#: What the documents hold, asked as a piece of writing: a summary, an overview or a list
#: of what they say ("Write a summary of the plan", "Skriv en oversikt over …").
_DOCUMENTS_WRITING = re.compile(
    r"\b(?:summar\w*|overview|outline|list|sammanfatt\w*|sammendrag\w*|sammandrag\w*|"
    r"resum[eé]\w*|oversigt\w*|oversikt\w*|översikt\w*|lista|listan|liste|listen)\b",
    re.IGNORECASE,
)


def asks_writing(question: str) -> bool:
    """Whether the question asks whoever answers to write something new (a post, an
    e-mail, a speech), not to sum up what the documents say: a task for a writer, which
    no passage answers however close its topic."""
    return bool(_WRITE_REQUEST.search(question)) and not _DOCUMENTS_WRITING.search(question)


#: "What does the plan say about X?", "Is there anything about X?", "Finns det något om X?",
#: "Hva sier planen om X?": a question whose topic is X alone.
_SAYS_ABOUT = re.compile(
    r"\b(?:say|says|said|write|writes|mention|mentions|anything|something|sig|siger|sier|"
    r"säger|skriver|skriv|nämner|nevner|nævner|något|noget|noe)\s+(?:\w+\s+)?"
    r"(?:about|on|of|om)\s+(?P<topic>[^?.!]+)",
    re.IGNORECASE,
)


#: Dealing with something: "arbetar", "jobber", "beskæftiger sig".
WORKS_VERB = re.compile(
    r"arbetar|jobbar|sysslar|ansvarar|arbejder|beskæftiger\s+sig|jobber|arbeider|ansvarlige?",
    re.IGNORECASE,
)
#: "Vilka kommittéer arbetar med X?", "Hvem jobber med X?": who deals with a topic X.
_WORKS_ON = re.compile(
    rf"\b(?:{WORKS_VERB.pattern})\s+(?:med|för|inom|for)\s+(?P<topic>[^?.!]+)",
    re.IGNORECASE,
)


def work_topic(question: str) -> str | None:
    """X of "Vilka kommittéer arbetar med X?" and its kind in Danish and Norwegian (an
    English topic is not checked so; see policy.py)."""
    match = _WORKS_ON.search(question)
    return match.group("topic").strip() if match else None


def said_about(question: str) -> str | None:
    """X of "What does the plan say about X?" and its kind in the four languages."""
    match = _SAYS_ABOUT.search(question)
    return match.group("topic").strip() if match else None


def said_before(question: str) -> list[str]:
    """The words before X of "What does the plan say about X?" ("Hva sier planen om X?"),
    among which one may name who or what says it; empty for any other question."""
    match = _SAYS_ABOUT.search(question)
    return re.findall(r"\w+", question[: match.start("topic")]) if match else []


#: A founding, in the four languages: "When was X founded?" asks for the date of one.
_FOUNDED = re.compile(
    r"\b(?:found(?:ed|ing|ation)|establish\w*|set\s+up|creat(?:ed|ion)|grunda(?:d|de|des|t)|"
    r"grundla(?:d|des|gd|gt)|"
    r"grundet|grunnlagt|stift\w*|bild(?:ad|ades|ande\w*|et|ing\w*)|etabler\w*|opprett\w*|"
    r"oprett\w*)\b",
    re.IGNORECASE,
)


#: A change of name, in the four languages: "was renamed", "changed its name", "byter
#: namn till", "bytte navn", "skiftede foreningen navn" (two words may stand between),
#: "ändrade namn", "omdøbt", "omdøpt", "sit nye navn", "fik navnet".
_RENAMED = re.compile(
    r"\b(?:renam\w*|chang\w*\s+(?:its\s+|their\s+)?names?|new\s+name|"
    r"(?:byt\w*|skift\w*|ändr\w*|ændr\w*|endr\w*)\s+(?:\w+\s+){0,2}?na(?:mn|vn)\w*|"
    r"omd[øöo][bp]\w*|ny(?:tt|t|e|a)?\s+na(?:mn|vn)\w*|(?:fick|fikk?)\s+na(?:mn|vn)et)\b",
    re.IGNORECASE,
)


def speaks_of_renaming(text: str) -> bool:
    """Whether a question asks when something was renamed, or a passage says it was."""
    return bool(_RENAMED.search(text))


def new_name_part(text: str) -> str:
    """The part of a text after it says a name changed, which gives the new name
    ("… byter namn till Nordkant Forum"); all of it when it says none."""
    found = _RENAMED.search(text)
    return text[found.end() :] if found else text


def goals_named(text: str) -> set[int]:
    """The numbers of the goals a text speaks of ("Mål 5: …", "goal 2")."""
    return {int(m.group(1)) for m in _GOAL.finditer(text)}


def speaks_of_founding(text: str) -> bool:
    """Whether a question asks when something was founded, or a passage says it was."""
    return bool(_FOUNDED.search(text))


#: Contact details asked for: an e-mail address, a phone number, a postal or web address.
_ASKS_CONTACT = re.compile(
    # "address" only as a noun: "How does the plan address …" asks something else.
    # Compounds count: "e-postadressen", "telefonnumret", "webbadress".
    r"\b(?:e-?mail\w*|e-?post\w*|phone|telephone|telefon\w*|website|webbplats\w*|"
    r"hjemmeside\w*|nettside\w*|kontaktuppgift\w*|kontaktoplysning\w*|kontaktinformasjon\w*|"
    r"contact\s+details|(?:the|its|their|your|postal|web|street|visiting)\s+address|"
    r"address\s+of|\w*adress(?:e|en|er|erna|ene)?)\b",
    re.IGNORECASE,
)
#: What contact details look like in a text.
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|\bwww\.\S+|\+?\d[\d ()-]{7,}\d|"
    r"\b(?:tel|phone|telefon)\w*[.:]?\s*\+?\d",
    re.IGNORECASE,
)


#: Who carries out an activity, in a plan's words: its partners, who is behind it or
#: responsible for it ("Vilka står bakom …", "Hvem er samarbejdspartnere på …").
_ASKS_PARTNERS = re.compile(
    r"\b(?:partners?|partnere?|samarbe\w*partner\w*|behind|responsible|in\s+charge|"
    r"ansvar\w*|står\s+(?:bakom|bag|bak|for)|carr(?:y|ies)\s+(?:it\s+)?out)\b",
    re.IGNORECASE,
)


def asks_partners(question: str) -> bool:
    return bool(_ASKS_PARTNERS.search(question))


#: A question for who takes part: "Which partners …", "Hvilke deltagere …", "members",
#: "Vilka medlemmar …", "Who takes part in …".
_ASKS_MEMBERS = re.compile(
    r"\b(?:partner\w*|samarbe\w*partner\w*|participa\w*|members?|medlem\w*|deltag\w*|"
    r"deltak\w*|deltar|takes?\s+part)\b",
    re.IGNORECASE,
)


def asks_members(question: str) -> bool:
    """Whether a question asks who takes part in something (its partners, members)."""
    return bool(_ASKS_MEMBERS.search(question))


def asks_contact(question: str) -> bool:
    return bool(_ASKS_CONTACT.search(question))


def states_contact(text: str, kind: str | None = None) -> bool:
    """Whether `text` gives contact details, of the `kind` a question asks for
    (`asked_contact_kind`) when one is given: an e-mail line gives no phone number."""
    if kind is not None:
        return any(looks.search(text) for name, _, looks in _CONTACT_KINDS if name == kind)
    return any(not _YEARS_ONLY.fullmatch(m.group()) for m in _CONTACT.finditer(text))


def asked_contact_kind(question: str) -> str | None:
    """The one kind of contact detail a question asks for ("phone number" of "Vad är
    Annas telefonnummer?"), None when it asks for none, or for any ("contact details",
    "the address of …", "phone or e-mail")."""
    asked = [name for name, asks, _ in _CONTACT_KINDS if asks.search(question)]
    return asked[0] if len(asked) == 1 else None


#: Each kind of contact detail: its name, the words that ask for it, what it looks like.
_CONTACT_KINDS = (
    (
        "phone number",
        # The number, not the medium: "telephone enquiries", "mobile apps" ask for none.
        re.compile(
            # With the Swedish definite forms, which drop the e: "telefonnumret", "mobilnumren".
            r"\b(?:(?:tele)?phone\s+(?:number|no)|\w*telefonn(?:umme|um)?r\w*|mobile\s+number|"
            r"mobilnum(?:me)?r\w*)\b",
            re.IGNORECASE,
        ),
        re.compile(
            # A labelled number ("Tel. 040-12 34 56", "phone +46 …"), an international
            # one ("+47 77 60 00 00"), a national one with its trunk 0 ("063-14 57 00")
            # or in pairs ("33 12 34 56"): not an amount's groups of three ("1 240 000").
            r"\b(?:tel|phone|telefon|mobil)\w*\.?:?\s*(?:to\s+)?\+?\d|\+\d{2}[\d ()-]{6,}\d|"
            r"\b0\d{1,3}[ -]\d{2,3}(?:[ -]?\d{2,3}){1,3}\b|\b\d\d(?: \d\d){3}\b",
            re.IGNORECASE,
        ),
    ),
    (
        "e-mail address",
        re.compile(r"\b(?:e-?mail\w*|e-?post\w*)", re.IGNORECASE),
        re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    ),
    (
        "web address",
        re.compile(
            r"\b(?:websites?|web\s*(?:page|address)|webbplats\w*|webbadress\w*|webbsid\w*|"
            r"hjemmeside\w*|nettside\w*|\w*hemsida\w*|webside\w*|url)\b",
            re.IGNORECASE,
        ),
        # A link, or a domain not after an e-mail's "@" ("grenseportalen.no").
        re.compile(
            r"https?://\S+|\bwww\.\S+|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\."
            r"(?:se|dk|no|fi|is|eu|org|com|net|info)\b(?![@\w-])",
            re.IGNORECASE,
        ),
    ),
    (
        "postal address",
        re.compile(
            # Not the "postadress" of "e-postadress".
            r"\b(?:postal|street|visiting|mailing)\s+address|(?<![\w-])post\s*adress\w*|"
            r"\b(?:besöksadress\w*|besøksadresse\w*|besøgsadresse\w*)",
            re.IGNORECASE,
        ),
        re.compile(
            # A street and its number ("Storgatan 12", "Kirkevej 4"), or a postcode
            # before a town ("752 36 Uppsala", "DK-9000 Aalborg", "N-9296 Tromsø").
            r"\b\w+(?:gata|gatan|gade|gaden|gate|gaten|vej|vejen|veien|vegen|vägen|väg|"
            r"street|road|plads|plass|torg|torget)\s+\d{1,3}\b|"
            r"\b(?:[A-Z]{1,2}-)?\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+|"
            r"\b(?:DK|N|NO)-\d{4}\s+[A-ZÆØÅ]"
        ),
    ),
)


#: Digits that look like a phone number but are years: "2021-2024", "2022 2023".
_YEARS_ONLY = re.compile(r"(?:19|20)\d\d(?:[\s()–-]+(?:19|20)\d\d)+")


def asked_office(question: str) -> re.Pattern[str] | None:
    """The office a who-question asks about, as a pattern for its forms in the four
    languages; None when it asks for no such office."""
    return next((office for office in _OFFICES if office.search(question)), None)


#: A body that has a chair, in the four languages ("rådet", "styrelsen", "utvalget").
BODY = r"\w*(?:råd|styr|styrels|utvalg|udvalg|komit[eé]|kommitt[eé]|grupp|nämnd|nemnd|nævn)\w*"
#: The Scandinavian nouns for a leader, with their definite forms ("lederen", "ledaren").
_LEADER = r"(?:leder|leiar|ledare)(?:en|n)?"
#: The word that makes a role a deputy's: "vice ordförande", "deputy chair", "biträdande
#: projektledare".
_DEPUTY_OF = r"(?:vice|deputy|biträdande|ställföreträdande|stedfortrædende|assisterende)"
#: The roles a person holds in a project or a body, by kind, in the four languages
#: (with their definite forms: "ordföranden", "koordinatoren", "prosjektlederen"). A kind
#: whose forms hold another's comes first: the deputy before the chair ("vice
#: ordförande"), the secretariat's head before a head ("Head of Secretariat").
ROLES = {
    # A deputy holds another role than the one deputised for: "nestleder" is no leader.
    "deputy": rf"{_DEPUTY_OF}[\s-]*(?:chair\w*|\w*ordförande\w*|ordførende|formand\w*|"
    r"\w*direkt[øö]r\w*|director|leader|head|manager|\w*led(?:er|are)\w*)|"
    r"vice(?:ordförande|formand|direkt[øö]r|president)\w*|næstformand\w*|næstforkvinde\w*|"
    r"næstforperson\w*|nestformann\w*|nestleder\w*|nestleiar\w*",
    # A body's leader is its chair: "rådets leder", "styrelsens ledare", "leder i rådet"
    # (not a "daglig leder", its director).
    "chair": r"chair(?:s|man|woman|person)?|\w*ordförande\w*|ordførende|"
    r"formand\w*|forkvinde\w*|forperson\w*|styreleder\w*|"
    rf"{BODY}s\s+{_LEADER}|(?<!daglig\s){_LEADER}\s+(?:i|for|för)\s+{BODY}",
    # Who heads a secretariat is its secretary: "sekretariatsleder", "kanslichef".
    "secretary": r"secretary|(?:general)?sekreterare\w*|(?:general)?sekretær\w*|"
    r"sekretariats(?:chef|sjef|leder|ledare|leiar)\w*|kansli(?:chef|sjef)\w*|"
    r"head\s+of\s+(?:the\s+)?secretariat|heads?\s+(?:the\s+)?secretariat",
    "treasurer": r"treasurer|kassör\w*|kasserer\w*|kassarar\w*",
    # A member of a board, not of a committee of organisations ("medlemmar": its members).
    "board member": r"board\s+members?|members?\s+of\s+the\s+board|styrelseledam\w*|"
    r"bestyrelsesmedlem\w*|styremedlem\w*|ledam(?:ot|öter)\w*",
    "manager": r"(?:project|programme|program)\s+manager|manager|pro[sj]\w*led(?:er|are)\w*|"
    r"program\w*led(?:er|are)\w*|\w*leader|head",
    # Not "samordner", "koordinerer": the verbs ask who coordinates, a body or a person.
    "coordinator": r"\w*coordinators?|\w*koordinator(?:en|n|er|erna|ene)?|\w*samordnar(?:e|en)|"
    r"\w*samordneren",
    # A Scandinavian compound leader ("øvelsesleder", "verksamhetsledare") directs it, and
    # so does the one who runs it day by day ("daglig leder", "vd").
    "director": r"director|\w*direktør\w*|\w*direktör\w*|ceo|\w+leder|\w+ledare|"
    # A head of a unit ("analysechef", "avdelningschef", "kommunikasjonssjef").
    r"daglig\s+leder\w*|vd|\w+chef(?:en)?|\w+sjef(?:en)?",
    # The label of a contact block ("Kontakt: X", "Pressekontakt: X"); not the verb
    # ("kontakta", "contact us").
    "contact": r"contact\s+person|(?:press|media)\s+contacts?|kontaktperson\w*|kontakt(?:en)?|"
    r"pres+e?kontakt\w*|mediekontakt\w*",
    "evaluator": r"\w*evaluator(?:s|en|er|erne|ene)?|\w*utvärderare\w*",
    # Who stands in for a member: "ersättare Tor Berg", "suppleant", "vara", "substitute".
    "substitute": r"substitutes?|alternate\s+members?|\w*ersättare\w*|\w*suppleant\w*|"
    r"stedfortræder\w*|stedfortreder\w*|vara(?:ledamot|medlem|representant)\w*",
    "auditor": r"auditors?|\w*revisor(?:n|en|er|erna|erne|ene)?",
    # An organisation's role, most often: the partner that leads a project; its "huvudpart"
    # or "hovedpart" too, not "hovedparten av" (the most of).
    "lead partner": r"lead[\s-]*partner\w*|lead\s+beneficiary|(?:huvud|hoved)part(?:ner\w*|er)?|"
    r"ledande\s+partner\w*",
}
#: Verbs that name who chairs or leads a group: "chaired by", "leds av", "ledes af"; a
#: short adverb may stand between ("Rådet ledes i dag av …").
LED_BY = (
    r"(?:chaired|headed|led|presided\s+over)\s+by|"
    r"(?:leds|ledes|leddes|ledet|ledd|ordförs)(?:\s+[a-zåäöæø]{1,5}){0,2}\s+a[fv]"
)
#: The second question of a two-part question, from its question word on: "Hva var det
#: totale budsjettet, og hvor mye kom fra Interreg?" → "hvor mye kom fra Interreg?"; a
#: preposition may stand before it ("and on what date …", "og i hvilket år …"). "Whose"
#: too ("and whose method does it use?", "och vems metod …"); the Danish and Norwegian
#: "hvis" only before a noun without its article ("og hvis metode …"), since "og hvis
#: projektet …", "og hvis jeg …" say "and if".
SECOND_QUESTION = re.compile(
    r"(?:,\s*|\s)(?:and|och|og|samt)\s+(?:(?:on|in|at|by|for|from|på|i|til|till|fra|från|"
    r"af|av)\s+)?((?:how|what|which|who|whose|when|where|hur|vad|vilk\w+|vem|vems|"
    r"när|var|hvor|hvad|hva|hvilk\w+|hvem|hvems|når|hvornår|"
    r"hvis(?=\s+(?!(?:jeg|du|man|vi|de|dere|han|hun|den|det|der|ikke|en|et|ei)\b)"
    r"[a-zæøå]+(?<!en)(?<!et)(?<!ne)(?<!a)\s))\b.*)$",
    re.IGNORECASE,
)


def question_parts(question: str) -> tuple[str, str] | None:
    """The two asks of a question in two parts, the first up to its joining word:
    "Hvor stor en del … eksporterer X, og hvad laver firmaet i dag?"; None for one ask,
    also one with two question words ("Når og hvor er neste møte?")."""
    second = SECOND_QUESTION.search(question)
    if second is None:
        return None
    first = question[: second.start()].strip(" ,")
    if QUESTION_WORD.fullmatch(first):
        return None
    return first, second.group(1)


#: Any of the roles: a passage that names a person in one can say who holds it.
ANY_ROLE = "|".join(ROLES.values())
#: A question for who owns a project or is its lead partner (a project's owner is its
#: lead partner): "Who owns X", "Hvem ejer/eier projektet", "Vem äger", "projektägare".
ASKS_OWNER = re.compile(
    r"\b(?:owns?|owned|owner|äger|ägs|ejer|ejes|eier|eies|pro[js]\w*(?:ägare|ejer|eier)|"
    rf"huvudman|{ROLES['lead partner']})\b",
    re.IGNORECASE,
)
#: A record's owner line, its label up to the colon: "Projektägare:", "Prosjekteier:",
#: "Projektejer:", "Project owner:", "Lead partner:", "Huvudman:", "Hovedpartner:"; in a
#: Markdown list too ("- Lead partner:").
OWNER_LABEL = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\w*(?:ägare|eier|ejer)|(?:project\s+)?owner|huvudman|"
    rf"{ROLES['lead partner']})(?=\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
#: "Who leads X", "Hvem leder X", "Vem leder": who leads a project, its owner.
ASKS_LEADS = re.compile(r"\b(?:leads?|leder|leds|ledes|ledet|ledde)\b", re.IGNORECASE)


def role_kind(role: str) -> str | None:
    """The kind of a role word as a passage writes it, the first kind whose forms make it
    up: "Sekretariatsleder" heads a secretariat, though any "-leder" directs something;
    "Nestleder" is a deputy."""
    return next(
        (kind for kind, forms in ROLES.items() if re.fullmatch(forms, role, re.IGNORECASE)), None
    )


def asks_owner(question: str) -> bool:
    """Whether a who-question asks for a project's owner: who owns it or is its lead
    partner, or who leads it when no role is named ("Who leads X", not "Who is the project
    leader of X", a person)."""
    if ASKS_OWNER.search(question):
        return True
    return bool(ASKS_LEADS.search(question)) and not asked_role(question)


#: Who stood in for someone, by the verb: "Who replaced X at the meeting", "Vem ersatte
#: X", "Hvem møtte for X", "Hvem vikarierede for X": the substitute.
_STOOD_IN = (
    r"replaced|substituted|stood\s+in|deputi[sz]ed|ersatte|vikarierade|erstattet|erstattede|"
    r"vikarierte|vikarierede|møtte\s+for|mødte\s+for|stilte\s+for|stillede\s+for"
)
_ASKS_STOOD_IN = re.compile(rf"\b(?:{_STOOD_IN})\b", re.IGNORECASE)


def asked_role(question: str) -> str | None:
    """The kind of role a who-question names ("Who is the project manager …?":
    "manager"), or None; who replaced someone asks for their substitute."""
    stood_in = "substitute" if _ASKS_STOOD_IN.search(question) else None
    return next(
        (kind for kind, forms in ROLES.items() if re.search(rf"\b(?:{forms})\b", question, re.I)),
        stood_in,
    )


#: A role in the possessive: "the Secretary General's travel", "the chair's expenses".
_ROLE_OWNS = lazy_pattern(rf"\b(?:{ANY_ROLE})(?:\s+\w+)?['’]s\b", re.IGNORECASE)


def names_role_owner(question: str) -> bool:
    """Whether a question names a role in the possessive ("Who approves the Secretary
    General's travel?"): it asks about what the role's holder has, not who holds it."""
    return bool(_ROLE_OWNS().search(question))


#: Who wrote or published something: a byline answers ("Published by Kari Nordmann").
#: Not "authorities".
_AUTHORSHIP = (
    r"wrote|written|authors?|authored|authorship|skrev|skrevet|skriven|skrivit|forfatter\w*|författare|published|"
    r"publicerade|publicerede|publiserte|publicerad|publiceret|publisert"
)
_ASKS_AUTHOR = re.compile(rf"\b(?:{_AUTHORSHIP})\b", re.IGNORECASE)
#: Who-questions about a person, not an organisation: the corpus must name someone. A
#: role, an office or authorship, who stood in for someone, or who leads it (one who
#: leads is often a person).
_ASKS_PERSON = (
    rf"\b(?:{ANY_ROLE}|{ANY_OFFICE}|{_AUTHORSHIP}|{_STOOD_IN}|leads?|leder|ledare|leds|"
    r"head(?:s|ed)?\s+of|"
    r"ordförende|who\s+is\s+the\s+contact)\b"
)


#: `_ASKS_PERSON`, compiled on first use: few questions need it.
_asks_person = lazy_pattern(_ASKS_PERSON, re.IGNORECASE)


#: A which-question for a person by name: "Which named auditor …", "Vilken person …",
#: "Hvilken navngivne revisor …".
_NAMED_ONE = re.compile(
    r"^\s*(?:which|vilken|hvilken)\s+(?:named|person|namngiv\w*|navngiv\w*|navngit\w*)\b",
    re.IGNORECASE,
)


#: The word for a firm in a which-question, in the four languages: "which company",
#: "vilket företag", "hvilken virksomhed", "hvilket selskap".
_FIRM_ASKED = re.compile(
    # A compound only when it ends in the firm: "industriföretag", not "företagsnätverk".
    r"\b(?:which|what|vilk\w*|hvilk\w*)\s+(?:\w+\s+)?\w*(?:compan(?:y|ies)|firms?|"
    r"businesses|företag(?:et|en)?|bolag(?:et|en)?|virksomhe[dt](?:en|er)?|"
    r"selska[bp](?:et|er)?)\b",
    re.IGNORECASE,
)


def asks_firm(question: str) -> bool:
    """Whether a which-question asks for a company: a name the text gives as a firm's
    answers it, not the council or committee whose section tells of the firm."""
    return bool(_FIRM_ASKED.search(question))


#: A call for proposals as a which-question names what it asks for, in the four
#: languages: "Which call", "Genom vilken utlysning", "Under hvilket udbud", "Fra hvilken
#: utlysing", "Hvilken indkaldelse", "Vilken ansökningsomgång".
_CALL_ASKED = re.compile(
    r"calls?|utlysning\w*|udlysning\w*|utlysing\w*|udbud\w*|indkaldelse\w*|"
    r"ansökningsomgång\w*|ansøgningsrunde\w*|søknadsrunde\w*",
    re.IGNORECASE,
)
#: A call as a text names it: the noun ("The call, where the project was funded …",
#: "calls for proposals"; not the verb: "we call", "so-called", "call on"), or its word
#: in the Nordic languages ("utlysningen", "udbuddet", "søknadsrunden").
_CALL_NAMED = re.compile(
    r"\b(?:the|a|this|that|its|each|every|open|first|second|third|next|new)\s+call\b"
    r"(?!\s+(?:on|upon)\b)|\bcalls?\s+for\s+(?:proposals|applications|projects)\b|"
    r"\b(?:utlysning|udlysning|utlysing|udbud|indkaldelse|ansökningsomgång|ansøgningsrunde|"
    r"søknadsrunde)\w*",
    re.IGNORECASE,
)


def asks_call(question: str) -> bool:
    """Whether a which-question asks for a call for proposals ("Genom vilken utlysning
    fick X pengar?"): a passage that names a call in any language answers it, though a
    text in another language than the question's reads far from it."""
    asked = _WHICH_NOUN.match(question)
    return bool(asked and _CALL_ASKED.fullmatch(asked.group(1)))


def names_call(text: str) -> bool:
    """Whether a text names a call for proposals (`_CALL_NAMED`)."""
    return bool(_CALL_NAMED.search(text))


def asks_named_one(question: str) -> bool:
    """Whether a which-question asks for a person by name ("Which named auditor …"): a
    firm in the role does not answer it."""
    return bool(_NAMED_ONE.search(question))


def asks_author(question: str) -> bool:
    return bool(_ASKS_AUTHOR.search(question))


#: Where a byline's "By Kari Nordmann" opens: a line, or the separator after a dateline
#: ("Publicerad 3 maj 2024 · Av Anna Berg", "Published 4 May | By Jens Holm").
BYLINE_OPENING = r"(?:(?:^|\n)[ \t]*|[·•|][ \t]*)"
#: Who wrote a text, as its byline says: a line opening "By Kari Nordmann", "Av Anna
#: Berg", "Af Jens Holm", or "written by …", "publicerad av …".
_BYLINE = re.compile(
    rf"{BYLINE_OPENING}(?-i:By|Av|Af)[ \t]+(?-i:[A-ZÀ-ÖØ-Þ])|"
    r"\b(?:written|published|posted|skrevet|skriven|publicerad|publiceret|publisert)\s+"
    r"(?:by|av|af)\s+(?-i:[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)
#: When a text was published, as its byline or dateline says: "Publisert 3. september
#: 2025", "Published on 4 May 2026", "Offentliggjort den …".
_PUBLISHED = re.compile(
    r"\b(?:published|posted|publicerad|publiceret|publisert|offentliggjort|"
    r"offentliggjord)\b(?!\s+(?:by|av|af)\b)",
    re.IGNORECASE,
)
#: A question about when a text came out: "when was the news published", "hvornår blev
#: nyheden offentliggjort", "när publicerades artikeln".
_ASKS_PUBLISHED = re.compile(
    r"\b(?:published|posted|publicera\w*|publicere\w*|publisert|publiserte|publiser\w*|"
    r"offentliggj\w*)\b",
    re.IGNORECASE,
)


def states_byline(text: str) -> bool:
    return bool(_BYLINE.search(text))


def asks_published(question: str) -> bool:
    return bool(_ASKS_PUBLISHED.search(question))


def states_published(text: str) -> bool:
    """Whether `text` dates its own publication ("Publisert 3. september 2025")."""
    return bool(_PUBLISHED.search(text)) and states_day(text)


#: Question words, which say nothing of what is asked about.
QUESTION_WORD = re.compile(
    r"what|which|who|whom|when|where|why|how|hvad|hva|vad|vem|hvem|hvilke\w*|hvilken|hvilket|"
    r"vilk\w*|när|når|hvornår|hvor|hur|var",
    re.IGNORECASE,
)
_WHO = re.compile(r"^\s*(?:(?:and|og|och)\s+)?(?:who|whom|vem|hvem)\b", re.IGNORECASE)
#: "Vilka jobbar med elflyg?", "Hvilke arbejder med turisme?": which-word and a verb, so
#: the question asks who, like "vem" or "hvem".
_WHICH_DO = re.compile(
    r"^\s*(?:vilka|hvilke)\s+(?:jobb\w*|arbet\w*|arbejd\w*|arbeid\w*|satsa\w*|satse\w*|"
    r"deltar|deltager|deltek|ska|skal|kommer|vill|vil|planerar|planlegger|planlægger|"
    r"står)\b",
    re.IGNORECASE,
)
#: "Who is Christina Knudsen?", "Hvem er Tornedalsrådet?": who a name is, which the
#: passages that name it say, like "what is X".
_WHO_IS = re.compile(
    r"^\s*(?i:who|vem|hvem)\s+(?i:is|was|are|er|var|är)\s+"
    r"([A-ZÅÄÖÆØÜ][\w&-]*(?:\s+[A-ZÅÄÖÆØÜ][\w&-]*)*)\s*[?.!]*\s*$"
)
#: "What does X stand for?", "Vad står X för?", "Hva står X for?": what the short name X
#: is short for (a definition of X, not what X does).
_STANDS_FOR = re.compile(
    r"^\s*(?:what\s+does\s+(.+?)\s+stand\s+for|(?:vad|hva|hvad)\s+står\s+(.+?)\s+f[oö]r|"
    r"what\s+is\s+(.+?)\s+short\s+for)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: "What is X's milestone for 2026", "Vad är X:s telefonnummer": an attribute of the
#: named X, which only the text can tell, not what X is.
_ATTRIBUTE = re.compile(r"^[A-ZÅÄÖÆØÜ][^?]*?(?:'s|’s|:s)\s+[a-zåäöæøü]")
#: "What is X based on?", "Vad bygger X på?": what X rests on, not what X is.
_BASED_ON = re.compile(r"\b(?:based|built|founded)\s+(?:on|upon)$|\bbygger\s+på$", re.I)
#: "What is Kvarkenrådet doing about electric aviation?": what the subject does.
_WHAT_DOES = re.compile(r"^\s*what\s+(?:does|do)\b", re.IGNORECASE)
_DOING = re.compile(r"^\s*what\s+(?:is|are)\s+(.+?)\s+doing\b", re.IGNORECASE)
_DEFINITION = re.compile(
    r"^\s*(?:what\s+(?:is|are|does|do)\b(?!\s+(?:the\s+)?(?:budget|total|amount|cost))"
    r"(?!.*\b(?:say|write|mention|state)s?\s+(?:about|on)\b)|"
    r"what's|vad\s+(?:är|betyder|gör|innebär|menas|handlar)|"
    r"hva\s+(?:er|betyr|gjør|innebærer|menes|handler)|"
    r"hvad\s+(?:er|betyder|gør|indebærer|menes(?:\s+der)?|handler)|define|explain|tell\s+me\s+about|"
    r"förklara|forklar)",
    re.IGNORECASE,
)
#: Verbs (as word stems, four languages) that say what an organisation does.
ACTIVITY_VERB = re.compile(
    r"\b(?:arbet|arbeid|arbejd|work|aim|syft|sigt|promot|främj|frem[mj]|fokus|focus|"
    r"ansvar|responsib|samarbet|samarbeid|samarbejd|cooperat|co-operat|collaborat|stöd|"
    r"støt|support|utveckl|utvikl|udvikl|develop|verka|virk|bidra|contribut|strengthen|"
    r"stärk|styrk|coordinat|samordn|koordin|represent|organi[sz]|arrang|driv|leder|leads?|"
    r"bring|connect|förbind|forbind|help|hjælp|hjelp|hjälp|skal|ska|will|shall|vil\b|kommer)\w*",
    re.IGNORECASE,
)
#: "What does X do / work on / deal with / do about Y": X is the subject, the rest asks
#: what it does.
_TRAILING_VERB = re.compile(
    r"\s+(?:do\s+(?:about|for|with|in|on)\s.*|do|does|work\s+(?:on|with)|deal\s+with|"
    r"focus\s+on|stand\s+for|mean|about|om|"
    r"arbeta(?:r)?\s+med|jobb(?:a|ar|er)\s+med|arbejde(?:r)?\s+med|står\s+för|står\s+for)$",
    re.IGNORECASE,
)
_DOES = re.compile(
    r"^\s*(?:what\s+does|vad\s+gör|hva\s+gjør|hvad\s+gør)\b|"
    r"\s(?:do|work\s+(?:on|with)|deal\s+with|focus\s+on|arbeta(?:r)?\s+med|jobb(?:a|ar|er)\s+med|"
    r"arbejde(?:r)?\s+med)\s*\??\s*$",
    re.IGNORECASE,
)
#: A clause that puts a case: "… if the application is rejected", "… hvis søknaden får
#: avslag", "… ifall", "… dersom", "… in case"; "What does X do if …" asks what X does in
#: that case, which only the text can tell, not what X is.
_CONDITION = re.compile(r"\b(?:if|in\s+case|hvis|dersom|ifall|i\s+fall)\s", re.IGNORECASE)
#: Being rejected or turned down, in the four languages: "rejected", "refused",
#: "declined", "turned down", "avslag", "avslås", "afslag", "afvist", "avvist", "får nej".
REJECTED = re.compile(
    r"\b(?:reject\w*|refus\w*|declin\w*|turn(?:s|ed)?\s+down|avslag\w*|avslå\w*|avslog|"
    r"afslag\w*|afslå\w*|afvis\w*|avvis\w*|f[åa]r\s+(?:nej|nei))\b",
    re.IGNORECASE,
)
#: A question's case of rejection: a condition ("if", "hvis", "ifall", …) and, in its
#: clause, being rejected ("… hvis Interreg-søknaden får avslag", "… if it is turned
#: down"); after "om", which is also "about", only a rejection to come ("Vad händer om
#: ansökan avslås?", not "Hvorfor fikk søknaden om støtte avslag?").
_ASKS_REJECTED = re.compile(
    rf"{_CONDITION.pattern}[^?.;]*?{REJECTED.pattern}|"
    r"\bom\s[^?.;]*?\b(?:avslås|avvisas|avvises|afvises|afslås|får\s+(?:avslag|afslag|nej|nei))\b",
    re.IGNORECASE,
)


def asks_rejected(question: str) -> bool:
    """Whether a question asks what happens in case something is rejected."""
    return bool(_ASKS_REJECTED.search(question))


#: "What is the aim (role, task) of X", "Hva er målet med X": what X is for, so what X
#: does.
_PURPOSE = re.compile(
    r"^(?:the\s+)?(?:aim|purpose|goal|objective|role|task|function)\s+of\s+|"
    r"^(?:syftet|målet|formålet|hensikten|hensigten|meningen)\s+med\s+|"
    r"^(?:rollen|uppgiften|oppgaven|opgaven)\s+(?:för|for|til|till)\s+",
    re.IGNORECASE,
)
#: The name a what-does question asks about, before the verb or phrase that follows it
#: ("Kvarkenrådet" in "What does Kvarkenrådet plan for the region?").
_LEADING_NAME = re.compile(
    r"^(?:[A-ZÅÄÖÆØÜ][\w&-]*\s+)*[A-ZÅÄÖÆØÜ][\w&-]*(?<!s)(?<!')(?=\s+[a-zåäöæøü])"
)
#: A subject's kind, after or before its name: "the GROM project", "GROM-prosjektet",
#: "Nordregios projekt SiEUGreen" (whose project, too).
_KIND_AFTER = re.compile(
    r"(?<=\w)[\s-]+(?:project|projektet|prosjektet|projekt|prosjekt)$", re.IGNORECASE
)
_KIND_BEFORE = re.compile(
    r"^(?:[\w-]+(?:'s|s)\s+)?(?:project|projektet|prosjektet|projekt|prosjekt|abbreviation|"
    r"acronym|förkortningen|forkortelsen|akronymet)\s+(?=\S)",
    re.IGNORECASE,
)
#: The word that names the subject as a term, before it: "the term X", "begreppet X",
#: "betegnelsen X" ask what X means.
_TERM_WORD = re.compile(
    r"^(?:the\s+)?(?:term|concept|notion|expression|designation|word)\s+(?:of\s+)?|"
    r"^(?:begreppet|begrebet|begrepet|termen|betegnelsen|betegnelse|benämningen|"
    r"beteckningen|uttrycket|udtrykket|uttrykket|ordet)\s+(?=\S)",
    re.IGNORECASE,
)
#: The verb of a definition's cue that asks what something means to someone: "Hvad
#: betyder X for indbyggerne …", "Vad innebär X för kommunerna?" say for whom after X.
_MEANS = re.compile(r"(?:betyder|innebär|betyr|innebærer|indebærer)$", re.IGNORECASE)
_FOR_WHOM = re.compile(r"\s+(?:for|för)\s+\S.*$", re.IGNORECASE)
#: "What is meant by X", "Vad menas med X": X is the subject.
_MEANT = re.compile(r"^(?:meant|understood)\s+by\s+|^med\s+", re.IGNORECASE)
#: Where the question says the subject stands, after it: "… in the climate text", "… i
#: planen", "… in an Interreg project", "… i det norska ungdomsprojektet".
_SCOPE = re.compile(
    r"\s+(?:in|i)\s+(?:the\s+|den\s+|det\s+)?(?:[\w-]+\s+){0,5}"
    r"(?:text|plan|document|report|page|texten|planen|handlingsplanen|dokumentet|"
    r"rapporten|teksten|\w*(?:project|projekt|prosjekt)\w*)$",
    re.IGNORECASE,
)
#: A clause set off by a comma after the subject, which says something of it that the
#: question takes as known: "What is Arctic Skills, which the North Calotte Council
#: supports?", "Hvad er X, som rådet støtter?", "Vad är X, som regionen driver?".
_ASIDE = re.compile(
    r",\s*(?:which|who|that|som|der|vilket|vilken|hvilket|hvilken|hvilke|vilka)\s+\S.*$",
    re.IGNORECASE,
)
#: A preposition or verb, which no noun phrase of a what-question's clause test holds.
_NOT_NOUN = (
    r"(?!(?:of|for|in|on|at|to|about|with|from|by|do|does|i|på|af|av|til|till|för|om|med|"
    r"från|fra|gör|gjør|gør)\s)"
)
#: A clause after a what-is question's noun, which makes it ask which ones, not what the
#: noun means: "What are the projects (that) the committee takes part in?", "Hvad er de
#: projekter, som rådet støtter?", "Vad är de projekt där regionen deltar?".
_CLAUSE = re.compile(
    r"\s*(?i:what|vad|hva|hvad)\s+(?i:is|are|är|er)\s+(?i:the|de|dei)\s+"
    rf"(?:{_NOT_NOUN}[\w-]+\s+){{0,3}}?{_NOT_NOUN}[\w-]+,?\s+"
    r"(?:that|which|som|der|där|hvor|the|[A-ZÅÄÖÆØ][\w-]*\s+(?:[A-ZÅÄÖÆØ][\w-]*\s+)*"
    r"(?:\w+s|will|is|are|has|have|can|should|intends?|plans?))\b",
)
#: A term in quotation marks, or with its name in another language in brackets after it:
#: "«gränshinder» (grensehinder)", "“pendler”", "grænsegænger (border commuter)".
_GLOSSED_TERM = re.compile(
    r"^[«“\"‘']?(?P<term>[^«»“”\"‘’'()]+?)[»”\"’']?(?:\s*\([^()]+\))?$|"
    r"^[«“\"‘'](?P<quoted>[^«»“”\"‘’']+)[»”\"’']$"
)


def bare_term(subject: str) -> str:
    """A definition's subject without the marks around it and its gloss: the passages
    write "Gränshinder: en lag …", not the question's quotation marks and translation."""
    found = _GLOSSED_TERM.match(subject)
    return (found.group("term") or found.group("quoted")).strip() if found else subject


#: An article before a definition's subject: "What is the Green Charter?" asks about
#: "Green Charter".
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|en|ett|et|ei|den|det)\s+", re.IGNORECASE)
#: How often something happens, by period: "every year", "varje år", "årligen", "hvert år".
PERIODS = {
    "year": re.compile(
        r"\b(?:(?:every|each|per|a)\s+year|annual(?:ly)?|yearly|(?:varje|per)\s+år|"
        r"hvert\s+år|om\s+året|pr\.?\s+år|i\s+året|årlig(?:en|a|t|e)?)\b",
        re.IGNORECASE,
    ),
    "month": re.compile(
        r"\b(?:(?:every|each|per|a)\s+month|monthly|(?:varje|per)\s+månad|hver\s+måned|"
        r"om\s+måneden|i\s+måneden|månatlig(?:en|a|t)?|månedlig(?:t|e)?)\b",
        re.IGNORECASE,
    ),
    "week": re.compile(
        r"\b(?:(?:every|each|per|a)\s+week|weekly|(?:varje|per)\s+vecka|hver\s+uge|"
        r"hver\s+uke|om\s+ugen|i\s+uka|veckovis|ugentlig(?:t|e)?|ukentlig(?:t|e)?)\b",
        re.IGNORECASE,
    ),
}
_WHEN = re.compile(
    r"^\s*(?:when|which\s+year|what\s+year|which\s+dates?|what\s+dates?|"
    r"on\s+(?:what|which)\s+dates?|"
    r"på\s+vilket\s+datum|på\s+hvilken\s+dato|"
    r"(?:in\s+|on\s+|i\s+|på\s+)?(?:which|what|vilken|hvilken)\s+(?:day|month|dag|månad|måned)|"
    r"by\s+when|until\s+when|när|vilket\s+år|vilket\s+datum|till\s+vilket\s+år|hvornår|når|"
    r"hvilket\s+år|hvilken\s+dato|hvilke\s+dato|innen\s+når|inden\s+hvornår)\b",
    re.IGNORECASE,
)
#: A second question about when, after a first one: "Is a follow-up planned, and for which
#: years?", "… og i hvilket år?".
_AND_WHEN = re.compile(
    r"(?:,|\band|\bog|\boch)\s+(?:(?:for|in|i|för|til|till)\s+)?"
    r"(?:which|what|vilka|vilket|hvilke|hvilket)\s+(?:years?|år(?:en)?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A question for several years: "which years", "vilka år", "hvilke år" (the plural
#: which-word says so where the noun does not).
_YEARS_ASKED = re.compile(r"\b(?:which|what|vilka|hvilke)\s+(?:years|år(?:en|ene)?)\b", re.I)
#: The superlatives that ask for the least: "which goal has the smallest budget".
_LEAST = (
    r"smallest|lowest|least|fewest|minst\w*|lägst\w*|mindst\w*|lavest\w*|färst\w*|"
    r"færrest\w*|ferrest\w*"
)
_SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|highest|most|störst\w*|högst\w*|størst\w*|højest\w*|høyest\w*|"
    rf"flest\w*|{_LEAST})\b",
    re.IGNORECASE,
)
_SMALLEST = re.compile(rf"\b(?:{_LEAST})\b", re.IGNORECASE)
#: The superlatives by what they compare, each in the four languages: a text answers a
#: superlative question by one of the same kind ("det største tilskud" the question's
#: "the largest grant", not "det højeste antal ansøgninger").
_SUPERLATIVE_KINDS = (
    r"largest|biggest|greatest|störst\w*|størst\w*",
    r"highest|högst\w*|højest\w*|høyest\w*",
    r"most|flest\w*",
    r"smallest|minst\w*|mindst\w*",
    r"lowest|lägst\w*|lavest\w*",
    r"least|fewest|färst\w*|færrest\w*|ferrest\w*",
)
#: What follows a superlative that bounds a figure rather than compares ("minst 60
#: poäng", "højst DKK 50 000"): a figure, or a currency's code and a figure.
_BOUND_FIGURE = r"\s+(?:[A-Z]{2,3}\s*)?\d"


def superlative_kinds(text: str) -> set[int]:
    """Which kinds of superlative (`_SUPERLATIVE_KINDS`) a text uses to compare, not to
    bound a figure ("minst 60 poäng" is a rule, not the smallest of anything)."""
    return {
        kind
        for kind, forms in enumerate(_SUPERLATIVE_KINDS)
        if re.search(rf"\b(?:{forms})\b(?!{_BOUND_FIGURE})", text, re.IGNORECASE)
    }


#: "The total budget", "det samlede budget", "den sammanlagda budgeten".
_TOTAL = re.compile(
    r"\b(?:total\w*|overall|altogether|in\s+all|samlede?|sammanlagd\w*|samlet|i\s+alt|"
    r"totalt|totala|totale|totalbudget\w*|til\s+sammen|tilsammen|tillsammans|sammenlagt)\b",
    re.IGNORECASE,
)
#: A question for a bound, a count or score one must reach or may not pass: "What
#: minimum score …", "Vilket lägsta antal …", "Hvilken højeste alder …".
BOUND_ASKED = (
    r"\b(?:what|which|vilke[nt]|hvilke[nt])\s+(?:minimum|maximum|lowest|highest|least|"
    r"lägsta|högsta|minsta|laveste|højeste|høyeste|mindste|minste)\b"
)
#: Questions that ask for a count or a share: "how many", "hur många", "what share".
_QUANTITY = re.compile(
    r"\b(?:how\s+many|how\s+big|how\s+large|how\s+often|what\s+share|what\s+percentage|"
    r"(?:what\s+is|what's)\s+the\s+(?:total\s+)?(?:population|number)\s+of|"
    r"(?:hva|vad|hvad)\s+(?:er|är)\s+(?:befolkningen|folkmängden|folketallet|"
    r"invånarantalet|indbyggertallet|innbyggertallet)|"
    r"hur\s+många|hur\s+stor|hur\s+ofta|hvor\s+mange|hvor\s+stor|hvor\s+ofte|"
    rf"hvilken\s+andel|vilken\s+andel|antal\w*)\b|{BOUND_ASKED}",
    re.IGNORECASE,
)
#: A numbered goal, objective or target named in a question: "goal 7", "mål 10", "målet 9".
GOAL_WORDS = r"goal|objective|target|aim|mål|målet|målsætning|delmål|priority|prioritet"
_GOAL = re.compile(rf"\b(?:{GOAL_WORDS})\s*(?:no\.?|nr\.?|number)?\s*(\d{{1,2}})\b", re.I)
_GOAL_REF = rf"(?:the\s+)?(?:{GOAL_WORDS})\s*(?:no\.?|nr\.?|number)?\s*\d{{1,2}}"
#: One more goal number after a named goal: "goal 9 and goal 10", "mål 6, 7 og 9".
_MORE_GOALS = re.compile(
    rf"\s*(?:,|&|and|or|og|och|eller)\s*(?:(?:the\s+)?(?:{GOAL_WORDS})s?\s*)?(\d{{1,2}})\b",
    re.IGNORECASE,
)
#: Words that ask how things differ: "difference", "compare", "forskjellen", "skillnaden",
#: "skiljer sig", "skiller … seg" (with two goals named: `_compared_goals`).
_COMPARED = re.compile(
    r"\b(?:differ\w*|compar\w*|versus|vs\.?|forskel\w*|forskjell\w*|skillnad\w*|"
    r"jämför\w*|sammenlign\w*|sammenlikn\w*|samanlikn\w*|(?:ad)?skil(?:jer|ler)\b)",
    re.IGNORECASE,
)
#: A word for one goal, whole: "goal", "mål", "målet", "delmålet".
GOAL_WORD = re.compile(rf"(?:{GOAL_WORDS})(?:et|en)?", re.IGNORECASE)
#: One goal, singular or definite: "the green goal", "målet om sundhed", "delmålet".
_ONE_GOAL = re.compile(
    r"\b(?:goal|objective|målet|delmålet|målsætningen|prioriteten|priority)\b", re.IGNORECASE
)
#: Every goal: "all goals", "each goal", "alle mål", "samtliga mål", "hvert mål".
_EVERY_GOAL = re.compile(
    r"\b(?:all|each|every|alle|alla|samtliga|hvert|hvart|varje|goals|objectives|målene|"
    r"målen|målsætningerne)\b",
    re.IGNORECASE,
)


def asks_one_goal(question: str) -> bool:
    """Whether a question speaks of one goal, not of every goal of a plan."""
    return bool(_ONE_GOAL.search(question)) and not _EVERY_GOAL.search(question)


#: "What is goal 6 (about)?", "Hva handler mål 6 om?", "Hvad går mål 6 ud på?": the
#: goal itself is asked about, right after the verb, and nothing more.
_GOAL_ABOUT = re.compile(
    rf"\b(?:is|are|er|är|handler|handlar|covers?|involves?|innebär|indebærer|inebærer|går)\s+"
    rf"{_GOAL_REF}\s*(?:about|om|ud\s+på|ut\s+på)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: Words for a plan's activities in the four languages.
_ACTIVITY_WORDS = r"activit\w*|aktivitet\w*|insats\w*|indsats\w*|tiltak\w*"
#: "Which activities are there under goal 10?", "Vilka insatser finns under mål 10?".
_GOAL_ACTIVITIES = re.compile(
    rf"\b(?:{_ACTIVITY_WORDS}|actions?)\s+"
    rf"(?:(?:\S+\s+){{0,3}}(?:under|in|i|for|within|inom|innen|inden\s+for)|"
    rf"(?:does|do|har|has))\s+{_GOAL_REF}\b",
    re.IGNORECASE,
)
#: What a goal is about, said after its number: "om grenseoverskridende rutetabeller i
#: ARC", "on cleaner harbours", "(Digital health)".
_GOAL_SAID = r"(?:(?:om|about|on|–|-)\s+[^?.!]*|\([^)]*\))"
#: "Who is responsible for goal 7 (about ports)?", "Hvem bidrar til mål 9?": the
#: organisations with activities under the goal, and nothing more.
_GOAL_OWNERS = re.compile(
    rf"\b(?:responsible|ansvar\w*|contribut\w*|bidra\w*|work\w*|arbet\w*|arbejd\w*|"
    rf"arbeid\w*|jobb\w*|involved|deltar|deltager|deltek|behind|bakom|bak|"
    rf"carr(?:y|ies)\s+out|utför\w*|udfør\w*|utfør\w*)\s+(?:\S+\s+){{0,2}}?{_GOAL_REF}"
    rf"(?:\s+{_GOAL_SAID})?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: "Which goal is about health?", "Vilket mål handlar om grön omställning?": the goal
#: whose heading speaks of it.
_WHICH_GOAL = re.compile(
    r"^\s*(?:which|what|vilket|vilken|hvilket|hvilken)\s+(?:goal|objective|mål|målet)\s+"
    r"(?:is\s+about|is\s+on|concerns|covers|deals\s+with|addresses|handlar\s+om|"
    r"handler\s+om|omhandler|gäller|gælder|gjelder|går\s+ud\s+på|går\s+ut\s+på)\b",
    re.IGNORECASE,
)
#: Questions about the corpus itself, answered from its overview: which documents it
#: holds, what one can ask, which organisations of a kind it names.
_ASKS_DOCUMENTS = re.compile(
    r"\b(?:which|what)\s+(?:documents|files|sources)\b|"
    r"\b(?:vilka|hvilke)\s+(?:dokument\w*|filer)\b|"
    r"^\s*list\s+(?:all\s+)?(?:the\s+)?(?:documents|files)\b",
    re.IGNORECASE,
)
_ASKS_HELP = re.compile(
    r"^\s*(?:help|hjälp|hjelp|hjælp)\s*[?!.]*\s*$|\bwhat\s+can\s+i\s+ask\b|"
    r"\bvad\s+kan\s+jag\s+(?:fråga|ställa)\b|\bhva\s+kan\s+jeg\s+spørre\b|"
    r"\bhvad\s+kan\s+jeg\s+spørge\b|\bhow\s+do\s+i\s+use\s+(?:this|you|nordask)\b",
    re.IGNORECASE,
)
_ACTIVITY_WORD = re.compile(rf"\b(?:{_ACTIVITY_WORDS})\b", re.IGNORECASE)
#: "Which border committees are there?", "List all committees", "Vilka råd finns?".
_ACTORS_LISTED = re.compile(
    r"\b(?:are\s+there|exist|finns|findes|fins|er\s+der|in\s+the\s+(?:corpus|plan))\s*[?.!]*\s*$|"
    r"^\s*(?:list|name)\s+(?:all\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
#: "Which activities does Kvarkenrådet have?", "Vilka insatser har Tornedalsrådet?": the
#: plan activities an organisation has blocks in.
_ACTIVITIES_OF = re.compile(
    rf"^\s*(?:which|what|vilka|hvilke|how\s+many|hur\s+många|hvor\s+mange)\s+"
    rf"(?:{_ACTIVITY_WORDS})\s+"
    r"(?:does|do|has|have|har|is|are|er|är)\b",
    re.IGNORECASE,
)
#: "Which goal does G.1.b belong to?", "Vilket mål hör K.6.d till?": an activity's goal.
_CODE_GOAL = re.compile(
    r"^\s*(?:which|what|vilket|vilken|hvilket|hvilken)\s+(?:goal|objective|mål|målet)\b",
    re.IGNORECASE,
)
#: "Which goals does the plan have?", "Hvor mange mål har handlingsplanen?", "What are the
#: goals?": the plan's numbered goals themselves are asked for.
_GOALS_LISTED = re.compile(
    r"\b(?:which|what|vilka|hvilke|how\s+many|hur\s+många|hvor\s+mange|list)\s+"
    r"(?:(?:are|is|er|är)\s+)?(?:the\s+)?(?:goals|objectives|mål|målen|målene|"
    r"målsætninger|målsättningar)\b",
    re.IGNORECASE,
)
#: "How many activities does the plan have?": the plan's outline counts them.
_ACTIVITIES_COUNTED = re.compile(
    rf"\b(?:how\s+many|hur\s+många|hvor\s+mange)\s+(?:{_ACTIVITY_WORDS})\b", re.IGNORECASE
)
#: An activity code as plans number them: "G.1.a", "K.6.b", "S.10.a" (one pattern for
#: questions, structure and quotes).
CODE = r"[A-ZÅÄÖÆØ]\.\s?\d{1,2}\.\s?[a-z]"
ACTIVITY_CODE = re.compile(rf"\b{CODE}\b")


@dataclass(frozen=True)
class Intent:
    """What a question asks for.

    `kind` is one of "actor", "person", "amount", "quantity" (a count or share),
    "definition", "date", "list" (which-questions about things, not actors:
    "which challenges ...") or "free".
    `actor_kind` narrows an actor question ("committee", "region", "country",
    "project", "organisation") when the question names a kind.
    """

    question: str
    kind: str = "free"
    actor_kind: str | None = None
    goal: int | None = None
    activity: str | None = None
    years: tuple[str, ...] = field(default_factory=tuple)
    #: "Which goal has the largest budget?": a comparison over all the figures.
    superlative: bool = False
    #: The comparison asks for the least ("the smallest budget").
    smallest: bool = False
    #: A question about the corpus itself, answered from its overview: "documents"
    #: ("Which documents are in the corpus?"), "help" ("What can I ask?"), "actors"
    #: ("Which border committees are there?", with `actor_kind`) or "activities" ("Which
    #: committee has the most activities?").
    corpus: str | None = None
    #: What a definition question asks about: "smart spesialisering" in "Hva er smart
    #: spesialisering?".
    subject: str = ""
    #: "What does X do / work on", "Vad gör X": what the subject does, not what it is.
    does: bool = False
    #: "Vad gör X varje år": how often, a key of PERIODS; the answer says it ("årligen").
    period: str | None = None
    #: "What is the total budget of the plan?": no goal and no name, so every goal's
    #: row adds up to the answer.
    plan_total: bool = False
    #: "How much does NORA get in total?": the names of a plan-wide money question, one
    #: of which may head a column of the goals' budget rows.
    total_of: tuple[str, ...] = ()
    #: The question asks what the numbered goal is ("about"), which activities it has
    #: ("activities"), who has activities under it ("owners"), which goals there are
    #: ("all"), which goal is about a topic ("which"), which activities an organisation
    #: has ("owned"), or how two or more numbered goals differ ("compare",
    #: `compared_goals`): the plan's outline answers it.
    goal_topic: str | None = None
    #: "What is the difference between goal 9 and goal 10?": the goals, as asked.
    compared_goals: tuple[int, ...] = ()
    #: For a how-many question, the words the cited passages count that the model reads
    #: as what it asks about, in another language or wording ("ansatte" for "Hvor mange
    #: medarbejdere …"); set once the passages are found.
    counted_as: tuple[str, ...] = ()

    @property
    def wants_amount(self) -> bool:
        return self.kind == "amount"

    @property
    def wants_actors(self) -> bool:
        return self.kind in ("actor", "person")

    @property
    def ranks_by_money(self) -> bool:
        """ "Which project has the smallest budget?": the amounts the projects' records
        state are compared."""
        return self.superlative and self.actor_kind == "project" and _asks_amount(self.question)

    def describe(self) -> str:
        """One line for --explain and logs: 'amount, goal 7'."""
        parts = [self.kind if not self.actor_kind else f"{self.kind} ({self.actor_kind})"]
        if self.goal is not None:
            parts.append(f"goal {self.goal}")
        if self.activity:
            parts.append(f"activity {self.activity}")
        if self.years:
            parts.append("year " + ", ".join(self.years))
        return ", ".join(parts)


#: A clause before the question that sets something aside: "Apart from North Central
#: Sweden, which regions …", "Förutom Kvarkenrådet, vilka …".
_SET_ASIDE = re.compile(
    r"^\s*(?:apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?|"
    r"in\s+addition\s+to|förutom|utöver|bortsett\s+från|udover|foruden|bortset\s+fra|"
    r"bortsett\s+fra|i\s+tillegg\s+til)\s+[^,?]+,\s*",
    re.IGNORECASE,
)

#: A topic set before a which-question by a dash or a colon: "older people as a resource
#: – which project …", "Elflyg: vilka universitet …". The question after it says what is
#: asked; the topic still counts in the search. (Not before "who, and what …": a topic
#: with a question of two parts is read as it stands.)
_LEAD_IN = re.compile(
    r"^[^?–—:]{1,80}?(?:\s[–—-]|[–—:])\s+(?=(?:which|vilk\w*|hvilk\w*)\b)",
    re.IGNORECASE,
)


def parse(question: str) -> Intent:
    """The intent of one question, in any of the four languages."""
    goal = _GOAL.search(question)
    code = ACTIVITY_CODE.search(question)
    common = {
        "question": question,
        "goal": int(goal.group(1)) if goal else None,
        "activity": "".join(code.group(0).split()) if code else None,
        "years": tuple(dict.fromkeys(_asked_years(question))),
        "superlative": bool(_SUPERLATIVE.search(question)),
        "smallest": bool(_SMALLEST.search(question)),
    }
    # "Apart from X, which regions …" and "Topic – which regions …" ask what "which
    # regions …" asks.
    core = _LEAD_IN.sub("", _SET_ASIDE.sub("", question))
    kind = _kind(core)
    code_goal = _CODE_GOAL.search(question) if code else None
    if code_goal:  # "Which goal does G.1.b belong to?": the goal its code numbers
        common["goal"] = int(re.findall(r"\d+", code.group(0))[0])
    named_only = _WHO_IS.match(question) or _STANDS_FOR.match(question)
    if named_only:
        kind = "definition"
    actor_kind = _actor_kind(core) if kind == "actor" else None
    cue = _DEFINITION.search(question) if kind == "definition" else None
    period = next((name for name, words in PERIODS.items() if words.search(question)), None)
    # "Hva er X, og hva gjør Y i det?": the second question is no part of what is defined.
    second = SECOND_QUESTION.search(question)
    end = second.start() if second and cue and second.start() > cue.end() else None
    subject = question[cue.end() : end].strip(" ?.!,") if cue else ""
    if named_only:
        subject = next(group for group in named_only.groups() if group)
    if (which_goal := _WHICH_GOAL.search(question)) and not goal:
        subject = question[which_goal.end() :].strip(" ?.!")  # "Which goal is about X": X
    if period:
        subject = PERIODS[period].sub("", subject).strip(" ,")
    subject = _SCOPE.sub("", _MEANT.sub("", _ASIDE.sub("", subject)))
    subject = _TERM_WORD.sub("", subject)
    if cue and _MEANS.search(cue.group(0)) and " " in subject:
        subject = _FOR_WHOM.sub("", subject)
    verb_ends = bool(_TRAILING_VERB.search(subject))
    subject = bare_term(_LEADING_ARTICLE.sub("", _TRAILING_VERB.sub("", subject)))
    if " " in subject or "-" in subject:
        subject = _KIND_BEFORE.sub("", _KIND_AFTER.sub("", subject))
    does = bool(cue) and bool(_DOES.search(question)) and not named_only
    doing = _DOING.match(question) if cue else None
    if does and (_CONDITION.search(question[cue.end() :]) or asks_rejected(question)):
        kind, subject, does = "free", "", False  # "Hva gjør X hvis søknaden får avslag?"
    elif doing:
        subject, does = _LEADING_ARTICLE.sub("", doing.group(1)), True
    elif _PURPOSE.match(subject):
        subject, does = _LEADING_ARTICLE.sub("", _PURPOSE.sub("", subject)), True
    elif does and not verb_ends and (name := _LEADING_NAME.match(subject)):
        # Only where a verb follows the name: "What does the Nordic climate neutral
        # municipalities partnership do?" asks about the whole of it.
        subject = name.group(0)
    elif (
        cue
        and not named_only
        and not verb_ends
        and len(subject.split()) > 1
        and _WHAT_DOES.match(question)
    ):
        # "What does the partnership offer cities?", "What do smaller municipalities lack?"
        # ask what it offers or lacks, which only the text can tell: no subject to define.
        # ("Vad gör X" puts its verb first.)
        kind, subject, does = "free", "", False
    elif cue and _BASED_ON.search(subject):
        kind, subject, does = "free", "", False  # "What is Smart Tourism based on?"
    elif cue and not named_only and _ATTRIBUTE.match(subject):
        kind, subject, does = "free", "", False  # "What is X's phone number?"
    names = [w for w in name_words(question) if not re.fullmatch(CURRENCY, w)]
    # Money over the whole plan: no goal, and nothing asked about but money (and names).
    whole = (
        kind == "amount"
        and not goal
        and not common["superlative"]
        and (bool(_TOTAL.search(question)) or _only_money(question, names))
    )
    if _ASKS_HELP.search(question):
        corpus = "help"
    elif common["superlative"] and actor_kind and _ACTIVITY_WORD.search(question):
        corpus = "activities"  # "Which committee has the most activities?"
    elif _ASKS_DOCUMENTS.search(question):
        corpus = "documents"
    elif (_WHICH.search(question) or _ACTORS_LISTED.match(question)) and _ACTORS_LISTED.search(
        question
    ):
        actor_kind = actor_kind or _listed_kind(question)
        corpus = "actors" if actor_kind else None
    else:
        corpus = None
    # What the goals are for, not a figure, a count or who works on them.
    compared = _compared_goals(question) if kind in ("definition", "free") else ()
    return Intent(
        kind=kind,
        actor_kind=actor_kind,
        corpus=corpus,
        subject=subject,
        does=does,
        period=period,
        goal_topic="compare"
        if compared
        else "about"
        if code_goal
        else (_goal_topic(question, bool(goal)) if kind != "amount" else None),
        compared_goals=compared,
        plan_total=whole and not names,
        total_of=tuple(names) if whole else (),
        **common,
    )


#: Words for money and for the plan itself, and question words: a question of nothing
#: else ("budget", "Hva er budsjettet?") asks for the plan's budget as a whole.
_MONEY_OR_PLAN = re.compile(
    r"budget\w*|budsjett\w*|cost\w*|kost\w*|money|pengar|penge\w*|funding|plan\w*|"
    r"handlingsplan\w*|action|much|mye|meget|mycket|stor\w*",
    re.IGNORECASE,
)


#: Verbs of getting money: "How much does NORA get?", "Hvor mye får NORA?".
_RECEIVES = re.compile(r"gets?|receives?|får|modtager|mottar|erhåller", re.IGNORECASE)


def _only_money(question: str, names: Sequence[str] = ()) -> bool:
    from nordask.words import content_words

    named = {w.casefold() for name in names for w in name.split()}
    content = [w for w in content_words(question) if w not in named]
    return bool(content) and all(
        _MONEY_OR_PLAN.fullmatch(w)
        or QUESTION_WORD.fullmatch(w)
        or _RECEIVES.fullmatch(w)
        or _AUXILIARY.fullmatch(w)
        for w in content
    )


#: Words that say what a money question asks of its thing, not what the thing is: its
#: worth or value ("Hvor mye er X verdt?", "Hur mycket är X värd?", "the value of X").
_WORTH = re.compile(
    r"worth|values?|verdt|verdi(?:en|er|ene)?|värd|värde(?:t|n|na)?|værd|værdi(?:en|er|erne)?",
    re.IGNORECASE,
)


def names_worth(word: str) -> bool:
    """Whether a word asks for a thing's worth ("verdt", "värdet", "value")."""
    return bool(_WORTH.fullmatch(word))


#: The words of "how much" and "how big" but the question word: "mye", "mycket", "stort".
_HOW_MUCH_WORD = re.compile(r"much|mye|meget|mycket|big|large|stor[aet]?", re.IGNORECASE)


def valued_thing(question: str) -> list[str]:
    """The words of what a money question asks the amount or worth of ("oljefondet" of
    "Hvor mye er oljefondet verdt nå?", "koordinering", "formidling" of "Hvor meget er
    der afsat til koordinering og formidling …"): its words but those that frame it or
    only ask for money, its worth or getting it; the plan's own word is a thing too
    ("handlingsplanen" of "Hvor mange penge er afsat til handlingsplanen i 2023 alene?",
    whose "alene" alone the corpus may never write)."""
    from nordask.words import unframed_words

    return [
        w
        for w in unframed_words(question)
        if not w.isdigit()
        and not is_money_word(w)
        and not any(p.fullmatch(w) for p in (_HOW_MUCH_WORD, QUESTION_WORD, _RECEIVES, _AUXILIARY))
        and not names_worth(w)
    ]


#: "What period does the plan cover?", "Hvilke år …": the span of time something covers.
_PERIOD = re.compile(
    r"periods?|perioden?|perioder|tidsperiod\w*|years|åren|årene|timeframe|timespan",
    re.IGNORECASE,
)
#: Verbs of covering a span of time: "When does the plan run?", "När gäller planen?".
_SPANS = re.compile(
    r"runs?|covers?|lasts?|spans?|appl(?:y|ies)|valid|gäller|gälla|täcker|omfatt\w*|"
    r"dækker|dekker|gjelder|gælder|löper|løper|varer|pågår",
    re.IGNORECASE,
)


def period_asked(question: str) -> str | None:
    """What a question asks the span of time of ("action plan" of "When does the action
    plan run?", "handlingsplanen" of "Hvilken periode dækker handlingsplanen?"): its
    words besides the asking, the period and the verb of covering, at most two of them;
    None when it asks no when or period."""
    from nordask.words import content_words

    if not (_WHEN.search(question) or any(_PERIOD.fullmatch(w) for w in _WORD.findall(question))):
        return None
    rest = [
        w
        for w in content_words(question)
        if not any(p.fullmatch(w) for p in (QUESTION_WORD, _AUXILIARY, _PERIOD, _SPANS))
    ]
    return " ".join(rest) if 0 < len(rest) <= 2 else None


#: The Nordic countries and their neighbours by the stems of their adjectives and names in
#: the four languages.
_COUNTRIES = {
    "Denmark": r"dan(?:ish|sk\w*|mark\w*|es?\b)|denmark",
    "Sweden": r"swed(?:ish|en|e\b)|svensk\w*|sverige\w*",
    "Norway": r"norw(?:egian|ay)|norsk\w*|norge\w*|noreg",
    "Finland": r"finn(?:ish)?|finsk\w*|finland\w*",
    "Iceland": r"iceland\w*|island\w*|isländsk\w*|islandsk\w*",
    "the Faroe Islands": r"faroe\w*|färö\w*|færø\w*|føroy\w*",
    "Greenland": r"greenland\w*|grønland\w*|grönland\w*",
    "Åland": r"åland\w*|aaland\w*",
    "Estonia": r"eston\w*|estni\w*|estisk\w*|estland\w*",
    "Latvia": r"latvi\w*|lettisk\w*|lettland\w*|letland\w*",
    "Lithuania": r"lithuan\w*|litau\w*",
    "Germany": r"german\w*|tysk\w*",
    "Poland": r"poland|polish|polsk\w*|polen",
    "Russia": r"russia\w*|rysk\w*|russisk\w*|ryssland|rusland|russland",
    "the Netherlands": r"netherlands|dutch|nederländsk\w*|nederlandsk\w*|holland\w*",
    "the United Kingdom": r"british|brit(?:t)?isk\w*|storbritanni\w*|united\s+kingdom",
    "France": r"france|french|fransk\w*|frankrike|frankrig",
}
_KIND_NOUNS = "|".join(words for _, words in _ACTOR_KINDS)
#: Places an asked country narrows too: "Which Faroese municipalities …".
_PLACE_NOUNS = r"municipalit\w*|kommun\w*|cit(?:y|ies)|towns?|städer|byer"


def is_country(name: str) -> bool:
    """Whether `name` is one of the countries `_COUNTRIES` knows, in any of the four
    languages ("Sverige", "Norway", "Danmark"): a country is no region."""
    return any(re.fullmatch(stems, name, re.IGNORECASE) for stems in _COUNTRIES.values())


def country_mentions(name: str) -> re.Pattern[str] | None:
    """Any form of the country `name` is one of ("Norwegian": "Norge", "norska", "Norway"),
    in any of the four languages; None when it is none of `_COUNTRIES`."""
    for stems in _COUNTRIES.values():
        if re.fullmatch(stems, name, re.IGNORECASE):
            return re.compile(rf"\b(?:{stems})", re.IGNORECASE)
    return None


def country_name(name: str) -> str:
    """The English name of the country `name` is a form of ("Danmark", "danska":
    "Denmark"); `name` itself when it is none of `_COUNTRIES`."""
    for country, stems in _COUNTRIES.items():
        if re.fullmatch(stems, name, re.IGNORECASE):
            return country.removeprefix("the ")
    return name


@cache
def _any_country_before_kind() -> re.Pattern[str]:
    """Any country of `_COUNTRIES` right before a kind of actor or place: one pattern that
    rules out most questions before `asked_country` compiles one per country (about 15 ms
    on a cold start), compiled on first use."""
    stems = "|".join(_COUNTRIES.values())
    return re.compile(rf"\b(?:{stems})\s+(?:{_KIND_NOUNS}|{_PLACE_NOUNS})\b", re.IGNORECASE)


@cache
def _from_any_country() -> re.Pattern[str]:
    """Any country of `_COUNTRIES` after "from": `_any_country_before_kind` for
    `counted_from`."""
    stems = "|".join(_COUNTRIES.values())
    return re.compile(rf"\b(?:from|fra|från|frå)\s+(?:{stems})", re.IGNORECASE)


def asked_country(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The country a question narrows the actors it asks for to ("Which Danish regions
    …", "Hvem er den svenske partner …"), with a pattern for its mentions; None when
    it names none right before a kind of actor ("danska kronor" is a currency)."""
    if not _any_country_before_kind().search(question):
        return None
    for country, stems in _COUNTRIES.items():
        nouns = f"{_KIND_NOUNS}|{_PLACE_NOUNS}"
        if re.search(rf"\b(?:{stems})\s+(?:{nouns})\b", question, re.IGNORECASE):
            return country, re.compile(rf"\b(?:{stems})", re.IGNORECASE)
    return None


def counted_from(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The country a how-many question counts people or things from ("deltakere … fra
    Finland", "visitors from Norway"), with a pattern for its mentions; None when it
    names none after "from"."""
    if not _from_any_country().search(question):
        return None
    for country, stems in _COUNTRIES.items():
        if re.search(rf"\b(?:from|fra|från|frå)\s+(?:{stems})", question, re.IGNORECASE):
            return country, re.compile(rf"\b(?:{stems})", re.IGNORECASE)
    return None


def _compared_goals(question: str) -> tuple[int, ...]:
    """The numbered goals a question asks to tell apart ("What is the difference between
    goal 9 and goal 10?", "Sammenlign mål 6 og 7"), in the order asked; none when it
    names fewer than two, or asks no difference."""
    if not _COMPARED.search(question):
        return ()
    numbers: list[int] = []
    for match in _GOAL.finditer(question):
        numbers.append(int(match.group(1)))
        at = match.end()
        while more := _MORE_GOALS.match(question, at):
            numbers.append(int(more.group(1)))
            at = more.end()
    found = tuple(dict.fromkeys(numbers))
    return found if len(found) > 1 else ()


def _goal_topic(question: str, numbered: bool) -> str | None:
    if not numbered and _WHICH_GOAL.search(question):
        return "which"
    if not numbered and _ACTIVITIES_OF.search(question) and name_words(question):
        return "owned"
    if not numbered:
        # Only the plan's own goals: "which goals does Kvarkenrådet work on" asks more.
        asked = _GOALS_LISTED.search(question) or _ACTIVITIES_COUNTED.search(question)
        listed = asked and not name_words(question) and not years_in(question)
        return "all" if listed else None
    if _GOAL_ACTIVITIES.search(question):
        return "activities"
    if _GOAL_OWNERS.search(question) and (_WHO.search(question) or _WHICH.search(question)):
        return "owners"
    return "about" if _GOAL_ABOUT.search(question) else None


#: A word is matched in its other forms and languages by this many first letters
#: ("medlemmer", "medlemmar"; "partners", "partnere").
STEM_LETTERS = 5
#: Verbs that end the noun phrase a question asks for ("what method does …", "vilka
#: områden vill …"), or stand before it ("Hvem er medlemmer …").
_AUXILIARY = re.compile(
    r"does|do|did|is|are|was|were|has|have|had|will|can|should|would|could|"
    r"vill|ska|skall|kan|har|hade|är|var|blir|gör|skal|vil|er|bliver|gør|gjør",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"the|de|dei|den|det", re.IGNORECASE)


def role_stem(question: str) -> str | None:
    """The first letters of the word a who/which-question asks for when it names a role
    rather than a kind of actor: "medle" in "Hvem er medlemmer af Svinesundskomitéen?",
    "unive" in "Which universities is …". The answer's sentence names it too
    ("Svinesundskommitténs medlemmar Västra Götalandsregionen och …")."""
    match = _WHO.search(question) or _WHICH.search(question)
    if not match:
        return None
    for word in _WORD.findall(question[match.end() :])[:3]:
        if _AUXILIARY.fullmatch(word) or _ARTICLE.fullmatch(word):
            continue
        if len(word) > STEM_LETTERS and not word[0].isupper():
            return word[:STEM_LETTERS].casefold()
        return None
    return None


def _kind(question: str) -> str:
    who = _WHO.search(question)
    if _WHEN.search(question) or _asks_when_after(question) or asks_deadline(question):
        return "date"
    if _WHICH.search(question) and _actor_kind(question):
        return "actor"  # "which organisations hold the budgets": actors, not an amount
    counts = _HOW_MANY.search(question) and not _HOW_MUCH.search(question)
    if _asks_amount(question) and not who and not counts and not _asks_other_thing(question):
        return "amount"
    named = who or asks_named_one(question)
    if named and (_asks_person().search(question) or asked_office(question)):
        return "person"
    if _QUANTITY.search(question) or _HOW_MUCH_CHANGE.search(question):
        return "quantity"
    if _asks_share(question):
        return "quantity"  # a share of something other than money
    if who or _WHICH_DO.search(question):
        return "actor"
    definition = _DEFINITION.search(question)
    if _WHICH.search(question) and not definition:
        return "list"
    if definition and _CLAUSE.match(question):
        return "free"  # "What are the projects the committee takes part in?": which ones
    if definition:
        return "definition"
    return "free"


#: How many of a thing, not of money ("How many projects were granted funding?"; Danish
#: asks "hvor mange penge" for how much money).
_HOW_MANY = re.compile(
    r"\b(?:how\s+many|hur\s+många|hvor\s+mange)\b(?!\s+(?:penge\w*|peng\w*|kron\w*|euro))",
    re.IGNORECASE,
)


def _asks_when_after(question: str) -> bool:
    """Whether a question asks when only after it asks something that is no kind of actor
    ("Is a follow-up planned, and for which years?"): "Which regions were selected, and
    in which years …" asks for the regions first, and its second part is answered beside
    them (`amounts.with_second_figure`)."""
    when = _AND_WHEN.search(question)
    if when is None:
        return False
    first = question[: when.start()]
    return not (_WHICH.search(first) and _actor_kind(first))


def _asks_share(question: str) -> bool:
    """Whether a how-much question asks a share or volume ("how much of its output", "how
    much does it export"): a per cent or a count answers it, as money does only when the
    question names money."""
    return bool(_HOW_MUCH_OF.search(question) or _HOW_MUCH_FLOW.search(question))


def _asks_amount(question: str) -> bool:
    """Whether a question asks for money: a money word, or how much of something funded.
    How much something fell or rose asks a quantity ("fire minutter"), unless it names
    money too."""
    if _HOW_MUCH_CHANGE.search(question) and not _names_money(question):
        return False
    if _asks_share(question) and not _names_money(question):
        return False
    if _ASKS_AMOUNT.search(question) or COST.search(question):
        return True
    if _HOW_BIG_GRANT.search(question):
        return True
    if asks_whether(question) and _FUNDING_NOUN.search(question):
        return True  # "Does NORA receive any funding under goal 7?": its figure says
    return bool(_HOW_MUCH.search(question) and _FUNDING.search(question))


#: A which-word and the word after it, the kind of thing asked for: "Hvilken utlysning …",
#: "Which call …" (not "what", which opens "what is the budget" too); after a preposition
#: that says how or where from: "Genom vilken utlysning …", "Through which call …",
#: "Fra hvilket program …".
_WHICH_NOUN = re.compile(
    r"^\s*(?:(?:and|og|och)\s+)?(?:(?:through|via|from|under|by|genom|gjennom|gennem|"
    r"igennem|från|fra|ur|av|af)\s+)?(?:which|vilken|vilket|vilka|hvilken|hvilket|hvilke)\s+"
    r"([^\W\d_]+)",
    re.IGNORECASE,
)
#: Words that compare two things: "Which goal gets more money than …", "mer pengar än",
#: "the same budget".
_COMPARING = re.compile(
    r"\b(?:more|less|fewer|than|mer|mera|mere|mindre|färre|færre|än|enn|same|samme|samma|"
    r"equal\w*|lika)\b",
    re.IGNORECASE,
)


def _asks_other_thing(question: str) -> bool:
    """Whether a which-question asks for a kind of thing that is no money, though it names
    money: "Hvilken utlysning og hvilket program fikk prosjektet penger fra?" asks which
    call, the money word saying what the call gave. A question that compares or ranks
    ("Which goal gets more money?") asks which one by its money: an amount still."""
    asked = _WHICH_NOUN.match(question)
    if asked is None or _SUPERLATIVE.search(question) or _COMPARING.search(question):
        return False
    if AMOUNT.search(question):  # "Which goals have a budget of 7 MDKK?": by their money
        return False
    word = asked.group(1)
    return len(word) > 3 and not is_money_word(word) and not _AUXILIARY.fullmatch(word)


def asks_whether(question: str) -> bool:
    """Whether a question asks yes or no ("Does NORA receive any funding …?")."""
    return bool(_WHETHER.match(question))


def is_money_word(word: str) -> bool:
    """Whether a word only says that money is asked for ("budget", "kostar", "midler")."""
    return bool(_ASKS_AMOUNT.fullmatch(word) or COST.fullmatch(word))


def _names_money(question: str) -> bool:
    """Whether a question names money, its how-much words aside."""
    rest = _HOW_MUCH.sub("", question)
    return bool(_ASKS_AMOUNT.search(rest) or COST.search(rest) or _FUNDING.search(rest))


def _listed_kind(question: str) -> str | None:
    """The kind of actor a listing asks for ("List all committees and councils")."""
    found = [(m.start(), kind) for kind, rx in _KIND_WORDS if (m := rx.search(question))]
    return min(found)[1] if found else None


def _actor_kind(question: str) -> str | None:
    """The kind of actor asked for: a kind word among the three words after the question
    word ("which border committees", "vilka svenska regioner")."""
    match = _WHO.search(question) or _WHICH.search(question)
    if not match:
        return None
    head = " ".join(question[match.end() :].split()[:3])
    found = [(m.start(), kind) for kind, rx in _KIND_WORDS if (m := rx.search(head))]
    return min(found)[1] if found else None


_MONTH = r"(?:jan|feb|mar|apr|maj|mai|may|jun|jul|aug|sep|okt|oct|nov|dec|des)\w*"
#: A count written out, two to twenty and a dozen in the four languages: "four", "fyra",
#: "fjorten", "elleve". Not those that are other words too: Danish and Norwegian "to",
#: "fire", "ni" (also English "to", "fire" and Swedish "you").
COUNT_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozen|"
    r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|"
    r"sjutton|arton|nitton|tjugo|dussin|"
    r"seks|syv|otte|åtte|ti|elleve|tretten|fjorten|femten|seksten|sytten|atten|nitten|"
    r"tyve|tjue|dusin"
)
#: The words a figure or a count word counts, a word before the noun allowed: "12 new
#: harbours", "fyra pilotkommuner", also past a unit of pieces ("6 st. evenemang", "4 stk.
#: møder"); not the next sentence's after a figure ending one ("se mål 2. Grænsehindring
#: …") nor a month after a day ("14. maj").
COUNTED_PHRASE = re.compile(
    rf"(?:(?<![\w.,])(?!(?:19|20)\d\d\b)\d(?:[\d\s.,–-]*\d)?|\b(?:{COUNT_WORDS})\b)\s+"
    r"(?:(?:st|stk|stck|pcs)\.\s+)?([^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    rf"{COUNT_WORDS}|once|twice|"
    r"annual\w*|yearly|monthly|weekly|årlig\w*|månatlig\w*|månedlig\w*|ugentlig\w*|ukentlig\w*"
)
#: A count written as a word: "fyra", "three", "elleve" (not how often: "årlig", "twice").
NUMBER_WORD = re.compile(rf"\b(?:{COUNT_WORDS})\b", re.IGNORECASE)
#: A count, a share or a frequency as text states it: "21 partners", "95%", "två årliga
#: möten", "Antal träffar; 24", a table's cell "| Folkmängd: 5 842 |". Not a year, a date
#: ("11 juni"), or a code ("M22", "K.6").
COUNT = re.compile(
    rf"(?<![\w.,/-])(?!(?:19|20)\d\d(?!\d))\d{{1,3}}(?:[ .]\d{{3}})*(?:,\d+)?(?:\s?[-–]\s?\d+)?"
    rf"(?:\s?%|\s+(?!{_MONTH}\b)[^\W\d_]|\s*(?:[.;)|]|$))|\b(?:{_NUMBER_WORDS})\b",
    re.IGNORECASE | re.MULTILINE,
)
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)?\d\d))?(?!\d)")


#: A day: "11 juni 2020", "June 11", "2020-06-11", "11.6.2020".
_DAY = re.compile(
    rf"\b\d{{1,2}}\.?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,2}}\b|\b(?:19|20)\d\d-\d\d-\d\d\b|"
    rf"\b\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)?\d\d\b",
    re.IGNORECASE,
)
#: Questions that ask for a day, not only a year: "on which date", "hvilken dato".
_ASKS_DAY = re.compile(
    r"\b(?:dates?|dato(?:er)?|datum|which\s+day|vilken\s+dag|hvilken\s+dag)\b", re.I
)


#: A deadline, in the four languages: "deadline", "closes on", "no later than",
#: "ansøgningsfristen", "frist", "sista ansökningsdag", "senast", "senest", "last day".
DEADLINE = re.compile(
    r"\b(?:deadlines?|clos(?:es?|ing)|no\s+later\s+than|last\s+day|\w*frist\w*|"
    r"(?:sista|sidste|siste)\s+(?:\w*dag\w*|dato\w*|datum)|senast|senest)\b",
    re.IGNORECASE,
)


def asks_who(question: str) -> bool:
    """Whether a question opens with its who-word: "Who …", "Vem …", "Og hvem …"."""
    return bool(_WHO.search(question))


def asks_years(question: str) -> bool:
    """Whether a question asks for several years ("… och vilka år får man stödet?"): a
    line that names one year does not answer it, one with two or a span does."""
    return bool(_YEARS_ASKED.search(question))


def asks_deadline(question: str) -> bool:
    """Whether a question asks for a deadline ("Hva er fristen for å melde seg på?"): a
    day, however it is worded."""
    return bool(DEADLINE.search(question))


def asks_day(question: str) -> bool:
    return bool(_ASKS_DAY.search(question))


#: Questions for the place an event was or will be held: "In which city was … held?",
#: "Where will the conference take place?", "I vilken stad …", "Hvor blev … afholdt?".
_ASKS_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:which|what)\s+(?:city|town|venue|place)\b|"
    r"\bwhere\b.*\b(?:held|hosted|take\s+place|took\s+place|taking\s+place)\b|"
    r"\bi\s+(?:vilken|hvilken)\s+(?:stad|ort|by)\b|"
    r"\b(?:var|hvor)\b.*\b(?:hölls|hålls|holdes|holdtes|afholdes|afholdtes|avholdes|avholdtes|"
    r"ble\s+holdt|blev\s+holdt)\b",
    re.IGNORECASE,
)
#: Where something is, in a text: "in Bergen", "i Umeå", "at the Oslo City Hall", or a
#: labelled place: "Venue: Tornby Hall", "Sted: …", "Nytt sted: …", "Plats: …", "Lokale: …".
_AT_PLACE = re.compile(
    r"(?:\b(?i:in|at|i|på)\s+(?i:the\s+)?|"
    r"\b(?i:venue|location|place|sted|plats|lokale?|lokal)\s*:\s*)"
    r"([A-ZÅÄÖÆØÜ][\w-]+(?:\s+[A-ZÅÄÖÆØÜ][\w-]+)*)"
)


#: An event said to be held, in the four languages and tenses: "is held", "took place",
#: "hålls", "ägde rum", "holdes", "blev afholdt", "fandt sted", "arrangeres" (not "hålla",
#: what a body does: "Vilken månad ska X hålla …" asks for a milestone's month).
_HELD = re.compile(
    r"\b(?:held|hosted|(?:takes?|took|taking)\s+place|hålls|hölls|hållits|(?:äger|ägde)\s+rum|"
    r"arrangeras|holdes|holdtes|afholdes|afholdtes|afholdt|avholdes|avholdtes|avholdt|"
    r"(?:ble|blev)\s+holdt|finn?er\s+sted|fandt\s+sted|fant\s+sted|arrangeres)\b",
    re.IGNORECASE,
)


def asks_held(question: str) -> bool:
    """Whether a question speaks of an event being held ("Hvornår holdes konferencen?"):
    its date is that event's, which a document's period does not give."""
    return bool(_HELD.search(question))


def asks_venue(question: str) -> bool:
    return bool(_ASKS_VENUE.search(question))


def states_venue(text: str, question: str) -> bool:
    """Whether `text` says where something is, by a name the question does not give
    itself ("in the North Sea Region" does not say where the North Sea Conference was)."""
    names = name_words(question)
    return any(not names_any(m.group(1), names) for m in _AT_PLACE.finditer(text))


_SPAN_AFTER = re.compile(r"\s*[-–]\s*\d")
_SPAN_BEFORE = re.compile(r"\d\s*[-–]\s*$")


def _asked_years(question: str) -> list[str]:
    """The years a question names, but not a span's ("the 2021-24 plan" names the plan
    by its period, not a year it asks about)."""
    return [
        m.group()
        for m in _YEAR.finditer(question)
        if not _SPAN_AFTER.match(question, m.end())
        and not _SPAN_BEFORE.search(question[: m.start()])
    ]


#: A year written after a name word: "Agenda 2030", "Vision 2040" (not sentence-initial
#: "In 2025", not a month's "May 2026").
_NAME_YEAR = re.compile(r"(?<!^)(?<![.?!]\s)\b([A-ZÅÄÖÆØÜ][^\W\d_]+)\s+((?:19|20)\d\d)\b")


def name_years(question: str) -> list[tuple[str, str]]:
    """The years that may end a name ("Agenda 2030"), each with that name as written:
    when the corpus writes the name so, the question asks about the programme, not about
    that year."""
    return [
        (m.group(0), m.group(2))
        for m in _NAME_YEAR.finditer(question)
        if not re.fullmatch(_MONTH, m.group(1), re.IGNORECASE)
    ]


def states_day(text: str) -> bool:
    return bool(_DAY.search(text))


#: Questions for a time of day, in the four languages: "what time does … start", "at
#: what hour", "hvornår på dagen", "når på dagen", "när på dagen", "hvilket klokkeslæt",
#: "vilket klockslag", "hur dags", "klokken hvad", "hva tid" (not "what time frame", "what
#: time of year").
_ASKS_CLOCK = re.compile(
    r"\b(?:(?:at\s+)?what\s+(?:time|hour)"
    r"(?!\s+(?:frame|period|span|scale|horizon|limit|line|of\s+(?:the\s+)?(?:year|month|week)))|"
    r"time\s+of\s+(?:the\s+)?day|(?:hvornår|når|när)\s+på\s+dagen|"
    r"(?:hvilket|vilket|hvilke)\s+(?:klokkeslæt|klokkeslett|klockslag)|hur\s+dags|"
    r"(?:klokken|klokka|klockan)\s+(?:hvad|hva|hvor\s+mange)|hva\s+tid|hvad\s+tid)\b",
    re.IGNORECASE,
)
#: A time of day in a text: "kl. 10", "klockan 9", "klokka 18.30", "10.00–11.30", "9:15",
#: "14.30" (not a date's "12.03.2026"), "9 am", "7.30 p.m.", "from 9 to 12".
_CLOCK = re.compile(
    r"\b(?:kl\.?|klockan|klokka|klokken|at)\s*\d{1,2}(?:[.:][0-5]\d)?\b|"
    r"\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.,]?\d)|"
    r"\b\d{1,2}(?:[.:][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?!\w)|"
    rf"\b(?:from|fra|från)\s+\d{{1,2}}\s*(?:to|til|till|[-–])\s*\d{{1,2}}\b"
    rf"(?![.,]?\d|\.?\s+{_MONTH})",
    re.IGNORECASE,
)


def asks_clock_time(question: str) -> bool:
    return bool(_ASKS_CLOCK.search(question))


def states_clock_time(text: str) -> bool:
    return bool(_CLOCK.search(text))


#: How a question asks for a duration, in the four languages: "how long does it take",
#: "how long will X last", "how much time", "hur lång tid", "hur länge", "hvor lang tid",
#: "hvor lenge", "hvor længe" (not "how long is the trail in km", a length).
_HOW_LONG = (
    r"how\s+long\b(?!.*\b(?:km|miles?|metres?|meters?)\b)|how\s+much\s+time|"
    r"(?:hur|hvor)\s+(?:lång|lang)\s+tid|hur\s+länge|hvor\s+(?:lenge|længe)"
)
#: A question whose ask is a duration, opening it: a second ask after "og hvor lenge
#: varer det" leaves the first answerable.
_ASKS_DURATION = re.compile(rf"^\W*(?:{_HOW_LONG})\b", re.IGNORECASE)
#: A duration asked anywhere in a question or in one part of it.
_ASKS_HOW_LONG = re.compile(rf"\b(?:{_HOW_LONG})\b", re.IGNORECASE)
#: A time unit in the four languages, singular and plural, alone or ending a compound
#: ("arbeidsdager", "timmar"): what a stated duration counts.
_TIME_UNIT = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|"
    r"sekund\w*|minut\w*|tim(?:me|mar|marna|e|er|ar)|\w*dag(?:ar|arna|e|ene|er|erne)?|dygn\w*|"
    r"veck(?:a|or|orna)|uge(?:r|rne)?|uke(?:r|ne)?|veke(?:r)?|\w*måned\w*|\w*månad\w*|\w*år(?:en|et)?)"
)
#: A duration as a text states it: a figure or a count word before a time unit ("71
#: minutes", "24 månader", "three months", "30 dage", "48-month"), half a year, a span of
#: years or days ("2021–2024", "2021-24", "from 2025 to 2028", "1 January 2025 – 31
#: December 2028"), or a length in a word ("four-year", "fireårig").
_DURATION = re.compile(
    rf"(?:\b\d+(?:[.,]\d+)?|\b(?:{COUNT_WORDS}|one|a|an|en|ett|et|ei|a\s+few|några|nogle|noen|"
    rf"halv\w*|half(?:\s+an?)?))[\s-]+{_TIME_UNIT}\b|"
    r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s*[-–]\s*\d{1,2}\.?\s+[^\W\d_]+|"
    r"\b(?:from|fra|från)\s+(?:\w+\s+)?(?:19|20)\d\d\s+(?:to|until|til|till)\s+(?:\w+\s+)?(?:19|20)\d\d\b|"
    r"\b[^\W\d_]+-years?\b|\b[^\W\d_]+årig\w*",
    re.IGNORECASE,
)


def asks_duration(question: str) -> bool:
    """Whether the question's ask is how long something takes or lasts: a duration,
    which a passage on the same thing that states none does not answer."""
    return bool(_ASKS_DURATION.search(question))


def asks_how_long(question: str) -> bool:
    """Whether the question, or one part of it ("… og hvor lenge varer det?"), asks how
    long something takes or lasts."""
    return bool(_ASKS_HOW_LONG.search(question))


def states_duration(text: str) -> bool:
    return bool(_DURATION.search(text))


#: An age band as a text states it: "aged 25–34", "i alderen 18-29", "25–34 år",
#: "30–39-åringer", "18–24 year olds".
AGE_BAND = re.compile(
    r"\b(?:aged?|ages|i\s+alder(?:en)?|i\s+åldern|i\s+ålder)\s+\d{1,2}\s*[-–]\s*\d{1,2}\b|"
    r"\b\d{1,2}\s*[-–]\s*\d{1,2}(?:\s+|-)?(?:år\b|years?\b|year[\s-]olds?\b|åring\w*)",
    re.IGNORECASE,
)
#: A question for an age: "which age group", "what age", "how old", "Vilken åldersgrupp",
#: "Hvilken alder", "hur gamla", "hvor gamle" (not "alderspensjon", which names a thing).
_ASKS_AGE = re.compile(
    r"\b(?:(?:what|which)\s+ages?|how\s+old|(?:hur|hvor)\s+gam(?:la|le|mal|mel|l)\b|"
    r"(?:vilk|hvilk)(?:en|et|a|e)\s+(?:ålder|alder|åldr)\w*)",
    re.IGNORECASE,
)


def asks_age(question: str) -> bool:
    """Whether the question asks for an age, which a text states as a figure in years
    ("eldre (65-80 år)"), seldom by the question's word for it."""
    return bool(_ASKS_AGE.search(question))


#: A month of a year: "september 2025", "in May 2026".
_MONTH_OF_YEAR = re.compile(rf"\b{_MONTH}\s+(?:19|20)\d\d\b", re.IGNORECASE)


def states_month(text: str) -> bool:
    return bool(_MONTH_OF_YEAR.search(text))


def states_count(text: str) -> bool:
    return bool(COUNT.search(text))


def counted_words(text: str) -> set[str]:
    """The words the figures and count words of `text` count: "new", "harbours" of "12
    new harbours", "ansatte" of "sju ansatte"."""
    return {w for words in COUNTED_PHRASE.findall(text) for w in words.split()}


def year_span(text: str) -> str | None:
    """The first year or span of years a text gives ("2021-24" of "Handlingsplan 2021-24 …")."""
    found = _YEAR_SPAN.search(text)
    return found.group(0) if found else None


def years_in(text: str) -> set[str]:
    """The years a text mentions, a range ("2021-24", "2022–2025") standing for each of
    its years, a code ("M2021", "D2022") for its year."""
    found: set[str] = set()
    for match in _YEAR_SPAN.finditer(text):
        first = int(match.group(1))
        last = match.group(2)
        end = (
            int(last) if last and len(last) == 4 else first // 100 * 100 + int(last or first % 100)
        )
        found.update(str(y) for y in range(first, max(first, end) + 1) if y - first < 20)
    return found


#: A prior year's figure set in parentheses beside the year's own, as accounts and reports
#: write it: "6,5 (2024: 6,0)", "812 t.kr. (2024: 790 t.kr.)", "(2024: DKK 9.0 million)".
_PRIOR_YEAR = re.compile(r"\(\s*((?:19|20)\d\d)\s*:\s*[^()]*?\d[^()]*\)")


def years_stated(text: str) -> set[str]:
    """The years a text gives figures for: those it mentions (`years_in`), and the year
    after each prior year it sets a figure beside, since "årsværk 6,5 (2024: 6,0)" gives
    6,5 for 2025 without writing that year."""
    after = {str(int(m.group(1)) + 1) for m in _PRIOR_YEAR.finditer(text)}
    return years_in(text) | after


#: A table row whose unit stands in a cell of its own before its figures ("MNOK | 4,2 |
#: 3,6"): it states amounts in that unit.
_UNIT_ROW = re.compile(rf"(?<![\w.,])(?:{CURRENCY})\s+\|\s+\d", re.IGNORECASE)
#: A Markdown row's bare figure under a header that gives its unit (structure.py writes
#: each cell under its column's name): "Budget (DKK mio.): 5,4", "Tilskudd (NOK): 600 000".
_UNIT_CELL = re.compile(
    rf"\((?P<unit>[^()|]*?(?<!\w)(?:{CURRENCY})(?!\w)[^()|]*)\):\s*(?P<num>{_FIGURE})(?![\w.,])",
    re.IGNORECASE,
)


#: A table's unit, which is no amount: "Alle beløp i 1 000 NOK", "(1.000 DKK)", "amounts
#: in EUR 1,000", "i tusen kroner".
_UNIT_STATED = re.compile(
    rf"(?:(?:beløp|belopp|beløb|amounts?|figures?|tall|tal|siffror)\s+(?:er\s+|är\s+|are\s+)?"
    rf"(?:i|in)\s+|\(\s*)(?:(?:{_MONEY_FIRST})\s*)?1[\s.,]?000(?:\s*(?:{_MONEY}))?(?=\s*[).;]|\s*$)",
    re.IGNORECASE,
)


def without_units(text: str) -> str:
    """`text` with the unit statements of its tables blanked out, offsets kept."""
    return _UNIT_STATED.sub(lambda m: " " * len(m.group(0)), text)


def states_amount(text: str) -> bool:
    text = without_units(text)
    return bool(AMOUNT.search(text) or _UNIT_ROW.search(text) or _UNIT_CELL.search(text))


def states_amount_for(text: str, years: Sequence[str]) -> bool:
    """`states_amount` for a question on `years`: a cell's bare figure under a header
    that gives its unit but no year (a partner's share of the whole period) is no
    year's amount, unless its row names one of them."""
    if not years or AMOUNT.search(without_units(text)) or _UNIT_ROW.search(text):
        return states_amount(text)
    rows = (_row_around(text, m.start()) for m in _UNIT_CELL.finditer(text))
    return any(set(years) & years_in(row) for row in rows)


def _row_around(text: str, at: int) -> str:
    """The line of `text` that offset `at` stands on: a table row is one."""
    return text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]


def amounts(text: str) -> list[str]:
    """The amounts a text states, as written ("12,8 MDKK"), a cell's with its header's
    unit ("5,4 DKK mio.")."""
    stated = [" ".join(m.group(0).split()) for m in AMOUNT.finditer(without_units(text))]
    return stated + [f"{m.group('num')} {m.group('unit')}" for m in _UNIT_CELL.finditer(text)]


_WORD = re.compile(r"[^\W_][\w-]*", re.UNICODE)


def name_words(question: str) -> list[str]:
    """Words written as names: capitalised inside the question, or all capitals."""
    words = _WORD.findall(question)
    names = []
    for i, word in enumerate(words):
        letters = word.replace("-", "")
        if len(letters) < 3 or any(ch.isdigit() for ch in letters):
            continue
        if (i > 0 and word[0].isupper()) or (letters.isupper() and len(letters) >= 3):
            names.append(word)
    return names


#: A preposition that may stand inside a name: "Ung i Grenseregionen", "Institute of
#: Marine Research", "Council for Culture" (not "and", "och": those join two names).
NAME_LINK = re.compile(r"of|for|för|i|af|av|på|de|du|la")


def name_phrases(question: str) -> list[list[str]]:
    """The things a question names, each as the run of name words that writes it
    ("Pohjola Regional Council", "Gränslös Tornedalen", "Ung i Grenseregionen"): a name
    of several words is one thing, two names with other words between are two."""
    names = set(name_words(question))
    phrases: list[list[str]] = []
    gap = None  # the words since the last name word, while they may still link a name
    for word in _WORD.findall(question):
        if word in names:
            if gap is not None and gap <= 1 and phrases:
                phrases[-1].append(word)
            else:
                phrases.append([word])
            gap = 0
        elif gap is not None and gap == 0 and NAME_LINK.fullmatch(word):
            gap = 1
        else:
            gap = None
    return phrases


#: The asked-for noun phrase is among this many words after the question word.
_ASKED_WORDS = 3


def asked_phrase(question: str, stopwords: frozenset[str]) -> list[str]:
    """The content words of the noun phrase a which-question asks for: "call" and
    "proposals" in "Which call for proposals funded …"; the answer's sentence names
    them too ("The call for proposals: Circular Cities …")."""
    match = _WHICH.search(question)
    if not match:
        return []
    names = {n.casefold() for n in name_words(question)}
    words: list[str] = []
    for word in (w.casefold() for w in _WORD.findall(question[match.end() :])[:_ASKED_WORDS]):
        if _AUXILIARY.fullmatch(word) or word in names:
            break
        if word not in stopwords and len(word) > 3:
            words.append(word)
    return words


def topic_words(question: str, stopwords: frozenset[str]) -> list[str]:
    """What a which-question is about, apart from the kind of thing it asks for and the
    names it gives: "bioeconomy" in "Which of Nordregio's projects deal with the
    bioeconomy?"."""
    names = {n.casefold() for n in name_words(question)}
    kinds = [pattern for _, pattern in _KIND_WORDS]
    return [
        word
        for word in (w.casefold() for w in _WORD.findall(question))
        if len(word) > 4
        and word not in stopwords
        and not _WHICH.match(word)
        and not _WHO.match(word)
        and word not in names
        and not any(ch.isdigit() for ch in word)
        and not any(pattern.fullmatch(word) for pattern in kinds)
        and not _ABOUT.fullmatch(word)
    ]


#: Words that say a question is about something, not what: "projects about the bioeconomy".
_ABOUT = re.compile(
    r"about|regarding|concerning|dealing|handlar|handler|gäller|gælder|gjelder|angående|"
    r"vedrørende|rörande",
    re.IGNORECASE,
)


def subject_names(question: str) -> list[str]:
    """The names a question gives, each written out ("Pendlerpuls", "Islands in
    Transition"), of at least NAME_PREFIX letters."""
    return [" ".join(p) for p in name_phrases(question) if len("".join(p)) >= NAME_PREFIX]


def subject_title(title: str) -> str | None:
    """A document's title as a question would name it: without its years ("Harbour
    Plan 2025–2028" → "Harbour Plan"); None when that leaves less than two words."""
    named = " ".join(_YEAR_SPAN.sub(" ", title).replace("_", " ").split()).strip(" -–:,.")
    return named if len(named.split()) >= 2 else None


def names_phrase(text: str, phrase: str) -> bool:
    """Whether `text` has `phrase`, its words in order, the last one maybe inflected
    ("Pendlerpuls'", "Öar i omställnings")."""
    words = _SPACES.join(re.escape(w) for w in phrase.casefold().split())
    return bool(re.search(rf"(?<!\w){words}", text.casefold()))


#: The space between a name's words, however wide or broken.
_SPACES = r"\s+"


#: Names are matched by their first letters, so that one language's form finds another's
#: ("Kvarken Council", "Kvarkenrådet"; "Nordic", "nordisk").
NAME_PREFIX = 5


def names_any(text: str, names: list[str], share: float = 0.0) -> bool:
    """Whether `text` names one of `names` (name_words of a question) by its first
    `NAME_PREFIX` letters, or by that `share` of a long name when more ("Grensependelen"
    is not "Grenserådet", which shares five letters)."""
    keys = {n.casefold()[: max(NAME_PREFIX, int(len(n) * share))] for n in names if len(n) >= 4}
    folded = text.casefold()
    return any(re.search(rf"\b{re.escape(k)}", folded) for k in keys)


#: Questions that ask what a study or project found or achieved.
_ASKS_FINDINGS = re.compile(
    r"\b(?:findings?|results?|outcomes?|conclusions?|resultat(?:en|et|er|erne|ene)?|"
    # Not "fund": in English a pot of money ("the culture fund"), not Danish findings.
    r"funn(?:ene)?|fundene|slutsats\w*|konklusion\w*|konklusjon\w*)\b",
    re.IGNORECASE,
)
#: Text that reports findings, not plans: "the study showed", "resultaten visar".
_REPORTS = re.compile(
    r"\b(?:show(?:s|ed|n)|found|finds|concluded|conclude[sd]?|revealed|demonstrated|resulted|"
    r"indicate[sd]|visade|visar|fann|kom fram till|resulterade|viste|viser|fandt|fant|"
    r"konkluderede|konkluderte|påvis\w*|dokumenter\w*)\b",
    re.IGNORECASE,
)


#: "Which results are expected", "vilka resultat ska uppnås", "hva vil X gjøre med
#: resultatene": targets and plans, not findings.
_EXPECTS = re.compile(
    r"\b(?:expect\w*|target\w*|aim\w*|plan\w*|will|shall|should|going\s+to|förvänt\w*|"
    r"ska|skall|skal|vil|vill|kommer\s+(?:att|til\s+å)|forvent\w*|mål\w*|uppnå\w*|"
    r"oppnå\w*|opnå\w*)\b",
    re.IGNORECASE,
)


def asks_findings(question: str) -> bool:
    """What a study found or a project achieved (not what it is expected to achieve)."""
    return bool(_ASKS_FINDINGS.search(question)) and not _EXPECTS.search(question)


def reports_findings(text: str) -> bool:
    return bool(_REPORTS.search(text))


#: People who live somewhere, in the four languages: what a population question counts.
_INHABITANTS = (
    r"population|inhabitants|residents|befolkning\w*|folkmängd\w*|folketal\w*|"
    r"invånar\w*|indbygger\w*|innbygger\w*"
)
_ASKS_POPULATION = re.compile(rf"\b(?:{_INHABITANTS})\b", re.IGNORECASE)
#: "12 000 invånare", "a population of 40,000", "befolkningen er på 6.500".
_STATES_POPULATION = re.compile(
    rf"\d[\d\s.,]*\s*(?:{_INHABITANTS}|people|personer|mennesker|människor)\b|"
    rf"\b(?:{_INHABITANTS})\b\W+(?:\w+\W+){{0,3}}\d",
    re.IGNORECASE,
)


def asks_population(question: str) -> bool:
    """ "What is the population of X", "Hvor mange innbyggere har …": a count of people
    living somewhere, which another count in the passages ("150 poliser") does not give."""
    return bool(_ASKS_POPULATION.search(question))


def states_population(text: str) -> bool:
    return bool(_STATES_POPULATION.search(text))

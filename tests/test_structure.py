"""Document structure from layout alone: headings, owners, table rows, web furniture.

The texts are made up here, in the shapes plans and web pages take, so that the
rules are shown to work on documents other than the bundled corpus.
"""

from __future__ import annotations

import pytest

from nordask.cleaning import clean_text, reflow
from nordask.furniture import drop_chrome_lines, is_byline, strip_furniture
from nordask.query import parse
from nordask.structure import is_names_cell, numbered_headings, outline, separate_blocks

# A plan page as pypdf gives it: a heading glued to the last prose line, header cells,
# and a budget row spread over one cell per line.
PAGE = [
    "Vi arbetar vidare med planen.",
    " GRÖNA REGIONER",
    "",
    "GOAL 4: BYGGA ROBUSTA TRANSPORTSYSTEM I HELA",
    "NORDEN OCH STÄRKA SAMARBETET",
    "",
    "Insats",
    "Andel Alfa",
    "Andel BetaNet",
    "Andel Gamma Samlat",
    "… Budget  6,5",
    "MDKK",
    "",
    "2,5",
    "MDKK",
    "",
    "1 MDKK 10 MDKK",
    "T.4.a. Utreda hur små hamnar kan elektrifieras.",
    "",
    "Alfa og Gamma",
    "",
    "Östersjörådet: Rådet ordnar två möten om hamnar varje år.",
    "",
    "M2022: Arrangera ett seminarium om landström.",
    "",
    "Budget: 15 000 euro",
    "",
    "SkärgårdsNätet bidrar med en kartläggning av färjelinjer.",
]


def document() -> str:
    return reflow(separate_blocks(PAGE))


def test_headings_come_from_capitals_numbers_and_codes() -> None:
    text = document()
    found = outline(text)
    titles = [(h.level, h.number, h.title) for h in found.headings]
    assert titles[0] == (0, None, "GRÖNA REGIONER")
    # An all-caps numbered heading reads as a sentence; part headings stay as they are.
    assert titles[1][:2] == (1, 4) and titles[1][2].startswith("Goal 4: bygga robusta")
    assert "i hela" in titles[1][2]
    assert titles[2] == (2, None, "T.4.a")
    where = text.index("Rådet ordnar")
    assert found.section_at(where).startswith("GRÖNA REGIONER › Goal 4:")
    assert found.section_at(where).endswith("› T.4.a")
    assert numbered_headings(found.section_at(where))[0][0] == 4


def test_a_budget_row_is_joined_tied_to_its_columns_goal_and_total() -> None:
    text = document()
    (row,) = outline(text).rows
    assert row.label == "Budget"
    assert row.cells == (("Alfa", "6,5 MDKK"), ("BetaNet", "2,5 MDKK"), ("Gamma", "1 MDKK"))
    assert row.total == "10 MDKK" and row.number == 4
    assert "Budget 6,5 MDKK 2,5 MDKK 1 MDKK 10 MDKK" in text


def test_owners_open_blocks_and_partner_cells_do_not() -> None:
    text = document()
    found = outline(text)
    assert found.owner_at(text.index("Arrangera ett seminarium")) == "Östersjörådet"
    assert found.owner_at(text.index("15 000 euro")) == "Östersjörådet"
    assert found.owner_at(text.index("bidrar med en kartläggning")) == "SkärgårdsNätet"
    assert found.owner_at(text.index("Alfa og Gamma")) is None  # the partners cell


def test_a_text_file_has_title_lines_as_headings() -> None:
    text = (
        "Harbour Electrification\n\nThe project electrifies ferry quays in small harbours "
        "along the coast and trains the crews.\n\nCold Climate Batteries\n\nA second project "
        "tests batteries for ferries in winter conditions in the north."
    )
    titles = [h.title for h in outline(text).headings]
    assert titles == ["Harbour Electrification", "Cold Climate Batteries"]


def test_a_card_title_its_text_repeats_is_a_heading_without_a_blank_line() -> None:
    """A saved page's cards: "FJORDLINK" over "FJORDLINK (Fjord Link …) connects …",
    with no blank line between them, head their records."""
    lines = [
        "Our ferry projects are listed below.",
        "",
        "FJORDLINK",
        "FJORDLINK (Fjord Link for Island Commuters) connects four islands by electric ferry.",
        "",
        "SNOWPORT",
        "SNOWPORT (Winter Harbour Access) keeps small harbours free of ice.",
    ]
    text = clean_text("\n".join(lines))
    titles = [h.title for h in outline(text).headings]
    assert titles[-2:] == ["FJORDLINK", "SNOWPORT"], titles


def test_web_furniture_is_dropped_and_content_kept() -> None:
    raw = (
        "top of page\nImage by Studio\n\nThe ferry project starts in May. Read more.\n\n"
        "The battery project starts in June. Read more.\n\nThe quay project starts in "
        "July. Read more.\n\nSee the S3 platform External link, opens in new window. "
        "for guidance.\n\nbottom of page"
    )
    text = strip_furniture(reflow(drop_chrome_lines(raw).split("\n")))
    for junk in ("top of page", "Image by", "bottom of page", "Read more", "External link"):
        assert junk not in text
    assert "The quay project starts in July." in text
    assert "See the S3 platform for guidance." in text


# A page saved as text whose chrome stands once: no repeat marks it, only its shape.
PAGE_WITH_CHROME = """Hoppa till innehållet
Start › Verksamhet › Kollektivtrafik › Pendelbåtar
We use cookies to give you the best visit. Read how in our privacy notice.
Accept all
Reject
Sök

Ferry lines across the fjord
Viser 1–3 af 3 ruter. Sortér efter: Afgang

Three electric ferries will link the two harbour towns from autumn. The county pays
half of the cost and the towns share the rest.
Läs mer
Dela på Facebook
Følg oss på Instagram

Photo: The new quay at dawn, seen from the water tower.

Les også: Nye ladestasjoner på kaia i sommer
Share this article

Useful links
Timetables | Tickets and prices | Lost property | Work with us

© Fjord Transport Authority
Fjord Transport Authority · Kaigata 4 · 9950 Vardø · Tel. 78 98 00 00
Kontakta oss · Tillgänglighet · Cookieinställningar · Om webbplatsen
"""


def test_chrome_a_page_has_once_is_dropped_by_its_shape() -> None:
    text = strip_furniture(reflow(drop_chrome_lines(PAGE_WITH_CHROME).split("\n")))
    assert text.split("\n\n") == [
        "Ferry lines across the fjord",
        "Three electric ferries will link the two harbour towns from autumn. The county pays "
        "half of the cost and the towns share the rest.",
    ]


def test_tables_and_sentences_on_cookies_are_content() -> None:
    raw = (
        "Del 2: Resultat\n\n"
        "| Kommune | Fylke | Ferjer |\n|---|---|---|\n| Ytre | Vest | 3 |\n\n"
        "Line | Length | Crossings\nNorth | Short | Hourly\n\n"
        "Year | Trips | Tons\n2023 | 4 100 | 96\n\n"
        "Search and rescue at sea\n\n"
        "Se även: avsnitt 4 om taxor\n\n"
        "Cookies (småfiler) i kommunens e-tjänster\n\n"
        "Facebook groups and rural voters\n\n"
        "The authority's website sets cookies only to count visits.\n\n"
        "The ticket site sets cookies when you\nchoose to; the council reviews this\n"
        "rule every year.\n\n"
        "Home > Ferries\n"
    )
    assert drop_chrome_lines(raw) == raw


# A news item saved as text: the paper's section, the headline, the byline, the text.
NEWS_ITEM = (
    "Kystavisa – Samferdsel\n\nNy ferge mellom Vardø og Båtsfjord fra høsten\n\n"
    "Skrevet av Ola Nordmann\nPublisert 4. mars 2024 kl. 12.10\n\n"
    "Fylkeskommunen har signert en avtale om en elektrisk ferge som skal gå fire ganger "
    "daglig mellom de to byene. Ruten åpner i oktober.\n\n"
    "Billettprisene blir de samme som i dag, opplyser fylkeskommunen."
)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Skrevet av Ola Nordmann Publisert 4. mars 2024 kl. 12.10", True),
        ("By Ann Lee, 4 May 2024", True),
        ("12 June 2019 - Posted by Maria Berg", True),
        ("Uppdaterad 2024-05-02", True),
        ("Av Per Holm", True),
        ("Av dessa linjer är tre elektriska.", False),
        ("By 2030 the ferries will run on batteries.", False),
        ("The plan was published by the county in 2019 and updated in 2021.", False),
        ("Published reports on the ferry lines", False),
    ],
)
def test_a_byline_is_told_by_its_shape(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


def test_a_byline_heads_no_section() -> None:
    text = clean_text(NEWS_ITEM)
    found = outline(text)
    assert [h.title for h in found.headings if h.level == 1] == [
        "Ny ferge mellom Vardø og Båtsfjord fra høsten"
    ]
    assert found.section_at(text.index("Billettprisene")).endswith("fra høsten")


def test_numbers_that_repeat_are_not_furniture() -> None:
    # "1." opens three numbered headings; it is no link text to cut out of "14. mars".
    text = strip_furniture(
        "1. BAKGRUNN\n\nDato: 14. mars 2024. Versjon: 1.2.\n\n1.1 Målgruppe\n\n"
        "1.2 Organisering\n\nPerioden 1. februar 2021 til 31. desember 2023.\n\n"
        "3.1 Kartlegging"
    )
    for kept in ("1. BAKGRUNN", "14. mars 2024", "1.2", "31. desember 2023.", "3.1 Kartlegging"):
        assert kept in text


def test_a_repeat_is_cut_as_a_whole_sentence_only() -> None:
    text = strip_furniture(
        "Ferries. Read more.\n\nQuays. Read more.\n\nCranes. Read more.\n\n"
        "The guide Read more.docx is attached."
    )
    assert "Read more.\n" not in text and not text.endswith("Read more.")
    assert "The guide Read more.docx is attached." in text


def test_a_text_made_of_one_repeated_sentence_is_kept() -> None:
    text = strip_furniture("Harbour cranes are electric. " * 5)
    assert "Harbour cranes are electric." in text


def test_question_intents() -> None:
    assert parse("Which committees work on electric aviation?").describe() == "actor (committee)"
    assert parse("Hva er totalbudsjettet for mål 10?").describe() == "amount, goal 10"
    assert parse("Which goal has the largest total budget?").superlative
    assert parse("Vilka gemensamma utmaningar finns?").kind == "list"
    assert parse("Which call for proposals funded the partnership?").kind == "list"
    assert parse("Who chairs the committee?").kind == "person"
    assert parse("Hvilken dato blev rådet oprettet?").kind == "date"
    assert parse("Hvor mange partnere er med?").kind == "quantity"
    assert parse("Vem tänker söka pengar till projektet?").kind == "actor"


def test_an_all_caps_heading_is_written_as_the_documents_prose_writes_its_words() -> None:
    text = (
        "MÅL 3: STÄRKA NORDEN OCH NORA I ARBETET MED GRÖNA HAMNAR\n\n"
        "Arbetet i Norden ska stärka gröna hamnar. NORA och Nordregio deltar i arbetet, "
        "och hamnar i hela Norden ska få stöd."
    )
    title = outline(text).headings[0].title
    assert title == "Mål 3: stärka Norden och NORA i arbetet med gröna hamnar"


def test_a_label_line_owns_the_paragraph_under_it_whoever_that_opens_with() -> None:
    text = (
        "T.2.a. Utreda hamnar.\n\nNordregio og TG\n\nFjord-Vestby\n\nRegion Vestby är "
        "partner i projektet Havsnära som främjar gröna hamnar.\n\nProjektet ska förbättra "
        "strategier för hamnar."
    )
    found = outline(text)
    assert found.owner_at(text.index("Region Vestby")) == "Fjord-Vestby"
    assert found.owner_at(text.index("Projektet ska")) == "Fjord-Vestby"


def test_a_genitive_opens_the_block_of_the_organisation_it_names() -> None:
    text = (
        "Fjordrådet: Rådet ordnar möten om hamnar.\n\n"
        "Havskommitténs medlemmar Norra Bergslagsregionen och Hamar Fylkeskommune har uttalat "
        "vikten av ett gott ledarskap."
    )
    assert outline(text).owner_at(text.index("medlemmar")) == "Havskommittén"


@pytest.mark.parametrize(
    ("text", "alone", "cell"),
    [
        ("Nordregio og TG og NORA", False, True),
        ("Nordregio, TG og NORA", False, True),
        ("Nordregio", False, False),
        ("Nordregio", True, True),  # a partner column's single name
        ("Koordinering av arbetet.", True, False),
        ("Nordregio leder projektet", True, False),
    ],
)
def test_a_cell_of_names(text: str, alone: bool, cell: bool) -> None:
    assert is_names_cell(text, alone) is cell


def test_a_name_the_document_labels_a_block_with_opens_one_without_a_colon() -> None:
    """ "Greater Copenhagen antog …" opens a block as "Greater Copenhagen: Implementera …"
    does further on: the document's own label shows the two words to be an owner. Two
    capitalised words the document never labels a block with ("Smart Harbours bygger
    på …") stay text."""
    text = (
        "G.1.a. Styrke samarbejdet mellem havne om grøn energi.\n\n"
        "Nordic Harbours antog i 2020 en charter om grøna hamnar med tre teman.\n\n"
        "Smart Harbours bygger på innovativ användning av data i hamnarna.\n\n"
        "K.7.b. Undersøke mobilitet på tvers av landegrenser.\n\n"
        "Nordic Harbours: Implementera chartern om arbetsmarknaden i hamnarna."
    )
    found = outline(text)
    assert found.owner_at(text.index("antog i 2020")) == "Nordic Harbours"
    assert found.owner_at(text.index("bygger på")) == "Nordic Harbours"  # the block goes on
    assert found.owner_at(text.index("Implementera")) == "Nordic Harbours"
    assert outline(text.replace("Nordic Harbours: ", "")).owner_at(text.index("antog")) is None


def test_a_capitals_heading_with_text_of_its_own_stands_beside_the_goals() -> None:
    """ "OM DENNE PLAN" has its own paragraph before the first goal: the goals do not stand
    under it. "GRØNNE HAVNE" stands right above a goal: a part over the goals."""
    text = (
        "OM DENNE PLAN\n\nPlanen har to delmål om havnenes strøm.\n\n"
        "Delmål 1: Landstrøm ved kajen\n\nFærgerne lader ved kaj.\n\n"
        "GRØNNE HAVNE\n\nDelmål 2 – Isbrydere til øerne\n\nRuterne sejles hele vinteren."
    )
    found = outline(text)
    assert found.section_at(text.index("Færgerne")) == "Delmål 1: Landstrøm ved kajen"
    assert (
        found.section_at(text.index("Ruterne")) == "GRØNNE HAVNE › Delmål 2 – Isbrydere til øerne"
    )
    assert [h.number for h in found.headings if h.number] == [1, 2]


def test_a_name_on_a_line_of_its_own_before_a_colon_opens_a_block() -> None:
    text = (
        "H.1.a. Kortlægge elnettet.\n\nHøgskolen i Vestby:\n\nStår for målingerne.\n\n"
        "M2026: Målingerne er færdige.\n\nNorsk havnenett:\n\nNorsk havnenett (NHN) drifter "
        "appen.\n\nM2027: Appen er i drift.\n\nMilepæle:\n\nM2028: Rapporten er skrevet."
    )
    found = outline(text)
    assert found.owner_at(text.index("M2026")) == "Høgskolen i Vestby"  # function word inside
    # A label no name-like shape shows, but the paragraph under it opens with it.
    assert found.owner_at(text.index("M2027")) == "Norsk havnenett"
    assert found.owner_at(text.index("M2028")) == "Norsk havnenett"  # "Milepæle:" is no owner


def test_two_organisations_with_a_verb_after_them_open_a_block_together() -> None:
    text = (
        "Havnerådet Syd:\n\nStår for udbuddet.\n\n"
        "Region Vestby og Havnerådet Syd driver sammen isbryderen.\n\nM2027: Den er leveret."
    )
    assert outline(text).owner_at(text.index("M2027")) == "Region Vestby og Havnerådet Syd"


def test_a_table_row_belongs_to_its_responsible_column_and_a_table_to_no_block() -> None:
    text = (
        "Region Vestby arbejder med kortlægningen.\n\nBudget delmål 1 (MDKK)\n\n"
        "Delmål 1 | Havnerådet Syd | Region Vestby | I alt\n\nMDKK | 2,5 | 1,5 | 4,0\n\n"
        "Indsats | Ansvarlig | Partnere\n\nH.1.a. | Havnerådet Syd | Region Vestby"
    )
    found = outline(text)
    assert found.owner_at(text.index("kortlægningen")) == "Region Vestby"
    assert found.owner_at(text.index("Budget delmål")) is None
    assert found.owner_at(text.index("MDKK | 2,5")) is None
    assert found.owner_at(text.index("H.1.a. |")) == "Havnerådet Syd"


def test_a_row_of_cells_between_bars_is_a_budget_row_of_its_goal() -> None:
    """The unit cell gives the bare figures their unit, the header names the columns,
    the corner names the goal; a summary row with one figure is no budget row."""
    text = (
        "Delmål 1: Landstrøm\n\nH.1.a. Kortlægge elnettet.\n\nBudget (MNOK)\n\n"
        "Delmål 4 | Havnerådet Syd | Region Vestby | I alt\n\nMNOK | 2,5 | 1,5 | 4,0\n\n"
        "Delmål | Budget | Valuta\n\nDelmål 4 | 4,0 | MNOK"
    )
    (row,) = outline(text).rows
    assert row.cells == (("Havnerådet Syd", "2,5 MNOK"), ("Region Vestby", "1,5 MNOK"))
    assert row.total == "4,0 MNOK" and row.number == 4 and row.label == ""
    assert row.section == "Delmål 1: Landstrøm"  # the goal's, not its last activity's


def test_account_links_ads_and_comment_counts_are_chrome() -> None:
    raw = (
        "Logga in   Prenumerera\n\nNy fond för kulturen\n\nFonden delar ut pengar.\n\n"
        "Annons\n\nKommentarer (12)\nLogga in för att kommentera.\n\nLÄS OCKSÅ\n"
    )
    kept = drop_chrome_lines(raw)
    for junk in ("Prenumerera", "Annons", "Kommentarer", "kommentera", "LÄS OCKSÅ"):
        assert junk not in kept
    assert "Fonden delar ut pengar." in kept


def test_a_table_row_is_never_a_heading() -> None:
    """Rows of short cells and bare figures look like title lines; they head nothing,
    and the prose under the table stays in the section above it."""
    text = (
        "Annual report of the ferry alliance\n\n"
        "The alliance ran four routes across the sound and carried more passengers than "
        "in any year before.\n\n"
        "Route | Crossings | Passengers\n\nNorth | 1 200 | 90 000\n\n"
        "Harbour fees | 300 | 12 000\n\nSum | 1 500 | 102 000\n\n"
        "The figures were audited in spring and approved by the board in June.\n\n"
        "Sum 1 500 102 000\n\n"
        "The alliance will publish the next report when the season has ended."
    )
    found = outline(text)
    assert [h.title for h in found.headings] == ["Annual report of the ferry alliance"]
    assert found.section_at(text.index("The figures")) == "Annual report of the ferry alliance"


def test_numbered_sections_head_the_text_and_a_numbered_list_does_not() -> None:
    """Section numbers that run on ("1", "2", "2.1", "3") are headings, each depth a level
    down; a goal's number comes from its title; items of a numbered list standing right
    under one another, or a date opening a line, head nothing."""
    text = (
        "Harbour Energy Plan 2026–2030\n\n"
        "Adopted by the harbour board in May.\n\n"
        "1 Why the plan\n\nShips at berth burn diesel for power; shore power can end that.\n\n"
        "2 Organisation\n\n2.1 Board\n\nThe board meets twice a year and sets the budget.\n\n"
        "14 March 2026\n\nThe board met for the first time.\n\n"
        "1. Ask the harbour office\n\n2. Send the form\n\n3. Wait for the reply\n\n"
        "3 Aims\n\n3.1 Aim 1 – Shore power at every quay\n\n"
        "All quays get a connection by 2028.\n\n"
        "3.2 Connections abroad\n\nThe plan also links to two ports abroad.\n\n"
        "4 Money\n\nThe plan costs little in the first year."
    )
    found = outline(text)
    assert [(h.level, h.title, h.number) for h in found.headings] == [
        (0, "Harbour Energy Plan 2026–2030", None),
        (0, "1 Why the plan", None),
        (0, "2 Organisation", None),
        (1, "2.1 Board", None),
        (0, "3 Aims", None),
        (1, "3.1 Aim 1 – Shore power at every quay", 1),
        (1, "3.2 Connections abroad", None),
        (0, "4 Money", None),
    ]
    assert found.section_at(text.index("twice")) == "2 Organisation › 2.1 Board"
    assert found.number_at(text.index("All quays")) == 1
    assert numbered_headings(found.section_at(text.index("All quays")))[0][0] == 1
    assert found.number_at(text.index("two ports")) is None
    assert found.number_at(text.index("costs little")) is None


def test_a_tables_bare_figures_take_the_currency_its_caption_names() -> None:
    """Figures with thousands commas and no unit of their own, in a table whose caption
    names its currency; the goal a row's label opens with is the row's; a year opening a
    row is its label, not a figure."""
    text = (
        "5 Money\n\nCosts by aim and partner, in NOK.\n\n"
        "Aim | Port of Vestby | Fjordkraft Nord | Sum\n\n"
        "Aim 2 Quays | 1,250,000 | 750,000 | 2,000,000\n\n"
        "Spending by year, in NOK.\n\n"
        "Year | Port of Vestby | Fjordkraft Nord | Sum\n\n2027 | 300 | 200 | 500"
    )
    first, second = outline(text).rows
    assert first.number == 2 and first.label == "Aim 2 Quays"
    assert first.cells == (("Port of Vestby", "1,250,000 NOK"), ("Fjordkraft Nord", "750,000 NOK"))
    assert first.total == "2,000,000 NOK"
    assert second.label == "2027" and second.total == "500 NOK" and second.number is None


# A Markdown file with a timetable and a budget table, in wording of its own.
MARKDOWN_TABLES = (
    "Ferry timetable\n\n"
    "The crossings of the season:\n\n"
    "| Crossing | Day | Harbour | Skipper |\n"
    "|:---|---|---|---:|\n"
    "| First sailing | 3 May 2027 | Nordvik | Ola Berg |\n"
    "| Last sailing | 30 September 2027 | Sørhamn | Kari Lund |\n\n"
    "Budget\n\n"
    "| Goal 2 | Harbour board | Sørhamn town | Total |\n"
    "|---|---|---|---|\n"
    "| MNOK | 1,5 | 0,5 | 2,0 |\n"
)


def test_a_markdown_tables_rows_are_paragraphs_with_their_column_names() -> None:
    """Each row is a unit of its own (reflow ran the whole table into one paragraph),
    its cells after the first under their columns' names; the rule line is dropped."""
    paragraphs = clean_text(MARKDOWN_TABLES).split("\n\n")
    assert "| Last sailing | Day: 30 September 2027 | Harbour: Sørhamn | Skipper: Kari Lund |" in (
        paragraphs
    )
    assert "| Crossing | Day | Harbour | Skipper |" in paragraphs
    assert not any("---" in p for p in paragraphs)


def test_a_markdown_table_is_read_like_a_pdf_table() -> None:
    """Its title line heads it, though shorter than the header row's line would need;
    its budget row has its figures under their columns and its goal."""
    text = clean_text(MARKDOWN_TABLES)
    found = outline(text)
    assert found.section_at(text.index("Last sailing")) == "Ferry timetable"
    (row,) = found.rows
    assert row.cells == (("Harbour board", "1,5 MNOK"), ("Sørhamn town", "0,5 MNOK"))
    assert row.total == "2,0 MNOK" and row.number == 2


def test_a_two_column_markdown_table_keeps_its_cells_as_written() -> None:
    """A term and what it means: the header ("Term | Meaning") adds nothing to a row. The
    title line above heads the table, though its header row is no longer than the title."""
    text = clean_text(
        "Words we use\n\n| Term | Meaning |\n|---|---|\n| FKS | Fjordens kystsamarbeid |\n"
    )
    assert text.split("\n\n")[1:] == ["| Term | Meaning |", "| FKS | Fjordens kystsamarbeid |"]
    assert outline(text).section_at(text.index("FKS")) == "Words we use"


# A saved page whose menu stands one link a line, with a search box and a cookie notice
# whose button shares its line; a list of members inside the text is content.
STACKED_MENU_PAGE = """Gå til indhold
Forside
Om netværket
Medlemmer
Nyheder
Søg på sitet

Vi bruger cookies til at lave anonym statistik over besøg. Accepter alle

Færger til de små øer

Netværket samler økommunerne om fælles indkøb af eldrevne færger.

Medlemmer af netværket
Fanø Kommune
Læsø Kommune
Samsø Kommune

Hver kommune har én plads i styregruppen.

Tilgængelighed
Privatliv
Kontakt
© 2025 Ønetværket
"""


def test_a_menu_stacked_one_link_a_line_is_chrome_and_a_list_in_the_text_is_not() -> None:
    text = reflow(drop_chrome_lines(STACKED_MENU_PAGE).split("\n"))
    assert text.split("\n\n") == [
        "Færger til de små øer",
        "Netværket samler økommunerne om fælles indkøb af eldrevne færger.",
        "Medlemmer af netværket Fanø Kommune Læsø Kommune Samsø Kommune",
        "Hver kommune har én plads i styregruppen.",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        # no chrome by the run: it is a list, under a heading or opening the file
        "Bilagor\nBudget 2025\nAnsökan\nTidsplan\n\nStyrelsen beslutade.\n\n© Förbundet\n",
        "Närvarande\nAnna Berg\nJohan Lind\nKarin Ek\n\nDatum: 3 mars\nPlats: Umeå\n\nMötet "
        "öppnades.\n",
        # a list under a lead-in at a page's foot, and a table of contents
        "Rådet har fått midler.\n\nMedlemmene er:\nBodø kommune\nSteigen kommune\nRøst "
        "kommune\n\n© Kystrådet\n",
        "Innhold\n1. Innledning\n2. Bakgrunn\n3. Mål\n\nRapporten viser veien videre.\n",
    ],
)
def test_a_run_of_short_lines_by_no_chrome_or_under_a_heading_is_kept(raw: str) -> None:
    kept = drop_chrome_lines(raw)
    assert kept.split("\n\n")[0] == raw.split("\n\n")[0]
    assert kept.split("\n\n")[1] == raw.split("\n\n")[1]


@pytest.mark.parametrize(
    "line",
    [
        "Sök på webbplatsen",
        "Search this site",
        "Søk på nettstedet",
        "Dette nettstedet bruker informasjonskapsler for å huske valgene. [Godta] [Avvis]",
        "We use cookies to count visits to the site. Accept all",
        "Den här webbplatsen använder kakor.",
        "[Godkänn alla]  [Endast nödvändiga]",
        "----------------------------------------",
    ],
)
def test_search_boxes_cookie_notices_with_buttons_and_rules_are_chrome(line: str) -> None:
    assert drop_chrome_lines(f"Rådet møtes i mai.\n\n{line}\n\nRådet møtes i juni.") == (
        "Rådet møtes i mai.\n\n\n\nRådet møtes i juni."
    )


def test_a_menu_spaced_or_barred_under_a_sites_name_is_chrome_and_a_table_is_not() -> None:
    raw = (
        "Kystvegrådet | Coastal Road Council\nHjem | Om rådet | Prosjekter | Kontakt\n\n"
        "Vegrådet\nHjem   Om rådet   Prosjekter   Kontakt\n\n"
        "Rute   Lengde   Avganger\nNord   12 km   Hver time"
    )
    assert drop_chrome_lines(raw).split("\n") == [
        "Kystvegrådet | Coastal Road Council",
        "",
        "",
        "Vegrådet",
        "",
        "",
        "Rute   Lengde   Avganger",
        "Nord   12 km   Hver time",
    ]


def test_label_lines_stay_lines_under_their_title_heading() -> None:
    raw = (
        "Our projects\n\nThe forum runs two projects across the sound.\n\n"
        "Quiet Crossings\nLead partner: Orkney Islands Council\nDuration: 2025–2028\n"
        "Description: two battery ferries on the\nshortest routes\n"
        "The project reports to the board twice a year.\n"
    )
    text = clean_text(raw)
    assert text.split("\n\n")[2:] == [
        "Quiet Crossings",
        "Lead partner: Orkney Islands Council\nDuration: 2025–2028\n"
        "Description: two battery ferries on the shortest routes",
        "The project reports to the board twice a year.",
    ]
    assert [h.title for h in outline(text).headings] == ["Our projects", "Quiet Crossings"]


def test_contact_lines_keep_a_line_each() -> None:
    """Each line of a list of contacts that ends with a phone number or an e-mail address
    is a record of its own: joined, one person's number reads as the next person's. A
    line that does not end with one runs on the line above."""
    text = clean_text(
        "Frågor\n"
        "Controller Maja Nyström, Länsstyrelsen, tel. 010 224 18 30\n"
        "Handläggare Olof Strand, kansliet, olof.strand@example.org\n"
        "Sekreterare Ida Berg, tfn 070 11 22 333\n"
        "som svarar på vardagar."
    )
    lines = text.split("\n")
    assert "Controller Maja Nyström, Länsstyrelsen, tel. 010 224 18 30" in lines[0]
    assert lines[1:] == [
        "Handläggare Olof Strand, kansliet, olof.strand@example.org",
        "Sekreterare Ida Berg, tfn 070 11 22 333 som svarar på vardagar.",
    ]


def test_wrapped_date_list_is_no_numbered_list() -> None:
    """A day's number before a month in lower case that a wrap put at a line's start is
    part of the sentence ("…: 3. mars i Bodø,\n14. juni i Luleå"); a numbered item still
    opens a line of its own."""
    text = reflow(
        [
            "Styret møttes tre ganger: 3. mars i Bodø,",
            "14. juni i Luleå og",
            "2. oktober i Oulu.",
            "1. Innledning",
        ]
    )
    assert text.split("\n") == [
        "Styret møttes tre ganger: 3. mars i Bodø, 14. juni i Luleå og 2. oktober i Oulu.",
        "1. Innledning",
    ]


def test_a_header_one_cell_narrower_names_the_columns_after_the_rows_label() -> None:
    """A table whose corner cell is empty (its header row one cell narrower than its
    rows): each row's first cell is its label, its figures are under the header's names."""
    text = (
        "Share of members who voted, per cent.\n\n"
        "Upland (n=310) | Coast (n=452)\n\nVoted, 2026 | 44 % | 61 %\n\nVoted, 2022 | 40 % | 58 %"
    )
    rows = outline(text).rows
    assert [row.label for row in rows] == ["Voted, 2026", "Voted, 2022"]
    assert rows[0].cells == (("Upland (n=310)", "44 %"), ("Coast (n=452)", "61 %"))


def test_an_empty_header_row_names_no_columns() -> None:
    """A Markdown table whose header row is empty ("| | |"): its first row heads the
    rest, not a corner and a column of no name."""
    text = "Key facts\n\n| | |\n\n| Owner | Fjellstua Trust |\n\n| Period | 2026–2028 |"
    found = outline(text)
    assert found.head_at(text.index("| Owner")) == ""
    assert found.head_at(text.index("| Period")) == "Owner | Fjellstua Trust"

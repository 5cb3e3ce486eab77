"""Lists and counts read from a table or a sentence, on made-up text: which partners a
table lists (its rows whose role is partner, the lead marked, the associated partners a
sentence names), and how many of a thing a sentence says."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nordask.answer import compose
from nordask.cells import partner_rows
from nordask.ingest import chunk_document
from nordask.lists import titles_name
from nordask.passages import Support
from nordask.people import named_in
from nordask.query import parse
from nordask.records import Chunk, Document
from nordask.settings import ChunkSettings

#: A Markdown partner table as loading writes it (each cell under its column's name), a
#: total's row and a sentence after it.
CONSORTIUM = (
    "Consortium\n\n"
    "Funds are split between the members as follows:\n\n"
    "| Organisation | Country | Role | Budget (EUR k) |\n\n"
    "| Northern Coast Institute | Country: NO | Role: Lead partner | Budget (EUR k): 410 |\n\n"
    "| Fjord Council | Country: SE | Role: Partner | Budget (EUR k): 220 |\n\n"
    "| Kystby kommune | Country: NO | Role: Partner (pilot site) | Budget (EUR k): 95 |\n\n"
    "| Total | | | Budget (EUR k): 725 |\n\n"
    "The Ministry of Fisheries and the Coast Guard follow the work as associated partners.\n\n"
    "Timeline\n\nThe work starts in spring 2027 and ends in 2029."
)
#: A PDF table's rows, one paragraph each, under a "Partner" header and no role column.
PDF_PARTNERS = (
    "Table 3. Budget per partner (MSEK)\n\n"
    "Partner | Land | Budget\n\n"
    "Alpha högskola | SE | 1,2\n\n"
    "Beta kommun | SE | 0,8\n\n"
    "Summa | | 2,0"
)


def _chunk(text: str, doc: str = "made-up.md") -> Chunk:
    document = Document(doc=doc, title="Made up", text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})
    assert len(chunks) == 1
    return chunks[0]


def _sentence(chunk: Chunk, words: str) -> int:
    return next(i for i, (a, b) in enumerate(chunk.sentences) if words in chunk.text[a:b])


def test_the_rows_whose_role_is_partner_are_the_partners_the_lead_marked() -> None:
    chunk = _chunk(CONSORTIUM)
    assert partner_rows(chunk.text) == [
        ("Northern Coast Institute", "Lead partner"),
        ("Fjord Council", None),
        ("Kystby kommune", None),
    ]


def test_a_pdf_table_under_a_partner_header_lists_its_rows_not_the_total() -> None:
    assert partner_rows(PDF_PARTNERS) == [("Alpha högskola", None), ("Beta kommun", None)]


def test_a_table_without_partners_lists_none() -> None:
    text = "Activity | Year | Cost (EUR k)\n\nSurvey | 2027 | 40\n\nPilot | 2028 | 90"
    assert partner_rows(text) == []


def test_which_partners_is_answered_with_the_table_and_the_associated_ones() -> None:
    chunk = _chunk(CONSORTIUM)
    support = Support(1, chunk, _sentence(chunk, "starts in spring"), 0.6)
    text, names = compose(parse("Which partners take part in the consortium?"), [support], "en")
    first = text.split("\n\n")[0]
    assert names == ["Northern Coast Institute", "Fjord Council", "Kystby kommune"]
    assert first.startswith(
        "Northern Coast Institute (Lead partner), Fjord Council, Kystby kommune [1]."
    )
    assert "“The Ministry of Fisheries and the Coast Guard follow the work as associated" in first


#: A programme whose name holds a year, its goals a list under its purpose.
HARBOURS = (
    "Blue Quay 2030\n\n"
    "Purpose\n\n"
    "Blue Quay 2030 supports small ports along the coast from 2026 to 2030. "
    "The programme is run by a secretariat in Tromsø. "
    "A board of seven members oversees Blue Quay 2030.\n\n"
    "Goals\n\n"
    "- Goal 1: 14 new charging quays by the end of 2030.\n"
    "- Goal 2: The share of electric ferries doubles from the 2025 level.\n"
    "- Goal 3: 30 trained harbour masters.\n\n"
    "Grants\n\n"
    "The table shows the grants Blue Quay 2030 gives each port in 2027."
)


def test_how_many_is_answered_by_the_line_whose_figure_counts_the_asked_thing() -> None:
    chunk = _chunk(HARBOURS)
    support = Support(1, chunk, _sentence(chunk, "The table shows"), 0.6)
    question = "How many new charging quays will Blue Quay 2030 build?"
    text, _ = compose(parse(question), [support], "en")
    assert text.startswith("- Goal 1: 14 new charging quays by the end of 2030.")


def test_a_figure_counting_another_word_of_the_question_does_not_lead() -> None:
    chunk = _chunk(HARBOURS)
    support = Support(1, chunk, _sentence(chunk, "The table shows"), 0.6)
    text, _ = compose(parse("How many ports does the Blue Quay board have?"), [support], "en")
    assert not text.startswith("- Goal")


def test_a_count_in_a_passage_about_another_body_does_not_lead() -> None:
    chunk = _chunk(HARBOURS)
    support = Support(1, chunk, _sentence(chunk, "The table shows"), 0.6)
    text, _ = compose(parse("How many members does the Fjord Council board have?"), [support], "en")
    assert "seven members" not in text.split("\n\n")[0]


def test_a_count_written_out_in_words_counts_the_asked_thing() -> None:
    chunk = _chunk(
        "Ferry Days 2027\n\n"
        "Ferry Days 2027 brings island schools together for a week in May. "
        "The secretariat sits in Umeå. "
        "The week closes with a concert in the harbour.\n\n"
        "Scope\n\n"
        "- The programme works with four pilot municipalities on the coast.\n"
        "- Each school sends two teachers.\n\n"
        "Grants\n\nTravel is paid by the programme."
    )
    support = Support(1, chunk, _sentence(chunk, "Travel is paid"), 0.6)
    question = "How many pilot municipalities does Ferry Days 2027 work with?"
    text, _ = compose(parse(question), [support], "en")
    assert text.startswith("- The programme works with four pilot municipalities")


def test_a_list_of_projects_keeps_a_title_with_a_lowercase_word() -> None:
    chunk = _chunk(
        "Fjord transport\n\n"
        "Kystrådet deltar de neste årene aktivt som partner i ferjeprosjektene "
        "Blue Corridor test Bed og SEAWAY. Det styrker samarbeidet over grensen."
    )
    support = Support(1, chunk, _sentence(chunk, "ferjeprosjektene"), 0.6)
    text, names = compose(
        parse("Which ferry projects does Kystrådet take part in?"), [support], "en"
    )
    assert names == ["Blue Corridor test Bed", "SEAWAY"]
    assert text.startswith("Blue Corridor test Bed [1]; SEAWAY [1].")


#: A region said to be one of a counted set, and the set's others listed after it.
PILOT = (
    "Coastal renewal pilot\n\n"
    "Upper Tarn Valley is one of four regions chosen in 2025 for the new coastal "
    "renewal pilot. The other regions chosen in 2025 besides the valley are Lusatia, "
    "Galicia and Kainuu."
)


def test_a_region_said_to_be_one_of_a_counted_set_is_on_its_list() -> None:
    chunk = _chunk(PILOT)
    support = Support(1, chunk, _sentence(chunk, "is one of four"), 0.6)
    question = "Which regions were chosen in 2025 for the coastal renewal pilot?"
    _, names = compose(parse(question), [support], "en")
    assert names == ["Upper Tarn Valley", "Lusatia", "Galicia", "Kainuu"]


def test_a_question_for_the_others_leaves_out_the_one_it_sets_aside() -> None:
    chunk = _chunk(PILOT)
    support = Support(1, chunk, _sentence(chunk, "is one of four"), 0.6)
    question = "Vilka andra regioner än Övre Tarndalen valdes 2025 till kustpiloten?"
    _, names = compose(parse(question), [support], "sv")
    assert names == ["Lusatia", "Galicia", "Kainuu"]


def test_the_one_of_a_counted_set_is_read_in_the_list_sentences_paragraph() -> None:
    chunk = _chunk(
        "Coastal renewal pilot\n\n"
        "Upper Tarn Valley is one of four regions chosen in 2025 for the new coastal "
        "renewal pilot. The valley gets expert support for two years. "
        "The other regions chosen in 2025 besides the valley are Lusatia, Galicia and Kainuu."
    )
    support = Support(1, chunk, _sentence(chunk, "besides the valley"), 0.6)
    question = "Which regions were chosen in 2025 for the coastal renewal pilot?"
    _, names = compose(parse(question), [support], "en")
    assert names == ["Upper Tarn Valley", "Lusatia", "Galicia", "Kainuu"]


def test_a_clause_joined_by_small_words_is_no_item_of_the_list() -> None:
    chunk = _chunk(
        "Northlink\n\n"
        "Northlink links inland regions around shared freight terminals. "
        "Members from Norway in Northlink are Aust, Vestby, Lund and Region Fjellheim."
    )
    support = Support(1, chunk, _sentence(chunk, "Members from"), 0.6)
    _, names = compose(parse("Which Norwegian regions are members of Northlink?"), [support], "en")
    assert names and not any(" are " in name for name in names), names


def test_a_list_keeps_a_part_of_a_joined_name_and_the_bracketed_names() -> None:
    chunk = _chunk(
        "Joint planning\n\n"
        "Lakeland-Fjordmark shows how the county of Brennvik aligns its strategy with the "
        "border regions Lakeland and Upper Moor, and with its neighbours (Skarvik, Holmdal, "
        "Aust/Vest Tind) in the years ahead."
    )
    support = Support(1, chunk, _sentence(chunk, "aligns its strategy"), 0.6)
    question = "Which regions will Brennvik align its strategy with, per Lakeland-Fjordmark?"
    _, names = compose(parse(question), [support], "en")
    assert names == ["Lakeland", "Upper Moor", "Skarvik", "Holmdal", "Aust/Vest Tind"]


def test_a_question_for_one_region_gets_the_first_one_named() -> None:
    chunk = _chunk(
        "Joint planning\n\n"
        "Lakeland-Fjordmark shows how the county of Brennvik aligns its strategy with the "
        "border regions Lakeland and Upper Moor in the years ahead."
    )
    support = Support(1, chunk, _sentence(chunk, "aligns its strategy"), 0.6)
    question = "Vilken region samordnar Brennvik sin strategi med, enligt Lakeland-Fjordmark?"
    _, names = compose(parse(question), [support], "sv")
    assert names == ["Lakeland"]


def test_two_names_joined_in_a_question_name_neither_alone() -> None:
    assert not named_in("Lakeland", "Which regions does the Lakeland-Fjordmark committee join?")
    assert named_in("Lakeland", "Which regions does Lakeland work with?")
    assert named_in(
        "Lakeland-Fjordmark", "Which regions does the Lakeland-Fjordmark committee join?"
    )


#: Two project paragraphs, each closing with its partner (the second's neighbour is the
#: first's partner across a blank line).
TWO_PROJECTS = (
    "Cross-border projects\n\n"
    "The Harbour Link pilot tests shared ferry timetables between the coasts. "
    "Its Finnish partner is Oulu Regional Council.\n\n"
    "The Timber Path pilot develops wooden bridges for rural roads. "
    "Its Finnish partner is Lapland Regional Council."
)


def test_a_projects_paragraph_owns_its_partner_not_the_one_before_it() -> None:
    chunk = _chunk(TWO_PROJECTS)
    support = Support(1, chunk, _sentence(chunk, "Timber Path pilot develops"), 0.6)
    text, names = compose(
        parse("Who is the Finnish partner in the Timber Path pilot?"), [support], "en"
    )
    assert names == ["Lapland Regional Council"]
    assert text.startswith("Lapland Regional Council [1].")


#: A project's regions in one paragraph, a platform's members in another passage.
BIO_PROJECT = (
    "Thematic platforms\n\n"
    "The second topic is heating. For instance, Kainuu and Pohjanmaa join the Biogasol project."
)
PLATFORM = (
    "The heating platform\n\n"
    "Kainuu, Lappi, Pohjanmaa, Satakunta and Uusimaa are Finnish members of the heating platform."
)


def test_a_compound_project_in_the_question_reads_the_passage_naming_that_project() -> None:
    project, platform = _chunk(BIO_PROJECT), _chunk(PLATFORM)
    supports = [
        Support(1, project, _sentence(project, "For instance"), 0.5),
        Support(2, platform, _sentence(platform, "Finnish members"), 0.48),
    ]
    question = "Vilka finska regioner är med i biogasolprojektet inom plattformen för värme?"
    text, names = compose(parse(question), supports, "sv")
    assert names == ["Kainuu", "Pohjanmaa"]
    assert text.startswith("Kainuu [1]; Pohjanmaa [1].")


#: Who works on a topic: the paragraph before the quoted one names them, the quoted
#: one only the place the work is for.
PLACE_PARAGRAPH = (
    "Hydrogen ferries\n\n"
    "The study is made together with the ports and Nordby Universitet.\n\n"
    "Early hydrogen ferries in Fjordregionen could cut the emissions of the region quickly."
)


def test_a_paragraph_naming_only_a_place_lets_the_one_before_name_who_works_on_it() -> None:
    chunk = _chunk(PLACE_PARAGRAPH)
    support = Support(1, chunk, _sentence(chunk, "Early hydrogen ferries"), 0.6)
    _text, names = compose(parse("Vilka arbetar med vätgasfärjor?"), [support], "sv")
    assert names == ["Nordby Universitet"]


def test_a_project_title_in_english_names_a_topic_asked_with_a_nordic_k() -> None:
    title = "Circular Economy in Small Harbours"
    chunk = replace(_chunk(f"{title}\n\nThe project maps waste flows."), sections=(title, title))
    assert titles_name(chunk, ["cirkulär", "ekonomi"])
    assert not titles_name(chunk, ["ekologi"])


#: A pilot run by a council with two partners, whose tool another institute helped make.
MAPPING_PILOT = (
    "Coastal mapping pilot\n\n"
    "The Fjordland Council runs the coastal mapping pilot together with Nordby University "
    "and Sundby University. The pilot is steered by the Fjordland Council and uses a survey "
    "tool which was developed by Nordby University in cooperation with Westhaven University."
)


def test_a_name_that_only_tells_who_made_a_thing_is_no_party_to_the_asked_work() -> None:
    """Westhaven University only helped make the tool the pilot uses: a clause that says
    who made the thing before it, in a sentence whose own subject is the pilot."""
    chunk = _chunk(MAPPING_PILOT)
    supports = [
        Support(1, chunk, _sentence(chunk, "runs the coastal"), 0.6),
        Support(2, chunk, _sentence(chunk, "survey tool"), 0.5),
    ]
    question = "Which universities does the Fjordland Council work with on the mapping pilot?"
    _, names = compose(parse(question), supports, "en")
    assert names and "Westhaven University" not in names


def test_the_makers_of_a_thing_the_question_asks_about_are_named() -> None:
    """Asked who made the tool, the clause about the tool names them."""
    chunk = _chunk(MAPPING_PILOT)
    supports = [Support(1, chunk, _sentence(chunk, "survey tool"), 0.6)]
    question = "Which universities made the survey tool for the mapping pilot?"
    _, names = compose(parse(question), supports, "en")
    assert "Westhaven University" in names


def _two_blocks(first: str, second: str) -> list[Support]:
    """Two organisations' blocks of a plan, the first one's line ranked a little closer."""
    chunk = _chunk(f"{first}\n\n{second}")
    return [Support(1, chunk, 0, 0.61), Support(2, chunk, 1, 0.6)]


def test_a_body_whose_block_says_nothing_of_the_topic_is_not_listed_beside_one_that_does() -> None:
    supports = _two_blocks(
        "Fjordrådet: Fjordrådet ordnar två möten om arbetsmarknaden för nätverket EURES.",
        "Dalrådet: Dalrådet bygger företagsnätverk kring lokal mat och turism.",
    )
    _, names = compose(parse("Vilka kommittéer arbetar med lokal mat?"), supports, "sv")
    assert names == ["Dalrådet"]


@pytest.mark.parametrize(
    "question",
    [
        # Neither block has a word of the question: the model found both alike.
        "Which committees work on electric air travel?",
        # "eldrivna flygplan" in one block, its compound "elflyg…" in the other.
        "Vilka kommittéer jobbar med eldrivna flygplan?",
    ],
)
def test_a_body_whose_block_says_the_topic_in_other_words_stays_listed(question: str) -> None:
    supports = _two_blocks(
        "Fjordrådet: Fjordrådet deltar i elflygsprojekten under perioden.",
        "Dalrådet: Dalrådet bygger ett kompetensnätverk kring eldrivna flygplan.",
    )
    _, names = compose(parse(question), supports, "sv")
    assert names == ["Fjordrådet", "Dalrådet"]


def test_a_block_headed_by_two_places_alone_is_a_border_committee() -> None:
    supports = _two_blocks(
        "Fjordrådet: Ordna två möten om arbetsmarknaden för nätverket EURES.",
        "Ås-Dalby: Bygga företagsnätverk kring lokal mat och turism.",
    )
    _, names = compose(parse("Vilka gränskommittéer arbetar med lokal mat?"), supports, "sv")
    assert names == ["Ås-Dalby"]

"""How answers are put together from passages, on made-up documents (no model).

Each test builds passages the way indexing does (structure, sentences, owners) from a
short invented text, so the rules are checked on documents nordask has not seen.
"""

from __future__ import annotations

import pytest

from cited import one_chunk, sentence_at
from nordask.amounts import around, money_value, unit_note
from nordask.answer import compose
from nordask.cleaning import clean_text
from nordask.evidence import best_sentence, defines, rank_sentences
from nordask.ingest import chunk_document
from nordask.passages import Support, readable, window
from nordask.policy import _fact_missing, unnamed_person
from nordask.query import asked_phrase, parse, topic_words
from nordask.quotes import quote, quote_language, quoted_sentences
from nordask.records import Chunk, Document, TableRow
from nordask.settings import ChunkSettings
from nordask.structure import outline
from nordask.words import every_stopword


def test_a_title_line_above_a_heading_heads_the_group() -> None:
    text = (
        "Harbour Electrification\n\nThe project electrifies ferry quays in small harbours "
        "along the coast and trains the crews.\n\nOther projects on coastal transport\n\n"
        "Cold Climate Batteries\n\nA second project tests batteries for ferries in winter "
        "conditions in the north."
    )
    found = outline(text)
    assert found.section_at(text.index("A second project")) == (
        "Other projects on coastal transport › Cold Climate Batteries"
    )
    assert found.section_at(text.index("The project electrifies")) == "Harbour Electrification"


def test_a_neighbour_in_another_organisations_block_does_not_join() -> None:
    chunk = one_chunk(
        "Förslag till milstolpar: Konkretisera hur Harbour Alliance kan driva gröna "
        "drivmedel.\n\nUndersöka möjligheterna till en ny testbädd för vätgas.\n\n"
        "Fjordrådet: Myndigheterna ska dela information om miljöfrågor i regionen."
    )
    i = sentence_at(chunk, "testbädd")
    assert chunk.owners[i] is None and chunk.owners[i + 1] == "Fjordrådet"
    support = Support(1, chunk, i, 0.5)
    assert "Fjordrådet" not in window(support)
    first, last = quoted_sentences(chunk, i, parse("Vem ska undersöka en testbädd för vätgas?"))
    assert last == i  # the next organisation's opening line is not glued on
    assert first == i - 1  # the line naming who does it is


def test_a_term_in_brackets_after_what_it_names_is_defined_with_what_it_counts() -> None:
    chunk = one_chunk(
        "Harbours work with schools, firms and towns. Programmes that join all of these "
        "three partners (triple bond) are needed. Small harbours lack the staff."
    )
    i = sentence_at(chunk, "triple bond")
    start, end = chunk.sentences[i]
    assert defines(chunk.text[start:end], "triple bond")
    first, last = quoted_sentences(chunk, i, parse("What is meant by triple bond in the text?"))
    assert (first, last) == (i - 1, i)  # "these three partners" are listed before


def test_a_which_phrase_is_named_by_a_compound() -> None:
    first = one_chunk("Det finns en stor arbetspendling inom regionen, i både Sverige och Norge.")
    second = one_chunk(
        "Möjligheter för en gemensam investering i hotell vid nationalparker Fjellheim, "
        "Blåskog och Snøvidda."
    )
    intent = parse("Which national parks are mentioned for a joint hotel investment?")
    text, _ = compose(intent, [Support(1, first, 0, 0.6), Support(2, second, 0, 0.55)], "en")
    assert "Möjligheter för en gemensam investering" in text.split("\n")[0], text


def test_a_cell_of_partners_beside_a_line_is_not_quoted_with_it() -> None:
    chunk = one_chunk(
        "Undersøke hvordan eldre (65-80 år) kan mobiliseres som en ressurs i distriktene."
        "\n\nNordregio og TG og NORA og GK"
    )
    intent = parse("What age range of older people should be mobilised in rural areas?")
    text, _ = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert "65-80 år" in text and "og TG" not in text.split("\n")[0], text
    # Asked for, the partners are the answer.
    asked = parse("Which partners will study how older people can be mobilised?")
    text, _ = compose(asked, [Support(1, chunk, 0, 0.6)], "en")
    assert "Nordregio og TG og NORA og GK" in text, text


def test_topic_words_match_across_nordic_spellings_and_by_more_of_a_long_word() -> None:
    from nordask.passages import topic_hits

    chunk = one_chunk("Undersöka möjligheterna för en ny hamn. Understøtte den grønne omstilling.")
    asked = ["undersøge"]
    assert topic_hits(Support(1, chunk, 0, 0.5), asked) == 1
    assert topic_hits(Support(1, chunk, 1, 0.5), asked) == 0  # not "under-" alone
    assert topic_hits(Support(1, chunk, 1, 0.5), ["grøn"]) == 1


def test_of_sentences_as_much_on_topic_the_closer_one_leads() -> None:
    chunk = one_chunk(
        "Undersöka förutsättningarna för el i fiskehamnar. Konkretisera hur Fjordrådet kan "
        "driva frågan om gröna bränslen. Undersöka möjligheterna för en ny forskningshubb."
    )
    intent = parse("Hva vil Fjordrådet undersøke om strøm i havnene?")
    lead = Support(1, chunk, 1, 0.6, (0.5, 0.6, 0.4))
    text, _ = compose(intent, [lead], "en")
    assert "el i fiskehamnar" in text.split("\n")[0], text


def test_a_target_question_leads_with_the_line_that_labels_the_target() -> None:
    activity = one_chunk(
        "Fjordrådet: Implementera hamnchartern med målet att undanröja gränshinder."
    )
    follow_up = one_chunk(
        "Fjordrådet: Uppföljning av chartern vid en konferens.\n\nMål: tre lösta gränshinder."
    )
    intent = parse("What target does Fjordrådet set for its harbour charter?")
    supports = [Support(1, activity, 0, 0.6), Support(2, follow_up, 0, 0.5)]
    text, _ = compose(intent, supports, "en")
    assert "Mål: tre lösta gränshinder." in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("text", "question", "lead"),
    [
        # The sentence that speaks of the question's topic, not the one that repeats
        # its names.
        (
            "Harbour Link is a primary project within the Blue Growth focus area. Looking "
            "in, the way the project manages a group of 12 partners is inspiring. Looking "
            "out, upcoming events and demonstrations in Living Labs show its focus on ports.",
            "Where will Harbour Link hold its demonstrations?",
            "Looking out, upcoming events and demonstrations",
        ),
        # For "which X", the sentence that lists several things.
        (
            "Fjordrådet: Myndighetssamarbete mellan Sverige och Norge. Myndighetssamarbete "
            "inom hälsovård, räddningstjänst, fjällräddningen Nordby och polis. Detta skall "
            "ske genom nätverk, möten och kurser.",
            "Inom vilka områden vill Fjordrådet utveckla myndighetssamarbetet?",
            "Myndighetssamarbete inom hälsovård, räddningstjänst",
        ),
        # For a role, the sentence that states one, two sentences past a long lead.
        (
            "Fjordrådet: Näringsliv och offentlig sektor om hur samverkan och innovation kan "
            "förnya fisket och bidra till utveckling inom hav och digitalisering. Om de nya "
            "samhällsutmaningarna ska hanteras krävs ökad innovationsförmåga i fisket. "
            "Universiteten kan bidra. Det krävs helhetsgrepp där Fjordrådet kan fungera som "
            "samordnare.",
            "Vilken roll ser Fjordrådet för sig själv när fisket ska förnyas?",
            # "Det …" leans on the sentence before it, which is quoted with it.
            "Universiteten kan bidra. Det krävs helhetsgrepp där Fjordrådet kan fungera",
        ),
    ],
)
def test_the_lead_is_the_sentence_of_its_block_that_answers(text, question, lead) -> None:
    # Asked in the passage's language: its quote carries no language label.
    asked_in = "en" if question.startswith("Where") else "sv"
    answer, _ = compose(parse(question), [Support(1, one_chunk(text), 0, 0.6)], asked_in)
    assert answer.startswith(lead), answer


def test_a_passage_elsewhere_that_never_speaks_of_the_topic_names_no_project() -> None:
    plan = one_chunk("Fjordrådet deltar i elflygsprojektet HAVNFLY för regionala transporter.")
    text = "The thematic platforms\n\nThe regions cooperate within three platforms."
    platforms = one_chunk(text, "other.txt", "en", "Other")
    intent = parse("Which projects deal with electric aviation?")
    supports = [Support(1, plan, 0, 0.6), Support(2, platforms, 1, 0.59)]
    _, names = compose(intent, supports, "en")
    assert "The thematic platforms" not in names, names


def test_a_passage_ranked_first_elsewhere_names_no_project_when_closer_ones_name_some() -> None:
    # The other document's passage was retrieved first (n=1), the plan's sentence is the
    # closest: the title of a page on something else is no project of the plan's body.
    plan = one_chunk("Fjordrådet deltar i elflygsprojekten NORFLY och SKYHUB under perioden.")
    text = "Pilot for regional change\n\nThe region is one of five regions selected for a pilot."
    pilot = one_chunk(text, "other.txt", "en", "Other")
    intent = parse("Which electric aviation projects will the Fjord Council take part in?")
    supports = [Support(1, pilot, 1, 0.55), Support(2, plan, 0, 0.6)]
    _, names = compose(intent, supports, "en")
    assert names == ["NORFLY", "SKYHUB"], names


def test_a_counted_list_spread_over_paragraphs_is_quoted_item_by_item() -> None:
    chunk = one_chunk(
        "The harbour council has set up three working groups on ports.\n\nOne group is on "
        "shore power. For example, Nordby takes part.\n\nAnother is the fish quay group. "
        "Where, as an example, Sørby tests cranes.\n\nThe third group is about ferries."
    )
    intent = parse("Which three working groups has the harbour council set up?")
    text, _ = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    first = text.split("\n")[0]
    assert "One group is on shore power. … Another is the fish quay group. … The third" in first
    assert "Nordby" not in first  # the examples are left out


def test_a_sentence_that_names_its_project_is_not_filed_under_its_page_title() -> None:
    chunk = one_chunk(
        "Interreg collaboration around harbours\n\nThe HAVN project - Harbour learning is a "
        "project that the Region of Nordby takes part in to learn from other harbours."
    )
    intent = parse("Which project does Nordby take part in to learn from other harbours?")
    _, names = compose(intent, [Support(1, chunk, 1, 0.6)], "en")
    assert names == ["HAVN"]


def test_regions_of_a_year_come_from_its_line_and_countries_are_no_regions() -> None:
    best = one_chunk(
        "Fjordrådet: D2021: Samarbetsmöten mellan myndigheter från Sverige, Finland och Norge."
    )
    lower = one_chunk(
        "Fjordrådet: D2021: Start för tätare samverkan på regional nivå mellan Region Nordby "
        "och Havlands fylke."
    )
    intent = parse("Hvilke regioner skal starte tettere samarbeid på regionalt nivå i 2021?")
    supports = [Support(1, best, 0, 0.6), Support(2, lower, 0, 0.4)]
    _, names = compose(intent, supports, "en")
    assert names == ["Region Nordby", "Havlands fylke"]


def test_a_how_many_question_is_answered_by_the_indicator_line_of_the_block() -> None:
    chunk = one_chunk(
        "K.9.a. Samarbete mellan hamnarna\n\nFjordrådet: M2021-2024 Arrangera två årliga "
        "möten för hamnarna och myndigheterna.\n\nD: Antalet förfrågningar till "
        "hamnkontoret ökar.\n\nD: Antalet arrangerade hamnträffar; 12."
    )
    intent = parse("Hvor mange hamnträffar skal Fjordrådet arrangere?")
    best = sentence_at(chunk, "Arrangera två")
    text, _ = compose(intent, [Support(1, chunk, best, 0.6)], "en")
    assert text.startswith("Antalet arrangerade hamnträffar; 12."), text


def test_a_project_list_takes_every_cited_project_on_the_topic() -> None:
    projects = [
        ("Harbour Aquaculture Trends", "aquaculture trends"),
        ("Quay Lights", "lighting"),
        ("Ferry Timetables", "timetables"),
        ("Crew Training", "training"),
        ("Port Signage", "signage"),
        ("Aquaculture Markets of the North", "aquaculture markets"),
    ]
    supports = []
    for n, (title, topic) in enumerate(projects, start=1):
        text = f"{title}\n\nThe project studies {topic} in the harbours of the north."
        document = Document(doc=f"p{n}.txt", title="Projects", text=text)
        chunk = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})[0]
        supports.append(Support(n, chunk, 1, 0.7 - n / 100))
    _, names = compose(parse("Which projects deal with aquaculture?"), supports, "en")
    assert names == ["Harbour Aquaculture Trends", "Aquaculture Markets of the North"]


def test_a_list_whose_intro_a_close_sentence_speaks_of_answers_which() -> None:
    close = one_chunk(
        "Our presence will show how the joint challenges of the 14 harbour partners are "
        "addressed. The project is keen to share ideas."
    )
    listing = one_chunk(
        "The joint challenges are:\n\n• Quays are too short for ferries\n\n• Grid "
        "connections are weak\n\nThe approach is to connect the harbours better."
    )
    intent = parse("Hvilke fælles udfordringer har havnepartnerne?")
    supports = [Support(1, close, 0, 0.6), Support(2, listing, 3, 0.5)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("The joint challenges are: • Quays are too short"), text


def test_a_line_cut_off_by_a_column_does_not_read_as_prose() -> None:
    assert not readable("forskningsprosjekter og økt samarbeid mellom kommuner, regioner og om")
    assert readable("Forskningsprosjekter og økt samarbeid mellom kommuner og regioner.")
    assert readable("The committee meets four times a year in Tromsø")


def test_a_list_is_quoted_with_its_intro_and_items() -> None:
    chunk = one_chunk(
        "The harbour partners met in May.\n\nThe shared problems are:\n\n"
        "• Quays are too short for electric ferries\n\n• Grid connections are weak\n\n"
        "• Crews lack training.\n\nThe partners will meet again in June."
    )
    intent = parse("Which problems do the harbour partners share?")
    item = sentence_at(chunk, "Grid connections")
    first, last = quoted_sentences(chunk, item, intent)
    assert (first, last) == (sentence_at(chunk, "shared problems"), sentence_at(chunk, "Crews"))
    text, _ = compose(intent, [Support(1, chunk, item, 0.6)], "en")
    assert "The shared problems are: • Quays are too short" in text
    assert "• Crews lack training." in text


def test_a_project_list_comes_from_the_passages_on_the_topic() -> None:
    projects = one_chunk(
        "Harbour Electrification\n\nThe project electrifies ferry quays in small harbours "
        "and studies how Fjordlab's partners share the grid.\n\nCarbon in Bogs\n\n"
        "The project measures how much carbon restored peatlands store each year."
    )
    question = "Which of Fjordlab's projects deal with peatlands?"
    assert topic_words(question, every_stopword()) == ["peatlands"]
    intent = parse(question)
    electrification = Support(1, projects, sentence_at(projects, "electrifies"), 0.60)
    peat = Support(2, projects, sentence_at(projects, "measures"), 0.45)
    text, names = compose(intent, [electrification, peat], "en")
    assert names == ["Carbon in Bogs"]
    assert text.startswith("Carbon in Bogs [2].")


def test_without_a_definition_the_subjects_own_sentence_leads_not_a_question() -> None:
    chunk = one_chunk(
        "Harbour pooling as a funding model has spread along the coast since 2019.\n\n"
        "What is the added value of harbour pooling in small towns?"
    )
    intent = parse("What is harbour pooling?")
    scores = rank_sentences(chunk, [0.50, 0.66], intent)  # the question reads closer
    index, score = best_sentence(scores)
    assert index == 0
    text, _ = compose(intent, [Support(1, chunk, index, score)], "en")
    assert text.startswith("The corpus gives no definition of “harbour pooling”")
    assert "funding model has spread" in text


def test_a_goals_budget_row_gives_the_figure_first_and_explains_the_unit() -> None:
    chunk = one_chunk("MÅL 4: BEDRE HAVNE OG FÆRGER\n\nBudget 2 MSEK 1 MSEK 3 MSEK")
    row = TableRow(
        start=0,
        end=10,
        label="Budget",
        cells=(("Havne", "2 MSEK"), ("Færger", "1 MSEK")),
        total="3 MSEK",
        section="MÅL 4: BEDRE HAVNE OG FÆRGER",
        number=4,
    )
    text, _ = compose(
        parse("What is the budget for goal 4?"), [Support(1, chunk, 0, 0.5)], "en", [(1, row)]
    )
    assert text.startswith("Goal 4: 3 MSEK in total (Havne 2 MSEK, Færger 1 MSEK) [1].")
    assert "MSEK is million Swedish kronor." in text
    assert "From the “Budget” row of “MÅL 4: BEDRE HAVNE OG FÆRGER”." in text
    assert unit_note("Budget: 30 000 euro") == ""


def test_a_quote_leaves_out_its_blocks_opening_label_and_says_whose_it_is() -> None:
    chunk = one_chunk(
        "Fjordrådet (flyt til afsnit 2): Fjordrådet samler viden om havne og færger i "
        "hele regionen og deler den med kommunerne."
    )
    assert chunk.owners[0] == "Fjordrådet"
    text, _ = compose(
        parse("Who gathers knowledge about harbours?"), [Support(1, chunk, 0, 0.5)], "en"
    )
    assert "flyt til afsnit" not in text
    assert "Fjordrådet samler viden om havne" in text


def test_a_paragraph_without_a_title_is_named_by_its_closing_link() -> None:
    text = (
        "Projects on coastal transport\n\n"
        "Harbour Electrification\n\nThe project electrifies ferry quays in small harbours "
        "along the coast. Find out more about Harbour Electrification.\n\n\n"
        "The project compares how ports in three countries publish their tide data. "
        "Find out more about TIDEDATA NORD.\n\nCold Climate Batteries\n\n"
        "A second project tests batteries for ferries in winter conditions in the north."
    )
    found = outline(text)
    group = "Projects on coastal transport"
    assert found.section_at(text.index("The project compares")) == f"{group} › TIDEDATA NORD"
    assert found.section_at(text.index("The project electrifies")) == (
        f"{group} › Harbour Electrification"
    )
    chunk = one_chunk(text)
    intent = parse("Which project compares how ports publish tide data?")
    support = Support(1, chunk, sentence_at(chunk, "tide data"), 0.6)
    assert "Harbour Electrification" not in window(support)  # the link before is not its
    text, names = compose(intent, [support], "en")
    assert names == ["TIDEDATA NORD"]


def test_a_date_is_read_from_the_milestones_of_the_same_activity() -> None:
    chunk = one_chunk(
        "K.4.a. Samverkan kring besöksnäring\n\nFjordrådet avser att arbeta med hållbar "
        "turism i projekt för utveckling av besöksnäringen. Konceptet bygger på ny teknik "
        "och nya sätt att organisera upplevelser. Det går att överföra nyttan till annan "
        "service.\n\nMP2021: Förstudie för att analysera behov och planera insatserna. "
        "Ansökan insänd september 2020.\n\nMP2022: Uppstart av huvudprojektet."
    )
    intent = parse("When did Fjordrådet send in its pre-study application for tourism?")
    lead = sentence_at(chunk, "avser att arbeta")
    first, last = quoted_sentences(chunk, lead, intent)
    assert (first, last) == (lead, sentence_at(chunk, "september 2020"))


def test_how_often_is_answered_by_the_sentence_that_says_it() -> None:
    intent = parse("Vad gör Fjordrådets miljögrupp varje år?")
    assert (intent.subject, intent.period, intent.does) == ("Fjordrådets miljögrupp", "year", True)
    chunk = one_chunk(
        "Fjordrådet: Koordinering av arbetet i Fjordrådets miljögrupp som är ett "
        "samarbetsorgan för regionens myndigheter.\n\nMiljögruppen väljer årligen två "
        "teman och arrangerar ett seminarium kring varje tema."
    )
    support = Support(1, chunk, sentence_at(chunk, "Koordinering"), 0.6)
    text, _ = compose(intent, [support], "sv")  # asked in its language: no label
    assert text.startswith("Miljögruppen väljer årligen två teman")


def test_a_milestone_line_is_not_a_title() -> None:
    chunk = one_chunk(
        "Fjordrådet: Arbeta för att undanröja hinder för rörlighet över gränsen i "
        "regionen.\n\nM21-24 Identifiera 1-5 gränshinder per år\n\nM2022 Rapport till rådet"
    )
    intent = parse("How many border obstacles does Fjordrådet aim to identify each year?")
    support = Support(1, chunk, sentence_at(chunk, "Identifiera"), 0.6)
    text, _ = compose(intent, [support], "en")
    assert text.startswith("Identifiera 1-5 gränshinder per år")


def test_a_role_question_lists_the_names_that_hold_the_role() -> None:
    chunk = one_chunk(
        "Fjordkommittén har ett nära samarbete med Bergens Universitet och Havsinstituttet "
        "i regionen.\n\nFjordkommitténs medlemmar Norra Bergslagsregionen och Hamar "
        "Fylkeskommune har uttalat vikten av ett gott regionalt ledarskap."
    )
    intent = parse("Hvem er medlemmer af Fjordkomitéen?")
    supports = [
        Support(1, chunk, sentence_at(chunk, "nära samarbete"), 0.6),
        Support(2, chunk, sentence_at(chunk, "medlemmar"), 0.58),
    ]
    text, names = compose(intent, supports, "en")
    assert "Bergens Universitet" not in text.split("\n")[0]
    assert names == ["Norra Bergslagsregionen", "Hamar Fylkeskommune"]


def test_a_role_is_held_by_the_whole_list_that_follows_it() -> None:
    chunk = one_chunk(
        "Planen har flere udførende og budgetansvarlige for hver indsats (Fjordrådet, "
        "HAVN, grænsekomiteerne og temagrupperne). Den dækker flere år."
    )
    intent = parse("Hvem er udførende og budgetansvarlige i planen?")
    _, names = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert names == ["Fjordrådet", "HAVN", "grænsekomiteerne", "temagrupperne"]


def test_a_role_may_head_a_compound() -> None:
    chunk = one_chunk(
        "Fjordrådet: I Nordby har en omställning av pappersbruket inletts.\n\nExempel "
        "industriföretaget Fjordkraft som tagit steget mot en grön omställning."
    )
    intent = parse("Vilket företag lyfts fram som exempel på grön omställning?")
    supports = [Support(1, chunk, 0, 0.6), Support(2, chunk, 1, 0.58)]
    _, names = compose(intent, supports, "en")
    assert names == ["Fjordkraft"]  # not the council whose block it is


def test_a_how_many_question_leads_with_the_sentence_counting_what_it_asks() -> None:
    chunk = one_chunk(
        "Our presence at the harbour conference will give the participants a heads up on "
        "the project, and we will be available for discussions on how the joint challenges "
        "of the 14 partners in the project are addressed.\n\nThe project brings together a large "
        "group (14 partners from 5 countries) around electric ferries and quays."
    )
    intent = parse("How many partners and countries are involved in Harbour Link?")
    supports = [
        Support(1, chunk, sentence_at(chunk, "joint challenges"), 0.6),
        Support(2, chunk, sentence_at(chunk, "large group"), 0.58),
    ]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("The project brings together a large group (14 partners from 5")


def test_what_an_organisation_does_lists_the_activities_a_plan_names_it_with() -> None:
    text = (
        "G.1.a. Kartlegge grønne havner i regionen og dele erfaringer om landstrøm.\n\n"
        "Fjordlab og TG\n\n"
        "G.1.b. Undersøke hvordan ferjer kan gå på batteri i vinterforhold i nord.\n\n"
        "Fjordlab og NORA"
    )
    chunk = one_chunk(text)
    intent = parse("What does Fjordlab do?")
    cells = [i for i, (a, b) in enumerate(chunk.sentences) if "Fjordlab" in chunk.text[a:b]]
    supports = [Support(n, chunk, i, 0.5) for n, i in enumerate(cells, 1)]
    answer, _ = compose(intent, supports, "en")
    assert answer.startswith(
        "The corpus does not say what “Fjordlab” does. “Made up” lists Fjordlab with "
        "activities G.1.a, G.1.b [1][2]."
    )


def test_a_who_question_does_not_list_the_programme_beside_the_organisation() -> None:
    chunk = one_chunk(
        "Fjordrådet: Ansökan och uppstart av huvudprojekt (nya Havsprogrammet) för att "
        "införa elektriska färjor på båda sidor av gränsen."
    )
    intent = parse("Vem tänker söka pengar till ett huvudprojekt om elektriska färjor?")
    text, names = compose(intent, [Support(1, chunk, 0, 0.6)], "sv")
    assert names == ["Fjordrådet"]
    assert text.startswith("Fjordrådet [1].")


def test_a_quote_is_labelled_with_the_language_its_letters_show() -> None:
    assert quote_language("Arrangera själv 4 politikermöten", "no") == "sv"
    assert quote_language("Undersøke muligheter for å styrke mobilitet", "no") == "no"
    assert quote_language("The committee meets in Tromsø", "en") == "en"
    assert quote_language("Arbetet fortsätter", "sv") == "sv"
    danish = "Indsats vedrørende omstilling af lokalsamfund og byer i hele landet"
    assert quote_language(danish, "sv") in ("da", "no")
    # No telling letters: the stopwords only one language has tell ("af"; Norwegian "å").
    plain = "Den del af indholdet i matrixen, som er vedtaget af EK-R, står med normal skrift"
    assert quote_language(plain, "sv") == "da"
    assert quote_language("Budget 12,8 MDKK", "sv") == "sv"  # nothing tells
    assert quote_language("Kartlegge strategier for å mobilisere grupper", "sv") == "no"


def test_an_english_sentence_in_a_scandinavian_passage_is_labelled_english() -> None:
    summary = "The board met four times and approved the grants for all of the new projects."
    assert quote_language(summary, "da") == "en"
    assert quote_language(summary, "no") == "en"
    # And a Scandinavian sentence in a passage tagged English is not English.
    # Danish or Norwegian, which neither its letters nor its stopwords tell apart.
    styret = "Styret har vedtatt at søknadene skal behandles av sekretariatet"
    assert quote_language(styret, "en") == "da/no"
    assert quote_language("Styret har bestemt å ikke behandle søknadene", "en") == "no"
    assert (
        quote_language("Nämnden har beslutat att ansökningarna ska behandlas i maj", "en") == "sv"
    )
    # Names and figures alone do not make a sentence English.
    assert quote_language("Budget 12,8 MDKK", "da") == "da"


def test_an_acronym_is_answered_with_what_it_stands_for_where_a_passage_spells_it() -> None:
    chunk = one_chunk(
        "Harbour Link\n\nThe harbours work together on quays. Fjordby takes part in a "
        "project called HEF (Harbour Electrification for Fjords)."
    )
    intent = parse("What is HEF?")
    text, _ = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert text.startswith("HEF stands for “Harbour Electrification for Fjords”. Fjordby")


def test_a_which_question_leads_with_the_sentence_naming_what_it_asks_for() -> None:
    partnership = one_chunk(
        "This project aims to build a Nordic partnership of small harbours that want to "
        "cut their emissions by 2030.\n\nThe call, where the project was funded, was "
        "designed to turn strategies into action. The call for proposals: Blue Harbours & "
        "Clean Quays addressed two of the action areas of the programme."
    )
    intent = parse("Which call for proposals funded the harbour partnership?")
    aims = Support(1, partnership, sentence_at(partnership, "aims to build"), 0.6)
    text, _ = compose(intent, [aims], "en")
    assert text.startswith("The call for proposals: Blue Harbours & Clean Quays addressed")
    one_word = parse("Inom vilka områden vill hamnarna samarbeta?")
    assert asked_phrase(one_word.question, every_stopword()) == ["områden"]  # too weak a cue


def test_a_definition_from_passages_holding_only_codes_quotes_nothing_empty() -> None:
    chunk = one_chunk("T.4.a.\n\nT.4.b.")
    supports = [Support(n, chunk, i, 0.5) for n, i in ((1, 0), (2, 1))]
    text, _ = compose(parse("What is A?"), supports, "en")
    assert text == "The corpus gives no definition of “A”."


def test_a_bare_activity_code_is_quoted_with_the_line_it_opens() -> None:
    chunk = one_chunk(
        "T.4.a.\n\nUtreda hur små hamnar kan elektrifieras och dela erfarenheter om "
        "landström mellan hamnarna i regionen."
    )
    code = sentence_at(chunk, "T.4.a")
    text, _ = compose(parse("T.4.a?"), [Support(1, chunk, code, 0.5)], "sv")
    assert text.startswith("Utreda hur små hamnar kan elektrifieras")


def test_what_an_organisation_named_only_in_cells_is_says_what_it_is_listed_with() -> None:
    chunk = one_chunk(
        "G.1.a. Kartlegge grønne havner i regionen og dele erfaringer om landstrøm.\n\n"
        "Fjordlab og TG"
    )
    cell = sentence_at(chunk, "Fjordlab og TG")
    text, _ = compose(parse("What is Fjordlab?"), [Support(1, chunk, cell, 0.5)], "en")
    assert text == (
        "The corpus gives no definition of “Fjordlab”. “Made up” lists Fjordlab with "
        "activity G.1.a [1]."
    )


def test_what_an_activity_code_is_is_answered_by_its_line() -> None:
    chunk = one_chunk(
        "Fjordrådet ordnar möten om hamnar varje år.\n\nT.4.a.\n\nUtreda hur små hamnar kan "
        "elektrifieras och dela erfarenheter om landström mellan hamnarna i regionen."
    )
    support = Support(1, chunk, sentence_at(chunk, "ordnar möten"), 0.6)
    text, _ = compose(parse("What is T.4.a?"), [support], "sv")  # no language label
    assert text.startswith("Utreda hur små hamnar kan elektrifieras")


def test_a_project_title_of_up_to_twelve_words_names_the_project() -> None:
    title = "Blue Quays – Regional Policies towards Greening the Small Harbour Sector"
    chunk = one_chunk(
        f"Projects on coastal transport\n\n{title}\n\nThe Blue Quays project intends to "
        "address the issue of green harbours in order to reduce emissions in small ports "
        "and to cut the fuel costs of the ferries that call there every day of the year."
    )
    support = Support(1, chunk, sentence_at(chunk, "intends to"), 0.6)
    text, names = compose(parse("Which projects deal with harbours?"), [support], "en")
    assert names == [title] and text.startswith(f"{title} [1].")


def test_a_long_project_title_names_the_paragraph_under_it() -> None:
    """A name with a subtitle runs to 14 words, and the paragraph under it may be only
    half as long again: it is still that project's title, not part of the one above."""
    first = "Harbour Export Efforts"
    title = (
        "BLUE ESCAPE – Baltic Shrinking Harbour Areas Challenges, Actions and Perspectives "
        "for Coastal Governance"
    )
    chunk = one_chunk(
        f"{first}\n\nThe project follows the export efforts of harbour platforms in three "
        f"markets.\n\n{title}\n\nThis project will investigate the future of small shrinking "
        "harbours: trends, perspectives & new agendas for their governance. Find out "
        "more about the initiative."
    )
    support = Support(1, chunk, sentence_at(chunk, "will investigate"), 0.6)
    assert support.section == title


def test_a_definition_does_not_quote_a_table_header_as_what_the_corpus_says() -> None:
    chunk = one_chunk("Resultatmål GK-er Resultatmål TG\n\nØkonomi 2 MDKK 3 MDKK")
    support = Support(1, chunk, sentence_at(chunk, "Resultatmål"), 0.5)
    text, _ = compose(parse("What is TG?"), [support], "en")
    assert text == "The corpus gives no definition of “TG”."


def test_a_region_question_names_the_place_its_quote_names() -> None:
    chunk = one_chunk(
        "One platform is on ports. For example, the Nordhavn region takes part in Smart "
        "Quays.\n\nAnother is the Kelp-Farming platform. Where, as an example, Lofotland "
        "takes part in seaweed farming.\n\nThe third is about energy. For example, Ranvik "
        "and Solbakken take part in the Biogas project."
    )
    intent = parse("Which region takes part in the Kelp-Farming platform?")
    text, names = compose(
        intent, [Support(1, chunk, sentence_at(chunk, "Kelp-Farming"), 0.6)], "en"
    )
    assert names == ["Lofotland"]
    assert text.startswith("Lofotland [1].")


def test_every_name_of_the_first_passages_list_is_given() -> None:
    members = "Aland, Borland, Corland, Dorland, Elland, Forland, Gorland, Hoand, Iland and Joland"
    chunk = one_chunk(f"The Fjord Platform\n\nRegion {members} are members of the fjord platform.")
    other = one_chunk("Kelp Network\n\nMembers are Kland, Lland and Mland, as of this year.")
    intent = parse("Which regions are members of the fjord platform?")
    supports = [
        Support(1, chunk, sentence_at(chunk, "members of"), 0.6),
        Support(2, other, sentence_at(other, "Members are"), 0.58),
    ]
    _, names = compose(intent, supports, "en")
    assert names[:10] == ["Region Aland", *members.replace(" and", ",").split(", ")[1:]]
    assert "Kland" not in names


def test_a_cell_of_names_is_quoted_only_for_a_who_question() -> None:
    chunk = one_chunk(
        "S.10.d. Kartlegge grønne havner i regionen og dele erfaringer om landstrøm med "
        "kommunene.\n\nFjordinstituttet og TG og KYST og GK\n\nMålet er færre utslipp i havnene."
    )
    supports = [
        Support(1, chunk, sentence_at(chunk, "Målet er"), 0.6),
        Support(2, chunk, sentence_at(chunk, "og TG og"), 0.59),
    ]
    free, _ = compose(parse("Hva handler arbeidet med grønne havner om?"), supports, "no")
    who, _ = compose(parse("Hvem kartlegger grønne havner?"), supports, "no")
    _, projects = compose(parse("Which projects map green harbours?"), supports, "en")
    assert "TG og KYST" not in free
    assert "TG og KYST" in who
    assert "KYST" not in projects


@pytest.mark.parametrize(
    ("text", "question", "best", "lead"),
    [
        # Another sentence of the passage than its best one says it.
        (
            "Harbour Alliance\n\nThe Harbour Alliance promotes cleaner shipping through "
            "cooperation between ports in the north. The four working groups that have begun "
            "are: shore power, ferries, fuels and data.",
            "What are the four working groups of the Harbour Alliance?",
            "promotes",
            "The four working groups that have begun are: shore power",
        ),
        # The sentence opening with the subject's head, not its tail ("Harbour Links …").
        (
            "Harbour Links\n\nThe Harbour Links approach is to connect small ports with the "
            "shipping lines of the region. The joint problems are:\n\n• ports are too small"
            "\n\n• lines do not stop there",
            "What are the joint problems of the Harbour Links partners?",
            "approach",
            "The joint problems are: • ports are too small",
        ),
    ],
)
def test_the_definition_is_the_sentence_that_says_what_the_subject_is(
    text: str, question: str, best: str, lead: str
) -> None:
    chunk = one_chunk(text)
    answer, _ = compose(parse(question), [Support(1, chunk, sentence_at(chunk, best), 0.6)], "en")
    assert answer.startswith(lead), answer


def test_partners_are_read_where_the_named_project_is() -> None:
    plan = one_chunk(
        "Fjordrådet är medaktör i Bygga broar Interregprojektet under 2020-2022. Projektet ska "
        "skapa en gemensam arbetsmarknad i fjordregionen."
    )
    other = one_chunk(
        "Interreg collaboration\n\nThe Beyond Ports project aims to share harbour data. "
        "Swedish partner is Region Havland."
    )
    intent = parse("Who are the partners of the Bygga broar project?")
    supports = [
        Support(1, other, sentence_at(other, "Swedish partner"), 0.61),
        Support(2, plan, sentence_at(plan, "medaktör"), 0.6),
    ]
    _, names = compose(intent, supports, "en")
    assert names == ["Fjordrådet"]


def test_a_hyphenated_topic_word_is_matched_whole() -> None:
    trains = one_chunk("Fast Rail Links\n\nThe value of high-speed trains for small towns.")
    farms = one_chunk("Food platforms\n\nHere, Havland participates in high-tech farming.")
    intent = parse("Which projects deal with high-speed trains?")
    supports = [
        Support(1, trains, sentence_at(trains, "value"), 0.6),
        Support(2, farms, sentence_at(farms, "high-tech"), 0.59),
    ]
    _, names = compose(intent, supports, "en")
    assert names == ["Fast Rail Links"]


def test_a_when_question_finds_the_dateline() -> None:
    chunk = one_chunk(
        "Harbour Links at the Coast Forum\n\n12 May 2019 - Published by Kari Nordmann\n\n"
        "Our stand at the forum will show the project to the visitors. We will be there for "
        "talks on ports. This serves as an example for other groups.\n\nWhat is in it for "
        "the coast? Harbour Links is a main project within the Blue Growth focus area."
    )
    intent = parse("When was the Harbour Links article published?")
    text, _ = compose(intent, [Support(1, chunk, sentence_at(chunk, "main project"), 0.6)], "en")
    assert text.startswith("12 May 2019 - Published by Kari Nordmann"), text


def test_a_section_titled_by_the_subject_says_what_it_is_about() -> None:
    chunk = one_chunk(
        "HAVN – Green harbours in the north\n\nThe harbours in the north handle much of the "
        "region's fish and need shore power. Find out more about HAVN.\n\nOther projects\n\n"
        "Work packages are shared between the partners of the network."
    )
    intent = parse("What is HAVN?")
    supports = [
        Support(1, chunk, sentence_at(chunk, "Find out more"), 0.6),
        Support(2, chunk, sentence_at(chunk, "Work packages"), 0.55),
    ]
    text, _ = compose(intent, supports, "en")
    # The title's subtitle says what HAVN is: its first sentence answers, with no hedge.
    assert text.startswith("The harbours in the north handle much"), text
    assert "no definition" not in text


def test_a_table_row_beside_a_line_is_not_quoted_with_it() -> None:
    document = "\n\n".join(
        [
            "Fjordkommittén arbetar med gränshinder i regionen.",
            "M 21-24 Identifiera 1-5 gränshinder per år",
            "Økonomi 3,8 MDKK 0 MDKK 3,2 MDKK 7 MDKK",
        ]
    )
    chunk = one_chunk(document)
    assert chunk.rows, "the budget line is read as a table row"
    intent = parse("Hvem arbejder med grænsehindringer?")
    i = sentence_at(chunk, "Identifiera")
    first, last = quoted_sentences(chunk, i, intent)
    assert "MDKK" not in chunk.text[chunk.sentences[first][0] : chunk.sentences[last][1]]


def test_an_acronyms_plural_is_no_region() -> None:
    chunk = one_chunk(
        "Harbour Links\n\nThe Harbour Links approach is to connect the coast better and to "
        "broaden SMEs opportunities to take part in innovation."
    )
    intent = parse("Vilka regioner deltar i Harbour Links?")
    _, names = compose(intent, [Support(1, chunk, sentence_at(chunk, "approach"), 0.6)], "sv")
    assert "SMEs" not in names


def test_an_actor_named_after_the_place_asked_about_is_the_answer() -> None:
    chunk = one_chunk(
        "Fjordsundskommittén arbetar med arbetspendling över gränsen vid Fjordsund. "
        "Fjordsundskommitténs styrelse följer upp arbetet varje år."
    )
    supports = [Support(1, chunk, sentence_at(chunk, "arbetspendling"), 0.6)]
    _, by_place = compose(parse("Hvem arbejder med grænsependling ved Fjordsund?"), supports, "da")
    _, by_name = compose(parse("Who works with the Fjordsund Committee?"), supports, "en")
    assert by_place == ["Fjordsundskommittén"]  # its genitive is the same actor
    assert "Fjordsundskommittén" not in by_name


def test_the_milestone_line_of_the_year_asked_leads_with_its_code() -> None:
    chunk = one_chunk(
        "The harbour council will map how small ferry quays can share their chargers.\n\n"
        "M2022 Publish the map of the quays and their chargers for the whole coast.\n\n"
        "M23: Start a shared charging pilot in three of the mapped harbours."
    )
    intent = parse("What will the harbour council do in 2023?")
    scores = rank_sentences(chunk, [0.60, 0.58, 0.58], intent)
    index, score = best_sentence(scores)
    text, _ = compose(intent, [Support(1, chunk, index, score)], "en")
    # The short year of a milestone code dates its line; the code stays in the quote.
    assert text.startswith("M23: Start a shared charging pilot"), text
    # Asked about no year, the line is quoted without its code.
    plain = parse("What will the harbour council start?")
    text, _ = compose(plain, [Support(1, chunk, sentence_at(chunk, "M23"), 0.6)], "en")
    assert text.startswith("Start a shared charging pilot"), text


def test_one_shared_topic_word_does_not_make_another_projects_line_the_answer() -> None:
    """'udbuddet om cirkulære havne': a line that shares only 'cirkulær' is about something
    else; the best passage, in English, answers although it shares none of the words."""
    call = one_chunk(
        "The call for proposals: Circular Harbours addressed two of the four action areas "
        "of the Blue Transformation programme."
    )
    meeting = one_chunk(
        "Et møde om cirkulær økonomi og affald i kommunerne arrangeres af Miljørådet hvert år."
    )
    intent = parse("Hvilket program hører udbuddet om cirkulære havne under?")
    supports = [Support(1, call, 0, 0.55), Support(2, meeting, 0, 0.30)]
    text, _ = compose(intent, supports, "da")
    assert text.startswith("(English) The call for proposals: Circular Harbours"), text


@pytest.mark.parametrize(
    ("text", "subject", "defined"),
    [
        (
            "Det bästa verktyget är hamnprincipen som innebär att närmaste båt hjälper.",
            "hamnprincipen",
            True,
        ),
        ("The best tool is the harbour rule, which means the nearest boat helps.", "rule", True),
        ("Harbour pooling handlar om delade kajer för små hamnar.", "harbour pooling", True),
        ("Hamnrådet avser att arbeta med kajer.", "Hamnrådet", False),  # intends, defines not
        ("Vi använder hamnprincipen i tre hamnar.", "hamnprincipen", False),
    ],
)
def test_what_defines_a_term(text: str, subject: str, defined: bool) -> None:
    assert defines(text, subject) is defined


def test_a_line_of_a_neighbouring_column_glued_after_a_full_stop_is_not_quoted() -> None:
    glued = "Nyttan går att överföra till andra tjänster. nye måter å levere service på."
    assert quote(glued) == "Nyttan går att överföra till andra tjänster."
    # After a short word the full stop is an abbreviation, and the sentence goes on.
    kept = "Arrangera 6 st. evenemang och medverka bl.a. i utbildningar."
    assert quote(kept) == kept


def test_of_equally_close_passages_the_one_naming_the_questions_subject_leads() -> None:
    """Across languages no topic word is shared; the passage that names "Harbour Stars"
    answers what Harbour Stars promotes, not a list of another platform's members."""
    members = one_chunk(
        "Region Nordby, Sørby and Vestby are Swedish members of the harbour platform."
    )
    project = one_chunk(
        "The Harbour Stars project promotes partnerships in green shipping. Here, Nordby "
        "is participating."
    )
    intent = parse("Hvad fremmer Harbour Stars-projektet, og hvilken svensk region deltager?")
    supports = [Support(1, members, 0, 0.52), Support(2, project, 0, 0.50)]
    text, _ = compose(intent, supports, "da")
    assert text.startswith("(English) The Harbour Stars project promotes"), text


def test_a_person_is_named_with_the_role_asked_in_a_passage_about_the_subject() -> None:
    other = _doc_chunk(
        "seglarna.md",
        "Seglarförbundet Kust",
        "Förbundet samlar båtklubbar längs kusten. Ordförande för perioden 2023–2024 är "
        "Lars Ekman, hamnkapten i Grisslehamn. Vice ordförande är Eva Lind.",
    )
    own = _doc_chunk(
        "vandring.md",
        "Vandringsleder i fjällen",
        "Nätverket Vandringsleder i fjällen sköter ledernas skyltning. Dess samordnare är "
        "Sara Berg vid Krokoms kommun, och ordförande är Per Holm från Åre.",
    )
    supports = [Support(1, other, 1, 0.6), Support(2, own, 1, 0.55)]
    chair = parse("Vem är ordförande i nätverket Vandringsleder i fjällen?")
    text, _ = compose(chair, supports, "sv")
    assert text.startswith("Per Holm [2]")  # not the other network's chair
    text, _ = compose(parse("Vem är samordnare för Vandringsleder i fjällen?"), supports, "sv")
    assert text.startswith("Sara Berg [2]")
    text, _ = compose(parse("Vem är vice ordförande i Seglarförbundet Kust?"), supports, "sv")
    assert text.startswith("Eva Lind [1]")


def test_a_member_list_run_together_is_quoted_at_the_name_and_role() -> None:
    chunk = _doc_chunk(
        "protokoll.txt",
        "Protokoll Fjordgruppen",
        "Deltagere: Hanne Vik, Region Fjord (formand) Ole Dam, Region Fjord (sekretær) "
        "Ida Krog, Statistikkontoret Bo Lund, Havnen Aps Kim Sand, Kommunen Nord og flere "
        "andre deltagere fra de to regioner og fra kommunerne omkring fjorden.",
    )
    text, _ = compose(parse("Hvem er formand for Fjordgruppen?"), [Support(1, chunk, 0, 0.6)], "da")
    assert text.startswith("Hanne Vik [1]: “Hanne Vik, Region Fjord (formand)”")


def test_a_project_manager_question_asks_for_a_person() -> None:
    assert parse("Who was the project manager of the Harbour project?").kind == "person"
    assert parse("Vem är nätverkets samordnare?").kind == "person"
    assert parse("Hvem samordner alarmsentralene?").kind == "actor"  # a verb: body or person


def test_a_name_does_not_tell_the_language_of_a_quote() -> None:
    norwegian = "Koordinatoren var Jon Berg ved Region Västerås og kontoret i Göteborg."
    assert quote_language(norwegian, "no") == "no"
    assert quote_language("Även Region Västerås deltar i arbetet.", "no") == "sv"


def _titled(title: str, text: str) -> Chunk:
    document = Document(doc=f"{title}.txt", title=title, text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})
    assert len(chunks) == 1
    return chunks[0]


def test_a_budget_is_that_of_the_project_named_further_down_its_paragraph() -> None:
    lake = one_chunk(
        "ACMELAKE restores three shallow lakes near farmland. The county of Lundby leads "
        "it with two angling clubs. It runs from 2020 to 2022 with a budget of EUR 1.2 "
        "million.\n\nRIVERLINK maps small dams."
    )
    other = one_chunk("The average cost per pupil of the school trips was 4 300 kroner.")
    intent = parse("What is the budget of ACMELAKE?")
    supports = [Support(1, lake, 0, 0.5), Support(2, other, 0, 0.55)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("EUR 1.2 million"), text
    assert "4 300 kroner" not in text  # another project's figure is no evidence


def test_a_fee_is_read_in_the_document_that_the_question_names_by_its_title() -> None:
    statutes = "Fjordnett – statutes and questions"
    granted = _titled(statutes, "In 2023 the members were granted 40 million kronor in aid.")
    fee = _titled(statutes, "The yearly fee is 9 000 kronor plus 1 krone per inhabitant.")
    report = _titled("Youth jobs – final report", "The cost per participant was 30 500 kroner.")
    intent = parse("Hvad koster det at være medlem af Fjordnett?")
    supports = [Support(1, report, 0, 0.6), Support(2, granted, 0, 0.55), Support(3, fee, 0, 0.5)]
    text, _ = compose(intent, supports, "en")
    # Not another project's cost, nor the aid the network's members were granted.
    assert text.startswith("9 000 kronor, 1 krone"), text


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # A glossary line under the glossary's title, the term in another language.
        ("Vad är Havsrådet?", "Sea Council (Havsrådet) – A body of coastal towns that"),
        ("Hva er Fjordnett?", "Fjordnett – A network of harbour towns that share"),
        ("What is a host partner in a Nordplus project?", "Host partner – The school that"),
        # A term named by what precedes it.
        ("Hvad er en kystlods?", "Hver fisker fik en fast rådgiver, kaldet kystlods,"),
        # A term in two languages, either of them asked; a code with another language's
        # word for its kind ("B2-blankett" of "B2 form").
        ("Hva er en fjordpendler?", "- Fjordpendlare / fjordpendler – en person som"),
        ("What is a B2 form?", "- B2-blankett / B2-skjema – et skema, der viser"),
    ],
)
def test_a_glossary_line_or_a_term_called_so_defines_without_a_hedge(question, line) -> None:
    glossary = _titled(
        "Words of coastal cooperation",
        "Sea Council (Havsrådet) – A body of coastal towns that plans shared harbours.\n\n"
        "Fjordnett – A network of harbour towns that share ferries and pilots.\n\n"
        "Host partner – The school that receives the pupils and reports to the programme.\n\n"
        "Hver fisker fik en fast rådgiver, kaldet kystlods, som fulgte ham hele året.\n\n"
        "- Fjordpendlare / fjordpendler – en person som bor ved én fjord og arbejder ved en "
        "anden.\n\n"
        "- B2-blankett / B2-skjema – et skema, der viser, hvilket land der betaler "
        "sygedagpenge til en pendler.",
    )
    intent = parse(question)
    i = sentence_at(glossary, line[:20])
    text, _ = compose(intent, [Support(1, glossary, i, 0.6)], "en")
    assert line in text.split("\n")[0] and "no definition" not in text, text


def test_an_acronym_in_a_glossary_table_is_spelled_out_from_its_row() -> None:
    table = _titled(
        "Abbreviations",
        "| Abbreviation | Meaning | |---|---| | NV | Nordvik, the town | | FKS | Fjordens "
        "kystsamarbeid, the coastal forum of the four towns | | HB | Havnebyen |",
    )
    text, _ = compose(parse("What does FKS stand for?"), [Support(1, table, 0, 0.6)], "en")
    first = text.split("\n")[0]
    assert first.startswith("FKS stands for “Fjordens kystsamarbeid”. | FKS |"), text
    assert "Nordvik" not in first  # the row, not the whole table


def test_a_quote_reaching_both_sides_keeps_the_sentence_that_answers() -> None:
    chunk = one_chunk(
        "Ferries will sail at night from March. It was decided at the harbour meeting, "
        "which gathered some 140 skippers in Lundby. The meeting was held in the old "
        "ferry hall on 3 and 4 May."
    )
    i = sentence_at(chunk, "140 skippers")
    intent = parse("How many skippers came to the harbour meeting?")
    text, _ = compose(intent, [Support(1, chunk, i, 0.6)], "en")
    assert "140 skippers" in text.split("\n")[0] and " … " not in text, text


def test_a_chair_is_named_by_the_verb_or_a_clause_in_any_latin_letters() -> None:
    fjord = _doc_chunk(
        "fjord.md",
        "Fjord Council",
        "The call was run by the Nordic Fjord Working Group, which is chaired by Þóra "
        "Ólafsdóttir of the Icelandic Coast Agency. The vice-chair is Lars Ek.",
    )
    rail = _doc_chunk(
        "rail.md",
        "Nordic Rail Board",
        "The board meets twice a year. It is chaired by Anna Berg, director at Nordbanen.",
    )
    fund = _doc_chunk(
        "fond.txt",
        "Ny fond",
        "– Pengarna följer människorna, sa Eva Lund, konstnär från Pajala, som blir "
        "ordförande för fondens jury.",
    )
    supports = [Support(1, rail, 1, 0.6), Support(2, fjord, 0, 0.55), Support(3, fund, 0, 0.5)]
    text, _ = compose(parse("Who chairs the Nordic Fjord Working Group?"), supports, "en")
    assert text.startswith("Þóra Ólafsdóttir [2]")  # "Nordic" alone names no group
    text, _ = compose(parse("Vem är ordförande för fondens jury?"), supports, "sv")
    assert text.startswith("Eva Lund [3]")


def _doc_chunk(doc: str, title: str, text: str) -> Chunk:
    document = Document(doc=doc, title=title, text=text)
    chunks = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})
    assert len(chunks) == 1
    return chunks[0]


def test_a_deadline_is_the_day_its_document_gives_not_an_opening_line_or_another_fund() -> None:
    choir = _doc_chunk(
        "choir.txt",
        "Choir fund",
        "The Valley Choir Fund opens a call for singers. Applications close on 3 May 2027.",
    )
    ferry = _doc_chunk(
        "ferry.txt",
        "Ferry Link grants",
        "The Ferry Link grant scheme runs for the years 2026-2029 and was presented in the "
        "town hall. Grants go to small harbour towns with a ferry quay. A meeting for "
        "applicants is held on 2 February 2027. Applications must reach the board no later "
        "than 14 March 2027.",
    )
    supports = [
        Support(1, choir, 1, 0.7, (0.5, 0.7)),
        Support(2, ferry, 0, 0.6, (0.6, 0.3, 0.4, 0.4)),
    ]
    answer, _ = compose(parse("What is the deadline for Ferry Link grants?"), supports, "en")
    assert answer.splitlines()[0].startswith("Applications must reach the board no later than")


def test_a_news_items_byline_names_who_wrote_it() -> None:
    chunk = one_chunk(
        "Ny färja till ön\n\nAv Sara Lindqvist Publicerad 3 maj 2024 kl. 08.10\n\n"
        "Kommunen köper en eldriven färja som ska gå mellan hamnen och ön från hösten. "
        "Den nya färjan tar fyrtio bilar."
    )
    i = sentence_at(chunk, "eldriven")
    intent = parse("Vem har skrivit artikeln om den nya färjan?")
    assert intent.kind == "person"
    _, names = compose(intent, [Support(1, chunk, i, 0.6)], "sv")
    assert names == ["Sara Lindqvist"]


def test_how_much_one_can_apply_for_is_the_grant_not_the_whole_fund() -> None:
    chunk = one_chunk(
        "The Harbour Arts Fund holds 9 million kronor for 2025-2027 and was opened in the "
        "harbour hall. Choirs, theatres and single artists can apply for between 20 000 "
        "and 150 000 kronor. Each project needs a partner abroad."
    )
    supports = [Support(1, chunk, 0, 0.6, (0.6, 0.4, 0.2))]
    answer, _ = compose(
        parse("How much can one apply for from the Harbour Arts Fund?"), supports, "en"
    )
    assert answer.startswith("150 000 kronor")


def test_a_compound_leader_with_a_title_before_the_name_directs_it() -> None:
    chunk = one_chunk(
        "Hvem står bag stævnet?\n\nStævnet planlægges af Kystforbundet. Stævneleder er "
        "havnefoged Anders Vinther fra Grenå Havn. Han leder et sekretariat på fem personer."
    )
    i = sentence_at(chunk, "planlægges")
    intent = parse("Who is the event director of the coastal rally?")
    _, names = compose(intent, [Support(1, chunk, i, 0.6)], "en")
    assert names == ["Anders Vinther"]


def test_a_budget_is_read_in_the_paragraph_of_the_project_asked_about() -> None:
    # Each project's paragraph names it first and gives its budget last; the sentence
    # after one budget is the next project's name.
    chunk = one_chunk(
        "MOSSBED MOSSBED (Moss Beds for Cleaner Streams) plants moss in ditches. It runs "
        "from 2019 to 2021 with a budget of EUR 1.6 million.\n\nREEDWALL REEDWALL (Reed "
        "Walls for Lakes) replants reeds along six lakes. The project runs from 2020 to 2023 "
        "and has a budget of EUR 3.9 million."
    )
    first = sentence_at(chunk, "EUR 1.6 million")
    second = sentence_at(chunk, "EUR 3.9 million")
    intent = parse("How large is the budget of REEDWALL?")
    supports = [Support(1, chunk, first, 0.6), Support(2, chunk, second, 0.5)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("EUR 3.9 million"), text


def test_a_partners_share_is_the_figure_after_its_name_not_the_whole_fund() -> None:
    total = _titled("New fund for the fjords", "The Fjordlink fund holds EUR 9 million in all.")
    shares = _titled(
        "New fund for the fjords",
        "Agder Coast gives EUR 4 million, Vestland Harbour Board EUR 3 million and "
        "Telemark Shore EUR 2 million.",
    )
    intent = parse("How much does Vestland Harbour Board put into the Fjordlink fund?")
    supports = [Support(1, total, 0, 0.6), Support(2, shares, 0, 0.5)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("EUR 3 million"), text


def test_a_person_led_by_with_an_adverb_or_a_title_between_is_named() -> None:
    """ "Rådet ledes nå av …" and "ledes af docent …": the verb still names who leads."""
    chunk = _doc_chunk(
        "fjell.txt",
        "Fjellrådet",
        "Fjellrådet ble stiftet i 2015 for å samle turlagene. Rådet ledes nå av Berit Aune "
        "Halvorsen.",
    )
    text, _ = compose(parse("Who chairs Fjellrådet?"), [Support(1, chunk, 1, 0.6)], "en")
    assert text.startswith("Berit Aune Halvorsen [1]"), text
    chunk = _doc_chunk(
        "stier.txt",
        "Stier",
        "Studien om stier finansieres af fonden og ledes af docent Søren Krogh.",
    )
    text, _ = compose(parse("Hvem leder studien om stier?"), [Support(1, chunk, 0, 0.6)], "no")
    assert text.startswith("Søren Krogh [1]"), text


def test_led_by_of_another_named_body_names_no_chair_of_the_one_asked() -> None:
    """ "The FAG for route 2 is led by Ola Berg" names the FAG's leader, not the board's:
    a chair question about the board gets no person from it."""
    chunk = _doc_chunk(
        "ferje.md",
        "Ferjeplan",
        "The board prepares the annual meeting. The FAG for route 2 is led by Ola Berg, "
        "route 3 by Kari Dahl.",
    )
    intent = parse("Who chairs the board?")
    text, names = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert "Ola Berg" not in names, text
    # Nor does the body it names ("FAG"): the question is refused as naming no one.
    assert names == [] and unnamed_person(intent, names) is not None, text


def test_who_does_what_is_asked_is_the_actor_the_sentence_ties_to_it() -> None:
    """Not every name near the topic: the subject of the asked doing ("samordnar"), the
    one after a passive ("drivs … av"; "is led by"), or the block's owner."""
    chunk = _doc_chunk(
        "plan.txt",
        "Fjällplan",
        "Målet är snabbare räddning i fjällen. Region Fjällby arbetar med att samordna "
        "räddningscentralerna Nordlarm och Fjällcentralen så att ett larm når fram direkt. "
        "Nordlarm har funnits sedan 1998.",
    )
    question = parse("Hvem samordner redningssentralene i fjellet?")
    text, names = compose(question, [Support(1, chunk, 1, 0.6)], "no")
    assert text.startswith("Region Fjällby [1]: (Swedish) “Region Fjällby arbetar med att"), text
    assert names == ["Region Fjällby"]


def test_who_holds_it_in_the_year_asked_is_the_name_of_that_period() -> None:
    chunk = _doc_chunk(
        "styre.md",
        "Styret",
        "The board meets twice a year. Nordby kommune leads the board in 2024–2025 and "
        "Sørby kommune in 2026–2027.",
    )
    intent = parse("Which organisation leads the board in 2026?")
    text, _ = compose(intent, [Support(1, chunk, 1, 0.6)], "en")
    assert text.startswith("Sørby kommune [1]"), text


def test_which_body_asks_for_an_actor() -> None:
    assert parse("Hvilket organ har ansvaret for havnene?").kind == "actor"
    assert parse("Which body runs the ferry line?").kind == "actor"


def test_who_leads_the_group_of_a_goal_is_the_name_paired_with_that_goal() -> None:
    """ "The panel for goal 1 is chaired … led by A, goal 2 by B": the asked goal's name, also
    over the plan's list of who has activities under that goal."""
    from nordask.answer import Outline
    from nordask.overview import Goal

    chunk = _doc_chunk(
        "guide.md",
        "Guide",
        "Every goal has a working group. The group for goal 1 is led by Nordby kommune, "
        "goal 2 by Fjordhavn Energi, goal 3 by Sørby kommune and goal 4 by NORDLAB.",
    )
    supports = [Support(1, chunk, 0, 0.4)]
    intent = parse("Who leads the working group for goal 2?")
    assert intent.goal_topic == "owners"
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Fjordhavn Energi [1]"), text
    goal = Goal(2, "Goal 2: Energy", "", 0, None, [])
    text, names = compose(intent, supports, "en", outline=Outline("Plan", [(2, goal)]))
    assert text.startswith("Fjordhavn Energi [1]") and names == ["Fjordhavn Energi"], text


def test_which_project_an_actor_leads_is_the_item_its_lead_line_stands_under() -> None:
    """Not the projects it is only a partner in: the numbered item whose "Lead partner:"
    line names it (a catalogue as the loader gives a Markdown file)."""
    text = (
        "Ferry projects 2026\n\nFour ferry projects were funded this year.\n\n1. QUAYPOWER\n\n"
        "- Lead partner: Nordby Ferjer (Norway)\n- Partners: Fjordhavn Energi (Denmark)\n\n"
        "Shore power for two ferry quays.\n\n2. COLDBATT\n\n"
        "- Lead partner: Fjordhavn Energi (Denmark)\n- Partners: Nordby Ferjer (Norway)\n\n"
        "Batteries for ferries in winter.\n"
    )
    document = Document(doc="ferries.md", title="Ferry projects 2026", text=text)
    chunk = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})[0]
    intent = parse("Which ferry project is led by Fjordhavn Energi?")
    answer, names = compose(intent, [Support(1, chunk, 0, 0.5)], "en")
    assert answer.startswith("COLDBATT [1]"), answer
    assert names == ["COLDBATT"]


def test_who_hosts_it_names_both_hosts_of_the_subject() -> None:
    chunk = _doc_chunk(
        "nett.txt",
        "Nettverk",
        "Nordby universitet og Høyskolen på Fjellet er verter for Fjordnett og tar opp tre "
        "stipendiater hver.",
    )
    text, names = compose(
        parse("Which organisations host Fjordnett?"), [Support(1, chunk, 0, 0.5)], "en"
    )
    assert names == ["Nordby universitet", "Høyskolen på Fjellet"], text


def test_a_sentence_under_a_heading_of_the_doing_asked_says_who_did_it() -> None:
    """Across languages no topic word is shared; the heading "Evaluering" is what the
    question asks about."""
    top = _doc_chunk("rapport.txt", "Rapport", "Prosjektet ble ledet av Nordby kommune i tre år.")
    text = (
        "Sluttrapport\n\n1. Bakgrunn\n\nKursene startet i 2020.\n\n2. Evaluering\n\n"
        "Fjellby høgskole konkluderte i sin evaluering med at kursene virket."
    )
    document = Document(doc="rapport2.txt", title="Rapport", text=text)
    evaluated = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "no"})[0]
    last = len(evaluated.sentences) - 1
    supports = [Support(1, top, 0, 0.5), Support(2, evaluated, last, 0.4)]
    answer, _ = compose(parse("Who did the evaluation of the courses?"), supports, "en")
    assert answer.startswith("Fjellby høgskole [2]"), answer


def test_who_is_responsible_is_the_cell_of_the_responsible_column_in_the_row_asked() -> None:
    """A Markdown table as the chunker runs it into one line: the row that names what the
    question names, the column its doing heads."""
    text = (
        "Møder før øvelsen:\n\n| Møde | Dato | By | Ansvarlig | |---|---|---|---| "
        "| Startmøde | 3. marts 2027 | Aalborg | Nordby Brandvæsen | "
        "| Slutmøde | 9. juni 2027 | Bergen | Vestlandets kriseråd |"
    )
    document = Document(doc="moder.md", title="Møder", text=text)
    chunk = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "da"})[0]
    intent = parse("Hvem har ansvaret for slutmødet i Bergen?")
    answer, names = compose(intent, [Support(1, chunk, len(chunk.sentences) - 1, 0.5)], "no")
    assert answer.startswith("Vestlandets kriseråd [1]: (Danish) “Slutmøde | 9. juni 2027"), answer
    assert names == ["Vestlandets kriseråd"]


def test_who_leads_a_named_item_is_its_own_lead_line_whole() -> None:
    """The lead line under the asked item's heading, not the first one of the passage
    (another item's), and the label's whole value, a name in lower case too."""
    text = (
        "Ferry projects 2026\n\nFour ferry projects were funded this year.\n\n1. QUAYPOWER\n\n"
        "- Lead partner: Kystverket for Ferjedrift (Norway)\n\nShore power for two quays.\n\n"
        "2. COLDBATT\n\n- Lead partner: Fjordhavn Energilab (Denmark)\n\n"
        "Batteries for ferries in winter.\n"
    )
    document = Document(doc="ferries.md", title="Ferry projects 2026", text=text)
    chunk = chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})[0]
    supports = [Support(1, chunk, len(chunk.sentences) - 1, 0.5)]
    answer, _ = compose(parse("Vilken organisation leder projektet COLDBATT?"), supports, "sv")
    assert answer.startswith("Fjordhavn Energilab [1]"), answer
    answer, _ = compose(parse("Vilken organisation leder projektet QUAYPOWER?"), supports, "sv")
    assert answer.startswith("Kystverket for Ferjedrift [1]"), answer


def test_a_subject_with_its_acronym_is_named_whole() -> None:
    chunk = _doc_chunk(
        "ferje.txt",
        "Ferjer",
        "Nordisk ferjedata (NFD) utvikler den felles billettløsningen sammen med Fjordhavn.",
    )
    answer, _ = compose(parse("Hvem udvikler billetløsningen?"), [Support(1, chunk, 0, 0.5)], "da")
    assert answer.startswith("Nordisk ferjedata (NFD) [1]"), answer


def test_whom_to_contact_is_answered_by_the_sentence_giving_the_address() -> None:
    chunk = _doc_chunk(
        "ferje.txt",
        "Ferjesamarbeid",
        "Ferjesamarbeidet ledes av Nordby kommune og Fjordhavn Energi. Spørsmål om "
        "samarbeidet kan sendes til ferje@nordby.example.no eller telefon +47 22 33 44 55.",
    )
    intent = parse("Hvem kan jeg kontakte om ferjesamarbeidet?")
    answer, names = compose(intent, [Support(1, chunk, 0, 0.5)], "no")
    assert "ferje@nordby.example.no" in answer.split("\n")[0], answer  # not the two leaders
    assert names == []


def _table_chunk(markdown: str) -> Chunk:
    """A passage of a Markdown file holding a table, as the loader cleans it."""
    text = clean_text(markdown)
    document = Document(doc="towns.md", title="Harbour towns", text=text)
    return chunk_document(document, ChunkSettings(chunk_chars=1500), {text: "en"})[0]


TOWNS = (
    "Harbour towns of the alliance\n\n"
    "| Town | County | Inhabitants | Ferry operator |\n|---|---|---|---|\n"
    "| Nordvik | Vest | 4 120 | Kystbuss kommune |\n| Sørhamn | Øst | 9 875 | Fjordline kommune |\n"
)


def test_a_table_row_answers_alone_with_its_column_names() -> None:
    """A row is a record: no heading, its figure under its column a count (the cell first,
    tables.py), and the row under it (another town's) is not part of its answer."""
    chunk = _table_chunk(TOWNS)
    prose = one_chunk("The alliance has grown by 12 members since it was founded in the town hall.")
    i = sentence_at(chunk, "Nordvik")
    intent = parse("How many inhabitants does Nordvik have?")
    text, _ = compose(intent, [Support(1, chunk, i, 0.6), Support(2, prose, 0, 0.5)], "en")
    first, row = text.split("\n")[:2]
    assert first == "4 120 — “Nordvik”, “Inhabitants” [1]", text
    assert "Sørhamn" not in row


def test_a_name_in_the_next_row_of_a_table_is_not_this_rows() -> None:
    chunk = _table_chunk(TOWNS)
    i = sentence_at(chunk, "Sørhamn")
    text, _ = compose(
        parse("Which company runs the ferry of Sørhamn?"), [Support(1, chunk, i, 0.6)], "en"
    )
    assert "Fjordline kommune" in text.split("\n")[0] and "Kystbuss" not in text, text


def test_who_and_when_from_a_table_row_gives_the_row_beside_the_name() -> None:
    meetings = _table_chunk(
        "Meetings of the alliance\n\n| Meeting | Day | Host |\n|---|---|---|\n"
        "| Spring meeting | 4 March 2027 | Nordvik kommune |\n"
        "| Autumn meeting | 9 October 2027 | Sørhamn kommune |\n"
    )
    i = sentence_at(meetings, "Autumn")
    intent = parse("Who hosts the autumn meeting, and when is it held?")
    text, _ = compose(intent, [Support(1, meetings, i, 0.6)], "en")
    assert text.split("\n")[0] == (
        "Sørhamn kommune (“Host”); 9 October 2027 (“Day”) — “Autumn meeting” [1]"
    ), text


def test_a_short_names_full_name_set_beside_it_defines_it() -> None:
    """ "FERRYPASS, the Fjord Ferry Pass Scheme" gives what it stands for, though not
    letter by letter: no "no definition" before it."""
    chunk = one_chunk(
        "The main tool is FERRYPASS, the Fjord Ferry Pass Scheme, which lets a traveller "
        "use one card on every ferry of the four towns. It starts in spring."
    )
    text, _ = compose(parse("What does FERRYPASS stand for?"), [Support(1, chunk, 0, 0.6)], "en")
    assert "no definition" not in text and "the Fjord Ferry Pass Scheme" in text.split("\n")[0]


def test_a_record_title_passes_its_closeness_to_the_sentence_that_repeats_it() -> None:
    """Under "FJORDLINK", "FJORDLINK (Fjord Link …) connects …" is the evidence of a
    question close to the title, not another record's sentence; a topic heading over
    prose that does not repeat it passes nothing."""
    chunk = _doc_chunk(
        "ferries.txt",
        "Ferry projects",
        "Ferry projects\n\nThe page lists ferry projects.\n\nFJORDLINK\n\nFJORDLINK (Fjord Link "
        "for Island Commuters) connects four islands by electric ferry.\n\nWinter routes\n\n"
        "Two routes keep running when the sound freezes over.",
    )
    link = sentence_at(chunk, "connects four islands")
    winter = sentence_at(chunk, "Two routes")
    semantic = [0.3] * len(chunk.sentences)
    semantic[link - 1], semantic[winter - 1], semantic[winter] = 0.8, 0.9, 0.5
    scores = rank_sentences(chunk, semantic, parse("What is FJORDLINK?"))
    assert best_sentence(scores)[0] == link, scores
    assert scores[winter] < 0.8, scores


def _record_page() -> Chunk:
    """A saved web page of project records, each under its name, after the page's intro."""
    text = clean_text(
        "Coastal Harbour Fund\n\nCatalogue: Projects on coastal harbours\n\n"
        "This catalogue lists the projects on cleaner harbours funded in the coastal region.\n\n"
        "QUAYGREEN\nQUAYGREEN (Quay Greening for Small Harbours) planted salt meadows to keep "
        "silt and oil out of the harbour basins. The lead partner was the Northern Coast "
        "Research Institute (NCRI) in Vik. It ran for two years with EUR 0.9 million.\n\n"
        "TIDELOG\nTIDELOG (Tide Logging Network) put up tide gauges in twelve ports. Vik Port "
        "Authority led the work, on a budget of EUR 2.4 million.\n\n"
        "Kan vi vara med?\nKommuner kan vara med för 5 000 kronor per år."
    )
    return _doc_chunk("catalogue.txt", "Catalogue: Projects on coastal harbours", text)


def test_a_record_names_its_project_not_its_lead_partners_acronym_nor_the_page() -> None:
    chunk = _record_page()
    intent = parse("Which projects in the harbour catalogue keep silt and oil out of the basins?")
    support = Support(1, chunk, sentence_at(chunk, "planted salt meadows"), 0.6)
    text, names = compose(intent, [support], "en")
    assert names == ["QUAYGREEN"], text


def test_one_project_asked_is_the_numbered_record_the_closest_passage_is_in() -> None:
    text = clean_text(
        "Harbour projects 2026\n\n4. SALT MEADOW\n\nPlants salt meadows along the quays of "
        "three towns.\n\n- Lead partner: Vik Kystråd (Norway)\n\n5. NET MENDERS\n\nTurns "
        "worn fishing nets into rope for mooring lines.\n\n- Lead partner: Nordby Havn (Denmark)"
    )
    chunk = _doc_chunk("harbours.md", "Harbour projects 2026", text)
    supports = [
        Support(1, chunk, sentence_at(chunk, "Lead partner: Vik"), 0.50),
        Support(2, chunk, sentence_at(chunk, "worn fishing nets"), 0.55),
    ]
    intent = parse("Vilket hamnprojekt gör rep av gamla fiskenät?")
    assert intent.actor_kind == "project"
    answer, names = compose(intent, supports, "sv")
    assert names == ["NET MENDERS"], answer


def test_a_reports_numbered_chapter_far_from_the_question_names_no_project() -> None:
    report = _doc_chunk(
        "report.txt",
        "Harbour report",
        "Harbour report 2025\n\n3. RESULTS AND FINANCES\n\nThe total budget was 4 million kroner.",
    )
    news = _doc_chunk("news.txt", "News", "Tide gauges now stand in twelve small ports.")
    supports = [
        Support(1, report, sentence_at(report, "total budget"), 0.54),
        Support(2, news, 0, 0.55),
    ]
    answer, names = compose(parse("Hvilket prosjekt måler tidevannet i havnene?"), supports, "no")
    assert names == [], answer


def test_the_smallest_budget_is_the_record_stating_the_least_of_the_cited_records() -> None:
    chunk = _record_page()
    intent = parse("Vilket projekt i katalogen har den minsta budgeten?")
    assert intent.ranks_by_money
    supports = [
        Support(1, chunk, sentence_at(chunk, "5 000 kronor"), 0.6),
        Support(2, chunk, sentence_at(chunk, "tide gauges"), 0.5),
    ]
    text, names = compose(intent, supports, "sv")
    assert names == ["QUAYGREEN"], text
    assert text.startswith("QUAYGREEN [1]: EUR 0.9 million, the smallest amount of the 2 projects")
    largest, names = compose(parse("Which project has the largest budget?"), supports, "en")
    assert names == ["TIDELOG"], largest


def test_an_amounts_sum_applies_its_multiple() -> None:
    assert money_value("EUR 1.5 million") == 1_500_000
    assert money_value("EUR 310,000") == 310_000
    assert money_value("12,8 MDKK") == 12_800_000
    assert money_value("50 tusen kroner") == 50_000


def test_the_doing_after_a_light_verb_is_asked_and_its_subject_does_it() -> None:
    chunk = _doc_chunk(
        "plan.txt",
        "Harbour plan",
        "OPPFØLGING OG EVALUERING\n\nSekretariatet samler rapportene hvert halvår. "
        "Fjordforsk gjennomfører en uavhengig sluttevaluering i 2029.",
    )
    intent = parse("Who will carry out the independent external final evaluation of the plan?")
    supports = [Support(1, chunk, sentence_at(chunk, "samler"), 0.5)]
    text, names = compose(intent, supports, "en")
    assert names == ["Fjordforsk"], text


def test_partners_asked_are_the_items_under_the_partners_heading() -> None:
    text = clean_text(
        "HAVNELØFTET\n\n1. ORGANISERING\n\nVik kommune ledet prosjektet sammen med to "
        "andre.\n\n2. PARTNERE\n\nFølgende partnere deltok:\n\n- Vik kommune (hovedpartner)\n"
        "- Kystverket Nord\n- Fiskarlaget, avdeling Vest\n- Nordby Havn AS\n\n3. RESULTATER\n\n"
        "Kaiene ble bygget i 2024."
    )
    chunk = _doc_chunk("havn.txt", "Havneløftet", text)
    intent = parse("Which organisations were partners in the harbour project?")
    supports = [Support(1, chunk, sentence_at(chunk, "ledet prosjektet"), 0.5)]
    answer, names = compose(intent, supports, "en")
    assert names == ["Vik kommune", "Kystverket Nord", "Fiskarlaget", "Nordby Havn AS"], answer


def test_a_second_part_asking_who_leads_adds_the_records_sentence_that_says_it() -> None:
    text = clean_text(
        "Harbour records\n\nTIDELOG\nTIDELOG (Tide Logging Network) put up tide gauges in "
        "twelve ports along the northern coast and shares their readings openly with every "
        "harbour office in the region. The lead partner is Vik Port Authority, with three "
        "towns. It ran from 2021 to 2023."
    )
    chunk = _doc_chunk("records.txt", "Harbour records", text)
    intent = parse("Vad står förkortningen TIDELOG för och vem leder projektet?")
    supports = [Support(1, chunk, sentence_at(chunk, "tide gauges"), 0.6)]
    text, _ = compose(intent, supports, "sv")
    first = text.split("\n\n")[0]
    assert "Tide Logging Network" in first and "lead partner is Vik Port Authority" in first, text


def test_a_place_named_region_in_english_is_not_who_does_it() -> None:
    chunk = _doc_chunk(
        "youth.txt",
        "Youth",
        "Nordby University runs summer schools for pupils across the North Sea Region to bring "
        "young people into marine research.",
    )
    _, names = compose(parse("Who works with pupils?"), [Support(1, chunk, 0, 0.6)], "en")
    assert names == ["Nordby University"]


def test_topic_words_match_where_one_language_writes_e_for_another_ones_ae() -> None:
    from nordask.passages import topic_hits

    chunk = one_chunk("Reglerne for arbejde over grænsen ændres fra næste år.")
    assert topic_hits(Support(1, chunk, 0, 0.5), ["grensen", "endres"]) == 2  # Norwegian
    assert topic_hits(Support(1, chunk, 0, 0.5), ["gränsen"]) == 1  # Swedish, as before


def test_a_weaker_passage_naming_the_countries_does_not_outrank_the_one_on_topic() -> None:
    rule = _doc_chunk(
        "notes.txt",
        "Notes of the commuting group",
        "Etter den norsk-finske avtalen kan en grensearbeider jobbe opptil 25 prosent av "
        "arbeidstiden hjemme uten at skatten endres.",
    )
    count = _doc_chunk(
        "notes.txt",
        "Notes of the commuting group",
        "I fjor pendlet 900 personer fra Finland til arbeid i Norge, og 30 prosent av dem "
        "var under 30 år.",
    )
    supports = [Support(1, rule, 0, 0.6, (0.6,)), Support(2, count, 0, 0.45, (0.45,))]
    intent = parse(
        "Hur stor andel av arbetstiden kan en gränsarbetare mellan Norge och Finland arbeta "
        "hemifrån utan att skatten ändras?"
    )
    answer, _ = compose(intent, supports, "sv")
    assert "25 prosent" in answer.splitlines()[0], answer


def test_a_how_often_question_leads_with_the_frequency_of_the_body_it_names() -> None:
    chunk = one_chunk(
        "The harbour council was founded in 2019 by the four port towns of the northern coast "
        "and advises the audit board on port fees and quay investments. Its members are "
        "appointed by the town councils for a period of four years at a time. It gathers "
        "three times a year, once in each partner town.\n\n"
        "The audit board has five members and meets every month, mostly in the largest town."
    )
    intent = parse("How often does the harbour council gather?")
    supports = [
        Support(1, chunk, sentence_at(chunk, "was founded"), 0.6),
        Support(2, chunk, sentence_at(chunk, "audit board has"), 0.55),
    ]
    text, _ = compose(intent, supports, "en")
    assert "It gathers three times a year" in text.split("\n")[0]


def test_who_answers_for_a_goal_is_the_name_its_section_labels_responsible() -> None:
    """ "Ansvarlig: X" under the goal's heading says who answers for it, also when the
    question says what the goal is about after its number."""
    from nordask.answer import Outline
    from nordask.overview import Goal

    chunk = _doc_chunk(
        "plan.txt",
        "Plan",
        "1 Goals\n\n1.1 Goal 1 – Clean air in the valley\n\nAnsvarlig: Dalby kommune.\n\n"
        "Goal 1 measures soot at four schools and plants trees along the main road.\n\n"
        "1.2 Goal 2 – Quiet streets\n\nAnsvarlig: Nordvik Trafikk.\n\n"
        "Goal 2 lowers speed limits near homes and schools.",
    )
    supports = [Support(1, chunk, sentence_at(chunk, "lowers speed"), 0.5)]
    intent = parse("Hvem har ansvaret for mål 2 om stille gater?")
    assert intent.goal_topic == "owners"
    goal = Goal(2, "Goal 2 – Quiet streets", "", 0, None, [])
    text, names = compose(intent, supports, "no", outline=Outline("Plan", [(1, goal)]))
    assert text.startswith("Nordvik Trafikk [1]") and names == ["Nordvik Trafikk"], text


def test_a_how_often_lead_that_states_a_frequency_on_topic_stays() -> None:
    """Another paragraph's frequency ("trains its coaches every month") does not replace
    a lead that states one in a paragraph as much about what is asked."""
    lake = one_chunk(
        "The rowing club trains young people from the valley. It has forty members. "
        "Practice on the lake is held 2 times a week from May to September, with a coach "
        "in every boat, a safety boat close by and a warm meal in the boathouse afterwards."
    )
    coaches = one_chunk("The rowing club trains its coaches every month.")
    intent = parse("How often does the rowing club train?")
    supports = [
        Support(1, lake, sentence_at(lake, "Practice"), 0.6),
        Support(2, coaches, 0, 0.5),
    ]
    text, _ = compose(intent, supports, "en")
    assert "2 times a week" in text.split("\n")[0], text


def test_anything_about_x_for_y_leads_with_what_answers_x_not_what_names_y() -> None:
    """An FAQ's question passes its closeness to its answer, which speaks of the topic in
    other words; a subtitle naming only those the topic is narrowed to is not about it."""
    faq = one_chunk(
        "Hvad sker der, hvis jeg arbejder om natten på færgen? Arbejde mellem klokken 23 "
        "og 6 giver et tillæg på 30 procent af timelønnen."
    )
    guide = one_chunk("Vejledning og spørgsmål for færgeansatte mellem Fjordby og Havby.")
    intent = parse("Står der noget om natarbejde for færgeansatte?")
    faq_scores = rank_sentences(faq, [0.47, 0.36], intent)
    guide_scores = rank_sentences(guide, [0.52], intent)
    assert faq_scores[1] == pytest.approx(0.47)
    assert guide_scores[0] < faq_scores[1]
    supports = [Support(1, guide, 0, guide_scores[0]), Support(2, faq, 1, faq_scores[1])]
    text, _ = compose(intent, sorted(supports, key=lambda s: -s.score), "da")
    assert "Arbejde mellem klokken 23" in text.split("\n")[0], text
    # Asked of the topic alone, the FAQ's question passes nothing.
    assert rank_sentences(faq, [0.47, 0.36], parse("Hvad sker der om natten?"))[1] < 0.4


def test_a_bodys_leader_is_its_chair_and_the_deputy_is_not() -> None:
    """ "styrets leder", "leder i styret": the chair in other words; "Nestleder i styret"
    is the deputy."""
    chunk = _doc_chunk(
        "kystlag.txt",
        "Kystlaget",
        "Kystlaget samler fiskere fra tre kommuner. Nestleder i styret, Ola Strand, er "
        "fornøyd. – Vi må tenke nytt, sier styrets leder Kari Fjeld fra Hitra kommune.",
    )
    supports = [Support(1, chunk, 1, 0.6)]
    text, _ = compose(parse("Vem är ordförande i Kystlaget?"), supports, "sv")
    assert text.startswith("Kari Fjeld [1]"), text
    text, _ = compose(parse("Who chairs the board of Kystlaget?"), supports, "en")
    assert text.startswith("Kari Fjeld [1]"), text


def test_who_leads_a_work_is_the_one_its_heading_makes_responsible() -> None:
    """ "(ansvarlig: X)" after a work's heading says who leads it, not the bodies in a
    row of names below."""
    chunk = one_chunk(
        "2.3 Kystsikring og flom (ansvarlig: Havforskningsinstituttet)\n\nArbeidet kartlegger "
        "flomfare i tolv havner sammen med NVE, SMHI og DMI."
    )
    intent = parse("Hvem leder arbeidet med kystsikring?")
    text, names = compose(intent, [Support(1, chunk, 1, 0.6)], "en")
    assert text.startswith("Havforskningsinstituttet [1]"), text
    assert names == ["Havforskningsinstituttet"]


def test_who_leads_a_programme_is_said_by_its_passive_not_by_a_quoted_chair() -> None:
    chunk = _doc_chunk(
        "elv.txt",
        "Elverådet",
        "Elverådet står bak tiltaksplanen Ørretens vei. Planen ledes av Statsforvalteren i "
        "Nordland sammen med Länsstyrelsen i Norrbotten. – Vi må tenke helhet, sier rådets "
        "ordförande Nils Aspelund från Saltdal kommune.",
    )
    intent = parse("Vem leder planen Ørretens vei?")
    text, _ = compose(intent, [Support(1, chunk, 2, 0.6)], "sv")
    assert text.startswith("Statsforvalteren i Nordland [1]"), text


def test_who_led_an_evaluation_is_its_evaluation_leader_not_a_project_leader() -> None:
    chunk = _doc_chunk(
        "evaluering.txt",
        "Sluttrapport",
        "Rapporten er skrevet for Nordisk Ministerråd. Utvärderingsledare: Petra Nyqvist, "
        "Fjällanalys AB.\n\n2. Prosjektet Fjellmat\n\nFjellmat samlet seks gårder. "
        "Prosjektleder var Tor Haugen.",
    )
    intent = parse("Who led the evaluation of Fjellmat?")
    leader = sentence_at(chunk, "Prosjektleder")
    text, _ = compose(intent, [Support(1, chunk, leader, 0.6)], "en")
    assert text.startswith("Petra Nyqvist [1]"), text


def test_a_lead_partner_is_the_row_the_role_labels_not_a_project_leader() -> None:
    chunk = _doc_chunk(
        "klynge.txt",
        "Klyngerapport",
        "Prosjektleder var Tor Haugen. Han har ledet klyngen i tre år.\n\nKlyngen samlet "
        "tolv bedrifter.\n\n| Prosjekt | Fjellmat | Kystmat |\n|---|---|---|\n"
        "| Lead partner | Nordby kommune | Sørby kommune |",
    )
    intent = parse("Who was the lead partner of Fjellmat?")
    text, _ = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    # Which column is Fjellmat's is the table's to say; the row answers, the leader not.
    assert text.startswith("Nordby kommune [1]"), text
    assert "Tor Haugen" not in text.split("\n")[0], text


def test_a_role_no_passage_names_is_not_answered_by_the_bodies_near_it() -> None:
    """ "Who chairs the board of X" when X is only said to be owned and coordinated: the
    owner is no chair; the question is refused as naming no one."""
    chunk = _doc_chunk(
        "fjordsang.md",
        "Fjordsang",
        "Fjordsang is a choir programme owned by the Western Choir Association and "
        "coordinated by Liv Sandvik. It has a board of four members.",
    )
    intent = parse("Who chairs the board of Fjordsang?")
    _, names = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert names == []
    refusal = unnamed_person(intent, names)
    reason = "none of the closest passages names who chairs the board of Fjordsang"
    assert refusal and refusal.reason == reason


def test_a_chair_on_a_page_in_another_language_answers_for_the_documents_subject() -> None:
    """The English summary names the programme; the Swedish page naming its chair does
    not, and is still about it: the same document."""
    summary = _doc_chunk(
        "havsplan.txt", "Havsplan", "Sea Lanes is a Nordic programme for safer shipping lanes."
    )
    page = _doc_chunk(
        "havsplan.txt",
        "Havsplan",
        "Styrgruppen möts två gånger per år. Ordförande är Eva Sjöberg, Region Kalmar.",
    )
    chunks = [summary, page]
    intent = parse("Who chairs the steering group of Sea Lanes?")
    supports = [Support(1, chunks[0], 0, 0.6), Support(2, chunks[1], 1, 0.5)]
    text, _ = compose(intent, supports, "en")
    assert text.startswith("Eva Sjöberg [2]"), text


def test_a_project_leader_is_the_cell_of_the_project_asked_not_the_body_responsible() -> None:
    """A row labelled by the role, its cells by project ("Fjellmat: Tor Haugen"): the
    asked project's cell; "(ansvar: X)" says who is responsible, not who leads it."""
    chunk = _doc_chunk(
        "mat.md",
        "Matprosjekter",
        "Kystmat (ansvar: Sørby kommune)\n\n| Rolle | Fjellmat | Kystmat |\n|---|---|---|\n"
        "| Prosjektleder | Fjellmat: Tor Haugen | Kystmat: Eva Lie |",
    )
    intent = parse("Who is the project leader of Kystmat?")
    text, _ = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert text.startswith("Eva Lie [1]"), text


def test_a_byline_with_the_writers_role_names_who_wrote_it() -> None:
    chunk = one_chunk(
        "Ny ferje til øya\n\nAv Randi Holm, pressesjef\nPublisert 2. mai 2024\n\n"
        "Kommunen kjøper en elektrisk ferje som skal gå mellom havna og øya fra høsten."
    )
    i = sentence_at(chunk, "elektrisk ferje")
    intent = parse("Hvem skrev saken om den nye ferja?")
    text, names = compose(intent, [Support(1, chunk, i, 0.6)], "no")
    assert names == ["Randi Holm"], text


def test_a_body_that_chairs_a_council_is_named_by_the_councils_leader() -> None:
    chunk = _doc_chunk(
        "fjellrad.txt",
        "Fjellrådet",
        "Fjellrådet samler tolv kommuner. Rådets leder er Nordby kommune til 2027.",
    )
    text, _ = compose(parse("Who chairs Fjellrådet?"), [Support(1, chunk, 1, 0.6)], "en")
    assert text.startswith("Nordby kommune [1]"), text


def test_a_leader_under_another_projects_heading_is_not_the_asked_projects() -> None:
    """A catalogue names the asked project on one card and another project's leader on
    the next: the document speaks of the asked one, but that card's leader is not its."""
    kelp = _doc_chunk(
        "catalogue.txt",
        "Coastal projects",
        "KELPNET\n\nKELPNET replants kelp forests along rocky shores. The University of "
        "Bergen is lead partner, with two fish farms.",
    )
    wave = _doc_chunk(
        "catalogue.txt",
        "Coastal projects",
        "WAVEGUARD\n\nWAVEGUARD built green sea walls for small harbours. It was led by "
        "Nordvik Municipality, with partners in Skagen and Visby.",
    )
    intent = parse("Who leads KELPNET?")
    supports = [Support(1, kelp, 1, 0.6), Support(2, wave, 2, 0.3)]
    text, _ = compose(intent, supports, "en")
    assert "Nordvik" not in text.split("\n")[0], text


def test_a_question_in_two_parts_finds_the_money_a_paragraph_above_its_best_sentence() -> None:
    # A news item gives the programme's money first and its goal a paragraph below; the
    # best sentence answers the question's second part, another programme's its first.
    news = one_chunk(
        "The council backs the programme Ferries for the Skerries 2026–2030. It is led "
        "by the county and has a budget of 48 million kronor for the whole period.\n\n"
        "Today the islands are served by two old diesel boats. The aim is that six "
        "electric ferries sail between the skerries in 2030."
    )
    other = one_chunk("Sámi Voices 2030 is a language programme with a total of NOK 80 million.")
    question = "How much money does Ferries for the Skerries have, and how many ferries by 2030?"
    aim = Support(2, news, sentence_at(news, "six electric ferries"), 0.5)
    text, _ = compose(parse(question), [Support(1, other, 0, 0.55), aim], "en")
    assert text.startswith("48 million kronor"), text
    assert "48 million kronor" in around(aim, costs=True, question=question)
    assert "48 million kronor" not in around(aim, costs=True, question="How much money is it?")


def _roles_chunk() -> Chunk:
    """A network's page in other wording than any tester's: a deputy named first with an
    apposition, a chair, and a contact block of labels."""
    return _doc_chunk(
        "fjellnett.txt",
        "Fjellnettverket",
        "Fjellnettverket samler tolv fjellkommuner. Nestleder i nettverket, Siri Vang fra "
        "Tydal kommune, sier at arbeidet går godt. Rådets leder Per Dahl er enig.\n\n"
        "Kontakt oss\n\nSekretariatsleder: Lise Moen\nKasserer: Ove Berg\n"
        "Pressekontakt: Eli Rud, eli.rud@fjellnett.example\nDaglig leder: Knut Aas",
    )


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("Hvem er nestleder i Fjellnettverket?", "no", "Siri Vang"),
        ("Vem är vice ordförande för Fjellnettverket?", "sv", "Siri Vang"),
        ("Who is the deputy chair of Fjellnettverket?", "en", "Siri Vang"),
        ("Hvem er næstformand i Fjellnettverket?", "da", "Siri Vang"),
        ("Who chairs Fjellnettverket?", "en", "Per Dahl"),
        ("Who heads the secretariat of Fjellnettverket?", "en", "Lise Moen"),
        ("Hvem er sekretariatsleder i Fjellnettverket?", "no", "Lise Moen"),
        ("Vem är sekreterare i Fjellnettverket?", "sv", "Lise Moen"),
        ("Who is the treasurer of Fjellnettverket?", "en", "Ove Berg"),
        ("Vem är kassör i Fjellnettverket?", "sv", "Ove Berg"),
        ("Who is the press contact for Fjellnettverket?", "en", "Eli Rud"),
        ("Vem är presskontakt för Fjellnettverket?", "sv", "Eli Rud"),
        ("Hvem er daglig leder i Fjellnettverket?", "no", "Knut Aas"),
        ("Who is the director of Fjellnettverket?", "en", "Knut Aas"),
    ],
)
def test_each_office_is_answered_by_the_line_that_names_its_holder(
    question: str, lang: str, expected: str
) -> None:
    """Every common office in the four languages, stated as a label ("Kasserer: X"),
    a role with an apposition ("Nestleder i nettverket, X fra Y,") or before the name: the
    deputy is not the chair, nor the chair the deputy."""
    chunk = _roles_chunk()
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], lang)
    assert names[:1] == [expected], text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the board member from Sweden in Havlaget?", "Jon Eld"),
        ("Vem är projektledare för Havlaget?", "Mia Kvist"),
        ("Hvem er bestyrelsesmedlem i Havlaget?", "Jon Eld"),
        ("Who evaluated Havlaget as evaluator?", "Rut Lund"),
    ],
)
def test_a_role_after_the_name_or_in_a_row_names_its_holder(question: str, expected: str) -> None:
    """ "Name (role)" in a list of attendees, "Name, role, body", and a table row the role
    labels."""
    chunk = _doc_chunk(
        "havlaget.md",
        "Havlaget",
        "Havlaget er et samarbeid om kystfiske.\n\nTil stede: Jon Eld (styremedlem, "
        "Sverige), Rut Lund (evaluator), Ada Vik (sekretær).\n\n| Rolle | Navn |\n|---|---|\n"
        "| Projektledare | Mia Kvist |",
    )
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "en")
    assert names[:1] == [expected], text


@pytest.mark.parametrize(
    ("doc", "rows"),
    [
        (
            "referat.md",
            "| Navn | Virksomhet | Verv |\n|---|---|---|\n| Tor Hauge | Vestby kommune | Leder |\n"
            "| Eva Lind | Nordby region | Nestleder |\n"
            "| Kim Sand | Havby havn | Sekretær (uten stemme) |",
        ),
        # A PDF's table row: its cells on one line, no bar before the first.
        (
            "referat.txt",
            "Tor Hauge | Vestby kommune | Leder\nEva Lind | Nordby region | Nestleder\n"
            "Kim Sand | Havby havn | Sekretær (uten stemme)",
        ),
    ],
)
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is deputy chair of the Kystforum board?", "Eva Lind"),
        ("Vem är sekreterare i Kystforums styrelse?", "Kim Sand"),
    ],
)
def test_a_member_tables_row_names_who_holds_the_role_in_its_role_cell(
    doc: str, rows: str, question: str, expected: str
) -> None:
    """A table of members, one a row with the person in the first cell and the role in a
    later one: the row whose role cell is the role asked (a deputy, not the chair) names
    its holder."""
    chunk = _doc_chunk(doc, "Kystforum", f"Styremøte i Kystforum\n\nTil stede:\n\n{rows}")
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "en")
    assert names[:1] == [expected], text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hvem er forperson for Vadehavsudvalget?", "Ib Krogh"),
        ("Hvem er næstforpersonen i Vadehavsudvalget?", "Lea Holm"),
        ("Who is the deputy chair of Vadehavsudvalget?", "Lea Holm"),
    ],
)
def test_the_gender_neutral_danish_chair_and_deputy_are_roles(question: str, expected: str) -> None:
    """Danish "forperson" is a chair and "næstforperson" a deputy, as "formand" and
    "næstformand" are."""
    chunk = _doc_chunk(
        "udvalg.txt",
        "Vadehavsudvalget",
        "Vadehavsudvalget mødes fire gange om året. Udvalgets næstforperson er Lea Holm "
        "(Esbjerg Kommune), og forpersonen er Ib Krogh (Tønder Kommune).",
    )
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "da")
    assert names[:1] == [expected], text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who chairs the Fjord Council?", "Ole Dam"),
        ("Hvem er sekretariatsleder i Fjordrådet?", "Ida Brun"),
        ("Hvem leder sekretariatet i Fjordrådet?", "Ida Brun"),
    ],
)
def test_a_title_between_role_and_name_and_a_secretariat_led_by_its_head(
    question: str, expected: str
) -> None:
    """ "Rådets formand, borgmester X" names the chair with a title between; the one the
    secretariat "ledes af" is its head, not the council's chair, and answers who leads
    the secretariat."""
    chunk = _doc_chunk(
        "fjordraadet.txt",
        "Fjordrådet",
        "Fjord Council annual report. Rådets formand, borgmester Ole Dam (Fjordby Kommune), "
        "holdt fire møder i året. Sekretariatet ledes af sekretariatsleder Ida Brun.",
    )
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "en")
    assert names == [expected], text


def test_a_deputy_no_passage_names_is_refused_with_that_role() -> None:
    """Only the chair is named: the deputy is asked for, and nobody answers."""
    chunk = _doc_chunk(
        "elvlag.txt", "Elvlaget", "Elvlaget samler seks kommuner. Leder i styret er Pål Ness."
    )
    intent = parse("Hvem er nestleder i styret for Elvlaget?")
    _, names = compose(intent, [Support(1, chunk, 0, 0.6)], "no")
    assert names == []
    refusal = unnamed_person(intent, names)
    reason = "none of the closest passages names who is nestleder i styret for Elvlaget"
    assert refusal and refusal.reason == reason


def test_who_leads_a_council_is_not_the_head_of_its_secretariat() -> None:
    """ "Sekretariatsleder" leads the secretariat: a question for the council's leader
    is answered by its chair, on another page."""
    contact = _doc_chunk(
        "fjellrad.txt", "Fjellrådet", "Kontakt Nordre Fjellråd\n\nSekretariatsleder: Lise Moen"
    )
    news = _doc_chunk(
        "fjellrad.txt",
        "Fjellrådet",
        "Nordre Fjellråd vedtok planen i mai. – Nå starter arbeidet, sier rådets leder Per Dahl.",
    )
    supports = [Support(1, contact, 0, 0.6), Support(2, news, 1, 0.5)]
    text, names = compose(parse("Hvem er leder i Nordre Fjellråd?"), supports, "no")
    assert names[:1] == ["Per Dahl"], text


def test_a_label_in_a_contact_block_run_together_is_quoted_up_to_the_next_label() -> None:
    chunk = _doc_chunk(
        "fjellnett.txt",
        "Fjellnettverket",
        "Kontakt Fjellnettverket, Postboks 12, 7590 Tydal Sekretariatsleder: Lise Moen "
        "E-post: post@fjellnett.example Telefon: +47 73 00 00 00 Kasserer: Ove Berg, "
        "ove.berg@fjellnett.example",
    )
    supports = [Support(1, chunk, 0, 0.6)]
    text, _ = compose(parse("Who heads the secretariat of Fjellnettverket?"), supports, "en")
    assert text.split("\n")[0] == "Lise Moen [1]: “Sekretariatsleder: Lise Moen”", text
    text, _ = compose(parse("Who is the treasurer of Fjellnettverket?"), supports, "en")
    assert text.split("\n")[0] == "Ove Berg [1]: “Kasserer: Ove Berg, ove.berg@fjellnett.example”"


def test_a_reports_author_label_names_who_wrote_it() -> None:
    chunk = _doc_chunk(
        "fjellmat.txt",
        "Sluttrapport Fjellmat",
        "Sluttrapport for prosjektet Fjellmat\n\nUtarbeidet på oppdrag fra fylket.\n\n"
        "Forfatter: Tor Haugen, Fjellanalyse AS\n\nMedforfatter: Eva Lie",
    )
    intent = parse("Who wrote the final report on Fjellmat?")
    text, names = compose(intent, [Support(1, chunk, 0, 0.6)], "en")
    assert names[:2] == ["Tor Haugen", "Eva Lie"], text
    assert _fact_missing(intent, [chunk.text], [chunk.text], {}, [chunk.text]) is None


def test_of_two_prices_the_one_a_word_spelled_in_another_language_names_leads() -> None:
    chunk = one_chunk(
        "Nye takster for færgen\n\n"
        "En dagsbillet koster 40 DKK, og et månedskort til færgen 640 DKK fra 1. marts."
    )
    support = Support(1, chunk, sentence_at(chunk, "månedskort"), 0.6)
    text, _ = compose(parse("Vad kostar ett månadskort för färjan?"), [support], "sv")
    assert text.startswith("640 DKK")


def test_the_new_head_is_who_takes_up_the_post_not_who_leaves_it() -> None:
    """A news item names the head who retires with their role and the successor by the
    verb of taking over, with the day: the question for the new head asks for the latter."""
    chunk = _doc_chunk(
        "harbour-news.txt",
        "Harbour office gets a new head",
        "Harbour master Sven Dahl retires in April after twenty years. From 1 May 2026 "
        "Ingrid Falk takes over as head of the harbour office. Region Nord takes over the "
        "ferry contracts.",
    )
    for question in (
        "Who will be the new head of the harbour office, and from when?",
        "Vem blir ny chef för hamnkontoret?",
    ):
        text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "en")
        assert names == ["Ingrid Falk"], text
        assert "1 May 2026" in text.split("\n")[0], text
    swedish = _doc_chunk(
        "hamn.txt",
        "Hamnkontoret",
        "Hamnkontoret byter ledning. Från 1 maj tar Ingrid Falk över som chef efter Sven Dahl.",
    )
    text, names = compose(
        parse("Vem blir ny chef för hamnkontoret?"), [Support(1, swedish, 0, 0.6)], "sv"
    )
    assert names == ["Ingrid Falk"], text


def test_who_is_responsible_is_the_person_a_minutes_decision_line_names() -> None:
    """A minutes' item names the campaign in its discussion and who is responsible in its
    decision line, a paragraph later: that line answers, not the bodies the item names."""
    chunk = _doc_chunk(
        "minutes.txt",
        "Referat",
        "AD 4. KAMPAGNE\n\nHan foreslog en informationskampagne rettet mod nye pendlere.\n\n"
        "Beslutning: Region Nord og Grænsekontoret undersøger mulighederne for en kampagne i "
        "efteråret og melder tilbage på næste møde. Signe Bak er ansvarlig.\n\nAD 5. ANDET\n\n"
        "Næste møde afholdes i Lund.",
    )
    question = "Vem ansvarar för informationskampanjen riktad till nya pendlare?"
    text, names = compose(
        parse(question), [Support(1, chunk, sentence_at(chunk, "foreslog"), 0.6)], "sv"
    )
    assert names == ["Signe Bak"], text


def test_another_bodys_new_head_is_not_the_asked_ones() -> None:
    chunk = _doc_chunk(
        "ferry-news.txt",
        "Nordlys Ferries",
        "Nordlys Ferries adds two boats. From 1 June Per Holm takes over as head of Nordlys "
        "Ferries.",
    )
    asked = parse("Who is the new head of Nordlys Ferries?")
    _, names = compose(asked, [Support(1, chunk, 0, 0.6)], "en")
    assert names == ["Per Holm"]  # not "June Per Holm"
    question = "Who is the new head of the Skagen Harbour Office?"
    _, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "en")
    assert "Per Holm" not in names


def _vacancy_chunk() -> Chunk:
    """A job advert's contact block in other wording than any tester's: the employer's
    contacts with a title before each name, then the unions' contacts, each labelled by
    the union it stands for."""
    return _doc_chunk(
        "ledig.txt",
        "Ledig stilling som planlegger",
        "Søknadsfrist 1. mars.\n\nKontaktperson Avdelingsleder Siv Brekke, Nordfjell kommune, "
        "tlf. 900 11 222\n\nTillitsvalgte\n\nLærerlaget: Odd Hauge, tlf. 900 33 444\n"
        "Teknikerforbundet: Randi Moe, tlf. 900 55 666",
    )


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("Hvem er kontaktperson for Teknikerforbundet i denne ansettelsen?", "no", "Randi Moe"),
        ("Who is the union contact person for Lærerlaget?", "en", "Odd Hauge"),
        ("Hvem er kontaktperson for stillingen?", "no", "Siv Brekke"),
    ],
)
def test_a_contact_labelled_by_whom_they_stand_for_answers_for_it(
    question: str, lang: str, expected: str
) -> None:
    """A contact line labelled by an organisation the question names answers for it, not
    the employer's contact; the employer's contact is named without the title before it."""
    text, names = compose(parse(question), [Support(1, _vacancy_chunk(), 0, 0.6)], lang)
    assert names[:1] == [expected], text


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("Hvem er kontaktperson på finsk side for ungdomsutvekslingen?", "no", ["Ville Koski"]),
        ("Vem är kontaktperson på danska sidan för ungdomsutbytet?", "sv", ["Mette Dahl"]),
        ("Hvem er kontaktperson på islandsk side for ungdomsutvekslingen?", "no", []),
    ],
)
def test_a_contact_is_the_person_under_the_contact_heading_the_question_names(
    question: str, lang: str, expected: list[str]
) -> None:
    """A contact section names its contact by title ("Rådgiver X, Region Y"), not by the
    word contact: the one under the heading whose other words the question says; no one
    for a side no heading names."""
    chunk = _doc_chunk(
        "ungdom.txt",
        "Ungdomsutbyte",
        "Stöd till ungdomsutbyte över gränsen.\n\nKontakt på dansk side\n\nRådgiver Mette "
        "Dahl, Region Sydkyst, telefon 40 11 22 33.\n\nKontakt på finsk sida\n\nHandläggare "
        "Ville Koski, Landskapet Öst, telefon 040 123 4567.",
    )
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], lang)
    assert names[:1] == expected, text


def test_the_contact_under_the_heading_the_question_names_goes_before_another_contact() -> None:
    """ "Kontakt på dansk side" names the contact the question asks for, though a press
    contact named by the role word stands in the same passage."""
    chunk = _doc_chunk(
        "ungdom.txt",
        "Ungdomsutbyte",
        "Stöd till ungdomsutbyte över gränsen. Kontaktperson för pressen: Eli Rud, tlf. 900 "
        "99 000.\n\nKontakt på dansk side\n\nRådgiver Mette Dahl, Region Sydkyst, telefon 40 "
        "11 22 33.",
    )
    question = "Hvem er kontaktperson på dansk side for ungdomsutvekslingen?"
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "no")
    assert names[:1] == ["Mette Dahl"], text


def test_a_contact_named_by_its_role_goes_before_the_first_under_a_bare_heading() -> None:
    """Under a bare "Kontakt oss", the line that names the press contact by its role
    answers who it is, not the first person listed."""
    chunk = _doc_chunk(
        "fjordlag.txt",
        "Fjordlaget",
        "Fjordlaget samler båtforeninger langs fjorden.\n\nKontakt oss\n\nKnut Aas, tlf. 900 "
        "77 888\n\nPressekontakt: Eli Rud, tlf. 900 99 000",
    )
    question = "Who is the press contact of Fjordlaget?"
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], "en")
    assert names[:1] == ["Eli Rud"], text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hvem er prosjektleder for KYSTLYS?", "no"),
        ("Who is the project manager of KYSTLYS?", "en"),
    ],
)
def test_a_doctors_title_before_the_name_is_no_part_of_it(question: str, lang: str) -> None:
    chunk = _doc_chunk(
        "kystlys.md",
        "KYSTLYS",
        "KYSTLYS kartlegger lys fra fyr langs kysten.\n\nProsjektleder: dr. Ola Dahl, "
        "Fyrmuseet i Vik\n\nBudsjett: NOK 2 000 000",
    )
    text, names = compose(parse(question), [Support(1, chunk, 0, 0.6)], lang)
    assert names[:1] == ["Ola Dahl"], text


def test_a_short_list_a_question_asks_for_is_quoted_whole_each_item_to_its_end() -> None:
    items = [
        "appoints a shared harbour contact on each side of the strait and publishes it",
        "sets aside money for scaling up the shore power pilots after their first season",
        "demands a realistic risk plan for every quay with a long building time ahead",
        "measures the results for the ferry operators two years after the project ends",
        "coordinates the crew courses with the maritime schools in both coastal regions",
    ]
    listed = "".join(f"{n}. {item};\n\n" for n, item in enumerate(items, start=1))
    chunk = one_chunk(f"Findings\n\nWe recommend that the two port authorities:\n\n{listed}Terms")
    intent = parse("Which recommendations does the harbour review give?")
    item = sentence_at(chunk, "appoints a shared")
    text, _ = compose(intent, [Support(1, chunk, item, 0.6)], "en")
    lead = text.split("\n\n")[0]
    assert "ahead; 4. measures the results" in lead
    assert "5. coordinates the crew courses" in lead
    assert "…" not in lead


def test_a_quote_cut_short_does_not_end_on_the_next_items_number() -> None:
    text = "The group shall: " + " ".join(
        f"{n}. map the obstacles met by the commuters of region number {n} and report them;"
        for n in range(1, 6)
    )
    quoted = quote(text)
    assert quoted.endswith("report them …")
    assert not quoted.rstrip(" …").endswith(tuple(f" {n}." for n in range(1, 6)))
    # A count that ends a cut quote stays: "Antal möten: 24."
    counted = "Antal möten: 24. " + "Mötena hölls i båda länderna under hela året. " * 8
    assert "24." in quote(counted)


@pytest.mark.parametrize(
    ("question", "compared"),
    [
        ("What is the difference between goal 2 and goal 3?", (2, 3)),
        ("Hva er forskjellen mellom mål 3 og mål 2?", (3, 2)),
        ("Sammenlign mål 2, 3 og 5", (2, 3, 5)),
        ("Hur skiljer sig mål 2 och mål 3 åt?", (2, 3)),
        ("Hvordan skiller mål 3 seg fra mål 2?", (3, 2)),
        ("Who works on goal 2 versus goal 3?", ()),
        ("What are goals 2 and 3 about?", ()),
        ("What is the difference between goal 2 and the plan?", ()),
        ("How do goal 2 and goal 3 differ in budget?", ()),
    ],
)
def test_goals_asked_to_be_told_apart(question: str, compared: tuple[int, ...]) -> None:
    intent = parse(question)
    assert intent.compared_goals == compared
    assert (intent.goal_topic == "compare") == bool(compared)


def test_goals_told_apart_by_their_headings_one_after_the_other() -> None:
    """ "The difference between goal 2 and goal 5": each goal's heading in full says what
    it is for; a goal the plan lacks is said to be missing, not answered by a passage."""
    from nordask.answer import Outline
    from nordask.overview import Goal

    chunk = _doc_chunk("plan.txt", "Plan", "The ferries run every hour in summer.")
    energy = Goal(2, "Goal 2: Cheaper energy for island homes", "", 0, None, [])
    ports = Goal(3, "Goal 3: Safer ports for small boats", "", 0, None, [])
    intent = parse("What is the difference between goal 3 and goal 2, and goal 5?")
    text, names = compose(
        intent,
        [Support(1, chunk, 0, 0.4)],
        "en",
        outline=Outline("Plan", [(1, ports), (2, energy)]),
    )
    assert text.split("\n\n") == [
        "Goal 3: “Goal 3: Safer ports for small boats” [1]. "
        "The plan lists no numbered activities under it.",
        "Goal 2: “Goal 2: Cheaper energy for island homes” [2]. "
        "The plan lists no numbered activities under it.",
        "The plan has no goal 5.",
    ]
    assert names == []

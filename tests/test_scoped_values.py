"""What-is questions on one thing's property ("What is the phone number of the depot in
Nordvik?", "Hvad er åbningstiderne for kontoret i Sørlia?"): by their shape they ask a
value, not a definition; the line that names the thing and gives the property answers,
another thing's lines do not, and a contact the thing's own lines lack is refused (fake
embedder, no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cited import file_supports
from nordask.answer import compose
from nordask.attributes import asked_scoped, scope_lacks, scoped_value
from nordask.passages import Support
from nordask.policy import _fact_missing
from nordask.query import parse, states_contact
from nordask.quotes import fallback_quote

PAGE = (
    "Kontakt oss\n\n"
    "Lagerforeningen driver to lagre for medlemmene sine i fjellbygdene.\n\n"
    "Adresser og åpningstider\n\n"
    "Lageret i Nordvik (Norge) Strandgata 5, 8100 Nordvik\n\n"
    "Telefon: +47 755 10 200\n"
    "Åpningstider: mandag–torsdag 08.00–15.30\n\n"
    "Sommer (uke 27–31): mandag–fredag 09.00–12.00\n\n"
    "Lageret i Sørlia (Norge) Lia 2, 2400 Sørlia Åpningstider: tirsdag–fredag 10.00–14.00\n\n"
    "E-post: post@lager.example\n"
)


@pytest.fixture(scope="module")
def supports(tmp_path_factory: pytest.TempPathFactory) -> list[Support]:
    return file_supports(tmp_path_factory.mktemp("page"), "kontakt.txt", PAGE)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("What is the phone number of the depot in Nordvik?", "the depot in Nordvik"),
        ("Hvad er åbningstiderne for lageret i Sørlia?", "lageret i Sørlia"),
        ("Hva er besøksadressen til lageret i Nordvik?", "lageret i Nordvik"),
        # A term to define: nothing it is of, or no "the" and no definite form.
        ("Hva er Lagerlink?", None),
        ("What is the Depot Council?", None),
        ("What is a depot in Nordvik?", None),
    ],
)
def test_a_property_of_one_thing_is_asked_by_the_question_s_shape(
    question: str, thing: str | None
) -> None:
    scoped = asked_scoped(question, parse(question).subject)
    assert (scoped.thing if scoped else None) == thing


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        # Its label names the property, in a Danish spelling of the Norwegian label.
        ("Hvad er åbningstiderne for lageret i Sørlia?", "10.00–14.00", "08.00–15.30"),
        # The heading over the blocks of lines names it.
        ("Hva er adressen til lageret i Nordvik?", "Strandgata 5", "Lia 2"),
    ],
)
def test_the_line_of_the_thing_asked_gives_its_property(
    supports: list[Support], question: str, said: str, unsaid: str
) -> None:
    scoped = asked_scoped(question, parse(question).subject)
    assert scoped is not None
    line = scoped_value(scoped, supports)
    assert line is not None and said in line.text and unsaid not in line.text
    text, _ = compose(parse(question), supports, "no")
    first = text.split("\n")[0]
    assert said in first and "no definition" not in text, text
    assert "09.00–12.00" not in first  # Nordvik's summer hours, no heading of Sørlia's line


def test_another_thing_s_phone_number_in_the_passage_is_no_answer() -> None:
    texts = [PAGE.replace("\n\n", "\n")]
    phone = "phone number"
    question = "What is the phone number of the depot in Sørlia?"
    scoped = asked_scoped(question, parse(question).subject)
    assert scoped and scope_lacks(scoped, texts, lambda line: states_contact(line, phone))
    question = "What is the phone number of the depot in Nordvik?"
    scoped = asked_scoped(question, parse(question).subject)
    assert scoped and not scope_lacks(scoped, texts, lambda line: states_contact(line, phone))
    question = "What is the phone number of the depot in Sørlia?"
    refusal = _fact_missing(parse(question), texts, texts, {}, texts)
    assert refusal is not None and refusal.reason == (
        "no passage gives a phone number for the depot in Sørlia"
    )


TARIFF = (
    "# Gebyrer for lagerleie\n\n"
    "## 2. Leie per døgn\n\n"
    "Leien betales etter satsene nedenfor.\n\n"
    "| Lager | Over 30 dager (NOK) | 10–30 dager (NOK) | Nøkkeldepositum (NOK) |\n"
    "|---|---|---|---|\n"
    "| Nordvik | 85 | 120 | 300 |\n"
    "| Sørlia | 95 | 140 | 300 |\n"
)


def test_the_cell_of_the_thing_s_row_under_the_column_its_number_names(
    tmp_path: Path,
) -> None:
    supports = file_supports(tmp_path, "gebyrer.md", TARIFF)
    question = "What is the daily rent at the depot in Sørlia for more than 30 days?"
    text, _ = compose(parse(question), supports, "en")
    first = text.split("\n")[0]
    assert first.startswith("95 NOK") and "Over 30 dager" in first, text


def test_the_line_that_names_its_thing_is_quoted_without_its_section(
    supports: list[Support],
) -> None:
    question = "Hvad er åbningstiderne for lageret i Sørlia?"
    scoped = asked_scoped(question, parse(question).subject)
    line = scoped_value(scoped, supports) if scoped else None
    assert line is not None and line.section
    quoted = fallback_quote(line, parse(question), "no", line.text, sectioned=False)
    assert quoted == f"{line.text} [{line.n}]"


#: A mail thread: each reply quotes the one before, and each writer signs with their
#: contact lines; the quoted sender's header follows the replier's own signature.
THREAD = (
    "Hei Olav\n\n"
    "Vi sender budsjettet på fredag.\n\n"
    "Hilsen Tuva\n\n"
    "Tuva Eng Rasmussen Seniorkonsulent, Fjordbyen kommune Tlf. +45 71 20 33 90 · "
    "Mobil +45 40 11 82 17\n\n"
    "> Fra: Olav Brekke Lund <olav@elvdal.example.no> > Emne: Budsjett > > Hei Tuva, "
    "kan du sende budsjettet? > > Olav Brekke Lund > Rådgiver > Tlf. +47 61 14 22 08\n"
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The Swedish definite form drops an e: "telefonnumret".
        ("Vad är telefonnumret till Tuva Eng Rasmussen?", "+45 71 20 33 90"),
        ("Hva er telefonnummeret til Olav Brekke Lund?", "+47 61 14 22 08"),
        # The name in the Nordic genitive before what is asked of it.
        ("Hvad er Tuva Eng Rasmussens telefonnummer?", "+45 71 20 33 90"),
    ],
)
def test_a_person_s_signature_line_gives_their_phone_number_unlabelled(
    tmp_path: Path, question: str, said: str
) -> None:
    supports = file_supports(tmp_path, "traad.txt", THREAD)
    assert parse(question).kind == "definition"
    text, _ = compose(parse(question), supports, "no")
    assert said in text.split("\n")[0] and "no definition" not in text, text


def test_a_person_with_an_e_mail_address_alone_has_no_phone_number_to_give() -> None:
    mailed = "Spørsmål om budsjettet kan sendes til Ida Holm Ness på ida@fjordbyen.example.dk."
    texts = [mailed, THREAD]
    question = "Vad är telefonnumret till Ida Holm Ness?"
    refusal = _fact_missing(parse(question), texts, texts, {}, texts)
    assert refusal is not None and "phone number" in refusal.reason, refusal


#: A staff directory: each entry a line with the name and title, then its labelled
#: lines; one entry has an e-mail address and no phone number.
STAFF = (
    "Ansatte\n\n"
    "ØKONOMI OG DRIFT\n\n"
    "Eva Lind Rådgiver, innkjøp\n\n"
    "Avdeling: Drift, Nordvik\nTelefon: +47 755 10 211\nE-post: eva.lind@lager.example\n\n"
    "Tor Aas Regnskapsfører\n\n"
    "Avdeling: Økonomi, Sørlia\nTelefon: +47 755 10 214\nE-post: tor.aas@lager.example\n\n"
    "Siri Bø Lærling (våren 2027)\n\n"
    "Avdeling: Drift, Sørlia\nE-post: siri.bo@lager.example\n\n"
    "Jon Vik Lagersjef\n\n"
    "Avdeling: Drift, Nordvik\nTelefon: +47 755 10 219\n"
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the phone number of the accountant Tor Aas?", "+47 755 10 214"),
        ("Hva er telefonnummeret til rådgiveren Eva Lind?", "+47 755 10 211"),
    ],
)
def test_a_directory_entry_s_lines_under_the_name_give_its_phone_number(
    tmp_path: Path, question: str, said: str
) -> None:
    supports = file_supports(tmp_path, "ansatte.txt", STAFF)
    text, _ = compose(parse(question), supports, "no")
    assert said in text.split("\n")[0], text


def test_a_directory_entry_without_a_phone_number_is_not_given_the_next_one_s() -> None:
    texts = [STAFF.replace("\n\n", "\n")]
    question = "Hva er telefonnummeret til lærlingen Siri Bø?"
    refusal = _fact_missing(parse(question), texts, texts, {}, texts)
    assert refusal is not None and refusal.reason == (
        "no passage gives a phone number for Siri Bø"
    ), refusal


def test_a_named_person_s_entry_without_a_phone_number_is_refused_in_any_frame() -> None:
    texts = [STAFF.replace("\n\n", "\n")]
    question = "What is Siri Bø's phone number?"
    refusal = _fact_missing(parse(question), texts, texts, {}, texts)
    assert refusal is not None and "phone number for Siri" in refusal.reason, refusal
    question = "What is Tor Aas's phone number?"
    assert _fact_missing(parse(question), texts, texts, {}, texts) is None


def test_a_named_person_s_phone_number_is_read_from_their_entry_in_the_possessive(
    tmp_path: Path,
) -> None:
    supports = file_supports(tmp_path, "ansatte.txt", STAFF)
    question = "What is Tor Aas's phone number?"
    text, _ = compose(parse(question), supports, "en")
    assert "+47 755 10 214" in text.split("\n")[0], text

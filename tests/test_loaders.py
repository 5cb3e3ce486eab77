from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfWriter

from conftest import CORPUS, PDF
from nordask.cleaning import page_separator
from nordask.errors import CorpusError
from nordask.loaders import CorpusFile, LoadError, decode_text, discover, file_hash, load
from test_hardening_ingest import text_pdf


def _file(path: Path) -> CorpusFile:
    return CorpusFile(path, path.name, file_hash(path))


def test_pdf_keeps_pages_and_metadata_title() -> None:
    doc = load(_file(PDF))
    assert len(doc.page_starts) == 27
    assert doc.title == "Handlingsplan 2021-24 - regionalsektorens indspil"
    offset = doc.text.index("Mittnordenkommittén kommer under kommande programperiod")
    assert doc.page_at(offset) == 4


def test_pdf_running_header_and_footer_are_removed() -> None:
    doc = load(_file(PDF))
    assert "Regionalsektorens indspil til handlingsplan" not in doc.text
    assert "Side 3" not in doc.text
    # ... while the body text of the pages stays.
    assert "Kvarkenrådet kommer under perioden" in doc.text


def test_pdf_hyphenated_words_are_joined_but_suspended_compounds_kept() -> None:
    doc = load(_file(PDF))
    assert "Samarbejdspartnere" in doc.text
    assert "miljö- och naturvårdsmyndigheter" in doc.text


def test_a_word_a_table_column_broke_before_its_last_letter_is_whole_again() -> None:
    """pypdf gives "kompetensförsörjninge\nn i täta …" for a narrow table cell; one
    consonant opening a line is no word, so it finishes the word above it."""
    doc = load(_file(PDF))
    assert "underlätta kompetensförsörjningen i täta" in doc.text
    assert "Resultatmå l" not in doc.text


def test_a_sentence_a_page_break_cut_is_whole_again() -> None:
    """The plan's activity column runs on over the page: "G.1.d. Samle og" ends page 5 and
    "utvikle «best practice» …" opens page 6. A page that ends without a sentence's end
    and a next one that opens in lower case are one sentence; its page is where it starts."""
    doc = load(_file(PDF))
    offset = doc.text.index("G.1.d. Samle og utvikle «best practice»")
    assert doc.page_at(offset) == 5
    assert doc.page_at(doc.text.index("kunnskapsmiljøer i arbeidet med et grønt skifte")) == 6
    assert "Syftet är att öka ungdomarnas intresse" in doc.text  # pages 19 and 20
    # A page that ends a sentence, or a next one that opens a heading, stays apart.
    assert "Milstolpar & deliverables:\n\nM 5: Formulering" in doc.text


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("G.1.d. Samle og", "utvikle «best practice» av …", True),
        ("… biodiverse byer,", "lokalsamfund, regioner og …", True),
        ("… och samarbetet.", "hur kan en omställning …", False),
        ("Milstolpar & deliverables:", "m 5: Formulering …", False),
        ("… E12 Atlantica", "Transport pekat ut …", False),  # a capital may open anything
    ],
)
def test_pages_are_joined_inside_a_sentence_only(before: str, after: str, joined: bool) -> None:
    assert (page_separator(before, after) == " ") is joined


def test_a_letter_that_is_a_word_or_a_symbol_opens_its_own_line() -> None:
    from nordask.cleaning import join_hyphenation

    for text in ("rätt\ni hela", "hele\nø", "the value\nx is", "size\nn = 30", "item\nb) below"):
        assert join_hyphenation(text) == text


def test_text_title_falls_back_to_file_name() -> None:
    path = CORPUS / "nordregio-regional-innovation-projects.txt"
    assert load(_file(path)).title == "Nordregio regional innovation projects"


_HEADLINE = "Electric ferries cross the fjord from October"
_BODY = (
    "The county will run three electric ferries across the fjord from October, four times "
    "a day in each direction."
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # The headline over the text, with the paper's section above it and a byline below.
        (f"{_HEADLINE}\n\n", _HEADLINE),
        (
            f"Fjordposten – Transport\n\n{_HEADLINE}\n\nBy Ann Lee\nPublished 4 May 2024\n\n",
            _HEADLINE,
        ),
        # A name of two words, a run of short lines, prose: the file's name is the title.
        ("Ferry Lines\n\n", "Fjord news 2024"),
        ("Transport\n\nFerries\n\nElectric ferries cross the fjord\n\n", "Fjord news 2024"),
        ("", "Fjord news 2024"),
    ],
)
def test_a_text_files_headline_is_its_title(tmp_path: Path, head: str, title: str) -> None:
    path = tmp_path / "fjord-news-2024.txt"
    path.write_text(head + _BODY + "\n")
    assert load(_file(path)).title == title


_SAVED_PAGE = """Hopp til hovedinnhold
Kystvegrådet
Hjem
Om rådet
Prosjekter
Kontakt
Søk

Vi bruker informasjonskapsler for å telle besøk på nettstedet. Godta alle

Prosjekter langs kystvegen

Rådet driver to prosjekter for tryggere veger i år.

Rassikring Nord
Ansvarlig: Statens vegvesen
Tidsrom: 2025–2026
Budsjett: 14 millioner kroner
Nettet over vegen ved Skarvik byttes ut.
"""


def test_a_saved_page_loads_without_its_menu_and_with_its_label_lines(tmp_path: Path) -> None:
    path = tmp_path / "kystveg.txt"
    path.write_text(_SAVED_PAGE)
    doc = load(_file(path))
    assert doc.title == "Prosjekter langs kystvegen"
    assert doc.text.split("\n\n") == [
        "Prosjekter langs kystvegen",
        "Rådet driver to prosjekter for tryggere veger i år.",
        "Rassikring Nord",
        "Ansvarlig: Statens vegvesen\nTidsrom: 2025–2026\nBudsjett: 14 millioner kroner",
        "Nettet over vegen ved Skarvik byttes ut.",
    ]


def test_markdown_title_is_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Intro line\n\n# Grön omställning i Norden\n\nText om [länk](http://x).\n")
    doc = load(_file(path))
    assert doc.title == "Grön omställning i Norden"
    assert "Text om länk." in doc.text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_non_utf8_nordic_text_is_read_correctly(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "gammal.txt"
    path.write_bytes("Kvarkenrådet i Umeå och Vasa – grön omställning.".encode(encoding, "replace"))
    assert "Kvarkenrådet i Umeå" in load(_file(path)).text


def test_binary_file_is_refused() -> None:
    with pytest.raises(LoadError, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def _blank_pdf(path: Path, password: str | None = None) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if password:
        writer.encrypt(password)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("empty.pdf", lambda p: p.write_bytes(b""), "empty"),
        ("corrupt.pdf", lambda p: p.write_bytes(b"%PDF-1.7\nnot really a pdf"), "damaged|cannot"),
        ("truncated.pdf", lambda p: p.write_bytes(PDF.read_bytes()[:3000]), "damaged|cannot"),
        ("locked.pdf", lambda p: _blank_pdf(p, "secret"), "encrypted"),
        ("scan.pdf", lambda p: _blank_pdf(p), "no text layer.*OCR is not supported"),
        ("blob.txt", lambda p: p.write_bytes(bytes(range(256)) * 10), "binary"),
    ],
)
def test_bad_files_give_a_reason(tmp_path: Path, name: str, make, message: str) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(LoadError, match=message):
        load(_file(path))


def test_discover_skips_unknown_types_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "b.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text("x")
    files, skipped = discover(tmp_path)
    assert [f.doc for f in files] == ["a.txt"]
    assert skipped[0].doc == "b.docx" and "unsupported file type" in skipped[0].reason


def test_missing_corpus_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist.*--corpus"):
        discover(tmp_path / "nope")


@pytest.mark.parametrize("placeholder", ["untitled", "(anonymous)", "Microsoft Word - notat.docx"])
def test_a_pdf_writer_s_placeholder_title_gives_way_to_the_first_line(
    tmp_path: Path, placeholder: str
) -> None:
    path = tmp_path / "regnskap.pdf"
    text_pdf(path, "Fjellrådet Nord, årsregnskap 2040")
    writer = PdfWriter(clone_from=path)
    writer.add_metadata({"/Title": placeholder})
    writer.write(path)
    assert load(_file(path)).title == "Fjellrådet Nord, årsregnskap 2040"
    writer.add_metadata({"/Title": "Fjellrådet Nord: regnskap"})
    writer.write(path)
    assert load(_file(path)).title == "Fjellrådet Nord: regnskap"


def test_a_table_row_on_top_of_an_untitled_pdf_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "horingssvar-fjellvei.pdf"
    text_pdf(path, "Til: | Samferdselsdepartementet")
    writer = PdfWriter(clone_from=path)
    writer.add_metadata({"/Title": "untitled"})
    writer.write(path)
    assert load(_file(path)).title == "horingssvar-fjellvei"

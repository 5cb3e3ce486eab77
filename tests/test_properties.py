"""Property tests (Hypothesis) for the loaders, the cleaner and the chunker on random
bytes and random Unicode: no input may raise anything but `LoadError`, and what
comes out is safe to store and print and loses no text."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nordask.chunking import chunk_spans
from nordask.cleaning import _BULLET, clean_text, join_hyphenation, normalize_line, reflow
from nordask.ingest import chunk_document
from nordask.loaders import CorpusFile, LoadError, decode_text, display_name, load, source_path
from nordask.records import Document
from nordask.safe_text import clean_unicode, strip_controls
from nordask.settings import ChunkSettings

#: Any code point, lone surrogates and control characters included.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=400)
#: Prose-like text: words, punctuation that ends sentences, bullets and line breaks.
PROSE = st.lists(
    st.one_of(
        st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12),
        st.sampled_from([" ", " ", ". ", "! ", "? ", "\n", "\n\n", "- ", "1. ", "-\n", "\t"]),
    ),
    max_size=300,
).map("".join)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _safe(text: str) -> bool:
    """Storable as UTF-8 and printable without control characters."""
    text.encode("utf-8")
    return not CONTROL.search(text)


@SETTINGS
@given(st.binary(max_size=2000))
@example(b"\xff\xfe\x00\xd8")  # a UTF-16 mark before a lone surrogate
@example(b"\x1b]0;title\x07text")
def test_decode_text_returns_text_or_a_reason(data: bytes) -> None:
    try:
        text = decode_text(data)
    except LoadError:
        return
    assert isinstance(text, str)


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".pdf"]))
@example(b"%PDF-1.4\n1 0 obj<<>>endobj\nstartxref\n0\n%%EOF", ".pdf")
@example("# T\x1b[2J\n\nok \x9b31m".encode(), ".md")
def test_load_on_random_bytes_gives_a_clean_document_or_a_reason(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"random{suffix}"
        path.write_bytes(data)
        try:
            doc = load(CorpusFile(path, path.name, ""))
        except LoadError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
    assert doc.text and _safe(doc.text) and _safe(doc.title)
    assert "\ud800" not in doc.text


@SETTINGS
@given(ANY_TEXT)
def test_load_of_any_unicode_text_file_is_clean(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "any.md"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            doc = load(CorpusFile(path, path.name, ""))
        except LoadError:
            return
    assert _safe(doc.text) and _safe(doc.title)


@SETTINGS
@given(ANY_TEXT)
def test_strip_controls_leaves_no_control_and_is_idempotent(text: str) -> None:
    out = strip_controls(text)
    assert not CONTROL.search(out)
    assert strip_controls(out) == out
    if not CONTROL.search(text):
        assert out == text  # clean text is never touched
    clean_unicode(text).encode("utf-8")


def _reflow_before(lines: list[str]) -> str:
    """`reflow` as it was before it was made linear: the reference for its output."""
    text = join_hyphenation("\n".join(lines))
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        out: list[str] = []
        for line in block.split("\n"):
            line = normalize_line(line)
            if not line:
                continue
            if out and not _BULLET.match(line):
                out[-1] = f"{out[-1]} {line}"
            else:
                out.append(line)
        if out:
            paragraphs.append("\n".join(out))
    return "\n\n".join(paragraphs)


@SETTINGS
@given(st.one_of(PROSE, ANY_TEXT))
def test_linear_reflow_gives_what_the_quadratic_one_gave(text: str) -> None:
    lines = text.split("\n")
    assert reflow(lines) == _reflow_before(lines)


@SETTINGS
@given(st.one_of(PROSE, ANY_TEXT))
def test_clean_text_keeps_every_word_and_tidies_whitespace(text: str) -> None:
    out = clean_text(text)
    assert "\n\n\n" not in out
    assert all(line == line.strip() and "  " not in line for line in out.split("\n"))
    words = [w for w in re.findall(r"\w+", text) if w]
    # Hyphenation joins "Samar-\nbejde"; nothing else may lose a word.
    assert "".join(re.findall(r"\w+", out)) == "".join(words)


def _document(text: str) -> Document:
    return Document("random.txt", "Random", clean_text(clean_unicode(text)))


@SETTINGS
@given(st.one_of(PROSE, ANY_TEXT), st.integers(200, 1500), st.integers(0, 99))
def test_chunks_cover_the_text_within_bounds(text: str, size: int, overlap: int) -> None:
    doc = _document(text)
    chunking = ChunkSettings(chunk_chars=size, overlap_chars=min(overlap, size // 2 - 1))
    covered = [False] * len(doc.text)
    for sentences in chunk_spans(doc, chunking):
        start, end = sentences[0].start, sentences[-1].end
        assert 0 <= start < end <= len(doc.text)
        assert end - start <= chunking.chunk_chars
        for span in sentences:
            assert start <= span.start < span.end <= end
            covered[span.start : span.end] = [True] * (span.end - span.start)
    lost = [ch for ch, seen in zip(doc.text, covered, strict=True) if not seen and ch.strip()]
    assert not lost


@settings(max_examples=40, deadline=None)
@given(PROSE)
def test_chunk_document_tags_every_passage(text: str) -> None:
    doc = _document(text)
    for chunk in chunk_document(doc, ChunkSettings()):
        assert chunk.text == doc.text[chunk.start : chunk.end]
        assert chunk.lang and _safe(chunk.text)


@SETTINGS
@given(st.binary(min_size=1, max_size=60).filter(lambda b: b"/" not in b and b"\0" not in b))
def test_any_file_name_is_stored_printable_and_maps_back(name: bytes) -> None:
    if name in (b".", b".."):
        return
    shown = display_name(os.fsdecode(name))
    assert _safe(shown)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(os.fsencode(tmp), name)
        with open(path, "wb") as fh:
            fh.write(b"x")
        assert os.fsencode(source_path(Path(tmp), shown)) == path

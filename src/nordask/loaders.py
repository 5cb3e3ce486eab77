"""Find and load corpus files: PDF (page by page), plain text and Markdown.

A file that cannot be read becomes a `Skipped` record with a reason a user can
act on; it never stops the rest of the corpus from being indexed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from nordask.cleaning import clean_text, normalize_line, reflow, remove_running_lines
from nordask.errors import CorpusError
from nordask.furniture import drop_chrome_lines, strip_furniture
from nordask.records import Document, Skipped
from nordask.structure import separate_blocks

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
SUFFIXES = TEXT_SUFFIXES | {".pdf"}
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)")


class LoadError(Exception):
    """A file cannot be loaded; the message says why and what to do."""


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    doc: str  # path relative to the corpus folder, with forward slashes
    sha256: str


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def discover(corpus_dir: Path) -> tuple[list[CorpusFile], list[Skipped]]:
    """All indexable files under `corpus_dir`, sorted, plus the ones skipped by type."""
    if not corpus_dir.is_dir():
        hint = "it is a file, not a folder" if corpus_dir.exists() else "it does not exist"
        raise CorpusError(
            f"corpus folder '{corpus_dir}' cannot be used: {hint}. "
            "Pass --corpus DIR with a folder of PDF, .txt or .md files."
        )
    files: list[CorpusFile] = []
    skipped: list[Skipped] = []
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        doc = rel.as_posix()
        if path.suffix.lower() not in SUFFIXES:
            skipped.append(
                Skipped(
                    doc,
                    f"unsupported file type '{path.suffix or 'none'}': "
                    "convert it to PDF, .txt or .md to include it",
                )
            )
            continue
        files.append(CorpusFile(path, doc, file_hash(path)))
    return files, skipped


def load(file: CorpusFile) -> Document:
    """Load and clean one file. Raises `LoadError` with a user-facing reason."""
    if file.path.stat().st_size == 0:
        raise LoadError("the file is empty: add content or remove it")
    if file.path.suffix.lower() == ".pdf":
        return _load_pdf(file)
    return _load_text(file)


def _load_pdf(file: CorpusFile) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(file.path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("the PDF is encrypted: save an unencrypted copy (e.g. qpdf --decrypt)")
        raw_pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except LoadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(
            f"the PDF is damaged and cannot be read ({type(exc).__name__}): re-export or repair it"
        ) from exc
    except Exception as exc:  # pypdf raises many types on hostile input
        if "crypt" in str(exc).lower():
            raise LoadError("the PDF is encrypted: save an unencrypted copy") from exc
        raise LoadError(f"the PDF cannot be read ({exc}): re-export or repair it") from exc
    if not raw_pages:
        raise LoadError("the PDF has no pages")
    if not any(text.strip() for text in raw_pages):
        raise LoadError(
            "the PDF has no text layer (image-only); OCR is not supported: "
            "run it through an OCR tool such as ocrmypdf first"
        )
    line_pages = [[normalize_line(ln) for ln in text.split("\n")] for text in raw_pages]
    pages = [reflow(separate_blocks(lines)) for lines in remove_running_lines(line_pages)]
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page_text in pages:
        starts.append(offset)
        parts.append(page_text)
        offset += len(page_text) + 2
    text = "\n\n".join(parts)
    title = normalize_line(meta_title) or _first_line(text) or file.path.stem
    return Document(file.doc, title, text, tuple(starts))


def decode_text(data: bytes) -> str:
    """UTF-8 first; otherwise the Windows/Latin-1 encodings common for Nordic text."""
    if b"\x00" in data[:8192]:
        raise LoadError("the file looks binary, not text: convert it to .txt, .md or PDF")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")


def _load_text(file: CorpusFile) -> Document:
    raw = decode_text(file.path.read_bytes())
    control = sum(1 for ch in raw[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > 0.05 * min(len(raw), 4096):
        raise LoadError("the file looks binary, not text: convert it to .txt, .md or PDF")
    title = ""
    if file.path.suffix.lower() in {".md", ".markdown"}:
        heading = _MD_HEADING.search(raw)
        title = heading.group(1).strip() if heading else ""
        raw = _MD_HEADING.sub(r"\n\1\n", raw)  # a heading is a paragraph of its own
        raw = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", raw))
    text = strip_furniture(clean_text(drop_chrome_lines(raw)))
    if not text:
        raise LoadError("the file has no text: add content or remove it")
    return Document(file.doc, title or _title_from_name(file.path), text)


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= 120 else ""


def _title_from_name(path: Path) -> str:
    return path.stem.replace("-", " ").replace("_", " ").strip().capitalize()

"""Find and load corpus files: PDF (page by page), plain text and Markdown.

A file that cannot be read becomes a `Skipped` record with a reason a user can
act on; it never stops the rest of the corpus from being indexed.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import math
import os
import re
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from nordask.cleaning import (
    clean_text,
    normalize_line,
    page_separator,
    reflow,
    remove_running_lines,
    split_lines,
)
from nordask.errors import CorpusError
from nordask.furniture import drop_chrome_lines, strip_furniture
from nordask.pdflayout import LineCollector, has_paragraph_marks, laid_out, vocabulary
from nordask.records import Document, Skipped
from nordask.safe_text import clean_unicode, one_line
from nordask.settings import IngestSettings
from nordask.structure import headline, separate_blocks

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
SUFFIXES = TEXT_SUFFIXES | {".pdf"}
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|`)")
_ESCAPED_BYTE = re.compile(rb"\\x([0-9a-f]{2})")
#: A text file whose first `SNIFF_CHARS` characters are more than `MAX_CONTROL_SHARE`
#: control characters (other than line breaks, tabs and form feeds) is binary data that
#: happened to decode, not text: real text has next to none.
SNIFF_CHARS = 4096
MAX_CONTROL_SHARE = 0.05
#: A NUL byte this early means a binary file (text in UTF-16/32 has a byte order mark).
NUL_SNIFF_BYTES = 8192
#: Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class LoadError(Exception):
    """A file cannot be loaded; the message says why and what to do."""


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    doc: str  # path relative to the corpus folder, with forward slashes (see `display_name`)
    sha256: str
    size: int = 0


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def display_name(relative: str) -> str:
    """A file name as nordask stores and shows it: printable UTF-8.

    Bytes that are not UTF-8 (a name from an old Latin-1 system arrives as lone
    surrogates) and control characters become `\\xNN` escapes, and then so does a
    backslash, so that the name can be written to JSON, printed, and mapped back
    to the file (`source_path`). A plain name is kept as it is.
    """
    name = os.fsencode(relative).decode("utf-8", "surrogateescape")
    if not any(_is_control(ch) or "\udc80" <= ch <= "\udcff" for ch in name):
        return name
    return "".join(_escaped(ch) for ch in name)


def _escaped(ch: str) -> str:
    if "\udc80" <= ch <= "\udcff":  # an undecodable byte, as surrogateescape keeps it
        return f"\\x{ord(ch) - 0xDC00:02x}"
    if _is_control(ch) or ch == "\\":  # by its UTF-8 bytes, so that it maps back
        return "".join(f"\\x{byte:02x}" for byte in ch.encode("utf-8"))
    return ch


def _is_control(ch: str) -> bool:
    return ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F


def source_path(corpus_dir: Path, doc: str) -> Path:
    """The file behind a document name made by `display_name`."""
    plain = corpus_dir / doc
    if "\\x" not in doc or plain.exists():
        return plain
    raw = _ESCAPED_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]), doc.encode("utf-8"))
    return corpus_dir / os.fsdecode(raw)


def discover(
    corpus_dir: Path, ingest: IngestSettings | None = None
) -> tuple[list[CorpusFile], list[Skipped]]:
    """All indexable files under `corpus_dir`, sorted, plus the ones skipped, each with a
    reason: wrong type, too large, unreadable, a broken link, a link out of the folder,
    a folder that cannot be listed. Hidden files and folders are left out silently."""
    ingest = (ingest or IngestSettings()).resolved()
    if not corpus_dir.is_dir():
        hint = "it is a file, not a folder" if corpus_dir.exists() else "it does not exist"
        raise CorpusError(
            f"corpus folder '{corpus_dir}' cannot be used: {hint}. "
            "Pass --corpus DIR with a folder of PDF, .txt or .md files."
        )
    walk = _Walk(corpus_dir, ingest)
    walk.run()
    return sorted(walk.files, key=lambda f: f.doc), sorted(walk.skipped, key=lambda s: s.doc)


class _Walk:
    """One pass over the corpus folder (`os.walk`, so unreadable folders are reported)."""

    def __init__(self, corpus_dir: Path, ingest: IngestSettings) -> None:
        self.root = corpus_dir
        self.real_root = corpus_dir.resolve()
        self.ingest = ingest
        self.files: list[CorpusFile] = []
        self.skipped: list[Skipped] = []
        self._seen_dirs: set[tuple[int, int]] = set()

    def doc(self, path: Path) -> str:
        return display_name(path.relative_to(self.root).as_posix())

    def skip(self, path: Path, reason: str) -> None:
        self.skipped.append(Skipped(self.doc(path), reason))

    def run(self) -> None:
        def unreadable(exc: OSError) -> None:
            path = Path(exc.filename) if exc.filename else self.root
            if path == self.root:
                raise CorpusError(
                    f"corpus folder '{self.root}' cannot be read ({exc.strerror}). "
                    "Check its permissions."
                )
            self.skip(path, f"the folder cannot be read ({exc.strerror}): its files are left out")

        follow = self.ingest.follow_symlinks
        for top, dirs, names in os.walk(self.root, onerror=unreadable, followlinks=follow):
            folder = Path(top)
            dirs[:] = [d for d in sorted(dirs) if self._enter(folder / d)]
            for name in sorted(names):
                if not name.startswith("."):
                    self._consider(folder / name)

    def _enter(self, path: Path) -> bool:
        if path.name.startswith("."):
            return False
        if path.is_symlink():
            reason = self._link_problem(path)
            if reason:
                self.skip(path, reason)
                return False
            if self._inside(path.resolve()):
                return False  # its files are indexed under their own path
        try:
            info = path.stat()
        except OSError:
            return True  # os.walk reports it through `unreadable`
        key = (info.st_dev, info.st_ino)
        if key in self._seen_dirs:
            return False  # a link loop, or a second link to the same folder
        self._seen_dirs.add(key)
        return True

    def _link_problem(self, path: Path) -> str | None:
        """Why a symbolic link is not followed, or None."""
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            shown = display_name(os.readlink(path))
            return f"it is a broken link (its target '{shown}' does not exist or loops)"
        if not self._inside(target) and not self.ingest.follow_symlinks:
            return (
                f"it is a link to '{display_name(str(target))}', outside the corpus folder: "
                "pass --follow-symlinks to include it"
            )
        return None

    def _inside(self, target: Path) -> bool:
        return target == self.real_root or self.real_root in target.parents

    def _consider(self, path: Path) -> None:
        if path.is_symlink():
            reason = self._link_problem(path)
            if reason:
                self.skip(path, reason)
                return
        try:
            info = path.stat()
        except OSError as exc:
            self.skip(path, f"the file cannot be read ({exc.strerror})")
            return
        if not stat.S_ISREG(info.st_mode):
            self.skip(path, f"it is {_kind(info.st_mode)}, not a regular file")
            return
        if path.suffix.lower() not in SUFFIXES:
            self.skip(
                path,
                f"unsupported file type '{path.suffix or 'none'}': "
                "convert it to PDF, .txt or .md to include it",
            )
            return
        limit = self.ingest.max_file_mb * 1_000_000
        if info.st_size > limit:
            self.skip(
                path,
                f"the file is {info.st_size / 1e6:,.1f} MB, over the "
                f"{self.ingest.max_file_mb:g} MB limit: pass --max-file-mb "
                f"{math.ceil(info.st_size / 1e6)} (or set NORDASK_MAX_FILE_MB) to include it",
            )
            return
        try:
            digest = file_hash(path)
        except OSError as exc:
            self.skip(path, f"the file cannot be read ({exc.strerror}): check its permissions")
            return
        self.files.append(CorpusFile(path, self.doc(path), digest, info.st_size))


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def load(file: CorpusFile) -> Document:
    """Load and clean one file. Raises `LoadError` with a user-facing reason."""
    try:
        if file.path.stat().st_size == 0:
            raise LoadError("the file is empty: add content or remove it")
        if file.path.suffix.lower() == ".pdf":
            return _load_pdf(file)
        return _load_text(file)
    except OSError as exc:
        raise LoadError(f"the file cannot be read ({exc.strerror or exc})") from exc


@contextmanager
def _pypdf_warnings() -> Iterator[list[str]]:
    """Collect what pypdf logs while it reads one file, instead of printing it: its
    multi-line warnings become part of the one-line reason when the file fails."""
    logger = logging.getLogger("pypdf")
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(one_line(record.getMessage()))

    handler = Collect(logging.WARNING)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield messages
        messages.extend(one_line(str(w.message)) for w in caught)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _load_pdf(file: CorpusFile) -> Document:
    with _pypdf_warnings() as logged:
        try:
            raw_pages, meta_title = _read_pdf(file.path)
        except LoadError as exc:
            if logged:
                said = one_line("; ".join(list(dict.fromkeys(logged))[:3]))
                raise LoadError(f"{exc} (pypdf: {said})") from exc
            raise
    if not raw_pages:
        raise LoadError("the PDF has no pages")
    if not any(text.strip() for text in raw_pages):
        raise LoadError(
            "the PDF has no text layer (image-only); OCR is not supported: "
            "run it through an OCR tool such as ocrmypdf first"
        )
    line_pages = [[normalize_line(ln) for ln in split_lines(text)] for text in raw_pages]
    pages = [reflow(separate_blocks(lines)) for lines in remove_running_lines(line_pages)]
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for k, page_text in enumerate(pages):
        if k:
            separator = page_separator(pages[k - 1], page_text)
            parts.append(separator)
            offset += len(separator)
        starts.append(offset)
        parts.append(page_text)
        offset += len(page_text)
    text = "".join(parts)
    title = _own_title(meta_title) or _first_line(text) or PurePosixPath(file.doc).stem
    return Document(file.doc, title, text, tuple(starts))


#: A metadata title a PDF writer fills in when the author gave none: "untitled",
#: "(anonymous)", "Untitled document", "Microsoft Word - rapport.docx".
_PLACEHOLDER_TITLE = re.compile(
    r"^\W*(?:untitled(?:\s+document)?|anonymous|no\s+title|title|microsoft\s+\w+\s+-\s.*)\W*$",
    re.IGNORECASE,
)


def _own_title(meta_title: str) -> str:
    """A PDF's metadata title, "" when it is a writer's placeholder: the document's first
    line names what it is about ("Grenserådet Vest / Årsregnskap 2030"), which every
    passage of it then speaks of."""
    title = normalize_line(meta_title)
    return "" if _PLACEHOLDER_TITLE.match(title) else title


def _read_pdf(path: Path) -> tuple[list[str], str]:
    """Each page's raw text and the metadata title. Encryption is recognised by pypdf's
    exception types: an empty user password opens RC4 and AES (the latter needs the
    `cryptography` package, a dependency of nordask)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    encrypted = "the PDF is encrypted: save an unencrypted copy (e.g. qpdf --decrypt)"
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(encrypted)
        extracted = [_extracted(page) for page in reader.pages]
        words = vocabulary("\n".join(text for text, _ in extracted))
        raw_pages = [clean_unicode(_page_text(text, lines, words)) for text, lines in extracted]
        meta_title = (reader.metadata.title if reader.metadata else None) or ""
    except LoadError:
        raise
    except FileNotDecryptedError as exc:
        raise LoadError(encrypted) from exc
    except DependencyError as exc:
        raise LoadError(f"the PDF cannot be decrypted: {one_line(str(exc))}") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(
            f"the PDF is damaged and cannot be read ({type(exc).__name__}): re-export or repair it"
        ) from exc
    except Exception as exc:  # pypdf raises many types on hostile input
        raise LoadError(
            f"the PDF cannot be read ({type(exc).__name__}: {one_line(str(exc))}): "
            "re-export or repair it"
        ) from exc
    return raw_pages, clean_unicode(str(meta_title))


def _extracted(page: Any) -> tuple[str, LineCollector]:
    """A page's text as pypdf extracts it, with where each of its lines stands."""
    collector = LineCollector()
    return page.extract_text(visitor_text=collector) or "", collector


def _page_text(text: str, lines: LineCollector, words: frozenset[str]) -> str:
    """A page's text as pypdf extracts it; where it marks no paragraphs, its paragraphs
    and table rows are read from the lines' positions instead (`pdflayout`)."""
    if has_paragraph_marks(text) or lines.text() != text:
        return text
    return laid_out(lines.lines(), words)


def decode_text(data: bytes) -> str:
    """A byte order mark decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8 first, then the
    Windows/Latin-1 encodings common for Nordic text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise LoadError(
                    f"the file starts with a {encoding.upper()} mark but is not {encoding.upper()} "
                    f"({exc.reason} at byte {exc.start}): save it again as UTF-8"
                ) from exc
    if b"\x00" in data[:NUL_SNIFF_BYTES]:
        raise LoadError("the file looks binary, not text: convert it to .txt, .md or PDF")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")


def _load_text(file: CorpusFile) -> Document:
    raw = decode_text(file.path.read_bytes())
    sniffed = raw[:SNIFF_CHARS]
    control = sum(1 for ch in sniffed if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > MAX_CONTROL_SHARE * len(sniffed):
        raise LoadError("the file looks binary, not text: convert it to .txt, .md or PDF")
    raw = clean_unicode("\n".join(split_lines(raw)))
    title = ""
    if file.path.suffix.lower() in {".md", ".markdown"}:
        heading = _MD_HEADING.search(raw)
        title = heading.group(1).strip() if heading else ""
        raw = _MD_HEADING.sub(r"\n\1\n", raw)  # a heading is a paragraph of its own
        raw = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", raw))
    text = strip_furniture(clean_text(drop_chrome_lines(raw)))
    if not text:
        raise LoadError("the file has no text: add content or remove it")
    title = normalize_line(title) or headline(text) or title_from_name(file.doc)
    return Document(file.doc, title, text)


def _first_line(text: str) -> str:
    """The first line as a title: not a long one, nor a table row ("Til: | Departementet")."""
    line = text.split("\n", 1)[0]
    return line if len(line) <= 120 and "|" not in line else ""


def title_from_name(doc: str) -> str:
    """A file's name as a title: "Nordregio regional innovation projects"."""
    stem = PurePosixPath(doc).stem
    return stem.replace("-", " ").replace("_", " ").strip().capitalize()

"""Readers: turn a report file (txt, docx, pdf, html) into plain text.

Each reader raises RejectedFile with a reason a person can act on; the loader records it in
raw.files and the batch goes on.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAX_FILE_BYTES = 64 * 1024 * 1024  # larger inputs are rejected unread
MAX_HTML_BYTES = 16 * 1024 * 1024  # a web page past this is not a report page (and would take GBs to parse)
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024  # a docx inflating past this is treated as a zip bomb
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # and so is one with a single part inflating past this
MAX_ZIP_RATIO = 200  # or whose members inflate more than this
CHINESE_SHARE_MIN = 0.8  # share of common characters in text decoded by a legacy code page (see _chinese_share)


class RejectedFile(Exception):
    """The file cannot be loaded; str(exc) says why."""


@dataclass
class ReadResult:
    text: str
    file_type: str
    encoding: str | None = None


SUPPORTED = {".txt": "txt", ".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html"}


def file_type_of(path: Path) -> str | None:
    return SUPPORTED.get(path.suffix.lower())


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode report bytes: BOMs first, then strict UTF-8, UTF-16 without BOM, GB18030, Big5,
    and UTF-8 with a few undecodable bytes (a file cut in the middle of a character).

    A legacy code page decodes almost any bytes, so GB18030 and Big5 are only taken when the
    result reads as Chinese (see _chinese_share); anything else is rejected as mis-encoded
    instead of being loaded as mojibake.
    """
    if not data:
        raise RejectedFile("empty file")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise RejectedFile(
                    f"mis-encoded: starts with a {enc} byte-order mark but does not decode as {enc} "
                    f"({exc.reason} at byte {exc.start})"
                ) from exc
    # UTF-16 without BOM: every other byte is NUL for ASCII and CJK text alike is not, so
    # look at the share of NULs.
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 8:
        found = _first_chinese_decoding(data, ("utf-16-le", "utf-16-be"))
        if found:
            return found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    found = _first_chinese_decoding(data, ("gb18030", "big5"))
    if found:
        return found
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 2000) and _looks_like_text(text):
        return text, f"utf-8 ({bad} undecodable byte{'s' if bad > 1 else ''} replaced)"
    head = data[:4096]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > len(head) // 100:
        raise RejectedFile(f"binary data, not text ({controls} control bytes in the first {len(head)})")
    raise RejectedFile(
        f"mis-encoded: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), and read as "
        "GB18030 or Big5 it gives no Chinese text (supported: UTF-8, UTF-16 with BOM, GB18030/GBK)"
    )


def _first_chinese_decoding(data: bytes, encodings: tuple[str, ...]) -> tuple[str, str] | None:
    """(text, encoding) of the first encoding that decodes data into readable Chinese text."""
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text) and _reads_as_chinese(text):
            return text, enc
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad <= max(2, len(text[:20000]) // 200)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312 punctuation, full-width forms and level-1 hanzi: the 3755 most used characters.

    Real Chinese text (after traditional → simplified) is 99 % these; UTF-8 or Big5 bytes
    misread as GB18030, or GB18030 misread as Big5, are about 20-35 % these.
    """
    chars: set[str] = set()
    for hi in [0xA1, 0xA3, *range(0xB0, 0xD8)]:
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([hi, lo]).decode("gb2312"))
    return frozenset(chars)


def _chinese_share(text: str) -> float | None:
    """Share of common Chinese characters among the non-ASCII ones; None when too few to judge."""
    sample = [ch for ch in text[:20000] if ord(ch) > 0x7F and not ch.isspace()]
    if len(sample) < 20:
        return None
    from .normalize import to_simplified

    simplified = to_simplified("".join(sample))
    common = _common_chars()
    return sum(ch in common for ch in simplified) / max(1, len(simplified))


def _reads_as_chinese(text: str) -> bool:
    share = _chinese_share(text)
    return share is None or share >= CHINESE_SHARE_MIN


def read_txt(data: bytes) -> ReadResult:
    text, enc = decode_text(data)
    if not _looks_like_text(text):
        raise RejectedFile(f"decoded as {enc} but holds control characters: binary, not a text report")
    return ReadResult(text, "txt", enc)


def _check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError) as exc:
        raise RejectedFile(f"not a valid .docx (not a readable zip archive: {exc})") from exc
    total = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    biggest = max(infos, key=lambda info: info.file_size, default=None)
    if (
        total > MAX_UNZIPPED_BYTES
        or total / packed > MAX_ZIP_RATIO
        or (biggest is not None and biggest.file_size > MAX_MEMBER_BYTES)
    ):
        raise RejectedFile(
            f"docx inflates to {total} bytes from {packed} (ratio {total / packed:.0f}; largest part "
            f"{biggest.filename if biggest else '-'} {biggest.file_size if biggest else 0} bytes): refused as a zip bomb"
        )
    if "word/document.xml" not in zf.namelist():
        raise RejectedFile("zip archive without word/document.xml: not a Word document")
    return zf


def read_docx(data: bytes) -> ReadResult:
    """Paragraphs and tables in document order; a table row becomes 'cell | cell | cell |'."""
    _check_zip(data)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                for row in Table(child, document).rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        value = " ".join(cell.text.split())
                        if not cells or cells[-1] != value:  # merged cells repeat
                            cells.append(value)
                    lines.append(" | ".join(cells) + " |")
    except RejectedFile:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on broken parts
        raise RejectedFile(f"broken .docx: {type(exc).__name__}: {exc}") from exc
    text = "\n".join(lines)
    if not text.strip():
        raise RejectedFile("Word document without text")
    return ReadResult(text, "docx")


def read_pdf(data: bytes) -> ReadResult:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise RejectedFile("named .pdf but is not a PDF (no %PDF header)")
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise RejectedFile(f"encrypted PDF that opens only with a password: {exc}") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except RejectedFile:
        raise
    except Exception as exc:
        raise RejectedFile(f"broken PDF: {type(exc).__name__}: {exc}") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise RejectedFile("PDF has no text layer (scanned image?); OCR is not supported")
    return ReadResult(text, "pdf")


def read_html(data: bytes) -> ReadResult:
    """Visible text only: script, style, noscript, template and head are dropped."""
    from bs4 import BeautifulSoup
    from bs4.dammit import UnicodeDammit

    if not data.strip():
        raise RejectedFile("empty file")
    if len(data) > MAX_HTML_BYTES:
        raise RejectedFile(f"HTML page of {len(data)} bytes is over the {MAX_HTML_BYTES} byte limit for one report")
    try:
        dammit = UnicodeDammit(data, ["utf-8", "gb18030"])
        markup = dammit.unicode_markup
        if markup is None:
            raise RejectedFile("HTML in an unknown encoding")
        if not _looks_like_text(markup):
            raise RejectedFile(f"named .html but holds binary data (decoded as {dammit.original_encoding})")
        soup = BeautifulSoup(markup, "html.parser")
        for tag in soup(["script", "style", "noscript", "template", "head", "iframe", "svg"]):
            tag.decompose()
        for table in soup.find_all("table"):
            rows = []
            for tr in table.find_all("tr"):
                cells = [" ".join(td.get_text(" ").split()) for td in tr.find_all(["td", "th"])]
                rows.append(" | ".join(cells) + " |")
            table.replace_with("\n" + "\n".join(rows) + "\n")
        for br in soup.find_all("br"):
            br.replace_with("\n")
        text = soup.get_text("\n")
    except RejectedFile:
        raise
    except Exception as exc:  # html.parser is lenient, but deep nesting or odd markup can still fail
        raise RejectedFile(f"broken HTML: {type(exc).__name__}: {exc}") from exc
    if not text.strip():
        raise RejectedFile("HTML without visible text")
    return ReadResult(text, "html", dammit.original_encoding)


READERS = {"txt": read_txt, "docx": read_docx, "pdf": read_pdf, "html": read_html}


def read_bytes(data: bytes, file_type: str) -> ReadResult:
    """Text of a report; raises RejectedFile (and only that) when it cannot be had.

    Timeouts raised by the loader's time limit derive from BaseException and pass through."""
    reader = READERS.get(file_type)
    if reader is None:
        raise RejectedFile(f"unsupported file type '{file_type}'")
    try:
        return reader(data)
    except RejectedFile:
        raise
    except RecursionError as exc:
        raise RejectedFile(f"{file_type} too deeply nested to read: {exc}") from exc
    except Exception as exc:  # a reader bug must not stop the batch; say what happened
        raise RejectedFile(f"unreadable {file_type}: {type(exc).__name__}: {exc}") from exc

"""Readers: turn a report file (txt, docx, pdf, html) into plain text.

Each reader raises RejectedFile with a reason a person can act on; the loader records it in
raw.files and the batch goes on.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 64 * 1024 * 1024  # larger inputs are rejected unread
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024  # a docx inflating past this is treated as a zip bomb
MAX_ZIP_RATIO = 200  # and so is one whose members inflate more than this


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
    """Decode report bytes: BOMs first, then strict UTF-8, UTF-16 without BOM, GB18030."""
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
                raise RejectedFile(f"starts with a {enc} byte-order mark but does not decode: {exc}") from exc
    # UTF-16 without BOM: every other byte is NUL for ASCII and CJK text alike is not, so
    # look at the share of NULs at even and odd positions.
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 8:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _looks_like_text(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _looks_like_text(str(best)):
        return str(best), best.encoding
    raise RejectedFile("not text in UTF-8, UTF-16 or GB18030 (binary or unknown encoding)")


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad <= max(2, len(text[:20000]) // 200)


def read_txt(data: bytes) -> ReadResult:
    text, enc = decode_text(data)
    if not _looks_like_text(text):
        raise RejectedFile(f"decoded as {enc} but holds control characters: binary, not a text report")
    return ReadResult(text, "txt", enc)


def _check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise RejectedFile(f"not a valid .docx (not a zip archive: {exc})") from exc
    total = sum(info.file_size for info in zf.infolist())
    packed = max(1, sum(info.compress_size for info in zf.infolist()))
    if total > MAX_UNZIPPED_BYTES or total / packed > MAX_ZIP_RATIO:
        raise RejectedFile(
            f"docx inflates to {total} bytes from {packed} (ratio {total / packed:.0f}): refused as a zip bomb"
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
    except Exception as exc:  # python-docx raises many kinds on broken parts
        raise RejectedFile(f"broken .docx: {type(exc).__name__}: {exc}") from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
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
    return ReadResult("\n".join(lines), "docx")


def read_pdf(data: bytes) -> ReadResult:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise RejectedFile("named .pdf but is not a PDF (no %PDF header)")
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
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
    dammit = UnicodeDammit(data, ["utf-8", "gb18030"])
    if dammit.unicode_markup is None:
        raise RejectedFile("HTML in an unknown encoding")
    soup = BeautifulSoup(dammit.unicode_markup, "html.parser")
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
    if not text.strip():
        raise RejectedFile("HTML without visible text")
    return ReadResult(text, "html", dammit.original_encoding)


READERS = {"txt": read_txt, "docx": read_docx, "pdf": read_pdf, "html": read_html}


def read_bytes(data: bytes, file_type: str) -> ReadResult:
    return READERS[file_type](data)

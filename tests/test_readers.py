"""Readers (extract/readers.py): txt in every supported encoding, docx with tables, pdf with a
text layer, html visible text; hostile inputs, alone and in a batch through the loader; and
fuzzing (random bytes never raise anything but RejectedFile)."""

from __future__ import annotations

import codecs
import io
import os
import random
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import EXAMPLES, query
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.loader import FileTimeout, load_inputs, time_limit
from extract.readers import (
    READERS,
    RejectedFile,
    decode_text,
    file_type_of,
    read_bytes,
    read_docx,
    read_html,
    read_pdf,
    read_txt,
)

# Sentences from /work/shared/corpus/dev/d12.txt (嵩明县 2022 Q1) and d07.txt (略阳县, traditional).
SIMPLIFIED = (
    "2022年一季度嵩明县经济运行情况\n"
    "一季度,全县地区生产总值完成40.13亿元(现价),同比增长2.9%(可比价)。其中,第一产业增加值5.34亿元,"
    "同比增长4.1%;第二产业增加值9.19亿元,同比增长1.2%;第三产业增加值25.60亿元,同比增长3.2%。\n"
)
TRADITIONAL = "今年1至6月,我縣47個重點建設項目開復工44個、完成投資16.74億元、占年計劃的59.8%。\n"


# ---- txt ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_txt_encodings(data: bytes, encoding: str) -> None:
    result = read_txt(data)
    assert result.text == SIMPLIFIED
    assert result.encoding == encoding
    assert result.file_type == "txt"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_txt_traditional_characters(encoding: str) -> None:
    assert read_txt(TRADITIONAL.encode(encoding)).text == TRADITIONAL


def test_txt_cut_in_the_middle_of_a_character_is_read() -> None:
    data = SIMPLIFIED.encode("utf-8")[:-2]  # the last "\n" and half of "。"
    result = read_txt(data)
    assert result.text.startswith(SIMPLIFIED[:-3])
    assert result.encoding.startswith("utf-8") and "replaced" in result.encoding


def test_shipped_examples_decode(tmp_path: Path) -> None:
    """The examples mix UTF-8, UTF-8 with BOM, UTF-16 LE and GB18030."""
    for path in sorted(EXAMPLES.glob("*.txt")):
        text, enc = decode_text(path.read_bytes())
        assert "年" in text and "\ufffd" not in text, (path.name, enc)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x00\x01\x02\x03\xff\xfe\x00" * 500, ""),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("gbk"), "mis-encoded"),  # a lying byte-order mark
        (bytes(b for i, b in enumerate(SIMPLIFIED.encode("utf-8") * 3) if i % 5), "mis-encoded"),  # bytes lost
    ],
    ids=["empty", "all-bytes", "nul-garbage", "bom-lies", "utf8-bytes-dropped"],
)
def test_txt_rejected(data: bytes, reason: str) -> None:
    with pytest.raises(RejectedFile) as exc:
        read_txt(data)
    assert reason in str(exc.value)
    assert str(exc.value)


# ---- docx, pdf, html -----------------------------------------------------------------------

def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, merge_first_row: bool = False) -> bytes:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
        if merge_first_row:
            t.cell(0, 0).merge(t.cell(0, 1))
        document.add_paragraph("表后文字")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_table_rows() -> None:
    data = make_docx(["锦屏县2023年上半年经济运行情况", "1-6月,全县规模以上工业增加值同比增长5.1%。"],
                     [["指标", "绝对值", "增速(%)"], ["地区生产总值(亿元)", "45.12", "4.5"]])
    text = read_docx(data).text
    lines = text.split("\n")
    assert lines[0] == "锦屏县2023年上半年经济运行情况"
    assert "指标 | 绝对值 | 增速(%) |" in lines
    assert "地区生产总值(亿元) | 45.12 | 4.5 |" in lines
    assert lines.index("地区生产总值(亿元) | 45.12 | 4.5 |") < lines.index("表后文字")  # document order


def test_docx_merged_cells_once() -> None:
    text = read_docx(make_docx(["标题"], [["合并", "x", "c"], ["a", "b", "c"]], merge_first_row=True)).text
    assert "合并 x | c |" in text  # the merged cell once, its two paragraphs on one line
    assert "a | b | c |" in text


def make_pdf(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 11)
    for i, line in enumerate(lines):
        c.drawString(50, 780 - 18 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    lines = ["2022年一季度嵩明县经济运行情况", "一季度,全县地区生产总值完成40.13亿元(现价),同比增长2.9%(可比价)。"]
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(lines))
    result = read_pdf(path.read_bytes())
    assert result.file_type == "pdf"
    assert [ln.strip() for ln in result.text.splitlines() if ln.strip()] == lines


def test_pdf_without_text_layer_rejected() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(50, 50, 200, 200, fill=1)  # a "scan": no text
    c.showPage()
    c.save()
    with pytest.raises(RejectedFile, match="no text layer"):
        read_pdf(buf.getvalue())


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>网页标题不要</title>
<style>.x { color: red } /* 99.9亿元 */</style>
<script>var data = "1-6月 完成88.8亿元"; document.write(data);</script></head>
<body><noscript>请启用脚本 77.7亿元</noscript>
<h1>嵩明县2023年上半年经济运行情况</h1>
<p>上半年,全县地区生产总值完成<b>150.2</b>亿元,<br>同比增长5.3%。</p>
<table><tr><th>指标</th><th>绝对值</th></tr><tr><td>固定资产投资</td><td>-3.2%</td></tr></table>
<template><p>模板 66.6亿元</p></template>
</body></html>"""


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_html_visible_text_only(encoding: str) -> None:
    data = HTML.replace("utf-8", encoding).encode(encoding)
    text = read_html(data).text
    assert "嵩明县2023年上半年经济运行情况" in text
    assert "150.2" in text and "同比增长5.3%" in text
    assert "指标 | 绝对值 |" in text and "固定资产投资 | -3.2% |" in text
    for hidden in ("88.8", "99.9", "77.7", "66.6", "网页标题不要", "document.write", "color"):
        assert hidden not in text


@pytest.mark.parametrize(
    ("file_type", "data", "reason"),
    [
        ("pdf", b"this is a text file named .pdf", "not a PDF"),
        ("pdf", b"%PDF-1.7\n" + os.urandom(2000), ""),
        ("docx", b"PK\x03\x04 not really a zip", "not a valid .docx"),
        ("docx", SIMPLIFIED.encode("utf-8"), "not a valid .docx"),
        ("html", b"   \n ", "empty"),
        ("html", b"<html><script>only(script)</script></html>", "without visible text"),
        ("html", b"\x00\x01\x02\x03" * 300, ""),
    ],
    ids=["pdf-text", "pdf-garbage", "docx-fake-zip", "docx-text", "html-blank", "html-script-only", "html-binary"],
)
def test_hostile_content_rejected(file_type: str, data: bytes, reason: str) -> None:
    with pytest.raises(RejectedFile) as exc:
        read_bytes(data, file_type)
    assert reason in str(exc.value) and str(exc.value)


def test_truncated_docx_rejected() -> None:
    data = make_docx(["标题", "正文 1-6月 增长5%"])
    for cut in (len(data) // 2, len(data) - 30, 100):
        with pytest.raises(RejectedFile):
            read_docx(data[:cut])


def test_zip_without_word_document_rejected() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(RejectedFile, match="word/document.xml"):
        read_docx(buf.getvalue())


def make_zip_bomb(inflated_mib: int = 80) -> bytes:
    """A docx-looking zip whose word/document.xml inflates to inflated_mib MiB from ~100 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w") as fh:
            block = b"<w:p><w:r><w:t>" + b"1" * (1024 * 1024 - 30) + b"</w:t></w:r></w:p>"
            for _ in range(inflated_mib):
                fh.write(block)
    return buf.getvalue()


def test_docx_zip_bomb_rejected_unread() -> None:
    data = make_zip_bomb()
    assert len(data) < 1024 * 1024
    with pytest.raises(RejectedFile, match="zip bomb"):
        read_docx(data)


def test_file_types() -> None:
    assert file_type_of(Path("a.TXT")) == "txt"
    assert file_type_of(Path("a.htm")) == "html"
    assert file_type_of(Path("a.xls")) is None
    assert file_type_of(Path("README")) is None


# ---- a batch mixing good and bad files, through the loader -------------------------------

GOOD_NAMES = ["good_utf8.txt", "名字 with spaces 'single' \"double\" 报告.txt", "report.txt/inner report.txt",
              "good_gb18030.txt", "good_utf16.txt", "good_big5.txt", "good.docx", "good.pdf", "good.html",
              "cut_mid_character.txt"]
BAD = {  # name -> words the reason must contain
    "empty.txt": "empty",
    "garbage.txt": "binary",
    "fake.pdf": "not a PDF",
    "truncated.docx": "docx",
    "bomb.docx": "zip bomb",
    "sheet.xls": "unsupported file type",
    "lying_bom.txt": "mis-encoded",
    "dropped_bytes.txt": "mis-encoded",
}


def _report(i: int) -> str:
    """Distinct report texts, so that none is a duplicate of another."""
    return f"第{i}号报告\n" + SIMPLIFIED


@pytest.fixture(scope="module")
def mixed_batch(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("mixed")
    inputs = root / "inputs"
    (inputs / "report.txt").mkdir(parents=True)  # a folder named like a file
    write = {name: (inputs / name) for name in GOOD_NAMES + list(BAD)}
    write["good_utf8.txt"].write_text(_report(1), encoding="utf-8")
    write[GOOD_NAMES[1]].write_text(_report(2), encoding="utf-8")
    write["report.txt/inner report.txt"].write_text(_report(3), encoding="utf-8")
    write["good_gb18030.txt"].write_bytes(_report(4).encode("gb18030"))
    write["good_utf16.txt"].write_bytes(codecs.BOM_UTF16_LE + _report(5).encode("utf-16-le"))
    write["good_big5.txt"].write_bytes(("第6號報告\n" + TRADITIONAL).encode("big5"))
    write["good.docx"].write_bytes(make_docx(_report(7).splitlines()))
    write["good.pdf"].write_bytes(make_pdf(_report(8).replace("。", "。\n").splitlines()))
    write["good.html"].write_bytes(f"<html><body><p>{_report(9)}</p></body></html>".encode())
    write["cut_mid_character.txt"].write_bytes(_report(10).encode("utf-8")[:-2])
    write["empty.txt"].write_bytes(b"")
    write["garbage.txt"].write_bytes(random.Random(1).randbytes(20000))
    write["fake.pdf"].write_text("我不是PDF文件", encoding="utf-8")
    write["truncated.docx"].write_bytes(make_docx(_report(11).splitlines())[:5000])
    write["bomb.docx"].write_bytes(make_zip_bomb())
    write["sheet.xls"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    write["lying_bom.txt"].write_bytes(codecs.BOM_UTF8 + _report(12).encode("gbk"))
    write["dropped_bytes.txt"].write_bytes(bytes(b for i, b in enumerate(_report(13).encode("utf-8") * 3) if i % 5))
    db = root / "w.duckdb"
    stats = load_inputs([inputs], db)
    rows = query(db, "select source_path, file_name, status, reason, encoding from raw.files")
    by_rel = {str(Path(r[0]).relative_to(inputs.absolute())): r for r in rows}
    return stats, by_rel, db


def test_mixed_batch_counts(mixed_batch) -> None:
    stats, rows, db = mixed_batch
    assert (stats.loaded, stats.rejected, stats.duplicate) == (len(GOOD_NAMES), len(BAD), 0), stats.messages
    assert len(rows) == len(GOOD_NAMES) + len(BAD)  # one row per file, and none for the folder
    assert query(db, "select count(*) from raw.documents") == [(len(GOOD_NAMES),)]


@pytest.mark.parametrize("name", GOOD_NAMES)
def test_mixed_batch_good_file_loaded(mixed_batch, name: str) -> None:
    _, rows, db = mixed_batch
    source_path, file_name, status, reason, _ = rows[name]
    assert (status, reason) == ("loaded", None)
    assert file_name == Path(name).name
    (text,) = query(db, "select report_text from raw.documents where source_path = ?", [source_path])[0]
    assert "号报告" in text  # normalised: the Big5 report's 號報告 too
    assert text.count("\ufffd") == (1 if name == "cut_mid_character.txt" else 0)


@pytest.mark.parametrize("name", sorted(BAD))
def test_mixed_batch_bad_file_rejected_with_reason(mixed_batch, name: str) -> None:
    _, rows, _ = mixed_batch
    _, file_name, status, reason, _ = rows[name]
    assert status == "rejected"
    assert reason and BAD[name] in reason, reason


def test_folder_named_like_a_file_as_input(tmp_path: Path) -> None:
    folder = tmp_path / "report.txt"
    folder.mkdir()
    (folder / "inside.txt").write_text(_report(1), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    stats = load_inputs([folder], db)
    assert stats.loaded == 1 and stats.rejected == 0
    assert query(db, "select file_name, status from raw.files") == [("inside.txt", "loaded")]


def test_missing_input_is_recorded(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    stats = load_inputs([tmp_path / "no such file.txt"], db)
    assert stats.rejected == 1
    assert query(db, "select status, reason from raw.files") == [("rejected", "input does not exist")]


# ---- properties and fuzzing ---------------------------------------------------------------

# Common characters whose GB18030 bytes can never be part of valid UTF-8 (lead byte 0xB0-0xC1
# or trail byte >= 0xC0), so that GB18030 text is never mistaken for UTF-8.
_CORPUS_CHARS = sorted(set(SIMPLIFIED + "规模以上工业总产值完成同比增长下降固定资产投资社会消费品零售总额县"))
GB_SAFE = "".join(
    c for c in _CORPUS_CHARS
    if len(c.encode("gb18030")) == 2 and (0xB0 <= c.encode("gb18030")[0] <= 0xC1 or c.encode("gb18030")[1] >= 0xC0)
)
TEXT_CHARS = "".join(c for c in _CORPUS_CHARS if ord(c) > 0x7F) + "0123456789.%,-年月 \n"


@given(st.text(alphabet=TEXT_CHARS, min_size=1, max_size=300).filter(lambda t: t.strip()),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_round_trip(text: str, encoding: str) -> None:
    assert read_txt(text.encode(encoding)).text == text


@given(st.text(alphabet=GB_SAFE, min_size=10, max_size=200), st.text(alphabet="0123456789.%,年月 ", max_size=50))
def test_gb18030_round_trip(chinese: str, other: str) -> None:
    text = chinese + other
    assert read_txt(text.encode("gb18030")).text == text


def _read_or_reject(data: bytes, file_type: str) -> None:
    """The reader itself (not only read_bytes, which turns any error into RejectedFile) must
    return text or raise RejectedFile with a reason."""
    try:
        with time_limit(10):
            result = READERS[file_type](data)
    except RejectedFile as exc:
        assert str(exc)
    except FileTimeout:
        pass  # the loader rejects such a file with its reason
    else:
        assert isinstance(result.text, str)


FILE_TYPES = st.sampled_from(["txt", "docx", "pdf", "html"])


@given(st.binary(max_size=4096), FILE_TYPES)
def test_fuzz_random_bytes(data: bytes, file_type: str) -> None:
    _read_or_reject(data, file_type)


@given(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"<html><body>", b"\x1f\x8b"]),
       st.binary(max_size=2048), FILE_TYPES)
def test_fuzz_magic_prefixes(prefix: bytes, data: bytes, file_type: str) -> None:
    _read_or_reject(prefix + data, file_type)


SEED_DOCX = make_docx(["嵩明县", "一季度,全县地区生产总值完成40.13亿元"], [["a", "b"], ["1", "2"]])
SEED_PDF = make_pdf(["一季度,全县地区生产总值完成40.13亿元"])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([("docx", SEED_DOCX), ("pdf", SEED_PDF)]),
       st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8),
       st.one_of(st.none(), st.floats(0, 1)))
def test_fuzz_mutated_documents(seed, flips, cut) -> None:  # noqa: ANN001
    file_type, data = seed
    buf = bytearray(data)
    for where, value in flips:
        buf[int(where * len(buf))] = value
    if cut is not None:
        buf = buf[: int(cut * len(buf))]
    _read_or_reject(bytes(buf), file_type)

"""Text normalisation: one form for full-width characters, simplified script, tidy whitespace.

The normalised text is what dim_report.report_text holds; every offset points into it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .cues import RANK, RANK_MORE
from .numbers import parse_chinese

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_EXTRA = {
    "\u2014": "—",  # keep em dash (range sign in 1—9月)
    "\u2012": "-",
    "\u2013": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u200b": "",
    "\ufeff": "",
    "\ufe30": ":",  # 11.8︰48.3︰39.9: a ratio's colon in a vertical form
    "\u2236": ":",  # ∶ (ratio)
    "\u2105": "%",  # ℅ (care of), typed for a percent sign: 增长15℅
}
# small form variants (﹪ ﹐ ﹑ ﹔ ﹙ ﹚ ﹣ …) read as their ordinary forms (NFKC), full-width ones made half-width
_SMALL_FORMS = {
    cp: unicodedata.normalize("NFKC", chr(cp)).translate(_FULLWIDTH)
    for cp in range(0xFE50, 0xFE6C)
    if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
}
_TABLE = str.maketrans({**_FULLWIDTH, **_SMALL_FORMS, **{ord(k): v for k, v in _EXTRA.items()}})
# 產(chǎn)業(yè)增長(zhǎng): pinyin that some sites print after each character, with a tone mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)")
_SPACES = re.compile(r"[ \t\f\v]+")
_BLANK_LINES = re.compile(r"\n{2,}")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese with OpenCC (offline dictionaries shipped in the wheel)."""
    return _converter().convert(text)


_HEADING_START = re.compile(
    r"^(?:第?[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[■●◆★□○①-⑩])"
)


# the unit a figure's number runs into (亿元, %, 个, 平方米 …)
_UNIT_START = r"(?:亿|万|千|元|%|个|家|户|项|吨|亩|人|平方|公里|美元)"


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join lines that layout wrapped (PDF text layers, hard-wrapped txt): a long line that ends
    without sentence punctuation continues on the next, unless that one opens a heading or a
    table row. Long means at least 80 % of the typical long line (the 90th percentile)."""
    lengths = sorted(len(x) for x in lines)
    # (too few lines to tell a typical width: only figures broken from their units are joined)
    wrap_at = max(20, int(0.8 * lengths[int(0.9 * (len(lengths) - 1))])) if len(lengths) >= 3 else 10**9
    out: list[str] = []
    last_len = 0
    for line in lines:
        if (
            out
            and re.search(r"\d$", out[-1])
            and re.match(_UNIT_START, line)
            and not re.match(r"元(?:月|至|到|-|—)", line)  # 元至6月份: January, opening a paragraph
            and not re.search(r"\d:\d\d$", out[-1])  # 发布时间: 2015-07-29 00:00: a time, not a figure
        ):
            out[-1] = out[-1] + line  # 总投资56.2⏎亿元: a figure broken from its unit
        elif (
            out
            and re.search(r"[\u4e00-\u9fff](?:\d+\.?|\d+\.\d+)$", out[-1])
            and re.match(r"\d+(?:\.\d+)?" + _UNIT_START, line)
        ):
            out[-1] = out[-1] + line  # 生产总值34⏎0亿元, 人均可支配收入1⏎2248元: a figure broken in two
        elif (
            out
            and re.search(r"(?:余额|总额|收入|产值|增加值|总值|投资|资金|零售额|销售额)$", out[-1])
            and not _HEADING_START.match(out[-1])
            and len(out[-1]) >= 8
            and re.match(r"\d+(?:\.\d+)?(?:亿|万)?(?:元|美元)", line)
        ):
            out[-1] = out[-1] + line  # 年末金融机构各项存款余额⏎⏎299293万元: an amount broken from its name
        elif out and re.search(r"\d\s*[:：]$", out[-1]) and re.match(r"\d", line):
            out[-1] = out[-1] + line  # 比例调整为 7.1 :⏎44.8:48.1: a ratio broken over lines
        elif (
            out
            and last_len >= wrap_at
            and not re.search(r"[。！？!?；;:：|]$|\d:\d\d$", out[-1])  # …发布时间: 2015-07-29 00:00
            and not _HEADING_START.match(line)
            and line.count("|") < 2
        ):
            sep = " " if re.search(r"[A-Za-z0-9]$", out[-1]) and re.match(r"[A-Za-z0-9]", line) else ""
            out[-1] = out[-1] + sep + line
        else:
            out.append(line)
        last_len = len(line)
    return out


# 排名全市第二 / 位列第九以来 / 分别位居第六名和第三名: the ordinal of a rank, not 第一产业 or 第二批
_NOT_RANK_AFTER = re.compile(r"[产季批次届期年阶轮步条项部类组梯方个大]")
_MORE_RANKS = re.compile(r"(?:和|与|、|及)第(?P<n>[一二三四五六七八九十百]+)(?=名|位)")


def _ordinal(numeral: str, after: str) -> str | None:
    """The Arabic form of a rank's Chinese ordinal, or None when it is not one."""
    if numeral.isdigit() or _NOT_RANK_AFTER.match(after):
        return None
    value = parse_chinese(numeral)
    return None if value is None or value != int(value) else str(int(value))


def rank_ordinals_to_digits(text: str) -> str:
    """Write the Chinese ordinal of a stated rank in Arabic digits (排名全市第二 → 排名全市第2).

    A rank is then grounded like every other figure: its digits stand at its offsets. Only
    ordinals after a rank verb (cues.RANK) and those coordinated with one (第六名和第三名)
    change; 第一产业, 第二批, 第三季度 and headings keep their numerals."""
    out: list[str] = []
    last = 0
    for m in RANK.finditer(text):
        n = m.group("n")
        if n is None:
            continue
        arabic = _ordinal(n, text[m.end() : m.end() + 1])
        if arabic is None:
            continue
        out.append(text[last : m.start("n")] + arabic)
        last = m.end("n")
        tail = m.end()
        other = RANK_MORE.match(text, tail)
        if other is not None:  # 居全市第十五位、八城区第八位
            other_arabic = _ordinal(other.group("n"), "")
            if other_arabic is not None:
                out.append(text[last : other.start("n")] + other_arabic)
                last = other.end("n")
                tail = other.end()
        while more := _MORE_RANKS.match(text, tail):
            more_arabic = _ordinal(more.group("n"), "")
            if more_arabic is None:
                break
            out.append(text[last : more.start("n")] + more_arabic)
            last = more.end("n")
            tail = last + 1  # past the 名 or 位 the pattern looked ahead to
    out.append(text[last:])
    return "".join(out)


# 签约 项目, 完成目标任务 28. 1%: blanks a layout left between Chinese characters, and inside a
# percentage, are not the author's
# 2022 年 全区 R&D 经费占 GDP 比重达 3.02 %: layout spaces between Chinese, and between a figure
# and the Chinese around it, go (the words and the figure read as one)
_CJK_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff\d])|(?<=\d)[ \t]+(?=[\u4e00-\u9fff%])"
)
# and 上涨1·8%: a middle dot typed for the decimal point
_BROKEN_DECIMAL = re.compile(r"(?<![\d.])(\d{1,3}) ?[.·・] ?(\d{1,2}(?:%|亿|万|元|个百分点))")
_SPACED_RANK = re.compile(r"第 ?(\d{1,3}) ?(?=[位名])")  # 列全市第 9 位: a rank spaced out by layout


def normalize_text(text: str) -> str:
    """Return the canonical form of a report's text.

    Full-width ASCII (digits, letters, ％，（）－：；) and small forms (﹪﹐) become half-width,
    pinyin glosses after characters (產(chǎn)業(yè)) go, traditional characters
    become simplified, line endings become \\n, runs of spaces collapse to one (and go between
    Chinese characters, and inside a percentage like "28. 1%"), blank lines go,
    lines wrapped by layout are joined, and the Chinese ordinals of ranks become digits.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _PINYIN_GLOSS.sub("", text.translate(_TABLE))
    text = to_simplified(text)
    lines = [_CJK_GAP.sub("", _SPACES.sub(" ", line)).strip() for line in text.split("\n")]
    lines = [_SPACED_RANK.sub(r"第\1", _BROKEN_DECIMAL.sub(r"\1.\2", line)) for line in lines]
    text = "\n".join(join_wrapped_lines([line for line in lines if line]))
    return rank_ordinals_to_digits(_BLANK_LINES.sub("\n", text).strip())

"""Numbers, masks and units: find every figure ("26.52亿元", "*%", "六宗", "1,234万元") in a text.

A figure is a number (Arabic, with thousands separators, or a Chinese numeral) or a mask
("*", "xx.xx", "××") followed by a unit from seeds/units.csv, or a percent sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from .lexicon import Lexicon

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MASK = r"[*]+(?:\.[*]+)?|[xX×]{1,4}(?:\.[xX×]{1,4})?"
CHINESE = r"[一二两三四五六七八九十][零一二两三四五六七八九十百千]*"
CN_DIGITS = "零一二两三四五六七八九十百千"


@dataclass
class Figure:
    start: int  # offset of the number (or sign) in the scanned text
    end: int  # end of the unit (or of the number when no unit)
    number_text: str
    unit: str | None
    value: float | None  # None when masked
    is_masked: bool
    is_chinese: bool = False

    @property
    def text(self) -> str:
        return self.number_text + (self.unit or "")


def parse_arabic(text: str) -> float:
    return float(text.replace(",", ""))


def parse_chinese(text: str) -> float | None:
    """六 → 6, 二十一 → 21, 两 → 2; None when cn2an cannot read it."""
    try:
        return float(cn2an.cn2an(text.replace("两", "二"), "strict"))
    except (ValueError, KeyError, TypeError):
        return None


def parse_number(text: str) -> float | None:
    """Arabic or Chinese numeral → float; None for masks and unreadable text."""
    text = text.strip()
    if re.fullmatch(ARABIC, text):
        return parse_arabic(text)
    if re.fullmatch(CHINESE, text):
        return parse_chinese(text)
    return None


def is_mask(text: str) -> bool:
    return bool(re.fullmatch(MASK, text.strip()))


@lru_cache(maxsize=4)
def _figure_re(unit_src: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<sign>(?<![\dA-Za-z.%)])-)?"
        rf"(?:(?P<arabic>(?<![\d.])(?:{ARABIC})(?![\d]))|(?P<mask>(?<![A-Za-z*])(?:{MASK}))|(?P<cn>(?<![{CN_DIGITS}第])(?:{CHINESE})))"
        rf" ?(?P<unit>%|{unit_src})?"
    )


_CN_BAD_NEXT = re.compile(r"[是大级线方批面环类化体要些道起]")
CN_UNITS = {"宗", "次", "项", "条", "家", "个", "座", "所", "户", "批", "万平方米", "平方米", "亩", "万亩", "人", "名"}


def find_figures(text: str, lex: Lexicon) -> list[Figure]:
    """Every figure in text, left to right. Numbers with no unit are kept (unit None) so that
    callers can use them where context says what they are (yoy without %, table cells)."""
    out: list[Figure] = []
    for m in _figure_re(lex.unit_re_src).finditer(text):
        unit = m.group("unit")
        start, end = m.start(), m.end()
        if m.group("arabic"):
            num = m.group("arabic")
            if not unit and text[end : end + 1] in ("年", "月", "日", "号", "时", ".", "/", ":"):
                continue  # dates and times
            value = parse_arabic(num)
            if m.group("sign"):
                value = -value
            out.append(Figure(start, end, (m.group("sign") or "") + num, unit, value, False))
        elif m.group("mask"):
            if not unit:
                continue  # "X县", "*月*日": masks only count as figures before a unit
            out.append(Figure(start, end, m.group("mask"), unit, None, True))
        elif m.group("cn"):
            num = m.group("cn")
            if unit not in CN_UNITS or _CN_BAD_NEXT.match(text, end):
                continue
            value = parse_chinese(num)
            if value is None or value < 2:
                continue
            out.append(Figure(start, end, num, unit, value, False, is_chinese=True))
    return out

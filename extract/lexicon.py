"""Lexicons kept as data in seeds/: indicators and aliases, units, industry keywords, gazetteer.

dbt loads the same CSVs as seeds, so the warehouse and the extractor agree on codes.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .paths import SEEDS_DIR


def _rows(name: str, seeds_dir: Path | None = None) -> list[dict[str, str]]:
    path = (seeds_dir or SEEDS_DIR) / name
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


_LOOKAROUND = re.compile(r"\(\?<?[=!][^()]*\)")


@dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    unit_kind: str
    category: str


@dataclass(frozen=True)
class Unit:
    unit: str
    unit_std: str
    factor: float
    family: str


@dataclass
class Lexicon:
    indicators: dict[str, Indicator]
    surface_to_code: dict[str, str]
    units: dict[str, Unit]
    industry_keywords: dict[str, str]
    alias_re: re.Pattern[str] = field(init=False)
    unit_re_src: str = field(init=False)

    pattern_to_code: dict[str, str] = field(default_factory=dict)
    industries: dict[str, str] = field(default_factory=dict)  # GB/T 4754 name → code
    # "~地方财政收入" in the seed: an alias that means the indicator only in a report that does
    # not also name the indicator itself (beside 一般公共预算收入 it is another amount)
    loose: set[str] = field(default_factory=set)

    def industry_code(self, name: str | None) -> str | None:
        """GB/T 4754 code of a sector as written: the division or section of that name, else the
        longest industry keyword it contains (seeds/industry_keywords.csv)."""
        if not name:
            return None
        plain = name.replace("、", "").replace("的", "")
        for full, code in self.industries.items():
            if name == full or plain == full.replace("、", ""):
                return code
        best = max((kw for kw in self.industry_keywords if kw in name), key=len, default=None)
        return self.industry_keywords[best] if best else None

    def __post_init__(self) -> None:
        # plain aliases, longest first; then pattern aliases ("re:" in the seed) for wordings
        # with words between (招商引资实际到位省外产业资金 → 到位…资金)
        surfaces = sorted(self.surface_to_code, key=len, reverse=True)
        parts = [re.escape(s) for s in surfaces] + [f"(?:{p})" for p in self.pattern_to_code]
        self.alias_re = re.compile("|".join(parts))
        self._patterns = [(re.compile(p), c) for p, c in self.pattern_to_code.items()]
        # a lookahead or lookbehind says where a pattern applies (第一产业(?=\d)), not what its
        # surface is: the surface is judged without them
        self._surface_patterns = [(re.compile(_LOOKAROUND.sub("", p)), c) for p, c in self.pattern_to_code.items()]
        units = sorted(self.units, key=len, reverse=True)
        self.unit_re_src = "|".join(re.escape(u) for u in units)

    def alias_matches(self, text: str) -> list[re.Match[str]]:
        """Alias matches in text, left to right, without overlaps; where a plain alias and a
        pattern alias overlap, the longer wins (规上工业企业累计用电量 over 规上工业企业)."""
        found = list(self.alias_re.finditer(text))
        for rx, _ in self._patterns:
            found.extend(rx.finditer(text))
        chosen: list[re.Match[str]] = []
        for m in sorted(found, key=lambda m: (-(m.end() - m.start()), m.start())):
            if m.end() > m.start() and all(m.end() <= c.start() or m.start() >= c.end() for c in chosen):
                chosen.append(m)
        return sorted(chosen, key=lambda m: m.start())

    def code_of(self, surface: str) -> str | None:
        """The indicator code of an alias match (plain or pattern)."""
        code = self.surface_to_code.get(surface)
        if code is not None:
            return code
        for rx, c in self._surface_patterns:
            if rx.fullmatch(surface):
                return c
        return None

    def unit(self, unit: str | None) -> Unit | None:
        return self.units.get(unit or "")


def split_aliases(field: str) -> list[str]:
    """The aliases of a seed row: "|"-separated, but a "|" inside the brackets of a regular
    expression ("re:(?:规模以上|规上)工业…") belongs to it."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(field):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "|" and depth == 0:
            out.append(field[start:i])
            start = i + 1
    out.append(field[start:])
    return out


@lru_cache(maxsize=4)
def load_lexicon(seeds_dir: Path | None = None) -> Lexicon:
    indicators: dict[str, Indicator] = {}
    surface_to_code: dict[str, str] = {}
    for row in _rows("indicators.csv", seeds_dir):
        ind = Indicator(row["indicator_code"], row["name_zh"], row["unit_kind"], row["category"])
        indicators[ind.code] = ind
        surface_to_code[ind.name_zh] = ind.code
    # aliases after names so a name always wins over an alias of the same spelling
    patterns: dict[str, str] = {}
    loose: set[str] = set()
    for row in _rows("indicators.csv", seeds_dir):
        for alias in filter(None, (a.strip() for a in split_aliases(row["aliases"]))):
            if alias.startswith("re:"):
                patterns[alias[3:]] = row["indicator_code"]
            else:
                if alias.startswith("~"):
                    alias = alias[1:]
                    loose.add(alias)
                surface_to_code.setdefault(alias, row["indicator_code"])
                for variant in (alias.lower(), re.sub(r"(?<=[A-Za-z&])(?=[\u4e00-\u9fa5])|(?<=[\u4e00-\u9fa5])(?=[A-Za-z])", " ", alias)):
                    # 全旗gdp完成12.55亿元; R&D 经费 with a space where the script changes
                    surface_to_code.setdefault(variant, row["indicator_code"])
    units = {}
    for row in _rows("units.csv", seeds_dir):
        units[row["unit"]] = Unit(row["unit"], row["unit_std"], float(row["factor"]), row["family"])
    keywords = {row["keyword"]: row["industry_code"] for row in _rows("industry_keywords.csv", seeds_dir)}
    lex = Lexicon(indicators, surface_to_code, units, keywords, patterns, loose=loose)
    lex.industries = {row["name_zh"]: row["code"] for row in _rows("industries.csv", seeds_dir)}
    return lex


@dataclass(frozen=True)
class Place:
    adcode: str
    name: str
    level: str
    city_name: str
    province_name: str
    short_name: str


@lru_cache(maxsize=2)
def load_gazetteer(seeds_dir: Path | None = None) -> list[Place]:
    return [
        Place(r["adcode"], r["name"], r["level"], r["city_name"], r["province_name"], r["short_name"])
        for r in _rows("gazetteer.csv", seeds_dir)
    ]

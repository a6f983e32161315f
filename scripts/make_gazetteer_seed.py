#!/usr/bin/env python3
"""Build ``seeds/gazetteer.csv`` from the administrative-division table bundled with cpca.

生成县级行政区划地名表（seeds/gazetteer.csv），数据来自 cpca 自带的 resources/adcodes.csv。

Input: ``<cpca package>/resources/adcodes.csv`` with columns ``adcode`` (12 digits),
``name``, ``longitude``, ``latitude``.

Output columns (UTF-8, no BOM, sorted by adcode):

- ``adcode``          6-digit GB/T 2260 code (string, leading zeros kept)
- ``name``            official name as in cpca (旺苍县, 广元市, 四川省, 市辖区 ...)
- ``level``           ``province`` (ends in 0000), ``city`` (ends in 00), else ``county``
- ``province_adcode``, ``province_name``  the province row (the row itself for provinces)
- ``city_adcode``, ``city_name``          the prefecture row (the row itself for cities);
  for the four municipalities (北京/天津/上海/重庆) the municipality itself; empty when no
  real prefecture exists (provinces, 省直辖县级行政区划 such as 济源市 or 仙桃市)
- ``short_name``      the name without its administrative suffix (县/区/市/旗/自治县 ...)
  and trailing ethnic names (酉阳土家族苗族自治县 -> 酉阳); empty when fewer than two
  characters would remain or when the name is a placeholder (市辖区, 县, 省直辖县级行政区划)
- ``longitude``, ``latitude``  as given by cpca (empty when missing)

Usage::

    python scripts/make_gazetteer_seed.py [--out seeds/gazetteer.csv]

The script is deterministic: same cpca version in, byte-identical CSV out.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from pathlib import Path

import cpca

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "seeds" / "gazetteer.csv"

COLUMNS = [
    "adcode", "name", "level", "province_adcode", "province_name",
    "city_adcode", "city_name", "short_name", "longitude", "latitude",
]

# Province-level municipalities: their districts/counties take the municipality as city.
MUNICIPALITIES = {"11", "12", "31", "50"}

# Rows that are grouping placeholders, not places: never a short name, never a real city.
PLACEHOLDER_NAMES = {
    "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划",
}

# Administrative suffixes, longest first. Only one is removed: the first that leaves at
# least two characters.
ADMIN_SUFFIXES = [
    "特别行政区", "自治区", "自治州", "自治县", "自治旗",
    "林区", "特区", "新区", "地区", "矿区",
    "省", "市", "县", "区", "旗", "盟",
]
AUTONOMOUS_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗")


def cpca_resource(name: str) -> Path:
    """Path of a file in cpca's bundled resources folder."""
    return Path(os.path.dirname(cpca.__file__)) / "resources" / name


def load_ethnic_names() -> list[str]:
    """Ethnic-group names to strip after an autonomous suffix, longest first.

    Both the full form (土家族, 蒙古族) and, for names of two or more characters, the
    form without 族 (蒙古, 维吾尔, 哈萨克) are returned, since names such as
    巴音郭楞蒙古自治州 or 新疆维吾尔自治区 drop the 族.
    """
    names: set[str] = set()
    path = cpca_resource("56_nations.csv")
    if path.exists():
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            word = line.strip().strip(",")
            if word and word.endswith("族"):
                names.add(word)
    # Safety net in case the bundled list is missing or incomplete.
    names.update({
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族",
        "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族",
        "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族",
        "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
        "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
        "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族",
        "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    })
    bare = {n[:-1] for n in names if len(n) >= 3}  # 蒙古族 -> 蒙古 (not 回族 -> 回)
    return sorted(names | bare, key=lambda s: (-len(s), s))


def level_of(adcode: str) -> str:
    """province / city / county from a 6-digit adcode."""
    if adcode.endswith("0000"):
        return "province"
    if adcode.endswith("00"):
        return "city"
    return "county"


def short_name(name: str, ethnic_names: list[str]) -> str:
    """Name without administrative suffix and trailing ethnic names; '' if under 2 chars."""
    if name in PLACEHOLDER_NAMES:
        return ""
    stem = name
    suffix_removed = ""
    matched_any = False
    for suffix in ADMIN_SUFFIXES:
        if not stem.endswith(suffix):
            continue
        matched_any = True
        # 西林区: 林区 would leave one character, so fall through to 区 -> 西林
        if len(stem) - len(suffix) >= 2:
            stem = stem[: -len(suffix)]
            suffix_removed = suffix
            break
    if matched_any and not suffix_removed:
        return ""  # 赵县, 城区, 东区: the bare stem is a single character
    if suffix_removed in AUTONOMOUS_SUFFIXES:
        # 酉阳土家族苗族自治县 -> 酉阳土家族苗族 -> 酉阳土家族 -> 酉阳
        changed = True
        while changed:
            changed = False
            for ethnic in ethnic_names:
                if stem.endswith(ethnic) and len(stem) - len(ethnic) >= 2:
                    stem = stem[: -len(ethnic)]
                    changed = True
                    break
        # 鄂温克族自治旗 -> 鄂温克族: nothing before the ethnic name, drop the 族 only
        if stem.endswith("族") and len(stem) >= 3 and stem in ethnic_names:
            stem = stem[:-1]
    return stem if len(stem) >= 2 else ""


def read_adcodes(path: Path) -> dict[str, dict[str, str]]:
    """Read cpca's adcodes.csv into {6-digit adcode: row}, keeping the first of duplicates."""
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            code12 = (rec.get("adcode") or "").strip()
            name = (rec.get("name") or "").strip()
            if len(code12) < 6 or not code12[:6].isdigit() or not name:
                continue
            code = code12[:6]
            if code in rows:
                continue
            rows[code] = {
                "name": name,
                "longitude": (rec.get("longitude") or "").strip(),
                "latitude": (rec.get("latitude") or "").strip(),
            }
    return rows


def build_rows(src: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """Resolve levels, parents and short names for every adcode, sorted by adcode."""
    ethnic_names = load_ethnic_names()
    out: list[dict[str, str]] = []
    for code in sorted(src):
        rec = src[code]
        level = level_of(code)
        prov_code = code[:2] + "0000"
        prov = src.get(prov_code)
        province_adcode = prov_code if prov else ""
        province_name = prov["name"] if prov else ""

        city_adcode = city_name = ""
        if level != "province":
            if code[:2] in MUNICIPALITIES and prov:
                # 北京/天津/上海/重庆: the municipality is the city of its districts
                city_adcode, city_name = prov_code, prov["name"]
            else:
                city_code = code[:4] + "00"
                city = src.get(city_code)
                if city and city["name"] not in PLACEHOLDER_NAMES:
                    city_adcode, city_name = city_code, city["name"]

        out.append({
            "adcode": code,
            "name": rec["name"],
            "level": level,
            "province_adcode": province_adcode,
            "province_name": province_name,
            "city_adcode": city_adcode,
            "city_name": city_name,
            "short_name": short_name(rec["name"], ethnic_names),
            "longitude": rec["longitude"],
            "latitude": rec["latitude"],
        })
    return out


def write_csv(rows: list[dict[str, str]], out: Path) -> None:
    """Write rows as UTF-8 CSV (no BOM, \\n line endings, minimal quoting)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV path")
    parser.add_argument("--src", type=Path, default=cpca_resource("adcodes.csv"),
                        help="cpca adcodes.csv (default: the one bundled with cpca)")
    args = parser.parse_args(argv)

    rows = build_rows(read_adcodes(args.src))
    write_csv(rows, args.out)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["level"]] = counts.get(r["level"], 0) + 1
    orphans = [r["adcode"] for r in rows if r["level"] == "county" and not r["city_adcode"]]
    print(f"wrote {len(rows)} rows to {args.out} "
          f"({', '.join(f'{k}={v}' for k, v in sorted(counts.items()))}); "
          f"{len(orphans)} counties without a prefecture city", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

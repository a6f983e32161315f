#!/usr/bin/env python3
"""Build a small DuckDB warehouse with hand-written raw tables, to run `dbt build` on.

    python scripts/make_dbt_fixture.py /tmp/dbtfix/fix.duckdb
    COUNTY_REPORTS_DB=/tmp/dbtfix/fix.duckdb dbt build --profiles-dir .

The raw tables are created from extract/schema.sql and filled with three reports:
a resolved county (旺苍县, 510821), a masked one (X县) and one that names no county and no
period. Offsets are computed from the texts, so they always point at the figures.
Indicator codes are looked up by canonical name in seeds/indicators.csv.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
VERSION = "fixture-1"
SEEN_AT = datetime(2024, 1, 15, 9, 30)

WANGCANG = """旺苍县经济和信息化局2022年上半年工业经济运行情况
一、工业经济运行情况
2022年1-6月，全县完成规模以上工业总产值26.52亿元，同比增长20.1%，完成年度目标任务的52.42%。规上工业增加值增速排名全市第二，高于全市平均增速3.3个百分点。其中，制造业增加值占规上工业增加值的64.35%，拉动规上工业增加值2.4个百分点。园区企业用工人数1.2万人。
二、项目建设情况
上半年新增规上企业6家。1-5月，工业投资同比下降9.4%，增速较一季度提高15.5个百分点。全年力争实现招商引资到位资金30亿元以上。
3月15日，旺苍县川北食品有限公司食品加工项目开工建设，总投资1.2亿元。
"""

MASKED = """X县商务局2023年1-9月招商引资工作情况
1-9月，全县签约项目*个，合同投资总额*亿元；实际到位资金xx亿元，同比增长x.xx%。社会消费品零售总额约12.5亿元，同比增长6.8%。全年一般公共预算收入目标为3亿元。
某某新材料有限公司年产**吨新型建材项目已签约，投资**亿元。
"""

NO_COUNTY = """关于工业用电情况的说明
全县工业用电量2.61亿千瓦时，同比增长5%。
"""


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find(text: str, needle: str, nth: int = 0) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"{needle!r} not in text")
    return at


def sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around offset `at`: after the previous 。 or line break, through the next 。."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
    end = min(ends) if ends else len(text)
    if end < len(text) and text[end] == "。":
        end += 1
    return start, end


def indicator_codes() -> dict[str, str]:
    path = ROOT / "seeds" / "indicators.csv"
    if not path.exists():
        sys.exit(f"{path} is missing: the fixture takes its indicator codes from it")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {r["name_zh"].strip(): r["indicator_code"].strip() for r in csv.DictReader(fh)}


UNITS = {
    "亿元": ("CNY", 1e8),
    "万元": ("CNY", 1e4),
    "%": ("percent", 1),
    "个百分点": ("pp", 1),
    "家": ("count", 1),
    "个": ("count", 1),
    "万人": ("person", 1e4),
    "亿千瓦时": ("kWh", 1e8),
    None: ("rank", 1),
}

PERIOD_TYPES = {(1, 6): "half_year", (1, 9): "ytd", (1, 5): "ytd", (1, 12): "year"}


def insert(con, table: str, row: dict) -> None:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    con.execute(f"insert into raw.{table} ({cols}) values ({marks})", list(row.values()))


def build(db_path: Path) -> None:
    codes = indicator_codes()
    docs = [
        dict(
            text=WANGCANG,
            file_name="wangcang_2022h1.txt",
            title="旺苍县经济和信息化局2022年上半年工业经济运行情况",
            department="经济和信息化局",
            county_text="旺苍县",
            county_adcode="510821",
            county_is_masked=False,
            report_year=2022,
            period=(2022, 1, 6, "half_year", "上半年"),
        ),
        dict(
            text=MASKED,
            file_name="x_county_2023q3.docx",
            title="X县商务局2023年1-9月招商引资工作情况",
            department="商务局",
            county_text="X县",
            county_adcode=None,
            county_is_masked=True,
            report_year=2023,
            period=(2023, 1, 9, "ytd", "1-9月"),
        ),
        dict(
            text=NO_COUNTY,
            file_name="power_note.txt",
            title="关于工业用电情况的说明",
            department=None,
            county_text=None,
            county_adcode=None,
            county_is_masked=False,
            report_year=None,
            period=(None, None, None, None, None),
        ),
    ]

    # (doc, indicator name or None, surface, span, nth, measure, basis, qualifier, value, unit,
    #  subject_type, subject_name, industry_code, period (y, s, e, label, source) or None)
    H1 = (2022, 1, 6, "1-6月", "clause")
    facts = [
        (
            0,
            "规模以上工业总产值",
            "规模以上工业总产值",
            "26.52亿元",
            0,
            "value",
            "actual",
            "=",
            26.52,
            "亿元",
            "county",
            None,
            None,
            H1,
        ),
        (
            0,
            "规模以上工业总产值",
            "规模以上工业总产值",
            "20.1%",
            0,
            "yoy_pct",
            "actual",
            "=",
            20.1,
            "%",
            "county",
            None,
            None,
            H1,
        ),
        (
            0,
            "规模以上工业总产值",
            "规模以上工业总产值",
            "52.42%",
            0,
            "completion_pct",
            "actual",
            "=",
            52.42,
            "%",
            "county",
            None,
            None,
            H1,
        ),
        (
            0,
            "规模以上工业增加值",
            "规上工业增加值",
            "第二",
            0,
            "rank",
            "actual",
            "=",
            2,
            None,
            "county",
            None,
            None,
            H1,
        ),
        (
            0,
            "规模以上工业增加值",
            "规上工业增加值",
            "3.3个百分点",
            0,
            "gap_pp",
            "actual",
            "=",
            3.3,
            "个百分点",
            "county",
            None,
            None,
            H1,
        ),
        (
            0,
            "制造业增加值",
            "制造业增加值",
            "64.35%",
            0,
            "share_pct",
            "actual",
            "=",
            64.35,
            "%",
            "industry",
            "制造业",
            "C",
            H1,
        ),
        (
            0,
            "规模以上工业增加值",
            "规上工业增加值",
            "2.4个百分点",
            0,
            "contribution_pp",
            "actual",
            "=",
            2.4,
            "个百分点",
            "industry",
            "制造业",
            "C",
            H1,
        ),
        (0, None, "园区企业用工人数", "1.2万人", 0, "value", "actual", "=", 1.2, "万人", "park", "园区", None, None),
        (
            0,
            "新增规模以上工业企业数",
            "新增规上企业",
            "6家",
            0,
            "value",
            "actual",
            "=",
            6,
            "家",
            "county",
            None,
            None,
            (2022, 1, 6, "上半年", "clause"),
        ),
        (
            0,
            "工业投资",
            "工业投资",
            "9.4%",
            0,
            "yoy_pct",
            "actual",
            "=",
            -9.4,
            "%",
            "county",
            None,
            None,
            (2022, 1, 5, "1-5月", "clause"),
        ),
        (
            0,
            "工业投资",
            "工业投资",
            "15.5个百分点",
            0,
            "change_pp",
            "actual",
            "=",
            15.5,
            "个百分点",
            "county",
            None,
            None,
            (2022, 1, 5, "1-5月", "clause"),
        ),
        (
            0,
            "招商引资到位资金",
            "招商引资到位资金",
            "30亿元",
            0,
            "value",
            "target",
            ">=",
            30,
            "亿元",
            "county",
            None,
            None,
            (2022, 1, 12, "全年", "clause"),
        ),
        (
            1,
            "签约项目数",
            "签约项目",
            "*个",
            0,
            "value",
            "actual",
            "=",
            None,
            "个",
            "county",
            None,
            None,
            (2023, 1, 9, "1-9月", "clause"),
        ),
        (
            1,
            "签约项目投资总额",
            "合同投资总额",
            "*亿元",
            0,
            "value",
            "actual",
            "=",
            None,
            "亿元",
            "county",
            None,
            None,
            (2023, 1, 9, "1-9月", "clause"),
        ),
        (
            1,
            "招商引资到位资金",
            "实际到位资金",
            "xx亿元",
            0,
            "value",
            "actual",
            "=",
            None,
            "亿元",
            "county",
            None,
            None,
            (2023, 1, 9, "1-9月", "clause"),
        ),
        (
            1,
            "招商引资到位资金",
            "实际到位资金",
            "x.xx%",
            0,
            "yoy_pct",
            "actual",
            "=",
            None,
            "%",
            "county",
            None,
            None,
            (2023, 1, 9, "1-9月", "clause"),
        ),
        (
            1,
            "社会消费品零售总额",
            "社会消费品零售总额",
            "12.5亿元",
            0,
            "value",
            "actual",
            "~",
            12.5,
            "亿元",
            "county",
            None,
            None,
            None,
        ),
        (
            1,
            "社会消费品零售总额",
            "社会消费品零售总额",
            "6.8%",
            0,
            "yoy_pct",
            "actual",
            "=",
            6.8,
            "%",
            "county",
            None,
            None,
            None,
        ),
        (
            1,
            "一般公共预算收入",
            "一般公共预算收入",
            "3亿元",
            0,
            "value",
            "target",
            "=",
            3,
            "亿元",
            "county",
            None,
            None,
            (2023, 1, 12, "全年", "clause"),
        ),
        (
            2,
            "工业用电量",
            "工业用电量",
            "2.61亿千瓦时",
            0,
            "value",
            "actual",
            "=",
            2.61,
            "亿千瓦时",
            "county",
            None,
            None,
            None,
        ),
        (2, "工业用电量", "工业用电量", "5%", 0, "yoy_pct", "actual", "=", 5, "%", "county", None, None, None),
    ]

    # (doc, project, company, stage, span, amount, unit, masked, event date, date text, location, industry)
    investments = [
        (
            0,
            "旺苍县川北食品有限公司食品加工项目",
            "旺苍县川北食品有限公司",
            "started",
            "总投资1.2亿元",
            1.2,
            "亿元",
            False,
            date(2022, 3, 15),
            "3月15日",
            None,
            "14",
        ),
        (
            1,
            "年产**吨新型建材项目",
            "某某新材料有限公司",
            "signed",
            "投资**亿元",
            None,
            "亿元",
            True,
            None,
            None,
            None,
            "30",
        ),
    ]

    db_path.parent.mkdir(parents=True, exist_ok=True)
    if db_path.exists():
        db_path.unlink()
    con = duckdb.connect(str(db_path))
    con.execute((ROOT / "extract" / "schema.sql").read_text(encoding="utf-8"))

    for d in docs:
        d["sha"] = sha(d["text"])
        path = f"/data/reports/{d['file_name']}"
        y, s, e, ptype, label = d["period"]
        insert(
            con,
            "files",
            dict(
                source_path=path,
                file_name=d["file_name"],
                content_sha256=d["sha"],
                size_bytes=len(d["text"].encode()),
                file_type=d["file_name"].rsplit(".", 1)[1],
                encoding="utf-8" if d["file_name"].endswith(".txt") else None,
                status="loaded",
                reason=None,
                seen_at=SEEN_AT,
            ),
        )
        insert(
            con,
            "documents",
            dict(
                content_sha256=d["sha"],
                file_name=d["file_name"],
                source_path=path,
                title=d["title"],
                department=d["department"],
                county_text=d["county_text"],
                county_adcode=d["county_adcode"],
                county_is_masked=d["county_is_masked"],
                report_year=d["report_year"],
                period_year=y,
                period_start_month=s,
                period_end_month=e,
                period_type=ptype,
                period_label=label,
                report_text=d["text"],
                char_count=len(d["text"]),
                encoding="utf-8",
                loaded_at=SEEN_AT,
                extractor_version=VERSION,
            ),
        )
    insert(
        con,
        "files",
        dict(
            source_path="/data/reports/scan.pdf",
            file_name="scan.pdf",
            content_sha256=sha("scan"),
            size_bytes=1024,
            file_type="pdf",
            encoding=None,
            status="rejected",
            reason="pdf has no text layer",
            seen_at=SEEN_AT,
        ),
    )
    insert(
        con,
        "files",
        dict(
            source_path="/data/reports/copy/wangcang_2022h1.txt",
            file_name="wangcang_2022h1.txt",
            content_sha256=docs[0]["sha"],
            size_bytes=len(WANGCANG.encode()),
            file_type="txt",
            encoding="utf-8",
            status="duplicate",
            reason="same content as /data/reports/wangcang_2022h1.txt",
            seen_at=SEEN_AT,
        ),
    )

    seq: dict[int, int] = {}
    for (
        i,
        name,
        surface,
        span,
        nth,
        measure,
        basis,
        qualifier,
        value,
        unit,
        subject_type,
        subject_name,
        industry,
        period,
    ) in facts:
        d = docs[i]
        text = d["text"]
        start = find(text, span, nth)
        s_start, s_end = sentence(text, start)
        seq[i] = seq.get(i, 0) + 1
        masked = value is None
        unit_std, factor = UNITS[unit]
        if measure in ("yoy_pct", "completion_pct", "share_pct"):
            unit_std, factor = "percent", 1
        y, sm, em, label, source = period or (None, None, None, None, "none")
        code = codes.get(name) if name else None
        if name and code is None:
            sys.exit(f"seeds/indicators.csv has no indicator named {name}")
        insert(
            con,
            "indicator_mentions",
            dict(
                mention_id=f"{d['sha'][:16]}-{seq[i]}",
                content_sha256=d["sha"],
                seq=seq[i],
                indicator_code=code,
                indicator_surface=surface,
                industry_code=industry,
                subject_type=subject_type,
                subject_name=subject_name,
                measure=measure,
                basis=basis,
                qualifier=qualifier,
                value=value,
                unit=unit,
                value_std=None if masked else value * factor,
                unit_std=unit_std,
                is_masked=masked,
                mask_text=span.replace(unit or "", "") if masked else None,
                period_year=y,
                period_start_month=sm,
                period_end_month=em,
                period_type=PERIOD_TYPES.get((sm, em)) if period else None,
                period_label=label,
                period_source=source,
                source_text=text[s_start:s_end],
                sentence_start=s_start,
                sentence_end=s_end,
                char_start=start,
                char_end=start + len(span),
                extractor_version=VERSION,
            ),
        )

    for n, (
        i,
        project,
        company,
        stage,
        span,
        amount,
        unit,
        masked,
        event_date,
        date_text,
        location,
        industry,
    ) in enumerate(investments, start=1):
        d = docs[i]
        text = d["text"]
        start = find(text, span)
        s_start, s_end = sentence(text, start)
        insert(
            con,
            "investment_mentions",
            dict(
                investment_id=f"{d['sha'][:16]}-i{n}",
                content_sha256=d["sha"],
                seq=n,
                project_name=project,
                company_name=company,
                stage=stage,
                amount=amount,
                unit=unit,
                amount_cny=None if amount is None else amount * UNITS[unit][1],
                is_masked=masked,
                mask_text="**" if masked else None,
                event_date=event_date,
                event_date_text=date_text,
                location=location,
                industry_code=industry,
                source_text=text[s_start:s_end],
                sentence_start=s_start,
                sentence_end=s_end,
                char_start=start,
                char_end=start + len(span),
                extractor_version=VERSION,
            ),
        )
    con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path, help="DuckDB file to create (replaced if it exists)")
    build(ap.parse_args(argv).db)
    return 0


if __name__ == "__main__":
    sys.exit(main())

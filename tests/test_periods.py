"""Periods (extract/periods.py) on sentences from the shared corpus and the contract's
examples, and properties: "a-b月" is always months a..b, with or without a year."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.periods import Period, find_periods, period_label


def first(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, start_month, end_month) of the first period mention that is not a comparison base."""
    mentions = [m for m in find_periods(text) if not m.is_base]
    assert mentions, f"no period found in {text!r}"
    p = mentions[0].period
    return p.year, p.start_month, p.end_month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1-6月,全县规模以上工业总产值完成58.74亿元", (None, 1, 6)),  # examples/wangcang_2023h1
        ("1—9月份,我市完成进出口21.6亿美元", (None, 1, 9)),  # dev/d10 (em dash, 月份)
        ("1-9月份,316个州重点建设项目累计开复工291个", (None, 1, 9)),  # dev/d06
        ("今年1至6月,我县47个重点建设项目开复工44个", (None, 1, 6)),  # dev/d07 (至)
        ("1月到5月,已备案登记60家销售网点", (None, 1, 5)),  # dev/d13 (到)
        ("上半年,全县地区生产总值完成××亿元", (None, 1, 6)),  # dev/d04
        ("前三季度,长沙县主要经济指标实现五个第一", (None, 1, 9)),  # dev/d11
        ("第三季度,全县工业增加值增长5%", (None, 7, 9)),
        ("一季度,全县实现地区生产总值56.82亿元", (None, 1, 3)),  # dev/d09
        ("全年完成工业投资134.8亿元,同比增长102.8%", (None, 1, 12)),  # dev/d14
        ("截至6月底,全县实施重点项目52个", (None, 1, 6)),
        ("截至9月底，全县新签约招商引资项目15个", (None, 1, 9)),  # examples/jinping_2023m9
        ("4月末各项存款余额368343万元", (None, 4, 4)),  # dev/d13: a month-end stock
        ("6月份,全县规上工业增加值增长3.1%", (None, 6, 6)),
        ("2022年1-6月，我县完成规模以上工业总产值*亿元", (2022, 1, 6)),  # seeds/000
        ("2023年上半年工作总结", (2023, 1, 6)),
        ("2021年1-9月份重点建设项目简讯", (2021, 1, 9)),  # dev/d06
        ("2022年一季度嵩明县经济运行情况", (2022, 1, 3)),  # dev/d12
        ("2022年全年", (2022, 1, 12)),
        ("下半年,重点围绕政府工作报告", (None, 7, 12)),
    ],
)
def test_periods_in_real_sentences(text: str, expected: tuple) -> None:
    assert first(text) == expected


@pytest.mark.parametrize(
    ("text", "period_type"),
    [("1-6月", "ytd"), ("上半年", "half_year"), ("前三季度", "ytd"), ("第三季度", "quarter"), ("一季度", "quarter"),
     ("全年", "year"), ("6月份", "month"), ("1-9月", "ytd")],
)
def test_period_types_are_contract_values(text: str, period_type: str) -> None:
    p = find_periods(text)[0].period
    assert p.period_type == period_type
    assert p.period_type in {"month", "quarter", "ytd", "half_year", "year", "other"}


def test_masked_year_is_stated_but_unknown() -> None:
    # dev/d13: 20xx年 … 上半年
    p = find_periods("20xx年上半年")[0].period
    assert (p.year, p.start_month, p.end_month, p.year_stated) == (None, 1, 6, True)
    assert p.with_year(2009).year is None  # a masked year is not filled in from elsewhere


def test_comparison_base_is_marked() -> None:
    # dev/d12: 增幅较1-2月(-0.6%)提高18.0个百分点
    mentions = find_periods("1-3月,全县固定资产投资同比增长17.4%,增幅较1-2月(-0.6%)提高18.0个百分点")
    assert [(m.period.start_month, m.period.end_month, m.is_base) for m in mentions] == [(1, 3, False), (1, 2, True)]


def test_several_periods_in_order_without_overlap() -> None:
    # dev/d08: 1-5月 actuals, 上半年 forecasts
    text = "1-5月全区纳统在库项目127个,完成工业投资29.3亿元,增速45.7%,该批项目预测上半年将完成投资34.32亿元"
    mentions = find_periods(text)
    assert [(m.period.start_month, m.period.end_month) for m in mentions] == [(1, 5), (1, 6)]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert [text[m.start : m.end] for m in mentions] == ["1-5月", "上半年"]


def test_no_period_in_dates_and_plain_text() -> None:
    assert find_periods("全县经济社会呈现出总体回稳、恢复加快、势头向好的良好态势") == []
    assert [m for m in find_periods("2017年12月16日,第十七届") if m.period.start_month] == []


def test_bare_month() -> None:
    assert first("6月,全县规上工业增加值增长3.1%") == (None, 6, 6)


def test_period_label() -> None:
    assert period_label(Period(2023, 1, 6, "ytd", "1-6月")) == "2023年1-6月"
    assert period_label(Period(None, 1, 12, "year", "全年")) == "全年"
    assert period_label(Period(2022, 6, 6, "month", "6月份")) == "2022年6月"
    assert period_label(Period(None, None, None, "other", "")) == "未注明"


# ---- properties -------------------------------------------------------------------------

MONTH_RANGES = st.integers(1, 12).flatmap(lambda a: st.tuples(st.just(a), st.integers(a, 12)))
SEPARATORS = st.sampled_from(["-", "—", "至", "到", "~"])


@given(MONTH_RANGES)
def test_month_range(ab: tuple[int, int]) -> None:
    a, b = ab
    assert first(f"{a}-{b}月") == (None, a, b)


@given(MONTH_RANGES, st.integers(1990, 2035), SEPARATORS, st.sampled_from(["月", "月份"]),
       st.sampled_from(["", ",全县规模以上工业增加值同比增长5.2%"]))
def test_month_range_with_year(ab: tuple[int, int], year: int, sep: str, suffix: str, rest: str) -> None:
    a, b = ab
    assert first(f"{year}年{a}{sep}{b}{suffix}{rest}") == (year, a, b)


@given(MONTH_RANGES)
def test_month_range_inside_a_sentence(ab: tuple[int, int]) -> None:
    a, b = ab
    text = f"今年{a}-{b}月,全县完成工业投资16.25亿元"
    mentions = find_periods(text)
    assert [(m.period.start_month, m.period.end_month) for m in mentions] == [(a, b)]
    assert text[mentions[0].start : mentions[0].end] == f"{a}-{b}月"


def test_the_year_of_a_target_is_marked() -> None:
    found = find_periods("截止6月底,完成市上全年任务(42.5亿元)的59.94%;全年完成投资12亿元")
    assert [(p.period.label, p.is_target) for p in found] == [("截止6月底", False), ("全年", True), ("全年", False)]


def test_yuan_yue_is_january() -> None:
    spans = {t: [(p.period.start_month, p.period.end_month) for p in find_periods(t)]
             for t in ("元至7月,该县", "元月至5月份", "2023年元—6月", "投资300万元至7月底")}
    assert spans == {"元至7月,该县": [(1, 7)], "元月至5月份": [(1, 5)], "2023年元—6月": [(1, 6)],
                     "投资300万元至7月底": [(7, 7)]}


def test_a_year_that_opens_the_sentence_is_the_whole_year() -> None:
    [p] = find_periods("2023年,在县委、县政府的正确领导下,全县工业企业实现开票销售1581.2亿元")
    assert (p.period.year, p.period.start_month, p.period.end_month) == (2023, 1, 12)
    assert [x.period.start_month for x in find_periods("较2023年,增长5%")] != [1]

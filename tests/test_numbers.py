"""Numbers, masks and units (extract/numbers.py) on sentences from the shared corpus, and
properties: any number written with up to 4 decimals and a unit reads back as itself."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.lexicon import load_lexicon
from extract.numbers import find_figures, is_mask, parse_number

LEX = load_lexicon()


def figures(text: str, with_unit: bool = False) -> list[tuple[str, str | None, float | None, bool]]:
    """(number as written, unit, value, masked) of every figure; with_unit leaves out bare numbers
    (find_figures keeps them, e.g. the 1 of "1-5月", for callers to judge by context)."""
    return [(f.number_text, f.unit, f.value, f.is_masked) for f in find_figures(text, LEX) if f.unit or not with_unit]


# ---- parse_number / is_mask ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value"),
    [("26.52", 26.52), ("0", 0.0), ("1,234.5", 1234.5), ("1,234,567", 1234567.0), (" 12 ", 12.0),
     ("六", 6.0), ("十", 10.0), ("二十一", 21.0), ("两", 2.0), ("一百零八", 108.0)],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["*", "**", "xx.xx", "××", "abc", "", "1.2.3", "12亿"])
def test_parse_number_gives_none(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["*", "**", "***", "*.*", "x", "X", "xx", "xx.xx", "x.xx", "××", "×××", "XX"])
def test_is_mask(text: str) -> None:
    assert is_mask(text)


@pytest.mark.parametrize("text", ["1", "26.52", "六", "x1", "abc", "", "*1"])
def test_is_not_mask(text: str) -> None:
    assert not is_mask(text)


# ---- find_figures on real sentences ------------------------------------------------------

def test_amounts_and_percents() -> None:
    # shared/corpus/seeds/002: 1－5月 … (after normalisation)
    text = "1-5月,全县规模以上工业总产值完成26.52亿元,同比增长同比增长20.1%;工业投资同比下降9.4%"
    assert figures(text, with_unit=True) == [
        ("26.52", "亿元", 26.52, False), ("20.1", "%", 20.1, False), ("9.4", "%", 9.4, False)]
    assert figures(text)[0] == ("1", None, 1.0, False)  # the 5 of 5月 is a date, not a figure


def test_offsets_cover_number_and_unit() -> None:
    text = "1—9月份,我市完成进出口21.6亿美元,占青岛市工作目标的77.1%,同比增长4.2%"  # dev/d10
    found = [f for f in find_figures(text, LEX) if f.unit]
    assert [text[f.start : f.end] for f in found] == ["21.6亿美元", "77.1%", "4.2%"]
    assert [f.text for f in found] == ["21.6亿美元", "77.1%", "4.2%"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成规模以上工业总产值*亿元,同比增长*%", [("*", "亿元"), ("*", "%")]),  # seeds/000
        ("规模以上工业增加值同比增长xx.x%,高于全市平均增速(x.x%)x.x个百分点", [("xx.x", "%"), ("x.x", "%"), ("x.x", "个百分点")]),
        ("全县地区生产总值完成××亿元,增长××%", [("××", "亿元"), ("××", "%")]),  # dev/d04
        ("社会消费品零售总额完成×××亿元,下降×××%", [("×××", "亿元"), ("×××", "%")]),
        ("增长xx.xx%", [("xx.xx", "%")]),
        ("新增规上企业××家", [("××", "家")]),
        ("签约项目*个,合同投资总额*亿元", [("*", "个"), ("*", "亿元")]),
    ],
)
def test_masks(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_figures(text, LEX)
    assert [(f.number_text, f.unit) for f in found] == expected
    assert all(f.is_masked and f.value is None for f in found)


@pytest.mark.parametrize("text", ["X县工业和信息化局", "*月*日,财政局组织专人", "××热源厂改扩建项目", "xx年上半年"])
def test_masks_without_unit_are_not_figures(text: str) -> None:
    assert find_figures(text, LEX) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("合同投资总额1,234.5万元", [("1,234.5", "万元", 1234.5, False)]),
        ("销售额5,455,183元", [("5,455,183", "元", 5455183.0, False)]),
        ("4月末各项存款余额368343万元", [("368343", "万元", 368343.0, False)]),  # dev/d13
    ],
)
def test_thousands_and_long_numbers(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_chinese_numerals_with_count_units() -> None:
    # seeds: 截至目前，全县供应工业用地六宗共*亩
    found = find_figures("截至目前,全县供应工业用地六宗共*亩", LEX)
    assert [(f.number_text, f.unit, f.value, f.is_chinese) for f in found] == [("六", "宗", 6.0, True), ("*", "亩", None, False)]
    assert figures("新签约项目十二个") == [("十二", "个", 12.0, False)]


@pytest.mark.parametrize("text", ["一是领导带头抓项目", "第一产业增加值", "一批基础设施", "两区“主导+特色”产业"])
def test_chinese_numerals_that_are_not_figures(text: str) -> None:
    assert [f for f in find_figures(text, LEX) if f.is_chinese] == []


def test_dates_are_not_figures() -> None:
    # dev/d11: 2017年12月16日
    assert figures("2017年12月16日,第十七届全国县域经济基本竞争力前100名") == [("100", "名", 100.0, False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("固定资产投资增速较1-2月(-0.6%)提高", -0.6), ("增长-3.5%", -3.5)],
)
def test_signed_numbers(text: str, value: float) -> None:
    assert [f.value for f in find_figures(text, LEX) if f.unit == "%"] == [value]


def test_number_without_unit_is_kept() -> None:
    # dev/d13: 社会消费品零售总额完成71642,比去年同期增长23.7%
    assert figures("社会消费品零售总额完成71642,比去年同期增长23.7%") == [
        ("71642", None, 71642.0, False), ("23.7", "%", 23.7, False)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("工业用电量6.12亿千瓦时", "亿千瓦时"), ("实际到位外资5.8亿美元", "亿美元"), ("外贸出口总额完成240万美元", "万美元"),
     ("增幅高于青岛市1.6个百分点", "个百分点"), ("外派人数122人", "人"), ("没收白板肉等200公斤", "公斤")],
)
def test_longest_unit_wins(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text, LEX)][-1] == unit


# ---- properties ---------------------------------------------------------------------------

UNITS = sorted(set(LEX.units) | {"%"})


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False),
       st.integers(min_value=0, max_value=4), st.sampled_from(UNITS), st.booleans())
def test_number_with_unit_reads_back(x: float, decimals: int, unit: str, thousands: bool) -> None:
    number = f"{x:,.{decimals}f}" if thousands else f"{x:.{decimals}f}"
    found = find_figures(f"完成{number}{unit},", LEX)
    assert len(found) == 1, (number, unit, found)
    assert found[0].value == float(number.replace(",", ""))
    assert found[0].unit == unit
    assert found[0].number_text == number
    assert parse_number(number) == float(number.replace(",", ""))


@given(st.floats(min_value=0.0001, max_value=1e6, allow_nan=False), st.integers(min_value=0, max_value=4))
def test_negative_percent_reads_back(x: float, decimals: int) -> None:
    number = f"{x:.{decimals}f}"
    found = find_figures(f"增长-{number}%", LEX)
    assert [f.value for f in found] == [-float(number)]

"""Text normalisation (extract/normalize.py): full-width → half-width, traditional →
simplified, whitespace. The normalised text is what every offset points into."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.normalize import normalize_text, to_simplified


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１－５月，全县规模以上工业总产值完成２６．５２亿元，同比增长２０．１％",
         "1-5月,全县规模以上工业总产值完成26.52亿元,同比增长20.1%"),
        ("完成年度目标任务（＊亿元）的＊％", "完成年度目标任务(*亿元)的*%"),
        ("１－６月", "1-6月"),
        ("ＧＤＰ增长５．３％；", "GDP增长5.3%;"),
        ("规上工业增加值：同比增长３９．８％", "规上工业增加值:同比增长39.8%"),
    ],
)
def test_full_width_to_half_width(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_dashes() -> None:
    assert normalize_text("1—9月份") == "1—9月份"  # the em dash is kept (a range sign)
    assert normalize_text("1–9月") == "1-9月"  # en dash
    assert normalize_text("下降\u22129.4%") == "下降-9.4%"  # minus sign


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # shared/corpus/dev/d07.txt
        ("今年1至6月,我縣47個重點建設項目開復工44個、完成投資16.74億元、占年計劃的59.8%",
         "今年1至6月,我县47个重点建设项目开复工44个、完成投资16.74亿元、占年计划的59.8%"),
        ("上半年以來,略陽縣堅持以項目為總抓手", "上半年以来,略阳县坚持以项目为总抓手"),
        ("略陽縣完成投資16.74億元", "略阳县完成投资16.74亿元"),
        ("規模以上工業總產值", "规模以上工业总产值"),
    ],
)
def test_traditional_to_simplified(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_simplified_is_left_alone() -> None:
    text = "2022年一季度嵩明县经济运行情况"
    assert to_simplified(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # blanks between Chinese characters are layout, not the author's: they go
        ("一季度，\u3000全县  地区生产总值\t完成", "一季度, 全县地区生产总值完成"),
        # and so are blanks between a figure and the Chinese around it (2022 年, 23 亿元, 增长 5%)
        ("完成目标任务 28. 1%,签约 项目 2 个", "完成目标任务28.1%,签约项目2个"),
        ("2022 年全区 R&D 经费占 GDP 比重达 3.02 %", "2022年全区 R&D 经费占 GDP 比重达3.02%"),
        ("第一行\r\n\r\n\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
        ("  \n  标题  \n\n正文\n  ", "标题\n正文"),
        ("增长\u00a05%\u200b", "增长5%"),
        ("\ufeff标题", "标题"),
        ("", ""),
    ],
)
def test_whitespace(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_table_rows_survive() -> None:
    raw = "指标 | 绝对值 | 增速(%) |\n地区生产总值(亿元) | 45.12 | 4.5 |"
    assert normalize_text(raw) == raw


@given(st.text(max_size=200))
def test_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=0xFF10, max_codepoint=0xFF19), min_size=1, max_size=20))
def test_full_width_digits(digits: str) -> None:
    assert normalize_text(digits) == "".join(chr(ord(c) - 0xFEE0) for c in digits)


@given(st.text(max_size=200))
def test_no_control_whitespace_left(text: str) -> None:
    out = normalize_text(text)
    assert "\r" not in out and "\t" not in out and "\u3000" not in out and "\n\n" not in out
    assert out == out.strip()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("增幅全市排名第二;规模以上工业", "增幅全市排名第2;规模以上工业"),  # seeds/003
        ("长沙县分别位居第六名和第三名。", "长沙县分别位居第6名和第3名。"),  # dev/d11
        ("自身全国十强位列第九以来", "自身全国十强位列第9以来"),  # dev/d11
        ("增速居全市第二十一位", "增速居全市第21位"),
        ("排名全市第十", "排名全市第10"),
        # not ranks: sectors, batches, quarters, the first of a list, and 首位 (no numeral)
        ("保持第一产业增加值稳定增长", "保持第一产业增加值稳定增长"),
        ("列入第二批重点项目", "列入第二批重点项目"),
        ("居全市首位", "居全市首位"),
        ("第三季度,全县完成", "第三季度,全县完成"),
    ],
)
def test_rank_ordinals_become_digits(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@given(st.text(alphabet="排名居位列第一二三四五六七八九十百名产批全市,。和", max_size=40))
def test_rank_rewrite_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_small_forms_and_pinyin_glosses() -> None:
    # real pages: ﹪ for %, and pinyin printed after each traditional character
    assert normalize_text("占县下达目标任务的85.81﹪") == "占县下达目标任务的85.81%"
    assert normalize_text("第二產(chǎn)業(yè)完成增加值53.78億元,低于1.6個(gè)百分點(diǎn)") == (
        "第二产业完成增加值53.78亿元,低于1.6个百分点"
    )
    assert normalize_text("GDP(dollars)与东(dong)") == "GDP(dollars)与东(dong)"  # no tone mark: not a gloss


def test_a_time_and_january_are_not_a_figure_broken_from_its_unit() -> None:
    text = "来源: 工业和信息化局 发布时间: 2015-07-29 00:00\n\n元至6月份,我县完成规模工业总产值236.7亿元。\n" * 2
    assert "00:00\n元至6月份" in normalize_text(text)


def test_a_figure_broken_over_two_lines_is_joined() -> None:
    # real pages: 全县生产总值34⏎0亿元, 农村居民人均可支配收入1⏎2248元 (short excerpts, no typical width)
    assert normalize_text("预计全县生产总值34\n0亿元,比2012年增长") == "预计全县生产总值340亿元,比2012年增长"
    assert normalize_text("农村居民人均可支配收入1\n2248元、增长9.3%") == "农村居民人均可支配收入12248元、增长9.3%"
    assert normalize_text("第一产业增长3\n一、工业") == "第一产业增长3\n一、工业"  # a heading, not a unit


def test_an_amount_broken_from_its_name_by_blank_lines_is_joined() -> None:
    # real bulletin: 年末金融机构各项存款余额⏎⏎299293万元 (a heading line is left alone)
    assert normalize_text("存贷款增加。年末金融机构各项存款余额\n\n299293万元,比上年增长38.8%。") == (
        "存贷款增加。年末金融机构各项存款余额299293万元,比上年增长38.8%。"
    )
    assert normalize_text("(一)一般公共预算收入\n12.5亿元") == "(一)一般公共预算收入\n12.5亿元"

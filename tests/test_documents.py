"""Report-level facts (extract/documents.py): county, department, main period, manifest."""

from __future__ import annotations

from extract.documents import report_info
from extract.normalize import normalize_text
from extract.segment import split_lines


def info(text: str, manifest: dict[str, str] | None = None):
    text = normalize_text(text)
    return report_info(text, split_lines(text), manifest)


def test_a_named_county_resolves_to_its_adcode() -> None:
    r = info("旺苍县经济和信息化局2023年上半年工作总结\n1-6月,全县规模以上工业总产值完成52.3亿元。")
    assert (r.county_text, r.county_adcode, r.county_is_masked) == ("旺苍县", "510821", False)
    assert r.department == "旺苍县经济和信息化局"
    assert (r.report_year, r.period.start_month, r.period.end_month) == (2023, 1, 6)


def test_a_repeated_name_resolves_through_its_prefecture() -> None:
    assert info("长春市朝阳区2023年一季度经济运行情况\n一季度,全区地区生产总值增长5%。").county_adcode == "220104"
    assert info("北京市朝阳区2023年一季度经济运行情况\n一季度,全区地区生产总值增长5%。").county_adcode == "110105"


def test_a_repeated_name_without_its_prefecture_stays_unresolved() -> None:
    r = info("朝阳区2023年一季度经济运行情况\n一季度,全区地区生产总值增长5%。")
    assert r.county_adcode is None  # never the wrong county


def test_a_name_inside_a_word_is_no_county() -> None:
    # real sentences from the seed reports: 会同 (together with), 示范县 (model county)
    r = info("我局会同县融媒体中心将《措施》发布。一是按计划完成电商示范县验收工作。")
    assert r.county_adcode is None


def test_a_masked_county_is_kept_as_masked() -> None:
    r = info("X县工业和信息化局2022年上半年工作总结\n1-6月,全县规模以上工业总产值完成*亿元。")
    assert (r.county_text, r.county_adcode, r.county_is_masked) == ("X县", None, True)


def test_the_manifest_overrides_inference() -> None:
    text = "2023年上半年工作总结\n1-6月,全县规模以上工业总产值完成52.3亿元。"
    assert info(text).county_adcode is None
    r = info(text, {"county": "锦屏县", "adcode": "522628", "department": "县商务局", "year": "2022"})
    assert (r.county_text, r.county_adcode, r.department, r.report_year) == ("锦屏县", "522628", "县商务局", 2022)


def test_department_without_the_words_before_it() -> None:
    assert info("日前,记者从县统计局获悉,前三季度全县经济稳中向好。").department == "县统计局"


def test_year_and_period_from_the_title() -> None:
    r = info("关于2023年招商引资的工作汇报材料\n2023年以来,现将我局上半年工作总结汇报如下:")
    assert (r.report_year, r.period.start_month, r.period.end_month) == (2023, 1, 6)


def test_a_monthly_report_whose_figures_run_from_january() -> None:
    from extract.pipeline import process_text

    report = process_text("10月份,示范区规模以上工业经济继续领跑全省。\n1-10月,示范区规上工业增加值增长14.3%。\n"
                          "重点行业产值两增两降:装备制造业产值增长10.5%。")
    assert {(f.period.start_month, f.period.end_month) for f in report.facts} == {(1, 10)}

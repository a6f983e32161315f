"""Investment project events (extract/investments.py) and enterprise names
(extract/enterprises.py, macros/enterprise_name.sql) on real sentences.

The sentences are copied from the seed reports of the shared corpus (../shared/corpus/seeds)
and from the shipped examples; the expected events follow the labelling rules of
../shared/eval/LABELING.md (investments.csv). Warehouse checks of dim_enterprise, dim_project
and the enterprise links use the examples warehouse that conftest builds once per session.
"""

from __future__ import annotations

import datetime as dt
import re

import duckdb
import jinja2
import pytest
from conftest import REPO, Build, query

from extract.enterprises import company_prefix, enterprise_key, find_company, normalize_enterprise_name
from extract.investments import Investment, extract_investments
from extract.lexicon import load_lexicon
from extract.normalize import normalize_text
from extract.segment import Span, split_sentences


def events(text: str, year: int | None = 2022) -> list[Investment]:
    """The events of one sentence, as the pipeline sees it (normalised, offsets from 0)."""
    text = normalize_text(text)
    out: list[Investment] = []
    for sent in split_sentences(text, 0):
        out.extend(extract_investments(sent, load_lexicon(), year))
    return out


def pairs(text: str) -> list[tuple[str, str]]:
    return [(v.project_name, v.stage) for v in events(text)]


# (sentence from a seed report, the events it states as (project_name, stage))
SEED_SENTENCES = [
    pytest.param(
        "开展招商引资项目评审，富之光电子科技（韶关）有限公司贴片电容项目、东升纸品(韶关)有限公司租转购及扩产项目、"
        "佛山市南海音源乐器板材制造有限公司乐器板材供应链建设项目等项目顺利通过评审，分别由县高新区管委会、县工信局和"
        "桂头镇人民政府牵头推进。",
        [("富之光电子科技(韶关)有限公司贴片电容项目", "planned"),
         ("东升纸品(韶关)有限公司租转购及扩产项目", "planned"),
         ("佛山市南海音源乐器板材制造有限公司乐器板材供应链建设项目", "planned")],
        id="list-passed-review-planned"),
    pytest.param(
        "加快传统化工产业向绿色化高端化转型升级，加快东阳光璞泰来、胜蓝电子二期、恒扬二期、卓特、万森天然冰片、欧莱、"
        "筑友、春夏新科等项目加快建设，壮大生物医药、医疗器械、新能源电池材料等新兴产业集群。",
        [(n, "under_construction") for n in
         ("东阳光璞泰来", "胜蓝电子二期", "恒扬二期", "卓特", "万森天然冰片", "欧莱", "筑友", "春夏新科")],
        id="list-each-item-an-event"),
    pytest.param(
        "加快卓特新能源电池装备制造项目、广东春夏新材料科技股份有限公司和筑友集团装配式节能建筑科技园等重大项目尽快落地投资。",
        [("卓特新能源电池装备制造项目", "planned"), ("广东春夏新材料科技股份有限公司", "planned"),
         ("筑友集团装配式节能建筑科技园", "planned")],
        id="land-soon-planned"),
    pytest.param(
        "一方面受要素保障的影响，招商引资项目，如筑友、中鸿环保等项目暂时无法落地；另一方面在库项目暂无有力支撑点，"
        "工业投资增长乏力，难以完成全年*亿的任务目标。",
        [("筑友", "planned"), ("中鸿环保", "planned")],
        id="cannot-land-planned"),
    pytest.param(
        "一是我县2022年新增上规的*家企业，除广东金贝源婴童用品有限公司是新建投产上规，2022年产值约*万元，其他转规的*家"
        "企业产值基本也是*万左右，难以拉动规上工业平稳增长；二是拟新建投产上规的企业，如广东禾康、广东恒扬预计要到第四"
        "季度才能上规，产值合计约*亿元，拉动规上增速约*百分点。",
        [("广东金贝源婴童用品有限公司", "in_production"), ("广东禾康", "planned"), ("广东恒扬", "planned")],
        id="intended-production-planned"),
    pytest.param(
        "帮助广东禾康、塔筒项目等尽快建成投产，努力实现*月前上规。",
        [("广东禾康", "under_construction"), ("塔筒项目", "under_construction")],
        id="hoped-completion-is-under-construction"),
    pytest.param(
        "其中:投资*亿元的*金隅新型材料、投资*亿元的*秦河新材项目落户*并开工建设,总投资*亿元的联星实业高端产业园项目"
        "正式签约落户*。",
        [("*金隅新型材料", "started"), ("*秦河新材项目", "started"), ("联星实业高端产业园项目", "signed")],
        id="settled-and-started-is-one-event"),
    pytest.param(
        "扶贫产业园一期建设标准化厂房五万平方米，目前项目建设总体进度超过*%，预计*月底将全部建成，*月份正式投入使用；"
        "丹澄产业园工业标准化厂房建设项目也于*月份已正式开工。",
        [("扶贫产业园一期", "under_construction"), ("丹澄产业园工业标准化厂房建设项目", "started")],
        id="expected-completion-is-no-event"),
    pytest.param(
        "*月份，县政府就市政道路及经开区基础设施建设项目已与太平洋建设集团签订投资协议，目前正在办理项目前期手续，"
        "完善项目整体设计。",
        [("市政道路及经开区基础设施建设项目", "signed")],
        id="agreement-with-a-company"),
    pytest.param(
        "二是加大*雄峰实业、*赛易德汽车零部件、成都川环管业等有投资意向的工业项目对接力度，尽心竭力确保项目落户*；"
        "三是持续跟踪*等签约项目，提供保姆式服务，全力保障项目落地，快速建设，早日投产运行。",
        [("*雄峰实业", "planned"), ("*赛易德汽车零部件", "planned"), ("成都川环管业", "planned")],
        id="intent-to-invest-planned"),
    pytest.param(
        "贯彻落实县委、县政府主要领导关于煤炭项目推进工作会议上的部署要求，加快四大矿建设，早日建成安里煤业、澄合二矿项目，"
        "尽快释放煤炭产能，培育新的工业增长点。",
        [("安里煤业", "under_construction"), ("澄合二矿项目", "under_construction")],
        id="build-soon-under-construction"),
    pytest.param(
        "实现了大明X绿色建材产业园、X县闽磊鑫矿业年产600万吨石灰岩矿生产线建设项目竣工投产，飞南铜资源再生利用项目于"
        "3月28日点火试产，4月11日竣工投产，加美木业1月正式投产直到3月实现上规入库，三江口节能环保生态产业园一期入园企业"
        "有9家续建9家新开工，家得宝全甘蔗浆产品升级技术改造项目于3月初投入生产。",
        [("大明X绿色建材产业园", "completed"),
         ("X县闽磊鑫矿业年产600万吨石灰岩矿生产线建设项目", "completed"),
         ("飞南铜资源再生利用项目", "in_production"), ("飞南铜资源再生利用项目", "completed"),
         ("加美木业", "in_production"),
         ("三江口节能环保生态产业园一期入园企业", "under_construction"),
         ("三江口节能环保生态产业园一期入园企业", "started"),
         ("家得宝全甘蔗浆产品升级技术改造项目", "in_production")],
        id="one-project-two-stages"),
    pytest.param(
        "一是深入开展县域商业体系建设，推动农产品综合交易中心项目实现开工建设和石龙农贸市场改造项目开展可研前期工作。",
        [("农产品综合交易中心项目", "started"), ("石龙农贸市场改造项目", "planned")],
        id="started-and-feasibility"),
    pytest.param(
        "建成朝阳美食城和幸福大道网红街并投入使用，配合城市建设指挥部推动X梦幻夜项目开工建设。",
        [("朝阳美食城", "completed"), ("幸福大道网红街", "completed"), ("X梦幻夜项目", "started")],
        id="built-and-in-use"),
    pytest.param(
        "召开品牌建设工作推进会，搭建“X甄选”平台，推动建设水晶酒厂、白石米饼加工厂项目；推进了宝城公司和运江镇合作建设"
        "葛根产品加工厂。",
        [("水晶酒厂", "under_construction"), ("白石米饼加工厂项目", "under_construction"),
         ("葛根产品加工厂", "under_construction")],
        id="verb-before-the-list"),
    pytest.param(
        "按照“抓开工项目早竣工、竣工项目早投产、投产项目早上规”工作思路，全力推进在建工业项目建设，重点推进石龙光伏、"
        "百丈风电三期项目、X县集中式共享储能中心等项目前期工作，积极谋划志光家具长廊建设工作；抓好金福华纸浆模塑包装项目、"
        "宾力新能源电动摩托车及配套零部件生产项目等尽快实现开工建设；推动三江口节能环保生态产业园入园企业、工业园区屋顶"
        "光伏新能源项目等加快建设。",
        [("石龙光伏", "planned"), ("百丈风电三期项目", "planned"), ("X县集中式共享储能中心", "planned"),
         ("志光家具长廊", "planned"), ("金福华纸浆模塑包装项目", "planned"),
         ("宾力新能源电动摩托车及配套零部件生产项目", "planned"),
         ("三江口节能环保生态产业园入园企业", "under_construction"),
         ("工业园区屋顶光伏新能源项目", "under_construction")],
        id="plans-and-pushes"),
    pytest.param(
        "**项目前三季度已完成投资*亿元；新盟食品项目一期已投产上规，三期正在建设；**一期已建成投产，二期正在筹备中。",
        [("新盟食品项目一期", "in_production"), ("新盟食品项目三期", "under_construction")],
        id="phases-of-one-project"),
    pytest.param(
        "四是依托东新食品产业园，推动新盟增资扩产，**等签约食品项目尽快建成投产，发展绿色食品产业集群。",
        [("新盟增资扩产", "planned")],
        id="pushed-expansion-planned"),
    pytest.param(
        "××个新建项目中开工××个，开工率××%；××个续建项目中复工××个，复工率××%；××个前期、储备项目中完成可研报告的××个，"
        "占比××%。",
        [],
        id="aggregate-counts-no-event"),
    pytest.param(
        "1-6月，全县2022年度签约项目*个，合同投资总额*亿元；新开工建设项目*个，完成年度目标任务(*个)*%；实际到位资金*亿元，"
        "完成年度目标任务(*亿元)的*%。",
        [],
        id="aggregate-amounts-no-event"),
    pytest.param(
        "印发《*族自治县招商引资全流程衔接服务工作制度》等制度文件，从招商引资项目考察、评估、准入、签约、落地等环节实现"
        "全流程管理和服务，确保项目引得进、落得下、发展好。",
        [],
        id="process-words-no-event"),
    pytest.param("(二)加强项目谋划建设。", [], id="heading-no-event"),
    pytest.param(
        "广州连捷精密技术有限公司、广州盛世欣兴格力贸易有限公司、中山迎星运动产业园(*家联合企业)、威迪电子(东莞)有限公司等"
        "*多家有投资意向企业已到*开展实地考察。",
        [],
        id="visits-no-event"),
]


@pytest.mark.parametrize(("sentence", "expected"), SEED_SENTENCES)
def test_seed_sentence_events(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(pairs(sentence)) == sorted(expected)


def test_amount_date_place_and_company() -> None:
    [v] = events("投资3亿元的四川鑫源硅材料科技有限公司年产10万吨高纯石英砂项目于4月11日竣工投产。", year=2023)
    assert (v.stage, v.amount, v.unit, v.amount_cny, v.is_masked) == ("completed", 3.0, "亿元", 3e8, False)
    assert v.event_date == dt.date(2023, 4, 11) and v.event_date_text == "4月11日"
    assert v.company_name == "四川鑫源硅材料科技有限公司"
    [s] = events("总投资5.2亿元的四川嘉川食品饮料有限公司年产5万吨茶饮料生产线项目正式签约落户旺苍经济开发区嘉川工业园。")
    assert (s.stage, s.amount_cny, s.location) == ("signed", 5.2e8, "旺苍经济开发区")
    assert s.industry_code == "14"  # 食品


def test_masked_amount_is_kept_without_value() -> None:
    got = {v.project_name: v for v in events(
        "其中:投资*亿元的*金隅新型材料、投资*亿元的*秦河新材项目落户*并开工建设。")}
    v = got["*金隅新型材料"]
    assert (v.is_masked, v.mask_text, v.amount, v.amount_cny, v.unit) == (True, "*", None, None, "亿元")


def test_amount_said_once_for_a_company() -> None:
    [v] = events("广州连捷精密技术有限公司已于*月*日与县政府签订投资额为*亿元的招商合同。")
    assert (v.project_name, v.company_name, v.stage, v.is_masked) == (
        "广州连捷精密技术有限公司", "广州连捷精密技术有限公司", "signed", True)


def test_completion_amount_is_not_the_project_amount() -> None:
    assert events("**项目前三季度已完成投资*亿元。") == []


def test_offsets_point_at_the_name() -> None:
    text = normalize_text("目前我县三江口节能环保产业园基础设施、飞南铜资源环保再生利用项目等重大项目建设已接近尾声，投资强度逐步减少。")
    sent = Span(100, 100 + len(text), text)
    out = extract_investments(sent, load_lexicon(), 2023)
    assert [v.project_name for v in out] == ["三江口节能环保产业园基础设施", "飞南铜资源环保再生利用项目"]
    for v in out:
        assert text[v.char_start - 100 : v.char_end - 100] == v.project_name
    assert {v.industry_code for v in out} == {"77", "42"}


def test_partner_company_of_a_joint_project() -> None:
    [v] = events("推进了宝城公司和运江镇合作建设葛根产品加工厂。")
    assert (v.project_name, v.company_name) == ("葛根产品加工厂", "宝城公司")


@pytest.mark.parametrize(("name", "normalized"), [
    ("广东硕成科技股份有限公司", "广东硕成科技"),
    ("广东硕成科技有限公司", "广东硕成科技"),
    ("富之光电子科技（韶关）有限公司", "富之光电子科技(韶关)"),
    ("东阳光集团", "东阳光"),
    ("韶关市城市投资发展集团有限公司", "韶关市城市投资发展"),
    ("××制药有限责任公司", "××制药"),
    ("**新能源科技有限公司", "**新能源科技"),
    ("宝城公司", "宝城"),
    ("集团公司", "集团公司"),
    (" 加美木业 ", "加美木业"),
])
def test_enterprise_name_normalised(name: str, normalized: str) -> None:
    assert normalize_enterprise_name(name) == normalized


def test_enterprise_key_joins_variants() -> None:
    assert enterprise_key("广东硕成科技股份有限公司") == enterprise_key("广东硕成科技有限公司")
    assert enterprise_key("广东硕成科技有限公司") != enterprise_key("广东宝华农业科技有限公司")
    assert enterprise_key(None) is None and enterprise_key(" ") is None


def test_company_found_in_names() -> None:
    assert find_company("筑友集团装配式节能建筑科技园") == "筑友集团"
    assert company_prefix("华友锂业年产5万吨锂盐项目") == "华友锂业"
    assert company_prefix("新盟食品项目一期") == "新盟食品"
    assert company_prefix("三江口节能环保生态产业园") is None
    assert company_prefix("恒扬科技园") is None


def _sql_macros() -> jinja2.Template:
    source = (REPO / "macros" / "enterprise_name.sql").read_text(encoding="utf-8")
    return jinja2.Environment().from_string(
        source + "{{ enterprise_name_normalized('name') }}\n@@\n{{ enterprise_key('name') }}")


def test_sql_macro_agrees_with_python() -> None:
    """macros/enterprise_name.sql gives dbt the same names and keys as extract/enterprises.py."""
    names = ["广东硕成科技股份有限公司", "富之光电子科技（韶关）有限公司", "东阳光集团", "集团公司", "××制药有限责任公司",
             "“X县XX实业集团有限公司”", "太平洋建设集团", "XX纸业 有限公司", "宝城公司", "加美木业", "中集团有限公司"]
    norm_sql, key_sql = _sql_macros().render().split("@@")
    norm_sql = re.sub(r"(?s)^.*?(case)", r"\1", norm_sql.strip(), count=1)
    con = duckdb.connect()
    try:
        rows = con.execute(f"select name, {norm_sql}, {key_sql.strip()} from unnest(?) t(name)", [names]).fetchall()
    finally:
        con.close()
    for name, norm, key in rows:
        assert (norm, key) == (normalize_enterprise_name(name), enterprise_key(name)), name


@pytest.mark.slow
def test_warehouse_projects_and_enterprises(examples_build: Build) -> None:
    db = examples_build.db
    [row] = query(db, """
        select latest_stage, first_stage, report_count, stage_history, amount_cny, enterprise_key is not null
        from marts.dim_project where project_name like '贵州锦森木业有限公司年产15万立方米定向刨花板项目'""")
    assert row[:3] == ("completed", "signed", 2)
    assert row[3].endswith("signed; 2023:01-09 completed") and row[4] == 3.6e8 and row[5]
    # the latest stage and the report that says so
    [(stage, file_name)] = query(db, """
        select p.latest_stage, r.file_name from marts.dim_project p
        join marts.dim_report r on r.report_key = p.latest_report_key
        where p.project_name = '旺苍县鑫泰建材有限公司年产200万吨机制砂项目'""")
    assert (stage, file_name) == ("in_production", "wangcang_2023q3_jingxinju_yunxing.txt")
    # every investment event belongs to a project; every company to an enterprise
    assert query(db, "select count(*) from marts.fact_investment where project_key is null") == [(0,)]
    assert query(db, """select count(*) from marts.fact_investment
                        where company_name is not null and enterprise_key is null""") == [(0,)]
    # an enterprise that is the subject of indicator figures is linked from them
    [(name, n_facts)] = query(db, """
        select e.name_zh, count(*) from marts.fact_indicator f
        join marts.dim_enterprise e on e.enterprise_key = f.enterprise_key
        where e.name_normalized = '广元市旺峰水泥' group by e.name_zh""")
    assert name == "广元市旺峰水泥有限公司" and n_facts >= 2


def test_a_list_introduced_by_its_stage_after_a_colon() -> None:
    text = ("今年以来新开工建设的重点招商引资项目有:齐鲁味精集团新上多功能塑料薄膜项目、华鲁制药公司袋装输液生产线项目、"
            "美达纺织公司电脑刺绣项目、1200米商业步行街开发项目等。")
    got = sorted(pairs(text))
    assert ("华鲁制药公司袋装输液生产线项目", "started") in got and ("1200米商业步行街开发项目", "started") in got
    assert len(got) == 4


def test_lists_closed_by_a_count_an_amount_or_a_second_kind_and_progress_words() -> None:
    # real reports (county work summaries, 2019-2024)
    assert pairs("VR智慧屏、伊戈尔磁电、腾达智能制造等8个总投资127亿元项目开工建设。") == [
        ("VR智慧屏", "started"), ("伊戈尔磁电", "started"), ("腾达智能制造", "started")]
    assert pairs("smt贴片、高新电子产业园等59个产业类和基建类项目落地开工。") == [
        ("smt贴片", "started"), ("高新电子产业园", "started")]
    assert pairs("皇袍山森林乐园、立都国际大酒店、珍稀植物园进展顺利。") == [
        ("皇袍山森林乐园", "under_construction"), ("立都国际大酒店", "under_construction"), ("珍稀植物园", "under_construction")]
    assert pairs("上海胜华电缆产业园、集中供暖、产业孵化园等项目都在加紧施工。")[0] == ("上海胜华电缆产业园", "under_construction")
    assert pairs("一季度,全区签约华特动力甲醇重整制氢、新加坡民用直升机等27个项目,合同额206亿元。") == [
        ("华特动力甲醇重整制氢", "signed"), ("新加坡民用直升机", "signed")]
    got = events("投资40亿元的马站镇智慧冷链仓储物流产业园项目、投资31亿元的年产5万吨芳纶深加工项目等一批大项目、好项目相继落地建设。")
    assert [(v.project_name, v.amount) for v in got] == [("马站镇智慧冷链仓储物流产业园项目", 40.0), ("年产5万吨芳纶深加工项目", 31.0)]


def test_a_name_after_a_dash_and_a_plant_of_two_products() -> None:
    got = events("今年新引进的大好高项目——天马控股集团年产2000台电梯和18000个立体停车设备项目总投资2.2亿元,也已顺利开工建设。")
    assert {v.project_name for v in got} == {"天马控股集团年产2000台电梯和18000个立体停车设备项目"}
    assert {v.stage for v in got} == {"signed", "started"} and got[0].company_name == "天马控股集团"


def test_lists_after_a_stage_count_and_progress_of_parks_and_towns() -> None:
    # real news: a list introduced by 包含/包括 without a colon, a kind and a count after 等, 按计划 no plan
    got = pairs("该县集中开工的117个项目,包含生物医药产学研用一体化基地、华兴医药中间体、寿康商业综合体等,具有投资规模大等特点。")
    assert got == [("生物医药产学研用一体化基地", "started"), ("华兴医药中间体", "started"), ("寿康商业综合体", "started")]
    got = pairs("园区主干道、新能源产业园以及秦箭、润达等冶金企业共15个亿元以上招商引资项目均按计划开工建设。")
    assert got == [("园区主干道", "started"), ("新能源产业园", "started"), ("秦箭", "started"), ("润达", "started")]
    assert pairs("汴北新区5G试验区、数字小镇加速建设。") == [
        ("汴北新区5G试验区", "under_construction"), ("数字小镇", "under_construction")]
    assert ("新桥电子", "planned") in pairs("重点在谈中新桥电子、优奕视界等智能制造项目28个。")
    assert pairs("本次集中开工的重大重点项目包括南昌国际陆港枢纽产业园(南昌向塘电商物流服务中心)、昌南农产品冷链智慧物流产业园等,涵盖了工业。")[0] == (
        "南昌国际陆港枢纽产业园(南昌向塘电商物流服务中心)", "started")

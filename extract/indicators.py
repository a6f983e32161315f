"""Indicator facts: every figure of a report with its indicator, measure, basis, period,
subject and qualifier, grounded in the sentence and character offsets it came from.

The walk is sentence by sentence, figure by figure, left to right. An indicator named in a
clause governs the figures after it until another is named ("工业增加值*亿元，同比增长*%" is
two facts of one indicator); words such as 增加值, 产值, 完成投资 refer back to the governing
indicator of their family; a period, a basis cue (预计, 力争 …) and a subject (其中东阳光集团)
hold for the clauses that follow them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from . import cues
from .lexicon import Lexicon
from .numbers import Figure, find_figures, parse_number
from .periods import Period, PeriodMention, find_periods
from .segment import Line, Span, clause_bounds, split_sentences

log = logging.getLogger("county_reports")

# Words that name "the same thing as the indicator in force" (a family head), and the
# indicator codes of that family. The first code is the default when none is in force.
INVESTMENT_FAMILY = (
    "key_project_investment",
    "fai",
    "industrial_investment",
    "technical_renovation_investment",
    "manufacturing_investment",
    "infrastructure_investment",
    "real_estate_investment",
)
HEADS: list[tuple[str, tuple[str, ...]]] = [
    ("增加值", ("industrial_va", "industrial_va_above_scale", "manufacturing_va", "high_tech_industry_va")),
    ("总产值", ("industrial_output", "industrial_output_above_scale", "strategic_emerging_output")),
    ("产值", ("industrial_output", "industrial_output_above_scale", "strategic_emerging_output")),
    ("总投资", ("key_project_total_investment",)),
    ("年度计划投资", INVESTMENT_FAMILY),
    ("年度投资计划", INVESTMENT_FAMILY),
    ("当年计划投资", INVESTMENT_FAMILY),
    ("年计划投资", INVESTMENT_FAMILY),
    ("年度打算投资", INVESTMENT_FAMILY),  # 打算 in the sense of 计划: 年打算投资150亿元
    ("年打算投资", INVESTMENT_FAMILY),
    ("年投资计划", INVESTMENT_FAMILY),
    ("完成投资", INVESTMENT_FAMILY),
    ("投资计划", INVESTMENT_FAMILY),
    ("计划投资", INVESTMENT_FAMILY),
    ("营业收入", ("industrial_revenue_above_scale",)),
    ("增速", ()),
    ("增幅", ()),
]
HEAD_RE = re.compile("|".join(re.escape(h) for h, _ in sorted(HEADS, key=lambda kv: -len(kv[0]))))
# 食品制造业增加值, 建材行业产值: a sector named before a head word is a subject, not an indicator
SECTOR_BEFORE = re.compile(r"(?P<sector>[\u4e00-\u9fa5]{1,14}?(?:制造业|行业|产业|工业|业))(?:累计)?(?:实现|完成)?$")
NOT_SECTOR_START = set("县区市年月中的和及与、全其我各是为在了对从")
HEAD_FAMILY = dict(HEADS)

AGGREGATES = {
    "industrial_va",
    "industrial_va_above_scale",
    "industrial_output",
    "industrial_output_above_scale",
    "industrial_revenue_above_scale",
    "fai",
}
AMOUNT_HEADS = {"总投资"}
ABOVE_SCALE = {"industrial_va": "industrial_va_above_scale", "industrial_output": "industrial_output_above_scale"}
SCOPED = {
    "key_project_investment",
    "key_project_total_investment",
    "key_project_count",
    "fai",
    "industrial_investment",
    "technical_renovation_investment",
    "project_start_rate",
}
NON_INDUSTRIAL = re.compile(
    r"服务|批发|零售|住宿|餐饮|农(?!副食品|产品加工|用)|林业|牧|渔|房地产|建筑|金融|交通|旅游|文化|信息传输|软件|商贸"
)
SECTOR_INVESTMENT = re.compile(r"(?:第)?(?P<n>[一二三])产(?:业)?(?:累计)?(?:完成)?投资")

UNIT_KIND_FAMILIES = {
    "currency": {"currency"},
    "count": {"count"},
    "person": {"person"},
    "kWh": {"kWh"},
    "tce": {"tce"},
    "tonne": {"tonne"},
    "mu": {"mu", "m2"},
    "m2": {"m2", "mu"},
    "percent": {"percent"},
    "other": None,  # anything goes
    "": None,
}

ENTERPRISE_SUFFIX = r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|厂|企业)"
PARK_SUFFIX = r"(?:产业园区|工业园区|产业园|工业园|园区|开发区|高新区|工业集中区|集中区|示范区)"
SUBJECT_RE = re.compile(
    rf"(?:其中[,，:：]?|^)(?P<name>[\u4e00-\u9fa5A-Za-z0-9()（）]{{2,24}}?(?P<suffix>{ENTERPRISE_SUFFIX}|{PARK_SUFFIX}))"
    rf"(?:企业)?(?:等\d*家)?(?:[,，]?(?:共|累计|全年|上半年|1-\d+月)?(?:完成|实现|预计|将|新增|达到|贡献))"
)
# 采矿业增加值增长877.7%,制造业同比下降4.0%; 其中:税务部门完成6197万元: a part leading its clause
PART_LEAD = re.compile(
    r"^(?:其中)?[,，:：]?(?P<s>[\u4e00-\u9fa5、]{2,20}?(?:业|部门))(?=同比|比上年|比去年|较上年|较去年|比增|比降|增长|下降|减少|完成|实现|增速|增幅|为\d|$)"
)


def _industry_named(name: str, head: str) -> str:
    """高新技术 in "高新技术、数字经济规上工业增加值" → 高新技术产业增加值, a name the catalog may hold."""
    sector = name[: name.find(head)] if head in name else name
    return re.sub(r"(?:规模以上|规上)?(?:工业)?$", "", sector) + "产业" + head


def _rank_value(numeral: str) -> float | None:
    return float(numeral) if numeral.isdigit() else parse_number(numeral)


def part_lead(prefix: str) -> re.Match[str] | None:
    """The part (a sector, a department) leading a clause whose figure follows with only verbs
    between: 采矿业同比下降9.5%, 税务部门完成6197万元; not 批发和零售业实现零售额31.33亿元, which
    names its own amount."""
    m = PART_LEAD.match(prefix)
    if m is None or re.search(r"[高低快慢]于|超过", m.group("s")):
        return None  # (高于全县规上工业增速2.1个百分点: a benchmark, not a part)
    rest = prefix[m.end() :]
    verbs = (
        r"(?:累计)?(?:同比|比上年|比上年同期|比去年同期|较上年|较去年同期|较上年同期)?"
        r"(?:增长|下降|减少|完成|实现|比增|比降|增速|增幅)?(?:为|达|达到)?(?:了)?"
    )
    return m if re.fullmatch(verbs, rest) else None


# 3项指标, 两项主要指标: a count of the indicators listed before it, not a figure
N_INDICATORS = re.compile(r"(?P<n>\d+|[两二三四五六七八九十])项(?:主要)?(?:经济)?指标")
BREAKDOWN = re.compile(r"^(?:分[\u4e00-\u9fa5]{1,6}看|从[\u4e00-\u9fa5]{1,6}(?:看|来看)|按[\u4e00-\u9fa5]{1,8}分|其中)")
# words that say how or when, not what: a clause made only of them continues the paragraph's indicator
FUNCTION_WORDS = re.compile(
    r"全年|今年|上半年|下半年|目标任务|任务目标|目标|任务|预计|预测|力争|确保|争取|可|完成|实现|达到|为|是|"
    r"同比|比上年|比增|比降|增长|下降|增速|增幅|约|左右|累计|已|将|其中|均|继续|保持|分别|全县|全区|全市"
)
# words of how and when, and head words: a bracket's tail made only of them (),增幅4.4%) names nothing new
HOW_WORDS = re.compile(rf"{FUNCTION_WORDS.pattern}|{'|'.join(map(re.escape, HEAD_FAMILY))}")
# 低收入农户人均可支配收入: a group of households before an income per head
HOUSEHOLD_GROUP = re.compile(r"(?<![城农])(?:低收入|脱贫|困难|贫困|搬迁)[\u4e00-\u9fa5]{0,4}?(?:农户|户|人口|群众|家庭)$")
# …,占全县规上工业总产值的69.7% / …,占规上服务业的比重: the total a part is a share of
SHARE_OF_ABOVE_SCALE = re.compile(r"[^;；。]{0,30}?[,，]占(?:全县|全区|全市|全部)?(?:规模以上|规上)(?:工业)?(?P<h>总产值|产值|增加值)")
SHARE_OF_SERVICES = re.compile(r"[^,，;；。]{0,20}[,，]占(?:全县|全区)?(?:规上|规模以上)?(?:服务业|商贸)")
OWNER_RE = re.compile(
    rf"(?P<name>[\u4e00-\u9fa5A-Za-z0-9()（）*×]{{2,30}}?(?:股份有限公司|有限责任公司|有限公司|集团|{PARK_SUFFIX}|经开区))"
    r"(?:的|共|累计)?(?:实现|完成)?$"
)
# 累计净增开票销售70.51亿元, 同比净增3.2亿元 (an increase); 进出口总量分别高于奉化、宁海1.13亿美元 (the gap
# to other places), and the amounts listed after the first: differences, not levels
AMOUNT_DIFFERENCE = re.compile(
    r"(?:^|[,，;；]|累计|同比|全年|共)净(?:增|减)(?:加|少)?[\u4e00-\u9fa5]{0,8}?(?:达到?|为|了)?$"
    r"|(?:分别)?(?:高于|低于|高出|多于|少于|多出)[\u4e00-\u9fa5、]{1,16}$"
)
AMOUNT_GAP_LIST = re.compile(r"(?:高于|低于|高出|多于|少于|多出)[\u4e00-\u9fa5、]{1,16}(?:[\d.]+(?:亿|万)?美?元[、和及])+$")
CAPACITY_UNITS = ("万千瓦", "千瓦", "兆瓦", "万吨", "吨", "万平方米", "平方米", "台", "万台", "套", "万套", "千伏")
# firms grouped by who owns them: 中央企业工业总产值…, 省属企业工业增加值…
OWNERSHIP_RE = re.compile(
    r"(?:^|[,，;；:：。、]|其中)(?P<g>中央企业|央企|中直企业|省属(?:国有)?企业|市属(?:国有)?企业|州属企业|县属企业|区属企业|"
    r"国有(?:及国有控股)?企业|国有控股企业|民营企业|私营企业|集体企业|股份制企业|外商(?:及港澳台商)?投资企业|外资企业|"
    r"港澳台(?:商)?投资企业)(?:的|共|累计)?(?:实现|完成)?$"
)
# a clause led by an amount of its own (上划中央收入, 原国税收入, 实现利税, 商品零售收入, 民间投资)
OWN_NOUN = re.compile(
    r"^(?:其中[,，:：]?)?(?:利税总额|税金总额|国税|地税)(?:实现|完成|达到|达|为|累计)?$"
    r"|^(?:其中[,，:：]?|\d{1,2}[、.．])?[\u4e00-\u9fa5]{1,11}(?:收入|利税|利税总额|税金|投资|资金|零售额|销售额|营业额|交易额|成交额|贸易额|增值税|所得税|零售总额|产业规模|税收|两税|引资|内资|外资|投入|薪酬|工资|用电量|发电量|产量|投资总额|贷款总额|存款总额|余额)"
    r"(?:实现|完成|达到|达|为|累计|突破|超过)?$"
    r"|(?:实现|达到)产业规模$"
)
def _segment_start(text: str, at: int) -> int:
    """Where the segment holding position at begins (after the last ；, ; or 。)."""
    return max((m.end() for m in re.finditer(r"[;；。]", text[:at])), default=0)


def _scale_scoped(text: str, at: int) -> bool:
    """全县规模以上工业累计完成工业增加值…: 规上 industry named earlier in the sentence, and no
    other scope (全部工业, 规模以下, a new segment) since."""
    scope = SCALE_SCOPE.search(text[max(0, at - 30) : at])
    return bool(scope) and not re.search(r"全部工业|规模以下|规下|[;；]", scope.group(0))


PRODUCTS_HEAD = re.compile(r"^(?:从|分|按)?(?:主要|重点)?(?:工业)?产品(?:产量)?(?:看|来看|中)?[,，:：]|^主要(?:工业)?产品")
GOODS_CLASS = re.compile(r"[\u4e00-\u9fa5]{1,10}类(?:商品|消费)?(?:[、和及]|等|消费|零售额|销售额|增长|下降|同比|分别)")
SIZE_CLASS = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)?(?:亿元|万元|亿|万)(?:及)?以上")
SCALE_SCOPE = re.compile(
    r"(?:(?:规模以上|规上|规模)工业(?!增加值|总产值|产值|销售产值|用电|投资|企业数|品)|(?:规模以上|规上)企业(?!数))[^。]*$"
)
# 12个重点产业项目集中开工, 集中开工两批次27个重点项目, 等8个项目签约, 成功签约30个项目: a count of
# projects at a stage, written around the number
STAGE_WORDS = {
    "开工": "new_started_projects",
    "签约": "signed_projects",
    "签订": "signed_projects",
    "在建": "projects_under_construction",
    "续建": "continuing_projects",
    "建成": "completed_projects",
    "竣工": "completed_projects",
    "完工": "completed_projects",
}
STAGE_COUNT = re.compile(
    r"(?P<n>\d+)(?:个|宗)(?:总投资(?:约|超)?\d+(?:\.\d+)?[亿万]?元的?)?[\u4e00-\u9fa5]{0,6}?项目(?:在[\u4e00-\u9fa5、]{1,8}?)?(?:已|集中|同时|顺利|成功|正式|现场|当场|在会上|在大会上|实现|如期|按期)?(?P<s>开工|新开工|开工建设|动工|签约|竣工投产|建成投产|建成投用|竣工|完工)(?!率|项目|\d)"
    r"|(?:集中|新|同时|成功|正式)(?P<s2>开工|签约|竣工)[\u4e00-\u9fa5]{0,4}?(?P<n2>\d+)个[\u4e00-\u9fa5]{0,6}?项目"
    # 新签约中车新能源、大锦科技汽车诊断…等亿元以上项目77个; 重点项目中…已开工76个 (no count between:
    # 成功签约引进项目88个,其中新华联等投资亿元以上项目12个 is two counts)
    r"|(?:集中|新|成功|正式)(?P<s3>开工|签约|竣工)(?:(?!\d+个)[^。;；]){0,80}?等[\u4e00-\u9fa5]{0,8}?项目(?P<n3>\d+)个"
    r"|(?<=[,，])已(?P<s4>开工|竣工|完工)(?P<n4>\d+)个"
    # 会上签订了…项目、…项目等19个招商引资项目; 本次签订的19个招商引资项目
    r"|(?<![全部已])(?P<s9>开工|竣工)(?:(?!\d+个|项目)[^。;；,，]){2,80}?等(?P<n9>\d+)个[\u4e00-\u9fa5]{0,8}?项目"
    r"|(?P<s5>签订|签约)了?(?:(?!\d+个)[^。;；]){0,80}?等(?P<n5>\d+)个[\u4e00-\u9fa5]{0,8}?项目"
    r"|(?P<s6>签订|签约)的(?P<n6>\d+)个[\u4e00-\u9fa5]{0,8}?项目"
    # 先后建成投用了浙江商贸城、…等项目7个;在建20兆瓦太阳能光伏发电、天宏鞋业等项目16个
    r"|(?:^|(?<=[,，;；:：了后计共已]))(?P<s7>建成投用|建成投产|竣工投产|在建)(?:(?!\d+个)[^。;；]){0,80}?等项目(?P<n7>\d+)个"
    # 10个重点项目,当年建成投产4个、开工建设3个; 工业项目签约31个; 高新区签约19个: a stage's count
    r"|(?:(?<=[,，、;；:：])|(?<=项目)|(?<=[\u4e00-\u9fa5]区|[\u4e00-\u9fa5]园))(?:当年|已|共|累计|实现|其中)?(?P<s8>签约|新开工|开工建设|开工|竣工投产|建成投产|竣工|建成)"
    r"(?P<n8>\d+)个(?!个?百分点)"
    # 新签约亿元以上项目4个, 分两批集中开工亿元以上项目10个: a stage's count of projects of a size
    r"|(?<!其中)(?<!其中,)(?<![和、及与])(?:集中|新|同时|成功|正式)(?P<s10>开工|签约)(?:(?:\d+)?(?:亿元|千万元|万元)以上)?[\u4e00-\u9fa5]{0,4}?项目(?P<n10>\d+)个"
    # 24个在建重点工业项目全面加快建设进度: the count before the stage and the projects
    r"|(?P<n11>\d+)个(?P<s11>在建|续建|新开工|竣工)[\u4e00-\u9fa5]{0,8}?项目"
)


@lru_cache(maxsize=256)
def stage_counts(text: str) -> tuple[tuple[re.Match[str], str], ...]:
    """Each STAGE_COUNT match in text with the suffix of the alternative that matched ("", "2" … "9"),
    parsed once per sentence for the refs and for the figures inside listed names."""
    found = (
        (m, next(k for k in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11") if m.group("n" + k)))
        for m in STAGE_COUNT.finditer(text)
    )
    # a bare stage count (开工建设3个) counts projects only in a sentence already on projects
    return tuple(
        (m, k)
        for m, k in found
        if (k != "8" or "项目" in re.split(r"[。！？!?]", text[: m.start("s8") + 2])[-1])
        # 其中,10月份洽谈并于近期正式签约的项目4个: a part of the projects before, not the stage's count
        and (k != "10" or "其中" not in re.split(r"[。！？!?;；]", text[: m.start()])[-1])
    )


SHARE_OF_HEAD = re.compile(
    r"(?:^|(?<=[,，;；:：、]))(?P<x>[\u4e00-\u9fa5]{2,12}?)占[^,，;；。占]{0,12}?(?P<h>总产值|产值|增加值)(?:的)?(?:比重|比例)"
)
# 初步预计,荔城地区生产总值635亿元…: a paragraph that opens with a forecast
LINE_FORECAST = re.compile(r"^\s*(?:据)?(?:初步)?(?:预计|预测|估计)[,，:：]")  # 初步测算 is accounting, done
# 主要目标, 2024年主要预期目标, 目标任务: a heading over the targets set, not over what was done
TARGET_HEADING = re.compile(r"(?:主要|预期|奋斗|工作|发展|经济|年度)目标(?:任务)?[:：]?\s*$|^\W*目标任务[:：]?\s*$")
# the next item of a list written after 、, with a figure of its own: (measure, unit family, words, whether the
# figures after it go on being the item's)
LISTED_ITEMS = (
    ("value", "count", re.compile(r"、(?P<n>[\u4e00-\u9fa5“”]{4,24}?(?:企业|项目|中心|平台|产品|品牌|人才|园区|基地))"), False),
    (
        "yoy_pct",
        None,
        re.compile(
            r"、(?!同比|比上年|比去年|较上年|较去年|累计|分别|均|增速|增幅)(?P<n>[\u4e00-\u9fa5]{2,12}?(?<![业类]))"
            r"(?:同比)?(?:增长|下降|减少)(?:了)?\s*"
        ),
        True,
    ),
    ("value", "currency", re.compile(r"、(?P<n>[\u4e00-\u9fa5]{2,16}?(?:收入|资金|支出|基金|税|费))(?:完成|实现|为|达)?"), True),
)
# 项目预计实现产值24.3亿元, 建成后年可实现工业产值16.96亿元: what projects are to yield, not the county's
PROJECT_AFTER = r"(?:项目|建成后|达产后|投产后|达效后)"
YIELD_HEAD = r"(?P<h>(?:工业)?(?:产值|销售收入|营业收入|主营业务收入|税收|利税))(?:约|近|达|超)?$"
PROJECT_YIELD = re.compile(
    PROJECT_AFTER + r"[^,，;；。]{0,4}?(?:预计|可|将|能)[^,，;；。]{0,3}?(?:实现|新增|增加|带动)?(?:年)?" + YIELD_HEAD
)
# (年可实现工业产值16.96亿元, 年产值近2亿元 in a sentence on projects: the same, the projects named before)
YIELD_LEAD = re.compile(r"^(?:年(?:可|将|预计)?|可|将|预计)(?:可)?(?:实现|新增)?(?:年)?" + YIELD_HEAD)
PROJECT_FORECAST = re.compile(PROJECT_AFTER + r"[^,，;；。]{0,4}?(?:预计|将)")  # its 预计 is the project's
YEAR_PLAN_BEFORE = re.compile(r"(?:年计划|年度计划|全年计划|计划数|任务数|目标任务|年度目标)(?:为|是)?$")
NOT_YOY = re.compile(
    r"(?:[两三四五]年|年)平均(?:增长|增速|下降)|年均(?:增长|增速|下降)|(?:比|较)年初(?:增长|增加|下降|减少)"
    r"|环比(?:增长|增加|下降|减少|回落|提高)?"  # 环比增长14%: on the month before
    r"|(?:比|较)上月(?:份)?(?:增长|增加|下降|减少)"  # 比上月增长9.9%: on the month before too
    r"|(?:比|与|较|同)(?:19|20)\d{2}年同期(?:相比|相较|比较)?[,，]?(?:增长|下降)"  # 比2019年同期增长13.4%: on a year further back
)
GDP_TIERS = ("gdp_primary_va", "gdp_secondary_va", "gdp_tertiary_va")  # 第一、二、三产业增加值
TIER_NAMES = ("第一产业", "第二产业", "第三产业")
# 第二产业增加值…,其中:工业…,建筑业…: the parts of the secondary tier are value added of their own
TIER_PARTS = {
    (code, part): own
    for code in ("gdp", "gdp_secondary_va")
    for part, own in (("工业", "industrial_va"), ("全部工业", "industrial_va"), ("建筑业", "construction_va"))
} | {("industrial_va", "建筑业"): "construction_va"}  # (after 工业…, the next part 建筑业 is not industry's)
# 三季度经济指标综合排名全市第4; 在全市…综合考评中得分95.09分,位列全市第1位: a ranking of an assessment
ASSESSED_HERE = re.compile(r"综合|考核|考评|评比|评价|评估|测评|经济指标|百强|竞争力")
ASSESSED_BEFORE = re.compile(r"(?:综合|考核|考评|评比|评价|评估|测评)[^,，;；。]{0,6}中|百强|竞争力")
CITY_RE = re.compile(r"(全市|全省|全国|全州|市|省|州)(?:平均|均)(?:水平|增速|增幅)?")


@dataclass
class Fact:
    indicator_code: str | None
    indicator_surface: str | None
    measure: str
    basis: str
    qualifier: str
    value: float | None
    unit: str | None
    value_std: float | None
    unit_std: str
    is_masked: bool
    mask_text: str | None
    period: Period | None
    period_source: str
    subject_type: str
    subject_name: str | None
    sentence: Span
    char_start: int
    char_end: int
    industry_code: str | None = None


@dataclass
class Ref:
    """An indicator named in the text (or resolved from a head word)."""

    code: str | None
    surface: str
    start: int
    end: int
    subject: tuple[str, str] | None = None


@dataclass
class DocContext:
    lex: Lexicon
    report_period: Period | None
    report_year: int | None
    heading_periods: dict[int, Period] = field(default_factory=dict)
    heading_refs: dict[int, Ref] = field(default_factory=dict)
    heading_bases: dict[int, str] = field(default_factory=dict)
    scope_seen: bool = False  # a count of projects was stated: later ones are parts
    county_text: str | None = None  # the report's county as written (旺苍县, 莱西市, X县), if known
    text: str = ""  # the whole report, for aliases that depend on what else it names
    line_basis: str | None = None  # 初步预计,…: a paragraph opened by a forecast is one throughout
    _stated: dict[str, bool] = field(default_factory=dict)

    def states_figure(self, name: str) -> bool:
        """The report names the indicator with a figure after it (一般公共预算收入97950万元), looked up
        once per report and name."""
        if name not in self._stated:
            self._stated[name] = bool(re.search(re.escape(name) + r"[^。;；\n]{0,12}\d", self.text))
        return self._stated[name]

    def set_heading(self, level: int, period: Period | None, ref: Ref | None, basis: str | None = None) -> None:
        for lv in [k for k in self.heading_bases if k >= level]:
            del self.heading_bases[lv]
        if basis is not None:
            self.heading_bases[level] = basis
        for lv in [k for k in self.heading_periods if k >= level]:
            del self.heading_periods[lv]
        for lv in [k for k in self.heading_refs if k >= level]:
            del self.heading_refs[lv]
        if period is not None:
            self.heading_periods[level] = period
        if ref is not None:
            self.heading_refs[level] = ref

    def year_span(self, year: Period, whole: bool = False) -> Period:
        """A bare year (2018年, 一、2021年工作回顾) as months: the report's own months when it is the
        report's year (unless whole is asked for), else the whole of it."""
        rp = self.report_period
        if not whole and rp is not None and rp.year == year.year and rp.start_month is not None:
            return Period(year.year, rp.start_month, rp.end_month, rp.period_type, year.label, True)
        return Period(year.year, 1, 12, "year", year.label, True)

    def context_period(self) -> tuple[Period | None, str]:
        if self.heading_periods:
            return self.heading_periods[max(self.heading_periods)], "heading"
        if self.report_period is not None:
            return self.report_period, "report"
        return None, "none"

    def context_year(self) -> int | None:
        for lv in sorted(self.heading_periods, reverse=True):
            if self.heading_periods[lv].year:
                return self.heading_periods[lv].year
        return self.report_year

    def heading_basis(self) -> str | None:
        return self.heading_bases[max(self.heading_bases)] if self.heading_bases else None

    def in_forecast(self) -> bool:
        """五、全年预计 / 初步预计,…: the section or the paragraph is a forecast."""
        return "estimate" in (self.heading_basis(), self.line_basis)

    def heading_ref(self) -> Ref | None:
        return self.heading_refs[max(self.heading_refs)] if self.heading_refs else None


def unit_family(lex: Lexicon, unit: str | None) -> tuple[str, float, str]:
    """(unit_std, factor, family) of a unit as written."""
    if unit is None:
        return "other", 1.0, "other"
    if unit == "%":
        return "percent", 1.0, "percent"
    u = lex.unit(unit)
    if u is None:
        return "other", 1.0, "other"
    return u.unit_std, u.factor, u.family


def exact_product(value: float, factor: float) -> float:
    """value × factor in decimal: 134.8亿元 is 13480000000, not 13480000000.000002."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def kind_fits(lex: Lexicon, code: str | None, family: str) -> bool:
    if code is None:
        return True
    ind = lex.indicators.get(code)
    if ind is None:
        return True
    allowed = UNIT_KIND_FAMILIES.get(ind.unit_kind)
    return allowed is None or family in allowed or family == "other"


def _in_brackets(text: str, pos: int) -> tuple[int, int] | None:
    """(open, close) of the innermost parentheses around pos in text, if any."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = text[i]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                close = re.search(r"[)）]", text[pos:])
                return (i, pos + close.start()) if close else None
            depth -= 1
        elif ch in "。;；":
            return None
    return None


@dataclass
class Item:
    """A figure (or a rank) in a sentence, in sentence-local offsets."""

    start: int
    end: int
    fig: Figure | None
    rank: float | None = None
    rank_text: str | None = None


class SentenceExtractor:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self._text = ""  # the sentence being walked

    # ---- references to indicators -------------------------------------------------
    def find_refs(self, text: str) -> list[Ref]:
        refs: list[Ref] = []
        taken: list[tuple[int, int]] = []
        for m in SECTOR_INVESTMENT.finditer(text):
            # 第一产业投资, 二、三产业投资: fixed-asset investment by sector
            refs.append(Ref("fai", m.group(0), m.start(), m.end(), ("industry", f"第{m.group('n')}产业")))
            taken.append((m.start(), m.end()))
        for m in self.lex.alias_matches(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            surface = m.group(0)
            if re.search(r"(?:未|尚未|没有|暂未|不|非)$", text[max(0, m.start() - 2) : m.start()]):
                continue  # 未开工项目17个 is not 新开工项目数, 非房地产投资 not 房地产开发投资
            if re.search(r"(?:批发和|批发|住宿和|住宿)$", text[max(0, m.start() - 3) : m.start()]):
                continue  # 批发和零售业, 住宿和餐饮业: a sector of the economy, not 零售业销售额
            if surface.startswith("上规") and text[max(0, m.start() - 1) : m.start()] == "以":
                continue  # 500万元以上规模企业20家: a size class, not firms newly above the scale
            adv = re.search(r"(?:先进|高技术|高端|装备|智能|高新技术)$", text[max(0, m.start() - 4) : m.start()])
            if surface.startswith("制造业") and adv and "投资" in surface:
                # 先进制造业投资增长14.2%: a kind of manufacturing with a figure of its own
                refs.append(Ref(None, adv.group(0) + surface, m.start() - len(adv.group(0)), m.end()))
                taken.append((m.start(), m.end()))
                continue
            if (
                (surface.startswith("制造业") or (surface.startswith("工业") and text[max(0, m.start() - 1) : m.start()] == "加"))
                and m.start() > 0
                and re.match(r"[\u4e00-\u9fa5]", text[m.start() - 1])
                and text[m.start() - 1] not in NOT_SECTOR_START
            ):
                # (农副食品加工业增加值: 加工业 is a sector, not 工业增加值)
                # 食品制造业增加值: a sector of manufacturing, the figure is the aggregate's
                head = HEAD_RE.search(surface)
                sector = re.search(r"[\u4e00-\u9fa5]{1,12}$", text[max(0, m.start() - 12) : m.start()])
                if head:
                    name = (sector.group(0) if sector else "") + surface[: head.start()]
                    name = re.sub(r"^.*?(?:其中|中|看|、|和)", "", name) or name
                    upto = text[max(0, m.start() - 24) : m.start() + head.start()]
                    named = [n for n in self.lex.industries if len(n) > len(name) and upto.endswith(n)]
                    if named:  # 酒、饮料和精制茶制造业: the division's full name, 、 and all
                        name = max(named, key=len)
                    refs.append(Ref(None, head.group(0), m.start() + head.start(), m.end(), ("industry", name)))
                    taken.append((m.start(), m.end()))
                    continue
            code = self.lex.code_of(surface)
            owned = re.search(
                r"(?:规模以上|规上)(?P<x>民营|私营|国有控股|国有|外商投资|外资|股份制|集体|轻|重|大中型|中小微型|小微型)$",
                text[max(0, m.start() - 8) : m.start()],
            )
            if owned and surface.startswith("工业") and (code in ABOVE_SCALE or code in ABOVE_SCALE.values()):
                # 规模以上民营工业增加值34.5亿元: the 规上 indicator, of that kind of firms
                x = owned.group("x")
                refs.append(Ref(ABOVE_SCALE.get(code or "", code), surface, m.start(), m.end(), ("industry", x + "工业")))
                taken.append((m.start(), m.end()))
                continue
            group = code in ("industrial_va", "industrial_output", "industrial_va_above_scale") and re.search(
                r"[\u4e00-\u9fa5]{0,6}(?:支柱|特色|主导|新兴|传统|优势|重点)(?:产业)?$", text[max(0, m.start() - 10) : m.start()]
            )
            if group:
                # 六大支柱及特色工业增加值增长14.5%: a group of industries with a figure of its own
                name = re.sub(r"^(?:.*?(?:看|中|,|，))?(?:全县|全区|全市|县|区|市)?", "", group.group(0)) + surface
                refs.append(Ref(None, name, m.start() - len(group.group(0)), m.end()))
                taken.append((m.start(), m.end()))
                continue
            if code in ABOVE_SCALE and text[max(0, m.start() - 1) : m.start()] in ("轻", "重"):
                # 轻工业产值占比23.9%: light industry, a sector of the 规上 total
                sector = text[m.start() - 1] + "工业"
                refs.append(Ref(ABOVE_SCALE[code], surface, m.start() - 1, m.end(), ("industry", sector)))
                taken.append((m.start() - 1, m.end()))
                continue
            if code == "retail_sales" and re.search(r"(?:限额以上|限上)(?:单位|企业)?$", text[max(0, m.start() - 6) : m.start()]):
                code = None  # 限额以上消费品零售总额: the part sold by units above the quota
                surface = "限额以上" + surface
            qual = re.search(r"(?:^|[,，;；:：、]|其中)(?P<q>[\u4e00-\u9fa5]{2,8})$", text[max(0, m.start() - 10) : m.start()])
            listed_part = qual and re.search(r"其中[,，:：]?$", text[: m.start() - len(qual.group("q"))])
            if (
                surface == "到位资金"
                and qual
                and not re.search(
                    r"项目(?:累计|共|已|实现)*$|^(?:全县|全区|全市|我县|我区|上报|实际|累计|新增|共|完成|实现|今年|当年|本年|全年|占|比|较)"
                    r"|目标|计划|任务",
                    qual.group("q"),
                )
                # 市外到位资金…;省外到位资金…: the funds themselves, by scope, unless listed as a part
                and (listed_part or not re.match(r"[省市州县区境国][外内]", qual.group("q")))
                and (any(r.code == code for r in refs) or listed_part)
            ):
                # 上报到位资金36亿元,工业到位资金占比64.9%, 其中,省外到位资金60.4亿元: a kind of the
                # funds already stated, with figures of its own
                code, surface = None, qual.group("q") + surface
            group = (
                HOUSEHOLD_GROUP.search(text[max(0, m.start() - 10) : m.start()])
                if code and self.lex.indicators[code].name_zh.endswith("人均可支配收入")
                else None
            )
            if group:
                # 低收入农户人均可支配收入18435元: a group of households, not the county's residents
                code, surface = None, group.group(0) + surface
            if code and text[max(0, m.start() - 2) : m.start()] in ("其他", "其它"):
                code, surface = None, "其他" + surface  # 其他服务业增加值42.12亿元: the rest, not the whole
            holder = (
                re.search(r"(?:^|[,，;；:：。])(?:其中[,，:：]?)?(?!其中)(?P<h>[\u4e00-\u9fa5及]{2,12})$", text[max(0, m.start() - 13) : m.start()])
                if code in ("loans", "deposits")
                else None
            )
            if (
                holder
                and not re.fullmatch(r"(?:全县|全区|全市|各项|金融机构|银行业?|人民币|本外币|年末|月末|期末|末)+", holder.group("h"))
            ):
                # 其中:住户贷款余额35.57亿元: the households' part, not all loans
                code, surface = None, holder.group("h") + surface
            tax_kind = (
                re.search(r"[\u4e00-\u9fa5]{1,8}$", text[max(0, m.start() - 8) : m.start()])
                if surface == "税收" and text[m.end() : m.end() + 1] == "入" and text[m.end() + 1 : m.end() + 2] != "库"
                else None
            )
            if tax_kind:
                # 国内增值税收入7875万元, 契税收入2689万元: one tax's revenue (X税 + 收入), not all taxes
                name = re.sub(r"^.*(?:税种|其中|主要是|包括|的)", "", tax_kind.group(0))
                code, surface = None, name + "税收入"
            if surface.startswith("贷款") and text[max(0, m.start() - 1) : m.start()] == "存":
                code = None  # 存贷款余额: deposits and loans together
            if (
                surface in self.lex.loose
                and code
                and self.ctx.states_figure(self.lex.indicators[code].name_zh)
            ):
                code = None  # 一般公共预算收入97950万元…;地方财政收入67569万元: two amounts
            below = re.search(r"(?:规下|规模以下|限下|限额以下)$", text[max(0, m.start() - 4) : m.start()])
            if below:
                # 规下工业增加值增速为7.0%: the firms below the scale, an indicator of their own
                code, surface = None, below.group(0) + surface
            joint = re.search(r"(?:新签约|新签|新建|新开工|签约|续建|在建|竣工)(?:及|和|与|、)$", text[max(0, m.start() - 4) : m.start()])
            if joint and code and self.lex.indicators[code].unit_kind == "count":
                code, surface = None, joint.group(0) + surface  # 新签及续建项目63个: both kinds together
            hi = re.search(r"(?:高技术|高端|新兴)$", text[max(0, m.start() - 3) : m.start()])
            if hi and surface.startswith("工业"):
                code, surface = None, hi.group(0) + surface  # 高技术工业增加值增长23.3%: a kind of industry's own
            per_unit = re.match(r"(?:能耗|电耗|水耗|耗能)", text[m.end() : m.end() + 2])
            if per_unit and code:
                # 规上工业增加值能耗下降5.4%: energy used per unit of value added, not the value added
                code, surface = None, surface + per_unit.group(0)
            if code == "industrial_revenue_above_scale" and re.search(
                r"(?:服务业|软件|信息|批发|零售|住宿|餐饮|商贸)[\u4e00-\u9fa5]{0,4}$", text[max(0, m.start() - 12) : m.start()]
            ):
                code = None  # 互联网及软件信息服务业主营业务收入: services' revenue, not industry's
            if code in ABOVE_SCALE and re.search(r"(?:规模以上|规上)$", text[max(0, m.start() - 4) : m.start()]):
                code = ABOVE_SCALE[code]  # 规模以上工业实现产值: the alias after 规模以上 is the 规上 one
            if (
                code == "tax_revenue"
                and surface == "税收"
                and "industrial_tax" in self.lex.indicators
                and re.search(r"(?:规模以上|规上|规模)工业|工业(?:企业|集中区|园区)", text[: m.start()])
                and not re.search(r"财政|预算|全口径", text[: m.start()])
            ):
                code = "industrial_tax"  # 实现规模工业增加值63.9亿元…;实现税收5540万元: industry's taxes
            if (
                code in ABOVE_SCALE
                and re.search(
                    # 规上工业总产值…,工业总产值增速…; 规上工业增加值:中央企业工业增加值…;省属企业工业增加值…
                    r"(?:规模以上|规上)工业(?:总产值|增加值|产值)(?:[^。;；]{0,50}|[:：][^。:：]{0,120})$",
                    text[max(0, m.start() - 130) : m.start()],
                )
                and not re.search(r"(?:全部|全县|全区|全市|全省|全国)$", text[max(0, m.start() - 2) : m.start()])
            ):
                code = ABOVE_SCALE[code]  # 规上工业总产值…,工业总产值增速与增加值增速均居全市第一: the same 规上 figures
            if code in ABOVE_SCALE and _scale_scoped(text, m.start()):
                # 全县规模以上工业累计完成工业增加值29.47亿元: the sentence speaks of 规上 industry
                code = ABOVE_SCALE[code]
            owner = self._owner(text, m.start())
            stage_q = re.search(
                r"(?:新开工|续建|在建|竣工|签约|新签约|履约|投产)项目(?:累计|共|已|实现)*$",
                text[max(0, m.start() - 10) : m.start()],
            )
            if owner is None and code == "attracted_funds" and stage_q and (qual or listed_part):
                # 新开工项目到位资金3.05亿元;续建项目累计到位资金32.43亿元: the funds of those projects
                owner = ("other", re.sub(r"(?:累计|共|已|实现)+$", "", stage_q.group(0)))
            size = re.search(rf"(?<![\d.])(?:{SIZE_CLASS.pattern})(?:的)?$", text[max(0, m.start() - 12) : m.start()])
            if size and code and self.lex.indicators[code].unit_kind == "count" and surface.endswith("项目"):
                owner = ("other", size.group(0) + surface)  # 亿元以上施工项目21个: the projects of that size
            owned_by = OWNERSHIP_RE.search(text[max(0, m.start() - 14) : m.start()]) if owner is None and code in AGGREGATES else None
            if owned_by is not None:
                # 中央企业工业总产值13.35亿元;省属企业工业总产值20.85亿元: that group of firms' part
                owner = ("other", owned_by.group("g"))
            place = text[max(0, m.start() - 2) : m.start()]
            if owner is None and code == "retail_sales" and place in ("城镇", "乡村", "农村", "城区", "城市"):
                owner = ("other", place)  # 乡村社会消费品零售额9.19亿元: the part sold in the countryside
            refs.append(Ref(code, surface, m.start(), m.end(), owner))
            taken.append((m.start(), m.end()))
        opener = re.match(r"(?P<s>[\u4e00-\u9fa5]{2,10}?业)", text)  # 船舶修造业…, 战略性新兴产业…: a sentence's opening sector
        for m in HEAD_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if m.group(0) in ("完成投资", "累计完成投资") and any(
                r.code
                and r.end <= m.start()
                and self.lex.indicators[r.code].unit_kind == "currency"
                and re.fullmatch(r"(?:累计|共|已)?", text[r.end : m.start()])
                for r in refs
            ):
                continue  # 工业技术改造完成投资11.5亿元: the named investment's own amount
            subj = None
            before = text[max(0, m.start() - 24) : m.start()]
            lead_clause = re.split(r"[,，;；:：。]", text[max(0, m.start() - 30) : m.start()])[-1]
            lead_clause = re.sub(r"(?:累计)?(?:实现|完成)?$", "", re.sub(r"^(?:其中|全县|全区|全旗|全市)+", "", lead_clause))
            if (
                m.group(0) in ("增加值", "产值", "总产值", "营业收入")
                and re.fullmatch(r"[\u4e00-\u9fa5]{2,8}(?:、[\u4e00-\u9fa5]{2,8}){1,3}(?:及|和)?[\u4e00-\u9fa5]{0,12}业", lead_clause)
                and not self.lex.alias_re.search(lead_clause)
            ):
                # 电力、热力、燃气及水的生产和供应业增加值下降5.8%: one sector, 、 and all
                refs.append(Ref(None, m.group(0), m.start(), m.end(), ("industry", lead_clause)))
                continue
            named = [
                n
                for n in self.lex.industries
                if len(n) > 3 and re.search(re.escape(n) + r"(?:累计)?(?:实现|完成)?$", before)
            ]
            if named and m.group(0) in ("增加值", "产值", "总产值", "营业收入"):
                # 酒、饮料和精制茶制造业增加值: a GB/T 4754 division, 、 and all
                refs.append(Ref(None, m.group(0), m.start(), m.end(), ("industry", max(named, key=len))))
                continue
            if m.group(0) == "增加值" and before.endswith("地方"):
                # 全区地方增加值实现119.1亿元: the value added counted locally, not industry's
                refs.append(Ref(None, "地方增加值", m.start() - 2, m.end()))
                continue
            if m.group(0) in ("增加值", "产值", "总产值") and re.search(
                r"\d+个(?:工业)?(?:行业|门类)(?:大类)?$", before
            ):
                # 10个行业产值同比增速超过30%: sectors counted in 规上 statistics, not a sector's own name
                code = next((c for c in HEAD_FAMILY[m.group(0)] if c.endswith("above_scale")), None)
                if code in self.lex.indicators:
                    refs.append(Ref(code, m.group(0), m.start(), m.end()))
                    continue
            # 农林牧渔业(包括农林牧渔专业及辅助性活动)增加值: the sector before its bracketed gloss
            sm = SECTOR_BEFORE.search(re.sub(r"[(（][^()（）]*[)）]$", "", text[max(0, m.start() - 40) : m.start()])[-16:])
            if sm and m.group(0) in ("增加值", "产值", "总产值", "营业收入"):
                name = re.sub(r"^.*?(?:其中|中|看|、|和|及|,|，)", "", sm.group("sector")) or sm.group("sector")
                name = re.sub(r"^(?:全县|全区|全市|我县|我区)?(?:累计)?(?:实现|完成)?", "", name) or name
                bare = re.sub(r"^(?:规模以上|规上)", "", name)
                whole = self.lex.code_of(bare + m.group(0))
                if whole is None and self.lex.code_of(re.sub(r"^[名的个家户]|企业$", "", bare) + m.group(0)):
                    bare = re.sub(r"^[名的个家户]|企业$", "", bare)  # 26家战略性新兴产业企业累计产值
                    whole = self.lex.code_of(bare + m.group(0))
                if whole in ABOVE_SCALE and bare != name:
                    whole = ABOVE_SCALE[whole]  # 规模以上工业实现产值
                if whole is not None:
                    # 规模以上高新技术产业实现产值: 高新技术产业产值, an indicator of its own
                    refs.append(Ref(whole, bare + m.group(0), m.start(), m.end()))
                    continue
                if (
                    len(name) >= 2
                    and not self.lex.alias_re.search(name)
                    and name not in ("工业", "全部工业")
                    and not re.match(r"[名的个家户]", name)  # 营业收入前30名的企业: not a sector's name
                ):
                    subj = ("industry", name)
            whole_code = self.lex.code_of(opener.group("s") + m.group(0)) if opener else None
            if (
                whole_code
                and m.group(0) in ("增加值", "产值", "总产值")
                and not re.search(r"\d", text[: m.start()])
                and not any(r.start < m.start() for r in refs if r.code)
            ):
                # 战略性新兴产业比重提升,完成产值1710.7亿元: the output of the industry the sentence opens with
                refs.append(Ref(whole_code, opener.group("s") + m.group(0), m.start(), m.end()))
                continue
            if (
                subj is None
                and not sm
                and opener
                and m.group(0) in ("增加值", "产值", "总产值", "营业收入")
                and not re.search(r"\d", text[: m.start()])
                and not any(r.start < m.start() for r in refs if r.code)
                and not self.lex.alias_re.search(opener.group("s"))
                and not re.search(r"(?:^|全县|全区|全市|规上|规模以上|全部)工业$|(?:企|产|行|就|创|事|作)业$", opener.group("s"))
            ):
                # 船舶修造业“马力全开”,重点企业抢进度…,实现增加值6.8亿元: the sector the sentence opens with
                subj = ("industry", opener.group("s"))
            avg = re.search(r"(?:[两三四五]年平均|年均|年平均)$", before)
            if avg and m.group(0) in ("增速", "增幅"):
                # 两年平均增速居全市第2: the two-year average's rank, not this year's growth's
                refs.append(Ref(None, avg.group(0) + m.group(0), m.start() - len(avg.group(0)), m.end()))
                continue
            hi_own = re.search(r"(?:高新技术|高技术|战略性新兴产业|战略性新兴|新兴产业)$", before)
            if hi_own and m.group(0) in ("产值", "总产值", "增加值"):
                # 全区实现高新技术产值439.80亿元: the output of high-tech industry, not of all industry
                code = self.lex.code_of(hi_own.group(0).removesuffix("产业") + "产业" + m.group(0))
                refs.append(Ref(code, hi_own.group(0) + m.group(0), m.start() - len(hi_own.group(0)), m.end()))
                continue
            products = re.search(r"(?:高新技术|高技术|高新)?新?产品$", before)
            if products and products.group(0) != "产品":
                # 新产品产值414.86亿元, 高新技术产品产值50.7亿元: the output of those products, not of industry
                refs.append(Ref(None, products.group(0) + m.group(0), m.start() - len(products.group(0)), m.end()))
                continue
            econ = re.search(r"[\u4e00-\u9fa5]{2,5}经济$", before)
            if econ and m.group(0) in ("增加值", "产值", "总产值") and not self.lex.alias_re.search(econ.group(0)):
                # 数字经济增加值8.3亿元, 民营经济增加值: an economy of its own kind, not industry's
                refs.append(Ref(None, econ.group(0) + m.group(0), m.start() - len(econ.group(0)), m.end()))
                continue
            refs.append(Ref(None, m.group(0), m.start(), m.end(), subj))
        for m, k in stage_counts(text):
            code = next((c for w, c in STAGE_WORDS.items() if w in (m.group("s" + k) or "")), None)
            at = m.start("n" + k)
            if code in self.lex.indicators and not any(r.start <= at < r.end for r in refs):
                refs.append(Ref(code, m.group(0), at, at))
        for m in SHARE_OF_HEAD.finditer(text):
            # 战略性新兴产业占规上产值比重37.5%: the share of 战略性新兴产业产值, named by the whole's head
            x = re.sub(r"^(?:全县|全区|全市|我县|我区|规上|规模以上)", "", m.group("x"))
            code = self.lex.code_of(x + m.group("h")) or self.lex.code_of(x + "产业" + m.group("h"))
            if code and not any(r.start < m.end("x") and m.start("x") < r.end for r in refs):
                refs.append(Ref(code, x, m.end("x") - len(x), m.end("x")))
        # (主要是规模以上工业产值、建筑业产值未达到预期目标),下降2.0%: a note in brackets with no figure
        # names what explains the figure, not whose the next figure is
        notes = [b.span() for b in re.finditer(r"[(（][^()（）\d]*[)）]", text)]
        refs = [r for r in refs if not any(s < r.start and r.end < e for s, e in notes)]
        return sorted(refs, key=lambda r: r.start)

    def resolve_head(
        self, head: Ref, current: Ref | None, para_ref: Ref | None, sentence_refs: list[Ref] | None = None
    ) -> Ref:
        ref = self._resolve_head(head, current, para_ref, sentence_refs)
        if ref.code in ABOVE_SCALE and (
            (head.subject is None and _scale_scoped(self._text, head.start)) or self._share_of_above_scale(head)
        ):
            # 锦屏县规模工业预计完成总产值13.29亿元: the sentence speaks of 规上 industry
            ref = Ref(ABOVE_SCALE[ref.code or ""], ref.surface, ref.start, ref.end, ref.subject)
        return ref

    def _share_of_above_scale(self, head: Ref) -> bool:
        """产值前10名企业共实现产值500.5亿元,占全县规上工业总产值的69.7%: a part of the 规上 total."""
        m = SHARE_OF_ABOVE_SCALE.match(self._text, head.end)
        return m is not None and (head.surface in m.group("h") or m.group("h") in head.surface)

    def _resolve_head(
        self, head: Ref, current: Ref | None, para_ref: Ref | None, sentence_refs: list[Ref] | None = None
    ) -> Ref:
        family = HEAD_FAMILY.get(head.surface, ())
        whole = current if current is not None and current.code else para_ref
        if head.surface in ("增速", "增幅") and head.subject is None and whole is not None and whole.code:
            sector = re.search(r"(?:^|[,，;；:：。]|其中)(?P<s>[\u4e00-\u9fa5]{1,10}?业)$", self._text[max(0, head.start - 12) : head.start])
            if (
                sector
                and not self.lex.alias_re.fullmatch(sector.group("s"))
                and not re.search(r"于|比|较|全县|全区|全市|规上|规模|工业$", sector.group("s"))  # 高于全县规上工业增速
            ):
                # 其中,第一产业增速4.5%;第二产业增速1.1%: the sector's growth, a part of the aggregate
                return self._sector_part(Ref(whole.code, head.surface, head.start, head.end, ("industry", sector.group("s"))))
        if current is not None and head.subject is None and head.surface in ("增加值", "产值", "总产值"):
            cur = self.lex.indicators.get(current.code or "")
            cur_name = cur.name_zh if cur is not None else current.surface or ""
            if NON_INDUSTRIAL.search(cur_name):
                # 农林牧渔业总产值25.39亿元,增长6.9%;增加值14.46亿元: that sector's 增加值
                sector = re.match(r"[\u4e00-\u9fa5]*?业", cur_name)
                name = (sector.group(0) if sector else cur_name) + head.surface
                return Ref(self.lex.code_of(name), name, head.start, head.end, head.subject)
            if cur is not None and cur.name_zh.endswith(head.surface):
                # 第二产业实现增加值280.5亿元,占GDP比重61.8%,增加值增长6.8%: the same 增加值
                return Ref(current.code, head.surface, head.start, head.end, current.subject)
        if (
            head.subject is not None
            and head.subject[0] == "industry"
            and head.surface in ("增加值", "产值", "总产值")
            and re.fullmatch(r"种植业|林业|畜?牧业|渔业|农业|养殖业|农林牧渔(?:服务)?业|农林牧渔业?服务业", head.subject[1])
        ):
            # 其中,种植业实现增加值33亿元: a branch of farming, no part of industry
            name = head.subject[1] + head.surface
            return Ref(self.lex.code_of(name), name, head.start, head.end, None)
        if head.subject is not None and family:
            # a sector's or an enterprise's 增加值/产值 is a part of the aggregate, never of another sector
            family = tuple(c for c in family if c in AGGREGATES) or family
        before = self._text[max(0, head.start - 30) : head.start]
        if (
            head.surface == "完成投资"
            and re.search(r"(?:项目|工程)$", before)
            and not re.search(r"重点(?:建设|工程)?项目$|重点工程$", before)
        ):
            # XX年产10万吨新能源材料项目完成投资2.3亿元, 入库项目完成投资: that project's own progress
            name = re.search(r"[\u4e00-\u9fa5A-Za-z0-9()（）]{2,30}$", before)
            return Ref(None, (name.group(0) if name else "") + head.surface, head.start, head.end, head.subject)
        if head.surface == "营业收入" and (
            (re.search(r"服务业|商贸|批发|零售|住宿|餐饮|营利性", before) and not re.search(r"工业", before[-12:]))
            # 营业收入前30名的企业实现营业收入36.87亿元,占规上服务业的比重为48.8%
            or SHARE_OF_SERVICES.match(self._text, head.end)
        ):
            # 规模以上服务业260家,实现营业收入59.82亿元: the services' revenue, not industry's
            name = re.search(r"[\u4e00-\u9fa5]{0,6}(?:服务业|商贸|批发|零售|住宿|餐饮)[\u4e00-\u9fa5]{0,4}", before)
            return Ref(None, (name.group(0) if name else "") + "营业收入", head.start, head.end, head.subject)
        if head.surface in ("完成投资", "累计完成投资"):
            named = None
            for nm in re.finditer(r"(?P<n>[\u4e00-\u9fa5]{2,6}?投资)(?!完成|额|计划|总额)", before):
                named = nm
            if named is not None and not self.lex.code_of(named.group("n")):
                at = head.start - len(before) + named.start()
                if current is None or current.end <= at:
                    # 服务业投资占据主导地位,累计完成投资987675万元: the investment named before it
                    name = re.sub(r"^(?:全县|全区|其中|我县|我区)", "", named.group("n"))
                    return Ref(None, name, head.start, head.end, head.subject)
            lead = re.search(
                r"(?:^|[,，;；:：。])(?:其中[,，:：]?)?(?P<n>[\u4e00-\u9fa5、]{2,20}?)(?P<p>项目)?(?:累计|共|已|共计)?$", before
            )
            # (预计上半年完成投资0.48亿元: words of when and how, no kind of investment)
            noun = re.sub(r"\d{1,2}[-—至]\d{1,2}月份?|\d{1,2}月份?", "", FUNCTION_WORDS.sub("", lead.group("n"))) if lead else ""
            noun = noun if len(noun) >= 2 else ""
            governing = current if current is not None and current.code else para_ref
            if (
                noun
                and head.subject is None
                and governing is not None
                and governing.code in INVESTMENT_FAMILY
                and governing.code != "key_project_investment"  # 工业类完成投资19.17亿元: a class of key projects
                and not re.search(r"[类厂矿]$|工程|项目", noun)
                and not re.search(r"^(?:\d|全县|全区|全市|我县|我区|今年|全年|上半年|前三季度)|[镇乡区县园局司团]$", noun)
                and not FUNCTION_WORDS.fullmatch(noun)
            ):
                code = self.lex.code_of(noun + "投资")
                if code is not None:
                    # 其中房地产开发项目累计完成投资21.77亿元: the investment that noun names
                    return Ref(code, noun + "投资", head.start, head.end)
                if not lead.group("p"):
                    if noun.endswith("业"):
                        # 其中水利、环境和公共设施管理业完成投资14.82亿元: that sector's part
                        return Ref(governing.code, head.surface, head.start, head.end, ("industry", noun))
                    # 其中住宅完成投资18.15亿元: a kind of investment of its own
                    return Ref(None, noun + "投资", head.start, head.end)
        if head.surface in AMOUNT_HEADS and current is not None and current.code:
            # 签约项目8个,总投资56.2亿元: the amount of what was just counted
            sib = self._sibling(current, "currency", prefer=("投资总额", "总投资"))
            if sib is not None:
                kind = current.subject if current.subject == ("other", current.surface) else None
                return Ref(sib.code, head.surface, head.start, head.end, head.subject or kind)
        if not family and current is not None and current.code is None and current.surface:
            # 住宿和餐饮业增加值增长23.3%,增速比一季度提高12.6个百分点: the growth of that same figure
            return Ref(None, current.surface, head.start, head.end, current.subject)
        if (
            "key_project_investment" in family
            and head.surface in ("完成投资", "累计完成投资")
            and current is not None
            and current.code is None
            and re.search(r"(?:重点|重大)(?:建设|产业)?项目", current.surface or "")
        ):
            # 投资5000万元以上重大项目共60个,已完成投资4.7亿元: the key projects' investment
            return Ref("key_project_investment", head.surface, head.start, head.end, head.subject)
        if (
            "fai" in family
            and current is not None
            and current.code
            and current.subject is not None
            and current.surface.endswith("项目")
            and self.lex.indicators[current.code].unit_kind == "count"
        ):
            # 亿元以上施工项目21个,…,完成投资同比增长260.3%: the investment of those projects
            return Ref("fai", head.surface, head.start, head.end, current.subject)
        if (
            head.surface == "增加值"
            and head.subject is None
            and current is None
            and (para_ref is None or (para_ref.code or "").startswith("gdp"))
            and re.search(r"(?:^|[,，:：])(?:\d{4}年)?(?:全年)?[,，]?(?:全区|全县|全市)(?:共|累计)?(?:实现|完成)$", before)
            and "gdp" in self.lex.indicators
        ):
            # 2024年,全区实现增加值3029.6亿元: the district's whole value added, its GDP
            return Ref("gdp", head.surface, head.start, head.end)
        para_ind = self.lex.indicators.get((para_ref.code if para_ref is not None else None) or "")
        if (
            (current is None or current.code is None)
            and para_ind is not None
            and para_ind.code not in (family or ())
            and head.surface in ("营业收入", "利润总额")
            and re.search(r"服务业|商贸|批发|零售|住宿|餐饮", para_ind.name_zh)
            and para_ind.name_zh.endswith(head.surface)
        ):
            # 规上服务业营业收入增长9.0%。其中,纳入核算行业实现营业收入46.11亿元: the services' revenue still
            return Ref(para_ind.code, head.surface, head.start, head.end, head.subject)
        if (
            current is None
            and head.subject is None
            and para_ref is not None
            and para_ref.code is None
            and head.surface in ("营业收入", "增加值", "产值", "总产值", "利润总额")
            and para_ref.surface.endswith(head.surface)
        ):
            # 规上服务业营业收入增长9.0%。其中,纳入核算行业实现营业收入46.11亿元: the paragraph's own
            return Ref(None, para_ref.surface, head.start, head.end)
        in_sentence = [r for r in (sentence_refs or []) if r.code and family and r.code in family]
        # 重点项目…完成投资44.24亿元;省市重点项目24个,计划投资54.5亿元: the nearest of the family
        # named earlier in the sentence comes before the paragraph's indicator
        before_head = [r for r in in_sentence if r.end <= head.start]
        for cand in (current, *before_head[-1:], para_ref, *in_sentence[:1], self.ctx.heading_ref()):
            if cand is not None and cand.code is not None and (not family or cand.code in family):
                code = cand.code
                if head.subject is not None and code in ABOVE_SCALE:
                    code = ABOVE_SCALE[code]  # sectors in county statistics are counted among 规上 firms
                # 增速/增幅 only point back: they keep the subject of what they point at
                subj = head.subject or (cand.subject if not family else None)
                return Ref(code, head.surface, head.start, head.end, subj)
        if head.subject is not None and NON_INDUSTRIAL.search(head.subject[1]):
            return Ref(None, head.subject[1] + head.surface, head.start, head.end, head.subject)
        if family and family[0] in self.lex.indicators and head.surface not in ("投资计划", "计划投资"):
            code = family[0]
            near = current if current is not None else para_ref
            if near is not None and near.code and near.code.endswith("above_scale"):
                # 规模以上工业产值增长30.3%,增加值增长18.7%: the 增加值 of the same 规上 firms
                code = next((c for c in family if c.endswith("above_scale")), code)
            if head.subject is not None and len(family) > 1 and family[1].endswith("above_scale"):
                code = family[1]  # a sector's or enterprise's output is counted among 规上 firms
            return Ref(code, head.surface, head.start, head.end, head.subject)
        return Ref(None, head.surface, head.start, head.end, head.subject)

    # ---- the walk --------------------------------------------------------------------
    def extract(self, sent: Span, state: dict) -> list[Fact]:
        text = sent.text
        self._text = text
        if state.pop("scope_ends_with_sentence", False):
            state["scope"] = None
        lex = self.lex
        figures = self._usable_figures(text, find_figures(text, lex))
        items = [Item(f.start, f.end, f) for f in figures]
        for m in cues.RANK.finditer(text):
            n = m.group("n") or m.group("top")
            masked_rank = n is not None and re.fullmatch(r"[*xX×]+", n) is not None
            if n is None:  # 居全市首位
                value, num_at = 1.0, m.start("first") + 1
            elif m.group("top"):  # 增速排全市前3: third or better
                value, num_at = _rank_value(n), m.start("top")
            elif masked_rank:  # 排名全市第*: kept as masked
                value, num_at = None, m.start("n")
            else:
                value, num_at = _rank_value(n), m.start("n")
            if value is None and not masked_rank:
                continue
            items = [it for it in items if not (it.start < m.end() and num_at <= it.start)]
            if m.group("scope"):
                # 分别居全省34个类区县第1位: the count of the field ranked in, not a figure
                items = [
                    it
                    for it in items
                    if not (m.start("scope") <= it.start < m.end("scope") and it.fig is not None and it.fig.unit in ("个", "家"))
                ]
            items.append(Item(num_at - 1, m.end(), None, value, text[num_at - 1 : m.end()]))
            more = cues.RANK_MORE.match(text, m.end())
            while more is not None and value is not None:
                # 居全市第15位、八城区第8位; 分别位居苏北第二、第一、第一位
                v2, at = _rank_value(more.group("n")), more.start("n")
                if v2 is None:
                    break
                items = [it for it in items if not (it.start < more.end() and at <= it.start)]
                items.append(Item(at - 1, more.end(), None, v2, text[at - 1 : more.end()]))
                more = cues.RANK_MORE.match(text, more.end())
        items.sort(key=lambda it: it.start)
        if not items:
            structure = self._structure_facts(sent, text, find_periods(text), state)
            self._advance_state(text, state)
            return structure
        refs = self.find_refs(text)
        # 利用省外2000万以上项目资金14.41亿元: a threshold inside an indicator's name is not a figure
        items = [it for it in items if not any(r.code and r.start < it.start and it.end < r.end for r in refs)]
        # 建成投用了…年产2000吨…生产线等项目7个: figures inside the names listed before 等 are the names'
        listed = [(m.end("s" + k), m.start("n" + k)) for m, k in stage_counts(text) if k in ("3", "5", "7", "9")]
        items = [it for it in items if not any(a <= it.start and it.end <= b and "等" in text[it.end : b] for a, b in listed)]
        periods = find_periods(text)
        clauses = clause_bounds(text)
        facts: list[Fact] = []
        fenbie = self._fenbie_map(text, items, refs, state.get("ref"))
        prev_item: Item | None = None
        prev_fact: Fact | None = None
        current: Ref | None = None
        subject: tuple[str, str] | None = None
        class_ref: tuple[tuple[int, int], Ref] | None = None
        ref_i = 0
        spread_ref: Ref | None = None  # a share of growing (or losing) firms, and its changes
        held: list[tuple[int, Ref | None]] = []  # (where a ref was read, the governing ref after it)
        for it in items:
            clause = next(((s, e) for s, e in clauses if s <= it.start < e), (0, len(text)))
            left = _in_brackets(text, prev_item.start) if prev_item is not None else None
            if (
                left is not None
                and left[1] < it.start
                and _in_brackets(text, it.start) is None
                and not any(left[1] < r.start < it.start and (r.code or r.surface not in HEAD_FAMILY) for r in refs)
                and re.fullmatch(r"[)）][,，]?[\u4e00-\u9fa5]{0,6}", text[left[1] : it.start])
                and not HOW_WORDS.sub("", text[left[1] + 1 : it.start]).strip(",，")
            ):
                # 居民人均可支配收入43684元(农村居民…26078元,增长6.2%),增幅4.4%: past the bracket the
                # figures are the outer indicator's again
                outer = [c for at, c in held if at < left[0]]
                if outer and outer[-1] is not None and outer[-1] is not current:
                    current = outer[-1]
            # advance the governing indicator over refs before this figure
            while ref_i < len(refs) and refs[ref_i].end <= it.start:
                r = refs[ref_i]
                spread_ref = None
                before = text[max(0, r.start - 4) : r.start]
                # 占GDP比重, 拉动规上工业增长, 高于全县规上工业增速: a benchmark, not what the figure is of
                if not re.search(r"(占|拉动|下拉|拉低|带动|于)(?:全县|全区|全市|全省|全国|同期|全|县级|区级|市级|本级|县本级)?\s*$", before):
                    # a head word (增加值, 完成投资) stands for the indicator in force; an alias set aside
                    # (~地方财政收入 beside 一般公共预算收入) or a named output (新产品产值) for itself
                    current = (
                        r
                        if r.code is not None or r.surface not in HEAD_FAMILY
                        else self.resolve_head(r, current, state.get("ref"), refs)
                    )
                    para = state.get("ref")
                    trade = r.code is not None and re.fullmatch(r"[\u4e00-\u9fa5]{1,4}业|住宿和餐饮业|批发和零售业", r.surface)
                    if trade and "retail_sales" in self.lex.indicators and re.match(
                        r"(?:累计)?(?:实现|完成)?零售额", text[r.end : r.end + 6]
                    ):
                        # 批发业实现零售额14.88亿元: that trade's part of 社会消费品零售总额
                        current = Ref("retail_sales", r.surface, r.start, r.end, ("industry", r.surface))
                    elif (
                        trade
                        and para is not None
                        and para.code not in (None, r.code)
                        and re.match(r"^(?:分|按|从)[\u4e00-\u9fa5]{0,12}?(?:行业|构成)(?:看|分|来看)", text)
                        and re.match(r"(?:累计)?(?:完成|实现|同比|增长|下降|\d)", text[r.end : r.end + 4])
                    ):
                        # 社会消费品零售总额…。分行业看,批发业完成214868万元: the paragraph's total, by sector
                        current = Ref(para.code, para.surface, r.start, r.end, ("industry", r.surface))
                ref_i += 1
                held.append((r.start, current))
            subj = self._subject(text, it.start, clause)
            if subj is not None:
                subject = subj
            fig = it.fig
            later = [x.start for x in items if x.start > it.start]
            next_start = min(later) if later else len(text)  # 9家续建9家新开工: each its own word
            bracket = _in_brackets(text, it.start)
            local_from = max(clause[0], prev_item.end if prev_item else 0)
            window = text[local_from : it.start].rstrip()  # 实现税金 8000 万元: spaces around figures
            clause_prefix = text[clause[0] : it.start].rstrip()
            measure, sign = self._measure(text, it, window, clause_prefix, prev_item, prev_fact, bracket)
            ref = current
            spread = re.search(r"(?:增长|下降|减产|亏损|增产)面", window)
            if spread and fig is not None and fig.unit == "%":
                # 增长面为70.4%: the share of firms or sectors growing, not a growth rate
                measure, sign = "share_pct", 1
                ref = spread_ref = Ref(None, self._surface(text, clause, it) or spread.group(0), it.start, it.start)
            elif spread_ref is not None and part_lead(text[clause[0] : it.start]) is None:
                # 亏损面为6%,同比收窄3.5个百分点, 较3月当月(34.6%)提高26.1个百分点: the share's too, until
                # a name or a sector leads a figure (增长面达64%,石油和天然气开采业增长176.3%)
                ref = spread_ref
            if it.start in fenbie:
                ref = fenbie[it.start]
                if ref.code is None and ref.surface in HEAD_FAMILY:
                    ref = self.resolve_head(ref, current, state.get("ref"), refs)
            elif measure == "contribution_pp":
                # 拉动规上工业增加值2.4个百分点: the aggregate named after 拉动
                m = re.search(rf"(?:{cues.PP_CONTRIB_DOWN}|{cues.PP_CONTRIB_UP}|影响)(?P<what>[^,;，；。]*)$", window)
                if m:
                    inner = [
                        r for r in refs if r.code and r.start >= local_from + m.start("what") and r.end <= it.start
                    ]
                    economy = re.match(r"(?:全县|全区|全市|全旗)?经济(?=增长|增速)", m.group("what"))
                    if not inner and economy and "gdp" in self.lex.indicators:
                        # 拉动经济增长0.4个百分点: the pull on GDP
                        at = local_from + m.start("what")
                        inner = [Ref("gdp", economy.group(0), at, at + economy.end())]
                    bare_inv = re.match(r"(?:全县|全区|全市)?(?:全社会)?(?:固定资产)?投资", m.group("what"))
                    bare_ind = re.match(r"(?:全县|全区|全市)?(?:规模以上|规上|规模)工业(?:经济)?", m.group("what"))
                    bare = bare_inv or bare_ind
                    bare_code = "fai" if bare_inv else "industrial_va_above_scale"
                    if not inner and bare and bare_code in self.lex.indicators and prev_fact is not None:
                        # 电力投资同比增长174.4%,拉动投资增速78.5个百分点: the growth of all investment,
                        # pulled by what the figure before was about; 制造业…拉动规上工业增长10.78个百分点
                        at = local_from + m.start("what")
                        lead_at = max((c[0] for c in clauses if prev_item is not None and c[0] <= prev_item.start), default=0)
                        sector = re.match(
                            r"(?:[\d-]+月份?)?(?:其中)?[,，]?(?P<s>[\u4e00-\u9fa5]{2,12}?业)(?:行业)?对", text[lead_at:]
                        )
                        puller: tuple[str, str] | None = (
                            ("industry", sector.group("s"))
                            if sector
                            else (prev_fact.subject_type, prev_fact.subject_name)
                            if prev_fact.subject_name
                            else ("other", prev_fact.indicator_surface or "")
                        )
                        ref = Ref(bare_code, bare.group(0), at, at + len(bare.group(0)), puller)
                        state["pulled"] = Ref(bare_code, bare.group(0), at, at + len(bare.group(0)))
                    elif inner:
                        va_codes = (*GDP_TIERS, "industrial_va")  # (建筑业拉动GDP: GDP, by 建筑业)
                        va_fact = next((f for f in reversed(facts) if f.indicator_code), None)
                        if (
                            inner[-1].code == "gdp"
                            and subject is None
                            and va_fact is not None
                            and va_fact.indicator_code in va_codes
                            and va_fact.subject_type in (None, "county")
                            and (current is None or current.code in (None, "gdp", va_fact.indicator_code))
                        ):
                            # 第一产业增加值…增长7.1%,拉动经济增长0.4个百分点: GDP pulled, by the tier
                            tier = (
                                "工业"
                                if va_fact.indicator_code == "industrial_va"
                                else "服务业"
                                if "服务业" in (va_fact.indicator_surface or "")
                                else TIER_NAMES[GDP_TIERS.index(va_fact.indicator_code or "")]
                            )
                            ref = Ref(inner[-1].code, inner[-1].surface, it.start, it.start, ("industry", tier))
                        elif (
                            current is not None
                            and current.code != inner[-1].code
                            and current.subject is None
                            and subject is None
                        ):
                            # 工业投资拉动固定资产投资增长4.6个百分点: the puller is the subject
                            ref = Ref(
                                inner[-1].code,
                                inner[-1].surface,
                                inner[-1].start,
                                inner[-1].end,
                                ("other", self._name_of(current)) if current.code else None,
                            )
                        else:
                            ref = Ref(
                                inner[-1].code,
                                inner[-1].surface,
                                inner[-1].start,
                                inner[-1].end,
                                current.subject if current is not None else None,
                            )
                        state["pulled"] = inner[-1]
                    elif state.get("pulled") is not None:
                        ref = Ref(
                            state["pulled"].code,
                            state["pulled"].surface,
                            it.start,
                            it.start,
                            (current.subject if current is not None else None),
                        )  # 下拉1.5个百分点: the aggregate pulled before
            if fig is not None and fig.unit == "%" and re.search(r"(?:贡献率|增长的贡献)(?:分别)?(?:为|达到?|是)?(?:[\d.]+%[、和及与])*$", clause_prefix):
                # 对规模工业增长贡献率分别达到11.5%和40.8%: a share of the growth, under a name of its own
                measure, sign = "share_pct", 1
                ref = Ref(None, (ref.surface if ref is not None else "") + "贡献率", it.start, it.start)
            national = (
                re.search(r"(?:全国|中国|全球|世界|国内|行业)[\u4e00-\u9fa5]{0,14}$", clause_prefix)
                if measure == "rank" and fig is None
                else None
            )
            if national and not any(r.code and clause[0] <= r.start < clause[0] + national.start() for r in refs):
                # 奇瑞汽车连续19年位居中国品牌乘用车出口第1: a firm's place in the country, not the county's
                ref = Ref(None, self._surface(text, clause, it) or "排名", it.start, it.start)
            if fig is not None and fig.unit in ("批", "批次") and it.start not in fenbie:
                # 分两批集中开工, 完成七批科技型中小企业入库: batches, not a count of what they hold
                what = re.match(r"[\u4e00-\u9fa5“”]{0,12}", text[it.end : clause[1]])
                ref = Ref(None, "批次:" + (what.group(0) if what else ""), it.start, it.start)
            goods = re.match(
                r"^(?:其中)?[,，]?(?P<g>[\u4e00-\u9fa5、]{1,24}类(?:商品)?(?:零售额|销售额)?)(?=同比|增长|下降|减少)",
                text[clause[0] : it.start],
            )
            if goods and it.start not in fenbie:
                # 粮油、食品、饮料、烟酒类零售额同比增长38.8%: a class of goods, not the total
                ref = current = Ref(None, goods.group("g"), it.start, it.start)
            if measure == "value" and fig is not None and fig.unit == "倍":
                # 到位资金11.91亿元,是去年同期的18倍: a ratio to another period, not a level
                ref = Ref(None, (ref.surface if ref is not None else "") + "倍数", it.start, it.start)
            if (
                ref is None
                and measure == "value"
                and fig is not None
                and state.get("ref") is not None
                and BREAKDOWN.match(text)
            ):
                ref = self._similar_part(text[clause[0] : it.start], state["ref"])
                part = part_lead(text[clause[0] : it.start])
                if ref is None and part and not self.lex.alias_re.fullmatch(part.group("s")):
                    # 一般预算财政收入完成12655万元。其中:税务部门完成6197万元: the department's part
                    para = state["ref"]
                    kind = "other" if part.group("s").endswith("部门") else "industry"
                    ref = self._sector_part(Ref(para.code, para.surface, 0, 0, (kind, part.group("s"))))
                if ref is not None:
                    current = ref
            if (
                measure == "value"
                and fig is not None
                and ref is not None
                and ref.start < clause[0]
                and (
                    # 地方财政收入67569万元;上划中央收入23302万元, 批发和零售业实现零售额…,住宿和餐饮业实现
                    # 零售额…: a clause that names its own amount, and the growth after it is of it too
                    (
                        it.start not in fenbie
                        and (ref.code is None or (subject is None and ref.subject is None))
                        and OWN_NOUN.search(clause_prefix)
                    )
                    # 工业研发投入4.82亿元;完成“科贷通”1400万元: a named scheme of its own
                    or re.search(r"“[^”]{1,16}”[^,，;；。]{0,6}$", clause_prefix)
                )
            ):
                ref = current = self._own(text, clause, it)
            item = self._listed_item(window, measure, unit_family(lex, fig.unit)[2] if fig else None)
            if item is not None:
                # 省级高新技术企业18家、省级产融合作制造业重点企业9家; 工业用电增长6.9%、天然气供应量增长16.4%;
                # 税收返还收入1.40亿元、调入资金7.9亿元: each item of a list names its own figure (and rates and
                # amounts go on to the figures after them)
                ref = Ref(None, item[0], it.start, it.start)
                if item[1]:
                    current = ref
            if measure == "value" and fig is not None:
                ref = self._project_yield(text, clause_prefix, it) or ref
            if (
                measure in ("yoy_pct", "share_pct")
                and fig is not None
                and ref is not None
                and ref.start < clause[0]
                and it.start not in fenbie
                and subject is None
                and prev_item is not None
                and prev_item.start < clause[0]
                and OWN_NOUN.search(re.sub(rf"(?:{cues.YOY_ANY.pattern}|增速|增幅)+(?:为|了)?$", "", clause_prefix))
            ):
                # 房地产项目投资下降10.7%;产业投资同比增长15.9%: a clause that names its own amount
                ref = current = self._own(text, clause, it)
            sharer = (
                re.search(r"(?:^|[,，、])(?P<x>[\u4e00-\u9fa5]{2,8}?)占(?:全县|全区|全市)?(?:GDP|地区生产总值|生产总值)(?:的)?(?:比重|比例)?(?:达到?|为)?$", clause_prefix)
                if measure == "share_pct"
                else None
            )
            if sharer and not self.lex.alias_re.search(sharer.group("x")) and not HEAD_RE.search(sharer.group("x")):
                x = re.sub(r"^(?:其中|全县|全区|全市)", "", sharer.group("x"))
                va = self.lex.code_of(x + "增加值")
                if va:
                    # 非公经济占GDP比重达到53%, 第三产业占GDP比重40%: the share of that value added
                    ref = current = Ref(va, x, it.start, it.start)
                elif len(x) >= 2 and not re.search(r"产业|工业|服务业|农业", x):
                    # 数字经济核心产业…, 民间投资占GDP…: the share of what is named before 占
                    ref = current = Ref(None, x, it.start, it.start)
            if measure == "value" and fig is not None and self._not_a_level(text, it, window):
                # 5000万元以上项目: the class is named by the figure and what follows it
                cls = re.match(r"(?:及)?(?:以上|以下)?(?:的)?[\u4e00-\u9fa5]{0,10}", text[it.end : clause[1]])
                gap = re.search(r"(?:短收|超收|减收|增收|欠收)$", window)
                surface = gap.group(0) if gap else text[it.start : it.end] + (cls.group(0) if cls else "")
                surface = re.sub(rf"(?:{cues.YOY_UP}|{cues.YOY_DOWN}|同比|完成|实现)+$", "", surface)
                ref = Ref(None, surface, it.start, it.start)
                class_ref = (clause, ref)
            elif (
                measure in ("yoy_pct", "share_pct", "change_pp")
                and class_ref is not None
                and class_ref[0] == clause
                and it.start not in fenbie
            ):
                ref = class_ref[1]  # 5000万元以下项目投资下降51.47%: the rate of that class
            # the figure's unit must fit the indicator's kind, else look after the figure
            family = "percent" if measure != "value" else unit_family(lex, fig.unit if fig else None)[2]
            if measure == "value" and fig is not None and it.start not in fenbie:
                if (
                    family in ("count", "person")
                    and ref is not None
                    and ref.start < clause[0]
                    and bracket is None  # 完成年度目标任务(15家): the target of the indicator in force
                    and not re.match(
                        r"^(?:(?:总数|总量|累计|合计|共计|共有|全县共有)[^\d]{0,4}|我县|我区|本县|本区|达到?)$",
                        text[clause[0] : it.start],
                    )
                ):
                    ref = None  # counts are named in their own clause
                if (
                    family in ("count", "person")
                    and ref is not None
                    and prev_item is not None
                    and ref.end <= prev_item.start
                    and re.fullmatch(r"、[\u4e00-\u9fa5]{2,10}", text[prev_item.end : it.start])
                ):
                    ref = None  # 高新技术企业78家、雏鹰企业29家: the next count names its own kind
                if (
                    family == "count"
                    and fig.unit in ("家", "户", "个")
                    and "industrial_firms_above_scale" in lex.indicators
                    and re.match(
                        r"(?:规模以上|规上)(?!(?:工业)?(?:专精特新|高新技术|科技型|小巨人|瞪羚|单项冠军))"  # 45家规模以上工业专精特新企业
                        r"(?:工业)?(?:企业)?(?!数)(?![\u4e00-\u9fa5]{0,6}?(?:服务业|商贸|批发|零售|住宿|餐饮|房地产|建筑业))",
                        text[it.end : it.end + 14],
                    )
                    and (ref is None or ref.start < clause[0] or ref.end <= it.start)
                    and not re.search(r"新增|新培育|培育|新上|入规|升规|达到", window)
                ):
                    # 全区284家规模以上工业产值增长30.3%: the number of 规上 firms, whatever follows
                    ref = Ref("industrial_firms_above_scale", text[it.end : it.end + 6], it.end, it.end + 6)
                upgraded = re.match(r"(?:工业)?企业(?:成功|顺利|实现|新)?(?:小升规|升规|上规|入规|纳规)", text[it.end : it.end + 12])
                if (
                    family == "count"
                    and fig.unit in ("家", "户", "个")
                    and upgraded
                    and "new_industrial_firms_above_scale" in lex.indicators
                    and (ref is None or ref.start < clause[0] or ref.end <= it.start)
                ):
                    # 促成羽玺纸塑、怡美食品等4家企业升规入库: firms that grew above the line
                    ref = Ref("new_industrial_firms_above_scale", upgraded.group(0), it.end, it.end + upgraded.end())
                if (
                    ref is not None
                    and ref.start >= clause[0]
                    and re.search(
                        r"(?:申报|申请|推荐|筛选出?|拟[^,，;；。]{0,5})[^,，;；。]{0,4}$", text[max(0, ref.start - 9) : ref.start]
                    )
                ):
                    ref = current = self._own(text, clause, it)  # 新申报规模企业4家, 组织推荐高新技术企业7家
                if ref is not None and re.search(r"(?:培育库|储备库|后备库|项目库|名录)[\u4e00-\u9fa5]{0,4}$", window):
                    # 建立“小升规”培育库企业35家: a pool being groomed, not the firms that made it
                    ref = current = self._own(text, clause, it)
                if ref is not None and re.search(r"中(?:尚|仍|还)?有", text[ref.end : it.start]):
                    ref = None  # 签约项目中尚有5个未开工: a part, not the indicator
                if ref is not None and not kind_fits(lex, ref.code, family):
                    between = re.sub(
                        r"(?:累计|共|共计|合计|全年|当年|今年|已|实现|完成|达到|达|为|约|超过|突破|近)+",
                        "",
                        text[ref.end : it.start] if clause[0] <= ref.start else "",
                    )
                    if re.fullmatch(r"[\u4e00-\u9fa5]{2,8}", between) and not HEAD_RE.fullmatch(between):
                        # 规模以上工业企业实现利税27.56亿元: the amount named after the firms is its own
                        ref = current = Ref(None, ref.surface + between, it.start, it.start)
                    else:
                        ref = self._sibling(ref, family) or ref
                if ref is None or not kind_fits(lex, ref.code, family):
                    after = [
                        r
                        for r in refs
                        if r.code
                        and r.start >= it.end
                        and r.end <= min(clause[1], next_start)
                        and r.start - it.end <= 12
                        and not r.start == r.end == next_start  # set down for the next figure itself
                    ]
                    between = text[it.end : after[0].start] if after else ""
                    applied_only = re.search(r"申报|申请|参加|参评|跟踪|复审", between) and not re.search(
                        r"认定|获批|入库|成功|通过", text[it.end : clause[1]]
                    )
                    if (
                        after
                        and kind_fits(lex, after[0].code, family)
                        and family in ("count", "person")
                        and not applied_only
                    ):
                        ref = after[0]
                    else:
                        ref = self._own(text, clause, it)
                        if bracket is None:
                            current = ref  # 每亿元产值消耗标准煤0.99万吨，同比增长163.1%: the yoy is of this too
                if (
                    ref is not None
                    and ref.code == "industrial_firms_above_scale"
                    and "new_industrial_firms_above_scale" in lex.indicators
                    and clause[0] <= ref.start
                    and re.search(r"新增|新培育|新入|升规|入规", text[clause[0] : min(ref.start, it.start)])
                ):
                    # 新增5家规上工业企业, 新增…的规模企业4家: firms added, counted apart
                    ref = replace(ref, code="new_industrial_firms_above_scale")
            if (
                (ref is None or (ref.code is None and ref.start >= clause[0]))
                and state.get("ref") is not None
                and measure in ("value", "completion_pct")
                and re.search(r"(?:下达|核定|分解)[^,，;；。]{0,24}$", clause_prefix)
                and (measure != "value" or kind_fits(lex, state["ref"].code, family))
            ):
                # 预计上半年完成进出口总额3118万美元。完成市商务局下达全年8400万美元的37.2%: the target
                # handed down, and its completion, are of the indicator the paragraph is about
                para = state["ref"]
                ref = Ref(para.code, para.surface, para.start, para.end, para.subject)
            if (
                ref is None
                and state.get("ref") is None
                and state.get("prev_lead") is not None
                and measure == "yoy_pct"
                and part_lead(text[clause[0] : it.start]) is not None
            ):
                # 全县规上工业增加值同比增长1.3%。/ 制造业拉动有力。上半年,制造业增长3.4%: a sector of
                # what the paragraph before was about
                state["ref"] = state["prev_lead"]
            if (
                ref is None
                and measure == "rank"
                and prev_fact is not None
                and prev_fact.indicator_code is None
                and prev_item is not None
                and clause[0] <= prev_item.start
            ):
                # 邮政业务总量同比增长31.2%、列全市第2位: the rank of the figure just stated
                ref = Ref(None, prev_fact.indicator_surface, prev_item.start, prev_item.start)
            if ref is None and state.get("ref") is not None and measure != "value":
                lead_text = text[clause[0] : it.start]
                for pm in periods:
                    lead_text = lead_text.replace(pm.period.label, "")
                bare = re.sub(r"[^\u4e00-\u9fa5]", "", FUNCTION_WORDS.sub("", lead_text))
                sector_led = measure == "yoy_pct" and part_lead(text[clause[0] : it.start]) is not None
                own_amount = OWN_NOUN.search(
                    re.sub(rf"(?:{cues.YOY_ANY.pattern}|增速|增幅)+(?:为|了)?$", "", text[clause[0] : it.start])
                )
                if measure != "rank" and not sector_led and own_amount and len(bare) > 1:
                    # 其中限额以上消费品零售总额同比增长23.6%: a part that names its own amount
                    ref = current = self._own(text, clause, it)
                elif measure == "rank" or BREAKDOWN.match(text) or len(bare) <= 1 or sector_led:
                    # 分产业看,第一产业增长129.2%; 第三产业增加值…。相关指标中,交通运输业增长6.4%: a
                    # breakdown of the indicator the paragraph is about
                    para = state["ref"]
                    lead = re.match(
                        r"(?!同比|比上|比去|较|增速|增幅|降幅)[\u4e00-\u9fa5]{2,12}?"
                        r"(?=同比|比上年|比增|比降|增长|下降|减少|完成|实现|为|占|列|居|排)",
                        text[clause[0] : it.start],
                    )
                    subj = ("industry", lead.group(0)) if lead and measure != "rank" else para.subject
                    ref = self._sector_part(
                        Ref(para.code, para.surface, para.start, para.end, subj), value_added=not BREAKDOWN.match(text)
                    )
                    if sector_led:
                        current = Ref(ref.code, para.surface, 0, 0, ref.subject)  # 较去年同期下降13.8个百分点: its too
            if (
                measure == "rank"
                and ref is not None
                and self._assessed(text, clause, it, refs)
            ):
                ref = None  # 三季度经济指标综合排名全市第4: a ranking of its own, not of the indicator before
            seg_from = _segment_start(text, it.start)
            if (
                ref is not None
                and measure != "rank"
                and (PRODUCTS_HEAD.match(text) or GOODS_CLASS.search(text[seg_from : it.start]))
                and not any(r.code and r.surface not in HEAD_FAMILY and seg_from <= r.start < it.start for r in refs)
            ):
                # 从主要产品产量看:商品混凝土同比增长2.4%; 书报杂志类、…文化娱乐类商品…增幅分别达94.3%: a
                # product's or a class of goods' own figure, not the trade's or a sector's share
                ref = None
            if ref is None:
                ref = self._own(text, clause, it)
            if (
                measure == "completion_pct"
                and ref.code == "key_project_total_investment"
                and "key_project_investment" in lex.indicators
                and re.search(r"投资(?:完成率|完成进度)(?:为|达到?)?$", window)
            ):
                # 总投资246.68亿元,投资完成率100.2%: the investment done against the plan, not the total
                ref = Ref("key_project_investment", ref.surface, ref.start, ref.end, ref.subject)
            other_base = NOT_YOY.search(window) if measure == "yoy_pct" else None
            if other_base is not None:
                # 两年平均增长4.9%, 比年初增长4.8%: a change, but not on the same period a year earlier
                ref = Ref(None, (ref.surface or "") + other_base.group(0), it.start, it.start, ref.subject)
            basis = self._basis(text, it, clause, clauses, bracket, measure)
            if (
                measure == "yoy_pct"
                and ref is not None
                and ref.code == "industrial_firms_above_scale"
                and current is not None
                and prev_fact is not None
                and prev_fact.indicator_code in ABOVE_SCALE
                and re.search(r"其中", text[: it.start])
            ):
                # 工业增加值31.4亿元,同比增长11.1%,其中,规上企业增长11.3%: the growth of the 规上 firms' part
                ref = Ref(ABOVE_SCALE[prev_fact.indicator_code], ref.surface, ref.start, ref.end)
            if (
                measure in ("yoy_pct", "value")
                and ref is not None
                and not any(r.code and clause[0] <= r.start < it.start for r in refs)
                and it.start not in fenbie
                and re.fullmatch(rf"(?:同比|比上年|比去年同期)?(?:{cues.YOY_ANY.pattern})?(?:了)?", text[clause[0] : it.start])
            ):
                since = prev_item.end if prev_item is not None else 0
                named = re.search(
                    r"(?:^|[,，;；])(?:同时[,，]?)?(?:全县|全区|全旗|全市)?(?P<n>[\u4e00-\u9fa5]{2,14}?(?:投资|收入|资金|零售额|销售额))"
                    r"(?:也|则|仍|继续|亦)?[^,，;；\d]*[,，]$",
                    text[since : clause[0]],
                )
                if (
                    named
                    and not any(r.code and since <= r.start < clause[0] for r in refs)
                    and not re.search(r"[()（）]", text[since : clause[0]])
                ):
                    # 全旗设备工器具购置投资也出现较大幅度下滑,同比下降36%: the amount named, without a figure,
                    # in the clause before
                    at = since + named.start("n")
                    ref = current = Ref(None, named.group("n"), at, at + len(named.group("n")))
            if (
                measure == "value"
                and ref is not None
                and ref.code
                and "新增" in text[clause[0] : it.start]
                and not self.lex.indicators[ref.code].name_zh.startswith("新增")
                and re.match(r"[,，](?:总数|总量|累计|共)?达到?\d+(?:家|个|户)", text[it.end : it.end + 10])
            ):
                # 新增省级以上专精特新企业10家,达30家: the increase, then the stock
                ref = Ref(None, "新增" + (self.lex.indicators[ref.code].name_zh.removesuffix("数")), it.start, it.start)
            stock_code = (
                ref.code
                if ref is not None and ref.code
                else prev_fact.indicator_code
                if ref is not None and ref.surface in ("新增", "净增") and prev_fact is not None
                else None
            )
            if (
                measure == "value"
                and stock_code
                and fig is not None
                and unit_family(lex, fig.unit)[2] == "count"
                and not self.lex.indicators[stock_code].name_zh.startswith("新增")
                and re.search(r"(?:^|[(（,，])(?:比上年|较上年|同比|全年|当年|今年|本年)?(?:净增|新增)了?$", text[clause[0] : it.start])
            ):
                # 高新技术企业66家(净增43家), 规上工业企业达120家,新增15家: the increase of the stock just
                # stated, under the catalog's 新增 indicator when it has one
                name = "新增" + self.lex.indicators[stock_code].name_zh
                code = self.lex.code_of(name)
                code = code if code and self.lex.indicators[code].name_zh.startswith("新增") else None
                ref = Ref(code, name.removesuffix("数"), it.start, it.start, ref.subject if ref else None)
            added = self.lex.indicators[ref.code].name_zh if ref is not None and ref.code else ""
            stock = self.lex.code_of(added[2:]) if added.startswith("新增") else None
            if (
                measure == "value"
                and stock
                and re.fullmatch(r"(?:总数|总量|累计|共|全县共有|全区共有)(?:达到?|为|是)?", clause_prefix)
            ):
                # 全年新增规上工业企业44家,总数达405家: the stock after the increase
                ref = Ref(stock, ref.surface, ref.start, ref.end, ref.subject)
            if measure == "value" and ref is not None and ref.code and re.search(r"均(?:超过?|达到?|在|为|突破)$", window):
                # 等6个项目本年完成投资均超2000万元: what each of them did, not the total
                ref = self._own(text, clause, it)
            per = re.match(r"/(?:亩|平方米|平米|公顷|人|户|吨)", text[it.end : it.end + 4])
            if per and measure == "value" and ref is not None and ref.code:
                # 项目平均投资强度达750万元/亩: an amount per unit, not the indicator's level
                ref = current = Ref(None, self._surface(text, clause, it) + per.group(0), it.start, it.start)
            once_built = re.search(r"(?:建成|投产|达产|达效|竣工|运营)(?:投产|达产|达效|运营)?(?:以)?后", text[: it.start])
            if once_built and measure in ("value", "yoy_pct"):
                # 项目全部建成后将…实现年产值4亿元,年综合税收800万元: what the project is expected to
                # yield, not the county's figure
                basis = "estimate"
                if ref is not None and ref.code:
                    own = re.sub(r"^.*?后(?:将|可|能|预计)?(?:实现|达到|新增)?", "", self._surface(text, clause, it))
                    ref = Ref(None, own or ref.surface, it.start, it.start, ref.subject)
            if ref is not None and ref.code and ref.start < clause[0] and fig is not None and it.start not in fenbie:
                # 采矿业增加值增长877.7%,制造业同比下降4.0%: a clause led by another sector is that sector's
                lead = part_lead(text[clause[0] : it.start]) or (
                    part_lead(window[1:]) if window.startswith("、") else None  # 金属制品业增长8.2倍、文教…业增长7.4倍
                )
                if lead and re.match(r"规下|规模以下|限下|限额以下", lead.group("s")):
                    # 其中,规上企业增长11.3%,规下企业增长10.5%: the firms below the scale, a figure of their own
                    ref = current = Ref(None, lead.group("s"), it.start, it.start)
                    lead = None
                if lead and not self.lex.alias_re.fullmatch(lead.group("s")):
                    # 其中:税务部门完成6197万元: the part collected by that department
                    kind = "other" if lead.group("s").endswith("部门") else "industry"
                    current = Ref(ref.code, ref.surface, ref.start, ref.end, (kind, lead.group("s")))
                    ref = self._sector_part(current)  # the next sector is the aggregate's again
                    if ref.code != current.code and ref.code and ref.code.startswith("gdp_"):
                        current = ref  # 第一产业增长9.1%达21.2亿元: the tier's figures, both
            kind_lead = re.fullmatch(r"(?:其中)?[,，:：]?(?P<n>[\u4e00-\u9fa5]{2,4})", text[clause[0] : it.start])
            counted = (
                next(
                    (f for f in reversed(facts) if f.indicator_code and self.lex.indicators[f.indicator_code].unit_kind == "count"),
                    None,
                )
                if kind_lead and measure == "value" and ref is not None and ref.code is None
                else None
            )
            if (
                counted is not None
                and kind_lead
                and fig is not None
                and unit_family(lex, fig.unit)[2] == "count"
                and "其中" in text[: it.start]
                and not self.lex.alias_re.search(kind_lead.group("n"))
                and not FUNCTION_WORDS.search(kind_lead.group("n"))
                # (开工项目12个,投产项目5个; 其中国家级2家: stages and levels, not kinds)
                and not re.search(r"项目|开工|在建|续建|竣工|投产|签约|协议|意向|洽谈|前期|储备|级|以上|以下", kind_lead.group("n"))
            ):
                # 共签约招商项目177个,总投资2330亿元,其中内资140个,总投资1944亿元: a kind of the projects
                # just counted, and the figures after it are the kind's
                named = ("other", kind_lead.group("n"))
                ref = current = Ref(counted.indicator_code, kind_lead.group("n"), it.start, it.start, named)
            scope_head = self._scope_head(text, it, clause)
            if (
                state.get("scope") is not None
                and ref.code is not None
                and clause[0] <= ref.start
                and ref.end <= it.start
                and re.fullmatch(r"\s*(?:其中)?[,，:：]?", text[clause[0] : ref.start])
                and ref.surface not in HEAD_FAMILY
                and re.search(r"[;；]\s*$", text[max(0, clause[0] - 2) : clause[0]])
            ):
                state["scope"] = None  # …;工业投资同比增长25.5%: a new part names its own indicator
            scope = state.get("scope") if (ref.code is None or ref.code in SCOPED) and scope_head is None else None
            if (
                scope is not None
                and (state.get("scope_heads_only") or state.get("scope_text") != text)
                and ref.surface not in HEAD_FAMILY
            ):
                # …等85个在建项目建设进度,力争完成固定资产投资65亿元; 已落地投建项目17个,总投资32亿元。
                # 同时,…完成固定资产投资238.5亿元: an indicator named again is the county's own
                scope = None
            fsubject = ref.subject or subject or scope
            if fsubject is None and measure != "rank" and self._city_wide(text[clause[0] : it.start]):
                fsubject = ("city", "全市")
            if bracket and CITY_RE.search(text[max(0, bracket[0] - 12) : bracket[0]]):
                m = CITY_RE.search(text[max(0, bracket[0] - 12) : bracket[0]])
                fsubject = ("city" if m.group(1) in ("全市", "市", "全州", "州") else "province", m.group(0))
                measure = "yoy_pct" if measure in ("value", "yoy_pct") and fig and fig.unit == "%" else measure
            if ref.code in ("gdp", "gdp_secondary_va", "industrial_va"):
                lead_part = re.match(r"^(?:其中)?[,，:：]?(工业|全部工业|建筑业)(?:增加值)?(?=完成|实现|同比|增长|下降|为|达)", text[clause[0] : it.start])
                part_name = fsubject[1] if fsubject and fsubject[0] == "industry" else lead_part.group(1) if lead_part else ""
                tier_part = TIER_PARTS.get((ref.code, part_name))
                if tier_part in lex.indicators:
                    # 第二产业增加值7.02亿元…,其中:工业完成6.43亿元,…建筑业完成0.60亿元: each its own value added
                    ref, fsubject = Ref(tier_part, part_name, ref.start, ref.end), None
                    current = ref
            if (
                ref.code in ABOVE_SCALE
                and fsubject is not None
                and re.fullmatch(r"(?:规模以上|规上|规模)(?:工业)?(?:企业)?", fsubject[1])
            ):
                # 工业增加值增长5%,其中规上工业增长6%: the 规上 indicator, not a sector of industry
                ref, fsubject = Ref(ABOVE_SCALE[ref.code or ""], ref.surface, ref.start, ref.end), None
            period, psource = self._period(text, it, periods, state, basis, bracket)
            period = self._balance_period(ref.code, period)
            fact = self._make_fact(sent, it, ref, measure, sign, basis, period, psource, fsubject, text)
            facts.append(fact)
            if scope_head is not None:
                self._set_scope(scope_head, text, it, state)
            listed_n = N_INDICATORS.search(clause_prefix) if measure == "rank" else None
            both = measure == "rank" and re.search(r"(?:均|都|皆|同时)(?:居|列|位居|位列|排|名列|排名|稳居)", window)
            after_all = measure == "rank" and re.search(r"(?:排名|排位|位次)(?:均|都)", window)
            if both and listed_n is None:
                # GDP总量和增速、一般公共预算收入总量和增速均居第一: one rank per indicator and per aspect
                shared = self._shared_ranks(sent, it, refs, local_from, fact, text)
                # GDP和规上工业增加值分别增长5%和6%,均居全市第一: else the indicators of the segment
                facts.extend(shared or self._segment_ranks(sent, it, refs, fact, text))
            elif (
                measure == "rank"
                and listed_n is None
                and len(listed_refs := [r for r in refs if r.code and clause[0] <= r.start and r.end <= it.start]) >= 2
                and all(re.fullmatch(r"[、和及与]", text[a.end : b.start]) for a, b in zip(listed_refs, listed_refs[1:]))
            ):
                # 生产总值、固投增幅继续保持全市第1: each indicator of the list
                facts.extend(f for f in self._shared_ranks(sent, it, refs, clause[0], fact, text) if f.indicator_code)
            elif (
                measure == "rank"
                and listed_n is None
                and not any(r.code and clause[0] <= r.start < it.start for r in refs)
                and "分别" in text[seg_from : clause[0]]
                and len(seg_refs := [r for r in refs if r.code and seg_from <= r.start and r.end <= clause[0]]) >= 2
                and all(re.fullmatch(r"[、和及与]", text[a.end : b.start]) for a, b in zip(seg_refs, seg_refs[1:]))
            ):
                # 工业投资、技改投资分别增长23%、39%,稳居全市第1: the rank of each indicator listed
                facts.extend(f for f in self._shared_ranks(sent, it, refs, seg_from, fact, text) if f.indicator_code)
            elif after_all and listed_n is None:
                # A…,增幅6.8%,B…,增幅14.5%,全市排名均第二: every indicator of the segment
                facts.extend(self._segment_ranks(sent, it, refs, fact, text))
            elif listed_n is not None:
                # 工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一: each listed one
                shared = self._shared_ranks(sent, it, refs, clause[0], fact, text)
                count = int(_rank_value(listed_n.group("n")) or 0)
                named_here = any(r.code and clause[0] <= r.start and r.end <= it.start for r in refs)
                if not shared and count >= 2 and not named_here:
                    # 产值下降4.9%…;增加值下降0.3%…,两项指标均位列全市第6: the indicators just stated
                    codes: list[str] = []
                    for f in [*state.get("recent", []), *facts[:-1]]:
                        if f.indicator_code and f.measure in ("value", "yoy_pct") and f.indicator_code not in codes:
                            codes.append(f.indicator_code)
                    codes = [c for c in codes if c != fact.indicator_code][-(count - 1) :]
                    if len(codes) == count - 1:
                        shared = [Fact(**{**fact.__dict__, "indicator_code": c}) for c in codes]
                facts.extend(shared)
            prev_item, prev_fact = it, fact
        self._fenbie_by_values(text, facts)
        structure = self._structure_facts(sent, text, periods, state)
        shares_at = {f.char_start for f in structure}
        facts = [f for f in facts if f.char_start not in shares_at or f.indicator_code]  # 22.26%、…: shares, once
        facts.extend(structure)
        state["recent"] = facts[-6:]  # the figures just stated, for "两项指标均…" in the next sentence
        self._advance_state(text, state, refs=refs, periods=periods, current=current, facts=facts)
        return facts

    @staticmethod
    def _fenbie_by_values(text: str, facts: list[Fact]) -> None:
        """工业总产值60.54亿元,增加值16.03亿元,同比分别增长53.7%和25.1%: the rates listed after
        分别 are of the amounts stated just before, in turn."""
        for m in re.finditer(r"分别", text):
            head = text[max((x.end() for x in re.finditer(r"[,，;；。]", text[: m.start()])), default=0) : m.start()]
            if re.search(r"[、和及与]", head):
                continue  # 城镇、农村居民…分别: the names are written before it
            after = [f for f in facts if f.char_start - f.sentence.start > m.end()]
            listed: list[Fact] = []
            for f in after:
                at = f.char_start - f.sentence.start
                if f.measure == "value":
                    break
                gap = text[(listed[-1].char_end - f.sentence.start) if listed else m.end() : at]
                if listed and not re.fullmatch(r"[、和及与]", gap):
                    break
                if not listed and re.search(r"[,，;；。]", gap):
                    break
                listed.append(f)
            if len(listed) < 2:
                continue
            before = [f for f in facts if f.char_end - f.sentence.start <= m.start()]
            if all(f.measure == "rank" for f in listed):
                # A…;B…;C…,分别位居苏北第二、第一、第一位: one rank for each indicator stated, in turn
                keys: list[str | None] = []
                stated: list[Fact] = []
                for f in before:
                    if (f.indicator_code or f.indicator_surface) not in keys:
                        keys.append(f.indicator_code or f.indicator_surface)
                        stated.append(f)
                if len(stated) >= len(listed):
                    for v, f in zip(stated[-len(listed) :], listed):
                        f.indicator_code, f.indicator_surface = v.indicator_code, v.indicator_surface
                        f.subject_type, f.subject_name = v.subject_type, v.subject_name
                continue
            values = [f for f in before if f.measure == "value"][-len(listed) :]
            if len(values) != len(listed) or any(f.measure != "value" for f in before[-len(listed) :]):
                continue
            if len({(v.indicator_code, v.indicator_surface, v.subject_name) for v in values}) != len(values):
                continue
            for v, f in zip(values, listed):
                f.indicator_code, f.indicator_surface = v.indicator_code, v.indicator_surface
                f.subject_type, f.subject_name, f.industry_code = v.subject_type, v.subject_name, v.industry_code

    # ---- pieces ----------------------------------------------------------------------
    def _structure_facts(self, sent: Span, text: str, periods: list[PeriodMention], state: dict) -> list[Fact]:
        """三次产业结构为8.5:37.0:54.5: each sector's share of GDP (the last ratio when it changed)."""
        codes = GDP_TIERS
        if not all(c in self.lex.indicators for c in codes):
            return []
        out: list[Fact] = []
        num = r"(\d{1,2}(?:\.\d{1,2})?)"
        for m in re.finditer(
            r"(?:三次产业|一二三产业|三产|产业)(?:的)?(?:占(?:GDP|地区生产总值|生产总值)的?)?(?:结构|比例|比重|占比|比)(?:构成)?", text
        ):
            if m.group(0).startswith("产业") and not re.match(r"[^。;；]{0,12}\d{1,2}(?:\.\d{1,2})?%、", text[m.end() :]):
                continue  # 产业结构 alone only with its shares written out (22.26%、28.63%和49.11%)
            if re.search(r"(?:经济|企业|园区|开发区)$", text[max(0, m.start() - 4) : m.start()]):
                continue  # 民营经济三次产业结构比为10.2:46.9:42.9: a part's structure, not the county's
            triples = rf"{num}\s*[:：]\s*{num}\s*[:：]\s*{num}|{num}%、{num}%(?:和|、|及)\s*{num}%"
            for r in re.finditer(triples, text[m.end() : m.end() + 60]):
                if re.search(r"[。;；]|贡献率|贡献", text[m.end() : m.end() + r.start()]):
                    break  # (对经济增长的贡献率分别为6%、41.4%、52.6%: shares of the growth, not of GDP)
                last_year = re.search(r"(?:去年|上年)(?:同期)?的?$", text[: m.end() + r.start()])
                forecast = self.ctx.in_forecast() or cues.ESTIMATE.search(text[: m.start()])
                basis = "estimate" if forecast else "actual"
                groups = [g for g in range(1, 7) if r.group(g) is not None]
                for k, code in enumerate(codes):
                    a, b = m.end() + r.start(groups[k]), m.end() + r.end(groups[k])
                    fig = Figure(a, b, text[a:b], "%" if text[b : b + 1] == "%" else None, float(text[a:b]), False)
                    it = Item(a, b, fig)
                    period, psource = self._period(text, it, periods, state, basis, None)
                    if last_year:
                        # 由上年的17.7:36.6:45.7调整为…: last year's structure, the year before's figures
                        if period is None or period.year is None:
                            break
                        period = replace(period, year=period.year - 1)
                    ref = Ref(code, "三次产业结构", m.start(), m.end())
                    fact = self._make_fact(sent, it, ref, "share_pct", 1, basis, period, psource, None, text)
                    out.append(fact)
        return out

    def _sector_part(self, ref: Ref, value_added: bool = False) -> Ref:
        """其中,制造业同比下降51.5% after 工业投资: 制造业投资, an indicator of its own; with
        value_added, 制造业增长3.4% on a line after 规上工业增加值 is 制造业增加值 (but in a list of
        门类, 采矿业…,制造业增长7.0%, 制造业 stays a sector of the aggregate)."""
        own = {"industrial_investment": "manufacturing_investment", "fai": "manufacturing_investment"}
        if value_added:
            own |= {"industrial_va": "manufacturing_va", "industrial_va_above_scale": "manufacturing_va"}
        if ref.subject is not None and ref.subject[1] == "制造业" and own.get(ref.code or "") in self.lex.indicators:
            return Ref(own[ref.code or ""], ref.surface, ref.start, ref.end, None)
        upward = {"manufacturing_va": "industrial_va_above_scale", "manufacturing_investment": "industrial_investment"}
        if (
            ref.subject is not None
            and ref.subject[0] == "industry"
            and ref.subject[1] != "制造业"
            and not ref.subject[1].endswith("制造业")
            and upward.get(ref.code or "") in self.lex.indicators
        ):
            # 规上制造业增加值同比增长3.6%…;采矿业下降69.4%: another sector, a part of the whole industry
            return Ref(upward[ref.code or ""], ref.surface, ref.start, ref.end, ref.subject)
        tier = re.fullmatch(r"第?([一二三])产(?:业)?", ref.subject[1]) if ref.subject is not None else None
        if (ref.code == "gdp" or ref.code in GDP_TIERS) and tier:
            # 全县地区生产总值增长12.6%达92.9亿元,第一产业增长9.1%达21.2亿元: the tier's value added
            code = GDP_TIERS["一二三".index(tier.group(1))]
            if code in self.lex.indicators:
                return Ref(code, ref.surface, ref.start, ref.end, None)
        return ref

    def _listed_item(self, window: str, measure: str, family: str | None) -> tuple[str, bool] | None:
        """The name of a list's next item written between its figure and the one before (、X…), and
        whether the figures after it go on being its, or None when the window names no such item."""
        for want, fam, pattern, goes_on in LISTED_ITEMS:
            m = pattern.fullmatch(window)
            if m is None or measure != want or (fam is not None and family != fam):
                continue
            name = m.group("n")
            if self.lex.alias_re.search(name) or (goes_on and HEAD_RE.search(name)):
                return None
            return name, goes_on
        return None

    @staticmethod
    def _project_yield(text: str, clause_prefix: str, it: Item) -> Ref | None:
        """7个工业项目…开工,…,项目预计实现产值24.3亿元: the projects' expected yield, a ref of its own
        (项目预计产值, or 项目产值 when nothing says it is expected), or None."""
        m = PROJECT_YIELD.search(clause_prefix)
        if m is None and re.search(r"项目|生产线", text[_segment_start(text, it.start) : it.start]):
            m = YIELD_LEAD.search(clause_prefix)
        if m is None:
            return None
        expected = "预计" if re.search(r"预计|可|将|能", clause_prefix) else ""
        return Ref(None, "项目" + expected + m.group("h"), it.start, it.start)

    def _own(self, text: str, clause: tuple[int, int], it: Item) -> Ref:
        """An unmapped ref named by the words leading the figure's clause."""
        return Ref(None, self._surface(text, clause, it), it.start, it.start)

    def _name_of(self, ref: Ref) -> str:
        """The words for a ref: its surface, or its indicator's name when the surface is a head word."""
        ind = self.lex.indicators.get(ref.code or "")
        return ind.name_zh if ind is not None and (ref.surface in HEAD_FAMILY or not ref.surface) else ref.surface


    def _not_a_level(self, text: str, it: Item, window: str) -> bool:
        """产值超10亿元企业, 主营业务收入2000万元及以上的工业企业: a class, not a figure of it;
        比年初增加46.9亿元: a change of a balance, which the contract has no measure for."""
        fig = it.fig
        after = text[it.end : it.end + 14]
        family = unit_family(self.lex, fig.unit)[2] if fig is not None else None
        if family == "currency":
            if re.match(r"(?:及)?(?:以上|以下)?(?:的)?(?:规上|规模以上)?(?:工业)?(?:企业|项目|工程|单位)", after):
                return True
            if re.match(r"(?:及)?以上(?:的)?[\u4e00-\u9fa5]{0,8}?(?:企业|项目|工程|单位)", after):
                return True
            if re.search(r"(?:主营业务收入|营业收入|营收)$", window) and re.match(r"(?:及)?以上", after):
                return True
            if AMOUNT_DIFFERENCE.search(window) or AMOUNT_GAP_LIST.search(text[max(0, it.start - 60) : it.start]):
                return True  # 累计净增开票销售70.51亿元, 分别高于奉化、宁海1.13亿美元和0.03亿美元: no levels
        if family == "count" and re.match(r"[\u4e00-\u9fa5]{1,10}中[,，:：]", after):
            return True  # 8个行业大类中,农副食品加工业增长143.7%: the scope of the list that follows
        return bool(
            re.search(r"(?:比|较)(?:年初|上年末|上年|去年|年初)[^,;，；。]{0,4}(?:增加|减少|多增|少增|多完成|少完成|多|净增|净减|增)$", window)
            or re.search(r"(?:短收|超收|减收|增收|欠收)$", window)  # 短收187万元: the gap to the budget
            # 超出第二名迁安市9.13亿元, 比第二名多3亿元: a lead over another, not a level
            or re.search(r"(?:超出|高出|多出|领先|超过|多于|高于|比)第[一二三四五六七八九十\d]+名[\u4e00-\u9fa5]{0,6}?(?:多|少)?$", window)
            # 农业投资超目标2.02亿元, 超出市级下调任务指标6000万元: the margin over a target
            or (
                re.search(r"超(?:出|过)?[^,，;；。\d]{0,8}?(?:目标|计划|任务)(?:任务|指标)?$", window)
                and text[it.end : it.end + 1] != "的"  # 超全年挑战目标726亿元的序时进度: the target itself
            )
            or re.search(r"(?:超出|超过|高于|低于)(?:时间|序时|计划)进度(?:目标)?$", window)  # 超出计划进度目标5.93亿元
            # 完成51653万元,增加6455万元,增长14.28%: the increase over last year, not the level
            or bool(
                re.search(r"\d(?:亿|万)?元[,，](?:同比|比上年|比去年)?(?:增加|减少|多增|少增)$", text[: it.start])
            )
        )

    def _similar_part(self, lead: str, para: Ref) -> Ref | None:
        """按经营单位所在地分,城镇消费品零售额51.06亿元: a part named like the paragraph's indicator."""
        ind = self.lex.indicators.get(para.code or "")
        if ind is None:
            return None
        name = ind.name_zh
        lead = re.sub(r"^.*?[,，:：]", "", lead)
        noun = re.sub(r"^(?:其中|全县|全区|全市)", "", lead)
        noun = re.sub(r"(?:完成|实现|达到|为|共|累计)+$", "", noun)
        if len(noun) >= 2:
            # 其中城镇居民11276元 under 居民人均可支配收入: the indicator named by the part
            for code, other in self.lex.indicators.items():
                if code != para.code and other.name_zh.startswith(noun) and name[-4:] in other.name_zh:
                    return Ref(code, noun, para.start, para.end)
        best = ""
        for i in range(len(lead)):
            for j in range(i + 3, len(lead) + 1):
                if lead[i:j] in name and j - i > len(best):
                    best = lead[i:j]
        if len(best) < 4:
            return None
        prefix = lead[: lead.find(best)]
        prefix = re.sub(r"^(?:其中|全县|全区|全市)", "", prefix)
        if prefix and not re.fullmatch(r"城镇|乡村|城市|农村|城区", prefix):
            # 限上法人企业消费品零售额: a component with a name of its own (城镇消费品零售额 stays a
            # part of the total, by where the units are)
            return Ref(None, re.sub(r"(?:完成|实现|达到|为|共|累计|各为)+$", "", noun), para.start, para.end)
        return Ref(para.code, para.surface, para.start, para.end, ("other", prefix) if prefix else None)

    def _scope_head(self, text: str, it: Item, clause: tuple[int, int]) -> str | None:
        """The part named by a count of projects at the head of a clause ("在建项目185项",
        "11个市级重点项目…"), or None."""
        fig = it.fig
        if fig is None or fig.unit not in ("个", "项", "宗"):
            return None
        lead = text[clause[0] : it.start]
        m = re.match(
            r"^[(（]?(?:其中)?[:：]?\s*(?:■|●)?\s*(?:按[\u4e00-\u9fa5]{1,8}统计[:：])?"
            r"(?P<name>[\u4e00-\u9fa5、]{2,16}?)(?:共计|共|有)?$",
            lead,
        )
        if m and re.search(r"项目|工程|级$|直$", m.group("name")):
            return m.group("name")
        after = re.match(r"(?P<name>[\u4e00-\u9fa5、]{2,12}?(?:项目|工程))", text[it.end : clause[1]])
        if after and (
            lead.endswith("等")  # 恒丰建材、双成建材等20个工业项目,…已完成投资25.36亿元
            or not re.sub(r"(?:\d{4}年)?(?:\d{1,2}[-—至]\d{1,2}月份?)?|今年|全年|上半年|截至|目前|全县|我县", "", lead)
        ):
            return after.group("name")
        return None

    def _set_scope(self, name: str, text: str, it: Item, state: dict) -> None:
        """其中:在建项目185项,总投资…,完成投资235.8亿元: figures after a part's count are the part's.

        The first count of projects in a report is the whole; later ones, or any after 其中,
        are parts, and the investment figures that follow in the paragraph carry the part as
        their subject until another scope is named."""
        listed = bool(re.search(r"其中", text[: it.start]))
        # 亿元以上施工项目21个: a size class is always a part
        part = listed or self.ctx.scope_seen or bool(SIZE_CLASS.match(name)) or text[: it.start].endswith("等")
        if re.match(r"全(?:县|市|区|州)|我(?:县|市|区)|本(?:县|市|区)", name) or not part:
            state["scope"] = None
        else:
            state["scope"] = ("other", name)
            # a part listed after 其中 ends with its sentence; one that opens a sentence goes on
            state["scope_ends_with_sentence"] = listed
            state["scope_heads_only"] = text[: it.start].endswith("等")
            state["scope_text"] = text
        self.ctx.scope_seen = True

    @staticmethod
    def _assessed(text: str, clause: tuple[int, int], it: Item, refs: list[Ref]) -> bool:
        """三季度经济指标综合排名全市第4; 在全市…综合考评中得分95.09分,位列全市第1位: a ranking in an
        assessment of its own, named in the rank's clause or in an earlier clause of its segment
        (…考评中), with no indicator named after it."""
        found = cues.last_match(ASSESSED_HERE, text[clause[0] : it.start])
        at = clause[0] if found else None
        if at is None:
            found = cues.last_match(ASSESSED_BEFORE, text[: it.start])
            at = found.start() if found and found.start() >= _segment_start(text, it.start) else None
        return at is not None and not any(r.code and at <= r.start and r.end <= it.start for r in refs)

    def _shared_ranks(self, sent: Span, it: Item, refs: list[Ref], start: int, first: Fact, text: str) -> list[Fact]:
        named = [r for r in refs if r.code and start <= r.start and r.end <= it.start]
        out: list[Fact] = []
        first_seen = False
        for r in named:
            # 工业总产值增速与增加值增速均居全市第一: the aspects up to the next name, coded or a head word
            stop = min([x.start for x in refs if r.end <= x.start < it.start and x is not r] or [it.start])
            aspects = max(1, len(re.findall(r"总量|增速|增幅|总额", text[r.end : stop])))
            for _ in range(aspects):
                if not first_seen and r.code == first.indicator_code:
                    first_seen = True
                    continue  # the first fact of the walk already stands for it
                f = Fact(**{**first.__dict__, "indicator_code": r.code, "indicator_surface": r.surface})
                out.append(f)
        return out

    def _segment_ranks(self, sent: Span, it: Item, refs: list[Ref], first: Fact, text: str) -> list[Fact]:
        """The rank again for each other indicator named in the segment, once per indicator."""
        seen = {first.indicator_code}
        out: list[Fact] = []
        for f in self._shared_ranks(sent, it, refs, _segment_start(text, it.start), first, text):
            if f.indicator_code not in seen:
                seen.add(f.indicator_code)
                out.append(f)
        return out

    def _sibling(self, ref: Ref, family: str, prefer: tuple[str, ...] = ()) -> Ref | None:
        """重点项目 named before a count → 重点项目个数: an indicator of the same stem that fits the unit."""
        stem = ref.surface
        ind0 = self.lex.indicators.get(ref.code or "")
        stems = {stem, re.sub(r"数$", "", ind0.name_zh) if ind0 else stem}
        items = sorted(self.lex.indicators.items(), key=lambda kv: not any(p in kv[1].name_zh for p in prefer))
        for code, ind in items:
            if prefer and not any(p in ind.name_zh for p in prefer):
                continue
            if (
                any(ind.name_zh.startswith(st) for st in stems)
                and code != ref.code
                and kind_fits(self.lex, code, family)
                and ind.unit_kind not in ("other", "")
            ):
                return Ref(code, ref.surface, ref.start, ref.end)
        if prefer:
            return None
        for code, ind in self.lex.indicators.items():
            if (
                ind.name_zh.startswith(ref.surface)
                and code != ref.code
                and kind_fits(self.lex, code, family)
                and ind.unit_kind not in ("other", "")
            ):
                return Ref(code, ref.surface, ref.start, ref.end)
        return None

    def _usable_figures(self, text: str, figures: list[Figure]) -> list[Figure]:
        out: list[Figure] = []
        for k in range(len(figures) - 2, -1, -1):
            f, nxt = figures[k], figures[k + 1]
            if (
                f.unit is None
                and nxt.unit is not None
                and not nxt.is_chinese
                and re.fullmatch(r"[、和及与]", text[f.end : nxt.start])
            ):
                f.unit = nxt.unit  # 分别高于青岛市、全省0.5、1.6个百分点: the unit is written once
        for k, f in enumerate(figures):
            nxt = figures[k + 1] if k + 1 < len(figures) else None
            if re.search(r"\d(?:-|~|至|到)$", text[max(0, f.start - 2) : f.start]):
                continue  # 1-6万元: a range, not a figure
            if f.is_chinese and text[f.end : f.end + 2] == "产业":
                continue  # 三次产业结构: the three sectors, not a count
            if f.unit == "个" and text[f.end : f.end + 1] == "月":
                continue  # 前10个月: a period, not a count
            if (
                f.unit in CAPACITY_UNITS
                and re.search(r"[\u4e00-\u9fa5A-Za-z]$", text[max(0, f.start - 1) : f.start])
                and re.match(r"[\u4e00-\u9fa5]{1,16}(?:、[^,，;；。]{0,40})?等[^,，;；。]{0,6}(?:项目|工程)", text[f.end :])
            ):
                continue  # 宁国运100万千瓦风光同场等项目: a plant's size inside its name
            if f.unit in ("名", "强", "位") and text[max(0, f.start - 1) : f.start] == "前":
                continue  # 产值前10名企业: a top group, not a head count
            if f.unit in ("个", "") and re.search(r"连续$", text[max(0, f.start - 2) : f.start]) and re.match(
                r"(?:个)?(?:季度|月|年度|年)", text[f.end - (1 if f.unit else 0) : f.end + 3]
            ):
                continue  # 连续6个季度保持全省第一: how long a rank has held, not a count
            if f.unit == "项" and N_INDICATORS.match(text, f.start):
                continue  # 3项指标增速全市第一: the ranks of the indicators listed, not a count
            if f.unit in ("个", "") and re.match(
                r"(?:县区|县市|区县|市县|城区|县|区|乡镇|省市)(?:(?:中|里|之中)|(?:中|里|之中)?[,，]?"
                r"(?:排名|排位|排|位居|居|位列|列))",
                text[f.end : f.end + 8],
            ):
                continue  # 十一个县区中排名第一: the field of a rank, not a count
            if (
                text[f.end : f.end + 1] == "的"
                and not re.match(r"的\d", text[f.end : f.end + 2])  # 完成全年计划投资165.5亿元的41.6%: a target
                and re.search(r"投资(?:额)?(?:约|达|超)?$", text[max(0, f.start - 6) : f.start])
            ):
                continue  # 总投资2.4亿元的东河新型墙材产业园项目: a named project's amount, an investment fact
            # 拉动餐饮业和零售业分别增长30个、5个百分点: the first 个 is a 个百分点 too
            chain = k
            while (
                f.unit == "个"
                and chain + 1 < len(figures)
                and re.fullmatch(
                    r"[、和及与,，](?:提高|提升|上升|增加|下降|降低|回落|减少)?", text[figures[chain].end : figures[chain + 1].start]
                )
                and figures[chain + 1].unit in ("个", "个百分点", "百分点")
            ):
                chain += 1
                if figures[chain].unit != "个":
                    break
            if chain > k and figures[chain].unit in ("个百分点", "百分点"):
                f.unit = "个百分点"  # (0.7个、5.1个、6.5个百分点: all of them)
            if f.unit is None:
                before = text[max(0, f.start - 6) : f.start]
                after = text[f.end : f.end + 1]
                yoy = re.search(rf"(?:{cues.YOY_UP}|{cues.YOY_DOWN})$", before)
                level = re.search(r"(?:完成|实现|达到|达|为)$", before) and (f.value or 0) >= 100
                if not ((yoy or level) and (not after or re.match(r"[,，;；。)）]", after))):
                    continue
            out.append(f)
        return out

    def _advance_state(
        self,
        text: str,
        state: dict,
        refs: list[Ref] | None = None,
        periods: list[PeriodMention] | None = None,
        current: Ref | None = None,
        facts: list[Fact] | None = None,
    ) -> None:
        refs = refs if refs is not None else self.find_refs(text)
        coded = [r for r in refs if r.code]
        if current is not None and current.code and (not coded or current.end >= coded[-1].start):
            # 规模以上工业企业完成产值…。其中6月当月…: what the walk resolved, not the words before it
            state["ref"] = current
        elif coded:
            state["ref"] = coded[-1]
        elif (
            facts
            and not any(f.indicator_code for f in facts)
            and len(facts[0].indicator_surface or "") >= 4
            and not re.match(r"^(?:其中|[\u4e00-\u9fa5]{0,10}类)", text.strip())
            and not BREAKDOWN.match(text.strip())
            and part_lead(facts[0].indicator_surface or "") is None
        ):
            # 全年居民消费价格总水平比上年上涨1.4%。分类别看,医疗保健类…: the paragraph has moved to an
            # indicator outside the catalog; what follows breaks down that one, not the one before
            surface = re.sub(rf"(?:{cues.YOY_ANY.pattern}|比上年|比去年|同比|完成|实现|累计|达到|为)+$", "", facts[0].indicator_surface or "")
            state["ref"] = Ref(None, surface, 0, 0) if len(surface) >= 4 else None
        if state.get("lead") is None and state.get("ref") is not None:
            state["lead"] = state["ref"]  # what the paragraph is about: its first indicator
        periods = periods if periods is not None else find_periods(text)
        own = [
            p
            for p in periods
            if not p.is_base and not p.is_target and not p.is_current and p.period.start_month is not None
        ]
        if own:
            state["period"] = own[-1].period
            return
        bare = [
            p
            for p in periods
            if not (p.is_base or p.is_target or p.is_current or p.is_since)
            and p.period.start_month is None
            and p.period.year is not None
        ]
        if bare:
            # 2018年涪城全区经济社会发展取得显著成效。区属地区生产总值达到379.95亿元: the year the
            # paragraph goes on about, the whole of it (or the report's months when it is the report's year)
            state["period"] = self.ctx.year_span(bare[-1].period)

    def _owner(self, text: str, at: int) -> tuple[str, str] | None:
        """富平高新区规上工业增加值…, 福建永春佳美食品有限公司出口…: a company or park named right
        before an indicator is whose figure it is."""
        lead = text[max(0, at - 40) : at]
        lead = re.split(r"[,，;；:：。、]|其中", lead)[-1]
        cls = re.fullmatch(r"(?:全县|全区|全市|我县|我区)?(?P<name>[\u4e00-\u9fa5]{2,8}项目)", lead)
        if cls and not re.search(r"(?:招商引资|签约|开工|建设|在建|重点|全部|所有)项目$", cls.group("name")):
            return "other", cls.group("name")  # 产业项目到位资金87.88亿元: a class of projects'
        m = OWNER_RE.search(lead)
        if not m or re.match(r"全(?:县|区|市)|我(?:县|区|市)", m.group("name")):
            return None
        kind = "park" if re.search(PARK_SUFFIX + "$", m.group("name")) else "enterprise"
        return kind, m.group("name")

    def _subject(self, text: str, pos: int, clause: tuple[int, int]) -> tuple[str, str] | None:
        seg = text[clause[0] : pos]
        m = SUBJECT_RE.search(seg)
        if not m:
            return None
        name = m.group("name")
        if self.lex.alias_re.match(name) or name.startswith(("全县", "我县", "全区", "全市")):
            return None
        bare = re.sub(r"^(?:\d{4}年?)?(?:全县|全区|全市|我县|我区|县属|区属|市属)?", "", name)
        if re.fullmatch(r"(?:规模以上|规上|规模|限额以上|限上)?(?:工业|商贸|服务业)?企业", bare):
            return None  # 2021区属规模以上工业企业预计实现总产值445亿元: all of them, not one firm
        park = re.fullmatch(rf"(?P<p>.*?{PARK_SUFFIX})\d+(?:户|家|个)(?:规模以上|规上|规模)?(?:工业)?企业", name)
        if park:
            return "park", park.group("p")  # 园区64户规上企业实现工业总产值: the park's firms
        name = re.sub(r"^(?:其中|重点督促|督促|协调并服务|推动|全力|加快)", "", name)
        name = re.sub(r"^(?:预计|预测|力争|今年|全年|上半年|下半年|前三季度|\d{1,2}-\d{1,2}月)+", "", name)
        kind = "park" if re.search(PARK_SUFFIX + "$", m.group("suffix")) else "enterprise"
        return kind, name

    def _measure(
        self,
        text: str,
        it: Item,
        window: str,
        clause_prefix: str,
        prev_item: Item | None,
        prev_fact: Fact | None,
        bracket: tuple[int, int] | None,
    ) -> tuple[str, int]:
        if it.fig is None:
            return "rank", 1
        window, clause_prefix = window.rstrip(), clause_prefix.rstrip()  # 高于上年同期 41.7 个百分点
        unit = it.fig.unit
        if unit == "倍" and re.search(r"(?:增长|增加|提高|上升|增长了|增加了)$", window):
            return "yoy_pct", 1  # 增长2.9倍 is +290 %: value 2.9 as written, value_std 290 (percent)
        if unit == "%" or (unit is None and re.search(rf"(?:{cues.YOY_UP}|{cues.YOY_DOWN})$", window)):
            if unit is None and (it.fig.value is None or abs(it.fig.value) > 1000):
                return "value", 1
            if cues.COMPLETION_LOCAL.search(window) and re.search(r"完成率|宪成率|完成进度|完成比例|执行率", window):
                return "completion_pct", 1
            sched = re.search(r"(?P<cue>超|超过|超出|高于|快于|低于|慢于|落后于?)(?:时间|序时|计划)进度(?:要求)?$", window)
            if sched:
                # 超序时进度5.9%: a gap to the schedule, in points though written with %
                return "gap_pp", -1 if re.fullmatch(cues.PP_GAP_DOWN, sched.group("cue")) else 1
            if cues.COMPLETION_TARGET.search(clause_prefix) and not cues.YOY_ANY.search(window[-4:]):
                return "completion_pct", 1
            if re.search(r"占(?:项目)?(?:总投资|全年投资|年度投资|年投资)(?:的|比例|比重)?(?:为|达到?)?$", window):
                return "completion_pct", 1  # 累计完成投资32661万元,占总投资的54.1%: a project's progress
            near_yoy = cues.YOY_ANY.search(window[-4:]) is not None and "占" not in window
            if not near_yoy and (cues.SHARE.search(window) or cues.SHARE.search(clause_prefix)):
                return "share_pct", 1
            m = cues.last_match(cues.YOY_ANY, window)
            if m is not None:
                return "yoy_pct", -1 if cues.YOY_DOWN_RE.fullmatch(m.group(0)) else 1
            if (
                prev_fact is not None
                and prev_item is not None
                and prev_fact.unit in ("%", None)
                and prev_fact.measure in ("yoy_pct", "completion_pct", "share_pct")
                and re.fullmatch(r"[、,，和及与\s]*", text[prev_item.end : it.start])
            ):
                sign = (
                    -1
                    if (prev_fact.value is not None and prev_fact.value < 0)
                    or (
                        prev_fact.value is None
                        and prev_fact.measure == "yoy_pct"
                        and cues.YOY_DOWN_RE.search(text[max(0, prev_item.start - 6) : prev_item.start])
                    )
                    else 1
                )
                return prev_fact.measure, sign
            if bracket is not None:
                head = text[max(0, bracket[0] - 12) : bracket[0]]
                if re.search(r"增速|增幅|增长", head) or CITY_RE.search(head):
                    return "yoy_pct", 1  # 高于全市平均水平(5.2%)3.5个百分点: the benchmark's growth
                if (
                    re.search(rf"(?:较|比)(?:{cues.EARLIER_PERIOD}|去年|上年)(?:同期|全年)?$", head)
                    and prev_fact is not None
                    and prev_fact.measure in ("yoy_pct", "change_pp")
                ):
                    return "yoy_pct", 1  # 增速较上半年(0.6%)回落1.2个百分点,较去年同期(-7.7%)回升…: that period's growth
                seg = text[_segment_start(text, bracket[0]) : bracket[0]]
                if re.search(r"目标|预期|计划|任务", text[bracket[0] : it.start]) and re.search(r"增长|增速|增幅", seg):
                    return "yoy_pct", 1  # 增长5.9%,…排名全市第1位(预期目标为8.5%以上): the growth aimed at
            return "value", 1
        if unit in ("个百分点", "百分点", "个点"):
            if not (cues.PP_CONTRIB.search(window) or cues.PP_CHANGE.search(window) or cues.PP_GAP.search(window)):
                window = clause_prefix
            m = cues.last_match(cues.PP_CONTRIB, window)
            if m is not None:
                return "contribution_pp", -1 if re.fullmatch(cues.PP_CONTRIB_DOWN, m.group(0)) else 1
            affect = re.search(r"影响[^,，;；。]{0,12}?(?P<d>下降|回落|减少|增长|提高|上升)$", window)
            if affect:
                # 房地产开发投资下降20.9%,…,影响全市投资下降7.9个百分点: its pull on the whole
                return "contribution_pp", -1 if affect.group("d") in ("下降", "回落", "减少") else 1
            gm = cues.last_match(cues.PP_GAP, window)
            if gm is not None and re.search(r"平均|全市|全省|全国|全州|目标|任务|序时|计划", window):
                # 比全市平均高1.3个百分点, 超序时进度4.7个百分点: a gap to a benchmark
                return "gap_pp", -1 if re.fullmatch(cues.PP_GAP_DOWN, gm.group(0)) else 1
            cm = cues.PP_CHANGE.search(window)
            bench = re.search(r"比(?P<x>[^,;，；。\d]{1,14}?)(?:分别)?(?P<d>高|快|低|慢)(?:出)?了?$", window)
            if not cm and bench and not re.fullmatch(cues.EARLIER_PERIOD + r"(?:同期)?(?:增速|增幅)?", bench.group("x")):
                # 比全部规上工业分别高22.5和15.2百分点: a gap to another aggregate's growth
                return "gap_pp", -1 if bench.group("d") in ("低", "慢") else 1
            if cm:
                down = bool(cues.PP_CHANGE_DOWN.search(window))
                if window.rstrip("了").endswith(("收窄", "缩窄", "缩小")):
                    # 同比下降4.6%,降幅较上月收窄1.2个百分点,较二季度收窄1.6个百分点: a fall that narrows
                    seg = text[_segment_start(text, it.start) : it.start]
                    down = not re.search(r"降幅|下降|减少", seg)
                elif window.rstrip("了").endswith("扩大") and "降幅" in window:
                    down = True  # 降幅较上月扩大3.4个百分点: a deeper fall
                return "change_pp", -1 if down else 1
            m = cues.last_match(cues.PP_GAP, window)
            if m is not None:
                return "gap_pp", -1 if re.fullmatch(cues.PP_GAP_DOWN, m.group(0)) else 1
            if prev_fact is not None and prev_fact.measure in ("gap_pp", "contribution_pp", "change_pp"):
                return prev_fact.measure, 1 if (prev_fact.value or 0) >= 0 else -1
            return "gap_pp", 1
        return "value", 1

    def _basis(
        self,
        text: str,
        it: Item,
        clause: tuple[int, int],
        clauses: list[tuple[int, int]],
        bracket: tuple[int, int] | None,
        measure: str,
    ) -> str:
        # a figure in brackets right after 目标/任务/计划 is the target itself
        if bracket is not None and re.search(
            r"(?:目标|任务|计划|指标|目标任务|任务目标)[^,;，；。(（]{0,4}$", text[max(0, bracket[0] - 8) : bracket[0]]
        ):
            return "target"
        seg_start = max((m.end() for m in re.finditer(r"[;；]", text[: it.start])), default=0)
        before_seg = text[seg_start : it.start]
        colon_at = max((m.start() for m in re.finditer(r"[:：]", text[: it.start])), default=-1)
        if colon_at >= 0 and re.search(r"目标任务|任务目标|预期目标|奋斗目标|目标是|计划是", text[max(0, colon_at - 12) : colon_at]):
            # 2022年目标任务是:A达到10.86亿元,预计比上年增长24.8%: the list is the target, 预计 and all
            return "target"
        if measure == "value" and YEAR_PLAN_BEFORE.search(text[max(0, it.start - 10) : it.start]):
            return "target"  # 预计…完成年计划710亿元的89.4%: the plan completed against
        if (
            measure == "value"
            and re.match(r"[\u4e00-\u9fa5]{0,8}?(?:任务|目标)(?:[,，;；。]|$)", text[it.end : clause[1]])
            and re.search(r"完成[\u4e00-\u9fa5]{0,4}$", text[clause[0] : it.start])
        ):
            return "target"  # 提前完成区200亿招商引资任务: the task completed
        if (
            measure == "value"
            and re.match(r"的\d", text[it.end : it.end + 2])
            and re.search(r"完成[^,;，；。]{0,10}(?:任务|目标|计划)[^,;，；。\d]{0,6}$", text[clause[0] : it.start])
        ):
            return "target"  # 完成全年固投任务152亿元的40.1%: the task the completion is measured against
        if cues.ESTIMATE.search(before_seg):
            return "estimate"
        # 预测上半年A122亿元…；B25亿元…: a forecast runs on over ； until a segment says what was done
        if cues.ESTIMATE.search(PROJECT_FORECAST.sub("", text[:seg_start])):
            # 预计上半年,A完成21.55亿元;B完成1.1亿元: 完成 alone is the forecast's verb; a segment
            # with a period of its own, or 已/实际/累计, says what was done
            own_period = any(p.period.start_month is not None for p in find_periods(before_seg) if not p.is_base)
            strong = re.search(r"已|实际|上报|累计", before_seg)
            if not strong and not (own_period and cues.ACTUAL_RESET.search(before_seg)):
                return "estimate"
        if self.ctx.heading_basis() == "target" and measure in ("value", "yoy_pct", "share_pct"):
            return "target"  # 主要目标 \n 生产总值增长11.5%左右…: the section's figures are its targets
        if self.ctx.in_forecast() and (
            measure == "completion_pct" or not cues.TARGET.search(text[clause[0] : it.start])
        ):
            return "estimate"  # 五、全年预计 / 初步预计,…: the section or paragraph is a forecast
        # 力争全年重点经济指标：A增长43%以上；B增长18%；…: a cue before a colon governs the list
        colon = max((m.start() for m in re.finditer(r"[:：]", text[: it.start])), default=-1)
        if colon >= 0:
            lead = text[max((c[0] for c in clauses if c[0] <= colon), default=0) : colon]
            if cues.ESTIMATE.search(lead):
                return "estimate"
            if measure != "completion_pct" and re.search(r"力争|确保|争取|目标|任务|计划", lead):
                return "target"
        if measure in ("gap_pp", "change_pp", "contribution_pp"):
            return "actual"
        if measure in ("completion_pct", "rank"):
            ctext = text[clause[0] : it.start]
            return "target" if measure == "rank" and re.search(r"力争|确保|争取|目标是", ctext) else "actual"
        clause_text = text[clause[0] : it.start]
        clause_text = re.sub(r"[(（][^)）]*[)）]", "", clause_text)
        if cues.TARGET.search(clause_text):
            # 完成年度目标任务的92.42%: the target is what is completed against
            return "target"
        # a target cue in an earlier clause of the segment holds until an actual cue or a new period
        for cs, ce in reversed([c for c in clauses if c[1] <= clause[0] and c[0] >= seg_start]):
            ctext = text[cs:ce]
            if cues.ACTUAL_RESET.search(ctext) and not re.search(r"力争|确保|争取|目标|任务|计划", ctext):
                break
            if re.search(r"力争|确保|争取|奋斗目标|目标任务|下达", ctext) and not cues.COMPLETION_TARGET.search(
                re.sub(r"[\d.]+%$", "", ctext)
            ):
                return "target"
            if any(p.period.start_month is not None and p.period.period_type != "year" for p in find_periods(ctext)):
                break
        if re.search(r"力争|确保|争取", text[seg_start : clause[0]]):
            return "target"
        return "actual"

    def _period(
        self,
        text: str,
        it: Item,
        periods: list[PeriodMention],
        state: dict,
        basis: str,
        bracket: tuple[int, int] | None,
    ) -> tuple[Period | None, str]:
        year = self.ctx.context_year()
        own: Period | None = None
        source = "clause"
        clause_start = max((m.end() for m in re.finditer(r"[,，;；:：]", text[: it.start])), default=0)
        for pm in periods:
            if pm.start >= it.start:
                break
            if basis == "target" and pm.start < clause_start and (pm.period.start_month or 0) > 0:
                continue  # a target is for the year unless its own clause says otherwise
            if basis != "target" and pm.is_target:
                continue  # 完成全年任务(42.5亿元)的59.94%; 省外到位资金16.19亿元: 全年 is the target's
            if pm.is_base:
                # 较1-2月(-0.6%): the base period belongs to the bracketed figure only
                if bracket is not None and bracket[0] >= pm.end - 1 and bracket[0] - pm.end <= 2:
                    own = pm.period
                continue
            if pm.is_since:
                base, _ = self.ctx.context_period()
                y = pm.period.year or year
                own = Period(
                    y,
                    base.start_month if base else None,
                    base.end_month if base else None,
                    base.period_type if base else "other",
                    pm.period.label,
                    pm.period.year_stated,
                )
                continue
            if pm.is_current and re.search(r"累计", text[pm.end : it.start]):
                continue  # 当月同比增长7.9%…;累计增长14.4%: the months so far, not that month
            if pm.is_current and pm.period.start_month is not None:
                own = pm.period  # 其中6月当月同比下降17.6%: that month, for this figure only
                continue
            if pm.is_current:
                # 1-3月…;其中,当月规模以上工业增加值增长9.9%: the last month of the period in force
                base = own or state.get("period") or self.ctx.context_period()[0]
                if base is not None and base.end_month is not None:
                    own = Period(base.year, base.end_month, base.end_month, "month", pm.period.label)
                continue
            if pm.period.start_month is None and pm.period.year is not None:
                # a bare year: sets the year; a past year (or a target's) means the whole of it
                own = self.ctx.year_span(pm.period, whole=basis == "target")
                continue
            own = pm.period
        if own is None:
            if basis == "target":
                own = Period(year, 1, 12, "year", "全年")
                source = "target"
            elif state.get("period") is not None:
                own = state["period"]
                source = "paragraph"
            else:
                own, source = self.ctx.context_period()
        if own is not None and own.year is None and not own.year_stated:
            own = own.with_year(year)
        last_year = re.search(r"(?:去年|上年)(?P<k>同期|全年)?$", text[max(0, bracket[0] - 4) : bracket[0]]) if bracket else None
        if own is not None and last_year is not None and it.start - bracket[0] <= 2:
            # 较去年同期(-7.7%), 较去年全年(-6.5%): last year's figure, for the same months or the year
            whole = last_year.group("k") == "全年"
            own = replace(
                own,
                year=own.year - 1 if own.year else None,
                start_month=1 if whole else own.start_month,
                end_month=12 if whole else own.end_month,
            )
        return own, source

    def _city_wide(self, lead: str) -> bool:
        """全市规上工业企业数量345户 in a county's (县, 区, 旗) report is the city's figure; in a
        county-level city's (莱西市) 全市 is the report's own area."""
        county = self.ctx.county_text
        if not county or county.endswith("市"):
            return False
        return re.match(r"(?:其中[,，]?)?全市(?!平均|排名|排位|第|各)", lead) is not None

    def _balance_period(self, code: str | None, period: Period | None) -> Period | None:
        """截至6月底,存款余额46.58亿元: a balance (an indicator named …余额) is a stock at the
        end of the period, not a flow over it."""
        ind = self.lex.indicators.get(code or "")
        if ind is None or not ind.name_zh.endswith("余额") or period is None or period.end_month is None:
            return period
        if period.start_month == period.end_month:
            return period
        return replace(period, start_month=period.end_month, period_type="month")

    def _surface(self, text: str, clause: tuple[int, int], it: Item) -> str:
        seg = text[clause[0] : it.start]
        seg = re.sub(r"[(（][^)）]*[)）]", "", seg)
        head, sep, last = seg.rpartition("、")
        if sep and re.search(r"\d", head):
            seg = last  # 高新技术企业78家、雏鹰企业29家: the name after the last listed figure
        for pm in find_periods(seg):
            seg = seg.replace(pm.period.label, "")
        seg = re.sub(r"^(?:其中|全县|我县|全区|我区|全市|我市|今年|同时|另外|目前|预计|预测|力争|半年|全年|可)+", "", seg)
        seg = re.sub(r"(?:完成|实现|达到|达|为|共|累计|同比|比上年|增长|下降|分别|约|近|超过|突破|已|有|是)+$", "", seg)
        after = re.match(r"[\u4e00-\u9fa5]{1,6}", text[it.end : clause[1]])
        if it.fig is not None and it.fig.unit in ("个", "家", "项", "户", "宗", "次", "条", "人") and after:
            seg = seg + after.group(0)
        seg = seg.strip(" 、,，:：")[-24:]
        return seg or (it.fig.text if it.fig else "排名")

    def _fenbie_map(self, text: str, items: list[Item], refs: list[Ref], para: Ref | None = None) -> dict[int, Ref]:
        """批发业、零售业、住宿业、餐饮业分别增长210%，12%，12%，10%: figure i → name i."""
        out: dict[int, Ref] = {}
        last_names: list[str] = []
        for m in re.finditer(r"分别", text):
            pre_figs: list[Item] = []
            head_start = max((x.end() for x in re.finditer(r"[,，;；:：。]", text[: m.start()])), default=0)
            names_text = text[head_start : m.start()]
            if "、" not in names_text and head_start > 0 and re.fullmatch(r"[,，]", text[head_start - 1]):
                # 汽车制造业、食品制造业三个行业增加值增势较好,分别增长…: the list is in the clause before
                prev_start = max((x.end() for x in re.finditer(r"[,，;；:：。]", text[: head_start - 1])), default=0)
                prev = text[prev_start : head_start - 1]
                lead_names = re.match(r"[^\d]*?[\u4e00-\u9fa5](?=\d)", prev)
                if "、" in prev and not re.search(r"\d", prev):
                    head_start, names_text = prev_start, prev
                elif lead_names and "、" in lead_names.group(0) and "分别" not in lead_names.group(0):
                    # 城镇、农村居民人均可支配收入29462元、16733元,分别增长43.7%和65.5%: the amounts before
                    # 分别 are the names' in turn, as are the rates after it
                    pre_figs = [
                        it for it in items if prev_start + lead_names.end() <= it.start < head_start - 1 and it.fig is not None
                    ]
                    head_start, names_text = prev_start, lead_names.group(0)
            names_text = re.sub(r"^.*?(?:中|看)[,，]?", "", names_text) if "、" not in names_text[:4] else names_text
            names_text = re.sub(r"(?:\d+|[一二三四五六七八九十两]+)个(?:行业|门类|产业|领域).*$", "", names_text)
            names = [n for n in re.split(r"[、]" if "、" in names_text else r"[和及与]", names_text) if n]
            if re.search(r"(?:三次产业|三大产业|一二三产业)$", names_text) or (
                not re.search(r"[\u4e00-\u9fa5]{2}", re.sub(r"^(?:对[^,，;；。]{0,12})", "", names_text))
                and re.search(r"(?:三次产业|三大产业|一二三产业)", text[_segment_start(text, m.start()) : m.start()])
                and re.match(r"(?:拉动|带动)", text[m.end() :])
            ):
                # 三次产业分别拉动地区生产总值增长0.8、2.0和3.4个百分点: each sector's pull on the aggregate
                figs3 = [it for it in items if it.start > m.end() and it.fig is not None][:3]
                whole = [r for r in refs if r.code and m.end() <= r.start and figs3 and r.end <= figs3[0].start]
                economy = re.match(r"(?:拉动|带动)(?:全县|全区|全市)?(?P<e>经济)增长", text[m.end() :])
                if not whole and economy and "gdp" in self.lex.indicators:
                    # 三次产业…,分别拉动经济增长1.64个百分点、2.4个百分点和2.66个百分点: the pull on GDP
                    whole = [Ref("gdp", "经济", m.end() + economy.start("e"), m.end() + economy.end("e"))]
                if len(figs3) == 3 and whole:
                    for tier_name, it3 in zip(TIER_NAMES, figs3):
                        out[it3.start] = Ref(whole[0].code, whole[0].surface, whole[0].start, whole[0].end, ("industry", tier_name))
                    continue
            tiers = re.fullmatch(r"(?:其中)?第?[一二三](?:、[一二三])*、(?P<last>[一二三])产业?(?:现价|可比价)?(?P<rest>[\u4e00-\u9fa5]*)", names_text)
            if tiers:
                # 其中一、二、三产业现价增加值分别达到9.98亿元、4.2亿元、10.72亿元: 第一/二/三产业增加值;
                # 一、二、三产业占全市总投资的比重分别为16.5%…: each tier's investment
                rest = tiers.group("rest")
                if not rest and re.search(r"生产总值|GDP|经济总量", text[: m.start()]):
                    rest = "增加值"  # 地区生产总值增长10.2%;其中第一、二、三产业分别增长6%…: the tiers' value added
                whole = re.match(r"占(?:全县|全市|全区|全部)?(?P<w>[\u4e00-\u9fa5A-Z]+?)(?:的)?(?:比重|比例)", rest)
                if whole and "投资" in whole.group("w"):
                    rest = "投资"
                elif whole and re.fullmatch(r"GDP|地区生产总值|生产总值|经济总量", whole.group("w")):
                    rest = "增加值"
                names = [f"第{n}产业{rest}" for n in re.findall(r"[一二三]", names_text.removeprefix("其中"))]
            if len(names) == 1 and names[0].startswith("城乡"):
                rest = names[0][2:]  # 城乡居民人均可支配收入分别达到71526元和41035元
                names = ["城镇" + rest, "农村" + rest]
            elif len(names) == 2 and re.search(r"城镇?$", names[0]) and re.match(r"乡|农村|牧区|农牧区", names[1]):
                # 城、乡居民人均可支配收入分别增长8%、9%; 城镇、牧区常住居民人均可支配收入分别达到…
                rest = re.sub(r"^(?:乡村?|农村|农牧区|牧区)(?:常住)?", "", names[1])
                names = ["城镇" + rest, "农村" + rest]
            elif len(names) == 2 and len(names[0]) > 4 and len(names[1]) == 2 and names[0][-2:] != names[1]:
                # 一般公共预算收入和支出分别达4.78亿元、20.2亿元: the second shares the first's stem
                stem = names[0][:-2]
                if self.lex.code_of(stem + names[1]) or any(r.code for r in self.find_refs(stem + names[1])):
                    names = [names[0], stem + names[1]]
            if len(names) < 2 and last_names and not re.search(r"[\u4e00-\u9fa5]{2}", re.sub(r"增速|增幅|降幅", "", names_text)):
                names = last_names  # …分别达到A和B,分别增长x%和y%: the same two again
            benchmarks = re.match(r"(?:高于|低于|快于|慢于|超过|超出|比)?[\u4e00-\u9fa5]{1,4}[、和与及]", text[m.end() :])
            if len(names) < 2 and not last_names and not benchmarks:
                # (分别高于全市、全省平均增速0.7、2.2个百分点 compares one indicator with two benchmarks)
                # 制造业投资增长31.2%,技改投资增长18.6%,分别高于全省平均14.3个、9.1个百分点:
                # the names are the indicators of the clauses before
                stop = re.search(r"[,，;；。]", text[m.end() :])
                stop_at = m.end() + stop.start() if stop else len(text)
                listed = [
                    it for it in items if m.end() < it.start < stop_at and (it.fig is not None or it.rank is not None)
                ]
                named: list[Ref] = []
                for r in refs:
                    if r.code and r.end <= m.start() and (not named or named[-1].code != r.code):
                        named.append(r)
                if len(listed) >= 2 and len(named) >= len(listed):
                    for r, itm in zip(named[-len(listed) :], listed):
                        out[itm.start] = Ref(r.code, r.surface, r.start, r.end, r.subject)
                    continue
            if len(names) < 2:
                continue
            last_names = names
            figs = [it for it in items if it.start > m.end() and (it.fig is not None or it.rank is not None)]
            figs = figs[: len(names)]
            if len(figs) != len(names):
                continue
            between = [re.sub(r"[^\u4e00-\u9fa5]|分别|同比|以上|左右|个百分点|" + cues.YOY_ANY.pattern, "", text[a.end : b.start]) for a, b in zip(figs, figs[1:])]
            if any(len(w) > 2 or re.search(r"[;；。]", text[a.end : b.start]) for w, a, b in zip(between, figs, figs[1:])):
                continue  # 营业收入及利润总额分别大增50%以上,人均应付职工薪酬增长21.6%: one figure for both
            near = next((r for r in reversed(refs) if r.end <= head_start), None)
            if near is not None and near.code is None and near.surface in HEAD_FAMILY and near.subject is not None:
                near = self.resolve_head(near, None, para, refs)  # 规上高技术服务业营业收入: the sector's own
            aggregate = (
                near  # 规上高技术服务业营业收入增长19.8%,其中电子商务服务业…分别增长: that sentence's own
                if near is not None and near.code is None and near.surface not in HEAD_FAMILY
                else para
                if para is not None and para.code
                else next((r for r in reversed(refs) if r.code and r.end <= head_start), None)
            )
            # expand 大、小口径财政收入 → 大口径财政收入, 小口径财政收入
            last = names[-1]
            for k, name in enumerate(names):
                full = name
                tail_head = re.search(r"(?<=业)(?:增加值|总产值|产值)$", last)
                if len(name) <= 2 and k < len(names) - 1 and (len(last) > 3 or (len(last) == 3 and last.endswith("业"))):
                    # 大、小口径财政收入; 城镇、农村居民人均可支配收入; 住宿和餐饮业分别…
                    full = name + last[len(name) :]
                elif tail_head and name.endswith("业") and k < len(names) - 1:
                    full = name + tail_head.group(0)  # 批发业、零售业、餐饮业增加值: each sector's
                pos = head_start + names_text.find(name)
                named = [r for r in self.find_refs(full) if r.code]
                tail = re.search(r"(?:投资|收入|支出)$", last)
                if not named and tail and k < len(names) - 1 and not name.endswith(tail.group(0)):
                    # 固定资产、工业技改投资分别增长23.5%、29.5%: the first shares the last one's head
                    named = [r for r in self.find_refs(name + tail.group(0)) if r.code]

                head = HEAD_RE.search(last)
                if named and re.fullmatch(r"增加值|产值|总产值", full[named[-1].end :]):
                    # 批发业、零售业、餐饮业增加值分别增长…: each sector's value added, not its sales
                    out[figs[k].start] = Ref(None, full, pos, pos + len(name))
                elif named:
                    r = named[-1]
                    out[figs[k].start] = Ref(r.code, r.surface, pos, pos + len(name), r.subject)
                elif not head and aggregate is not None and all(n.endswith("业") for n in names):
                    # 农副食品加工业、金属制品业四个行业增幅回落,分别下降…: sectors of the paragraph's aggregate
                    # (or of the aggregate named before the list: 10个行业产值…,其中:农副食品加工业…分别增长)
                    out[figs[k].start] = Ref(aggregate.code, aggregate.surface, pos, pos + len(name), ("industry", name))
                elif head is None and len(names) > 2 and any(
                    r.code for n in names if n != name for r in self.find_refs(n)
                ):
                    # 规上工业用电、煤、天然气、热力分别增长…: each name its own, unmapped
                    out[figs[k].start] = Ref(None, name, pos, pos + len(name))
                elif head and self.lex.code_of(_industry_named(name, head.group(0))):
                    # 高新技术和数字经济规上工业增加值分别增长6.9%和16.3%: 高新技术产业增加值
                    whole = _industry_named(name, head.group(0))
                    out[figs[k].start] = Ref(self.lex.code_of(whole), whole, pos, pos + len(name))
                elif head:
                    # 汽车制造业、食品制造业增加值分别增长26.4%、9.8%: sectors of one aggregate
                    sector = name[: name.find(head.group(0))] if head.group(0) in name else name
                    sector = re.sub(r"^.*?(?:其中|中|看)[,，]?", "", sector) or sector
                    sector = re.sub(r"(?:\d+|[一二三四五六七八九十两]+)个(?:行业|门类|产业)$", "", sector)
                    out[figs[k].start] = Ref(None, head.group(0), pos, pos + len(name), ("industry", sector) if sector else None)
                elif figs[k].fig is None or (
                    not head and all(re.search(r"(?:投资|收入|零售额|销售额|营业额)$", n) for n in names)
                ):
                    # 引进内资、消费品零售总额分别列全市第9位和第8位: each name's own rank; 高技术产业投资、
                    # 战略性新兴产业投资分别增长204.3%、59.3%: kinds of investment outside the catalog, each its own
                    out[figs[k].start] = Ref(None, full, pos, pos + len(name))
            if len(pre_figs) == len(figs) and all(f.start in out for f in figs):
                for before, after in zip(pre_figs, figs):
                    out[before.start] = out[after.start]
            self._fenbie_next_clause(text, items, figs, out)
        return out

    @staticmethod
    def _fenbie_next_clause(text: str, items: list[Item], figs: list[Item], out: dict[int, Ref]) -> None:
        """城乡居民人均可支配收入分别达到18687元、5634元,增长7.8%、9.2%: a list of as many figures
        in the next clauses, led by a verb or a comparison and not by a name, is of the same names in
        turn (…分别增长30.1%和22.8%,比1-11月份提高1.5和1.6个百分点,比全部规上工业分别高22.5和15.2百分点)."""
        while figs and figs[-1].start in out:
            comma = re.match(r"[^,，;；。、]*?[,，、]", text[figs[-1].end :])  # (…17597元、增长7%和10%)
            if comma is None:
                return
            start = figs[-1].end + comma.end()
            stop = re.search(r"[,，;；。]", text[start:])
            end = start + stop.start() if stop else len(text)
            nxt = [it for it in items if start <= it.start < end and it.fig is not None]
            if len(nxt) != len(figs):
                return
            lead = text[start : nxt[0].start]
            verb = rf"(?:{cues.YOY_UP}|{cues.YOY_DOWN}|高|低|快|慢)"
            if not re.fullmatch(
                rf"(?:同比)?(?:分别)?{verb}(?:了)?(?:分别)?|(?:比|较)[^,，;；。]{{0,16}}?(?:分别)?{verb}(?:出|了)?(?:分别)?",
                lead,
            ):
                return
            if not all(re.fullmatch(r"[、和及与]|个?(?:百分点)?[、和及与]", text[a.end : b.start]) for a, b in zip(nxt, nxt[1:])):
                return
            for prev, itm in zip(figs, nxt):
                out[itm.start] = out[prev.start]
            figs = nxt

    def _make_fact(
        self,
        sent: Span,
        it: Item,
        ref: Ref,
        measure: str,
        sign: int,
        basis: str,
        period: Period | None,
        psource: str,
        subject: tuple[str, str] | None,
        text: str,
    ) -> Fact:
        lex = self.lex
        fig = it.fig
        qualifier = "="
        if fig is not None:
            before = text[max(0, it.start - 4) : it.start]
            after = text[it.end : it.end + 3]
            for rx, q in cues.QUAL_BEFORE:
                if rx.search(before):
                    qualifier = q
            for rx, q in cues.QUAL_AFTER:
                if rx.search(after):
                    qualifier = q
        if measure == "rank":
            if (it.rank_text or "").startswith("前"):
                qualifier = "<="
            masked = it.rank is None
            mask = it.rank_text if masked else None
            value, unit, unit_std, value_std = it.rank, None, "rank", it.rank
        else:
            assert fig is not None
            masked = fig.is_masked
            mask = fig.number_text if masked else None
            value = None if masked else fig.value
            if value is not None and sign < 0 and value > 0:
                value = -value
            unit = fig.unit
            if measure in ("yoy_pct", "completion_pct", "share_pct"):
                unit_std, factor = "percent", (100.0 if unit == "倍" else 1.0)
            elif measure in ("gap_pp", "contribution_pp", "change_pp"):
                unit_std, factor = "pp", 1.0
            else:
                unit_std, factor, _ = unit_family(lex, unit)
                if unit == "名" and not text[max(0, it.start - 1) : it.start] == "第":
                    unit_std, factor = "person", 1.0
            value_std = None if value is None else exact_product(value, factor)
        stype, sname = ("county", None) if subject is None else subject
        if sname is not None:
            # 该县船舶海工行业产值增长36.7%: the sector, not the county words before it
            sname = re.sub(r"^(?:该县|该区|该市|全县|全区|我县|我区|本县|本区)(?=[\u4e00-\u9fa5]{2})", "", sname)
            # 完成先进制造业增加值…, 数字经济制造业实现增加值…: the sector, not the verb beside it
            sname = re.sub(r"^(?:累计)?(?:完成|实现)(?=[\u4e00-\u9fa5]{2})|(?<=[\u4e00-\u9fa5]{2})(?:累计|共)?(?:完成|实现)$", "", sname)
        industry = lex.industry_code(sname) if stype == "industry" else None
        return Fact(
            indicator_code=ref.code,
            indicator_surface=ref.surface,
            measure=measure,
            basis=basis,
            qualifier=qualifier,
            value=value,
            unit=unit,
            value_std=value_std,
            unit_std=unit_std,
            is_masked=masked,
            mask_text=mask,
            period=period,
            period_source=psource,
            subject_type=stype,
            subject_name=sname,
            sentence=sent,
            char_start=sent.start + it.start,
            char_end=sent.start + it.end,
            industry_code=industry,
        )


def extract_facts(text: str, lines: list[Line], ctx: DocContext) -> list[Fact]:
    """All indicator facts of a normalised report text."""
    from .tables import TableReader

    ex = SentenceExtractor(ctx)
    tables = TableReader(ctx)
    facts: list[Fact] = []
    prev_state: dict = {}
    for line in lines:
        if line.is_table_row:
            facts.extend(tables.row(line, text))
            continue
        tables.other_line(line)
        if line.heading_level is not None:
            head = text[line.start : line.heading_end]
            pms = [p for p in find_periods(head) if not p.is_base and not p.is_current]
            period = None
            for pm in pms:
                p = pm.period
                if p.start_month is None and p.year is None and p.year_stated:
                    p = Period(None, 1, 12, "year", p.label, True)  # 20XX年工作回顾: a masked year, whole
                elif p.start_month is None and p.year is not None:
                    p = ctx.year_span(p)  # 一、2021年工作回顾: a past year, or a yearly report, means the whole year
                period = p
            if period is not None and period.year is None:
                period = period.with_year(ctx.context_year())
            refs = [r for r in ex.find_refs(head) if r.code]
            hbasis = "estimate" if re.search(r"预计|预测|展望|预判", head) else None
            if TARGET_HEADING.search(head) and not re.search(r"完成|情况|执行|落实|进展|成效|回顾|总结|汇报|报告", head):
                hbasis = "target"  # 主要目标 / 2024年预期目标: the section states what is aimed at
            if line.heading_level < 4 or period is not None or refs or hbasis == "target":
                ctx.set_heading(line.heading_level, period, refs[-1] if refs else None, hbasis)
        state: dict = {}
        if BREAKDOWN.match(line.text.strip()) and prev_state.get("lead") is not None:
            # 前三季度,全县规模以上工业增加值同比增长2.3%… / 分经济类型看,国有企业同比下降16.1%: a
            # breakdown on a line of its own is of what the line before was about
            state = {"ref": prev_state["lead"], "lead": prev_state["lead"], "period": prev_state.get("period")}
        elif prev_state.get("lead") is not None or prev_state.get("prev_lead") is not None:
            state = {"prev_lead": prev_state.get("lead") or prev_state.get("prev_lead")}
        prev_state = state
        ctx.line_basis = "estimate" if LINE_FORECAST.match(line.text) else None
        for sent in split_sentences(line.text, line.start):
            try:
                facts.extend(ex.extract(sent, state))
            except Exception:  # one sentence the rules trip on must not cost the report
                log.exception("sentence skipped at offset %d: %s", sent.start, sent.text[:80])
    return facts

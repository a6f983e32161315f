"""Investment project events: a named project (or company) and what happened to it — signed,
started, under construction, completed, in production, planned — with the amount, company,
date, place and industry where the sentence gives them.

How a sentence is read:

1. It is cut into clauses at , ; : (never inside brackets or quotes).
2. In each clause the stage cues are found (CUES: 正式签约, 开工建设, 加快建设, 竣工投产, 点火试产,
   前期工作, 通过评审 …). The text before a cue (back to the previous cue) is a list of names —
   "加快A、B、C等项目加快建设", "总投资*亿元的A项目正式签约落户*" — once the leading verbs
   (加快推进, 力促, 帮助, 实现了 …) and the trailing fillers (等重大项目, 于3月28日, 已, 顺利 …) are
   taken off. The text after a leading cue is a list too: "建成A和B并投入使用", "早日建成A、B项目",
   "规划建设稀土产业园".
3. A list item must read as a project or a company: it ends in a project word (项目, 工程, 产业园,
   加工厂, 生产线 …), is a company (…有限公司, …木业), or stands in a list that the sentence calls
   projects ("…等项目", or beside an item that is one). Generic phrases (重点项目, 招商项目,
   部分项目, ××个) are no names.
4. A clause without names of its own ("4月11日竣工投产", "顺利开工建设", "三期正在建设") goes on
   about the names of the clause before: another event of the same project.
5. Stages. A cue under a hope (尽快, 早日, 力争, 预计 …) is no event of its own: "尽快建成投产" says
   the project is still being built, "尽快实现开工建设" that it is planned; under an intention
   (拟, 计划, 准备) the project is planned. A leading 谋划/规划 makes the project planned whatever
   follows ("谋划X建设工作"). 竣工投产 and 建成投产 are completion: the report states the
   construction done. "落户*并开工建设" is one event, started; "签约并开工" two.

Aggregate statements ("签约项目*个，合同投资总额*亿元") name no project and give no event: they
stay indicator facts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .enterprises import COMPANY_RE, company_prefix, find_company, looks_like_business
from .lexicon import Lexicon
from .numbers import ARABIC, MASK, parse_arabic
from .segment import Span

STAGES = ("planned", "signed", "started", "under_construction", "completed", "in_production")

# (regex, stage, kind), longest alternatives first. kind: "strong" cues are events in
# themselves; "weak" ones (建设, 推进, 落户) only beside a named project; "lead" cues also
# govern the list that follows them ("建成A和B", "规划建设X", "加快推进X").
CUES: list[tuple[str, str, str]] = [
    (r"谋划|筹划|规划建设|规划(?!馆|局|院)", "planned", "lead"),
    (
        r"前期工作|前期手续|可研|报建|立项|通过评审|尽快落地|暂时无法落地|无法落地|未落地|筹备|拟建|"
        r"投资意向的?[\u4e00-\u9fa5]{0,4}?项目",
        "planned",
        "strong",
    ),
    (r"洽谈", "planned", "weak"),
    (r"在谈中?", "planned", "lead"),
    (r"正式签约落户|签约落户|正式签约|成功签约|签订|签署|签约", "signed", "lead"),
    (r"成功引进|新引进|引进(?!人才|技术|资金)", "signed", "post"),
    (r"落户", "signed", "weak"),
    (r"开工建设|启动建设|新开工|开工|动工|开建|破土", "started", "lead"),
    (r"竣工投产|竣工并投入使用|竣工|竣(?![\u4e00-\u9fa5])", "completed", "strong"),
    (r"建成投产|建成并投入使用|建成运营|建成投运|建成", "completed", "lead"),
    (r"投入使用|交付使用|建成投用|投用|完工", "completed", "strong"),
    (r"全面完成|顺利完成", "completed", "lead"),
    (
        r"点火试产|新建投产|试生产|试产|投入生产|投产|达产|投入运营|投入运行|投运|并网发电|并网",
        "in_production",
        "strong",
    ),
    (r"(?:合作|共同|联合)(?:投资)?建设|(?:推动|推进)建设", "under_construction", "lead"),
    (
        r"进展顺利|进展良好|进展较快|进展迅速|加快投资建设|加快建设|加速建设|加快推进|加快实施|加速推进|正在建设|建设中|在建|续建|复工(?!复产)|施工|主体结构|"
        r"接近尾声|收官|收尾|压茬推进|封顶|装修|设备安装|安装调试|加紧建设|主体(?:结构|工程)?(?:完工|封顶|竣工|完成)",
        "under_construction",
        "lead",
    ),
    (
        r"建设(?!项目|工程|集团|公司|局|单位|银行|用地|指挥部|等|和|与|、|及|的|成|规模|任务|目标|计划|情况|机制|"
        r"方案|体系|水平|力度|工作|领域|服务)",
        "under_construction",
        "weak",
    ),
    (r"推进(?!情况|机制|会|工作|方案|计划|专班|中|体系|落实)", "under_construction", "weak"),
]
# "开工率", "开工计划", "签约额": words about a count or a plan, no event
_NOT_EVENT = r"(?!率|计划|情况|目标|任务|数|额|资金|量|工作会)"
CUE_RE = re.compile("|".join(f"(?:{rx}){_NOT_EVENT}" for rx, _, _ in CUES))
_CUE_PARTS = [(re.compile(f"(?:{rx})"), stage, kind) for rx, stage, kind in CUES]

# leading words taken off a list: subjects, adverbs and verbs that push a project on
LEAD_RE = re.compile(
    r"^(?:[一二三四五六七八九十]是|其中|同时|另外|此外|目前|今年以来|今年|上半年|下半年|年内|全年|截至[^,，]*?|"
    r"[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d{1,2}[、.](?!\d)|[①-⑩]|"
    r"配合[^,，、]{0,10}?(?=推动|推进|加快)|[县市镇区乡州]?(?:政府|人民政府|委|局)?就|我局|我县|全县|县政府|"
    r"加快推进|加快推动|加快|推进了?|推动了?|力促|促进|抓好|抓实|抓紧|狠抓|帮助|协助|全力支持|支持|督促|"
    r"重点|积极|大力|全力|着力|持续|继续|进一步|扎实|有序|全面|协调|争取|确保|力争|实现了?|完成了?|"
    r"启动|跟踪|跟进|优先保障|保障|加大|做好|深入|主动|切实|招引|引进|引导|吸引|对接|洽谈|"
    r"如|比如|例如|包括|除|由|对|把|使|在|并|已经?|正在|也|又|均|共同|依托|围绕|与|及|、|的|了|是)+"
)
_DATE_SRC = r"于?(?:\d{4}年)?(?:\d{1,2}|[*×]+)月(?:份)?(?:(?:\d{1,2}|[*×]+)日|初|中旬|上旬|下旬|底|末)?"
# trailing fillers between a list and its cue
TRAIL_RE = re.compile(
    rf"(?:等(?:一批|多个|(?:\d+|[*×]+|[一二三四五六七八九十]+)(?:个|家|项|宗))?"
    rf"(?:总?投资(?:{ARABIC}|{MASK}) ?(?:亿元|万元|亿|万)(?:以上)?的?)?[\u4e00-\u9fa5]{{0,8}}?(?:项目|工程|企业|厂房)"
    r"(?:[、和][\u4e00-\u9fa5]{0,4}?(?:项目|工程))?(?:(?:\d+|[*×]+)(?:个|家|项|宗))?|"
    # …以及秦箭、润达等冶金企业共15个亿元以上招商引资项目: the kind, then the count of all
    r"等[\u4e00-\u9fa5]{0,6}?(?:企业|项目)?共(?:\d+|[*×]+)(?:个|家|项|宗)[\u4e00-\u9fa5]{0,12}?(?:项目|工程|企业)|"
    rf"等|{_DATE_SRC}|于|"
    r"已经?|正在|正|正式|顺利|有序|稳步|按计划|全面|都在?|均在?|也|落地|加紧|抓紧|目前|实现了?|按期|如期|基本|加快|尽快|早日|力争|争取|确保|将|要|能|"
    r"全部|成功|有(?:\d+|[*×]+)家|(?:\d+|[*×]+)家|并|后|随后|再|又|采取[^,，]*|进入|整体|即将|预计|计划|进行|开展|"
    r"拟|投资|有|的|了|是|均已|相继|先后|陆续|分别|年内|年底前?|"
    r"(?:已|正式)?(?:于[^,，、]{1,12}?)?(?:与|同)[^,，、]{2,30}?(?:公司|集团|政府|管委会)(?=$))+$"
)
# a hope: the cue is not reached yet; an intention: the project is planned
HOPE_RE = re.compile(r"尽快|早日|力争|争取|确保|预计|有望|即将|将要|将于|要|为[^,，]*打")
INTEND_RE = re.compile(r"拟|(?<!年度)(?<!按)计划(?!投资)|准备|意向")
# where a name ends in a clause that goes on about it ("广东恒扬预计要到第四季度才能上规")
PREDICATE_RE = re.compile(r"预计|计划|将于|将在|要到|才能|正在|已|目前|按期|如期")
_SUFFIX_WORDS = (
    r"项目|工程|产业园|工业园|科技园|物流园|园区|标准化?厂房|厂房|基地|中心|加工厂|酒厂|工厂|分离厂|热源厂|"
    r"处理厂|水厂|电厂|美食城|众创城|商业街|网红街|步行街|生产线|专线|管网|配电网|电网|市场|广场|停车场|"
    r"农场|养殖场|电站|变电站|加油站|矿井|综合体|长廊|酒店|仓库|冷库|码头|道路|大桥|"
    r"[一二三四五六七八九十]期|改扩建|扩建|改造|搬迁|扩产|技改|升级|供水|供热|供气|天然气|储能|光伏|风电|"
    r"敬老院|医院|学校|小区|公路|铁路|隧道|入园企业|入驻企业|试验区|特色小镇|小镇"
)
PROJECT_SUFFIX = re.compile(
    rf"(?:{_SUFFIX_WORDS}|(?<=[\u4e00-\u9fa5*×X]{{2}})(?:园|厂|城|站|矿|桥|湖|楼|馆))(?:[*×]+)?$"
)
PHASE_RE = re.compile(r"^(?:[一二三四五六七八九十]|\d+)期(?:项目|工程)?$")
# never in a name
BAD_NAME_RE = re.compile(
    r"的|同比|增长|下降|贸易额|%|个百分点|\d{4}年|\d{1,2}(?:-\d{1,2})?月|情况|如下|部分|各项|各类|相关|一批|多个|"
    r"所有|更多|确保|加强|引进|办理|完善|实行|吸引|落实|对接|跟踪|尽心|合力|抓|做好|优化|强化|延链|补链|强链|"
    r"制定|期间|疫情|重视|把|坚持|^.{0,4}(?:委|政府|人大|政协|局)$|^(?:为|从|对|在|把|将|使|让|由|给|向|设|以|按|项目|工程|企业)"
)
# words of a phrase, not a name — unless the name ends as a project or a company
NOT_NAME_RE = re.compile(
    r"完成|开展|提升|申报|组织|指导|排查|解决|培育|引导|走访|调研|考察|拜访|申请|认定|获得|达到|超过|产值|营收|"
    r"增加值|税收|保障|服务|需求|要素|用地|用电|资金|政策|措施|机制|工作|任务|目标|问题|困难|力度|进度|水平|能力|"
    r"环境|体系|产业链|集群|转型|发展|招商|培训|考核|督查|推介|谋划|审批|许可|手续|效益|动员|设计"
)
GENERIC_RE = re.compile(
    r"^(?:[*×X]*(?:\d+|[一二三四五六七八九十两几多数]+|[*×]+)?(?:个|家|座|条|批|项|所|处|大)?)?"
    r"(?:重点|重大|工业|招商|引资|签约|在建|新建|续建|新开工|开工|竣工|投产|技改|技术改造|产业|民生|基础设施|基础|外资|内资|"
    r"亿元以上|千万元以上|省|市|县|州|镇|省级|市级|县级|州级|各|该|此|这些|新|大型|优质|龙头|链头|骨干|成长型|规上|"
    r"上规|入统|入库|在库|储备|前期|政府投资|社会投资|制造业|服务业|农业|商贸|文旅|配套|标准化|现代|绿色|"
    r"战略性新兴|新兴|传统|主导|特色|示范|试点|其他|其余|剩余|全部|以上|我县|全县|本地|外地|意向|有投资意向|"
    r"城镇|农村|乡村|园区|城区|片区|食品|农林水|生态|环保|延链|补链|强链|路网|和|及|与)*"
    r"(?:项目|工程|企业|公司|厂房|园区|产业园|工业园|基础设施|设施|产业|产能|车间|厂区|生产线|中)?"
    r"(?:建设)?$"
)
COUNT_START_RE = re.compile(r"^(?:[*×]+|\d+|[一二三四五六七八九十两几多数]+)(?:个|家|项|座|批|所|处|大)")
PLACE_ONLY_RE = re.compile(r"^[\u4e00-\u9fa5*×X]{1,4}(?:省|市|县|区|(?<!小)镇|乡|街道|村|社区)(?:政府|人民政府)?$")
# adjectives that make a bare industry word ("新型建材", "新能源") no company
INDUSTRY_ADJ_RE = re.compile(r"^(?:新型|新兴|高端|绿色|传统|现代|特色|精细|新兴|战略性|先进|智能|生物|节能|涉农)")
AMOUNT_RE = re.compile(
    rf"(?P<kind>累计完成投资|已完成投资|完成投资|(?:计划)?总投资额?|计划投资|合同投资额?|协议投资额?|投资总额|投资额?)"
    rf"(?:为|约|达|超过?|近)?(?P<num>{ARABIC}|{MASK}) ?(?P<unit>亿元|万元|亿美元|万美元|亿|万)"
)
AMOUNT_PREFIX_RE = re.compile(
    rf"^(?:(?:计划)?总投资额?|计划投资|合同投资额?|投资额?)(?:为|约|达|超过?|近)?(?P<num>{ARABIC}|{MASK}) ?"
    r"(?P<unit>亿元|万元|亿美元|万美元|亿|万)(?:以上|左右)?的?"
)
DATE_RE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2}|[*×]+)月(?:份)?(?:(?P<d>\d{1,2}|[*×]+)日|(?P<part>初|中旬|上旬|下旬|底|末))?"
)
LOCATION_RE = re.compile(
    r"(?:落户|落地|位于|选址|入驻|入园)(?P<loc>[\u4e00-\u9fa5*X×]{2,16}?"
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|工业园区|产业园区|工业园|产业园|园区|"
    r"工业集中区|集中区|街道|镇|乡))"
)
AMOUNT_FACTOR = {"亿元": 1e8, "万元": 1e4, "亿": 1e8, "万": 1e4}
_SPLIT_RE = re.compile(r"、|和|以及")
_OPEN, _CLOSE = "(（“《「", ")）”》」"


@dataclass
class Investment:
    project_name: str
    company_name: str | None
    stage: str
    amount: float | None
    unit: str | None
    amount_cny: float | None
    is_masked: bool
    mask_text: str | None
    event_date: dt.date | None
    event_date_text: str | None
    location: str | None
    industry_code: str | None
    sentence: Span
    char_start: int
    char_end: int


@dataclass
class _Cue:
    start: int
    end: int
    text: str
    stage: str
    kind: str


@dataclass
class _Name:
    start: int  # offset in the sentence
    text: str
    company: str | None = None
    amount: tuple[str, str] | None = None  # (number, unit) said of this item alone


@dataclass
class _Event:
    name: _Name
    stage: str
    clause_start: int
    cue_start: int


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause bounds at , ; : outside brackets and quotes."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in ",，;；:：。" and depth == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


def _cues(clause: str) -> list[_Cue]:
    out = []
    for m in CUE_RE.finditer(clause):
        # "考察、评估、准入、签约、落地等环节": a cue that is a whole item of a list is no verb
        before, after = clause[m.start() - 1 : m.start()], clause[m.end() : m.end() + 1]
        if (before == "、" and after in ("、", "等")) or (after == "、" and before in ("", "、", "”", "“", "对")):
            continue
        for rx, stage, kind in _CUE_PARTS:
            if rx.fullmatch(m.group(0)):
                out.append(_Cue(m.start(), m.end(), m.group(0), stage, kind))
                break
    return out


def _cue_kind(word: str) -> tuple[str, str, str]:
    for rx, stage, kind in _CUE_PARTS:
        if rx.fullmatch(word):
            return word, stage, kind
    return word, "", "weak"


def _lead_len(text: str) -> int:
    """Length of the leading verbs and adverbs of text."""
    m = LEAD_RE.match(text)
    return m.end() if m else 0


def _trail_start(text: str) -> int:
    """Where the trailing fillers of text begin (len(text) when there are none)."""
    m = TRAIL_RE.search(text)
    return m.start() if m else len(text)


def _is_filler(text: str, after_place_verb: bool = False) -> bool:
    """Only dates, adverbs and connectives: the clause goes on about the names before it.
    After 落户 a mask is the masked place ("落户*并开工建设")."""
    text = text.strip()
    if after_place_verb:
        text = re.sub(r"^[*×X]+", "", text)
    if not text:
        return True
    rest = text[_lead_len(text) :]
    return not rest or _trail_start(rest) == 0


def _content(name: str) -> str:
    return re.sub(r"[*×]|(?<![A-Za-z])X(?![A-Za-z])", "", name)


def _is_business(name: str) -> bool:
    return looks_like_business(name) and not INDUSTRY_ADJ_RE.match(name)


def _strong(name: str) -> bool:
    return bool(PROJECT_SUFFIX.search(name) or COMPANY_RE.fullmatch(name) or _is_business(name))


def _name_ok(name: str, listed: bool) -> bool:
    """Whether a list item reads as a project or a company.

    listed: the sentence calls the list projects ("…等项目", "如…", or another item of the
    list is one), so a bare name ("卓特", "欧莱") is enough.
    """
    content = _content(name)
    if len(name) < 2 or len(name) > 45 or not content or re.search(r"[。!?！？|]", name):
        return False
    if GENERIC_RE.fullmatch(name) or GENERIC_RE.fullmatch(content) or PHASE_RE.fullmatch(content):
        return False
    if PLACE_ONLY_RE.fullmatch(name) or BAD_NAME_RE.search(name):
        return False
    if COUNT_START_RE.match(name) and len(_content(COUNT_START_RE.sub("", name))) < 3:
        return False
    if re.search(r"(?:\d|[*×])(?:个|家|项|次|亿元|万元)", name) and not re.search(r"年产\d", name):
        return False
    core = re.sub(r"[(（][^()（）]*[)）]$", "", name)  # 陆港枢纽产业园(南昌向塘电商物流服务中心): the name before the note
    if NOT_NAME_RE.search(core) and not re.search(
        r"(?:项目|工程|有限公司|有限责任公司|集团)(?:[一二三四五六七八九十]期)?$", core
    ):
        return False
    if len(content) == 1 and not listed:
        return False
    if any(m.end() == len(name) and _cue_kind(m.group(0))[2] != "weak" for m in CUE_RE.finditer(name)):
        return False  # "项目早竣工": a name does not end in a stage verb
    if name.count("“") != name.count("”"):
        return False
    if re.fullmatch(r"[\u4e00-\u9fa5]{1,2}项目", name) and not listed:
        return False  # "食品项目", "技改项目": a kind of project, not one
    return _strong(name) or listed


def _split_items(region: str, base: int) -> list[tuple[int, str]]:
    """Items of a list with their offsets. 、 和 以及 separate items; 及 stays inside a name
    ("宾力新能源电动摩托车及配套零部件生产项目")."""
    out, depth, i, start = [], 0, 0, 0
    while i < len(region):
        ch = region[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if depth == 0 and i > start:  # "和平路改造": 和 that begins an item is part of it
            m = _SPLIT_RE.match(region, i)
            if m:
                out.append((base + start, region[start:i]))
                i = start = m.end()
                continue
        i += 1
    out.append((base + start, region[start:]))
    # "农贸市场新建和改造": a bare verb is no item of its own, it belongs to the one before
    merged: list[tuple[int, str]] = []
    for s, item in out:
        if merged and (
            re.match(r"^(?:新建|改建|扩建|改扩建|改造|提升|升级|建设|搬迁)(?![\u4e00-\u9fa5]{2,}(?:项目|工程))", item)
            # "年产2000台电梯和18000个立体停车设备项目": the second product of one plant
            or ("年产" in merged[-1][1] and re.match(r"^\d+(?:\.\d+)?[万亿]?(?:个|台|吨|套|件|辆|片|只|条|平方米)", item))
        ):
            ps, prev = merged[-1]
            merged[-1] = (ps, region[ps - base : s - base + len(item)])
        else:
            merged.append((s, item))
    return merged


def _clean_item(start: int, item: str) -> tuple[int, str, tuple[str, str] | None]:
    """Leading verbs, an amount ("投资*亿元的") and trailing fillers off one item."""
    amount = None
    dash = item.rfind("——")
    if 0 < dash < len(item) - 3:  # "大好高项目——天马控股集团年产2000台电梯…项目": the name after the dash
        start, item = start + dash + 2, item[dash + 2 :]
    changed = True
    while changed:
        changed = False
        lead = _lead_len(item)
        if lead:
            start, item, changed = start + lead, item[lead:], True
        am = AMOUNT_PREFIX_RE.match(item)
        if am:
            amount = (am.group("num"), am.group("unit"))
            start, item, changed = start + am.end(), item[am.end() :], True
    pred = PREDICATE_RE.search(item, 2)
    if pred:
        item = item[: pred.start()]
    # "农贸市场新建和改造的办实事工作": what the work is about
    of = re.search(r"的[\u4e00-\u9fa5]{0,4}(?:工作|项目|工程|事项)$", item)
    if of and of.start() >= 2:
        item = item[: of.start()]
    item = item[: _trail_start(item)]
    item = re.sub(r"(?:建设工作|建设进度|前期工作|的?工作|基础上|合作|共同)$", "", item)
    # a subject followed by words of its own: cut after its last project word
    # ("××制药有限责任公司易地整体搬迁项目采取…" → "…搬迁项目")
    if not PROJECT_SUFFIX.search(item):
        cut = None
        for m in re.finditer(r"项目|工程", item):
            cut = m.end()
        if cut and cut >= 4 and not re.fullmatch(r"(?:[一二三四五六七八九十]|\d+)期|[*×]+", item[cut:]):
            item = item[:cut]
    if re.fullmatch(r"“[^”]*”", item.strip()):
        return start, "", amount  # "“三改一拆”": a campaign's slogan, not a project
    while item and item[0] in "“\"'《":
        start, item = start + 1, item[1:]
    return start, item.rstrip("”\"'》"), amount


def _names(region: str, base: int, listed: bool = False) -> list[_Name]:
    """The project names of a list region (offsets relative to the sentence)."""
    lead = _lead_len(region)
    body = region[lead:]
    listed = listed or region[:lead].endswith(("如", "包括"))
    # "A、B等(重大)项目": the list ends at 等, what follows says what the items are
    depth, cut = 0, None
    for i, ch in enumerate(body):
        depth += ch in _OPEN
        depth -= ch in _CLOSE and depth > 0
        if ch == "等" and depth == 0 and i >= 2:
            cut = i
    trail = ""
    if cut is not None:
        body, trail = body[:cut], body[cut:]
        if not TRAIL_RE.fullmatch(trail):
            return []  # "县人民医院、县中医院等医疗机构加强能力建设": the list does something else
    end = _trail_start(body)
    trail = body[end:] + trail
    body = body[:end]
    listed = listed or bool(re.search(r"项目|工程", trail))
    counterpart = None
    m = re.search(r"(?:与|同)(?P<c>[^,，、]{2,30})$", trail)
    if m:
        counterpart = find_company(m.group("c"))
    if not body:
        return []
    cleaned = [_clean_item(s, raw) for s, raw in _split_items(body, base + lead)]
    if len(cleaned) >= 2 and any(_strong(name) for _, name, _ in cleaned):
        listed = True  # "帮助广东禾康、塔筒项目等尽快建成投产"
    out: list[_Name] = []
    for s, name, amount in cleaned:
        if not _name_ok(name, listed):
            continue
        company = find_company(name) or counterpart
        if company is None and _is_business(name) and not PROJECT_SUFFIX.search(name):
            company = name
        out.append(_Name(s, name, company, amount))
    return out


INVEST_BUILD_RE = re.compile(
    rf"^(?P<co>[^,，、]{{2,30}}?)(?:投资(?P<num>{ARABIC}|{MASK}) ?(?P<unit>亿元|万元|亿|万))?(?:建设|新建|投建)"
    r"(?P<proj>[^,，、]{2,40})$"
)


def _invest_build_names(region: str, base: int) -> list[_Name]:
    """ "浙江巨化集团投资20亿元建设氟化工新材料产业园": the project, its company and amount."""
    m = INVEST_BUILD_RE.match(region)
    company = find_company(m.group("co")) if m else None
    if not m or not company:
        return []
    names = _names(m.group("proj"), base + m.start("proj"), True)
    amount = (m.group("num"), m.group("unit")) if m.group("num") else None
    for n in names:
        n.company = n.company or company
        n.amount = n.amount or amount
    return names


def _post_names(region: str, base: int) -> list[_Name]:
    """Names after a leading cue: "建成A和B并投入使用", "早日建成A、B项目", "规划建设稀土产业园";
    "引进浙江巨化集团投资20亿元建设氟化工新材料产业园" names the project after the company."""
    names = _invest_build_names(region, base)
    if names:
        return names
    stop = re.search(r"并|等|建设|工作|基础上|进度|用电|用地|需求", region)
    body = region[: stop.start()] if stop else region
    trail = region[stop.start() :] if stop else ""
    listed = re.match(r"等(?:\d+|[一二三四五六七八九十]+)?[个项家]?[\u4e00-\u9fa5]{0,6}?(?:项目|工程)", trail)
    return _names(body, base, bool(listed))


def _combine(lead: _Cue | None, cue: _Cue) -> str:
    if lead is None:
        return cue.stage
    if "planned" in (lead.stage, cue.stage):
        return "planned"
    if cue.kind == "weak":
        return lead.stage
    return cue.stage


def _moderated(stage: str, hope: bool, intend: bool) -> str:
    """The stage a project is in when the report only hopes for or intends the cue."""
    if intend:
        return "planned"
    if hope:
        return "under_construction" if stage in ("completed", "in_production", "under_construction") else "planned"
    return stage


SECTION_STAGES = [
    ("completed", r"竣工投产|竣工|建成"),
    ("in_production", r"投产"),
    ("signed", r"签约"),
    ("started", r"新开工|开工"),
    ("under_construction", r"在建|续建|推进"),
    ("planned", r"谋划|储备|前期|招引|洽谈"),
]


def section_stage_of(heading: str) -> str | None:
    """The stage a section heading gives its list: "(一)签约项目" → signed, "(三)竣工投产项目" →
    completed; None for any other heading."""
    if not re.search(r"项目|工程", heading) or len(heading) > 24:
        return None
    for stage, rx in SECTION_STAGES:
        if re.search(rx, heading):
            return stage
    return None


def extract_investments(
    sent: Span, lex: Lexicon, year: int | None, section_stage: str | None = None
) -> list[Investment]:
    text = sent.text
    if not CUE_RE.search(text):
        if section_stage is None:
            return []
        # a project listed under a stage heading, with no stage word of its own
        events: list[_Event] = []
        for cs, ce in _clauses(text):
            names = [
                n for n in _names(text[cs:ce], cs) if PROJECT_SUFFIX.search(n.text) or COMPANY_RE.fullmatch(n.text)
            ]
            events.extend(_Event(n, section_stage, cs, cs) for n in names)
        return _build(events, sent, lex, year)
    events: list[_Event] = []
    intro = LIST_INTRO_RE.search(text)
    if intro is not None:
        # 今年以来新开工建设的重点招商引资项目有:A、B、C…: the list after the colon, at the stage named
        stop = re.search(r"[。;；]|(?<=等)[,，]", text[intro.end() :])  # …等,涵盖了工业、农业: the list ends at 等
        region_end = intro.end() + stop.start() if stop else len(text)
        _, stage, _ = _cue_kind(intro.group("cue"))
        named = _names(text[intro.end() : region_end], intro.end(), True)
        events.extend(_Event(n, stage, intro.start(), intro.start("cue")) for n in named)
    listed_from = intro.end() if intro is not None and events else len(text) + 1
    last: list[_Name] = []  # the names the sentence is talking about
    hoped = intended = False  # a 预计/力争 (拟) earlier governs the clauses that go on about it
    last_stage: str | None = None  # the stage of the clause before, for "…的企业,如A、B"
    for cs, ce in _clauses(text):
        if cs >= listed_from:
            continue  # the list after the colon is read above
        clause = text[cs:ce]
        if text[cs - 1 : cs] in (";", "；"):
            last, hoped, intended, last_stage = [], False, False, None
        cues = _cues(clause)
        if not cues:
            last = _cueless_clause(clause, cs, events, last, last_stage)
            last_stage = None
            continue
        prev_end = 0
        prev: _Cue | None = None
        weak_events: list[_Event] = []  # events of a weak cue that a stronger one may replace
        counterparts: list[_Event] = []  # "与中国建材集团签订X项目投资协议": the company that signs
        for k, cue in enumerate(cues):
            if cue.kind == "post":
                # "引进X项目", "引进浙江巨化集团投资20亿元建设氟化工新材料产业园": only what follows
                built = _invest_build_names(clause[cue.end :], cs + cue.end)
                if built:
                    events.extend(_Event(n, cue.stage, cs, cs + cue.start) for n in built)
                    last, prev = built, None
                    break
                if k + 1 < len(cues):
                    continue
                prev_end, prev = cue.end, cue
                break
            if prev is not None and clause[prev_end : prev_end + 1] in ("和", "及", "与"):
                prev_end += 1  # "实现开工建设和石龙农贸市场改造项目开展…": 和 joins two events
            region = clause[prev_end : cue.start]
            names = _names(region, cs + prev_end)
            lead = prev if (names and prev is not None and prev.kind == "lead") else None
            tail_from = names[-1].start - cs + len(names[-1].text) if names else prev_end
            between = clause[tail_from : cue.start]
            # "力争XX项目三季度开工", "尽快建成投产", "拟新建": the words around the list and the cue
            head = clause[max(0, (lead or cue).start - 4) : (lead or cue).start]
            if names:
                head += "|" + clause[prev_end : names[0].start - cs]
            hope = bool(HOPE_RE.search(between) or HOPE_RE.search(head))
            intend = bool(INTEND_RE.search(between) or INTEND_RE.search(head))
            if not names:  # a clause that goes on about the names before: their hope holds
                hope, intend = hope or hoped, intend or intended
            hoped, intended = hoped or hope, intended or intend
            stage = _moderated(_combine(lead, cue), hope, intend)
            if (
                names
                and cue.kind == "weak"
                and stage == "under_construction"
                and re.search(r"(?<!加快)推动$", clause[: names[0].start - cs])
            ):
                stage = "planned"  # "推动稀土分离厂建设": the construction is to come
            last_stage = stage
            following = clause[cue.end : cues[k + 1].start if k + 1 < len(cues) else len(clause)]
            if names:
                if (
                    cue.kind == "weak"
                    and lead is None
                    and not (re.search(r"项目|工程", between) or any(PROJECT_SUFFIX.search(n.text) for n in names))
                ):
                    prev_end, prev = cue.end, cue
                    continue
                new = [_Event(n, stage, cs, cs + cue.start) for n in names]
                events.extend(new)
                weak_events = new if cue.kind == "weak" else []
                if cue.stage == "signed" and re.search(r"(?:与|同)$", clause[prev_end : names[0].start - cs]):
                    counterparts = new
                last = names
            elif prev is not None and not region.strip() and prev.kind != "weak":
                pass  # "建成并网", "竣工验收": one compound cue, one event
            elif (
                last
                and cue.kind != "weak"
                and _is_filler(region, prev is not None and "落" in prev.text)
                and not (cue.kind == "lead" and _post_names(following, cs + cue.end))
            ):
                # the same project, its next stage: "于3月28日点火试产,4月11日竣工投产"; but
                # "…开工建设,计划年底建成投产" only hopes for the next stage of a project under way
                if (hope or intend) and any(e.name in last for e in events):
                    prev_end, prev = cue.end, cue
                    continue
                for e in weak_events:  # "落户*并开工建设": the stronger cue says what happened
                    events.remove(e)
                weak_events = []
                events.extend(_Event(n, stage, cs, cs + cue.start) for n in last)
            elif last and region:
                phase = _clean_item(0, region)[1]
                base_name = re.sub(r"(?:[一二三四五六七八九十]|\d+)期(?:工程|项目)?$", "", last[0].text)
                if PHASE_RE.fullmatch(phase) and _content(base_name) and base_name != last[0].text:
                    # "新盟食品项目一期已投产上规,三期正在建设"
                    at = cs + prev_end + region.find(phase)
                    events.append(_Event(_Name(at, base_name + phase, last[0].company), stage, cs, cs + cue.start))
                elif k == 0 and not _is_filler(region):
                    last = []  # the clause is about something else
            prev_end, prev = cue.end, cue
        # names after the last cue when it leads: "建成A和B", "推动建设X、Y项目", "规划建设稀土产业园"
        if prev is not None and prev.kind in ("lead", "post") and "落户" not in prev.text:
            post = _post_names(clause[prev_end:], cs + prev_end)
            if post:
                head = clause[max(0, prev.start - 4) : prev.start]
                stage = _moderated(prev.stage, bool(HOPE_RE.search(head)), bool(INTEND_RE.search(head)))
                # "推进了宝城公司和运江镇合作建设葛根产品加工厂", "与X集团签订Y项目投资协议":
                # the partners are companies, not projects
                company = None
                if re.match(r"合作|共同|联合", prev.text):
                    partners = [_clean_item(0, item)[1] for _, item in _split_items(clause[: prev.start], 0)]
                    company = next((c for c in map(find_company, partners) if c), None)
                elif counterparts and counterparts[0].cue_start == cs + prev.start:
                    company = counterparts[0].name.company or counterparts[0].name.text
                if company or re.match(r"合作|共同|联合", prev.text):
                    events[:] = [e for e in events if not (e.clause_start == cs and e.cue_start == cs + prev.start)]
                    for n in post:
                        n.company = n.company or company
                events.extend(_Event(n, stage, cs, cs + prev.start) for n in post)
                last = post
    return _build(events, sent, lex, year)


# 新开工建设的重点招商引资项目有:A、B…; 签约的项目包括:A、B: a list introduced by its stage
LIST_INTRO_RE = re.compile(
    r"(?P<cue>新开工|开工建设|开工|签约|建成投产|建成|竣工|投产)(?:建设)?(?:的)?(?:\d+个)?[\u4e00-\u9fa5]{0,10}?项目[,，]?"
    r"(?:主要)?(?:(?:有|是|为)[:：]|(?:包括|包含)[:：]?)"
)


def _cueless_clause(
    clause: str, cs: int, events: list[_Event], last: list[_Name], last_stage: str | None
) -> list[_Name]:
    """A clause without a stage cue: examples of the clause before ("拟新建投产上规的企业,
    如A、B…"), or a project that the next clause goes on about ("××大食品加工厂项目按期交付净地,
    顺利开工建设")."""
    if re.match(r"^\s*(?:如|比如|例如|包括)", clause) and last_stage:
        named = _names(clause, cs, True)
        events.extend(_Event(n, last_stage, cs, cs) for n in named)
        return named or last
    subjects = [n for n in _names(clause, cs) if PROJECT_SUFFIX.search(n.text) or COMPANY_RE.fullmatch(n.text)]
    lead = clause[: subjects[0].start - cs] if subjects else ""
    if subjects and re.search(r"(?:推动|促成|力促)$", lead) and not re.search(r"加快", lead):
        # "推动新盟增资扩产": a project pushed towards its start
        events.extend(_Event(n, "planned", cs, cs + len(lead)) for n in subjects)
    return subjects


def industry_of(name: str, lex: Lexicon) -> str | None:
    """GB/T 4754 code of a project: the lexicon's division name or longest keyword in it."""
    return lex.industry_code(name)


def _date(text: str, year: int | None) -> tuple[dt.date | None, str | None]:
    found = list(DATE_RE.finditer(text))
    if not found:
        return None, None
    m = found[-1]  # the date nearest the cue
    y = int(m.group("y")) if m.group("y") else year
    day = m.group("d")
    if y and day and day.isdigit() and m.group("m").isdigit():
        try:
            return dt.date(y, int(m.group("m")), int(day)), m.group(0)
        except ValueError:
            return None, m.group(0)
    return None, m.group(0)


def _build(events: list[_Event], sent: Span, lex: Lexicon, year: int | None) -> list[Investment]:
    text = sent.text
    clauses = dict(_clauses(text))
    out: list[Investment] = []
    seen: set[tuple[int, str, str]] = set()
    for ev in events:
        n, cs = ev.name, ev.clause_start
        key = (n.start, n.text, ev.stage)
        if key in seen:
            continue
        seen.add(key)
        # the amount: said of this item ("投资*亿元的A"), else the only amount of a one-name clause
        amount_text = n.amount
        if amount_text is None and len({e.name.text for e in events if e.clause_start == cs}) == 1:
            ce = clauses.get(cs, len(text))
            ams = [m for m in AMOUNT_RE.finditer(text[cs:ce]) if "完成" not in m.group("kind")]
            # "签约引进X项目,总投资15亿元": the clause after says how much, of the one project
            nxt = AMOUNT_RE.match(text, ce + 1) if not ams and len({e.name.text for e in events}) == 1 else None
            if nxt is not None and "完成" not in nxt.group("kind"):
                ams = [nxt]
            if len(ams) == 1:
                amount_text = (ams[0].group("num"), ams[0].group("unit"))
        amount = amount_cny = mask = unit = None
        masked = False
        if amount_text is not None:
            num, unit = amount_text
            if re.fullmatch(MASK, num):
                masked, mask = True, num
            else:
                amount = parse_arabic(num)
                factor = AMOUNT_FACTOR.get(unit)
                amount_cny = amount * factor if factor else None
        end = n.start + len(n.text)
        date, date_text = _date(text[end : max(end, ev.cue_start)], year)
        if date_text is None:
            # "6月18日,总投资20亿元的X项目举行开工仪式": a date standing before the clause
            prev_clause = [t for s_, t in ((s_, text[s_:e_]) for s_, e_ in clauses.items()) if clauses[s_] == cs - 1]
            if prev_clause and DATE_RE.fullmatch(prev_clause[0].strip()):
                date, date_text = _date(prev_clause[0], year)
        loc = LOCATION_RE.search(text[cs : clauses.get(cs, len(text))])
        out.append(
            Investment(
                project_name=n.text,
                company_name=n.company or find_company(n.text) or company_prefix(n.text),
                stage=ev.stage,
                amount=amount,
                unit=unit,
                amount_cny=amount_cny,
                is_masked=masked,
                mask_text=mask,
                event_date=date,
                event_date_text=date_text,
                location=loc.group("loc") if loc else None,
                industry_code=industry_of(n.text, lex),
                sentence=sent,
                char_start=sent.start + n.start,
                char_end=sent.start + end,
            )
        )
    return out

"""Investment project events: a named project (or company) and what happened to it —
signed, started, under construction, completed, in production, planned — with the amount,
company, date, place and industry where the sentence gives them.

"投资*亿元的*金隅新型材料、投资*亿元的*秦河新材项目落户*并开工建设" gives two events;
"飞南铜资源再生利用项目于3月28日点火试产，4月11日竣工投产" gives two stages of one project.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .numbers import ARABIC, MASK, parse_arabic
from .segment import Span

STAGES: list[tuple[str, str]] = [
    ("in_production", r"竣工投产|建成投产|点火试产|试产|试生产|投入生产|正式投产|投产|达产|投入运营|建成运营"),
    ("completed", r"竣工|建成并?投入使用|建成|完工|交付使用|交付|投入使用"),
    ("signed", r"正式签约|签约落户|成功签约|签订|签署|签约"),
    ("started", r"开工建设|新开工|开工|动工|破土"),
    ("under_construction", r"加快建设|加快推进|加速推进|加快实施|在建|续建|建设中|全面施工|施工|复工|推进|加快"),
    ("planned", r"谋划|储备|前期工作|可研|拟建|拟|洽谈|通过评审|尽快落地|落地|规划"),
]
STAGE_RE = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in STAGES))
PROJECT_SUFFIX = (
    r"(?:项目|工程|产业园|工业园|园区|标准化厂房|厂房|基地|中心|加工厂|酒厂|工厂|厂|美食城|众创城|商业街|网红街|"
    r"生产线|专线|管网|一期|二期|三期|四期|市场)"
)
COMPANY_RE = re.compile(r"[\u4e00-\u9fa5A-Za-z()（）*×]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团|公司)")
AMOUNT_RE = re.compile(rf"(?:总投资|计划投资|合同投资额?|投资额?为?|投资)(?:约|达|超过?)?(?P<num>{ARABIC}|{MASK}) ?(?P<unit>亿元|万元|亿美元|万美元|亿|万)")
DATE_RE = re.compile(r"(?:于)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|(?P<part>初|中旬|下旬|底|末))?")
LEAD = re.compile(
    r"^(?:同时|并|已|实现了?|推动|督促|加快|力促|帮助|组织|重点|积极|全力|协调|确保|完成|成功|有序|促进|"
    r"配合城市建设指挥部|配合|争取|推进了?|其中|以及|和|及|与|如|包括|启动|全县|我县|目前|今年|上半年|下半年)+"
)
GENERIC = {"项目", "重点项目", "该项目", "一批项目", "工业项目", "招商项目", "招商引资项目", "建设项目", "重大项目",
           "产业项目", "新项目", "在建项目", "续建项目", "新建项目", "基础设施", "园区", "工程"}
AMOUNT_FACTOR = {"亿元": 1e8, "万元": 1e4, "亿": 1e8, "万": 1e4, "亿美元": None, "万美元": None}


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


def _stage_of(m: re.Match[str]) -> str:
    return next(name for name, _ in STAGES if m.group(name))


def _split_names(segment: str) -> list[tuple[int, str]]:
    """Project names in a stretch of text before a stage verb, with local offsets."""
    out: list[tuple[int, str]] = []
    pos = 0
    for piece in re.split(r"(、|和|及|以及|与|[,，;；:：])", segment):
        start = pos
        pos += len(piece)
        if piece in ("、", "和", "及", "以及", "与") or re.fullmatch(r"[,，;；:：]", piece or ""):
            continue
        name = piece
        lead = LEAD.match(name)
        if lead:
            start += lead.end()
            name = name[lead.end() :]
        am = re.match(rf"^(?:总投资|计划投资|投资)(?:约|达)?(?:{ARABIC}|{MASK}) ?(?:亿元|万元|亿|万)的?", name)
        if am:
            start += am.end()
            name = name[am.end() :]
        name = re.sub(r"(?:等\d*个?(?:重大|重点)?(?:项目|企业)|等项目|等企业|等)$", "", name)
        name = re.sub(r"(?:落户.*|于.*|在.*|已.*|正式|顺利|全面|实现|并|均|目前)$", "", name)
        name = name.strip(" “”\"'《》")
        if len(name) < 3 or name in GENERIC or re.search(r"[。]", name):
            continue
        if not (re.search(PROJECT_SUFFIX + r"$", name) or COMPANY_RE.search(name) or re.search(r"[*×X]", name[:2])):
            if not re.search(r"等(?:项目|企业)", segment[pos : pos + 6]):
                continue
        out.append((start, name))
    return out


def extract_investments(sent: Span, lex: Lexicon, year: int | None) -> list[Investment]:
    text = sent.text
    if not re.search(r"项目|工程|公司|集团|产业园|厂|基地|投产|开工|签约|竣工", text):
        return []
    out: list[Investment] = []
    last_end = 0
    last_names: list[tuple[int, str]] = []
    for m in STAGE_RE.finditer(text):
        stage = _stage_of(m)
        segment = text[last_end : m.start()]
        names = [(last_end + local, name) for local, name in _split_names(segment)]
        if not names and last_names and re.fullmatch(r"[,，]?[\d月日于初中下旬底末并再后]*", segment):
            names = last_names  # 3月28日点火试产，4月11日竣工投产: same project, next stage
        if not names:
            last_end = m.end()
            continue
        for start, name in names:
            amount_m = None
            for am in AMOUNT_RE.finditer(text[max(0, start - 20) : m.start()]):
                amount_m = am
            amount = unit = amount_cny = mask = None
            masked = False
            if amount_m is not None:
                num, unit = amount_m.group("num"), amount_m.group("unit")
                if re.fullmatch(MASK, num):
                    masked, mask = True, num
                else:
                    amount = parse_arabic(num)
                    factor = AMOUNT_FACTOR.get(unit)
                    amount_cny = amount * factor if factor else None
            company = COMPANY_RE.search(name)
            date_m = None
            for dm in DATE_RE.finditer(text[last_end : m.start()]):
                date_m = dm
            event_date = None
            date_text = None
            if date_m is not None:
                date_text = date_m.group(0)
                mo = int(date_m.group("m"))
                day = int(date_m.group("d")) if date_m.group("d") else None
                if year and 1 <= mo <= 12 and day and 1 <= day <= 31:
                    try:
                        event_date = dt.date(year, mo, day)
                    except ValueError:
                        event_date = None
            loc_m = re.search(r"落户(?P<loc>[\u4e00-\u9fa5*X]{2,12}?(?:镇|乡|街道|园区|工业园|产业园|开发区|高新区))", text[m.start() - 30 if m.start() > 30 else 0 : m.end() + 20])
            industry = None
            for kw in sorted(lex.industry_keywords, key=len, reverse=True):
                if kw in name:
                    industry = lex.industry_keywords[kw]
                    break
            out.append(
                Investment(
                    project_name=name,
                    company_name=company.group(0) if company else None,
                    stage=stage,
                    amount=amount,
                    unit=unit,
                    amount_cny=amount_cny,
                    is_masked=masked,
                    mask_text=mask,
                    event_date=event_date,
                    event_date_text=date_text,
                    location=loc_m.group("loc") if loc_m else None,
                    industry_code=industry,
                    sentence=sent,
                    char_start=sent.start + start,
                    char_end=sent.start + start + len(name),
                )
            )
        last_names = names
        last_end = m.end()
    return out

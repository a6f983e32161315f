"""Periods: "1-6月", "1—9月份", "上半年", "前三季度", "第三季度", "全年", "截至6月底", "2022年".

A Period is what a figure covers: year (None when not stated or masked) and months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import cn2an

YEAR = r"(?P<year>(?:19|20)\d{2}|20[xX×*]{2}|[xX×*]{4})年(?:度)?"
RANGE_SEP = r"(?:-|—|–|~|〜|至|到)"
CN_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九]|(?<![万亿千百\d美])元(?=月?(?:-|—|–|~|〜|至|到)))"  # 元月: January
QUARTER_NUM = {"一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}


@dataclass(frozen=True)
class Period:
    year: int | None
    start_month: int | None
    end_month: int | None
    period_type: str  # month, quarter, ytd, half_year, year, other
    label: str
    year_stated: bool = False  # the year was written next to it

    def with_year(self, year: int | None) -> Period:
        if self.year_stated or year is None:
            return self
        return replace(self, year=year)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    period: Period
    is_base: bool = False  # a comparison base ("较1-2月", "比上年同期"), not the figure's own period
    is_since: bool = False  # "今年以来", "2023年以来": up to the report's period
    is_target: bool = False  # 全年 in "完成全年任务", "全年考核目标": the period of a target
    is_current: bool = False  # "当月", "本月": the last month of the period in force


def _month(text: str) -> int | None:
    if text == "元":
        return 1
    if text.isdigit():
        m = int(text)
    else:
        try:
            m = int(cn2an.cn2an(text, "smart"))
        except (ValueError, KeyError):
            return None
    return m if 1 <= m <= 12 else None


def _year(text: str | None) -> tuple[int | None, bool]:
    if not text:
        return None, False
    if text.isdigit():
        return int(text), True
    return None, True  # masked year: stated, but unknown


def _ytd_type(start: int, end: int) -> str:
    if start == end:
        return "month"
    if start == 1 and end == 12:
        return "year"
    if start == 1 and end == 6:
        return "ytd"
    if start == 1:
        return "ytd"
    if (start, end) in ((1, 3), (4, 6), (7, 9), (10, 12)):
        return "quarter"
    if (start, end) == (7, 12):
        return "half_year"
    return "other"


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?:{YEAR})?(?P<m1>{CN_MONTH})月?(?:份)?{RANGE_SEP}(?P<m2>{CN_MONTH})月(?:份)?"), "range"),
    (re.compile(rf"(?:{YEAR})?(?P<half>上|下)半年"), "half"),
    (re.compile(r"(?<![近过多个])(?P<half>)半年累计"), "half"),  # 6月…,半年累计完成: the first half
    (re.compile(rf"(?:{YEAR})?(?:前三季度|前3季度|(?:一|1)(?:至|-|—|~)(?:三|3)季度)"), "q3ytd"),
    (re.compile(rf"(?:{YEAR})?(?:前两季度|前二季度)"), "q2ytd"),
    (re.compile(rf"(?:{YEAR}|今年)?(?<![提超])前(?P<m>\d{{1,2}}|十[一二]?|[一二三四五六七八九两])个月"), "firstmonths"),
    (re.compile(rf"(?:{YEAR})?第?(?P<q>[一二三四1-4])季度"), "quarter"),
    (
        re.compile(rf"(?P<upto>截至|截止|截止到|截至到|到|(?<![防禁停中终])止)?(?:{YEAR})?(?P<m>{CN_MONTH})月(?:份)?(?P<end>末|底)"),
        "monthend",
    ),
    (re.compile(rf"(?P<upto>截至|截止|截止到|截至到)?(?:{YEAR})?(?P<m>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月份"), "month"),
    # 截止9月30日,我区完成…: the months up to that day
    (re.compile(rf"(?P<upto>截至|截止|截止到|截至到)(?:{YEAR})?(?P<m>\d{{1,2}})月\d{{1,2}}日"), "month"),
    (re.compile(rf"(?:{YEAR})?(?<![\d-])(?P<m>\d{{1,2}})月(?=[,，:：]|当月|(?:全|我|本)(?:县|区|市))"), "month"),
    # 1-7月…增长3.6%。其中,7月增长13.1%: the month itself, picked out of the months to date
    (re.compile(r"(?:(?<=其中)|(?<=其中[,，]))(?P<m>\d{1,2})月(?=(?:份)?(?:同比)?(?:增长|下降|增速|实现|完成))"), "month"),
    (re.compile(rf"(?:{YEAR}|今年)全年|全年"), "fullyear"),
    (re.compile(rf"(?:{YEAR}|今年)(?:以来)"), "since"),
    (re.compile(r"(?<![\d上下])(?:当月|本月)(?!份?(?:以来|底|末))"), "current"),
    # xx年,全县共接待客商…: a year that opens a clause is the whole of that year
    (
        re.compile(
            r"(?<![\u4e00-\u9fa5\dxX×*])(?P<year>(?:19|20)\d{2}|20[xX×*]{2}|[xX×*]{2,4})年"
            r"(?=[,，]?(?:全县|全区|我县|我区|全市|我市))"
            # 2023年,在县委、县政府的正确领导下,…: a year that opens the sentence
            r"|^\s*(?P<year2>(?:19|20)\d{2})年(?=[,，])"
        ),
        "fullyear",
    ),
    (re.compile(rf"{YEAR}(?![\d月上下前第一二三四1-4])"), "year"),
]


TARGET_AFTER = re.compile(r"[^,，;；。]{0,8}?(?:任务|目标|计划|考核|预算)")


def find_periods(text: str) -> list[PeriodMention]:
    """All period expressions in text, left to right, without overlaps."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            period = _build(m, kind)
            if period is None:
                continue
            before = text[max(0, m.start() - 5) : m.start()]
            is_base = bool(re.search(r"(?:较|比|同比|比上年|与)(?:今年|去年|上年)?$", before)) or bool(
                # 同比增长22.6%,1-4月提高5.0个百分点: the earlier period a change is measured from
                re.match(r"(?:增速|增幅)?(?:提高|提升|加快|回升|扩大|回落|下降|放缓|收窄)了?\d+(?:\.\d+)?个?百分点", text[m.end() :])
            )
            is_target = (period.start_month, period.end_month) == (1, 12) and bool(
                TARGET_AFTER.match(text, m.end())
                or re.search(r"下达$", text[max(0, m.start() - 2) : m.start()])
                # 完成投资3.045亿元,占全年投资的49.92%: the year's plan completed against
                or (re.search(r"占$", text[max(0, m.start() - 1) : m.start()]) and re.match(r"[^,，;；。]{0,6}?的", text[m.end() :]))
            )
            found.append(
                PeriodMention(
                    m.start(),
                    m.end(),
                    period,
                    is_base,
                    kind == "since",
                    is_target,
                    kind == "current" or (kind == "month" and text.startswith("当月", m.end())),
                )
            )
            taken.append((m.start(), m.end()))
    found.sort(key=lambda p: p.start)
    for i, pm in enumerate(found):
        q = pm.period
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        after = text[pm.end : min(nxt, pm.end + 30)]
        if (
            q.period_type == "month"
            and (q.start_month or 0) > 1
            and not pm.is_current
            and not pm.is_base
            and re.search(r"累计", after)
            and not re.search(r"当月|本月|[。;；]", after[: after.find("累计")])
        ):
            # 6月,全区一般公共预算收入累计完成316580万元: the months up to June
            found[i] = replace(pm, period=replace(q, start_month=1, period_type="ytd"))
    ytd_ends = {p.period.end_month for p in found if p.period.start_month == 1 and not p.is_base}
    for i, pm in enumerate(found):
        q = pm.period
        if (
            q.period_type == "quarter"
            and q.start_month not in (None, 1)
            and q.end_month in ytd_ends
            and not re.search(r"第|单|当季", text[max(0, pm.start - 1) : pm.end + 2])
        ):
            # 截止9月30日,…为市下三季度目标33.23亿元的101.78%: the quarters so far, as the sentence counts
            found[i] = replace(pm, period=replace(q, start_month=1, period_type="ytd"))
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if a.is_base and not b.is_base and re.fullmatch(r"[、和及与]", text[a.end : b.start]):
            # 比今年1-3月、1-4月…分别提高; 较上半年和1-5月分别提高: every base of the list
            found[i] = replace(b, is_base=True)
    return found


def _build(m: re.Match[str], kind: str) -> Period | None:
    gd = m.groupdict()
    year, stated = _year(gd.get("year") or gd.get("year2"))
    label = m.group(0)
    if kind == "range":
        a, b = _month(gd["m1"]), _month(gd["m2"])
        if a is None or b is None or a > b:
            return None
        return Period(year, a, b, _ytd_type(a, b), label, stated)
    if kind == "half":
        a, b = (7, 12) if gd["half"] == "下" else (1, 6)
        return Period(year, a, b, "half_year", label, stated)
    if kind == "firstmonths":  # 前10个月: January to October
        mo = 2 if gd["m"] == "两" else _month(gd["m"])
        return None if mo is None else Period(year, 1, mo, _ytd_type(1, mo), label, stated)
    if kind == "q3ytd":
        return Period(year, 1, 9, "ytd", label, stated)
    if kind == "q2ytd":
        return Period(year, 1, 6, "ytd", label, stated)
    if kind == "quarter":
        q = QUARTER_NUM[gd["q"]]
        return Period(year, 3 * q - 2, 3 * q, "quarter", label, stated)
    if kind == "monthend":
        mo = _month(gd["m"])
        if mo is None:
            return None
        if gd.get("upto"):
            return Period(year, 1, mo, _ytd_type(1, mo), label, stated)
        return Period(year, mo, mo, "month", label, stated)
    if kind == "month":
        mo = _month(gd["m"])
        if mo is not None and gd.get("upto"):  # 截止5月份: the months up to it
            return Period(year, 1, mo, _ytd_type(1, mo), label, stated)
        return None if mo is None else Period(year, mo, mo, "month", label, stated)
    if kind == "fullyear":
        return Period(year, 1, 12, "year", label, stated)
    if kind == "since":
        return Period(year, None, None, "other", label, stated)
    if kind == "current":
        return Period(None, None, None, "month", label)
    if kind == "year":
        if not stated:
            return None
        return Period(year, None, None, "other", label, stated)
    return None


def period_label(p: Period) -> str:
    y = f"{p.year}年" if p.year else ""
    if p.start_month is None:
        return y or "未注明"
    if (p.start_month, p.end_month) == (1, 12):
        return f"{y}全年"
    if p.start_month == p.end_month:
        return f"{y}{p.start_month}月"
    return f"{y}{p.start_month}-{p.end_month}月"

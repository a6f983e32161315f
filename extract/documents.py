"""Report-level facts: title, department, county, main period and year."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import Place, load_gazetteer
from .periods import Period, find_periods
from .segment import Line

DEPARTMENT_RE = re.compile(
    r"(?:[\u4e00-\u9fa5]{0,8}?(?:县|区|市|旗))?(?:工业和信息化局|工信局|经济和信息化局|经信局|商务局|财政局|统计局|"
    r"发展和改革局|发改局|发展改革局|科技局|科学技术局|投资促进局|投促局|招商局|住房和城乡建设局|住建局|"
    r"农业农村局|自然资源局|市场监督管理局|工业园区管委会|经济开发区管委会|人民政府|政府办公室)"
)
MASKED_COUNTY_RE = re.compile(
    r"(?<![\u4e00-\u9fa5])(?:[xX×*＊]{1,3}|某)(?:县|区|市|旗)(?![\u4e00-\u9fa5]{0,1}[场级委])"
)
YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
MASKED_YEAR_RE = re.compile(r"20[xX×*]{2}年|[xX×*]{4}年")


@dataclass
class ReportInfo:
    title: str | None
    department: str | None
    county_text: str | None
    county_adcode: str | None
    county_is_masked: bool
    report_year: int | None
    period: Period | None


def detect_title(lines: list[Line]) -> str | None:
    if not lines:
        return None
    first = lines[0].text.strip()
    if len(first) <= 60 and not re.search(r"[。；;]", first) and not first.startswith(("一、", "(一)")):
        return first
    return None


def _county_candidates(text: str) -> Counter[str]:
    places = load_gazetteer()
    names = {p.name for p in places if p.level == "county" and (len(p.name) >= 3 or p.name.endswith("县"))}
    counts: Counter[str] = Counter()
    for name in names:
        if name not in text:
            continue
        # 我局会同县融媒体中心, 电商示范县: a county's name inside a word is no mention of it
        n = sum(1 for m in re.finditer(re.escape(name), text) if _stands_alone(text, m.start()))
        if n:
            counts[name] = n
    # a name inside a longer one (e.g. 朝阳县 in 北票市朝阳县) counts once, as the longer
    for a in list(counts):
        for b in counts:
            if a != b and a in b:
                counts[a] -= counts[b]
    return +counts


def _stands_alone(text: str, at: int) -> bool:
    """A place name at `at` begins a word: after punctuation, a line start, a parent unit
    (市, 州, 省, 盟, 地区), a time (年, 度, 月, 季) or a preposition."""
    if at == 0:
        return True
    prev = text[at - 1]
    return not re.match(r"[\u4e00-\u9fa5]", prev) or prev in "市州省盟区年度月季于在和与及对为是了、"


def resolve_county(text: str, title: str | None) -> tuple[str | None, str | None, bool]:
    """(county as written, adcode, is_masked) for a report text."""
    head = (title or "") + "\n" + text[:300]
    counts = _county_candidates(text)
    best: str | None = None
    if counts:
        ranked = sorted(counts.items(), key=lambda kv: (-(kv[1] + 5 * head.count(kv[0])), kv[0]))
        name, n = ranked[0]
        in_head = head.count(name) > 0
        runner = ranked[1][1] + 5 * head.count(ranked[1][0]) if len(ranked) > 1 else 0
        score = n + 5 * head.count(name)
        if (in_head or n >= 2 or len(ranked) == 1) and score > runner:
            best = name
    if best is None:
        m = MASKED_COUNTY_RE.search(head) or MASKED_COUNTY_RE.search(text)
        if m:
            return m.group(0), None, True
        return None, None, False
    return best, _adcode_for(best, text), False


def _adcode_for(name: str, text: str) -> str | None:
    """The adcode of a county name; when names repeat, the one whose city or province the text names."""
    cands: list[Place] = [p for p in load_gazetteer() if p.name == name and p.level == "county"]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0].adcode

    def support(p: Place) -> int:
        score = 0
        for nm in (p.city_name, p.province_name):
            if nm:
                score += text.count(nm) + text.count(re.sub(r"(市|省|自治州|地区|盟)$", "", nm))
        return score

    ranked = sorted(cands, key=lambda p: (-support(p), p.adcode))
    if support(ranked[0]) > support(ranked[1]):
        return ranked[0].adcode
    return None


def _own_years(text: str) -> Iterator[re.Match[str]]:
    """Years written in text, less those that are only a base of comparison (比2019年同期增长13.4%)."""
    for m in YEAR_RE.finditer(text):
        if re.search(r"(?:比|较|与|同)$", text[max(0, m.start() - 1) : m.start()]) or text.startswith("同期", m.end()):
            continue
        yield m


def report_period(lines: list[Line], text: str, title: str | None) -> tuple[Period | None, int | None]:
    """The report's main period and year: from the title, else the opening lines, else the
    most frequent clause period; the year from the title, else the first year written."""
    year: int | None = None
    masked_year = False
    for src in ([title] if title else []) + [text[:300]]:
        m = next(_own_years(src), None)
        mm = MASKED_YEAR_RE.search(src)
        if mm and (not m or mm.start() < m.start()):
            masked_year = True
            break
        if m:
            year = int(m.group(1))
            break
    if year is None and not masked_year:
        years = Counter(int(y.group(1)) for y in _own_years(text))
        if years:
            year = years.most_common(1)[0][0]
    stated = [p.period for p in find_periods(text) if not p.is_base and p.period.start_month is not None]
    period: Period | None = None
    for src in ([title] if title else []) + [ln.text for ln in lines[:3]]:
        own = [p for p in find_periods(src) if not p.is_base and p.period.start_month is not None]
        if own:
            period = own[0].period
            break
    if period is None:
        counts = Counter((p.start_month, p.end_month, p.period_type, p.label) for p in stated)
        if counts:
            (a, b, t, label), _ = counts.most_common(1)[0]
            period = Period(None, a, b, t, label)
    if period is not None and period.start_month == period.end_month and (period.end_month or 0) > 1:
        # 10月份,示范区规模以上工业…;1-10月,…增长14.3%: a monthly report whose figures run from January
        ytd = [p for p in stated if p.start_month == 1 and p.end_month == period.end_month]
        if ytd:
            period = Period(period.year, 1, period.end_month, "ytd", ytd[0].label, period.year_stated)
    if period is not None:
        if period.year is None and not period.year_stated:
            period = period.with_year(year)
        if period.year is not None:
            year = year or period.year
    elif year is not None:
        period = Period(year, None, None, "other", f"{year}年", True)
    return period, year


def report_info(text: str, lines: list[Line], manifest: dict[str, str] | None = None) -> ReportInfo:
    title = detect_title(lines)
    dept_m = DEPARTMENT_RE.search((title or "") + "\n" + text[:500])
    department = dept_m.group(0) if dept_m else None
    if department:  # 记者从县统计局, 我代表区人民政府, 2024年天台县人民政府: the department only
        department = re.sub(
            r"^.*?(?:\d年|年(?=[\u4e00-\u9fa5]{2,6}县)|记者从|笔者从|从|代表|据|访问)(?=[\u4e00-\u9fa5]{0,8}(?:县|区|市|旗|局|委|办|政府))",
            "",
            department,
        )
    county_text, adcode, masked = resolve_county(text, title)
    period, year = report_period(lines, text, title)
    if manifest:
        if manifest.get("adcode"):
            adcode = manifest["adcode"].strip()[:6]
            masked = False
        if manifest.get("county"):
            county_text = manifest["county"].strip()
            if not manifest.get("adcode"):
                adcode = _adcode_for(county_text, text)
                masked = False
        if manifest.get("department"):
            department = manifest["department"].strip()
        if manifest.get("year", "").strip().isdigit():
            year = int(manifest["year"])
            if period is not None and not period.year_stated:
                period = Period(year, period.start_month, period.end_month, period.period_type, period.label)
    return ReportInfo(title, department, county_text, adcode, masked, year, period)

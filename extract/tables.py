"""Tables flattened into text ("指标 | 1-6月 | 同比增长(%) |" rows, from .txt or .docx).

The header row gives each column's meaning and unit; each data row's label is either an
indicator (row label = indicator) or a subject (a county, a sector) of the caption's indicator.
Offsets point at the cell's number in the report text.
"""

from __future__ import annotations

import re

from .indicators import DocContext, Fact, Item, Ref, SentenceExtractor, exact_product, unit_family
from .numbers import ARABIC, MASK, Figure, parse_arabic
from .periods import Period, find_periods
from .segment import Line, Span

CELL_NUM = re.compile(rf"^\s*(?P<sign>-)?(?P<num>{ARABIC}|{MASK})\s*(?P<pct>%)?\s*$")
HEADER_UNIT = re.compile(r"[(（](?P<u>[^)）]{1,8})[)）]")


class TableReader:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.ex = SentenceExtractor(ctx)
        self.header: list[str] | None = None
        self.units_line: list[str] = []
        self.caption_ref: Ref | None = None

    def other_line(self, line: Line) -> None:
        self.header = None
        m = re.search(r"单位[:：]\s*(?P<u>.+)$", line.text)
        if m:
            self.units_line = [u.strip() for u in re.split(r"[、,，/ ]", m.group("u")) if u.strip()]
        else:
            refs = [r for r in self.ex.find_refs(line.text) if r.code]
            if refs and not re.search(r"[。；;]", line.text):
                self.caption_ref = refs[-1]
                self.units_line = []

    def _cells(self, line: Line, text: str) -> list[tuple[int, int, str]]:
        out = []
        pos = line.start
        for raw in line.text.split("|"):
            start = pos
            end = pos + len(raw)
            pos = end + 1
            out.append((start, end, raw.strip()))
        if out and out[-1][2] == "":
            out.pop()
        return out

    def row(self, line: Line, text: str) -> list[Fact]:
        cells = self._cells(line, text)
        if not cells:
            return []
        numeric = [bool(CELL_NUM.match(c[2])) for c in cells[1:]]
        if self.header is None or (numeric and not any(numeric)):
            self.header = [c[2] for c in cells]
            return []
        label = re.sub(r"^(?:其中|其中:)", "", re.sub(r"\s+", "", cells[0][2])).lstrip(":：")
        unit_col = next((k for k, h in enumerate(self.header) if re.sub(r"\s+", "", h) in ("单位", "计量单位")), None)
        row_unit = cells[unit_col][2] if unit_col is not None and unit_col < len(cells) else None
        label_refs = [r for r in self.ex.find_refs(label) if r.code]
        facts: list[Fact] = []
        sent = Span(line.start, line.end, line.text)
        for j, (start, end, cell) in enumerate(cells[1:], start=1):
            m = CELL_NUM.match(cell)
            if not m:
                continue
            head = self.header[j] if j < len(self.header) else ""
            head_c = re.sub(r"\s+", "", head)
            if j == unit_col:
                continue
            unit = self._unit(head_c, m.group("pct"))
            if row_unit and unit is None:
                unit = row_unit
            measure, basis = "value", "actual"
            if re.search(r"排位|排名|位次|名次", head_c):
                measure = "rank"
            elif re.search(r"增长|增速|增幅|同比|比增", head_c):
                measure = "yoy_pct"
            elif re.search(
                r"完成率|完成进度|完成比例|完成(?:全年|年度|年)?(?:目标|计划|任务)|占(?:全年|年度|年)?(?:目标|计划)",
                head_c,
            ):
                measure = "completion_pct"
            elif re.search(r"占比|比重", head_c):
                measure = "share_pct"
            elif re.search(r"计划|目标|任务", head_c):
                basis = "target"
            if measure == "value" and unit == "%":
                measure = "value"
            head_refs = [r for r in self.ex.find_refs(head_c) if r.code]
            subject = None
            if label_refs:
                ref = label_refs[-1]
            elif head_refs:
                ref = head_refs[-1]
                subject = ("other", label)
            elif self.caption_ref is not None:
                ref = self.caption_ref
                subject = ("other", label)
                if re.search(r"个数|数量|项目数|家数", head_c):
                    ref = Ref(None, label + head_c, 0, 0)
            else:
                ref = Ref(None, label + head_c, 0, 0)
            num_start = start + text[start:end].find(cell)
            num_end = num_start + len(cell)
            masked = bool(re.fullmatch(MASK, m.group("num")))
            value = None if masked else parse_arabic(m.group("num")) * (-1 if m.group("sign") else 1)
            fig = Figure(num_start - line.start, num_end - line.start, m.group("num"), unit, value, masked)
            it = Item(fig.start, fig.end, fig)
            pms = [p for p in find_periods(head_c) if not p.is_base]
            period, psource = self.ctx.context_period()
            if pms:
                period = pms[-1].period.with_year(self.ctx.context_year())
                if period.start_month is None:
                    rp = self.ctx.report_period
                    same = rp is not None and rp.year == period.year and rp.start_month is not None
                    period = Period(
                        period.year,
                        rp.start_month if same else 1,
                        rp.end_month if same else 12,
                        rp.period_type if same else "year",
                        period.label,
                        True,
                    )
                psource = "table"
            elif basis == "target":
                period, psource = Period(self.ctx.context_year(), 1, 12, "year", "全年"), "target"
            if measure == "rank":
                if masked or value is None or value != int(value) or not 1 <= value <= 200:
                    continue
                it = Item(fig.start, fig.end, None, value, cell)
            fact = self.ex._make_fact(sent, it, ref, measure, 1, basis, period, psource, subject, line.text)
            if measure == "rank":
                facts.append(fact)
                continue
            fact.unit = unit if not m.group("pct") else "%"
            if measure == "value":
                fact.unit_std, factor, _ = unit_family(self.ctx.lex, fact.unit)
                fact.value_std = None if value is None else exact_product(value, factor)
            facts.append(fact)
        return facts

    def _unit(self, head: str, pct: str | None) -> str | None:
        if pct:
            return "%"
        m = HEADER_UNIT.search(head)
        if m:
            u = m.group("u").replace("％", "%")
            return u
        if re.search(r"率|比重|占比|增长|增速|增幅", head):
            return "%"
        if self.units_line:
            counts = [u for u in self.units_line if u in ("个", "家", "项", "户", "人", "宗")]
            others = [u for u in self.units_line if u not in counts]
            if re.search(r"个数|数量|项目数|家数|户数|人数|数$", head) and counts:
                return counts[0]
            if others:
                return others[0]
        return None

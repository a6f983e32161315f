"""Tables flattened into text ("指标 | 1-6月 | 同比增长(%) |" rows, from .txt or .docx).

The header row gives each column's meaning and unit; each data row's label is either an
indicator (row label = indicator) or a subject (a county, a sector) of the caption's indicator.
Offsets point at the cell's number in the report text.
"""

from __future__ import annotations

import re

from .indicators import PARK_SUFFIX, DocContext, Fact, Item, Ref, SentenceExtractor, exact_product, unit_family
from .numbers import ARABIC, MASK, Figure, parse_arabic
from .periods import Period, find_periods
from .segment import Line, Span

CELL_NUM = re.compile(rf"^\s*(?P<sign>-)?(?P<num>{ARABIC}|{MASK})\s*(?P<pct>%)?\s*$")
HEADER_UNIT = re.compile(r"[(（](?P<u>[^)）]{1,8})[)）]")


def _units(written: str) -> list[str]:
    """单位:个、万元 → ["个", "万元"]."""
    return [u.strip() for u in re.split(r"[、,，/ ]", written) if u.strip()]


class TableReader:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.ex = SentenceExtractor(ctx)
        self.header: list[str] | None = None
        self.header_open = False  # the last table line was a header row
        self.parent_ref: Ref | None = None  # the indicator of the "一、" row over "1、" rows
        self.units_line: list[str] = []
        self.caption_ref: Ref | None = None
        self.last_label: str | None = None
        self.section: tuple[str, str] | None = None  # "其中:开发区" over the rows below

    def other_line(self, line: Line) -> None:
        if re.fullmatch(r"[\s|]*", line.text):
            return  # a lone "|" between rows of a copied table
        self.header = None
        self.header_open = False
        self.section = None
        m = re.search(r"单位[:：]\s*(?P<u>.+)$", line.text)
        if m:
            self.units_line = _units(m.group("u"))
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
        if cells and not cells[0][2] and len(cells) > 1:
            cells = cells[1:]  # "| 4326 | 5.5 |": a row that opens with its separator
        for c in cells:
            m = re.match(r"单位[:：]\s*(?P<u>\S+)$", c[2])
            if m:  # "单位:个、万元" in a cell of the header
                self.units_line = _units(m.group("u"))
        cells = [c for c in cells if not re.match(r"单位[:：]", c[2])]
        if not cells:
            return []
        numeric = [bool(CELL_NUM.match(c[2])) for c in cells[1:]]
        if self.header is None or (numeric and not any(numeric)) or (self.header_open and not any(numeric)):
            if self.header_open and self.header is not None and not line.text.lstrip().startswith("|"):
                # "| 项目名称 | 计算单位 |" / "3月 | 1-3月累计 |" / "同比增长(%) | 结构(%) |": a header
                # row wrapped over lines goes on
                self.header = self.header + [c[2] for c in cells]
            else:
                self.header = [c[2] for c in cells]
            self.header_open = True
            self.last_label = None
            return []
        self.header_open = False
        filled = [c for c in cells if c[2]]
        if len(filled) == 1 and not CELL_NUM.match(filled[0][2]):
            part = re.match(r"^其中[:：]?(?P<p>[\u4e00-\u9fa5]{2,16})$", filled[0][2])
            if part:  # "| 其中:开发区 |": the rows below are the park's
                name = part.group("p")
                self.section = ("park" if re.search(PARK_SUFFIX + "$", name) else "other", name)
            return []
        reflowed = self._reflow(cells)
        if reflowed is not None:
            facts: list[Fact] = []
            header, rows = reflowed
            for row_cells in rows:
                facts.extend(self._row(line, text, row_cells, header))
            return facts
        return self._row(line, text, cells, self.header)

    def _reflow(
        self, cells: list[tuple[int, int, str]]
    ) -> tuple[list[str], list[list[tuple[int, int, str]]]] | None:
        """A table whose row breaks were lost in copying: "| 4326 | 5.5 | 4326 | 5.5 | 其中:规模以上 | 501 |
        7.1 | 501 | 7.1 | 工业总产值 | 309748 | …" after the header "指标名称 | 本月 | 同比% | 累计 | 同比% |
        企业单位数". Cut into rows of a label and as many numbers as every label has; the header
        keeps its last columns, and a label left at its end opens the first row."""
        assert self.header is not None
        # a segment is a label (unless the line opens with numbers) and the numbers after it
        segments: list[list[tuple[int, int, str]]] = [[]]
        widths: list[int] = [0]
        for c in cells:
            if CELL_NUM.match(c[2]):
                widths[-1] += 1
            elif segments[-1]:
                segments.append([])
                widths.append(0)
            segments[-1].append(c)
        opens_with_number = bool(CELL_NUM.match(cells[0][2]))
        n = widths[0]
        if len(segments) < 2 or n < 2 or any(w != n for w in widths):
            return None
        labels = [len(seg) - w for seg, w in zip(segments, widths)]
        if labels != [0 if k == 0 and opens_with_number else 1 for k in range(len(segments))]:
            return None
        header = self.header
        if opens_with_number:
            pending = self.last_label if self.last_label is not None else header[-1]
            if self.last_label is None:
                header = header[:-1]
            segments[0] = [(segments[0][0][0], segments[0][0][0], pending), *segments[0]]
        if len(header) < n + 1:
            return None
        header = self.header = header[-(n + 1) :]
        rows: list[list[tuple[int, int, str]]] = []
        parent = None
        for seg in segments:
            label = seg[0][2]
            part = re.match(r"^其中[:：]?(?P<p>.+)$", re.sub(r"\s+", "", label))
            if part and parent is not None:
                # 其中:规模以上 under 工业总产值: 规模以上工业总产值
                label = part.group("p") + parent.removeprefix("全部")
            else:
                parent = label
            rows.append([(seg[0][0], seg[0][1], label), *seg[1:]])
        self.last_label = rows[-1][0][2]
        return header, rows

    def _row(self, line: Line, text: str, cells: list[tuple[int, int, str]], header: list[str]) -> list[Fact]:
        label = re.sub(r"^(?:其中|其中:)", "", re.sub(r"\s+", "", cells[0][2])).lstrip(":：")
        unit_col = next((k for k, h in enumerate(header) if re.sub(r"\s+", "", h) in ("单位", "计量单位", "计算单位")), None)
        row_unit = cells[unit_col][2] if unit_col is not None and unit_col < len(cells) else None
        label_refs = [r for r in self.ex.find_refs(label) if r.code]
        numbered = re.match(r"^(?P<top>[一二三四五六七八九十]+、)?(?P<sub>\d{1,2}[、.．])?(?P<name>.+)$", label)
        if numbered and numbered.group("top"):
            self.parent_ref = label_refs[-1] if label_refs else None
        elif numbered and numbered.group("sub") and self.parent_ref is not None:
            name = numbered.group("name")
            if re.search(r"业$", name) and (not label_refs or label_refs[-1].code != self.parent_ref.code):
                # 一、社会消费品零售总额 / 1、批发零售贸易业 / 2、餐饮业: the trades' parts of the total
                label_refs = [Ref(self.parent_ref.code, self.parent_ref.surface, 0, 0, ("industry", name))]
        if numbered:
            label = numbered.group("name")  # the row's words, without its number
        facts: list[Fact] = []
        sent = Span(line.start, line.end, line.text)
        col_period: tuple[Period | None, str] | None = None  # the period of the column before
        for j, (start, end, cell) in enumerate(cells[1:], start=1):
            m = CELL_NUM.match(cell)
            if not m:
                continue
            head = header[j] if j < len(header) else ""
            head_c = re.sub(r"\s+", "", head)
            if j == unit_col:
                continue
            unit = self._unit(head_c, m.group("pct"), label)
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
            elif re.search(r"占比|比重|^结构", head_c):
                measure = "share_pct"
            elif re.search(r"计划|目标|任务", head_c):
                basis = "target"
            if measure == "value" and unit == "%":
                measure = "value"
            head_refs = [r for r in self.ex.find_refs(head_c) if r.code]
            subject = None
            if label_refs:
                ref = label_refs[-1]
                subject = ref.subject
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
            pms = [p for p in find_periods(head_c) if not p.is_base and not p.is_current]
            period, psource = self.ctx.context_period()
            this_month = re.match(r"^(?:本月|当月)", head_c)
            if (this_month or re.match(r"^(?:本年)?累计", head_c)) and period is not None and period.end_month:
                # 本月 | 同比% | 累计 | 同比%: the month the report is about, and the months up to it
                start = period.end_month if this_month else 1
                period = Period(period.year, start, period.end_month, "month" if this_month else "ytd", head_c)
                psource = "table"
            elif col_period is not None and re.fullmatch(r"(?:同比|比增|增长|增速|增幅)+(?:[(（]?[%％][)）]?)?", head_c):
                period, psource = col_period  # 累计 | 同比%: the growth of the column before it
            elif (month := self._single_month(head_c, header)) is not None:
                # 3月 | 1-3月累计: the month alone beside the months up to it
                period, psource = Period(self.ctx.context_year(), month, month, "month", head_c), "table"
            elif pms:
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
            if psource == "table":
                col_period = (period, psource)
            if measure == "rank":
                if masked or value is None or value != int(value) or not 1 <= value <= 200:
                    continue
                it = Item(fig.start, fig.end, None, value, cell)
            subject = subject or self.section
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

    @staticmethod
    def _single_month(head: str, header: list[str]) -> int | None:
        """"3月" in a header that also has "1-3月": that month, else None."""
        m = re.fullmatch(r"(?:本月|当月)?(\d{1,2})月(?:份)?(?:当月)?", head)
        if m is None:
            return None
        ytd = rf"1\s*[-—~至]\s*{m.group(1)}\s*月"
        return int(m.group(1)) if any(re.search(ytd, h) for h in header) else None

    def _unit(self, head: str, pct: str | None, label: str = "") -> str | None:
        if pct or head.endswith(("%", "％")):
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
            if re.search(r"个数|数量|项目数|家数|户数|人数|单位数|企业数$", label) and counts:
                return counts[0]
            if others:
                return others[0]
        return None

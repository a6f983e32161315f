"""One report through the stages: normalise → segment → report info → facts and investments."""

from __future__ import annotations

from dataclasses import dataclass

from .documents import ReportInfo, report_info
from .indicators import DocContext, Fact, extract_facts
from .investments import Investment, extract_investments, section_stage_of
from .lexicon import Lexicon, load_lexicon
from .normalize import normalize_text
from .segment import split_lines, split_sentences


@dataclass
class ProcessedReport:
    text: str
    info: ReportInfo
    facts: list[Fact]
    investments: list[Investment]


def process_text(raw_text: str, manifest: dict[str, str] | None = None, lex: Lexicon | None = None) -> ProcessedReport:
    lex = lex or load_lexicon()
    text = normalize_text(raw_text)
    lines = split_lines(text)
    info = report_info(text, lines, manifest)
    ctx = DocContext(lex, info.period, info.report_year, county_text=info.county_text, text=text)
    facts = extract_facts(text, lines, ctx)
    investments: list[Investment] = []
    section_stage: str | None = None
    for line in lines:
        if line.is_table_row:
            continue
        if line.heading_level is not None and line.heading_level <= 3:
            # (一)签约项目。… (三)竣工投产项目。: the section says the stage of the projects it lists
            section_stage = section_stage_of(text[line.start : line.heading_end])
        for sent in split_sentences(line.text, line.start):
            investments.extend(extract_investments(sent, lex, info.report_year, section_stage))
    return ProcessedReport(text, info, facts, investments)

"""Segmentation with offsets: lines → headings and sentences → clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING_RE = re.compile(
    r"^(?:(?P<l1>第?[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章部分节])"
    r"|(?P<l2>[(（][一二三四五六七八九十]+[)）])"
    r"|(?P<l3>\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]))"
)
SENT_END = re.compile(r"[。！？!?]+|\n")
CLAUSE_SEP = re.compile(r"[,，;；:：]")


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Line:
    start: int
    end: int
    text: str
    heading_level: int | None  # 1, 2, 3 for 一、 / (一) / 1. ; None for body lines
    heading_end: int  # offset where the heading words end (== start when no heading)
    is_table_row: bool


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue
        m = HEADING_RE.match(raw)
        level = None
        head_end = start
        if m:
            level = 1 if m.group("l1") else 2 if m.group("l2") else 3
            # the heading words run to the first 。 or : (a numbered paragraph goes on after it)
            cut = re.search(r"[。:：]", raw)
            head_end = start + (cut.start() if cut else len(raw))
        elif len(raw) <= 40 and not re.search(r"[。，,；;]", raw) and not raw.count("|") >= 2:
            level = 4  # a short title-like line (the report title, a table caption)
            head_end = end
        out.append(Line(start, end, raw, level, head_end, raw.count("|") >= 2))
    return out


def split_sentences(text: str, base: int = 0) -> list[Span]:
    """Sentences of text (a line), with absolute offsets (base + local)."""
    out: list[Span] = []
    start = 0
    for m in SENT_END.finditer(text):
        end = m.end()
        piece = text[start:end]
        if piece.strip():
            out.append(Span(base + start, base + end, piece))
        start = end
    if start < len(text) and text[start:].strip():
        out.append(Span(base + start, base + len(text), text[start:]))
    return out


PASSAGE = re.compile(r"[(（][^()（）]*[;；][^()（）]*(?:[)）]|$)")


def clause_bounds(sentence: str) -> list[tuple[int, int]]:
    """Local (start, end) of the clauses of a sentence, split at , ; : outside brackets and
    not inside a number with thousands separators."""
    bounds = []
    depth = 0
    start = 0
    # (省、市重点建设项目29宗,完成投资105.66亿元…;县重点建设项目43宗,…): a bracket round whole
    # clauses, with a semicolon inside (closed in the sentence or not), is split like the rest
    passages: set[int] = set()
    for m in PASSAGE.finditer(sentence):
        passages.add(m.start())
        if m.group(0)[-1] in ")）":
            passages.add(m.end() - 1)
    for i, ch in enumerate(sentence):
        if i in passages:
            continue
        if ch in "(（【[":
            depth += 1
        elif ch in ")）】]":
            depth = max(0, depth - 1)
        elif depth == 0 and CLAUSE_SEP.match(ch):
            if ch == "," and i > 0 and sentence[i - 1].isdigit() and re.match(r"\d{3}(?!\d)", sentence[i + 1 : i + 5]):
                continue
            bounds.append((start, i))
            start = i + 1
    bounds.append((start, len(sentence)))
    return [(s, e) for s, e in bounds if e > s]

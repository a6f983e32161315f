"""Text normalisation: one form for full-width characters, simplified script, tidy whitespace.

The normalised text is what dim_report.report_text holds; every offset points into it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_EXTRA = {
    "\u2014": "—",  # keep em dash (range sign in 1—9月)
    "\u2012": "-",
    "\u2013": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u200b": "",
    "\ufeff": "",
}
_TABLE = str.maketrans({**_FULLWIDTH, **{ord(k): v for k, v in _EXTRA.items()}})
_SPACES = re.compile(r"[ \t\f\v]+")
_BLANK_LINES = re.compile(r"\n{2,}")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese with OpenCC (offline dictionaries shipped in the wheel)."""
    return _converter().convert(text)


_HEADING_START = re.compile(
    r"^(?:第?[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[■●◆★□○①-⑩])"
)


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join lines that layout wrapped (PDF text layers, hard-wrapped txt): a long line that ends
    without sentence punctuation continues on the next, unless that one opens a heading or a
    table row. Long means at least 80 % of the typical long line (the 90th percentile)."""
    lengths = sorted(len(x) for x in lines)
    if len(lengths) < 3:
        return lines
    wrap_at = max(20, int(0.8 * lengths[int(0.9 * (len(lengths) - 1))]))
    out: list[str] = []
    last_len = 0
    for line in lines:
        if (
            out
            and re.search(r"\d$", out[-1])
            and re.match(r"(?:亿|万|千|元|%|个|家|户|项|吨|亩|人|平方|公里|美元)", line)
        ):
            out[-1] = out[-1] + line  # 总投资56.2⏎亿元: a figure broken from its unit
        elif (
            out
            and last_len >= wrap_at
            and not re.search(r"[。！？!?；;:：|]$", out[-1])
            and not _HEADING_START.match(line)
            and line.count("|") < 2
        ):
            sep = " " if re.search(r"[A-Za-z0-9]$", out[-1]) and re.match(r"[A-Za-z0-9]", line) else ""
            out[-1] = out[-1] + sep + line
        else:
            out.append(line)
        last_len = len(line)
    return out


def normalize_text(text: str) -> str:
    """Return the canonical form of a report's text.

    Full-width ASCII (digits, letters, ％，（）－：；) become half-width, traditional characters
    become simplified, line endings become \\n, runs of spaces collapse to one, blank lines go,
    and lines wrapped by layout are joined.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TABLE)
    text = to_simplified(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(join_wrapped_lines([line for line in lines if line]))
    return _BLANK_LINES.sub("\n", text).strip()

"""Enterprise names: find them in a phrase and bring them to one normalised form.

Reports write the same company in several ways — "广东硕成科技股份有限公司" and "广东硕成科技有限公司",
"东阳光集团" and "东阳光集团有限公司", full-width or half-width brackets. The normalised name
drops the legal-form suffix (股份有限公司, 有限责任公司, 有限公司, 集团有限公司, 集团, 公司) and
unifies brackets and spacing, so that these variants meet in marts.dim_enterprise. Masked names
("**新能源科技有限公司", "XX纸业有限公司") are kept as written apart from the same tidying: a mask is
part of the name, never a wildcard.

The same rules exist in SQL (macros/enterprise_name.sql) for dbt; tests/test_investments.py
checks that both give the same result on the same names.
"""

from __future__ import annotations

import hashlib
import re

# longest first: the suffix removed is the longest one that ends the name
LEGAL_FORMS: tuple[str, ...] = (
    "集团股份有限公司",
    "集团有限责任公司",
    "集团有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "集团",
    "公司",
)
# words that make a bare name (no legal form) read as a business: 加美木业, 安里煤业, 联星实业
BUSINESS_WORDS: tuple[str, ...] = (
    "实业", "木业", "矿业", "煤业", "管业", "纸业", "米业", "糖业", "酒业", "茶业", "铜业", "铝业", "塑业",
    "药业", "制药", "水泥", "建材", "科技", "电子", "化工", "机械", "电器", "电气", "食品", "能源", "新材",
    "环保", "物流", "商贸", "贸易", "置业", "林业", "农业", "牧业", "股份", "纺织", "光电", "锂业", "钢铁",
    "陶瓷", "医药", "生物", "乳业", "饲料", "新材料",
)
COMPANY_RE = re.compile(
    r"[\u4e00-\u9fa5A-Za-z0-9()*×X]{2,40}?"
    r"(?:集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)"
)
_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")"})
_SPACE = re.compile(r"[ \t\n\r\f\v\u3000]+")
_QUOTES = re.compile(r"^[“”\"'《》]+|[“”\"'《》]+$")
_MASK = re.compile(r"[*×xX]")


def tidy(name: str) -> str:
    """Brackets to half-width, no spaces, no quotes around the name."""
    return _QUOTES.sub("", _SPACE.sub("", name.translate(_BRACKETS)))


def normalize_enterprise_name(name: str | None) -> str | None:
    """The form under which variants of one company meet: tidied, legal-form suffix removed.

    >>> normalize_enterprise_name("广东硕成科技股份有限公司")
    '广东硕成科技'
    >>> normalize_enterprise_name("富之光电子科技（韶关）有限公司")
    '富之光电子科技(韶关)'
    """
    if name is None:
        return None
    text = tidy(name)
    if not text:
        return None
    # the longest legal form that ends the name, and only when a name of 2+ characters is left
    suffix = next((s for s in LEGAL_FORMS if text.endswith(s)), "")
    if suffix and len(text) - len(suffix) >= 2:
        return text[: -len(suffix)]
    return text


def enterprise_key(name: str | None) -> str | None:
    """Stable key of a company: 'ent:' and the first 12 hex characters of md5(normalised name)."""
    norm = normalize_enterprise_name(name)
    if not norm:
        return None
    return "ent:" + hashlib.md5(norm.encode("utf-8")).hexdigest()[:12]


def is_masked_name(name: str | None) -> bool:
    return bool(name and _MASK.search(name))


def find_company(text: str) -> str | None:
    """The first company named in text with its legal form ("…有限公司", "…集团"), else None."""
    m = COMPANY_RE.search(text)
    if not m:
        return None
    found = m.group(0)
    # "筑友集团装配式…" → "筑友集团"; "宝城公司" stays; a bare legal form is no name
    if len(found) - max((len(s) for s in LEGAL_FORMS if found.endswith(s)), default=0) < 2:
        return None
    return found


def looks_like_business(name: str) -> bool:
    """A bare name that reads as a company: 加美木业, 安里煤业, 成都川环管业."""
    return any(name.endswith(w) for w in BUSINESS_WORDS) and len(name) >= 4


_BUSINESS_IN_RE = re.compile("|".join(sorted(BUSINESS_WORDS, key=len, reverse=True)))
_NOT_COMPANY_RE = re.compile(r"[园区厂城场站]|绿色|新型|高端|传统|现代|特色|屋顶|县城|市政|产业")


def company_prefix(project_name: str) -> str | None:
    """The company a project's name starts with: "华友锂业年产5万吨锂盐项目" → "华友锂业",
    "XX科技电子元器件项目" → "XX科技"; None when the name starts otherwise."""
    m = _BUSINESS_IN_RE.search(project_name, 2)
    if not m or m.start() > 10 or not re.match(r"年产|[一二三四五六七八九十]期|项目|有限", project_name[m.end() :]):
        return None
    prefix = project_name[: m.end()]
    if _NOT_COMPANY_RE.search(prefix):
        return None
    return prefix

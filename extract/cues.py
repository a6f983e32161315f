"""Cue words that decide measure, sign, basis and qualifier, in one place.

They are grammar, not lexicon: closed lists of Chinese function words and verbs.
"""

from __future__ import annotations

import re


def last_match(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last (rightmost) match of rx in text: the cue nearest to the figure."""
    found = None
    for found in rx.finditer(text):  # noqa: B007
        pass
    return found


YOY_UP = (
    r"同比增长|比上年增长|比去年同期增长|比增|增长|增速为|增速|增幅为|增幅|增加|上升|上涨|提高|提升|回升|递增|增(?=\s*$)"
)
YOY_DOWN = (
    r"同比下降|比上年下降|比降|下降|减少|回落|下滑|降低|负增长|下跌|萎缩|减(?=\s*$)"
    r"|降幅(?:分别)?(?:为|达到?|是)?(?=\s*$)"  # 同比降幅分别为18.2%、16.6%: falls
)
YOY_ANY = re.compile(rf"(?:{YOY_DOWN}|{YOY_UP}|同比)")
YOY_DOWN_RE = re.compile(rf"(?:{YOY_DOWN})")

COMPLETION_LOCAL = re.compile(
    r"(?:完成率|宪成率|完成进度|完成比例|完成比率|执行率|完成了?|达到?)(?:为|达到?|是)?[(（]?$"
)
_IN_CLAUSE = r"(?:[^,;，；。]|(?<=\d),(?=\d{3}))"  # 全年预算46,908万元: a thousands separator is no clause end
COMPLETION_TARGET = re.compile(
    rf"(?:完成|占|为|达到?|实现|超){_IN_CLAUSE}{{0,24}}?(?:目标|任务|计划|打算|预期|指标|预算(?!收入|支出)){_IN_CLAUSE}{{0,24}}?$"
    rf"|(?:完成|占|达到?|实现){_IN_CLAUSE}{{0,12}}?下达{_IN_CLAUSE}{{0,24}}?的$"
    r"|(?:完成|达到?)(?:全年|年度|年)(?:计划)?进度的$"  # 利用外资3001万美元,完成全年进度的107.2%
)
SHARE = re.compile(r"(?:占[^,;，；。]{0,30}?(?:的|比重|比例|份额)?(?:为|达到?)?|占比(?:为|达到?)?|比重(?:为|达到?)?)$")

PP_CONTRIB_UP = r"拉动|带动|贡献|拉高|推动|上拉"
PP_CONTRIB_DOWN = r"负拉动|负向拉动|下拉|拉低|拖累|拉下"
PP_CONTRIB = re.compile(rf"(?:{PP_CONTRIB_DOWN}|{PP_CONTRIB_UP})")
# 比上半年高1.5个百分点: a plain 高/低 against an earlier period is a change too
EARLIER_PERIOD = r"(?:上半年|第?[一二三四]季度|前三季度|上季度|上月|上年|去年|年初|\d{1,2}-\d{1,2}月|\d{1,2}月)"
# 高于/低于去年同期9.3个百分点: a change on last year's growth, not a gap to a benchmark
LAST_YEAR_BASE = r"(?:去年|上年)(?:同期)?(?:增速|增幅|水平)?$"
PP_CHANGE = re.compile(
    r"(?:较|比|与)[^,;，；。]{0,30}?(?:提高|提升|加快|扩大|上升|回升|增加|回落|下降|放缓|收窄|缩窄|降低|减低|减缓|减少|缩小|下滑)了?$"
    r"|^(?:增速|增幅|降幅)(?:回落|提高|加快|放缓|回升|收窄|缩窄|扩大)了?$"
    # 税收收入占比达84.21%,上升3.12个百分点: a bare rise or fall is on the period before
    r"|^[,，]?(?:提高|提升|上升|回升|回落|降低|下滑|缩小|扩大)了?$"
    rf"|(?:较|比){EARLIER_PERIOD}(?:同期)?(?:增速|增幅)?(?:高|低|快|慢)了?$"
    rf"|(?:高于|低于|快于|慢于){LAST_YEAR_BASE}"
    # 同比增长22.6%,1-4月提高5.0个百分点: 比 left out before the earlier period
    rf"|^{EARLIER_PERIOD}(?:增速|增幅)?(?:提高|提升|加快|回升|扩大|回落|下降|放缓|收窄)了?$"
    # 与上年同期增幅相比低13.5个百分点
    rf"|与{EARLIER_PERIOD}(?:同期)?(?:增速|增幅)?相比(?:高|低|快|慢|提高|回落|下降|加快|放缓)了?$"
)
PP_CHANGE_DOWN = re.compile(
    rf"(?:回落|下降|放缓|降低|减低|减缓|减少|缩小|下滑|(?<!降)低|慢)了?$|(?:低于|慢于){LAST_YEAR_BASE}"
)
# 比全市平均增速(8.1%)低8.4个百分点: the benchmark may carry its own figure in brackets
_BENCH = r"(?:平均|全市|全省|全国|全州)[^,;，；。()（）]{0,6}?(?:[(（][^()（）]{1,10}[)）])?"
PP_GAP_UP = rf"高于|快于|超过|超出|领先|高出|偏高|偏快|超|{_BENCH}(?:高|快)"
PP_GAP_DOWN = rf"低于|慢于|落后于?|差距|相差|偏低|偏慢|差|{_BENCH}(?:低|慢)"
PP_GAP = re.compile(rf"(?:{PP_GAP_DOWN}|{PP_GAP_UP})")

# 排名全市第二, 居全省首位; without a verb only "增速全市第一" (not 全市第一家, 第一批, 第一方阵)
RANK = re.compile(
    r"(?:(?:排名|排在|排位|位居|位列|位于|名列|居于|居|列|排|跃居|升至|上升到|上升至|晋升为|提升至|进位至|保持|稳居|分列|位次"
    r"|下滑到|下滑至|下降到|下降至|回落到|回落至|退至|退到|前移至|前移到)"
    r"(?P<scope>[^,;，；。]{0,16}?)|(?:(?<=增速|增幅|总量|指标|%,|%，)全(?:市|省|州|国)"
    r"|(?<=[,，])[一二三四五六七八九十\d]{1,2}个?(?:县市|县区|区县|城区|市县))(?=第[一二三四五六七八九十\d]+(?![\d一二三四五六七八九十家个批次届期产季年])))"
    r"(?:第(?P<n>[一二三四五六七八九十百\d]+|[*xX×]{1,3})(?: ?(?:名|位))?(?!方阵|梯队|阵营|梯次|方队)|(?P<first>首位|榜首)"
    r"|前(?P<top>[一二三四五六七八九十\d]{1,2})(?:名|位|强)?(?=[,，;；。、)）]|$|以内|行列|之列))"
)

# 居全市第15位、八城区第8位: a second rank in another scope, right after the first
RANK_MORE = re.compile(
    r"(?:、|和|及|与)(?P<scope>[\u4e00-\u9fa5]{0,6}(?:县区|县市|城区|区县|市县|片区|县|区|市|州|省))?"
    r"第(?P<n>[一二三四五六七八九十\d]+)(?:位|名|(?![\d一二三四五六七八九十批次届期产季年个家项条]))"
)

ESTIMATE = re.compile(r"预计|预测|预估|预期(?!目标|性|指标)|有望|估计|将(?=[实完达贡突超有])|可望")
TARGET = re.compile(r"目标|任务|计划(?!总投资)|(?:年|年度|全年)打算|力争|确保|争取|奋斗|下达|规划|要求|预算数|年初预算|调整预算|(?<![本今])年预算|全年预算")
ACTUAL_RESET = re.compile(r"完成|实现|累计|已|上报|实际")

QUAL_BEFORE = [
    (re.compile(r"(?:超过|超出|突破|逾|高于|不低于|多于|超)$"), ">="),
    (re.compile(r"(?:不到|不足|未超过|不超过|低于|少于|接近|近)$"), "<="),
    (re.compile(r"(?:(?<![签节制条契公合预])约|大约|大概|近似|预计约)$"), "~"),
]
QUAL_AFTER = [
    (re.compile(r"^(?:以上|之上|多以上)"), ">="),
    (re.compile(r"^(?:以内|以下|之内)"), "<="),
    (re.compile(r"^(?:左右|上下|余|多)"), "~"),
]

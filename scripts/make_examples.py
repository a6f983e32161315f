#!/usr/bin/env python3
"""Write the encoded and binary example reports of data/examples/ from the sources below.

    python scripts/make_examples.py            # (re)write the generated files
    python scripts/make_examples.py --check    # verify every example and the gold CSVs

The plain UTF-8 .txt examples are ordinary files in data/examples/ (edit them there).
This script owns the others and writes them deterministically from the human-readable
texts kept here:

- a GB18030 .txt, a UTF-16 (with BOM) .txt and a UTF-8-with-BOM .txt;
- a .docx (python-docx) with paragraphs and a table;
- a .pdf with a real text layer (reportlab, built-in CJK CID font STSong-Light);
- an .html page with navigation, <script> and <style> around the article.

--check decodes/reads every example as intended, parses the gold CSVs in
tests/fixtures/examples_gold/ and checks that every gold span occurs in the normalised text of its
file (full-width -> half-width; traditional -> simplified with OpenCC for the one file
written in traditional characters).
"""
from __future__ import annotations

import argparse
import csv
import html
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
GOLD = ROOT / "tests" / "fixtures" / "examples_gold"

# --------------------------------------------------------------------------------------
# GB18030: 旺苍县 2023年前三季度工业经济运行情况 (县经济和信息化局)
# --------------------------------------------------------------------------------------
WANGCANG_Q3_FILE = "wangcang_2023q3_jingxinju_yunxing.txt"
WANGCANG_Q3 = """\
旺苍县2023年前三季度工业经济运行情况
旺苍县经济和信息化局

今年以来，面对煤炭价格高位回落、建材市场需求偏弱等不利因素，全县上下坚定信心、迎难而上，认真落实稳增长各项政策措施，全县工业经济保持稳定增长。现将前三季度工业经济运行情况报告如下：

一、总体运行情况
1-9月，全县规模以上工业总产值完成89.67亿元，同比增长13.1%，完成年计划的71.7%；规模以上工业增加值同比增长11.8%，增速较上半年提高0.4个百分点，居全市第3位；规上工业企业实现营业收入86.21亿元，比增10.4%；实现利润总额4.35亿元，比降12.6%；全县工业税收完成3.26亿元，比增8.7%。

二、行业和重点企业运行情况
分行业看，建材行业完成产值26.84亿元，同比增长19.6%，占规上工业总产值的29.93%，拉动规上工业增加值增长4.2个百分点；煤炭行业完成产值21.38亿元，同比下降6.2%，下拉1.5个百分点；食品饮料行业完成产值9.15亿元，同比增长8.3%。其中，广元市旺峰水泥有限公司完成产值14.72亿元，同比增长20.5%。全县规上工业企业中亏损企业不到20家，较上半年有所减少。

三、工业投资和能源运行情况
1-9月，全县完成工业投资24.63亿元，同比增长18.9%，完成年度目标（32亿元）的76.97%；其中技术改造投资8.12亿元，比增11.5%。全县工业用电量7.08亿千瓦时，同比增长6.8%，增速较上半年回落1.1个百分点。

四、项目建设和招商引资情况
今年以来，全县新签约工业项目8个，协议引资23.6亿元。四川嘉川食品饮料有限公司年产5万吨茶饮料生产线项目已开工建设；旺苍县鑫泰建材有限公司年产200万吨机制砂项目顺利投产；总投资2.4亿元的旺苍县东河新型墙材产业园项目加快建设。

五、全年预计
综合研判，预计全年规模以上工业总产值完成122亿元左右，同比增长12%左右；规上工业增加值增长11%；全年工业投资完成32.5亿元，超额完成目标任务。下一步，我局将紧盯四季度关键节点，加强运行监测调度，确保全年工业经济目标任务顺利完成。

旺苍县经济和信息化局
2023年10月16日
"""

# --------------------------------------------------------------------------------------
# UTF-16 (BOM): 锦屏县商务局 2022年工作总结及2023年工作计划
# --------------------------------------------------------------------------------------
JINPING_2022_FILE = "jinping_2022_shangwuju_zongjie.txt"
JINPING_2022 = """\
锦屏县商务局2022年工作总结及2023年工作计划

2022年，在县委、县政府的正确领导和州商务局的精心指导下，县商务局紧紧围绕全县经济社会发展目标任务，统筹疫情防控和商务经济发展，着力促消费、稳外贸、抓招商，各项工作取得积极成效。现将有关情况报告如下：

一、2022年主要指标完成情况
（一）消费市场稳步恢复。全年全县实现社会消费品零售总额27.86亿元，同比增长3.2%，完成年度目标任务的92.42%。分行业看，限额以上批发业、零售业销售额分别增长21%、12%，住宿业、餐饮业营业额分别下降4.3%、2.6%。全年新增限额以上商贸企业12家。
（二）电子商务加快发展。全县实现网络零售额4.72亿元，同比增长18.6%，其中农产品网络零售额2.13亿元，占网络零售额的45.13%。新建村级电商服务站点36个，开展电商培训2,350人次，带动就业1,200余人。
（三）外贸外资逆势增长。全年完成外贸进出口总额1,862万美元，同比增长35.4%，其中出口总额1,517万美元，同比增长41.2%；实际利用外资286万美元，完成年计划的95.3%。
（四）招商引资成效明显。全年新签约招商引资项目21个，合同投资总额58.6亿元，其中亿元以上项目14个；实现招商引资到位资金41.25亿元，同比增长9.8%，完成任务目标（45亿元）的91.67%，居全州第5位。

二、主要工作措施
（一）抓项目促落地。锦屏县农特产品冷链物流中心项目于9月28日竣工并投入使用；总投资3.6亿元的贵州锦森木业有限公司年产15万立方米定向刨花板项目正式签约落户锦屏工业园区；投资1.2亿元的隆里古城旅游综合体项目已开工建设；锦屏县城区商贸综合体项目加快建设。
（二）抓活动促消费。先后举办“黔货出山·锦屏好礼”年货节、汽车展销会等促消费活动8场，发放消费券300万元，直接带动消费约2,100万元。
（三）抓服务稳外贸。建立重点外贸企业包保服务机制，帮助企业协调解决报关、物流、结汇等方面困难，推动木材加工企业扩大出口。

三、存在的问题
一是消费市场恢复不及预期，社会消费品零售总额未完成年度目标任务；二是外贸企业数量少、规模小，抗风险能力弱；三是招商项目落地转化率不高，部分签约项目推进缓慢。

四、2023年工作计划
2023年，力争全县社会消费品零售总额增长7%以上，网络零售额突破5亿元，外贸进出口总额达到2,000万美元，招商引资到位资金目标50亿元，确保新增限上商贸企业10家。一是持续开展促消费活动，培育消费新场景；二是加快县域商业体系建设；三是坚持招大引强，推动签约项目早落地、早投产。
"""

# --------------------------------------------------------------------------------------
# UTF-8 with BOM: 锦屏县 2023年1-9月招商引资工作情况汇报 (县商务局)
# --------------------------------------------------------------------------------------
JINPING_ZS_FILE = "jinping_2023m9_shangwuju_zhaoshang.txt"
JINPING_ZS = """\
锦屏县2023年1-9月招商引资工作情况汇报
锦屏县商务局

今年以来，县商务局坚持把招商引资作为推动县域经济高质量发展的“一号工程”，围绕林木精深加工、特色食品、文化旅游等主导产业开展精准招商、以商招商，招商引资工作取得明显成效。现将1-9月工作情况汇报如下：

一、主要指标完成情况
截至9月底，全县新签约招商引资项目15个，签约资金42.8亿元，其中亿元以上项目9个；实现招商引资到位资金38.56亿元，同比增长12.4%，完成年度目标任务（50亿元）的77.12%，居全州第3位，其中省外到位资金31.2亿元，占到位资金总额的80.91%。1-9月，全县新开工招商项目11个，在建项目23个，竣工投产项目6个。

二、主要做法
（一）坚持精准招商。围绕主导产业绘制招商图谱，建立招商项目库，今年以来县主要领导带队外出招商近30次，接待来锦考察客商120余批次。
（二）强化要素保障。今年以来，全县供应工业用地六宗共计186亩，新建标准化厂房4.2万平方米，保障了招商项目落地需求。
（三）推动项目落地见效。总投资3.6亿元的贵州锦森木业有限公司年产15万立方米定向刨花板项目于8月18日竣工投产；总投资4.5亿元的贵州苗岭森工集团有限公司林木精深加工产业园项目正式签约落户锦屏工业园区；总投资1.5亿元的锦屏县三江特色食品加工项目已开工建设；隆里古城旅游综合体项目加快建设；贵州锦屏黔香源食品有限公司腌制品生产线顺利投产。

三、存在的问题
一是项目落地难度加大，签约项目中尚有5个未开工；二是园区基础设施和配套服务仍有短板，承载能力不足；三是专业招商人才缺乏。

四、下一步工作打算
第四季度，我们将紧盯年度目标任务，力争全年新签约项目20个以上，招商引资到位资金突破50亿元，确保完成年度目标任务。一是持续开展驻点招商和以商招商；二是加快推动签约项目开工建设；三是优化营商环境，强化项目全流程服务。
"""

# --------------------------------------------------------------------------------------
# DOCX: 锦屏县统计局 2023年上半年锦屏县经济运行情况 (paragraphs and a table)
# --------------------------------------------------------------------------------------
JINPING_DOCX_FILE = "jinping_2023h1_tongjiju_yunxing.docx"
JINPING_DOCX_TITLE = "2023年上半年锦屏县经济运行情况"
JINPING_DOCX_PARAS_BEFORE = [
    "锦屏县统计局",
    "上半年，面对复杂严峻的外部环境，全县上下认真贯彻落实县委、县政府各项决策部署，坚持稳中求进工作总基调，全县经济持续恢复向好。",
    "一、地区生产总值平稳增长",
    "根据州统计局统一核算，上半年全县实现地区生产总值42.18亿元，同比增长5.6%，高于全州平均水平0.8个百分点。其中，第一产业增加值6.35亿元，增长4.1%；第二产业增加值9.87亿元，增长6.9%；第三产业增加值25.96亿元，增长5.4%。",
    "二、工业生产较快增长",
    "1-6月，全县规模以上工业增加值同比增长7.3%。其中，锦屏工业园区完成规上工业产值12.64亿元，同比增长10.2%；木材加工业完成产值8.05亿元，同比增长13.8%，仍是全县工业的主要支撑。",
    "三、投资和消费",
    "1-6月，全县固定资产投资同比下降8.4%，其中工业投资增长15.6%，房地产开发投资下降31.2%。上半年，全县实现社会消费品零售总额14.26亿元，增长6.8%。",
    "四、主要经济指标",
    "表1 2023年1-6月锦屏县主要经济指标",
]
JINPING_DOCX_TABLE = [
    ["指标", "单位", "1-6月", "同比增长(%)"],
    ["地区生产总值", "亿元", "42.18", "5.6"],
    ["规模以上工业增加值", "亿元", "—", "7.3"],
    ["固定资产投资", "亿元", "—", "-8.4"],
    ["社会消费品零售总额", "亿元", "14.26", "6.8"],
    ["一般公共预算收入", "万元", "19,326", "12.7"],
    ["其中：税收收入", "万元", "11,548", "9.4"],
    ["金融机构存款余额", "亿元", "128.45", "9.2"],
    ["金融机构贷款余额", "亿元", "96.37", "11.6"],
    ["城镇居民人均可支配收入", "元", "19,856", "4.5"],
    ["农村居民人均可支配收入", "元", "6,412", "7.6"],
]
JINPING_DOCX_PARAS_AFTER = [
    "注：地区生产总值按现价计算，增长速度按可比价计算；存贷款余额为6月末数据。",
]

# --------------------------------------------------------------------------------------
# PDF: 嵩明县统计局 2023年一季度嵩明县经济运行情况
# --------------------------------------------------------------------------------------
SONGMING_PDF_FILE = "songming_2023q1_tongjiju_yunxing.pdf"
SONGMING_PDF = """\
2023年一季度嵩明县经济运行情况
嵩明县统计局
一季度，全县上下坚持稳中求进工作总基调，全力以赴拼经济、抓发展，主要经济指标实现良好开局。
一、地区生产总值较快增长
一季度，全县实现地区生产总值44.26亿元，同比增长5.8%。其中，第一产业增加值5.61亿元，同比增长4.3%；第二产业增加值10.12亿元，同比增长7.6%；第三产业增加值28.53亿元，同比增长5.4%。
二、工业生产加快回升
1-3月，全县规模以上工业总产值同比增长9.6%；规模以上工业增加值同比增长8.2%，增幅较1-2月提高3.5个百分点。三个门类中，制造业增加值同比增长11.3%，电力、热力、燃气及水生产和供应业增加值同比下降6.7%。其中，汽车制造业、食品制造业增加值分别增长26.4%、9.8%。
三、固定资产投资持续向好
1-3月，全县固定资产投资同比增长12.5%，增幅较1-2月提高15.5个百分点。分领域看，工业投资同比增长46.2%，基础设施投资同比增长8.7%，房地产开发投资同比下降21.4%。
四、消费市场加快恢复
一季度，全县实现社会消费品零售总额18.62亿元，同比增长6.3%。限额以上批发业、零售业销售额分别增长8.9%、7.1%，住宿业、餐饮业营业额分别增长21.5%、16.8%。
五、财政金融运行平稳
1-3月，全县一般公共预算收入完成3.05亿元，比增6.2%，其中税收收入2.21亿元，比降3.4%。3月末，全县金融机构各项存款余额268.47亿元，同比增长10.3%；各项贷款余额231.62亿元，同比增长7.9%。
六、居民收入稳步增长
一季度，全县全体居民人均可支配收入8,126元，同比增长5.9%。其中，城镇常住居民人均可支配收入12,384元，增长4.8%；农村常住居民人均可支配收入5,917元，增长6.7%。
"""

# --------------------------------------------------------------------------------------
# HTML: 嵩明县 2023年上半年经济运行情况 (county government site page, 县统计局)
# --------------------------------------------------------------------------------------
SONGMING_HTML_FILE = "songming_2023h1_tongjiju_yunxing.html"
SONGMING_HTML_TITLE = "嵩明县2023年上半年经济运行情况"
SONGMING_HTML_PARAS = [
    "上半年，全县上下坚持稳中求进工作总基调，统筹推进经济社会发展各项工作，全县经济运行延续恢复态势，主要指标稳中有升。",
    "一、地区生产总值稳定增长",
    "上半年，全县实现地区生产总值91.86亿元，同比增长4.8%，增速较一季度回落1.0个百分点。",
    "二、工业生产平稳运行",
    "1-6月，全县规模以上工业总产值完成154.80亿元，同比增长7.2%；规模以上工业增加值同比增长6.9%，高于全市平均增速（4.2%）2.7个百分点，居全市第4位。其中，杨林经济技术开发区完成规上工业总产值126.35亿元，同比增长8.1%，占全县规上工业总产值的81.62%；云南嵩杨汽车零部件有限公司完成产值15.37亿元，同比增长23.6%，拉动全县规上工业增加值增长1.8个百分点。",
    "三、固定资产投资降幅收窄",
    "1-6月，全县固定资产投资同比下降3.2%。其中，工业投资同比增长21.5%，拉动全县投资增长4.6个百分点；房地产开发投资同比下降28.7%，下拉全县投资增速9.3个百分点；基础设施投资同比增长5.2%。",
    "四、消费市场持续回暖",
    "上半年，全县实现社会消费品零售总额38.47亿元，同比增长7.1%。限额以上批发业、零售业销售额分别增长9.3%、6.8%；全县网络零售额6.25亿元，同比增长15.3%。截至6月底，全县限额以上商贸企业超过300家。",
    "五、财政收入保持增长",
    "1-6月，全县一般公共预算收入完成5.62亿元，同比增长8.4%，完成年初预算的48.9%；其中税收收入4.18亿元，同比增长3.7%。",
    "六、居民收入稳步提高",
    "上半年，全县全体居民人均可支配收入17,235元，同比增长5.6%。其中，城镇常住居民人均可支配收入25,968元，增长4.9%；农村常住居民人均可支配收入11,402元，增长6.8%。",
]
SONGMING_HTML_TEMPLATE = """\
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_统计信息_嵩明县人民政府</title>
<style type="text/css">
  body {{ font-family: "Microsoft YaHei", SimSun, sans-serif; margin: 0; color: #333; }}
  .topbar {{ background: #0b5fa5; color: #fff; height: 36px; line-height: 36px; }}
  .nav li {{ display: inline-block; padding: 0 18px; }}
  .article h1 {{ font-size: 22px; text-align: center; }}
  .article p {{ text-indent: 2em; line-height: 2; font-size: 16px; }}
  .footer {{ font-size: 12px; color: #999; text-align: center; }}
</style>
<script type="text/javascript">
  var _hmt = _hmt || [];
  var siteConfig = {{ siteId: "530127", channel: "tjxx", pageSize: 20 }};
  function changeFontSize(size) {{
    var ps = document.querySelectorAll(".article p");
    for (var i = 0; i < ps.length; i++) {{ ps[i].style.fontSize = size + "px"; }}
  }}
</script>
</head>
<body>
<div class="topbar">欢迎访问嵩明县人民政府门户网站 | 无障碍浏览 | 长者模式 | 登录 | 注册</div>
<div class="header"><a href="/">嵩明县人民政府</a>
  <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form>
</div>
<ul class="nav">
  <li><a href="/">首页</a></li>
  <li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
  <li><a href="/zjsm/">走进嵩明</a></li>
</ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tjxx/">统计信息</a> &gt; 正文</div>
<div class="article">
  <h1>{title}</h1>
  <div class="meta">来源：嵩明县统计局　　发布时间：2023-07-28 16:30　　字号：<a href="javascript:changeFontSize(18)">大</a> <a href="javascript:changeFontSize(16)">中</a> <a href="javascript:changeFontSize(14)">小</a></div>
  <div class="content" id="zoom">
{paras}
  </div>
  <div class="share">分享到：微信 微博 QQ空间　【打印本页】【关闭窗口】</div>
</div>
<div class="related">
  <h3>相关链接</h3>
  <ul>
    <li><a href="/zwgk/tjxx/1.html">嵩明县2023年一季度经济运行情况</a></li>
    <li><a href="/zwgk/tjxx/2.html">嵩明县2022年国民经济和社会发展统计公报</a></li>
  </ul>
</div>
<div class="footer">
  <p>主办：嵩明县人民政府办公室　承办：嵩明县融媒体中心</p>
  <p>网站标识码：5301270001　滇ICP备05000000号-1　滇公网安备53012702000000号</p>
</div>
<script type="text/javascript">
  (function () {{
    var hm = document.createElement("script");
    hm.src = "/static/js/stat.js?v=20230728";
    var s = document.getElementsByTagName("script")[0];
    s.parentNode.insertBefore(hm, s);
  }})();
</script>
</body>
</html>
"""

TRADITIONAL_FILE = "songming_2023m8_fagaiju_xiangmu_fanti.txt"


# --------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------
def write_text(name: str, text: str, encoding: str) -> Path:
    path = EXAMPLES / name
    # newline="" keeps "\n" as written on every platform
    with open(path, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
    return path


def write_docx() -> Path:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    # fixed core properties so that the file is the same on every run
    props = document.core_properties
    props.author = "锦屏县统计局"
    props.title = JINPING_DOCX_TITLE
    props.revision = 1
    import datetime as _dt
    fixed = _dt.datetime(2023, 7, 20, 9, 0, 0)
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "锦屏县统计局"

    document.add_heading(JINPING_DOCX_TITLE, level=1)
    for para in JINPING_DOCX_PARAS_BEFORE:
        p = document.add_paragraph(para)
        for run in p.runs:
            run.font.size = Pt(12)
    rows = JINPING_DOCX_TABLE
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell_text in enumerate(row):
            table.cell(i, j).text = cell_text
    for para in JINPING_DOCX_PARAS_AFTER:
        document.add_paragraph(para)
    path = EXAMPLES / JINPING_DOCX_FILE
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))
    return path


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that the .docx bytes are deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2023, 7, 20, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


BREAK_AFTER = "，；。：）”"   # clause ends: preferred line breaks
WEAK_BREAK_AFTER = "、"      # list separators: only when a clause is wider than the line


def wrap_cjk(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap one paragraph to lines no wider than width, breaking after clause punctuation.

    A line is broken inside a clause only when the clause is wider than the line (after a
    、 if there is one), and never inside a run of digits, so that a figure with its unit
    stays on one line.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def break_point(line: str) -> int:
        for marks in (BREAK_AFTER, WEAK_BREAK_AFTER):
            for k in range(len(line) - 1, 0, -1):
                if line[k - 1] in marks:
                    return k
        cut = len(line)
        while cut > 1 and (line[cut - 1].isdigit() or line[cut - 1] in ".,%"
                           or (cut < len(line) and line[cut].isdigit())):
            cut -= 1
        return cut

    lines: list[str] = []
    line = ""
    for ch in text:
        candidate = line + ch
        if stringWidth(candidate, font, size) <= width or not line:
            line = candidate
            continue
        k = break_point(line)
        lines.append(line[:k])
        line = line[k:] + ch
    if line:
        lines.append(line)
    return lines


def write_pdf() -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font = "STSong-Light"
    path = EXAMPLES / SONGMING_PDF_FILE
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("2023年一季度嵩明县经济运行情况")
    c.setAuthor("嵩明县统计局")
    page_w, page_h = A4
    margin = 72
    width = page_w - 2 * margin
    y = page_h - margin
    lines_out: list[tuple[str, float, bool]] = []
    paras = SONGMING_PDF.strip("\n").split("\n")
    for i, para in enumerate(paras):
        if i == 0:
            lines_out.append((para, 16, True))
            continue
        size = 11
        for line in wrap_cjk(para, font, size, width):
            lines_out.append((line, size, False))
    for line, size, centred in lines_out:
        leading = size * 1.8
        if y - leading < margin:
            c.showPage()
            y = page_h - margin
        y -= leading
        c.setFont(font, size)
        if centred:
            c.drawCentredString(page_w / 2, y, line)
        else:
            c.drawString(margin, y, line)
    c.showPage()
    c.save()
    return path


def write_html() -> Path:
    paras = "\n".join(f"    <p>　　{html.escape(p)}</p>" for p in SONGMING_HTML_PARAS)
    page = SONGMING_HTML_TEMPLATE.format(title=SONGMING_HTML_TITLE, paras=paras)
    return write_text(SONGMING_HTML_FILE, page, "utf-8")


def generate() -> list[Path]:
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    return [
        write_text(WANGCANG_Q3_FILE, WANGCANG_Q3, "gb18030"),
        write_text(JINPING_2022_FILE, "\ufeff" + JINPING_2022, "utf-16-le"),  # UTF-16LE with BOM
        write_text(JINPING_ZS_FILE, JINPING_ZS, "utf-8-sig"),
        write_docx(),
        write_pdf(),
        write_html(),
    ]


# --------------------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------------------
def to_halfwidth(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def read_example(path: Path) -> str:
    """The text of one example as the extractor should see it (before normalisation)."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        raw = path.read_bytes()
        if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
            return raw.decode("utf-16")
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw.decode("utf-8-sig")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("gb18030")
    if suffix == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        parts = []
        for child in document.element.body.iterchildren():  # body order: paragraphs and tables
            if child.tag.endswith("}p"):
                parts.append(Paragraph(child, document).text)
            elif child.tag.endswith("}tbl"):
                for row in Table(child, document).rows:
                    parts.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(path.read_bytes(), "html.parser")
        for tag in soup(["script", "style"]):
            tag.decompose()
        body = soup.select_one(".article") or soup
        return body.get_text("\n")
    raise ValueError(f"unknown example type: {path}")


def normalised(path: Path) -> str:
    text = to_halfwidth(read_example(path))
    if path.name == TRADITIONAL_FILE:
        import opencc

        text = opencc.OpenCC("t2s").convert(text)
    return text


def check() -> int:
    problems: list[str] = []
    # the encoded files decode with their own codec and give back the sources
    expect = {
        WANGCANG_Q3_FILE: ("gb18030", WANGCANG_Q3, b""),
        JINPING_2022_FILE: ("utf-16", JINPING_2022, b"\xff\xfe"),
        JINPING_ZS_FILE: ("utf-8-sig", JINPING_ZS, b"\xef\xbb\xbf"),
    }
    for name, (codec, source, bom) in expect.items():
        raw = (EXAMPLES / name).read_bytes()
        if bom and not raw.startswith(bom):
            problems.append(f"{name}: no BOM {bom!r}")
        if codec == "gb18030":
            try:
                raw.decode("utf-8")
                problems.append(f"{name}: decodes as UTF-8, expected GB18030 bytes")
            except UnicodeDecodeError:
                pass
        if raw.decode(codec) != source:
            problems.append(f"{name}: does not decode to its source with {codec}")
    import docx

    document = docx.Document(str(EXAMPLES / JINPING_DOCX_FILE))
    if not document.tables or [c.text for c in document.tables[0].rows[0].cells] != JINPING_DOCX_TABLE[0]:
        problems.append("docx: table missing or header wrong")
    pdf_text = read_example(EXAMPLES / SONGMING_PDF_FILE)
    if "嵩明县" not in pdf_text or "地区生产总值44.26亿元" not in pdf_text:
        problems.append("pdf: text layer does not give the Chinese text")
    html_text = read_example(EXAMPLES / SONGMING_HTML_FILE)
    if "changeFontSize" in html_text or "font-family" in html_text:
        problems.append("html: script/style leaked into the text")

    texts = {p.name: normalised(p) for p in sorted(EXAMPLES.iterdir())
             if p.is_file() and p.suffix.lower() in (".txt", ".docx", ".pdf", ".html", ".htm")}
    for name, text in texts.items():
        if not 600 <= len(text.strip()) <= 2600 and not name.endswith(".html"):
            problems.append(f"{name}: {len(text.strip())} characters")
    measures = {"value", "yoy_pct", "completion_pct", "share_pct", "rank", "gap_pp",
                "contribution_pp", "change_pp"}
    stages = {"signed", "started", "under_construction", "completed", "in_production", "planned"}
    counts = {}
    for gold_name, columns in (
        ("examples_indicators.csv", ["file", "indicator_zh", "subject", "measure", "basis", "year",
                                     "start_month", "end_month", "value", "unit", "qualifier",
                                     "span", "note"]),
        ("examples_investments.csv", ["file", "project_name", "company_name", "stage", "amount",
                                      "unit", "span"]),
    ):
        with open(GOLD / gold_name, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames != columns:
                problems.append(f"{gold_name}: columns {reader.fieldnames}")
            rows = list(reader)
        counts[gold_name] = len(rows)
        for n, row in enumerate(rows, start=2):
            where = f"{gold_name}:{n}"
            if None in row or any(v is None for v in row.values()):
                problems.append(f"{where}: wrong number of fields")
                continue
            if row["file"] not in texts:
                problems.append(f"{where}: unknown file {row['file']}")
                continue
            if row["span"] not in texts[row["file"]]:
                problems.append(f"{where}: span {row['span']!r} not in {row['file']}")
            if "measure" in row:
                if row["measure"] not in measures:
                    problems.append(f"{where}: measure {row['measure']}")
                if row["basis"] not in ("actual", "estimate", "target"):
                    problems.append(f"{where}: basis {row['basis']}")
                if row["qualifier"] not in ("=", ">=", "<=", "~"):
                    problems.append(f"{where}: qualifier {row['qualifier']}")
                if row["value"]:
                    value = float(row["value"])
                    digits = re.sub(r"[^0-9.]", "", row["span"].replace(",", ""))
                    if row["measure"] != "rank" and digits and abs(float(digits) - abs(value)) > 1e-9:
                        problems.append(f"{where}: value {row['value']} vs span {row['span']}")
                for key in ("year", "start_month", "end_month"):
                    if row[key] and not row[key].isdigit():
                        problems.append(f"{where}: {key} {row[key]}")
            else:
                if row["stage"] not in stages:
                    problems.append(f"{where}: stage {row['stage']}")
                if row["project_name"] not in row["span"]:
                    problems.append(f"{where}: project name not in its span")
    with open(EXAMPLES / "manifest.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["file", "county", "adcode", "department", "year"]:
            problems.append(f"manifest.csv: columns {reader.fieldnames}")
        for row in reader:
            if row["file"] not in texts:
                problems.append(f"manifest.csv: unknown file {row['file']}")
            if not re.fullmatch(r"\d{6}", row["adcode"]):
                problems.append(f"manifest.csv: adcode {row['adcode']}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(texts)} examples; " + "; ".join(f"{k}: {v} rows" for k, v in counts.items()))
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the examples and their gold")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    for path in generate():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

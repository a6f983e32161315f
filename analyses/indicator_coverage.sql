-- 各指标在多少份报告中出现；未映射指标在末尾 / How many reports state each indicator;
-- unmapped surfaces come last (see marts.rpt_unmapped_indicators for their examples).
select
    i.is_canonical,
    i.category,
    i.name_zh,
    count(distinct f.report_key)   as reports,
    count(*)                       as figures,
    count(*) filter (where f.is_masked) as masked
from {{ ref('fact_indicator') }} f
join {{ ref('dim_indicator') }} i on i.indicator_key = f.indicator_key
group by all
order by i.is_canonical desc, reports desc, figures desc

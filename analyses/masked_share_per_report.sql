-- 每份报告被遮盖数值的占比 / Share of masked figures per report
select
    r.file_name,
    c.county_name,
    c.is_resolved,
    count(*)                                             as figures,
    count(*) filter (where f.is_masked)                  as masked,
    round(100.0 * count(*) filter (where f.is_masked) / count(*), 1) as masked_pct
from {{ ref('fact_indicator') }} f
join {{ ref('dim_report') }} r on r.report_key = f.report_key
join {{ ref('dim_county') }} c on c.county_key = r.county_key
group by all
order by masked_pct desc, r.file_name

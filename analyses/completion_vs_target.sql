-- 实际完成与目标对比：同一报告、指标、县下的目标值、实际值、完成率
-- Actual against target: for each report and indicator, the stated target, the actual level
-- and the stated completion rate, next to the rate computed from the two. Targets are usually
-- annual and actuals year-to-date, so the periods of both are listed.
with f as (
    select f.*, i.name_zh, p.label_zh as period_label
    from {{ ref('fact_indicator') }} f
    join {{ ref('dim_indicator') }} i on i.indicator_key = f.indicator_key
    join {{ ref('dim_period') }} p on p.period_key = f.period_key
    where f.subject_type = 'county' and not f.is_masked
)

select
    r.file_name,
    f.name_zh,
    max(f.value_std) filter (where f.measure = 'value' and f.basis = 'target')          as target,
    string_agg(distinct f.period_label, ', ') filter (where f.basis = 'target')         as target_period,
    max(f.value_std) filter (where f.measure = 'value' and f.basis = 'actual')          as actual,
    string_agg(distinct f.period_label, ', ') filter (where f.basis = 'actual')         as actual_period,
    max(f.value_std) filter (where f.measure = 'completion_pct')                        as completion_pct_stated,
    round(100 * max(f.value_std) filter (where f.measure = 'value' and f.basis = 'actual')
              / nullif(max(f.value_std) filter (where f.measure = 'value' and f.basis = 'target'), 0), 2)
                                                                                        as completion_pct_computed
from f
join {{ ref('dim_report') }} r on r.report_key = f.report_key
group by all
having target is not null or completion_pct_stated is not null
order by r.file_name, f.name_zh

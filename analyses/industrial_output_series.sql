-- 规模以上工业总产值：按县和期间的序列（实际值与同比）
-- Series of gross industrial output above designated size by county and period:
-- the actual level (in 亿元) with its year-on-year change.
with facts as (
    select
        c.county_name,
        c.is_resolved,
        p.period_key,
        p.label_zh,
        p.year,
        p.end_month,
        f.measure,
        f.value_std,
        f.is_masked
    from {{ ref('fact_indicator') }} f
    join {{ ref('dim_indicator') }} i on i.indicator_key = f.indicator_key
    join {{ ref('dim_county') }} c on c.county_key = f.county_key
    join {{ ref('dim_period') }} p on p.period_key = f.period_key
    where i.name_zh = '规模以上工业总产值'
      and f.basis = 'actual'
      and f.subject_type = 'county'
)

select
    county_name,
    is_resolved,
    period_key,
    label_zh,
    year,
    end_month,
    max(value_std / 1e8) filter (where measure = 'value')   as output_100m_cny,
    max(value_std)       filter (where measure = 'yoy_pct') as yoy_pct,
    bool_or(is_masked)                                      as any_masked
from facts
group by all
order by county_name, year nulls last, end_month nulls last

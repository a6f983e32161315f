-- A fact's county is its report's county.
select 'fact_indicator' as fact_table, f.fact_id as id, f.county_key, r.county_key as report_county_key
from {{ ref('fact_indicator') }} f
join {{ ref('dim_report') }} r on r.report_key = f.report_key
where f.county_key is distinct from r.county_key

union all

select 'fact_investment', v.investment_id, v.county_key, r.county_key
from {{ ref('fact_investment') }} v
join {{ ref('dim_report') }} r on r.report_key = v.report_key
where v.county_key is distinct from r.county_key

-- One row per enterprise named in the reports (investment companies and enterprise subjects
-- of indicator figures), under its normalised name.
with enterprises as (
    select * from {{ ref('int_enterprises') }}
),

industries as (
    select code from {{ ref('industries') }}
)

select
    e.enterprise_key,
    e.name_zh,
    e.name_normalized,
    e.name_variants,
    e.is_masked,
    s.code                  as industry_key,
    e.first_report_key,
    e.report_count,
    e.investment_count,
    e.indicator_fact_count
from enterprises e
left join industries s on s.code = e.industry_code

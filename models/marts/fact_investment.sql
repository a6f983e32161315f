-- One row per investment project event stated in a report
with investments as (
    select * from {{ ref('stg_investment_mentions') }}
),

documents as (
    select report_key, period_key from {{ ref('stg_documents') }}
),

counties as (
    select report_key, county_key from {{ ref('int_report_counties') }}
),

industries as (
    select code from {{ ref('industries') }}
),

projects as (
    select investment_id, project_key, enterprise_key from {{ ref('int_investment_projects') }}
)

select
    v.investment_id,
    v.report_key,
    c.county_key,
    coalesce(v.period_key, d.period_key, '{{ var("unknown_period_key") }}') as period_key,
    s.code                  as industry_key,
    v.project_name,
    v.company_name,
    v.stage,
    v.amount,
    v.unit,
    v.amount_cny,
    v.is_masked,
    v.event_date,
    v.source_text,
    v.char_start,
    v.char_end,
    v.location,
    v.mask_text,
    v.event_date_text,
    p.enterprise_key,
    p.project_key
from investments v
left join documents d on d.report_key = v.report_key
left join counties c on c.report_key = v.report_key
left join industries s on s.code = v.industry_code
left join projects p on p.investment_id = v.investment_id

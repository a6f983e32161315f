-- One row per figure stated in a report
with enterprises as (
    select mention_id, enterprise_key from {{ ref('int_enterprise_mentions') }}
    where source = 'indicator'
)

select
    fact_id,
    report_key,
    county_key,
    period_key,
    indicator_key,
    industry_key,
    subject_type,
    subject_name,
    measure,
    basis,
    qualifier,
    value,
    unit,
    value_std,
    unit_std,
    is_masked,
    mask_text,
    source_text,
    char_start,
    char_end,
    indicator_surface,
    period_source,
    e.enterprise_key
from {{ ref('int_indicator_facts') }} f
left join enterprises e on e.mention_id = f.fact_id

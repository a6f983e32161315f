-- Indicator mentions with their report's county, a period (their own, else the report's,
-- else the unknown period) and an indicator key: the seed's indicator_code, or
-- 'unmapped:' || left(md5(surface), 10) for a figure whose indicator is not in the seed.
with mentions as (
    select * from {{ ref('stg_indicator_mentions') }}
),

documents as (
    select report_key, period_key from {{ ref('stg_documents') }}
),

counties as (
    select report_key, county_key from {{ ref('int_report_counties') }}
),

indicators as (
    select indicator_code from {{ ref('indicators') }}
),

industries as (
    select code from {{ ref('industries') }}
)

select
    m.mention_id                                            as fact_id,
    m.report_key,
    c.county_key,
    coalesce(m.period_key, d.period_key, '{{ var("unknown_period_key") }}') as period_key,
    case
        when m.period_key is not null then m.period_source
        when d.period_key is not null then 'report'
        else 'none'
    end                                                     as period_source,
    coalesce(i.indicator_code,
             'unmapped:' || coalesce(left(md5(m.indicator_surface), 10), 'none'))
                                                            as indicator_key,
    i.indicator_code is not null                            as is_mapped,
    m.indicator_code                                        as indicator_code_as_extracted,
    m.indicator_surface,
    s.code                                                  as industry_key,
    m.industry_code                                         as industry_code_as_extracted,
    m.subject_type,
    m.subject_name,
    m.measure,
    m.basis,
    m.qualifier,
    m.value,
    m.unit,
    m.value_std,
    m.unit_std,
    m.is_masked,
    m.mask_text,
    m.source_text,
    m.sentence_start,
    m.sentence_end,
    m.char_start,
    m.char_end,
    m.seq
from mentions m
left join documents d on d.report_key = m.report_key
left join counties c on c.report_key = m.report_key
left join indicators i on i.indicator_code = m.indicator_code
left join industries s on s.code = m.industry_code

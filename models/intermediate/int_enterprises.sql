-- One row per enterprise (enterprise_key) with its names as written and where it is named.
with mentions as (
    select * from {{ ref('int_enterprise_mentions') }}
),

reports as (
    select report_key, report_year from {{ ref('stg_documents') }}
),

names as (
    select
        enterprise_key,
        -- the name as most often written (the longer one on a tie: the full legal name)
        arg_max(name_as_written, n * 1000 + length(name_as_written))       as name_zh,
        string_agg(name_as_written, '|' order by n desc, name_as_written)   as name_variants
    from (
        select enterprise_key, name_as_written, count(*) as n
        from mentions
        group by enterprise_key, name_as_written
    )
    group by enterprise_key
),

industries as (
    select enterprise_key, arg_max(industry_code, n) as industry_code
    from (
        select enterprise_key, industry_code, count(*) as n
        from mentions
        where industry_code is not null
        group by enterprise_key, industry_code
    )
    group by enterprise_key
),

usage as (
    select
        m.enterprise_key,
        any_value(m.name_normalized)                            as name_normalized,
        bool_or(m.is_masked)                                    as is_masked,
        arg_min(m.report_key, coalesce(r.report_year, 9999))    as first_report_key,
        count(distinct m.report_key)                            as report_count,
        count(*) filter (where m.source = 'investment')         as investment_count,
        count(*) filter (where m.source = 'indicator')          as indicator_fact_count
    from mentions m
    left join reports r on r.report_key = m.report_key
    group by m.enterprise_key
)

select
    u.enterprise_key,
    u.name_normalized,
    n.name_zh,
    n.name_variants,
    u.is_masked,
    i.industry_code,
    u.first_report_key,
    u.report_count,
    u.investment_count,
    u.indicator_fact_count
from usage u
join names n on n.enterprise_key = u.enterprise_key
left join industries i on i.enterprise_key = u.enterprise_key

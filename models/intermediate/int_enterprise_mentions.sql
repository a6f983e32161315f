-- One row per mention of a named enterprise: the company of an investment event, or the
-- subject of an indicator figure whose subject is an enterprise. enterprise_key joins the
-- variants of one company ("广东硕成科技股份有限公司", "广东硕成科技有限公司"); masked names
-- ("**新能源科技有限公司") are kept as written.
with investments as (
    select
        'investment'        as source,
        investment_id       as mention_id,
        report_key,
        company_name        as name_as_written,
        industry_code
    from {{ ref('stg_investment_mentions') }}
    where company_name is not null
),

indicator_subjects as (
    select
        'indicator'         as source,
        mention_id,
        report_key,
        subject_name        as name_as_written,
        industry_code
    from {{ ref('stg_indicator_mentions') }}
    where subject_type = 'enterprise'
      and {{ is_named_enterprise('subject_name') }}
),

mentions as (
    select * from investments
    union all
    select * from indicator_subjects
)

select
    source,
    mention_id,
    report_key,
    name_as_written,
    {{ enterprise_name_normalized('name_as_written') }}    as name_normalized,
    {{ enterprise_key('name_as_written') }}                as enterprise_key,
    regexp_matches(name_as_written, '[*×xX]')               as is_masked,
    industry_code
from mentions
where {{ enterprise_key('name_as_written') }} is not null

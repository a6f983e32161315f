-- one row per accepted report
select
    {{ report_key('content_sha256') }}     as report_key,
    content_sha256,
    file_name,
    source_path,
    {{ clean_text('title') }}              as title,
    {{ clean_text('department') }}         as department,
    {{ clean_text('county_text') }}        as county_text,
    {{ clean_text('county_adcode') }}      as county_adcode,
    county_is_masked,
    report_year,
    period_year,
    period_start_month,
    period_end_month,
    {{ clean_text('period_type') }}        as period_type,
    {{ clean_text('period_label') }}       as period_label,
    {{ stated_period_key('period_year', 'period_start_month', 'period_end_month') }} as period_key,
    report_text,
    char_count,
    {{ clean_text('encoding') }}           as encoding,
    loaded_at,
    extractor_version
from {{ source('raw', 'documents') }}

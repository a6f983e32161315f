select
    d.report_key,
    d.file_name,
    d.source_path,
    d.content_sha256,
    d.title,
    d.department,
    c.county_key,
    coalesce(d.period_key, '{{ var("unknown_period_key") }}') as period_key,
    d.report_year,
    d.report_text,
    d.char_count,
    d.loaded_at,
    d.county_text,
    d.period_label,
    d.encoding,
    d.extractor_version
from {{ ref('stg_documents') }} d
left join {{ ref('int_report_counties') }} c on c.report_key = d.report_key

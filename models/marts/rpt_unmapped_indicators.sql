-- Indicator surfaces not in seeds/indicators.csv, most frequent first: candidates for new
-- indicators or aliases.
select
    row_number() over (order by fact_count desc, report_count desc, surface) as frequency_rank,
    indicator_key,
    surface,
    fact_count,
    report_count,
    example_source_text,
    example_file_name,
    codes_as_extracted
from {{ ref('int_unmapped_indicators') }}
order by frequency_rank

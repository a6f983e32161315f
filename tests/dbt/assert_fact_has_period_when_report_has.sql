-- A fact has a period whenever its report has one (the extractor falls back from the clause
-- to the paragraph, the heading and the report).
select f.fact_id, f.period_key, r.period_key as report_period_key
from {{ ref('fact_indicator') }} f
join {{ ref('dim_report') }} r using (report_key)
where r.period_key <> '{{ var("unknown_period_key") }}'
  and f.period_key = '{{ var("unknown_period_key") }}'

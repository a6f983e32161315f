-- Every report comes from a file recorded as loaded, and every loaded file has its report.
select r.content_sha256, 'report without a loaded file row' as problem
from {{ ref('dim_report') }} r
where not exists (
    select 1 from {{ ref('stg_files') }} f
    where f.content_sha256 = r.content_sha256 and f.status = 'loaded'
)

union all

select f.content_sha256, 'loaded file without a report'
from {{ ref('stg_files') }} f
where f.status = 'loaded'
  and not exists (select 1 from {{ ref('dim_report') }} r where r.content_sha256 = f.content_sha256)

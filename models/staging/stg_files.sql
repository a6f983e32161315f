-- one row per input file seen by the extractor (loaded, rejected, duplicate)
select
    source_path,
    file_name,
    content_sha256,
    {{ report_key('content_sha256') }}  as report_key,
    size_bytes,
    lower({{ clean_text('file_type') }}) as file_type,
    {{ clean_text('encoding') }}         as encoding,
    lower(trim(status))                  as status,
    {{ clean_text('reason') }}           as reason,
    seen_at
from {{ source('raw', 'files') }}

-- GB/T 4754-2017 sections (A-T) and divisions (01-97)
select
    code        as industry_key,
    code,
    name_zh,
    name_en,
    level,
    parent_code
from {{ ref('industries') }}

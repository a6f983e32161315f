-- Every indicator of seeds/indicators.csv, and one row per indicator surface that is not in it.
select
    indicator_code      as indicator_key,
    indicator_code,
    name_zh,
    name_en,
    category,
    unit_kind,
    aliases,
    definition,
    true                as is_canonical
from {{ ref('indicators') }}

union all

select
    indicator_key,
    indicator_key                       as indicator_code,
    coalesce(surface, '（未注明指标）')  as name_zh,
    null                                as name_en,
    'unmapped'                          as category,
    null                                as unit_kind,
    null                                as aliases,
    null                                as definition,
    false                               as is_canonical
from {{ ref('int_unmapped_indicators') }}

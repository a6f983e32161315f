select
    period_key,
    year,
    start_month,
    end_month,
    period_type,
    label_zh,
    label_as_written
from {{ ref('int_periods') }}

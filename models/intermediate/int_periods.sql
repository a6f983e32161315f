-- Every period stated by a report or a mention, one row per period_key, plus the unknown
-- period that facts fall back to when neither the mention nor its report states one.
with stated as (
    select period_key, period_year, period_start_month, period_end_month, period_type, period_label
    from {{ ref('stg_documents') }}
    where period_key is not null
    union all
    select period_key, period_year, period_start_month, period_end_month, period_type, period_label
    from {{ ref('stg_indicator_mentions') }}
    where period_key is not null
    union all
    select period_key, period_year, period_start_month, period_end_month, period_type, period_label
    from {{ ref('stg_investment_mentions') }}
    where period_key is not null
),

keys as (
    select distinct period_key, period_year, period_start_month, period_end_month
    from stated
    union
    select '{{ var("unknown_period_key") }}', null, null, null
),

-- the period_type and the label most often given for a key (ties: alphabetical)
type_votes as (
    select period_key, period_type,
           row_number() over (partition by period_key order by count(*) desc, period_type) as rn
    from stated
    where period_type is not null
    group by period_key, period_type
),

label_votes as (
    select period_key, period_label,
           row_number() over (partition by period_key order by count(*) desc, period_label) as rn
    from stated
    where period_label is not null
    group by period_key, period_label
),

derived as (
    select
        k.period_key,
        k.period_year        as year,
        k.period_start_month as start_month,
        k.period_end_month   as end_month,
        coalesce(t.period_type,
            case
                when k.period_start_month is null or k.period_end_month is null then 'other'
                when k.period_start_month = 1 and k.period_end_month = 12 then 'year'
                when k.period_start_month = k.period_end_month then 'month'
                when k.period_start_month = 1 and k.period_end_month = 6 then 'half_year'
                when k.period_end_month - k.period_start_month = 2
                     and k.period_start_month in (1, 4, 7, 10) then 'quarter'
                when k.period_start_month = 1 then 'ytd'
                else 'other'
            end)             as period_type,
        l.period_label       as label_as_written
    from keys k
    left join type_votes t on t.period_key = k.period_key and t.rn = 1
    left join label_votes l on l.period_key = k.period_key and l.rn = 1
)

select
    period_key,
    year,
    start_month,
    end_month,
    period_type,
    -- a label that does not depend on how one report phrased it: 2022年1-6月, 2022年全年, 2022年6月
    case
        when year is null and start_month is null and end_month is null then '未注明期间'
        else coalesce(cast(year as varchar) || '年', '')
             || case
                    when start_month is null and end_month is null then ''
                    when start_month = 1 and end_month = 12 then '全年'
                    when start_month = end_month then cast(start_month as varchar) || '月'
                    when start_month is null then '截至' || cast(end_month as varchar) || '月'
                    when end_month is null then cast(start_month as varchar) || '月起'
                    else cast(start_month as varchar) || '-' || cast(end_month as varchar) || '月'
                end
    end as label_zh,
    label_as_written
from derived

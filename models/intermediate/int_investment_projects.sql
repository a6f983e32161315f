-- One row per investment event with the project it belongs to across reports.
-- A project is its county and its normalised name: brackets and spaces tidied, the county's
-- own name and a final 项目/工程 taken off ("旺苍县天星煤矿智能化改造项目" → "天星煤矿智能化改造"),
-- so that the reports of one county that name a project alike meet in one project_key.
-- event_order sorts the events of a project in time: the report's period, the event date,
-- then the stage (a report that says "点火试产…竣工投产" ends at the later stage).
with investments as (
    select * from {{ ref('stg_investment_mentions') }}
),

documents as (
    select report_key, period_key, report_year, period_year, period_end_month
    from {{ ref('stg_documents') }}
),

counties as (
    select report_key, county_key, county_text from {{ ref('int_report_counties') }}
),

enterprises as (
    select mention_id, enterprise_key from {{ ref('int_enterprise_mentions') }}
    where source = 'investment'
),

named as (
    select
        v.investment_id,
        v.report_key,
        c.county_key,
        {{ enterprise_name_tidy('v.project_name') }}          as tidy_name,
        c.county_text,
        coalesce(v.period_key, d.period_key, '{{ var("unknown_period_key") }}') as period_key,
        coalesce(v.period_year, d.period_year, d.report_year)                   as order_year,
        coalesce(v.period_end_month, d.period_end_month, 12)                    as order_month,
        v.event_date,
        v.stage,
        v.char_start,
        e.enterprise_key
    from investments v
    left join documents d on d.report_key = v.report_key
    left join counties c on c.report_key = v.report_key
    left join enterprises e on e.mention_id = v.investment_id
),

normalised as (
    select
        *,
        regexp_replace(
            case
                when county_text is not null and starts_with(tidy_name, county_text)
                     and length(tidy_name) >= length(county_text) + 2
                    then substr(tidy_name, length(county_text) + 1)
                else tidy_name
            end,
            '(.{2,})(项目|工程)$', '\1') as name_normalized
    from named
)

select
    investment_id,
    report_key,
    county_key,
    name_normalized,
    'prj:' || left(md5(county_key || '|' || name_normalized), 12) as project_key,
    period_key,
    enterprise_key,
    case stage
        when 'planned' then 0 when 'signed' then 1 when 'started' then 2
        when 'under_construction' then 3 when 'completed' then 4 when 'in_production' then 5
    end as stage_rank,
    lpad(cast(coalesce(order_year, 0) as varchar), 4, '0')
        || lpad(cast(order_month as varchar), 2, '0')
        || coalesce(strftime(event_date, '%Y%m%d'), '00000000')
        || cast(case stage
            when 'planned' then 0 when 'signed' then 1 when 'started' then 2
            when 'under_construction' then 3 when 'completed' then 4 when 'in_production' then 5
           end as varchar)
        || lpad(cast(char_start as varchar), 9, '0')                 as event_order
from normalised

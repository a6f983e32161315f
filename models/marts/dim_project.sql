-- One row per investment project across all reports: its latest stage, the report that says
-- so, and its history of stages and amounts (oldest first).
with projects as (
    select * from {{ ref('int_investment_projects') }}
),

investments as (
    select * from {{ ref('stg_investment_mentions') }}
),

industries as (
    select code from {{ ref('industries') }}
),

events as (
    select
        p.project_key,
        p.county_key,
        p.name_normalized,
        p.investment_id,
        p.report_key,
        p.period_key,
        p.event_order,
        p.enterprise_key,
        v.project_name,
        v.company_name,
        s.code as industry_key,
        v.stage,
        v.amount,
        v.unit,
        v.amount_cny,
        v.is_masked,
        v.mask_text,
        v.event_date
    from projects p
    join investments v on v.investment_id = p.investment_id
    left join industries s on s.code = v.industry_code
),

-- one step of the history per report and stage
steps as (
    select
        project_key,
        report_key,
        stage,
        min(event_order)            as event_order,
        any_value(period_key)       as period_key,
        max(amount)                 as amount,
        any_value(unit) filter (where amount is not null or is_masked) as unit,
        bool_or(is_masked)          as is_masked,
        any_value(mask_text)        as mask_text
    from events
    group by project_key, report_key, stage
),

history as (
    select
        project_key,
        string_agg(period_key || ' ' || stage, '; ' order by event_order)           as stage_history,
        string_agg(period_key || ' ' || coalesce(cast(amount as varchar), mask_text) || coalesce(unit, ''),
                   '; ' order by event_order)
            filter (where amount is not null or is_masked)                          as amount_history
    from steps
    group by project_key
),

summary as (
    select
        project_key,
        any_value(county_key)                                       as county_key,
        any_value(name_normalized)                                  as name_normalized,
        arg_max(project_name, event_order)                          as project_name,
        arg_max(company_name, event_order) filter (where company_name is not null)     as company_name,
        arg_max(enterprise_key, event_order) filter (where enterprise_key is not null) as enterprise_key,
        arg_max(industry_key, event_order) filter (where industry_key is not null)     as industry_key,
        arg_max(stage, event_order)                                 as latest_stage,
        arg_max(report_key, event_order)                            as latest_report_key,
        arg_max(period_key, event_order)                            as latest_period_key,
        arg_max(event_date, event_order)                            as latest_event_date,
        arg_max(investment_id, event_order)                         as latest_investment_id,
        arg_min(stage, event_order)                                 as first_stage,
        arg_min(report_key, event_order)                            as first_report_key,
        arg_max(amount, event_order) filter (where amount is not null)     as amount,
        arg_max(unit, event_order) filter (where amount is not null)       as unit,
        arg_max(amount_cny, event_order) filter (where amount_cny is not null) as amount_cny,
        count(*)                                                    as event_count,
        count(distinct report_key)                                  as report_count
    from events
    group by project_key
)

select
    s.project_key,
    s.county_key,
    s.project_name,
    s.name_normalized,
    s.company_name,
    s.enterprise_key,
    s.industry_key,
    s.latest_stage,
    s.latest_report_key,
    s.latest_period_key,
    s.latest_event_date,
    s.latest_investment_id,
    s.first_stage,
    s.first_report_key,
    s.amount,
    s.unit,
    s.amount_cny,
    s.event_count,
    s.report_count,
    h.stage_history,
    h.amount_history
from summary s
left join history h on h.project_key = s.project_key

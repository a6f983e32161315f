-- Cross-figure consistency: one row per case where figures of the warehouse disagree with
-- each other. These are warnings for an analyst to look at (reports do contain typos and
-- revised figures), not errors; the dbt test on this model is of severity warn.
with f as (
    select
        fi.*,
        p.year,
        p.start_month,
        p.end_month
    from {{ ref('fact_indicator') }} fi
    left join {{ ref('dim_period') }} p using (period_key)
    where not fi.is_masked and fi.value_std is not null
),

own as (
    select * from f where subject_type = 'county' or subject_type is null
),

-- 1. completion_pct against value ÷ target, when all three are stated in one report
completion as (
    select
        'completion_vs_target' as check_name,
        c.report_key,
        c.indicator_key,
        c.period_key,
        round(100.0 * a.value_std / t.value_std, 2) as expected,
        c.value as stated,
        'completion ' || c.value || '% but value ' || a.value || coalesce(a.unit, '')
            || ' / target ' || t.value || coalesce(t.unit, '') || ' = '
            || round(100.0 * a.value_std / t.value_std, 2) || '%' as detail,
        [c.fact_id, a.fact_id, t.fact_id] as fact_ids,
        c.source_text
    from own c
    join own a
        on a.report_key = c.report_key and a.indicator_key = c.indicator_key
        and a.source_text = c.source_text and a.char_start < c.char_start
        and a.period_key = c.period_key and a.measure = 'value' and a.basis = c.basis
    join own t
        on t.report_key = c.report_key and t.indicator_key = c.indicator_key
        and t.source_text = c.source_text and t.char_start < c.char_start and t.char_start > a.char_start
        and t.measure = 'value' and t.basis = 'target' and t.unit_std = a.unit_std
    where c.measure = 'completion_pct' and t.value_std > 0
        and abs(100.0 * a.value_std / t.value_std - c.value) > 2
),

-- 2. yoy against the same indicator a year earlier, when the warehouse holds both
yoy as (
    select
        'yoy_vs_previous_year' as check_name,
        y.report_key,
        y.indicator_key,
        y.period_key,
        round(100.0 * (cur.value_std / prev.value_std - 1), 2) as expected,
        y.value as stated,
        'stated yoy ' || y.value || '% but ' || cur.value || coalesce(cur.unit, '') || ' against '
            || prev.value || coalesce(prev.unit, '') || ' a year earlier gives '
            || round(100.0 * (cur.value_std / prev.value_std - 1), 2) || '%' as detail,
        [y.fact_id, cur.fact_id, prev.fact_id] as fact_ids,
        y.source_text
    from own y
    join own cur
        on cur.report_key = y.report_key and cur.indicator_key = y.indicator_key
        and cur.period_key = y.period_key and cur.measure = 'value' and cur.basis = y.basis
    join own prev
        on prev.county_key = cur.county_key and prev.indicator_key = cur.indicator_key
        and prev.year = cur.year - 1 and prev.start_month = cur.start_month
        and prev.end_month = cur.end_month and prev.measure = 'value' and prev.basis = 'actual'
        and prev.unit_std = cur.unit_std
    where y.measure = 'yoy_pct' and prev.value_std > 0 and not cur.county_key like 'unresolved:%'
        and abs(100.0 * (cur.value_std / prev.value_std - 1) - y.value) > 2
),

-- 3. a part of a 其中 breakdown (enterprise, park, sector) above its whole
parts as (
    select
        'part_above_whole' as check_name,
        part.report_key,
        part.indicator_key,
        part.period_key,
        whole.value_std as expected,
        part.value_std as stated,
        coalesce(part.subject_name, '?') || ' ' || part.value || coalesce(part.unit, '')
            || ' is above the whole ' || whole.value || coalesce(whole.unit, '') as detail,
        [part.fact_id, whole.fact_id] as fact_ids,
        part.source_text
    from f part
    join own whole
        on whole.report_key = part.report_key and whole.indicator_key = part.indicator_key
        and whole.period_key = part.period_key and whole.measure = 'value'
        and whole.basis = part.basis and whole.unit_std = part.unit_std
    where part.subject_type in ('enterprise', 'park', 'industry') and part.measure = 'value'
        and part.value_std > whole.value_std * 1.0001
),

-- 4. the same figure stated twice with different values
twice as (
    select
        'same_figure_different_values' as check_name,
        report_key,
        indicator_key,
        period_key,
        min(value_std) as expected,
        max(value_std) as stated,
        measure || ' stated as ' || string_agg(distinct cast(value as varchar), ' and ') as detail,
        list(fact_id order by char_start) as fact_ids,
        min(source_text) as source_text
    from f
    where qualifier = '=' and indicator_key not like 'unmapped:%' and measure in ('value', 'yoy_pct')
    group by report_key, indicator_key, period_key, measure, basis, subject_type,
        coalesce(subject_name, ''), unit_std
    having count(distinct value_std) > 1 and count(distinct source_text) > 1
)

select * from completion
union all select * from yoy
union all select * from parts
union all select * from twice

-- Resolved counties (one row per adcode used by a report, named from the gazetteer) and one
-- unresolved row per report whose county is masked or absent.
with report_counties as (
    select * from {{ ref('int_report_counties') }}
),

gazetteer as (
    select * from {{ ref('gazetteer') }}
),

used_adcodes as (
    select
        adcode,
        -- the county as most reports write it
        arg_max(county_text, n) as county_text
    from (
        select adcode, county_text, count(*) as n
        from report_counties
        where is_resolved
        group by adcode, county_text
    )
    group by adcode
)

select
    u.adcode                          as county_key,
    u.adcode,
    coalesce(g.name, u.county_text)   as county_name,
    g.city_name,
    g.province_name,
    true                              as is_resolved,
    g.longitude,
    g.latitude,
    u.county_text,
    g.city_adcode,
    g.province_adcode
from used_adcodes u
left join gazetteer g on g.adcode = u.adcode

union all

select
    county_key,
    null                              as adcode,
    county_text                       as county_name,
    null                              as city_name,
    null                              as province_name,
    false                             as is_resolved,
    null                              as longitude,
    null                              as latitude,
    county_text,
    null                              as city_adcode,
    null                              as province_adcode
from report_counties
where not is_resolved

-- One row per report with the county it is about.
-- A masked ("X县", "*县") or absent county is never resolved to a real one: it gets a
-- county_key of its own, 'unresolved:' || report_key.
with documents as (
    select * from {{ ref('stg_documents') }}
),

resolved as (
    select
        report_key,
        county_text,
        county_is_masked,
        county_adcode as adcode_as_extracted,
        case
            when not county_is_masked and regexp_full_match(county_adcode, '[0-9]{6}')
                then county_adcode
        end as adcode
    from documents
)

select
    report_key,
    coalesce(adcode, 'unresolved:' || report_key) as county_key,
    adcode,
    adcode is not null                            as is_resolved,
    county_text,
    county_is_masked,
    adcode_as_extracted
from resolved

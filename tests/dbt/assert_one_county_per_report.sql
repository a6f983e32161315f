-- Every report points at exactly one county row; every unresolved county row belongs to
-- exactly one report; a report whose county is masked is never resolved to a real county.
with reports as (
    select r.report_key, r.county_key, d.county_is_masked
    from {{ ref('dim_report') }} r
    join {{ ref('stg_documents') }} d on d.report_key = r.report_key
),

counties as (
    select * from {{ ref('dim_county') }}
)

select r.report_key, 'report has ' || count(c.county_key) || ' county rows' as problem
from reports r
left join counties c on c.county_key = r.county_key
group by r.report_key
having count(c.county_key) <> 1

union all

select c.county_key, 'unresolved county used by ' || count(r.report_key) || ' reports'
from counties c
left join reports r on r.county_key = c.county_key
where not c.is_resolved
group by c.county_key
having count(r.report_key) <> 1

union all

select r.report_key, 'masked county resolved to ' || c.adcode
from reports r
join counties c on c.county_key = r.county_key
where r.county_is_masked and c.is_resolved

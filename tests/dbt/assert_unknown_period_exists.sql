-- Facts without any period point at '{{ var("unknown_period_key") }}', so it must always exist.
select '{{ var("unknown_period_key") }}' as missing_period_key
where not exists (
    select 1 from {{ ref('dim_period') }} where period_key = '{{ var("unknown_period_key") }}'
)

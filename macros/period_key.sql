{#- period_key(year, start_month, end_month) -> '2022:01-06', 'na:01-06', '2022:na-na', 'na:na-na' -#}
{% macro period_key(year, start_month, end_month) -%}
    (coalesce(cast({{ year }} as varchar), 'na')
     || ':' || coalesce(lpad(cast({{ start_month }} as varchar), 2, '0'), 'na')
     || '-' || coalesce(lpad(cast({{ end_month }} as varchar), 2, '0'), 'na'))
{%- endmacro %}

{#- the period_key when any part of the period is stated, else null -#}
{% macro stated_period_key(year, start_month, end_month) -%}
    case when {{ year }} is not null or {{ start_month }} is not null or {{ end_month }} is not null
         then {{ period_key(year, start_month, end_month) }}
    end
{%- endmacro %}

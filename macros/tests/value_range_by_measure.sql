{#- Rows whose value lies outside the range given for its measure.
    ranges: {measure: [min, max]}; a bound of null (YAML) is open. -#}
{% test value_range_by_measure(model, ranges, column_name='value', measure='measure') %}
select *
from {{ model }}
where {{ column_name }} is not null
  and (
    {%- for m, bounds in ranges.items() %}
    {{ 'or ' if not loop.first }}({{ measure }} = '{{ m }}' and (
        false
        {%- if bounds[0] is not none %} or {{ column_name }} < {{ bounds[0] }}{% endif %}
        {%- if bounds[1] is not none %} or {{ column_name }} > {{ bounds[1] }}{% endif %}
    ))
    {%- endfor %}
  )
{% endtest %}

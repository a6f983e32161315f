{#- Masked rows must carry no value and keep the mask as written. -#}
{% test masked_has_no_value(model, value_columns=['value', 'value_std'], mask_column='mask_text') %}
select *
from {{ model }}
where is_masked is null
   or (is_masked and ({{ mask_column }} is null
       {%- for c in value_columns %} or {{ c }} is not null{% endfor %}))
{% endtest %}

{#- Rows for which the boolean SQL expression is not true (null counts as not true).
    Restrict the rows with the test's `where` config. -#}
{% test expression_is_true(model, expression) %}
select *
from {{ model }}
where not coalesce(({{ expression }}), false)
{% endtest %}

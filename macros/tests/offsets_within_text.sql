{#- Rows whose [char_start, char_end) is not a non-empty range inside their report's text. -#}
{% test offsets_within_text(model, report_model, report_key='report_key', start='char_start', end='char_end') %}
select m.{{ report_key }}, m.{{ start }}, m.{{ end }}, length(r.report_text) as text_length
from {{ model }} m
left join {{ report_model }} r on r.report_key = m.{{ report_key }}
where r.report_text is null
   or m.{{ start }} is null
   or m.{{ end }} is null
   or m.{{ start }} < 0
   or m.{{ end }} <= m.{{ start }}
   or m.{{ end }} > length(r.report_text)
{% endtest %}

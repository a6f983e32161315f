{#- Unmasked figures whose text slice [char_start, char_end) shows ASCII digits that are not
    the digits of the value. Slices without an ASCII digit (Chinese numerals: 第二, 六家) and
    multiples (增长1.5倍 is 150%) are not judged. -#}
{% test offset_text_has_figure(model, report_model, value='value', report_key='report_key') %}
with slices as (
    select
        m.*,
        substr(r.report_text, m.char_start + 1, m.char_end - m.char_start) as slice,
        regexp_replace(cast(abs(m.{{ value }}) as varchar), '[^0-9.]', '', 'g') as value_digits
    from {{ model }} m
    join {{ report_model }} r on r.report_key = m.{{ report_key }}
    where not m.is_masked
      and m.{{ value }} is not null
),

judged as (
    select
        *,
        regexp_replace(slice, '[^0-9.]', '', 'g') as slice_digits,
        -- 26.50 -> 26.5, 100.0 -> 100
        case when contains(value_digits, '.')
             then rtrim(rtrim(value_digits, '0'), '.')
             else value_digits end as want
    from slices
    where regexp_matches(slice, '[0-9]')
      and not contains(slice, '倍')
)

select *
from judged
where not contains(slice_digits, want)
{% endtest %}

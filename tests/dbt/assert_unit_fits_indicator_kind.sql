-- A level figure's unit family fits its indicator's unit kind (亿元 for an amount, 家 for a
-- count …). The extractor moves misfits to an unmapped indicator, so rows here mean a seed's
-- unit_kind or the extractor's rule needs a look. Warning: reports do state odd units.
{{ config(severity='warn') }}
select f.fact_id, f.unit, f.unit_std, i.name_zh, i.unit_kind, f.source_text
from {{ ref('fact_indicator') }} f
join {{ ref('dim_indicator') }} i using (indicator_key)
where f.measure = 'value'
  and i.is_canonical
  and f.unit_std is not null
  and f.unit_std <> 'other'
  and i.unit_kind not in ('other', '')
  and not (
        (i.unit_kind = 'currency' and f.unit_std in ('CNY', 'USD'))
     or (i.unit_kind in ('mu', 'm2') and f.unit_std in ('mu', 'm2'))
     or (i.unit_kind = f.unit_std)
  )

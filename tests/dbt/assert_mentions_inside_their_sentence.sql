{{ config(severity='warn') }}
-- source_text is the report text between sentence_start and sentence_end, and the figure
-- lies inside its sentence.
with mentions as (
    select mention_id as id, report_key, source_text, sentence_start, sentence_end, char_start, char_end
    from {{ ref('stg_indicator_mentions') }}
    union all
    select investment_id, report_key, source_text, sentence_start, sentence_end, char_start, char_end
    from {{ ref('stg_investment_mentions') }}
)

select m.*
from mentions m
join {{ ref('stg_documents') }} d on d.report_key = m.report_key
where m.char_start < m.sentence_start
   or m.char_end > m.sentence_end
   or m.source_text <> substr(d.report_text, m.sentence_start + 1, m.sentence_end - m.sentence_start)

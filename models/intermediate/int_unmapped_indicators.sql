-- One row per indicator surface that is not in seeds/indicators.csv, with how often it occurs.
with unmapped as (
    select f.*, d.file_name
    from {{ ref('int_indicator_facts') }} f
    left join {{ ref('stg_documents') }} d on d.report_key = f.report_key
    where not f.is_mapped
)

select
    indicator_key,
    min(indicator_surface)                         as surface,
    count(*)                                       as fact_count,
    count(distinct report_key)                     as report_count,
    arg_min(source_text, report_key || '|' || lpad(cast(seq as varchar), 8, '0'))
                                                   as example_source_text,
    arg_min(file_name, report_key || '|' || lpad(cast(seq as varchar), 8, '0'))
                                                   as example_file_name,
    -- codes the extractor gave that are not in the seed (normally none)
    array_to_string(list_sort(list(distinct indicator_code_as_extracted)
                              filter (where indicator_code_as_extracted is not null)), '|')
                                                   as codes_as_extracted
from unmapped
group by indicator_key

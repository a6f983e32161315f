{#- Enterprise names, the same rules as extract/enterprises.py (tests/test_investments.py
    checks that both agree):
    tidy: brackets to half-width, no whitespace, no quotes at the ends;
    normalized: the longest legal form (股份有限公司, 有限公司, 集团 …) that ends the name taken
    off, when two or more characters are left. Masks (*, X, ×) are part of the name. -#}
{% macro enterprise_name_tidy(column) -%}
    regexp_replace(
        regexp_replace(translate(cast({{ column }} as varchar), '（）【】〔〕', '()()()'), '[ \t\n\r\f\v\x{3000}]+', '', 'g'),
        '^[“”"''《》]+|[“”"''《》]+$', '', 'g')
{%- endmacro %}

{% macro enterprise_name_normalized(column) -%}
    case
        when length(regexp_replace({{ enterprise_name_tidy(column) }},
                '(集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$', '')) >= 2
            then regexp_replace({{ enterprise_name_tidy(column) }},
                '(集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$', '')
        else nullif({{ enterprise_name_tidy(column) }}, '')
    end
{%- endmacro %}

{#- 'ent:' and the first 12 hex characters of md5(normalized name); null without a name -#}
{% macro enterprise_key(column) -%}
    case when {{ enterprise_name_normalized(column) }} is not null
         then 'ent:' || left(md5({{ enterprise_name_normalized(column) }}), 12) end
{%- endmacro %}

{#- whether a subject name names one enterprise ("东阳光集团") and not a group of them
    ("新增规上企业", "战略性新兴产业类企业") -#}
{% macro is_named_enterprise(column) -%}
    ({{ column }} is not null
     and length({{ column }}) >= 2
     and not regexp_matches({{ column }}, '(企业|行业|产业|企业群)$')
     and not regexp_matches({{ column }}, '新增|培育|全县|全市|全区|各|规上|规模以上|预计|类|等'))
{%- endmacro %}

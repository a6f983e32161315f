{#- trimmed text, null when empty -#}
{% macro clean_text(column) -%}
    nullif(trim(cast({{ column }} as varchar)), '')
{%- endmacro %}

{#- report_key: the first 16 hex characters of the content SHA-256 (as mention ids use it) -#}
{% macro report_key(sha_column) -%}
    left({{ sha_column }}, 16)
{%- endmacro %}

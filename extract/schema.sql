-- Raw tables written by the Python extractor (schema `raw`). dbt reads them as sources.
-- Every char offset is 0-based, end exclusive, into raw.documents.report_text.
create schema if not exists raw;

-- one row per input file seen (rejected and duplicate ones too)
create table if not exists raw.files (
    source_path     varchar not null,   -- absolute path as given
    file_name       varchar not null,   -- base name
    content_sha256  varchar,            -- null when the file could not be read at all
    size_bytes      bigint,
    file_type       varchar,            -- txt, docx, pdf, html, or the suffix seen
    encoding        varchar,            -- detected text encoding (txt/html), else null
    status          varchar not null,   -- 'loaded', 'rejected', 'duplicate'
    reason          varchar,            -- why rejected, or which file it duplicates
    seen_at         timestamp not null
);

-- one row per accepted report (unique content_sha256)
create table if not exists raw.documents (
    content_sha256     varchar primary key,
    file_name          varchar not null,
    source_path        varchar not null,
    title              varchar,
    department         varchar,          -- as written (工信局, 商务局 …), may be null
    county_text        varchar,          -- the county as written (旺苍县, X县), may be null
    county_adcode      varchar,          -- 6-digit adcode when resolved, else null
    county_is_masked   boolean not null,
    report_year        integer,
    period_year        integer,          -- the report's main period
    period_start_month integer,
    period_end_month   integer,
    period_type        varchar,          -- month, quarter, ytd, half_year, year, other
    period_label       varchar,          -- as written (上半年, 1-6月 …)
    report_text        varchar not null, -- normalised text; all offsets point into it
    char_count         integer not null,
    encoding           varchar,
    loaded_at          timestamp not null,
    extractor_version  varchar not null
);

-- one row per figure stated in a report
create table if not exists raw.indicator_mentions (
    mention_id         varchar primary key,  -- content_sha256[:16] || '-' || seq
    content_sha256     varchar not null,
    seq                integer not null,
    indicator_code     varchar,              -- code from seeds/indicators.csv, null when unmapped
    indicator_surface  varchar,              -- the indicator words as written
    industry_code      varchar,              -- GB/T 4754 code when the figure is about a sector
    subject_type       varchar not null,     -- county, enterprise, park, city, province, industry, other
    subject_name       varchar,              -- null when the county's own
    measure            varchar not null,     -- value, yoy_pct, completion_pct, share_pct, rank, gap_pp, contribution_pp, change_pp
    basis              varchar not null,     -- actual, estimate, target
    qualifier          varchar not null,     -- =, >=, <=, ~
    value              double,               -- signed; null when masked
    unit               varchar,              -- as written
    value_std          double,
    unit_std           varchar,              -- CNY, USD, percent, pp, rank, count, person, kWh, tce, tonne, mu, m2, other
    is_masked          boolean not null,
    mask_text          varchar,
    period_year        integer,
    period_start_month integer,
    period_end_month   integer,
    period_type        varchar,
    period_label       varchar,
    period_source      varchar,              -- clause, heading, title, report, none
    source_text        varchar not null,     -- the sentence
    sentence_start     integer not null,
    sentence_end       integer not null,
    char_start         integer not null,     -- the figure and its unit
    char_end           integer not null,
    extractor_version  varchar not null
);

-- one row per investment project event stated in a report
create table if not exists raw.investment_mentions (
    investment_id      varchar primary key,  -- content_sha256[:16] || '-i' || seq
    content_sha256     varchar not null,
    seq                integer not null,
    project_name       varchar not null,
    company_name       varchar,
    stage              varchar not null,     -- signed, started, under_construction, completed, in_production, planned
    amount             double,               -- null when masked or not stated
    unit               varchar,
    amount_cny         double,
    is_masked          boolean not null,
    mask_text          varchar,
    event_date         date,
    event_date_text    varchar,
    location           varchar,              -- town or park when named
    industry_code      varchar,
    period_year        integer,
    period_start_month integer,
    period_end_month   integer,
    period_type        varchar,
    period_label       varchar,
    source_text        varchar not null,
    sentence_start     integer not null,
    sentence_end       integer not null,
    char_start         integer not null,
    char_end           integer not null,
    extractor_version  varchar not null
);

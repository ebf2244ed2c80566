-- ImpactKit analytics tables (impactkit/analytics/1) on a ClickHouse server: the columns of
-- schema/analytics-1.json in their order (Tests/analytics checks them), then what a warehouse adds: when a row was
-- loaded (ingested_at: monthly partitions and the retention TTL) and a non-null sort key for the institution.
-- Load the export as it is:
--   clickhouse-client --query "INSERT INTO impactkit.moments FORMAT JSONEachRow" < out/moments.ndjson
--   clickhouse-client --query "INSERT INTO impactkit.moments FROM INFILE 'out/moments.parquet' FORMAT Parquet"
-- A weekly re-export of the same documents replaces their rows: each table is a ReplacingMergeTree on the row's
-- identity (document, moment, domain, placement, change, outcome), the latest load kept; read with
-- `SET final = 1` so a query never sees a row twice before the merge. Retention: rows leave seven years after they
-- were loaded (adjust to the institution's records policy). The models in analytics/models read these tables by
-- name: run them after `USE impactkit`.

CREATE DATABASE IF NOT EXISTS impactkit;

CREATE TABLE IF NOT EXISTS impactkit.groups
(
    `institution` Nullable(String),
    `programme` Nullable(String),
    `document` String,
    `group` String,
    `kind` String,
    `title` Nullable(String),
    `moments` Int64,
    `ingested_at` DateTime DEFAULT now(),
    `institution_key` String MATERIALIZED ifNull(institution, '')
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ingested_at)
ORDER BY (institution_key, document)
TTL ingested_at + INTERVAL 7 YEAR;

CREATE TABLE IF NOT EXISTS impactkit.moments
(
    `institution` Nullable(String),
    `programme` Nullable(String),
    `document` String,
    `group` String,
    `moment_index` Int64,
    `is_latest` Bool,
    `moment_label` String,
    `moment_date` Nullable(String),
    `moment_month` Nullable(String),
    `canvas` String,
    `template` String,
    `variant` String,
    `purpose` Nullable(String),
    `cards` Int64,
    `activity` Int64,
    `place` Int64,
    `result` Int64,
    `domains_in_use` Int64,
    `covered` Int64,
    `partial` Int64,
    `empty` Int64,
    `strongest` Array(String),
    `weakest` Array(String),
    `cards_added` Nullable(Int64),
    `domains_newly_covered` Nullable(Int64),
    `results_with_spheres` Int64,
    `chains` Int64,
    `ingested_at` DateTime DEFAULT now(),
    `institution_key` String MATERIALIZED ifNull(institution, '')
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ingested_at)
ORDER BY (institution_key, document, moment_index)
TTL ingested_at + INTERVAL 7 YEAR;

CREATE TABLE IF NOT EXISTS impactkit.moment_domains
(
    `institution` Nullable(String),
    `programme` Nullable(String),
    `document` String,
    `group` String,
    `moment_index` Int64,
    `is_latest` Bool,
    `moment_label` String,
    `moment_date` Nullable(String),
    `moment_month` Nullable(String),
    `domain` String,
    `activity` Int64,
    `place` Int64,
    `result` Int64,
    `cards` Int64,
    `coverage` String,
    `ingested_at` DateTime DEFAULT now(),
    `institution_key` String MATERIALIZED ifNull(institution, '')
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ingested_at)
ORDER BY (institution_key, document, moment_index, domain)
TTL ingested_at + INTERVAL 7 YEAR;

CREATE TABLE IF NOT EXISTS impactkit.placements
(
    `institution` Nullable(String),
    `programme` Nullable(String),
    `document` String,
    `group` String,
    `moment_index` Int64,
    `is_latest` Bool,
    `moment_label` String,
    `moment_date` Nullable(String),
    `moment_month` Nullable(String),
    `placement` String,
    `card` Nullable(String),
    `card_kind` Nullable(String),
    `own_card` Bool,
    `domain` String,
    `field` String,
    `has_note` Bool,
    `effect_intended` Nullable(Bool),
    `effect_valence` Nullable(String),
    `spheres` Array(String),
    `valued_by` Array(String),
    `interaction_mode` Nullable(String),
    `partners` Array(String),
    `chains` Int64,
    `ingested_at` DateTime DEFAULT now(),
    `institution_key` String MATERIALIZED ifNull(institution, '')
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ingested_at)
ORDER BY (institution_key, document, moment_index, placement)
TTL ingested_at + INTERVAL 7 YEAR;

CREATE TABLE IF NOT EXISTS impactkit.changes
(
    `institution` Nullable(String),
    `programme` Nullable(String),
    `document` String,
    `change` String,
    `person` String,
    `stakeholder_group` String,
    `in_scope` Bool,
    `dimension` Nullable(String),
    `skill` Nullable(String),
    `sdgs` Array(Int64),
    `helices` Array(String),
    `votes` Nullable(Int64),
    `weight` Nullable(Float64),
    `verified` Bool,
    `ingested_at` DateTime DEFAULT now(),
    `institution_key` String MATERIALIZED ifNull(institution, '')
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ingested_at)
ORDER BY (institution_key, document, change)
TTL ingested_at + INTERVAL 7 YEAR;

CREATE TABLE IF NOT EXISTS impactkit.sroi_outcomes
(
    `institution` Nullable(String),
    `programme` Nullable(String),
    `document` String,
    `outcome` String,
    `stakeholder_group` Nullable(String),
    `currency` String,
    `quantity` Float64,
    `proxy` Float64,
    `proxy_id` Nullable(String),
    `duration` Int64,
    `deadweight` Float64,
    `attribution` Float64,
    `displacement` Float64,
    `drop_off` Float64,
    `discount_rate` Float64,
    `impact` Float64,
    `present_value` Float64,
    `total_present_value` Float64,
    `inputs` Float64,
    `ratio` Nullable(Float64),
    `ingested_at` DateTime DEFAULT now(),
    `institution_key` String MATERIALIZED ifNull(institution, '')
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(ingested_at)
ORDER BY (institution_key, document, outcome)
TTL ingested_at + INTERVAL 7 YEAR;

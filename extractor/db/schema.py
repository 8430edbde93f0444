"""The fact database's tables and views (DuckDB SQL), kept as code so that it ships with the package."""

SCHEMA_SQL = """
-- The fact database. Tables are filled by `extractor db load`; views answer common questions.
CREATE TABLE IF NOT EXISTS documents (
    doc        VARCHAR,    -- document id (file name without extension); one row per doc
    path       VARCHAR,    -- the file as the batch read it
    sha256     VARCHAR,    -- content hash of the file
    status     VARCHAR,    -- ok | error | partial (facts kept, audit failed)
    facts      INTEGER,
    findings   INTEGER,
    chars      INTEGER,
    seconds    DOUBLE,
    error      VARCHAR,
    source     VARCHAR,    -- the OUT folder it was loaded from
    loaded_at  TIMESTAMP
);
CREATE TABLE IF NOT EXISTS facts (
    id         VARCHAR,
    doc        VARCHAR,
    type       VARCHAR,    -- money count percent quantity duration date place person org
    start      INTEGER,    -- offsets into the original decoded page text
    "end"      INTEGER,
    text       VARCHAR,
    value      DOUBLE,     -- numeric types (not date): yuan, count, percent, ...; else NULL
    value_text VARCHAR,    -- the value as written in the record: dates ('2022-05'), names
    unit       VARCHAR,
    qualifier  VARCHAR,
    value_max  DOUBLE,
    value_max_text VARCHAR,
    metric     VARCHAR,
    place      VARCHAR,
    period     VARCHAR,
    article    INTEGER,
    paragraph  INTEGER,
    sentence   VARCHAR,
    rule       VARCHAR,
    record     JSON        -- the whole JSON Lines row, extra fields included
);
CREATE TABLE IF NOT EXISTS findings (
    id          VARCHAR,   -- the finding's id, or a hash of its row
    doc         VARCHAR,
    "check"     VARCHAR,   -- sum rate growth enumeration part_of ...
    verdict     VARCHAR,   -- consistent inconsistent unverifiable
    expected    JSON,
    observed    JSON,
    explanation VARCHAR,
    facts       JSON,      -- [{start, end, ...}], the claim first
    record      JSON,
    source      VARCHAR
);
CREATE TABLE IF NOT EXISTS finding_facts (
    finding_id VARCHAR,
    position   INTEGER,    -- 0 is the claim
    doc        VARCHAR,
    start      INTEGER,
    "end"      INTEGER,
    text       VARCHAR     -- as the finding quotes it, if it does
);

-- Additive measures only: summing percentages or dates means nothing.
CREATE OR REPLACE VIEW totals AS
SELECT type, unit, place, metric, period, count(*) AS n, sum(value) AS total, count(DISTINCT doc) AS documents
FROM facts WHERE type IN ('money', 'count', 'quantity') AND value IS NOT NULL
GROUP BY ALL;

CREATE OR REPLACE VIEW totals_by_place AS
SELECT type, unit, place, count(*) AS n, sum(value) AS total FROM facts
WHERE type IN ('money', 'count', 'quantity') AND value IS NOT NULL GROUP BY ALL;

CREATE OR REPLACE VIEW totals_by_metric AS
SELECT type, unit, metric, count(*) AS n, sum(value) AS total FROM facts
WHERE type IN ('money', 'count', 'quantity') AND value IS NOT NULL GROUP BY ALL;

CREATE OR REPLACE VIEW totals_by_period AS
SELECT type, unit, period, count(*) AS n, sum(value) AS total FROM facts
WHERE type IN ('money', 'count', 'quantity') AND value IS NOT NULL GROUP BY ALL;

-- Each fact a finding names, with its text and sentence from the facts table.
CREATE OR REPLACE VIEW finding_quotes AS
SELECT ff.finding_id, ff.position, ff.doc, ff.start, ff."end",
       coalesce(ff.text, any_value(fa.text)) AS text, any_value(fa.sentence) AS sentence,
       any_value(fa.type) AS type, any_value(fa.value) AS value, any_value(fa.metric) AS metric
FROM finding_facts ff
LEFT JOIN facts fa ON fa.doc = ff.doc AND fa.start = ff.start AND fa."end" = ff."end"
GROUP BY ff.finding_id, ff.position, ff.doc, ff.start, ff."end", ff.text;

CREATE OR REPLACE VIEW inconsistent_findings AS
SELECT fi.doc, fi."check", fi.expected, fi.observed, fi.explanation,
       string_agg(q.text, ' | ' ORDER BY q.position) AS quotes,
       min(q.sentence) FILTER (WHERE q.position = 0) AS claim_sentence,
       fi.id
FROM findings fi LEFT JOIN finding_quotes q ON q.finding_id = fi.id
WHERE fi.verdict = 'inconsistent'
GROUP BY fi.id, fi.doc, fi."check", fi.expected, fi.observed, fi.explanation;

CREATE OR REPLACE VIEW errors AS
SELECT doc, path, status, error FROM documents WHERE status <> 'ok';
"""

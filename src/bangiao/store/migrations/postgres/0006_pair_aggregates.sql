-- What the pair dashboard shows, counted per country pair (a < b) and kept up to date as fused events, agreements
-- and figures come and go (store/pairs.py, called by store/relations.py), like pair_months: the page reads these
-- small tables, never every row of a large store.
CREATE TABLE IF NOT EXISTS pair_people (
    a       ctext NOT NULL,
    b       ctext NOT NULL,
    person  ctext NOT NULL,
    n       integer NOT NULL,           -- fused events of the pair the person took part in
    PRIMARY KEY (a, b, person)
);
DELETE FROM pair_people;
INSERT INTO pair_people (a, b, person, n)
    SELECT x.country, y.country, p.entity_id, count(*) FROM event_countries x
    JOIN event_countries y ON y.fused_id = x.fused_id AND x.country < y.country
    JOIN event_participants p ON p.fused_id = x.fused_id AND p.entity_id LIKE 'person:%'
    GROUP BY 1, 2, 3;

CREATE TABLE IF NOT EXISTS pair_agreements (
    a       ctext NOT NULL,
    b       ctext NOT NULL,
    folded  ctext NOT NULL,              -- the name, folded: one row per named document
    name    ctext NOT NULL,
    kind    ctext NOT NULL,
    n       integer NOT NULL,           -- mentions (an agreement of an article)
    signed  integer NOT NULL,           -- of which told as signed
    PRIMARY KEY (a, b, folded)
);
DELETE FROM pair_agreements;
WITH sides AS (
    SELECT g.doc_id, g.id, substr(j.value, 9) AS country FROM agreements g, jsonb_array_elements_text(g.parties::jsonb) AS j(value)
    WHERE j.value LIKE 'country:%'
    UNION
    SELECT g.doc_id, g.id, e.country FROM agreements g, jsonb_array_elements_text(g.parties::jsonb) AS j(value) JOIN entities e ON e.id = j.value
    WHERE e.country IS NOT NULL)
INSERT INTO pair_agreements (a, b, folded, name, kind, n, signed)
    SELECT x.country, y.country, g.folded, min(g.name), min(g.kind), count(*),
           sum(CASE WHEN g.status = 'signed' THEN 1 ELSE 0 END)
    FROM sides x JOIN sides y ON y.doc_id = x.doc_id AND y.id = x.id AND x.country < y.country
    JOIN agreements g ON g.doc_id = x.doc_id AND g.id = x.id
    GROUP BY 1, 2, 3;

CREATE TABLE IF NOT EXISTS pair_figures (
    a          ctext NOT NULL,
    b          ctext NOT NULL,
    unit       ctext NOT NULL,
    is_target  integer NOT NULL,
    value      bigint NOT NULL,        -- rounded: the same amount claimed the same way is one figure
    kind       ctext NOT NULL,
    period     ctext,
    n          integer NOT NULL,        -- mentions
    PRIMARY KEY (a, b, unit, is_target, value)
);
DELETE FROM pair_figures;
WITH sides AS (
    SELECT f.doc_id, f.n AS k, substr(j.value, 9) AS country FROM figures f, jsonb_array_elements_text(f.parties::jsonb) AS j(value)
    WHERE j.value LIKE 'country:%')
INSERT INTO pair_figures (a, b, unit, is_target, value, kind, period, n)
    SELECT x.country, y.country, f.unit, f.is_target, CAST(round(f.value) AS bigint),
           coalesce(max(CASE WHEN f.kind = 'other' THEN NULL ELSE f.kind END), 'other'), max(f.period), count(*)
    FROM sides x JOIN sides y ON y.doc_id = x.doc_id AND y.k = x.k AND x.country < y.country
    JOIN figures f ON f.doc_id = x.doc_id AND f.n = x.k
    GROUP BY 1, 2, 3, 4, 5;

-- The dashboard's few articles of an agreement or a figure; the home page's outlets and period covered.
CREATE INDEX IF NOT EXISTS agreements_folded ON agreements(folded);
CREATE INDEX IF NOT EXISTS figures_amount ON figures(unit, is_target, value);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source_name)

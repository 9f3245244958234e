-- Projects and commitments across documents (EXTRACTION.md: Project, Commitment), and the links between reports:
-- a project's mentions make one row per project (store/projects.py); a commitment said again at a later meeting is
-- linked to the earlier one, a target figure to the results reported for its pair, kind and period
-- (store/commitments.py, store/targets.py). Every table is derived and kept up to date as documents come and go.
CREATE TABLE IF NOT EXISTS project_mentions (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,           -- the project's place in the record's list
    project_id  TEXT NOT NULL,              -- the KB's id or the name's slug: the same in every document
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    stage       TEXT,
    date_value  TEXT,                       -- when it reached that stage
    seen        TEXT,                       -- the stage's date, else the document's
    evidence    TEXT NOT NULL,              -- JSON Span
    parties     TEXT NOT NULL,              -- JSON list of entity ids
    places      TEXT NOT NULL,
    value       REAL,
    unit        TEXT,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX IF NOT EXISTS project_mentions_project ON project_mentions(project_id);

CREATE TABLE IF NOT EXISTS projects (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,              -- the name most articles give
    kind        TEXT NOT NULL,
    stage       TEXT,                       -- the latest stage reported
    stage_date  TEXT,
    mentions    INTEGER NOT NULL,
    documents   INTEGER NOT NULL,
    first_seen  TEXT,
    last_seen   TEXT,
    value       REAL,
    unit        TEXT,
    parties     TEXT NOT NULL,
    places      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_seen ON projects(last_seen);

CREATE TABLE IF NOT EXISTS project_pairs (
    a           TEXT NOT NULL,
    b           TEXT NOT NULL,
    project_id  TEXT NOT NULL,
    PRIMARY KEY (a, b, project_id)
);
CREATE INDEX IF NOT EXISTS project_pairs_project ON project_pairs(project_id);

CREATE TABLE IF NOT EXISTS commitments (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    key         TEXT NOT NULL UNIQUE,       -- doc_id-id: how pages and the API name it
    kind        TEXT NOT NULL,
    topic       TEXT NOT NULL,
    cameo       TEXT NOT NULL,
    made        TEXT,                       -- its date, else the document's
    deadline    TEXT,
    words       TEXT NOT NULL,              -- JSON list: the key words and the projects of `what`
    record      TEXT NOT NULL,              -- the Commitment as in the record
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS commitments_made ON commitments(made);

CREATE TABLE IF NOT EXISTS commitment_sides (
    a       TEXT NOT NULL,
    b       TEXT NOT NULL,
    key     TEXT NOT NULL,
    topic   TEXT NOT NULL,
    made    TEXT,
    PRIMARY KEY (a, b, key)
);
CREATE INDEX IF NOT EXISTS commitment_sides_key ON commitment_sides(key);
CREATE INDEX IF NOT EXISTS commitment_sides_made ON commitment_sides(a, b, made);

CREATE TABLE IF NOT EXISTS commitment_words (
    word    TEXT NOT NULL,
    key     TEXT NOT NULL,
    PRIMARY KEY (word, key)
);
CREATE INDEX IF NOT EXISTS commitment_words_key ON commitment_words(key);

CREATE TABLE IF NOT EXISTS commitment_links (
    earlier   TEXT NOT NULL,                -- commitments' keys; earlier by (made, key)
    later     TEXT NOT NULL,
    relation  TEXT NOT NULL,                -- again: at a later date; same: the same day's undertaking told twice
    PRIMARY KEY (earlier, later)
);
CREATE INDEX IF NOT EXISTS commitment_links_later ON commitment_links(later);

CREATE TABLE IF NOT EXISTS figure_sides (
    a          TEXT NOT NULL,
    b          TEXT NOT NULL,
    doc_id     TEXT NOT NULL,
    n          INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    unit       TEXT NOT NULL,
    is_target  INTEGER NOT NULL,
    period     TEXT,                        -- a target's: its period, else the deadline of its commitment
    value      REAL NOT NULL,
    PRIMARY KEY (a, b, doc_id, n)
);
CREATE INDEX IF NOT EXISTS figure_sides_kind ON figure_sides(a, b, kind, unit, is_target, period);
CREATE INDEX IF NOT EXISTS figure_sides_doc ON figure_sides(doc_id);

CREATE TABLE IF NOT EXISTS target_links (
    target_doc  TEXT NOT NULL,
    target_n    INTEGER NOT NULL,
    result_doc  TEXT NOT NULL,
    result_n    INTEGER NOT NULL,
    PRIMARY KEY (target_doc, target_n, result_doc, result_n)
);
CREATE INDEX IF NOT EXISTS target_links_result ON target_links(result_doc);

-- The figures stored before: their sides and the links of targets to results (as store/targets.py makes them).
INSERT INTO figure_sides (a, b, doc_id, n, kind, unit, is_target, period, value)
    SELECT DISTINCT substr(x.value, 9), substr(y.value, 9), f.doc_id, f.n, f.kind, f.unit, f.is_target, f.period,
           f.value
    FROM figures f, json_each(f.parties) x, json_each(f.parties) y
    WHERE x.value LIKE 'country:%' AND y.value LIKE 'country:%' AND x.value < y.value;
INSERT INTO target_links (target_doc, target_n, result_doc, result_n)
    SELECT DISTINCT t.doc_id, t.n, r.doc_id, r.n FROM figure_sides t JOIN figure_sides r
    ON r.a = t.a AND r.b = t.b AND r.kind = t.kind AND r.unit = t.unit AND r.is_target = 0
    AND substr(r.period, 1, min(length(r.period), length(t.period))) =
        substr(t.period, 1, min(length(r.period), length(t.period)))
    WHERE t.is_target = 1 AND t.period IS NOT NULL AND r.period IS NOT NULL

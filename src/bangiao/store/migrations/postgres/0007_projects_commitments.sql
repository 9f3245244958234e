-- Projects and commitments across documents (EXTRACTION.md: Project, Commitment), and the links between reports:
-- a project's mentions make one row per project (store/projects.py); a commitment said again at a later meeting is
-- linked to the earlier one, a target figure to the results reported for its pair, kind and period
-- (store/commitments.py, store/targets.py). Every table is derived and kept up to date as documents come and go.
CREATE TABLE IF NOT EXISTS project_mentions (
    doc_id      ctext NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n           integer NOT NULL,           -- the project's place in the record's list
    project_id  ctext NOT NULL,              -- the KB's id or the name's slug: the same in every document
    name        ctext NOT NULL,
    kind        ctext NOT NULL,
    stage       ctext,
    date_value  ctext,                       -- when it reached that stage
    seen        ctext,                       -- the stage's date, else the document's
    evidence    ctext NOT NULL,              -- JSON Span
    parties     ctext NOT NULL,              -- JSON list of entity ids
    places      ctext NOT NULL,
    value       double precision,
    unit        ctext,
    PRIMARY KEY (doc_id, n)
);
CREATE INDEX IF NOT EXISTS project_mentions_project ON project_mentions(project_id);

CREATE TABLE IF NOT EXISTS projects (
    id          ctext PRIMARY KEY,
    name        ctext NOT NULL,              -- the name most articles give
    kind        ctext NOT NULL,
    stage       ctext,                       -- the latest stage reported
    stage_date  ctext,
    mentions    integer NOT NULL,
    documents   integer NOT NULL,
    first_seen  ctext,
    last_seen   ctext,
    value       double precision,
    unit        ctext,
    parties     ctext NOT NULL,
    places      ctext NOT NULL
);
CREATE INDEX IF NOT EXISTS projects_seen ON projects(last_seen);

CREATE TABLE IF NOT EXISTS project_pairs (
    a           ctext NOT NULL,
    b           ctext NOT NULL,
    project_id  ctext NOT NULL,
    PRIMARY KEY (a, b, project_id)
);
CREATE INDEX IF NOT EXISTS project_pairs_project ON project_pairs(project_id);

CREATE TABLE IF NOT EXISTS commitments (
    doc_id      ctext NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          ctext NOT NULL,
    key         ctext NOT NULL UNIQUE,       -- doc_id-id: how pages and the API name it
    kind        ctext NOT NULL,
    topic       ctext NOT NULL,
    cameo       ctext NOT NULL,
    made        ctext,                       -- its date, else the document's
    deadline    ctext,
    words       ctext NOT NULL,              -- JSON list: the key words and the projects of `what`
    record      ctext NOT NULL,              -- the Commitment as in the record
    PRIMARY KEY (doc_id, id)
);
CREATE INDEX IF NOT EXISTS commitments_made ON commitments(made);

CREATE TABLE IF NOT EXISTS commitment_sides (
    a       ctext NOT NULL,
    b       ctext NOT NULL,
    key     ctext NOT NULL,
    topic   ctext NOT NULL,
    made    ctext,
    PRIMARY KEY (a, b, key)
);
CREATE INDEX IF NOT EXISTS commitment_sides_key ON commitment_sides(key);
CREATE INDEX IF NOT EXISTS commitment_sides_made ON commitment_sides(a, b, made);

CREATE TABLE IF NOT EXISTS commitment_words (
    word    ctext NOT NULL,
    key     ctext NOT NULL,
    PRIMARY KEY (word, key)
);
CREATE INDEX IF NOT EXISTS commitment_words_key ON commitment_words(key);

CREATE TABLE IF NOT EXISTS commitment_links (
    earlier   ctext NOT NULL,                -- commitments' keys; earlier by (made, key)
    later     ctext NOT NULL,
    relation  ctext NOT NULL,                -- again: at a later date; same: the same day's undertaking told twice
    PRIMARY KEY (earlier, later)
);
CREATE INDEX IF NOT EXISTS commitment_links_later ON commitment_links(later);

CREATE TABLE IF NOT EXISTS figure_sides (
    a          ctext NOT NULL,
    b          ctext NOT NULL,
    doc_id     ctext NOT NULL,
    n          integer NOT NULL,
    kind       ctext NOT NULL,
    unit       ctext NOT NULL,
    is_target  integer NOT NULL,
    period     ctext,                        -- a target's: its period, else the deadline of its commitment
    value      double precision NOT NULL,
    PRIMARY KEY (a, b, doc_id, n)
);
CREATE INDEX IF NOT EXISTS figure_sides_kind ON figure_sides(a, b, kind, unit, is_target, period);
CREATE INDEX IF NOT EXISTS figure_sides_doc ON figure_sides(doc_id);

CREATE TABLE IF NOT EXISTS target_links (
    target_doc  ctext NOT NULL,
    target_n    integer NOT NULL,
    result_doc  ctext NOT NULL,
    result_n    integer NOT NULL,
    PRIMARY KEY (target_doc, target_n, result_doc, result_n)
);
CREATE INDEX IF NOT EXISTS target_links_result ON target_links(result_doc);

-- The figures stored before: their sides and the links of targets to results (as store/targets.py makes them).
INSERT INTO figure_sides (a, b, doc_id, n, kind, unit, is_target, period, value)
    SELECT DISTINCT substr(x.value, 9), substr(y.value, 9), f.doc_id, f.n, f.kind, f.unit, f.is_target, f.period,
           f.value
    FROM figures f, jsonb_array_elements_text(f.parties::jsonb) AS x(value), jsonb_array_elements_text(f.parties::jsonb) AS y(value)
    WHERE x.value LIKE 'country:%' AND y.value LIKE 'country:%' AND x.value < y.value;
INSERT INTO target_links (target_doc, target_n, result_doc, result_n)
    SELECT DISTINCT t.doc_id, t.n, r.doc_id, r.n FROM figure_sides t JOIN figure_sides r
    ON r.a = t.a AND r.b = t.b AND r.kind = t.kind AND r.unit = t.unit AND r.is_target = 0
    AND substr(r.period, 1, least(length(r.period), length(t.period))) =
        substr(t.period, 1, least(length(r.period), length(t.period)))
    WHERE t.is_target = 1 AND t.period IS NOT NULL AND r.period IS NOT NULL

-- The extraction record, relationally: entities and their mentions, events (fused across documents),
-- agreements and figures. Derived rows: `bangiao reprocess` rebuilds them from the stored documents.
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    type     TEXT NOT NULL,
    name     TEXT NOT NULL,
    country  TEXT,
    folded   TEXT NOT NULL          -- lower case, no diacritics: for diacritic-insensitive lookups
);
CREATE INDEX entities_folded ON entities(folded);

CREATE TABLE mentions (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities(id),
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

-- One row per occurrence across documents: the same talks reported by ten outlets is one fused event.
CREATE TABLE fused_events (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    cameo        TEXT NOT NULL,
    date_value   TEXT,
    date_end     TEXT,
    location     TEXT,
    status       TEXT NOT NULL,
    participants TEXT NOT NULL      -- JSON list of entity ids, in the order first reported
);
CREATE INDEX fused_events_date ON fused_events(date_value);

CREATE TABLE event_reports (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,      -- the id within the document (e1, e2 ...)
    fused_id    TEXT NOT NULL REFERENCES fused_events(id),
    evidence    TEXT NOT NULL,      -- JSON Span
    record      TEXT NOT NULL,      -- the Event as in the document's record
    PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX event_reports_fused ON event_reports(fused_id);

CREATE TABLE event_participants (
    fused_id   TEXT NOT NULL REFERENCES fused_events(id),
    entity_id  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (fused_id, entity_id)
);
CREATE INDEX event_participants_entity ON event_participants(entity_id);

CREATE TABLE agreements (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    name     TEXT NOT NULL,
    folded   TEXT NOT NULL,
    kind     TEXT NOT NULL,
    status   TEXT NOT NULL,
    period   TEXT,
    parties  TEXT NOT NULL,
    record   TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE figures (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    value      REAL NOT NULL,
    unit       TEXT NOT NULL,
    is_target  INTEGER NOT NULL,
    period     TEXT,
    parties    TEXT NOT NULL,
    record     TEXT NOT NULL,
    PRIMARY KEY (doc_id, n)
);

-- Fusion looks a new report's occurrence up by type, status and date: exact, coarser, finer (prefix) or a range.
CREATE INDEX fused_events_lookup ON fused_events(type, status, date_value);
CREATE INDEX fused_events_ranges ON fused_events(type, status, date_value) WHERE date_end IS NOT NULL;
CREATE INDEX fused_events_order ON fused_events(date_value, id);

-- Events by actor walk the participants table in date order: it carries each event's date and type.
ALTER TABLE event_participants ADD COLUMN date_value TEXT;
ALTER TABLE event_participants ADD COLUMN type TEXT;
UPDATE event_participants SET (date_value, type) = (SELECT date_value, type FROM fused_events f WHERE f.id = fused_id);
CREATE INDEX event_participants_order ON event_participants(entity_id, date_value, fused_id);

-- The countries each fused event involves (its participants' countries), for country and pair filters.
CREATE TABLE event_countries (
    fused_id    TEXT NOT NULL REFERENCES fused_events(id),
    country     TEXT NOT NULL,
    date_value  TEXT,
    type        TEXT NOT NULL,
    PRIMARY KEY (country, fused_id)
);
CREATE INDEX event_countries_event ON event_countries(fused_id);
CREATE INDEX event_countries_order ON event_countries(country, date_value, fused_id);
INSERT OR IGNORE INTO event_countries (fused_id, country, date_value, type)
    SELECT fused_id, substr(entity_id, 9), date_value, type FROM event_participants WHERE entity_id LIKE 'country:%';
INSERT OR IGNORE INTO event_countries (fused_id, country, date_value, type)
    SELECT p.fused_id, e.country, p.date_value, p.type FROM event_participants p JOIN entities e ON e.id = p.entity_id
    WHERE e.country IS NOT NULL;

-- Events per country pair (a < b), month and type, kept as fused events come and go: the pair timeline.
CREATE TABLE pair_months (
    a      TEXT NOT NULL,
    b      TEXT NOT NULL,
    month  TEXT NOT NULL,           -- YYYY-MM, or 'undated'
    type   TEXT NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (a, b, month, type)
);
INSERT INTO pair_months (a, b, month, type, n)
    SELECT x.country, y.country, coalesce(substr(x.date_value, 1, 7), 'undated'), x.type, count(*)
    FROM event_countries x JOIN event_countries y ON x.fused_id = y.fused_id AND x.country < y.country
    GROUP BY 1, 2, 3, 4;

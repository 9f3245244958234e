-- PostgreSQL twin of ../0003_fusion_index.sql (the backfills are there for the same schema history).
CREATE INDEX fused_events_lookup ON fused_events(type, status, date_value);
CREATE INDEX fused_events_ranges ON fused_events(type, status, date_value) WHERE date_end IS NOT NULL;
CREATE INDEX fused_events_order ON fused_events(date_value, id);

ALTER TABLE event_participants ADD COLUMN date_value ctext;
ALTER TABLE event_participants ADD COLUMN type ctext;
UPDATE event_participants SET (date_value, type) = (SELECT date_value, type FROM fused_events f WHERE f.id = fused_id);
CREATE INDEX event_participants_order ON event_participants(entity_id, date_value, fused_id);

CREATE TABLE event_countries (
    fused_id    ctext NOT NULL REFERENCES fused_events(id),
    country     ctext NOT NULL,
    date_value  ctext,
    type        ctext NOT NULL,
    PRIMARY KEY (country, fused_id)
);
CREATE INDEX event_countries_event ON event_countries(fused_id);
CREATE INDEX event_countries_order ON event_countries(country, date_value, fused_id);
INSERT INTO event_countries (fused_id, country, date_value, type)
    SELECT fused_id, substr(entity_id, 9), date_value, type FROM event_participants WHERE entity_id LIKE 'country:%'
    ON CONFLICT DO NOTHING;
INSERT INTO event_countries (fused_id, country, date_value, type)
    SELECT p.fused_id, e.country, p.date_value, p.type FROM event_participants p JOIN entities e ON e.id = p.entity_id
    WHERE e.country IS NOT NULL
    ON CONFLICT DO NOTHING;

CREATE TABLE pair_months (
    a      ctext NOT NULL,
    b      ctext NOT NULL,
    month  ctext NOT NULL,
    type   ctext NOT NULL,
    n      integer NOT NULL,
    PRIMARY KEY (a, b, month, type)
);
INSERT INTO pair_months (a, b, month, type, n)
    SELECT x.country, y.country, coalesce(substr(x.date_value, 1, 7), 'undated'), x.type, count(*)
    FROM event_countries x JOIN event_countries y ON x.fused_id = y.fused_id AND x.country < y.country
    GROUP BY 1, 2, 3, 4;

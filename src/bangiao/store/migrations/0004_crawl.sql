-- What `bangiao crawl` knows of each URL it met: found in a feed, sitemap or section page, fetched or not,
-- with the validators for a conditional GET next time. A killed crawl resumes from the rows still pending.
CREATE TABLE IF NOT EXISTS crawl_urls (
    url            TEXT PRIMARY KEY,          -- canonical URL (courlan)
    outlet         TEXT,                      -- the outlet's id in sources.toml
    kind           TEXT NOT NULL CHECK (kind IN ('page', 'feed', 'sitemap', 'section', 'robots')),
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    published      TEXT,                      -- the date the feed or sitemap gives (YYYY-MM-DD), for --since
    discovered_at  TEXT NOT NULL,
    fetched_at     TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    http_status    INTEGER,
    outcome        TEXT,                      -- new, duplicate, near-duplicate, not-modified, or why it failed
    retry          INTEGER NOT NULL DEFAULT 0, -- a failure worth another try in a later run (timeouts, 5xx, 429)
    etag           TEXT,
    last_modified  TEXT,
    doc_id         TEXT,
    warc           TEXT,                      -- the archive holding the last response, and its offset
    warc_offset    INTEGER
);
CREATE INDEX IF NOT EXISTS crawl_urls_todo ON crawl_urls(kind, state, outlet, published)

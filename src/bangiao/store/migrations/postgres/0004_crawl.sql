-- PostgreSQL twin of ../0004_crawl.sql: what `bangiao crawl` knows of each URL it met.
CREATE TABLE IF NOT EXISTS crawl_urls (
    url            ctext PRIMARY KEY,
    outlet         ctext,
    kind           ctext NOT NULL CHECK (kind IN ('page', 'feed', 'sitemap', 'section', 'robots')),
    state          ctext NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    published      ctext,
    discovered_at  ctext NOT NULL,
    fetched_at     ctext,
    attempts       integer NOT NULL DEFAULT 0,
    http_status    integer,
    outcome        ctext,
    retry          integer NOT NULL DEFAULT 0,
    etag           ctext,
    last_modified  ctext,
    doc_id         ctext,
    warc           ctext,
    warc_offset    bigint
);
CREATE INDEX IF NOT EXISTS crawl_urls_todo ON crawl_urls(kind, state, outlet, published);

-- PostgreSQL twin of ../0005_frontier_doc.sql.
CREATE INDEX IF NOT EXISTS crawl_urls_doc ON crawl_urls(doc_id);

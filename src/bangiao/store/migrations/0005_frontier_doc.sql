-- The document a crawled URL gave, looked up when a reprocessed document moves to a new id (store/moves.py).
CREATE INDEX IF NOT EXISTS crawl_urls_doc ON crawl_urls(doc_id)

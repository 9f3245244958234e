-- SQLite twin of postgres/0008_search_window.sql: nothing to change. FTS5 walks a word's matches newest first
-- (its doclists are in rowid order) and stops at the ranking window, which is what PostgreSQL's new index is for.
SELECT 1

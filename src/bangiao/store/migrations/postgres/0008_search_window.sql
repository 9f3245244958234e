-- The search's ranking window found by the GIN index alone (store/postgres.py, SEARCH): the index holds each
-- document's words and one lexeme '@<seq / 1000>' naming the thousand seqs it is among (no word has an '@'), so a
-- search for a common word's newest matches asks for its words AND the newest buckets, and GIN skips through the
-- words' long posting lists to the short buckets' instead of reading every match in the store (a word in every
-- one of 100,000 documents: 60-100 ms of the index alone → ~8 ms). Matching on this expression is matching on the
-- words: the index replaces the one on the words alone. 1000 is postgres.WINDOW_BUCKET.
CREATE INDEX IF NOT EXISTS documents_search_window ON documents_search
    USING gin ((terms || array_to_tsvector(ARRAY['@' || (seq / 1000)::text])));
DROP INDEX IF EXISTS documents_search_terms

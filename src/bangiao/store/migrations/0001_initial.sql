-- Documents: one row per distinct article (by cleaned main text), the full record as JSON.
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    title        TEXT,
    source_name  TEXT,
    source_url   TEXT,
    published    TEXT,            -- Date.value, for sorting and filtering
    text         TEXT NOT NULL,
    record       TEXT NOT NULL,   -- the extraction record (EXTRACTION.md) as JSON
    minhash      BLOB NOT NULL,   -- near-duplicate signature
    ingested_at  TEXT NOT NULL
);

-- Every input that gave a document: the first read and each duplicate after it.
CREATE TABLE document_inputs (
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path          TEXT,
    line          INTEGER,
    source_name   TEXT,
    source_url    TEXT,
    content_hash  TEXT NOT NULL,
    relation      TEXT NOT NULL CHECK (relation IN ('original', 'duplicate', 'near-duplicate')),
    similarity    REAL,
    ingested_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX document_inputs_once ON document_inputs(doc_id, content_hash, coalesce(path, ''), coalesce(line, 0));
CREATE INDEX document_inputs_hash ON document_inputs(content_hash);

-- Locality-sensitive hashing bands of the minhash, to find near-duplicate candidates.
CREATE TABLE lsh_bands (
    band    INTEGER NOT NULL,
    bucket  TEXT NOT NULL,
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, doc_id)
) WITHOUT ROWID;

-- Full-text search over the folded (lower-case, diacritic-free) title and text.
CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, body, tokenize = 'unicode61');

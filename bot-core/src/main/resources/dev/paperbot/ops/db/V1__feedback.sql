-- The feedback store, the same SQL on SQLite and PostgreSQL (Flyway applies it once per database).
-- Times are epoch milliseconds: one type both databases compare and sort the same way.

-- An answer shown with vote buttons; the ticket is what the buttons carry.
CREATE TABLE answers (
  ticket      VARCHAR(32) PRIMARY KEY,
  question    TEXT        NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  paper_ids   TEXT        NOT NULL, -- arXiv ids, comma-separated (ids hold no comma)
  answer_text TEXT        NOT NULL,
  platform    VARCHAR(16) NOT NULL,
  user_hash   CHAR(64)    NOT NULL, -- SHA-256 of salt, platform and user id, hex; never the raw id
  created_at  BIGINT      NOT NULL
);

-- A user's recent questions (App Home) are read newest first.
CREATE INDEX answers_by_user ON answers (platform, user_hash, created_at);

-- One row per user and answer: a changed vote updates it, so nothing is counted twice.
CREATE TABLE votes (
  ticket     VARCHAR(32) NOT NULL REFERENCES answers (ticket),
  user_hash  CHAR(64)    NOT NULL,
  vote       VARCHAR(4)  NOT NULL CHECK (vote IN ('UP', 'DOWN')),
  updated_at BIGINT      NOT NULL,
  PRIMARY KEY (ticket, user_hash)
);

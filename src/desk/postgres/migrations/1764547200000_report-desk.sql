-- Up Migration
-- One row per import of a corpus; `current_import` names the one served, switched in one transaction.
CREATE TABLE imports (
  id serial PRIMARY KEY,
  -- The corpus bytes, glossary and index format it was made from (see cache.ts): the same key is nothing to do.
  key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  reports integer NOT NULL,
  -- Counts, problems, stats and completion data, as the in-memory desk counts them (json keeps their order).
  summary json NOT NULL,
  -- The dictionary (terms, the size of each term's list per field, stems, report counts, each report's field
  -- lengths) and what filters read per
  -- report position with the positions newest first, each as one value (Node's v8.serialize).
  dictionary bytea NOT NULL,
  columns bytea NOT NULL
);

CREATE TABLE current_import (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  import_id integer NOT NULL REFERENCES imports (id)
);

CREATE TABLE reports (
  import_id integer NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  position integer NOT NULL,
  id text NOT NULL,
  -- Compared byte for byte, as the desk compares dates in memory ("2008-09" sorts before "2008-09-01").
  date text COLLATE "C",
  body text NOT NULL,
  PRIMARY KEY (import_id, position)
);
CREATE INDEX reports_by_id ON reports (import_id, id);
CREATE INDEX reports_by_date ON reports (import_id, date COLLATE "C", position) WHERE date IS NOT NULL;

-- Report keys and tracking numbers, lowercased as the desk compares them.
CREATE TABLE report_keys (
  import_id integer NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  key text COLLATE "C" NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (import_id, key)
);

-- Each (term, field) list: the gaps between report positions and the term's counts as varints (see packed.ts), and
-- the BM25+ figures themselves (float4, little-endian) only where the counts cannot give them back exactly.
CREATE TABLE postings (
  import_id integer NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  list integer NOT NULL,
  packed bytea NOT NULL,
  impacts bytea,
  PRIMARY KEY (import_id, list)
);

-- Down Migration
DROP TABLE postings;
DROP TABLE report_keys;
DROP TABLE reports;
DROP TABLE current_import;
DROP TABLE imports;

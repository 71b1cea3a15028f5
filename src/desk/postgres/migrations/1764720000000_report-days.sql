-- Up Migration
-- How many reports each date holds (a day, or a month for month-precision reports), counted at import: a year's
-- count reads a year of days, not a hundred thousand reports, and a page of it starts on the date it falls on.
CREATE TABLE report_days (
  import_id integer NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  date text COLLATE "C" NOT NULL,
  reports integer NOT NULL,
  PRIMARY KEY (import_id, date)
);

-- Down Migration
DROP TABLE report_days;

-- Up Migration
-- Where and when each report happened, for the map and for reports at the same place within hours (related): its
-- point (latitude and longitude, else its MGRS square's centre; NULL for none) and its time to the minute in
-- milliseconds (NULL when the report gives only a day). Imports made before have none: the import key changed with
-- them, so the next `index` imports anew.
ALTER TABLE reports ADD COLUMN lat double precision, ADD COLUMN lon double precision, ADD COLUMN time_ms double precision;
CREATE INDEX reports_by_time ON reports (import_id, time_ms, position) WHERE time_ms IS NOT NULL AND lat IS NOT NULL;
-- Every report's point again, as two arrays by position (Float64Array, NaN for none; one v8.serialize value): a map
-- of a hundred thousand matches reads one value, once, rather than a hundred thousand rows.
ALTER TABLE imports ADD COLUMN points bytea;

-- Down Migration
ALTER TABLE imports DROP COLUMN points;
DROP INDEX reports_by_time;
ALTER TABLE reports DROP COLUMN lat, DROP COLUMN lon, DROP COLUMN time_ms;

/**
 * Reads the WikiLeaks Afghan War Diary CSV (afg.csv: no header row, 32
 * columns), streaming. Each row becomes a report, or a reject that names its
 * line and why: nothing is dropped silently.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { parseStoredDate } from './calendar.ts';
import { decodeEntities } from './entities.ts';
import { paragraphsOf } from './markdown.ts';
import type { Casualties, Report } from './model.ts';
import { controlCharacter, NOT_UTF8, utf8FromBytes } from './unicode.ts';
import { COL as at, NULL_VALUE, WARDIARY_COLUMNS, type WardiaryColumn as Column } from './wardiary-columns.ts';

export interface Reject {
  line: number;
  reason: string;
  /** The row's fields as read, or its raw text when it could not be split into fields. */
  fields: string[];
}

export type RowResult = { report: Report } | { reject: Reject };

export interface Progress {
  file: string;
  rows: number;
  bytes: number;
  totalBytes: number;
}

/** The War Diary's empty markers: `<null value>` (also entity-escaped) and blanks. */
const clean = (value: string | undefined) => {
  const text = decodeEntities(value ?? '').trim();
  return text === NULL_VALUE ? '' : text;
};

const count = (value: string | undefined) => {
  const n = Number(clean(value));
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
};

function coordinates(lat: string, lon: string) {
  const [y, x] = [Number.parseFloat(lat), Number.parseFloat(lon)];
  return Number.isFinite(y) && Number.isFinite(x) && Math.abs(y) <= 90 && Math.abs(x) <= 180
    ? { lat: y, lon: x }
    : undefined;
}

/** `YYYY-MM-DD HH:MM:SS` (the file's form), `YYYY-MM-DD`, `YYYY-MM`, or empty (undated). */
function readDate(text: string): { date: string | null; precision: Report['precision'] } | null {
  if (!text) return { date: null, precision: 'none' };
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m || (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59))) return null;
  return parseStoredDate(m[1]!);
}

export function rowToReport(fields: string[], file: string, line: number): RowResult {
  const reject = (reason: string): RowResult => ({ reject: { line, reason, fields } });
  const columns = WARDIARY_COLUMNS.length;
  if (fields.length !== columns) return reject(`expected ${columns} columns, found ${fields.length}`);
  const get = (c: Column) => clean(fields[at[c]]);
  const key = get('ReportKey');
  if (!key) return reject('no ReportKey');
  if (key.length > 90 || /[\s:]/.test(key))
    return reject(`ReportKey "${key.slice(0, 40)}" is not an id (spaces, colons or over 90 characters)`);
  const dateTime = get('DateOccurred');
  const date = readDate(dateTime);
  if (!date) return reject(`unreadable DateOccurred "${dateTime.slice(0, 40)}"`);
  const quotes = paragraphsOf(get('Summary').replace(/\r\n?/g, '\n'));
  if (!quotes.length) return reject('empty Summary');
  const [type, category] = [get('Type'), get('Category')];
  const casualties: Casualties = {
    friendlyWia: count(fields[at.FriendlyWIA]),
    friendlyKia: count(fields[at.FriendlyKIA]),
    hostNationWia: count(fields[at.HostNationWIA]),
    hostNationKia: count(fields[at.HostNationKIA]),
    civilianWia: count(fields[at.CivilianWIA]),
    civilianKia: count(fields[at.CivilianKIA]),
    enemyWia: count(fields[at.EnemyWIA]),
    enemyKia: count(fields[at.EnemyKIA]),
    enemyDetained: count(fields[at.EnemyDetained]),
  };
  const region = get('Region');
  return {
    report: {
      id: key,
      kind: 'report',
      ...date,
      type: type || 'unknown type',
      title: get('Title') || [type, category].filter(Boolean).join(': ') || key,
      places: region && region !== 'UNKNOWN' ? [region] : [],
      quotes,
      paraphrase: [],
      citation: {
        source: 'wardiary',
        reportKey: key,
        trackingNumber: get('TrackingNumber'),
        dateTime,
        type,
        category,
        file,
        line,
      },
      details: {
        category: category || undefined,
        region: region || undefined,
        affiliation: get('Affiliation') || undefined,
        unit: get('UnitName') || get('ReportingUnit') || undefined,
        trackingNumber: get('TrackingNumber') || undefined,
        reportKey: key,
        coordinates: coordinates(get('Latitude'), get('Longitude')),
        mgrs: get('MGRS') || undefined,
        casualties: Object.values(casualties).some((n) => n > 0) ? casualties : undefined,
      },
      origin: { file, line },
    },
  };
}

const isHeader = (fields: string[]) => fields[0]?.trim().toLowerCase() === 'reportkey';

/**
 * Where each row starts, as a reader counts lines (an editor, `grep -n`, `sed -n`): a line ends at LF or CRLF.
 * csv-parse counts every CR and every LF inside a quoted field as a line of its own, so a CR or CRLF inside a
 * summary would shift the line of every later row; `ahead` is how far its count has run ahead of the file's.
 * The line ends inside a row are counted in its raw text or, the same, in its fields (only commas are between them).
 */
function lineCounter() {
  let ahead = 0;
  const startOf = (parserLine: number, ends: number, returns: number) => {
    const start = parserLine - (ends + returns) - ahead;
    ahead += returns;
    return start;
  };
  return {
    ofRaw(parserLine: number, raw: string): number {
      // raw: blank lines skipped before the row, the row, and the first character of its record delimiter.
      // Counted by character code, in place: the rows are the whole file, and copies of them cost more than the count.
      let from = 0;
      while (isLineEnd(raw.charCodeAt(from))) from++;
      const to = raw.length - (from < raw.length && isLineEnd(raw.charCodeAt(raw.length - 1)) ? 1 : 0);
      return startOf(parserLine, occurrences(raw, '\n', from, to), occurrences(raw, '\r', from, to));
    },
    ofFields(parserLine: number, fields: string[]): number {
      let [ends, returns] = [0, 0];
      for (const field of fields) {
        ends += occurrences(field, '\n');
        returns += occurrences(field, '\r');
      }
      return startOf(parserLine, ends, returns);
    },
  };
}

const isLineEnd = (code: number) => code === 13 || code === 10;

function occurrences(text: string, char: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = text.indexOf(char, from); i >= 0 && i < to; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** A row's fields, with where the row starts in the file and how far into it the parser has read. */
type Row = string[] & { line: number; bytes: number };

/** What csv-parse hands on_record with `raw` set. */
const isRawRecord = (read: unknown): read is { record: string[]; raw: string } =>
  typeof read === 'object' && read !== null && 'record' in read && Array.isArray(read.record) && 'raw' in read;

/** Printable ASCII, tab and line ends: a field with nothing to decode or refuse. */
const PLAIN_FIELD = /^[\t\n\r\x20-\x7e]*$/;
/** The same without "&": no entity to decode either, so that every string of the report made of it is plain too. */
const PLAIN_AS_IS = /^[\t\n\r\x20-\x25\x27-\x7e]*$/;

/**
 * A row's fields, read byte for byte, as UTF-8. A row with bytes that are not UTF-8 (never shown as "�") or with a
 * control character (CR aside: quoted fields keep it) is rejected, naming the column.
 */
function decodeRow(record: string[], line: number): { reject: Reject } | { fields: string[]; plain?: boolean } {
  if (record.every((f) => PLAIN_AS_IS.test(f))) return { fields: record, plain: true };
  if (record.every((f) => PLAIN_FIELD.test(f))) return { fields: record };
  const fields = record.map(utf8FromBytes);
  const column = (i: number) => WARDIARY_COLUMNS[i] ?? `column ${i + 1}`;
  const bad = fields.indexOf(undefined);
  if (bad >= 0) return { reject: { line, reason: `${column(bad)}: ${NOT_UTF8}`, fields: record } };
  const decoded = fields as string[];
  const control = decoded.findIndex((f) => controlCharacter(f));
  if (control < 0) return { fields: decoded };
  const reason = `${column(control)}: control character ${controlCharacter(decoded[control]!)!.name}: remove it`;
  return { reject: { line, reason, fields: decoded } };
}

/** What csv-parse read: a row, what it could not read, or (see parsedRows) that the file must be read again. */
type Parsed = { row: Row } | { reject: Reject } | { reread: true };

/**
 * The rows of a War Diary CSV and the rejects of what csv-parse could not read, in file order. Only such a reject
 * needs a row's raw text, and having csv-parse keep it for every row made reading the War Diary a fifth slower: read
 * without it (`raw` false), the first unreadable row ends the rows, with `reread`.
 */
async function* parsedRows(path: string, raw: boolean): AsyncGenerator<Parsed> {
  const skipped: Reject[] = [];
  const lines = lineCounter();
  // Without raw: how many rows came before the first unreadable one (the rows after it are not handed on).
  let rows = 0;
  let rowsBeforeSkip: number | undefined;
  // Both hooks run in file order as the parser reads, so lines are counted in order.
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      // Byte for byte: each field is read as UTF-8 afterwards, where a bad byte rejects its row (see decodeRow).
      encoding: 'latin1',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      raw,
      // With raw, csv-parse hands on_record { record, raw } (its types say string[]); in both, where it is in the file.
      // Not `info`: that would copy where it is into every record, and cut out the row's raw text once more.
      on_record: (read: unknown, { lines: parserLine, bytes }): Row | null => {
        if (rowsBeforeSkip !== undefined) return null;
        rows++;
        if (!raw)
          return Array.isArray(read) ? Object.assign(read, { line: lines.ofFields(parserLine, read), bytes }) : null;
        return isRawRecord(read)
          ? Object.assign(read.record, { line: lines.ofRaw(parserLine, read.raw), bytes })
          : null;
      },
      on_skip: (error, text = '') => {
        if (!raw) {
          rowsBeforeSkip ??= rows;
          return undefined;
        }
        const reason = `unreadable CSV: ${error?.message ?? 'malformed row'}`;
        const line = lines.ofRaw(Number(error?.lines ?? 0), text);
        skipped.push({ line, reason, fields: [utf8FromBytes(text) ?? text] });
        return undefined;
      },
    }),
  );
  for await (const row of parser as AsyncIterable<Row>) {
    while (skipped.length && skipped[0]!.line < row.line) yield { reject: skipped.shift()! };
    yield { row };
  }
  if (rowsBeforeSkip !== undefined) yield { reread: true };
  while (skipped.length) yield { reject: skipped.shift()! };
}

/** Streams a War Diary CSV, row by row; memory holds one row at a time. */
export async function* readWarDiary(
  path: string,
  shownAs: string,
  onProgress?: (p: Progress) => void,
): AsyncGenerator<RowResult & { fields?: string[]; plain?: boolean }> {
  const totalBytes = (await stat(path)).size;
  // The file's name is in every report too (its citation and origin).
  const plainName = PLAIN_FIELD.test(shownAs);
  let rows = 0;
  // Read without each row's raw text, then again with it once a row is unreadable: the rows given are passed over.
  for (const raw of [false, true]) {
    let passed = 0;
    let reread = false;
    for await (const parsed of parsedRows(path, raw)) {
      if ('reread' in parsed) reread = true;
      if (!('row' in parsed)) {
        if ('reject' in parsed) yield parsed;
        continue;
      }
      if (passed++ < rows) continue;
      const { line, bytes } = parsed.row;
      const record = parsed.row.slice();
      rows++;
      if (rows === 1 && isHeader(record)) continue;
      if (onProgress && rows % 1000 === 0) onProgress({ file: shownAs, rows, bytes, totalBytes });
      const decoded = decodeRow(record, line);
      if ('reject' in decoded) {
        yield decoded;
        continue;
      }
      const result = rowToReport(decoded.fields, shownAs, line);
      yield 'report' in result ? { ...result, fields: decoded.fields, plain: plainName && decoded.plain } : result;
    }
    if (!reread) break;
  }
  onProgress?.({ file: shownAs, rows, bytes: totalBytes, totalBytes });
}

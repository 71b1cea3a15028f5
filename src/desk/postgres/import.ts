/**
 * `index` with a report database: the corpus analysed as for the saved index,
 * then copied into PostgreSQL (COPY, in rows streamed with progress) as a new
 * import, made current in the same transaction. An import is keyed by the
 * corpus bytes, the glossary and the index format, as the saved index is: the
 * same corpus again is nothing to do. The import before is kept for desks
 * still serving it; older ones are removed.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { serialize } from 'node:v8';
import { stringify } from 'csv-stringify';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { cacheKey } from '../../cache.ts';
import { listFiles } from '../../corpus/load.ts';
import type { Problem } from '../../corpus/model.ts';
import { openIndex, SHIPPED_CORPUS, type OpenOptions } from '../../open.ts';
import { DEFAULT_GLOSSARY } from '../../search/glossary.ts';
import { FIELDS, INDEX_SIGNATURE, type SearchIndex } from '../../search/index.ts';
import { filterColumns } from '../filters.ts';
import { handoverOf } from '../memory.ts';
import { ordersOf } from '../orders.ts';
import { pointOf } from '../place.ts';
import { timeOf } from '../related-places.ts';
import { migrate } from './migrate.ts';
import { lengthsOf, packList, type Lengths } from './packed.ts';
import type { Database } from './pool.ts';
import type { StoredColumns, StoredPoints } from './stored.ts';

export type ImportOptions = Pick<OpenOptions, 'corpus' | 'glossary' | 'allowRejects' | 'onProgress' | 'log'> & {
  /** Import anew even when the current import has the corpus's key. */
  force?: boolean;
};

export interface Imported {
  /** false: the current import already had this corpus; nothing was done. */
  imported: boolean;
  importId: number;
  counts: { read: number; imported: number; rejected: number };
  problems: Problem[];
  passages: number;
}

/** What an import holds besides the index (see stored.ts): a new one is a reason to import anew. */
const IMPORT_FORMAT = 'import 2: orders, commentary, points, places, times and reports per date';
/** Rows per progress step of the copy. */
const STEP = 2000;

export async function importCorpus(db: Database, options: ImportOptions = {}): Promise<Imported> {
  await migrate(db);
  const paths = options.corpus?.length ? options.corpus : [SHIPPED_CORPUS];
  const files = (await Promise.all(paths.map((p) => listFiles(p).catch(() => [])))).flat();
  const key = await cacheKey(files, options.glossary ?? DEFAULT_GLOSSARY, `${INDEX_SIGNATURE} ${IMPORT_FORMAT}`);
  const current = await db.run((pool) => currentImport(pool));
  if (current?.key === key && !options.force) {
    options.log?.info({ database: db.name, import: current.id }, 'the database already holds this corpus');
    return { imported: false, importId: current.id, ...current.summary };
  }
  const { index, problems, counts } = await openIndex({ ...options, cache: false });
  const { stats, completion } = handoverOf(index);
  const summary = { counts, problems, passages: index.passageCount, stats, completion: { ...completion, words: [] } };
  const importId = await db.run((pool) => write(pool, key, index, summary, options.onProgress));
  await db.run((pool) => vacuum(pool));
  options.log?.info({ database: db.name, import: importId, reports: index.order.length }, 'imported the corpus');
  return { imported: true, importId, counts, problems, passages: index.passageCount };
}

/**
 * Fresh statistics for the planner, and a visibility map so that counting a year's reports reads the index alone.
 * It takes longer than a query may at 470,000 reports: without the statement timeout, on a connection of its own.
 */
async function vacuum(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SET statement_timeout = 0');
    await client.query('VACUUM (ANALYZE) reports, report_days, report_keys, postings');
    await client.query('RESET statement_timeout');
  } finally {
    client.release();
  }
}

interface Current {
  id: number;
  key: string;
  summary: Pick<Imported, 'counts' | 'problems' | 'passages'>;
}

/** The import served now, if any (none before the first import, or before the schema exists). */
export async function currentImport(pool: pg.Pool | pg.PoolClient): Promise<Current | undefined> {
  const { rows } = await pool.query<Current>(
    `SELECT i.id, i.key, i.summary FROM current_import c JOIN imports i ON i.id = c.import_id`,
  );
  return rows[0];
}

/** Everything of the index a desk reads without its postings, as two values. */
function dictionaryOf(index: SearchIndex) {
  const { postings } = index;
  const terms = postings.terms;
  const offsets = new Uint32Array(terms.length * FIELDS.length + 1);
  for (let at = 0; at + 1 < offsets.length; at++) {
    const list = postings.list(at);
    offsets[at + 1] = offsets[at]! + (list.to - list.from);
  }
  // Each report's field lengths (distinct terms), which the BM25+ of its postings is computed from (see packed.ts).
  const lengths = new Int32Array(index.order.length * FIELDS.length);
  for (let at = 0; at + 1 < offsets.length; at++) {
    const field = at % FIELDS.length;
    postings.forEach(Math.floor(at / FIELDS.length), field, (doc) => lengths[doc * FIELDS.length + field]!++);
  }
  const stems = new Int32Array(terms.length).fill(-1);
  const frequencies = new Int32Array(terms.length);
  terms.forEach((term, id) => {
    for (const word of postings.wordsOf(id)) stems[postings.id(word)!] = id;
    frequencies[id] = index.docFrequency.get(term) ?? 0;
  });
  return { terms, offsets, stems, frequencies, lengths };
}

async function write(
  pool: pg.Pool,
  key: string,
  index: SearchIndex,
  summary: object,
  onProgress: ImportOptions['onProgress'],
): Promise<number> {
  const all = index.order;
  const lists = index.postings.terms.length * FIELDS.length;
  const total = all.length * 2 + lists;
  let done = 0;
  const advance = () => {
    if (++done % STEP === 0 || done === total) onProgress?.({ phase: 'copy', done, total });
  };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // A statement timeout fits a query, not the copy of a whole corpus.
    await client.query('SET LOCAL statement_timeout = 0');
    const columns = columnsOf(all);
    const dictionary = dictionaryOf(index);
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO imports (key, reports, summary, dictionary, columns, points)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [key, all.length, JSON.stringify(summary), serialize(dictionary), serialize(columns), serialize(pointsOf(all))],
    );
    const lengths = lengthsOf(all.length, dictionary.lengths);
    const id = rows[0]!.id;
    const reportColumns = 'reports (import_id, position, id, date, body, lat, lon, time_ms)';
    await copy(client, reportColumns, reportRows(id, all, advance));
    await copy(client, 'report_days (import_id, date, reports)', dayRows(id, all));
    await copy(client, 'report_keys (import_id, key, position)', keyRows(id, all, advance));
    await copy(client, 'postings (import_id, list, packed, impacts)', postingRows(id, index, lengths, advance));
    await client.query(
      `INSERT INTO current_import (import_id) VALUES ($1)
       ON CONFLICT (only_row) DO UPDATE SET import_id = EXCLUDED.import_id`,
      [id],
    );
    // The import before stays for desks still serving it; older ones go.
    await client.query(`DELETE FROM imports WHERE id NOT IN (SELECT id FROM imports ORDER BY id DESC LIMIT 2)`);
    await client.query('COMMIT');
    return id;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** What a desk holds in memory per report position: filter values, the sort orders, which reports are commentary. */
function columnsOf(all: SearchIndex['order']): StoredColumns {
  const orders = ordersOf(all);
  const commentary = all.flatMap((r, p) => (r.kind === 'report' ? [] : [p]));
  return {
    filters: filterColumns(all),
    newest: orders('newest'),
    oldest: orders('oldest'),
    casualties: orders('casualties'),
    commentary: Int32Array.from(commentary),
  };
}

/** Each report's point by position (NaN: none), as the map reads them. */
function pointsOf(all: SearchIndex['order']): StoredPoints {
  const [lat, lon] = [new Float64Array(all.length).fill(NaN), new Float64Array(all.length).fill(NaN)];
  all.forEach((r, p) => {
    const point = r.details ? pointOf(r.details) : null;
    if (point) [lat[p], lon[p]] = [point.lat, point.lon];
  });
  return { lat, lon };
}

/** COPY of rows as CSV, streamed: memory holds a batch of rows at a time. */
async function copy(client: pg.PoolClient, table: string, rows: Iterable<unknown[]>): Promise<void> {
  const target = client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv)`));
  await pipeline(Readable.from(rows), stringify(), target);
}

function* reportRows(id: number, all: SearchIndex['order'], advance: () => void) {
  for (const [position, report] of all.entries()) {
    advance();
    const point = report.details ? pointOf(report.details) : null;
    // An absent value is an unquoted empty field: NULL.
    const place = [point?.lat ?? null, point?.lon ?? null, timeOf(report) ?? null];
    yield [id, position, report.id, report.date ?? null, JSON.stringify(report), ...place];
  }
}

/** How many reports each date holds. */
function* dayRows(id: number, all: SearchIndex['order']) {
  const days = new Map<string, number>();
  for (const { date } of all) if (date) days.set(date, (days.get(date) ?? 0) + 1);
  for (const [date, reports] of days) yield [id, date, reports];
}

/** Report keys and tracking numbers, lowercased, each naming one report (a later one wins, as in memory). */
function* keyRows(id: number, all: SearchIndex['order'], advance: () => void) {
  const keys = new Map<string, number>();
  all.forEach((r, position) => {
    keys.set(r.id.toLowerCase(), position);
    if (r.details?.trackingNumber) keys.set(r.details.trackingNumber.toLowerCase(), position);
  });
  for (const [key, position] of keys) yield [id, key, position];
  for (let i = 0; i < all.length; i++) advance();
}

const hex = (bytes: Buffer) => `\\x${bytes.toString('hex')}`;

function* postingRows(id: number, index: SearchIndex, lengths: Lengths, advance: () => void) {
  const lists = index.postings.terms.length * FIELDS.length;
  for (let at = 0; at < lists; at++) {
    advance();
    const list = index.postings.list(at);
    if (list.to === list.from) continue;
    const { packed, impacts } = packList(list, at, lengths);
    yield [id, at, hex(packed), impacts ? hex(impacts) : null];
  }
}

/**
 * An import of the report database opened as an index the in-memory ranking
 * code reads unchanged: the dictionary (terms, list sizes, stems, report
 * counts) and what filters read per report position are held in memory (tens
 * of megabytes at 470,000 reports); the postings lists and the reports a
 * query needs are fetched before the ranking code runs, and handed to it for
 * that synchronous run only (`within`), so concurrent queries never see each
 * other's.
 */
import { deserialize } from 'node:v8';
import { LRUCache } from 'lru-cache';
import type { Report } from '../../corpus/model.ts';
import type { Stats } from '../../desk.ts';
import { loadGlossary, DEFAULT_GLOSSARY } from '../../search/glossary.ts';
import { FIELDS, type SearchIndex } from '../../search/index.ts';
import type { List, ListSource } from '../../search/postings.ts';
import type { CompletionData } from '../complete.ts';
import { StoredPostings } from './dictionary.ts';
import { filtersFrom, type FilterColumns, type Filters } from '../filters.ts';
import type { Order } from '../orders.ts';
import type { Point } from '../place.ts';
import type { PlacedReport } from '../related-places.ts';
import { lengthsOf, unpackList, type Lengths } from './packed.ts';
import type { Database } from './pool.ts';

const EMPTY: List = { docs: new Int32Array(0), impacts: new Float32Array(0), from: 0, to: 0 };
/**
 * What a desk keeps between queries, bounded by bytes so that a bot stays small however long it serves: lists as
 * packed (a common word's at 470,000 reports is a megabyte or two; common words stay) and reports (a page's are
 * asked again as the user pages).
 */
const LIST_CACHE_BYTES = 12 * 1024 * 1024;
const REPORT_CACHE_BYTES = 4 * 1024 * 1024;
const HOUR_MS = 3_600_000;
/** Longer than any report key or tracking number. */
const MAX_KEY = 200;

interface Dictionary {
  terms: string[];
  offsets: Uint32Array;
  stems: Int32Array;
  frequencies: Int32Array;
  lengths: Int32Array;
}

export interface Summary {
  counts: { read: number; imported: number; rejected: number };
  passages: number;
  stats: Stats;
  completion: CompletionData;
}

/** A list as the database keeps it (see packed.ts): a third of its size read back, and read back in a millisecond. */
interface PackedList {
  packed: Uint8Array;
  impacts: Uint8Array | null;
}

/** What a query fetched: lists by entry, reports by position. */
export interface Fetched {
  lists: Map<number, List>;
  reports: Map<number, Report>;
}

/** What an import keeps per report position in memory (a few megabytes at 470,000 reports), written by import.ts. */
export interface StoredColumns {
  filters: FilterColumns;
  newest: Int32Array;
  oldest: Int32Array;
  casualties: Int32Array;
  /** The positions of the article's commentary: searchable, never picked at random. */
  commentary: Int32Array;
}

/** Each report's point by position, NaN for none (the map's; read when first asked, 7.5 MB at 470,000). */
export interface StoredPoints {
  lat: Float64Array;
  lon: Float64Array;
}

export interface StoredImport {
  id: number;
  index: SearchIndex;
  filters: Filters;
  /** Report positions newest first: what filters alone list. */
  newest: Int32Array;
  /** Report positions in each order a search can be sorted in besides relevance. */
  orders: (order: Order) => Int32Array;
  /** A report's date (`YYYY-MM-DD`, or `YYYY-MM` for a month), read from its filter days; undefined when undated. */
  dateOf(position: number): string | undefined;
  isCommentary(position: number): boolean;
  summary: Summary;
  fetchLists(entries: number[]): Promise<Map<number, List>>;
  fetchReports(positions: Iterable<number>): Promise<Map<number, Report>>;
  /** The report a key or tracking number names, lowercased. */
  positionOfKey(lowered: string): Promise<number | undefined>;
  /** The report of this id, else the one a key or tracking number names in any case. */
  positionOfId(text: string): Promise<number | undefined>;
  /** The report of exactly this id. */
  positionOfExactId(id: string): Promise<number | undefined>;
  /** Where each report happened: its point, or null. */
  pointAt(): Promise<(position: number) => Point | null>;
  /** The placed reports with a time within `hours` of the report at `self`'s, by time then position; self included. */
  placedAround(self: number, hours: number): Promise<PlacedReport[]>;
  /** The reports' words beginning with a prefix, with the reports holding each, alphabetical (for completion). */
  wordsStarting(prefix: string): [word: string, reports: number][];
  /** Runs synchronous index code with these lists and reports in the index, and them only. */
  within<T>(fetched: Partial<Fetched>, work: () => T): T;
}

/** The lists a query fetched, given to the postings for one synchronous run. */
class FetchedLists implements ListSource {
  current = new Map<number, List>();

  list(at: number): List {
    const list = this.current.get(at);
    if (!list) throw new Error(`postings list ${at} was read without being fetched`);
    return list;
  }
}

/**
 * A value of v8.serialize read back, each typed array in a buffer of its own: deserialize makes them views of the
 * whole value's bytes, so one array kept (the filters' codes, the report counts) would keep every other's bytes
 * alive beside the copies the desk makes (35 MB at 470,000 reports).
 */
function unpacked<T>(bytes: Buffer): T {
  const own = (value: unknown): unknown => {
    if (ArrayBuffer.isView(value)) return (value as Int32Array).slice();
    if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value : value.map(own);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, own(v)]));
    return value;
  };
  return own(deserialize(bytes)) as T;
}

/** The current import of the database; undefined when there is none. */
export async function loadImport(db: Database, id?: number): Promise<StoredImport | undefined> {
  const { rows } = await db.run((pool) =>
    pool
      .query<{ id: number; reports: number; summary: Summary; dictionary: Buffer; columns: Buffer }>(
        `SELECT i.id, i.reports, i.summary, i.dictionary, i.columns FROM imports i
         WHERE i.id = COALESCE($1, (SELECT import_id FROM current_import))`,
        [id ?? null],
      )
      // No tables yet (42P01): the first import makes them.
      .catch((error: { code?: string }) => {
        if (error.code === '42P01') return { rows: [] };
        throw error;
      }),
  );
  // Taken out of the result: a settled promise of the pool's keeps the result, and with it these megabytes, alive.
  const [row] = rows.splice(0);
  if (!row) return undefined;
  const dictionary = unpacked<Dictionary>(row.dictionary);
  const columns = unpacked<StoredColumns>(row.columns);
  const source = new FetchedLists();
  const { terms, offsets, stems, frequencies } = dictionary;
  const data = { terms, offsets, stems, docs: new Int32Array(0), impacts: new Float32Array(0) };
  const postings = new StoredPostings(data, row.reports, FIELDS.length, source);
  const index = indexOf(postings, row.reports, frequencies);
  const importId = row.id;
  const fetchers = fetchersOf(db, importId, offsets, lengthsOf(row.reports, dictionary.lengths));

  function within<T>(fetched: Partial<Fetched>, work: () => T): T {
    const order = index.order;
    source.current = fetched.lists ?? new Map();
    for (const [p, r] of fetched.reports ?? []) order[p] = r;
    try {
      return work();
    } finally {
      source.current = new Map();
      // Emptied, not deleted: the array stays a plain one, which indexOf reads at full speed.
      for (const p of fetched.reports?.keys() ?? []) order[p] = undefined as unknown as Report;
    }
  }

  const commentary = new Uint8Array(row.reports);
  for (const p of columns.commentary) commentary[p] = 1;
  const orders = { newest: columns.newest, oldest: columns.oldest, casualties: columns.casualties };
  return {
    id: importId,
    index,
    filters: filtersFrom(columns.filters),
    newest: columns.newest,
    orders: (order) => orders[order],
    dateOf: dateReader(columns.filters),
    isCommentary: (p) => commentary[p] === 1,
    wordsStarting: (prefix) => postings.wordsStarting(prefix),
    summary: row.summary,
    ...fetchers,
    within,
  };
}

/** What a query fetches from an import: lists and reports (each kept in a cache between queries), report keys. */
function fetchersOf(db: Database, importId: number, offsets: Uint32Array, lengths: Lengths) {
  const lists = new LRUCache<number, PackedList>({
    maxSize: LIST_CACHE_BYTES,
    sizeCalculation: (l) => l.packed.byteLength + (l.impacts?.byteLength ?? 0) + 64,
  });
  const sizeOf = (at: number) => offsets[at + 1]! - offsets[at]!;
  const listOf = (at: number, { packed, impacts }: PackedList) => unpackList(packed, impacts, sizeOf(at), at, lengths);
  // A report in memory takes about twice its JSON's length.
  const reports = new LRUCache<number, Report>({ maxSize: REPORT_CACHE_BYTES });

  async function fetchLists(entries: number[]): Promise<Map<number, List>> {
    const found = new Map<number, List>();
    const missing: number[] = [];
    for (const at of entries) {
      if (at + 1 < offsets.length && sizeOf(at) === 0) {
        found.set(at, EMPTY);
        continue;
      }
      const cached = lists.get(at);
      if (cached) found.set(at, listOf(at, cached));
      else missing.push(at);
    }
    if (missing.length) {
      const { rows: fetched } = await db.run((pool) =>
        pool.query<{ list: number; packed: Buffer; impacts: Buffer | null }>(
          'SELECT list, packed, impacts FROM postings WHERE import_id = $1 AND list = ANY($2::int[])',
          [importId, missing],
        ),
      );
      for (const r of fetched) {
        // Copied into buffers of their own: a small Buffer is a slice of a shared 8 KB one, which it would keep.
        const kept = { packed: new Uint8Array(r.packed), impacts: r.impacts && new Uint8Array(r.impacts) };
        lists.set(r.list, kept);
        found.set(r.list, listOf(r.list, kept));
      }
      for (const at of missing) if (!found.has(at)) found.set(at, EMPTY);
    }
    return found;
  }

  async function fetchReports(positions: Iterable<number>): Promise<Map<number, Report>> {
    const found = new Map<number, Report>();
    const missing: number[] = [];
    for (const p of positions) {
      const cached = reports.get(p);
      if (cached) found.set(p, cached);
      else missing.push(p);
    }
    if (missing.length) {
      const { rows: fetched } = await db.run((pool) =>
        pool.query<{ position: number; body: string }>(
          'SELECT position, body FROM reports WHERE import_id = $1 AND position = ANY($2::int[])',
          [importId, missing],
        ),
      );
      for (const r of fetched) {
        const report = JSON.parse(r.body) as Report;
        reports.set(r.position, report, { size: r.body.length * 2 });
        found.set(r.position, report);
      }
    }
    return found;
  }

  async function positionOf(sql: string, args: string[]): Promise<number | undefined> {
    // PostgreSQL text holds no NUL: no id or key has one, and a query with one would be refused.
    if (args.some((a) => a.includes('\0'))) return undefined;
    const { rows: found } = await db.run((pool) => pool.query<{ position: number }>(sql, [importId, ...args]));
    return found[0]?.position;
  }
  const keySql = 'SELECT position FROM report_keys WHERE import_id = $1 AND key = $2';
  // Nothing names a report in an empty text or one longer than any key: not looked up.
  const positionOfKey = async (lowered: string) =>
    lowered && lowered.length <= MAX_KEY ? positionOf(keySql, [lowered]) : undefined;
  const positionOfId = (text: string) =>
    positionOf(
      `(SELECT position FROM reports WHERE import_id = $1 AND id = $2 LIMIT 1)
       UNION ALL (SELECT position FROM report_keys WHERE import_id = $1 AND key = $3) LIMIT 1`,
      [text, text.toLowerCase()],
    );

  const positionOfExactId = (id: string) =>
    positionOf('SELECT position FROM reports WHERE import_id = $1 AND id = $2 LIMIT 1', [id]);

  return { fetchLists, fetchReports, positionOfKey, positionOfId, positionOfExactId, ...placesOf(db, importId) };
}

/** Where and when reports happened, from their columns (the map, reports near in place and time). */
function placesOf(db: Database, importId: number) {
  let points: Promise<StoredPoints> | undefined;
  async function pointAt() {
    points ??= db
      .run((pool) => pool.query<{ points: Buffer }>('SELECT points FROM imports WHERE id = $1', [importId]))
      .then(({ rows: found }) => unpacked<StoredPoints>(found[0]!.points));
    // A failure is not kept: the next map asks again.
    points.catch(() => (points = undefined));
    const { lat, lon } = await points;
    return (p: number): Point | null => (Number.isNaN(lat[p]) ? null : { lat: lat[p]!, lon: lon[p]! });
  }

  async function placedAround(self: number, hours: number): Promise<PlacedReport[]> {
    const { rows: found } = await db.run((pool) =>
      pool.query<PlacedReport>(
        `SELECT r.position, r.time_ms AS time, r.lon, r.lat
         FROM reports s JOIN reports r ON r.import_id = s.import_id
           AND r.time_ms BETWEEN s.time_ms - $3 AND s.time_ms + $3
           AND r.time_ms IS NOT NULL AND r.lat IS NOT NULL
         WHERE s.import_id = $1 AND s.position = $2 AND s.lat IS NOT NULL
         ORDER BY r.time_ms, r.position`,
        [importId, self, hours * HOUR_MS],
      ),
    );
    return found;
  }

  return { pointAt, placedAround };
}

/** A report's date as its filter days give it back: one day, or a month from its first to its last day. */
function dateReader({ firstDay, lastDay }: FilterColumns) {
  return (p: number): string | undefined => {
    const first = firstDay[p]!;
    if (!first) return undefined;
    const digits = String(first).padStart(8, '0');
    const month = `${digits.slice(0, 4)}-${digits.slice(4, 6)}`;
    return first === lastDay[p] ? `${month}-${digits.slice(6)}` : month;
  };
}

/**
 * The index over postings whose lists are fetched: `order` holds only the reports of the run under way, and the
 * sentences of long paragraphs are found anew for the few reports shown (the index keeps none).
 */
function indexOf(postings: StoredPostings, reports: number, frequencies: Int32Array): SearchIndex {
  const docFrequency = {
    get: (term: string) => {
      const id = postings.id(term);
      return id === undefined ? undefined : frequencies[id] || undefined;
    },
    has: (term: string) => {
      const id = postings.id(term);
      return id !== undefined && frequencies[id]! > 0;
    },
  };
  return {
    reports: new Map(),
    // Sparse: as long as the corpus, with a report only where a run needs one.
    order: new Array<Report>(reports),
    glossary: loadGlossary(DEFAULT_GLOSSARY),
    postings,
    docFrequency,
    // Completion reads the words it needs when asked (StoredPostings.wordsStarting).
    vocabulary: [],
    passageCount: 0,
    sentences: { offsets: new Uint32Array(reports + 1), starts: new Int32Array(0) },
  };
}

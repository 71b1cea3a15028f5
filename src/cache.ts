/**
 * The saved index: reports and the term index in one file, keyed by the corpus
 * contents, the glossary and the index format, and sealed by a checksum (CHECKSUM) of its
 * whole content. A file that is missing, stale, truncated, edited in any byte
 * or not ours is never served: the caller rebuilds.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, stat, type FileHandle } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { threadId, Worker } from 'node:worker_threads';
import { ColumnReader, toColumns, type ColumnsToSave, type Text } from './columns.ts';
import type { Corpus } from './corpus/load.ts';
import type { Problem, Report } from './corpus/model.ts';
import type { SavedDeskColumns } from './desk/counted.ts';
import { savedReports } from './saved-reports.ts';
import type { IndexSnapshot } from './search/index.ts';
import type { PostingsData } from './search/postings.ts';

export const CACHE_DIR_NAME = '.report-desk-cache';
export const INDEX_FILE = 'index.bin';
const FORMAT = 'report-desk-index/7';
/**
 * The checksum of saved files and corpus files: SHA-512/256 is as strong as SHA-256 and on 64-bit machines more than
 * twice as fast (350 → 147 ms for the War Diary's 136 MB saved index, a third of a reload).
 */
const CHECKSUM = 'sha512-256';

/** What is saved. */
export interface Saved {
  key: string;
  reports: Report[];
  problems: Problem[];
  counts: Corpus['counts'];
  index: IndexSnapshot;
  /** What the desk counts per report position, counted when the index was built. */
  desk: SavedDeskColumns;
}

/** Next to the corpus: inside it when it is a folder, beside it when it is a file. */
export async function defaultCacheDir(corpusPaths: string[]): Promise<string> {
  const first = resolve(corpusPaths[0] ?? '.');
  const isDir = await stat(first).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return join(isDir ? first : dirname(first), CACHE_DIR_NAME);
}

/** Bytes past this are hashed on a thread of their own, while this one goes on. */
const HASHED_APART = 4 << 20;

/** Hashes a file but its last `trim` bytes, a megabyte at a time, on its own thread; posts its checksum. */
const HASHER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
const fd = openSync(workerData.path, 'r');
const hash = createHash(workerData.checksum);
const chunk = Buffer.alloc(1 << 20);
for (let at = 0, end = Math.max(0, fstatSync(fd).size - workerData.trim); at < end; ) {
  const n = readSync(fd, chunk, 0, Math.min(chunk.length, end - at), at);
  if (n === 0) break;
  hash.update(chunk.subarray(0, n));
  at += n;
}
closeSync(fd);
parentPort.postMessage(hash.digest());
`;

/** The checksum of a file but its last `trim` bytes: on another thread when the file is large. */
async function fileDigest(path: string, trim = 0): Promise<Buffer> {
  const { size } = await stat(path);
  if (size <= HASHED_APART) {
    const bytes = await readFile(path);
    return createHash(CHECKSUM)
      .update(bytes.subarray(0, Math.max(0, bytes.length - trim)))
      .digest();
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(HASHER, { eval: true, workerData: { path, trim, checksum: CHECKSUM } });
    worker.once('message', (digest: Uint8Array) => resolve(Buffer.from(digest)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`hashing ${path} stopped (exit code ${code})`)));
  });
}

/**
 * A key that changes when any corpus file, the glossary, or the index format
 * changes: the checksum of each file (large ones hashed on other threads, while
 * this one reads the saved index), and of them all.
 */
export async function cacheKey(files: string[], glossaryPath: string, signature: string): Promise<string> {
  const paths = [...files, glossaryPath].map((file) => resolve(file));
  const digests = await Promise.all(paths.map((path) => fileDigest(path)));
  const hash = createHash(CHECKSUM).update(signature);
  paths.forEach((path, i) => hash.update(`\0${path}\0`).update(digests[i]!));
  return hash.digest('hex');
}

export type LoadResult = { saved: Saved } | { miss: string };

/**
 * The file: a header line (JSON: the key, the corpus's counts and problems,
 * the index's figures and the byte length of each section), the typed arrays
 * of the term index and of the reports' columns (see columns.ts) as they lie
 * in memory, the terms and the reports' object shapes as JSON arrays, the
 * reports' texts as UTF-8, and last the checksum of everything before it.
 * Typed arrays are read straight into their own memory, each text through one reused buffer.
 */
interface Header {
  format: typeof FORMAT;
  key: string;
  /** Typed arrays are saved in the machine's byte order. */
  endian: 'LE' | 'BE';
  problems: Problem[];
  counts: Corpus['counts'];
  passageCount: number;
  reports: number;
  /** Byte lengths of the sections before the reports' texts, in file order. */
  bytes: Record<SectionName, number>;
}

/** The index's typed arrays, in file order, with their element types. */
const ARRAYS = {
  offsets: Uint32Array,
  docs: Int32Array,
  impacts: Float32Array,
  stems: Int32Array,
  sentenceOffsets: Uint32Array,
  sentenceStarts: Int32Array,
  values: Uint32Array,
  numbers: Float64Array,
  stringEnds: Uint32Array,
  textStrings: Uint32Array,
  /** Each text's length in bytes. */
  textBytes: Uint32Array,
  facetCodes: Uint32Array,
  firstDay: Int32Array,
  lastDay: Int32Array,
  dated: Int32Array,
} as const;
type ArrayName = keyof typeof ARRAYS;
const NAMES = Object.keys(ARRAYS) as ArrayName[];
/** The JSON sections after the typed arrays. */
const LISTS = ['terms', 'shapes', 'facets'] as const;
type SectionName = ArrayName | (typeof LISTS)[number];
const SECTIONS: SectionName[] = [...NAMES, ...LISTS];
const arraysOf = (
  { postings, sentences }: IndexSnapshot,
  { values, numbers, stringEnds, textStrings, textBytes }: ColumnsToSave,
  { facetCodes, firstDay, lastDay, dated }: SavedDeskColumns,
): Record<ArrayName, ArrayBufferView> => ({
  ...postings,
  sentenceOffsets: sentences.offsets,
  sentenceStarts: sentences.starts,
  values,
  numbers,
  stringEnds,
  textStrings,
  textBytes,
  facetCodes,
  firstDay,
  lastDay,
  dated,
});
const DIGEST = 32;

const corrupt = (why: string) => ({ miss: `saved index is corrupt or truncated (${why})` });

/**
 * The saved index in `dir` if it is complete, intact and made for `key` (awaited once the file is read). Read a
 * section at a time, the typed arrays straight into their own memory and the reports' texts through one reused buffer:
 * fresh memory costs more than the reading itself, and the file is twice what the desk keeps of it.
 */
export async function loadSaved(dir: string, key: string | Promise<string>): Promise<LoadResult> {
  const path = join(dir, INDEX_FILE);
  // Hashed on another thread while this one reads: nothing read is served unless the checksum matches.
  const digest = fileDigest(path, DIGEST);
  digest.catch(() => {});
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => error);
  if (file instanceof Error)
    return { miss: file.code === 'ENOENT' ? 'no saved index' : `saved index could not be read (${file.message})` };
  try {
    return await readSaved(file, key, digest);
  } catch (error) {
    return { miss: `saved index could not be read (${(error as Error).message})` };
  } finally {
    await file.close();
  }
}

async function readSaved(file: FileHandle, key: string | Promise<string>, digest: Promise<Buffer>) {
  const { size } = await file.stat();
  const line = await headerLine(file, size);
  let header: Header;
  try {
    header = JSON.parse(line.toString('utf8')) as Header;
  } catch (error) {
    return corrupt(size ? (error as Error).message : 'empty file');
  }
  if (!isHeader(header)) return { miss: 'saved index is not in the expected format' };
  if (header.endian !== endianness()) return { miss: 'saved index was written on a machine of another byte order' };
  const body = line.length + 1;
  if (size < body + DIGEST) return corrupt('no checksum');
  let read: LoadResult;
  try {
    read = { saved: await readBody(file, body, size - DIGEST, header) };
  } catch (error) {
    read = { miss: `saved index is inconsistent (${(error as Error).message})` };
  }
  if (header.key !== (await key)) return { miss: 'saved index is stale: the corpus, glossary or index format changed' };
  const sealed = await digest.catch(() => undefined);
  const seal = await readAt(file, new Uint8Array(DIGEST), size - DIGEST);
  if (!sealed?.equals(seal)) return corrupt('its checksum does not match its content');
  return read;
}

/** Bytes read by one call: a larger read is split, its parts read side by side (see readBody). */
const READ_PART = 4 << 20;

/** Fills `into` from the file at `position`; a file that ends first has been cut since it was measured. */
async function readAt<T extends Uint8Array>(file: FileHandle, into: T, position: number): Promise<T> {
  const parts = [];
  for (let from = 0; from < into.length; from += READ_PART)
    parts.push(readPart(file, into.subarray(from, from + READ_PART), position + from));
  await Promise.all(parts);
  return into;
}

async function readPart(file: FileHandle, into: Uint8Array, position: number) {
  for (let done = 0; done < into.length;) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error('the file ended early');
    done += bytesRead;
  }
}

/** The file's first line (without its newline), or the whole file when it has none. */
async function headerLine(file: FileHandle, size: number): Promise<Buffer> {
  for (let length = Math.min(size, 1 << 16); ; length = Math.min(size, length * 4)) {
    const start = await readAt(file, Buffer.allocUnsafe(length), 0);
    const end = start.indexOf(10);
    if (end >= 0) return start.subarray(0, end);
    if (length === size) return start;
  }
}

const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

function isHeader(value: unknown): value is Header {
  const h = value as Header | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    h.format === FORMAT &&
    typeof h.key === 'string' &&
    Array.isArray(h.problems) &&
    typeof h.counts === 'object' &&
    h.counts !== null &&
    isCount(h.reports) &&
    isCount(h.passageCount) &&
    typeof h.bytes === 'object' &&
    h.bytes !== null &&
    SECTIONS.every((name) => isCount(h.bytes[name]))
  );
}

/**
 * The sections of a checked file from `from`, each the length the header gives; the texts after them, up to `to`.
 * Every section is read at once: most of a reload is the kernel filling fresh memory (a page fault per page), which
 * it does on the threads that read, so reads side by side share it between cores.
 */
async function readBody(file: FileHandle, from: number, to: number, header: Header): Promise<Saved> {
  const starts: Partial<Record<SectionName, number>> = {};
  let at = from;
  for (const name of SECTIONS) [starts[name], at] = [at, at + header.bytes[name]];
  if (at > to) throw new Error('sections run past the end');
  const array = async <T extends ArrayName>(name: T) => {
    const bytes = header.bytes[name];
    const Type = ARRAYS[name];
    if (bytes % Type.BYTES_PER_ELEMENT) throw new Error(`${name} is not a whole number of values`);
    const values = new Type(bytes / Type.BYTES_PER_ELEMENT) as InstanceType<(typeof ARRAYS)[T]>;
    await readAt(file, new Uint8Array(values.buffer), starts[name]!);
    return values;
  };
  const list = async (name: (typeof LISTS)[number]) => {
    const bytes = await readAt(file, Buffer.allocUnsafe(header.bytes[name]), starts[name]!);
    const parsed = JSON.parse(bytes.toString('utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${name} are not a list`);
    return parsed as unknown[];
  };
  // What the texts' reading needs first, small; then everything at once (one Promise.all: no read left unawaited).
  const ofTexts = Promise.all([array('textStrings'), array('textBytes'), array('stringEnds')]);
  const [postings, sentences, [values, numbers], [textStrings, , stringEnds], texts, desk, lists] = await Promise.all([
    Promise.all([array('offsets'), array('docs'), array('impacts'), array('stems')]),
    Promise.all([array('sentenceOffsets'), array('sentenceStarts')]),
    Promise.all([array('values'), array('numbers')]),
    ofTexts,
    ofTexts.then(([textStrings, textBytes, stringEnds]) =>
      readTexts(file, at, to, { textBytes, textStrings, stringEnds }),
    ),
    Promise.all([array('facetCodes'), array('firstDay'), array('lastDay'), array('dated')]),
    Promise.all([list('terms'), list('shapes'), list('facets')]),
  ]);
  const [offsets, docs, impacts, stems] = postings;
  const [facetCodes, firstDay, lastDay, dated] = desk;
  const [terms, shapes, facets] = lists as [string[], string[][], SavedDeskColumns['facets']];
  const columns = { values, numbers, shapes, stringEnds, textStrings, texts };
  // Each report made only when read (see saved-reports.ts).
  const reports = savedReports(new ColumnReader(columns, header.reports));
  const index: PostingsData = { terms, offsets, docs, impacts, stems };
  return {
    key: header.key,
    problems: header.problems,
    counts: header.counts,
    reports,
    index: {
      postings: index,
      sentences: { offsets: sentences[0], starts: sentences[1] },
      passageCount: header.passageCount,
    },
    desk: { facetCodes, firstDay, lastDay, dated, facets },
  };
}

/**
 * The reports' texts, from the file's `[from, to)`, each read into memory of its own: plain ASCII (most texts) kept
 * as its bytes, a string sliced from them only when read (see columns.ts), and any other decoded from UTF-8. Decoding
 * every text at each reload copied 56 MB at War Diary size, most of it never read. A text is ASCII when it takes as
 * many bytes as its strings take UTF-16 units (what else UTF-8 holds takes more bytes than units).
 */
async function readTexts(file: FileHandle, from: number, to: number, columns: TextColumns): Promise<Text[]> {
  const { textBytes, textStrings, stringEnds } = columns;
  const total = textBytes.reduce((sum, n) => sum + n, 0);
  if (from + total !== to) throw new Error(`the texts take ${to - from} bytes, their lengths say ${total}`);
  if (textStrings.length !== textBytes.length) throw new Error('texts and their string counts differ');
  const reads: Promise<Text>[] = [];
  for (let t = 0, at = from, strings = 0; t < textBytes.length; at += textBytes[t++]!) {
    strings += textStrings[t]!;
    const units = textStrings[t] ? stringEnds[strings - 1] : 0;
    const read = readAt(file, Buffer.allocUnsafeSlow(textBytes[t]!), at);
    reads.push(read.then((bytes) => (units === bytes.length ? bytes : bytes.toString('utf8'))));
  }
  return Promise.all(reads);
}
type TextColumns = { textBytes: Uint32Array; textStrings: Uint32Array; stringEnds: Uint32Array };

/** Bytes of text written at a time: the buffer is reused once the file has taken its bytes. */
const TEXT_WRITE = 1 << 20;

/** The reports' texts as UTF-8, their strings written one after another through one reused buffer, never joined. */
async function writeTexts(texts: string[][], write: (chunk: Uint8Array) => Promise<void>) {
  const buffer = Buffer.allocUnsafe(TEXT_WRITE);
  let used = 0;
  const flush = async () => {
    if (used) await write(buffer.subarray(0, used));
    used = 0;
  };
  for (const text of texts) {
    for (const s of text) {
      const bytes = Buffer.byteLength(s, 'utf8');
      if (used + bytes > buffer.length) await flush();
      if (bytes > buffer.length) await write(Buffer.from(s, 'utf8'));
      else used += buffer.write(s, used, 'utf8');
    }
  }
  await flush();
}

/** What is saved, its index perhaps still being counted: the reports' columns are made meanwhile. */
export type ToSave = Omit<Saved, 'index'> & { index: IndexSnapshot | Promise<IndexSnapshot> };

/** Writes atomically: a crash mid-write leaves the old file or none, never half of one. */
export async function save(dir: string, toSave: ToSave): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, INDEX_FILE);
  // Threads share a pid: a desk rereading its corpus on a new thread may save beside the old one.
  const temp = `${path}.${process.pid}-${threadId}.tmp`;
  const columns = toColumns(toSave.reports);
  const saved = { ...toSave, index: await toSave.index };
  const arrays = arraysOf(saved.index, columns, saved.desk);
  const lists = { terms: saved.index.postings.terms, shapes: columns.shapes, facets: saved.desk.facets };
  const json = Object.fromEntries(LISTS.map((name) => [name, Buffer.from(JSON.stringify(lists[name]))]));
  const bytes = Object.fromEntries(
    SECTIONS.map((name) => [name, (json[name] ?? arrays[name as ArrayName]).byteLength]),
  );
  const header: Header = {
    format: FORMAT,
    key: saved.key,
    endian: endianness(),
    problems: saved.problems,
    counts: saved.counts,
    passageCount: saved.index.passageCount,
    reports: saved.reports.length,
    bytes: bytes as Header['bytes'],
  };
  const out = createWriteStream(temp);
  const hash = createHash(CHECKSUM);
  // Each chunk taken before the next is made: the texts' buffer is reused.
  const write = async (chunk: Uint8Array) => {
    hash.update(chunk);
    await new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
  };
  try {
    await write(Buffer.from(`${JSON.stringify(header)}\n`));
    for (const { buffer, byteOffset, byteLength } of NAMES.map((name) => arrays[name]))
      await write(new Uint8Array(buffer, byteOffset, byteLength));
    for (const name of LISTS) await write(json[name]!);
    await writeTexts(columns.texts, write);
    out.end(hash.digest());
    await finished(out);
  } catch (error) {
    out.destroy();
    throw error;
  }
  await rename(temp, path);
  return path;
}

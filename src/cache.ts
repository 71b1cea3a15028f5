/**
 * The saved index: reports and the term index in one file, keyed by the corpus
 * contents, the glossary and the index format, and sealed by a CRC-32 of its
 * whole content. A file that is missing, stale, truncated, edited in any byte
 * or not ours is never served: the caller rebuilds.
 *
 * CRC-32 guards against damage (a disk, a copy cut short, an edit), not against an adversary: a file forged with a
 * matching CRC is still refused by the checks of every part it holds (columns.ts, postings.ts, counted.ts). It is a
 * sixth of the cost of SHA-512/256 (24 vs 147 ms for the War Diary's 136 MB) and is taken of the bytes as they are read
 * into memory, where a hash took a second reading of the whole file on a thread of its own.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, stat, type FileHandle } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { crc32Combine, PieceCrcs } from './crc.ts';
import { ColumnReader, toColumns, type ColumnsToSave, type Text } from './columns.ts';
import type { Corpus } from './corpus/load.ts';
import type { Problem, Report } from './corpus/model.ts';
import type { SavedDeskColumns } from './desk/counted.ts';
import { savedReports } from './saved-reports.ts';
import type { IndexSnapshot } from './search/index.ts';
import type { PostingsData } from './search/postings.ts';

export const CACHE_DIR_NAME = '.report-desk-cache';
export const INDEX_FILE = 'index.bin';
const FORMAT = 'report-desk-index/8';
/** Combines the corpus files' checksums, the glossary's and the index format into the saved index's key. */
const KEY_HASH = 'sha512-256';

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

/** Bytes read at a time when a whole file is checked: one buffer, reused, so that no fresh memory is touched. */
const CHECKED_AT_ONCE = 1 << 20;

/** The CRC-32 of a file's bytes up to `end`, read through one reused buffer. */
async function crcOfFile(file: FileHandle, end: number): Promise<number> {
  const chunk = Buffer.allocUnsafe(Math.max(0, Math.min(CHECKED_AT_ONCE, end)));
  let crc = 0;
  for (let at = 0; at < end;) {
    const { bytesRead } = await file.read(chunk, 0, Math.min(chunk.length, end - at), at);
    if (bytesRead === 0) break;
    crc = crc32(chunk.subarray(0, bytesRead), crc);
    at += bytesRead;
  }
  return crc;
}

/** A corpus file's size and CRC-32: what tells a changed file from the one indexed. */
async function fileDigest(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    return `${size} ${await crcOfFile(file, size)}`;
  } finally {
    await file.close();
  }
}

/**
 * A key that changes when any corpus file, the glossary, or the index format changes: the size and CRC-32 of each
 * file (read while the saved index is read), and a hash of them all. CRC-32 tells an edited file from the one indexed
 * as surely as a hash but for one edit in four billion, and needs no thread of its own: hashing the War Diary's 74 MB
 * with SHA-512/256 took a thread 0.2 s of a reload's CPU.
 */
export async function cacheKey(files: string[], glossaryPath: string, signature: string): Promise<string> {
  const paths = [...files, glossaryPath].map((file) => resolve(file));
  const digests = await Promise.all(paths.map((path) => fileDigest(path)));
  const hash = createHash(KEY_HASH).update(signature);
  paths.forEach((path, i) => hash.update(`\0${path}\0${digests[i]}`));
  return hash.digest('hex');
}

export type LoadResult = { saved: Saved } | { miss: string };

/**
 * The file: a header line (JSON: the key, the corpus's counts and problems,
 * the index's figures and the byte length of each section), the typed arrays
 * of the term index and of the reports' columns (see columns.ts) as they lie
 * in memory, the terms and the reports' object shapes as JSON arrays, the
 * reports' texts as UTF-8, and last the checksum of everything before it.
 * Typed arrays are read straight into their own memory, each text into memory of its own.
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
type ListName = (typeof LISTS)[number];
type SectionName = ArrayName | ListName;
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
/** The seal: the CRC-32 of all that comes before it, little-endian. */
const DIGEST = 4;

const corrupt = (why: string) => ({ miss: `saved index is corrupt or truncated (${why})` });
const inconsistent = (why: string) => ({ miss: `saved index is inconsistent (${why})` });

/**
 * The saved index in `dir` if it is complete, intact and made for `key` (awaited once the file is read). Read a
 * section at a time, the typed arrays straight into their own memory and the reports' texts each into its own:
 * fresh memory costs more than the reading itself.
 */
export async function loadSaved(dir: string, key: string | Promise<string>): Promise<LoadResult> {
  const path = join(dir, INDEX_FILE);
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => error);
  if (file instanceof Error)
    return { miss: file.code === 'ENOENT' ? 'no saved index' : `saved index could not be read (${file.message})` };
  try {
    return await readSaved(file, key);
  } catch (error) {
    return { miss: `saved index could not be read (${(error as Error).message})` };
  } finally {
    await file.close();
  }
}

/**
 * The file read, then checked in this order: its key, its seal, the parts it holds. The seal is taken of the bytes
 * read; when the sections do not even fit the file, of the file read again, so that a file cut short or edited is
 * told as such (corrupt) and only a sealed one as inconsistent.
 */
async function readSaved(file: FileHandle, key: string | Promise<string>): Promise<LoadResult> {
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
  const read = await readBody(file, body, size - DIGEST, header).catch((error: Error) => error);
  if (header.key !== (await key)) return { miss: 'saved index is stale: the corpus, glossary or index format changed' };
  const seal = (await readAt(file, Buffer.alloc(DIGEST), size - DIGEST)).readUInt32LE(0);
  const crc = read instanceof Error ? await crcOfFile(file, size - DIGEST) : crcOfBody(line, read);
  if (crc !== seal) return corrupt('its checksum does not match its content');
  if (read instanceof Error) return inconsistent(read.message);
  try {
    return { saved: restore(header, read) };
  } catch (error) {
    return inconsistent((error as Error).message);
  }
}

/** Bytes read by one call: a larger read is split, its parts read side by side (see readBody). */
const READ_PART = 4 << 20;

/**
 * Fills `into` from the file at `position`; a file that ends first has been cut since it was measured. Each part's
 * CRC goes to `crcs` as soon as it is read, while other parts are still being read.
 */
async function readAt<T extends Uint8Array>(file: FileHandle, into: T, position: number, crcs?: PieceCrcs) {
  const parts = [];
  for (let from = 0; from < into.length; from += READ_PART)
    parts.push(readPart(file, into.subarray(from, from + READ_PART), position + from, crcs));
  await Promise.all(parts);
  return into;
}

async function readPart(file: FileHandle, into: Uint8Array, position: number, crcs?: PieceCrcs) {
  for (let done = 0; done < into.length;) {
    const { bytesRead } = await file.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error('the file ended early');
    done += bytesRead;
  }
  crcs?.add(position, into);
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

type Arrays = { [K in ArrayName]: InstanceType<(typeof ARRAYS)[K]> };
/** The file's body as read, before any of it is trusted: the typed arrays, the JSON lists' bytes, each text's bytes. */
interface Body {
  arrays: Arrays;
  lists: Record<ListName, Buffer>;
  texts: Buffer[];
  /** The CRC-32 of all of it, in file order, and its length in bytes. */
  crc: number;
  length: number;
}

/** The bytes of a typed array, as the file holds them. */
const bytesOf = ({ buffer, byteOffset, byteLength }: ArrayBufferView) => new Uint8Array(buffer, byteOffset, byteLength);

/** The CRC-32 of the header line and the body after it. */
const crcOfBody = (line: Buffer, body: Body) => crc32Combine(crc32('\n', crc32(line)), body.crc, body.length);

/**
 * The sections of the file from `from`, each the length the header gives; the texts after them, up to `to`. Every
 * section is read at once: most of a reload is the kernel filling fresh memory (a page fault per page), which it does
 * on the threads that read, so reads side by side share it between cores.
 */
async function readBody(file: FileHandle, from: number, to: number, header: Header): Promise<Body> {
  const starts: Partial<Record<SectionName, number>> = {};
  let at = from;
  for (const name of SECTIONS) [starts[name], at] = [at, at + header.bytes[name]];
  if (at > to) throw new Error('sections run past the end');
  const crcs = new PieceCrcs();
  const array = async <T extends ArrayName>(name: T): Promise<[T, Arrays[T]]> => {
    const bytes = header.bytes[name];
    const Type = ARRAYS[name];
    if (bytes % Type.BYTES_PER_ELEMENT) throw new Error(`${name} is not a whole number of values`);
    const values = new Type(bytes / Type.BYTES_PER_ELEMENT) as Arrays[T];
    await readAt(file, bytesOf(values), starts[name]!, crcs);
    return [name, values];
  };
  const list = async (name: ListName): Promise<[ListName, Buffer]> => [
    name,
    await readAt(file, Buffer.allocUnsafe(header.bytes[name]), starts[name]!, crcs),
  ];
  // The lengths of the texts first, small; then everything at once (one Promise.all: no read left unawaited).
  const textBytes = array('textBytes');
  const [arrays, lists, texts] = await Promise.all([
    Promise.all(NAMES.map((name) => (name === 'textBytes' ? textBytes : array(name)))),
    Promise.all(LISTS.map(list)),
    textBytes.then(([, lengths]) => readTexts(file, at, to, lengths, crcs)),
  ]);
  return {
    arrays: Object.fromEntries(arrays) as Arrays,
    lists: Object.fromEntries(lists) as Record<ListName, Buffer>,
    texts,
    // Every byte was read, once: the pieces cover the body (NaN, matching no seal, were one missing).
    crc: crcs.of(from, to) ?? NaN,
    length: to - from,
  };
}

/** A JSON section that must be a list. */
function parsedList(bytes: Buffer, name: ListName): unknown[] {
  const parsed: unknown = JSON.parse(bytes.toString('utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${name} are not a list`);
  return parsed;
}

/** What the sealed body holds, each part checked as it is made (see columns.ts, postings.ts, counted.ts). */
function restore(header: Header, { arrays, lists, texts }: Body): Saved {
  const { offsets, docs, impacts, stems, sentenceOffsets, sentenceStarts } = arrays;
  const { values, numbers, stringEnds, textStrings, facetCodes, firstDay, lastDay, dated } = arrays;
  const [terms, shapes, facets] = LISTS.map((name) => parsedList(lists[name], name)) as [
    string[],
    string[][],
    SavedDeskColumns['facets'],
  ];
  const columns = { values, numbers, shapes, stringEnds, textStrings, texts: textsOf(texts, arrays) };
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
      sentences: { offsets: sentenceOffsets, starts: sentenceStarts },
      passageCount: header.passageCount,
    },
    desk: { facetCodes, firstDay, lastDay, dated, facets },
  };
}

/** Each text's bytes, from the file's `[from, to)`, read into memory of its own. */
async function readTexts(file: FileHandle, from: number, to: number, textBytes: Uint32Array, crcs: PieceCrcs) {
  const total = textBytes.reduce((sum, n) => sum + n, 0);
  if (from + total !== to) throw new Error(`the texts take ${to - from} bytes, their lengths say ${total}`);
  const reads: Promise<Buffer>[] = [];
  for (let t = 0, at = from; t < textBytes.length; at += textBytes[t++]!)
    reads.push(readAt(file, Buffer.allocUnsafeSlow(textBytes[t]!), at, crcs));
  return Promise.all(reads);
}

/**
 * The reports' texts as the columns read them: plain ASCII (most texts) kept as its bytes, a string sliced from them
 * only when read (see columns.ts), and any other decoded from UTF-8. Decoding every text at each reload copied 56 MB
 * at War Diary size, most of it never read. A text is ASCII when it takes as many bytes as its strings take UTF-16
 * units (what else UTF-8 holds takes more bytes than units).
 */
function textsOf(texts: Buffer[], { textStrings, stringEnds }: Arrays): Text[] {
  if (textStrings.length !== texts.length) throw new Error('texts and their string counts differ');
  let strings = 0;
  return texts.map((bytes, t) => {
    strings += textStrings[t]!;
    const units = textStrings[t] ? stringEnds[strings - 1] : 0;
    return units === bytes.length ? bytes : bytes.toString('utf8');
  });
}

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
  let crc = 0;
  // Each chunk taken before the next is made: the texts' buffer is reused.
  const write = async (chunk: Uint8Array) => {
    // Skipped when empty: the CRC of an empty typed array with no memory behind it comes back 0 (Node 20).
    if (chunk.byteLength) crc = crc32(chunk, crc);
    await new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
  };
  try {
    await write(Buffer.from(`${JSON.stringify(header)}\n`));
    for (const { buffer, byteOffset, byteLength } of NAMES.map((name) => arrays[name]))
      await write(new Uint8Array(buffer, byteOffset, byteLength));
    for (const name of LISTS) await write(json[name]!);
    await writeTexts(columns.texts, write);
    const seal = Buffer.alloc(DIGEST);
    seal.writeUInt32LE(crc);
    out.end(seal);
    await finished(out);
  } catch (error) {
    out.destroy();
    throw error;
  }
  await rename(temp, path);
  return path;
}

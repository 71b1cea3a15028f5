/**
 * The saved index: reports and the MiniSearch index in one file,
 * keyed by the corpus contents, the glossary and the index format. A file that
 * is missing, stale, truncated or corrupt is never served: the caller rebuilds.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Corpus } from './corpus/load.ts';
import type { Problem, Report } from './corpus/model.ts';
import type { IndexSnapshot } from './search/index.ts';

export const CACHE_DIR_NAME = '.report-desk-cache';
const FILE = 'index.json';

export interface Saved {
  key: string;
  reports: Report[];
  problems: Problem[];
  counts: Corpus['counts'];
  index: IndexSnapshot;
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

export type LoadResult = { saved: Saved } | { miss: string };

export async function loadSaved(dir: string, key: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(join(dir, FILE), 'utf8');
  } catch {
    return { miss: 'no saved index' };
  }
  let saved: Saved;
  try {
    saved = JSON.parse(text) as Saved;
  } catch (error) {
    return { miss: `saved index is corrupt or truncated (${(error as Error).message})` };
  }
  const shaped = saved && typeof saved === 'object' && Array.isArray(saved.reports) && Array.isArray(saved.problems) && saved.counts && typeof saved.counts === 'object' && saved.index?.mini;
  if (!shaped) return { miss: 'saved index is not in the expected format' };
  if (saved.key !== key) return { miss: 'saved index is stale: the corpus, glossary or index format changed' };
  return { saved };
}

/** Writes atomically: a crash mid-write leaves the old file or none, never half of one. */
export async function save(dir: string, saved: Saved): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, FILE);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(saved));
  await rename(temp, path);
  return path;
}

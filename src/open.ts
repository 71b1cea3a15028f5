/**
 * Opens the desk on a corpus: a saved index when its key matches, otherwise
 * load, validate, index and save. An invalid corpus is refused rather than
 * served in part, unless rejected War Diary rows are explicitly allowed; an
 * index is saved only once they were, so a saved index serves its rejects
 * without the permission being given again.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cacheKey, defaultCacheDir, loadSaved, save, type LoadResult } from './cache.ts';
import { listFiles, loadCorpus, type Corpus } from './corpus/load.ts';
import { CorpusInvalid } from './corpus/problems.ts';
import type { Problem } from './corpus/model.ts';
import { removeRejects, writeRejects } from './corpus/rejects.ts';
import type { Progress } from './corpus/wardiary.ts';
import { deskColumnsFrom, deskColumnsOf, savedDeskColumns, type DeskColumns } from './desk/counted.ts';
import { createDesk, type MemoryDesk } from './desk/memory.ts';
import { createPostgresDesk, type PostgresDesk } from './desk/postgres/desk.ts';
import { connect } from './desk/postgres/pool.ts';
import { DEFAULT_GLOSSARY, loadGlossary, type Glossary } from './search/glossary.ts';
import { analysisAsRead } from './search/analysis-thread.ts';
import { INDEX_SIGNATURE, restoreIndex, type IndexSnapshot, type SearchIndex } from './search/index.ts';

/** The corpus shipped with the bot, wherever it is run from. */
export const SHIPPED_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

/** Where opening reports what it did: a pino logger fits, and so does a terminal printer. */
export interface Notes {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface OpenOptions {
  corpus?: string[];
  glossary?: string;
  /** Where the saved index lives; default: next to the corpus. */
  cacheDir?: string;
  /** false: neither read nor write a saved index. */
  cache?: boolean;
  /** Build anew even when a saved index matches (and save the result). */
  rebuild?: boolean;
  /** Serve a corpus whose War Diary rows were partly rejected (the rejects are still reported). */
  allowRejects?: boolean;
  onProgress?: (p: OpenProgress) => void;
  /** Told whether a saved index was used and why not, and what was written (index, rejects files). */
  log?: Notes;
}

/**
 * Where opening is: reading each file (by bytes), building the index (by reports), saving it (once done), or copying
 * it into the report database (by rows).
 */
export type OpenProgress =
  ({ phase: 'read' } & Progress) | { phase: 'build' | 'save' | 'copy'; done: number; total: number };

export interface Opened {
  desk: MemoryDesk;
  problems: Problem[];
  counts: { read: number; imported: number; rejected: number };
  fromCache: boolean;
  /** What became of the index built (absent when it was loaded, or saving is off): where it was saved, or why not. */
  saved?: { path: string } | { error: string };
}

/**
 * The index opened, without the desk around it: for tests and tools that read the index itself. With it, what the desk
 * counts per report when it was saved or read from a saved index (otherwise the desk counts it).
 */
export type IndexOpened = Omit<Opened, 'desk'> & { index: SearchIndex; columns?: DeskColumns };

/**
 * Allowing rejects waives problems with single entries (they stay reported); a path that cannot be read is never
 * waived.
 */
const refusal = (problems: Problem[], allowRejects: boolean) =>
  allowRejects ? problems.filter((p) => p.line === 0) : problems;

export async function openDesk(options: OpenOptions = {}): Promise<Opened> {
  const { index, columns, ...opened } = await openIndex(options);
  return { desk: createDesk(index, columns), ...opened };
}

type Cache = { dir: string; key: Promise<string> };

export async function openIndex(options: OpenOptions = {}): Promise<IndexOpened> {
  const paths = options.corpus?.length ? options.corpus : [SHIPPED_CORPUS];
  const glossaryPath = options.glossary ?? DEFAULT_GLOSSARY;
  const useCache = options.cache ?? true;
  // Listed once: for the saved index's key, and to judge whether a build is worth a second thread.
  const files = await filesOf(paths);
  const cache = useCache ? await cacheOf(files, paths, glossaryPath, options.cacheDir) : undefined;
  // The saved index is read (by other threads) while this one reads the glossary.
  const saved = cache && !options.rebuild ? loadSaved(cache.dir, cache.key) : undefined;
  // A glossary that cannot be read throws below: the read then ends unawaited, and whatever it ends with is dropped.
  saved?.catch(() => {});
  const glossary = loadGlossary(glossaryPath);
  if (cache && saved) {
    const loaded = fromSaved(cache, await saved, glossary, options.log);
    if (loaded) return loaded;
  }
  return build(paths, files, glossary, cache, options);
}

/** Where the saved index of the corpus `files` (under `paths`) lives and the key it must have; none without files. */
async function cacheOf(
  files: string[],
  paths: string[],
  glossaryPath: string,
  cacheDir: string | undefined,
): Promise<Cache | undefined> {
  if (!files.length) return undefined;
  // Computed while the saved index is read; whoever needs it awaits it.
  const key = cacheKey(files, glossaryPath, INDEX_SIGNATURE);
  key.catch(() => {});
  return { dir: cacheDir ?? (await defaultCacheDir(paths)), key };
}

/** The corpus files under these paths; those that cannot be listed are left out (reading them says why). */
const filesOf = async (paths: string[]) => (await Promise.all(paths.map((p) => listFiles(p).catch(() => [])))).flat();

/** Corpus bytes worth a thread counting terms (see analysis-thread.ts): some 8,000 War Diary reports. */
const THREAD_BYTES = 8 << 20;

async function worthAThread(files: string[]): Promise<boolean> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0) >= THREAD_BYTES;
}

/** The saved index when it matches the corpus and holds together; undefined (and why, logged) when not. */
function fromSaved(cache: Cache, result: LoadResult, glossary: Glossary, log?: Notes): IndexOpened | undefined {
  if (!('saved' in result)) {
    log?.info({ dir: cache.dir, reason: result.miss }, 'building the index');
    return undefined;
  }
  const { saved } = result;
  try {
    const index = restoreIndex(saved.reports, saved.index, glossary);
    const columns = deskColumnsFrom(saved.desk, saved.reports);
    log?.info({ dir: cache.dir }, 'loaded the saved index');
    // Saved only when its rejects were allowed (see refusal above): the file records that permission.
    const allowed = 'serving the rows imported; the rejected ones were allowed when the index was built';
    if (saved.counts.rejected) log?.warn({ ...saved.counts, dir: cache.dir }, allowed);
    return { index, columns, problems: saved.problems, counts: saved.counts, fromCache: true };
  } catch (error) {
    log?.warn({ dir: cache.dir, reason: (error as Error).message }, 'saved index is inconsistent; rebuilding');
    return undefined;
  }
}

/**
 * Reads the corpus, refuses it when invalid, builds the index and saves it when there is a cache. Reports are analysed
 * as they are read, on another thread for a large corpus (see analysis-thread.ts).
 */
async function build(
  paths: string[],
  files: string[],
  glossary: Glossary,
  cache: Cache | undefined,
  options: OpenOptions,
) {
  const { onProgress, log } = options;
  // What the thread has analysed shows as the build phase once reading is done.
  let reading = true;
  let total = 0;
  let analysed = 0;
  const built = (done: number) => {
    analysed = done;
    if (!reading) onProgress?.({ phase: 'build', done, total });
  };
  const failed = (error: Error) =>
    log?.warn({ reason: error.message }, 'the analysis thread failed; analysing on this one');
  const thread = await worthAThread(files);
  const analysis = analysisAsRead(glossary, options.glossary ?? DEFAULT_GLOSSARY, {
    thread,
    onReports: built,
    onFailure: failed,
  });
  try {
    const read = onProgress && ((p: Progress) => onProgress({ phase: 'read', ...p }));
    const corpus = await loadCorpus(paths, { onProgress: read, onReport: analysis.add });
    await keepRejects(corpus.rejects, log);
    const refused = refusal(corpus.problems, !!options.allowRejects);
    if (refused.length) throw new CorpusInvalid(refused, corpus.counts);
    [reading, total] = [false, corpus.reports.length];
    built(analysed);
    // Not awaited here: what the save makes of the reports is made while the other thread counts its last terms.
    const snapshot = analysis.finish(corpus.reports);
    return { ...(await keep(corpus, snapshot, glossary, cache, options)), fromCache: false };
  } finally {
    analysis.stop();
  }
}

/** The index of the corpus analysed, saved first when there is a cache. */
async function keep(
  corpus: Corpus,
  snapshot: Promise<IndexSnapshot>,
  glossary: Glossary,
  cache: Cache | undefined,
  options: OpenOptions,
) {
  const { onProgress, log } = options;
  let saved: Opened['saved'];
  // Counted for the file, and handed to the desk so that it counts them not again.
  const columns = cache && deskColumnsOf(corpus.reports);
  if (columns) {
    // Saving shows once the analysis is done; the reports' part of the file is made before that.
    snapshot.then(
      () => onProgress?.({ phase: 'save', done: 0, total: 1 }),
      () => {},
    );
    saved = await saveIndex(cache, { ...corpus, snapshot, columns }, log);
    onProgress?.({ phase: 'save', done: 1, total: 1 });
  }
  const index = restoreIndex(corpus.reports, await snapshot, glossary);
  return { index, columns: columns || undefined, problems: corpus.problems, counts: corpus.counts, saved };
}

/** Writes each CSV's rejects next to it, or removes an earlier import's once every row imports. */
async function keepRejects(rejects: Corpus['rejects'], log?: Notes) {
  for (const [file, rows] of rejects) {
    try {
      if (rows.length) {
        const written = await writeRejects(file, rows);
        log?.warn({ file, rejected: rows.length, rejects: written }, 'rows rejected; see the rejects file');
      } else {
        const removed = await removeRejects(file);
        if (removed)
          log?.info({ file, removed }, 'every row imports now; removed the rejects file of an earlier import');
      }
    } catch (error) {
      const why = rows.length
        ? 'rows rejected; the rejects file could not be written'
        : 'the rejects file of an earlier import could not be removed';
      log?.warn({ file, rejected: rows.length, reason: (error as Error).message }, why);
    }
  }
}

type Built = Pick<Corpus, 'problems' | 'counts' | 'reports'> & {
  snapshot: Promise<IndexSnapshot>;
  columns: DeskColumns;
};

async function saveIndex(cache: Cache, { problems, counts, reports, snapshot, columns }: Built, log?: Notes) {
  try {
    const desk = savedDeskColumns(columns);
    const path = await save(cache.dir, { key: await cache.key, reports, problems, counts, index: snapshot, desk });
    log?.info({ path }, 'saved the index');
    return { path };
  } catch (error) {
    // A read-only corpus folder still gets a working desk, only a slower next start.
    log?.warn({ reason: (error as Error).message }, 'could not save the index');
    return { error: (error as Error).message };
  }
}

/** The desk on the report database at `url` (see desk/postgres/): nothing is read until it is first asked. */
export function openDatabaseDesk(url: string, connections?: number): PostgresDesk {
  return createPostgresDesk(connect(url, connections));
}

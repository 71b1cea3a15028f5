/**
 * Opens the desk on a corpus: a saved index when its key matches, otherwise
 * load, validate, index and save. An invalid corpus is refused rather than
 * served in part, unless rejected War Diary rows are explicitly allowed; an
 * index is saved only once they were, so a saved index serves its rejects
 * without the permission being given again.
 */
import { fileURLToPath } from 'node:url';
import { cacheKey, defaultCacheDir, loadSaved, save } from './cache.ts';
import { formatProblem, listFiles, loadCorpus } from './corpus/load.ts';
import type { Problem } from './corpus/model.ts';
import { removeRejects, writeRejects } from './corpus/rejects.ts';
import type { Progress } from './corpus/wardiary.ts';
import { createDesk, type Desk } from './desk.ts';
import { DEFAULT_GLOSSARY, loadGlossary } from './search/glossary.ts';
import { analyseReports, INDEX_SIGNATURE, restoreIndex } from './search/index.ts';

/** The corpus shipped with the bot, wherever it is run from. */
export const SHIPPED_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

export class CorpusInvalid extends Error {
  constructor(
    readonly problems: Problem[],
    readonly counts: Opened['counts'],
  ) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`the corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`);
  }
}

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

/** Where opening is: reading each file (by bytes), building the index (by reports), saving it (once done). */
export type OpenProgress = ({ phase: 'read' } & Progress) | { phase: 'build' | 'save'; done: number; total: number };

export interface Opened {
  desk: Desk;
  problems: Problem[];
  counts: { read: number; imported: number; rejected: number };
  fromCache: boolean;
  /** What became of the index built (absent when it was loaded, or saving is off): where it was saved, or why not. */
  saved?: { path: string } | { error: string };
}

/** Allowing rejects waives problems with single entries (they stay reported); a path that cannot be read is never waived. */
const refusal = (problems: Problem[], allowRejects: boolean) => (allowRejects ? problems.filter((p) => p.line === 0) : problems);

export async function openDesk(options: OpenOptions = {}): Promise<Opened> {
  const { log } = options;
  const paths = options.corpus?.length ? options.corpus : [SHIPPED_CORPUS];
  const glossaryPath = options.glossary ?? DEFAULT_GLOSSARY;
  const glossary = loadGlossary(glossaryPath);
  const useCache = options.cache ?? true;
  let cache: { dir: string; key: Promise<string> } | undefined;
  if (useCache) {
    const files = (await Promise.all(paths.map((p) => listFiles(p).catch(() => [])))).flat();
    if (files.length) {
      // Computed while the saved index is read; whoever needs it awaits it.
      const key = cacheKey(files, glossaryPath, INDEX_SIGNATURE);
      key.catch(() => {});
      cache = { dir: options.cacheDir ?? (await defaultCacheDir(paths)), key };
    }
  }
  if (cache && !options.rebuild) {
    const result = await loadSaved(cache.dir, cache.key);
    if ('saved' in result) {
      const { saved } = result;
      try {
        const desk = createDesk(restoreIndex(saved.reports, saved.index, glossary));
        log?.info({ dir: cache.dir }, 'loaded the saved index');
        // Saved only when its rejects were allowed (see refusal below): the file records that permission.
        const allowed = 'serving the rows imported; the rejected ones were allowed when the index was built';
        if (saved.counts.rejected) log?.warn({ ...saved.counts, dir: cache.dir }, allowed);
        return { desk, problems: saved.problems, counts: saved.counts, fromCache: true };
      } catch (error) {
        log?.warn({ dir: cache.dir, reason: (error as Error).message }, 'saved index is inconsistent; rebuilding');
      }
    } else log?.info({ dir: cache.dir, reason: result.miss }, 'building the index');
  }
  const { onProgress } = options;
  const corpus = await loadCorpus(paths, { onProgress: onProgress && ((p) => onProgress({ phase: 'read', ...p })) });
  for (const [file, rejects] of corpus.rejects) {
    try {
      if (rejects.length) {
        const written = await writeRejects(file, rejects);
        log?.warn({ file, rejected: rejects.length, rejects: written }, 'rows rejected; see the rejects file');
      } else {
        const removed = await removeRejects(file);
        if (removed) log?.info({ file, removed }, 'every row imports now; removed the rejects file of an earlier import');
      }
    } catch (error) {
      log?.warn({ file, rejected: rejects.length, reason: (error as Error).message }, rejects.length ? 'rows rejected; the rejects file could not be written' : 'the rejects file of an earlier import could not be removed');
    }
  }
  const refused = refusal(corpus.problems, !!options.allowRejects);
  if (refused.length) throw new CorpusInvalid(refused, corpus.counts);
  const total = corpus.reports.length;
  const built = onProgress && ((done: number) => onProgress({ phase: 'build', done, total }));
  const snapshot = analyseReports(corpus.reports, glossary, built);
  let saved: Opened['saved'];
  if (cache) {
    onProgress?.({ phase: 'save', done: 0, total: 1 });
    try {
      const { problems, counts, reports } = corpus;
      const path = await save(cache.dir, { key: await cache.key, reports, problems, counts, index: snapshot });
      log?.info({ path }, 'saved the index');
      saved = { path };
    } catch (error) {
      // A read-only corpus folder still gets a working desk, only a slower next start.
      log?.warn({ reason: (error as Error).message }, 'could not save the index');
      saved = { error: (error as Error).message };
    }
    onProgress?.({ phase: 'save', done: 1, total: 1 });
  }
  const desk = createDesk(restoreIndex(corpus.reports, snapshot, glossary));
  return { desk, problems: corpus.problems, counts: corpus.counts, fromCache: false, saved };
}

/** Opens the desk on a corpus: load, validate, index. Refuses an invalid corpus rather than serve part of it. */
import { fileURLToPath } from 'node:url';
import { formatProblem, loadCorpus } from './corpus/load.ts';
import type { Problem } from './corpus/model.ts';
import { createDesk, type Desk } from './desk.ts';
import { loadGlossary } from './search/glossary.ts';
import { buildIndex } from './search/index.ts';

/** The corpus shipped with the bot, wherever it is run from. */
export const SHIPPED_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

export class CorpusInvalid extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
  }
}

export async function openDesk(corpus: string[] = [SHIPPED_CORPUS], glossaryPath?: string): Promise<Desk> {
  const loaded = await loadCorpus(corpus);
  if (loaded.problems.length) throw new CorpusInvalid(loaded.problems);
  return createDesk(buildIndex(loaded.reports, loadGlossary(glossaryPath)));
}

/**
 * A corpus's problems as a person reads them, and the error that refuses a corpus for them. Apart from the loaders,
 * so that what only reports a refusal (the bot's main thread) does not load the corpus readers and the desk.
 */
import type { Corpus } from './load.ts';
import type { Problem } from './model.ts';

export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}

export class CorpusInvalid extends Error {
  constructor(
    readonly problems: Problem[],
    readonly counts: Corpus['counts'],
  ) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`the corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`);
  }
}

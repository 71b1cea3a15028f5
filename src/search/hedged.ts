/**
 * A sentence telling an act only as possible ("filming *might* also be happening at the Western cordon", "*possibly*
 * placed") beside one of its report telling it as done ("the scene *was being filmed* at the Eastern cordon"): the
 * War Diary hedges what it has not confirmed, and says the same act plainly once it has, so the plain one is surer.
 */
import type { Candidate } from './candidates.ts';
import { SAYS_ACT, type actsSaid } from './acts-said.ts';
import { read } from './nlp.ts';

/** The modals and adverbs telling an act only as possible. */
const HEDGES = new Set(['might', 'may', 'could', 'possibly', 'probably', 'perhaps', 'maybe', 'likely']);

/** Whether a text tells its act only as possible, by a modal or an adverb of likelihood. */
export const hedged = (text: string) =>
  read(text).words.some((w) => (w.pos === 'AUX' || w.pos === 'ADV') && HEDGES.has(w.text.toLowerCase()));

/** How far below a hedged best a plain sentence may stand to go first: what the lead gate asks a best to lead by. */
const NEAR = 0.1;

/**
 * Whether `plain` tells the question's main act as fully as `hedging`, of the same report, as done where `hedging`
 * tells it only as possible.
 */
export function surerThan(plain: Candidate, hedging: Candidate, acts: ReturnType<typeof actsSaid>): boolean {
  return (
    plain.hit.report === hedging.hit.report &&
    !!plain.kind &&
    acts.saying(plain) >= SAYS_ACT &&
    acts.saying(plain) >= acts.saying(hedging) &&
    acts.says(plain, true) &&
    hedged(hedging.text) &&
    !hedged(plain.text)
  );
}

/** The sentence telling plainly the act a hedged best tells as possible (surerThan) put first, if nearly as weighty. */
export function surerFirst(typed: Candidate[], acts: ReturnType<typeof actsSaid>): void {
  const best = typed[0];
  if (!best?.kind) return;
  const surer = typed.find((c) => c !== best && c.score >= best.score - NEAR && surerThan(c, best, acts));
  if (!surer) return;
  typed.splice(typed.indexOf(surer), 1);
  typed.unshift(surer);
}

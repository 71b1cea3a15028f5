/**
 * Words that only say how much: "deal" in "a good *deal* of training" is the quantity WordNet files "good deal" as
 * (noun.quantity), not a deal anyone made. A sentence holding a question's word only there does not hold it.
 */
import type { Lexicon } from './lexicon.ts';
import type { Token } from './text.ts';

/**
 * Whether token `at` ends a two-word noun WordNet files only under quantities ("good deal", "great deal", "large
 * number"), its words a space apart: the token names an amount, not a thing of its own.
 */
export function endsQuantity(tokens: Token[], at: number, lexicon: Lexicon): boolean {
  const before = tokens[at - 1];
  const token = tokens[at]!;
  if (!before || token.start - before.end !== 1) return false;
  const senses = lexicon.senses(`${before.norm}_${token.norm}`, 'noun');
  return senses.length > 0 && senses.every((s) => s.lexname === 'noun.quantity');
}

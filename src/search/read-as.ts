/**
 * A query or question as the desk read it: each word it did not know replaced by the indexed word it was read as
 * (suggest.ts finds them). Apart from the search code, as renderers word corrections too.
 */

/** A word of the query as typed, and the indexed word it was read as. */
export interface Correction {
  typed: string;
  read: string;
}

/** A text to match as written inside a RegExp: its special characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text with each corrected word (a whole word, not part of one) replaced by the word it was read as. */
export function readAs(text: string, corrected: Correction[]): string {
  return corrected.reduce(
    (q, c) => q.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(c.typed)}(?![\\p{L}\\p{N}])`, 'u'), c.read),
    text,
  );
}

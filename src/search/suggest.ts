/**
 * Near spellings: the words a query's unknown words were read as, and "did
 * you mean" rewrites when a query finds nothing.
 */
import type { SearchIndex } from './index.ts';
import type { ParsedQuery } from './query.ts';
import { searchUnit } from './rank.ts';

/** A word of the query as typed, and the indexed word it was read as. */
export interface Correction {
  typed: string;
  read: string;
}

const MAX_SUGGESTIONS = 3;

/** The indexed words closest to `word` in spelling, most used first. */
function nearestTerms(index: SearchIndex, word: string): string[] {
  if (word.length < 3) return [];
  const results = index.mini.search(word, { fields: ['exact'], fuzzy: word.length >= 6 ? 0.34 : 1, maxFuzzy: 3, prefix: word.length >= 4 });
  const weight = new Map<string, number>();
  for (const r of results) for (const term of Object.keys(r.match)) if (term !== word) weight.set(term, (weight.get(term) ?? 0) + r.score);
  return [...weight].sort((a, b) => b[1] - a[1]).map(([term]) => term);
}

/** Rewrites of the query with one unknown word replaced by a near word the index holds. */
export function suggest(index: SearchIndex, query: ParsedQuery): string[] {
  const suggestions: string[] = [];
  const words = query.units.flatMap((u) => u.tokens.map((t) => t.norm));
  for (const word of words) {
    for (const near of nearestTerms(index, word).slice(0, MAX_SUGGESTIONS)) {
      suggestions.push(words.map((w) => (w === word ? near : w)).join(' '));
    }
  }
  return [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS);
}

/**
 * The words no report holds that matched through typo tolerance alone, each
 * with the commonest indexed word it matched: the search ran on those.
 */
export function corrections(index: SearchIndex, query: ParsedQuery): Correction[] {
  return query.units.flatMap((unit) => {
    const [token] = unit.tokens;
    if (unit.conceptId || unit.tokens.length !== 1 || !token) return [];
    const { typed, words } = searchUnit(index, unit);
    if (typed || !words.size) return [];
    const reports = (word: string) => index.docFrequency.get(word) ?? 0;
    const commonest = [...words].reduce((a, b) => (reports(b) > reports(a) ? b : a));
    return [{ typed: query.text.slice(token.start, token.end), read: commonest }];
  });
}

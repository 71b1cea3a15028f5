/** "Did you mean": when a query finds nothing, the nearest words the index does hold. */
import type { SearchIndex } from './index.ts';
import type { ParsedQuery } from './query.ts';

const MAX_SUGGESTIONS = 3;

/** The indexed words closest to `word` in spelling, most used first. */
function nearestTerms(index: SearchIndex, word: string): string[] {
  if (word.length < 3) return [];
  const results = index.mini.search(word, { fields: ['exact'], fuzzy: word.length >= 6 ? 0.34 : 1, maxFuzzy: 3, prefix: word.length >= 4 });
  const weight = new Map<string, number>();
  for (const r of results) for (const term of Object.keys(r.match)) if (term !== word) weight.set(term, (weight.get(term) ?? 0) + r.score);
  return [...weight].sort((a, b) => b[1] - a[1]).map(([term]) => term);
}

/**
 * Rewrites of the query with one unknown word replaced by a near word the
 * index holds; and, when filters hid every match, a hint to widen them.
 */
export function suggest(index: SearchIndex, query: ParsedQuery, filteredOut: boolean): string[] {
  const suggestions: string[] = [];
  if (filteredOut) suggestions.push('(matches exist outside the from/to/type filters: widen or drop them)');
  const words = query.units.flatMap((u) => u.tokens.map((t) => t.norm));
  for (const word of words) {
    for (const near of nearestTerms(index, word).slice(0, MAX_SUGGESTIONS)) {
      suggestions.push(words.map((w) => (w === word ? near : w)).join(' '));
    }
  }
  return [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS);
}

/**
 * Near spellings: the words a query's unknown words were read as, and "did
 * you mean" rewrites when a query finds nothing.
 */
import { FIELD, type SearchIndex } from './index.ts';
import { FUZZY_WEIGHT, PREFIX_WEIGHT } from './postings.ts';
import type { ParsedQuery } from './query.ts';
import { accumulatorOf, matchedFor } from './rank.ts';
import type { Correction } from './read-as.ts';

const MAX_SUGGESTIONS = 3;

/** Index words near `word`: itself, longer words it begins (from 4 letters), words a few edits away; weighted. */
function candidatesOf(index: SearchIndex, word: string): Map<number, number> {
  const { postings } = index;
  const weights = new Map<number, number>();
  const id = postings.id(word);
  if (id !== undefined) weights.set(id, 1);
  if (word.length >= 4) {
    for (const longer of postings.startingWith(word)) {
      const length = postings.terms[longer]!.length;
      weights.set(longer, (PREFIX_WEIGHT * length) / (length + 0.3 * (length - word.length)));
    }
  }
  const maxEdits = word.length >= 6 ? Math.min(3, Math.round(word.length * 0.34)) : 1;
  for (const [near, distance] of postings.near(word, maxEdits)) {
    const length = postings.terms[near]!.length;
    if (!weights.has(near)) weights.set(near, (FUZZY_WEIGHT * length) / (length + distance));
  }
  return weights;
}

/**
 * The indexed words closest to `word` in spelling, most used first: each
 * weighs the scores of the reports holding it, as MiniSearch ranks a fuzzy
 * and prefix search of the word.
 */
function nearestTerms(index: SearchIndex, word: string): string[] {
  if (word.length < 3) return [];
  const { postings } = index;
  const candidates = candidatesOf(index, word);
  const reports = accumulatorOf(index);
  for (const [id, weight] of candidates) postings.score(id, FIELD.exact, weight, 1, reports);
  const weight = new Map<string, number>();
  for (const id of candidates.keys()) {
    let sum = 0;
    postings.forEach(id, FIELD.exact, (p) => (sum += reports.score[p]!));
    if (sum > 0 && postings.terms[id] !== word) weight.set(postings.terms[id]!, sum);
  }
  reports.reset();
  return [...weight].sort((a, b) => b[1] - a[1]).map(([term]) => term);
}

/** The lists `suggest` reads (as `term × fields + field`): each word's near words, among the reports' words. */
export function suggestionLists(index: SearchIndex, query: ParsedQuery): number[] {
  const words = query.units.flatMap((u) => u.tokens.map((t) => t.norm)).filter((word) => word.length >= 3);
  const ids = words.flatMap((word) => [...candidatesOf(index, word).keys()]);
  return [...new Set(ids)].map((id) => id * index.postings.fields + FIELD.exact);
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
  const { postings } = index;
  const holds = (term: string, fields: number[]) => {
    const id = postings.id(term);
    return id !== undefined && fields.some((field) => postings.size(id, field) > 0);
  };
  return query.units.flatMap((unit) => {
    const [token] = unit.tokens;
    if (unit.conceptId || unit.tokens.length !== 1 || !token) return [];
    // As typed: the word in the reports' words or titles, or its stem among their words or stems.
    if (holds(token.norm, [FIELD.exact, FIELD.meta]) || holds(token.stem, [FIELD.exact, FIELD.stems])) return [];
    const words = matchedFor(index, { text: query.text, units: [unit], phrases: [] }).exact;
    if (!words.size) return [];
    const reports = (word: string) => index.docFrequency.get(word) ?? 0;
    const commonest = [...words].reduce((a, b) => (reports(b) > reports(a) ? b : a));
    return [{ typed: query.text.slice(token.start, token.end), read: commonest }];
  });
}

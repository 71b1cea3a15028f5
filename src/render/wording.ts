/** Words every renderer shares about a search: its filters, and the query it ran once typos were read. */
import { FACETS, type SearchFilters, type SearchResults } from '../desk.ts';

/** `from 2008-01, category "IED Explosion"`: the filters of a search, in words. */
export function filtersText(f: SearchFilters): string {
  const parts = [f.from && `from ${f.from}`, f.to && `to ${f.to}`, ...FACETS.map((k) => f[k] && `${k} "${f[k]}"`)];
  return parts.filter(Boolean).join(', ');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query with each corrected word (a whole word, not part of one) replaced by the word it was read as. */
export function correctedQuery(r: Pick<SearchResults, 'query' | 'corrected'>): string {
  return r.corrected.reduce(
    (q, c) => q.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(c.typed)}(?![\\p{L}\\p{N}])`, 'u'), c.read),
    r.query,
  );
}

/** A query as the user wrote it, in quotes unless it brings its own (a quoted phrase is not quoted twice). */
export const quoted = (query: string, open = '"', close = '"') =>
  /["“”«»]/.test(query) ? query : `${open}${query}${close}`;

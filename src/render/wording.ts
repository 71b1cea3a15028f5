/** Words every renderer shares about a search: its filters, and the query it ran once typos were read. */
import { FACETS, type SearchFilters, type SearchResults } from '../desk.ts';
import { readAs } from '../search/read-as.ts';

/** `from 2008-01, category "IED Explosion"`: the filters of a search, in words. */
export function filtersText(f: SearchFilters): string {
  const parts = [f.from && `from ${f.from}`, f.to && `to ${f.to}`, ...FACETS.map((k) => f[k] && `${k} "${f[k]}"`)];
  return parts.filter(Boolean).join(', ');
}

/** The query with each corrected word replaced by the word it was read as. */
export const correctedQuery = (r: Pick<SearchResults, 'query' | 'corrected'>): string => readAs(r.query, r.corrected);

/** A query as the user wrote it, in quotes unless it brings its own (a quoted phrase is not quoted twice). */
export const quoted = (query: string, open = '"', close = '"') =>
  /["“”«»]/.test(query) ? query : `${open}${query}${close}`;

/** A number as the replies write it: 76,911. */
export const count = (n: number) => n.toLocaleString('en-US');

/**
 * Every report a query matches within its filters, in the order asked: what a
 * sorted search pages through, and what timelines, maps, random picks and
 * exports count. The lists of recent requests are kept, as an export or a
 * sorted search asks for the same one page after page.
 */
import { LRUCache } from 'lru-cache';
import type { Report } from '../corpus/model.ts';
import { SORTS, type DeskError, type MatchRequest, type SearchFilters, type Sort } from '../desk.ts';
import type { SearchIndex } from '../search/index.ts';
import { parseQuery, type ParsedQuery } from '../search/query.ts';
import { matchingPositions, searchReports } from '../search/rank.ts';
import { cleanFilters, type Filters } from './filters.ts';
import type { Order } from './orders.ts';

export interface MatchParts {
  index: SearchIndex;
  filters: Filters;
  /** The report a pasted report key or tracking number names: it matches, as search counts it. */
  byKey: (text: string) => Report | undefined;
  orders: (order: Order) => Int32Array;
}

export interface MatchList {
  query: ParsedQuery;
  filters: SearchFilters;
  /** Report positions, in the order asked. */
  positions: Int32Array;
}

export type MatchOutcome = { ok: true; matches: MatchList } | { ok: false; error: DeskError };

const isSort = (value: string): value is Sort => (SORTS as readonly string[]).includes(value);

/** The sort asked for, or the refusal naming the valid ones. */
export function sortOf(
  given: string | undefined,
  fallback: Sort,
): { ok: true; sort: Sort } | { ok: false; error: DeskError } {
  if (given === undefined || given.trim() === '') return { ok: true, sort: fallback };
  const sort = given.trim().toLowerCase();
  return isSort(sort) ? { ok: true, sort } : { ok: false, error: { code: 'invalid_sort', given, valid: SORTS } };
}

/** What a match list is kept by: the query as read (its words, concepts, phrases and text), its filters and order. */
export function matchKey(query: ParsedQuery, filters: SearchFilters, sort: Sort): string {
  const terms = query.units.map((u) => [u.conceptId, u.tokens.map((t) => t.norm)]);
  return JSON.stringify([terms, query.phrases, query.text, filters, sort]);
}

/** What filters alone match: every position they keep, marked. */
export function keptMarks(length: number, keep: ((p: number) => boolean) | undefined): Uint8Array {
  const marks = new Uint8Array(length);
  for (let p = 0; p < length; p++) marks[p] = !keep || keep(p) ? 1 : 0;
  return marks;
}

export function matcher({ index, filters: f, byKey, orders }: MatchParts) {
  const kept = new LRUCache<string, MatchList>({ max: 16 });

  /** The matching positions unordered, as a mark per position, with the named report among them. */
  function marked(query: ParsedQuery, keep: ((p: number) => boolean) | undefined): Uint8Array {
    if (query.units.length === 0) return keptMarks(index.order.length, keep);
    const marks = new Uint8Array(index.order.length);
    for (const p of matchingPositions(index, query, keep)) marks[p] = 1;
    const named = byKey(query.text);
    const at = named ? index.order.indexOf(named) : -1;
    if (at >= 0 && (!keep || keep(at))) marks[at] = 1;
    return marks;
  }

  function ordered(query: ParsedQuery, keep: ((p: number) => boolean) | undefined, sort: Sort): Int32Array {
    if (sort === 'relevance' && query.units.length > 0) {
      const first = byKey(query.text);
      const ranked = searchReports(index, query, { keep, limit: index.order.length, first });
      return Int32Array.from(ranked.hits, (h) => h.position);
    }
    // Filters alone have no relevance: newest first, as search lists them.
    const marks = marked(query, keep);
    return orders(sort === 'relevance' ? 'newest' : sort).filter((p) => marks[p] === 1);
  }

  return (request: MatchRequest, sort: Sort): MatchOutcome => {
    const filters = cleanFilters(request);
    const filter = f.keeper(filters);
    if (!filter.ok) return filter;
    const query = parseQuery(request.query, index.glossary);
    const key = matchKey(query, filters, sort);
    let matches = kept.get(key);
    if (!matches) {
      matches = { query, filters, positions: ordered(query, filter.keep, sort) };
      kept.set(key, matches);
    }
    return { ok: true, matches };
  };
}

export type Matcher = ReturnType<typeof matcher>;

/**
 * Search: the ranked reports of a query within its filters, a page at a
 * time. The first pages of recent searches are kept, as paging re-runs the
 * same search (the buttons carry no results), and the next page is prepared
 * while the user reads this one.
 */
import { LRUCache } from 'lru-cache';
import type { Report } from '../corpus/model.ts';
import {
  MAX_LIMIT,
  type Hit,
  type Outcome,
  type SearchFilters,
  type SearchRequest,
  type SearchResults,
  type Sort,
} from '../desk.ts';
import type { Highlighter } from '../search/excerpt.ts';
import type { Glossary } from '../search/glossary.ts';
import type { Matched, SearchIndex } from '../search/index.ts';
import { parseQuery, type ParsedQuery } from '../search/query.ts';
import { matchedFor, searchReports, type ReportHit } from '../search/rank.ts';
import { corrections, suggest } from '../search/suggest.ts';
import { cleanFilters, type Filters, type Keep } from './filters.ts';
import { highlighterOf, hitOf, wholeReport } from './hits.ts';
import { sortOf, type Matcher } from './matches.ts';

/** Filters that keep reports (not refused). */
type Kept = Extract<Keep, { ok: true }>;
/** What keeps a search's reports: which positions, and when they are few, all those it may keep. */
type Keeper = Pick<Kept, 'keep' | 'among'>;

/** Hits kept per search: twenty pages of five. */
const KEPT_HITS = 100;

/** A search's ranked hits as kept between pages, with what they matched and the next page's hits once prepared. */
interface Ranked {
  hits: ReportHit[];
  total: number;
  matched: Matched;
  /**
   * Ranks the best KEPT_HITS (or as many as asked) in place of `hits` when only the page first asked was ranked:
   * the same hits in the same order as far as they went (the order is total: ties go by position).
   */
  rest?: () => void;
  /** Where a passage holds what the query matched (see highlighter), made with the first page. */
  highlight?: Highlighter;
  next?: { offset: number; limit: number; hits: Hit[] };
}

export interface SearchParts {
  index: SearchIndex;
  filters: Filters;
  /** The report a pasted report key or tracking number names. */
  byKey: (text: string) => Report | undefined;
  /** Report positions newest first: what filters alone list. */
  newestFirst: () => Int32Array;
  /** Every match in the order asked: what a search sorted by date or casualties pages through. */
  matches: Matcher;
}

export const fail = (error: Extract<Outcome<never>, { ok: false }>['error']) => ({ ok: false as const, error });

export function checkPage(limit: number, offset: number) {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return fail({ code: 'invalid_limit', field: 'limit', max: MAX_LIMIT });
  }
  if (!Number.isInteger(offset) || offset < 0) return fail({ code: 'invalid_limit', field: 'offset', max: MAX_LIMIT });
  return undefined;
}

/** A search request read: its page checked, its filters applied, its words parsed; or why it cannot run. */
export function readRequest(request: SearchRequest, f: Filters, glossary: Glossary) {
  const { limit = 10, offset = 0 } = request;
  const refused = checkPage(limit, offset);
  if (refused) return refused;
  const filters = cleanFilters(request);
  const filter = f.keeper(filters);
  if (!filter.ok) return filter;
  const query = parseQuery(request.query, glossary);
  // No words: the filters alone list reports; no filters either, nothing to search for.
  if (query.units.length === 0 && !filter.keep) return fail({ code: 'empty_query', asked: 'search' });
  const found = { ok: true as const, query: query.text, filters, corrected: [], outsideFilters: 0, suggestions: [] };
  return { ok: true as const, limit, offset, filters, filter, query, found };
}

export function searcher({ index, filters: f, byKey, newestFirst, matches }: SearchParts) {
  const ranked = new LRUCache<string, Ranked>({ max: 500 });
  const sorted = sortedSearch(index, matches);
  function rankedFor(query: ParsedQuery, filters: SearchFilters, keeper: Keeper, needed: number) {
    // A pasted report key or tracking number names its report: it comes first.
    const named = byKey(query.text);
    const terms = query.units.map((u) => [u.conceptId, u.tokens.map((t) => t.norm)]);
    const key = JSON.stringify([terms, query.phrases, named?.id, filters]);
    const cached = ranked.get(key);
    // A page past those ranked so far, before the idle turn ranked the rest: ranked now.
    if (cached && cached.hits.length < needed) cached.rest?.();
    if (cached && (cached.hits.length >= needed || cached.hits.length === cached.total)) return cached;
    const kept = Math.max(KEPT_HITS, needed);
    const keep = keeper.keep;
    const among = keeper.among?.();
    // A new search ranks the page asked for, the rest while the user reads it (pageOf); a page past it ranks them all.
    const entry: Ranked = searchReports(index, query, { keep, among, limit: cached ? kept : needed, first: named });
    if (entry.hits.length === needed && needed < kept)
      entry.rest = () => {
        entry.hits = searchReports(index, query, { keep, among, limit: kept, first: named }).hits;
        entry.rest = undefined;
      };
    ranked.set(key, entry);
    return entry;
  }

  return (request: SearchRequest): Outcome<SearchResults> => {
    const { limit = 10, offset = 0 } = request;
    const refused = checkPage(limit, offset);
    if (refused) return refused;
    const sort = sortOf(request.sort, 'relevance');
    if (!sort.ok) return sort;
    const inOrder = sort.sort === 'relevance' ? undefined : sorted(request, sort.sort, limit, offset);
    if (inOrder) return inOrder;
    const read = readRequest(request, f, index.glossary);
    if (!read.ok) return read;
    const { filters, query, found, filter } = read;
    if (query.units.length === 0) {
      const { total, page } = listed(newestFirst(), filter, offset, limit);
      return { ...found, total, results: page.map((p) => wholeReport(index.order[p]!)) };
    }
    const entry = rankedFor(query, filters, filter, offset + limit);
    const { total } = entry;
    const outsideFilters = !total && filter.keep ? searchReports(index, query, { limit: 0 }).total : 0;
    const suggestions = total || outsideFilters ? [] : suggest(index, query);
    const results = pageOf(index, entry, offset, limit);
    return { ...found, total, results, corrected: corrections(index, query), outsideFilters, suggestions };
  };
}

/**
 * What filters alone list: how many reports they keep (all without filters), and a page of them in `order` (newest
 * first), read from the range's newest reports only as far as the page goes.
 */
function listed(
  order: Int32Array,
  { keep, count, startIn }: Pick<Kept, 'keep' | 'count' | 'startIn'>,
  offset: number,
  limit: number,
) {
  const total = keep && count ? count() : order.length;
  const page: number[] = [];
  for (let i = keep && startIn ? startIn(order) : 0, seen = 0; i < order.length && page.length < limit; i++) {
    const p = order[i]!;
    if (keep && !keep(p)) continue;
    if (seen++ >= offset) page.push(p);
  }
  return { total, page };
}

/**
 * A page of a search sorted by date or casualties: every match in that order,
 * each with the excerpt that best shows why it matched (no score: the order is not by relevance).
 */
export function sortedSearch(index: SearchIndex, matches: Matcher) {
  return (request: SearchRequest, sort: Sort, limit: number, offset: number): Outcome<SearchResults> | undefined => {
    const found = matches(request, sort);
    if (!found.ok) return found;
    const { query, filters, positions } = found.matches;
    if (query.units.length === 0 && !Object.keys(filters).length) return fail({ code: 'empty_query', asked: 'search' });
    // Nothing matched: relevance's answer says why (filters that hide matches, near spellings), whatever the order.
    if (positions.length === 0) return undefined;
    const page = [...positions.subarray(offset, offset + limit)];
    const highlight = query.units.length ? highlighterOf(index, matchedFor(index, query)) : undefined;
    const results = page.map((p) => {
      const report = index.order[p]!;
      return highlight
        ? hitOf(index, { report, position: p, score: 0, coverage: 0, phrase: false }, highlight)
        : wholeReport(report);
    });
    const base = {
      query: query.text,
      filters,
      corrected: corrections(index, query),
      outsideFilters: 0,
      suggestions: [],
    };
    return { ok: true, ...base, total: positions.length, results };
  };
}

/**
 * A page of hits. Their excerpts cost up to a few milliseconds each in long
 * reports, so the next page is prepared once this one is out, while the
 * user reads it (the rest of the hits ranked first when only this page was):
 * a page button then finds it ready.
 */
function pageOf(index: SearchIndex, entry: Ranked, offset: number, limit: number): Hit[] {
  const ready = entry.next;
  const highlight = (entry.highlight ??= highlighterOf(index, entry.matched));
  const shown = (from: number) => entry.hits.slice(from, from + limit).map((h) => hitOf(index, h, highlight));
  const page = ready?.offset === offset && ready.limit === limit ? ready.hits : shown(offset);
  const next = offset + limit;
  if ((entry.rest || next < entry.hits.length) && entry.next?.offset !== next) {
    setImmediate(() => {
      try {
        entry.rest?.();
        if (next < entry.hits.length) entry.next = { offset: next, limit, hits: shown(next) };
      } catch {
        // Nothing prepared: the page is made when it is asked for, and a failure answered then, to whoever asks.
      }
    }).unref();
  }
  return page;
}

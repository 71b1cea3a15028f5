/**
 * Every report a query matches within its filters, in the order asked, from
 * an import (as matches.ts finds them in memory): the query's lists fetched
 * and read by the same code; the orders by date and casualties kept with the
 * import. The lists of recent requests are kept, bounded by their bytes, as an
 * export or a sorted search asks for the same one page after page.
 */
import { LRUCache } from 'lru-cache';
import type { MatchRequest, Sort } from '../../desk.ts';
import { parseQuery, type ParsedQuery } from '../../search/query.ts';
import { listsOf, matchingPositions, PHRASE_WINDOW, rankPositions, withReports } from '../../search/rank.ts';
import { cleanFilters } from '../filters.ts';
import { keptMarks, matchKey, type MatchList, type MatchOutcome } from '../matches.ts';
import type { StoredImport } from './stored.ts';

/** Match lists kept between requests: a list of every report at 470,000 is under 2 MB. */
const KEPT_BYTES = 4 * 1024 * 1024;

export type StoredMatcher = (stored: StoredImport, request: MatchRequest, sort: Sort) => Promise<MatchOutcome>;

export function storedMatcher(): StoredMatcher {
  const kept = new LRUCache<string, MatchList>({
    maxSize: KEPT_BYTES,
    sizeCalculation: (m) => m.positions.byteLength + 64,
  });
  return async (stored, request, sort) => {
    const filters = cleanFilters(request);
    const filter = stored.filters.keeper(filters);
    if (!filter.ok) return filter;
    const query = parseQuery(request.query, stored.index.glossary);
    const key = `${stored.id} ${matchKey(query, filters, sort)}`;
    let matches = kept.get(key);
    if (!matches) {
      matches = { query, filters, positions: await ordered(stored, query, filter.keep, sort) };
      kept.set(key, matches);
    }
    return { ok: true, matches };
  };
}

type Keep = ((p: number) => boolean) | undefined;

async function ordered(stored: StoredImport, query: ParsedQuery, keep: Keep, sort: Sort): Promise<Int32Array> {
  if (sort === 'relevance' && query.units.length > 0) return ranked(stored, query, keep);
  // Filters alone have no relevance: newest first, as search lists them.
  const marks = await marked(stored, query, keep);
  return stored.orders(sort === 'relevance' ? 'newest' : sort).filter((p) => marks[p] === 1);
}

/** Every match best first, as searchReports ranks them: only the reports the phrase check reads are fetched. */
async function ranked(stored: StoredImport, query: ParsedQuery, keep: Keep): Promise<Int32Array> {
  const { index } = stored;
  const named = await stored.positionOfKey(query.text.toLowerCase());
  const lists = await stored.fetchLists(listsOf(index, query));
  const limit = index.order.length;
  const first = named === undefined ? undefined : await stored.fetchReports([named]);
  const positions = stored.within({ lists, reports: first }, () =>
    rankPositions(index, query, { keep, limit, first: first?.get(named!) }),
  );
  const read = query.phrases.length ? positions.hits.slice(0, PHRASE_WINDOW).map((h) => h.position) : [];
  const reports = await stored.fetchReports([...read, ...(named === undefined ? [] : [named])]);
  const hits = stored.within({ reports }, () => withReports(index, query, positions, limit).hits);
  return Int32Array.from(hits, (h) => h.position);
}

/** The matching positions unordered, as a mark per position, with the named report among them. */
async function marked(stored: StoredImport, query: ParsedQuery, keep: Keep): Promise<Uint8Array> {
  const { index } = stored;
  if (query.units.length === 0) return keptMarks(index.order.length, keep);
  const marks = new Uint8Array(index.order.length);
  const lists = await stored.fetchLists(listsOf(index, query));
  for (const p of stored.within({ lists }, () => matchingPositions(index, query, keep))) marks[p] = 1;
  const named = await stored.positionOfKey(query.text.toLowerCase());
  if (named !== undefined && (!keep || keep(named))) marks[named] = 1;
  return marks;
}

/**
 * The research tools on an import, answering as the desk in memory: sorted
 * search, timeline, map, related, random, export and marks. Each reads the
 * import's matches (matches.ts) and the columns kept in memory (dates, orders);
 * reports and times come from SQL only for the matches shown or near, every
 * report's point from one value of the import, read by the first map.
 */
import { randomInt } from 'node:crypto';
import type {
  ExportPage,
  ExportRequest,
  Marks,
  MatchRequest,
  Outcome,
  Places,
  RandomPick,
  Related,
  SearchRequest,
  SearchResults,
  Sort,
  Timeline,
  TimelineRequest,
} from '../../desk.ts';
import { FIELD, FIELDS } from '../../search/index.ts';
import { exportPageOf } from '../export.ts';
import { wholeReport } from '../hits.ts';
import { marker } from '../marks.ts';
import { placesOf } from '../places.ts';
import { reasonsOf } from '../related.ts';
import { phraseReads, sharedPhrases } from '../related-phrases.ts';
import { nearAmong, WINDOW_HOURS } from '../related-places.ts';
import { fail, sortedSearch } from '../search.ts';
import { timelineOf, unitOf } from '../timeline.ts';
import type { StoredMatcher } from './matches.ts';
import type { StoredImport } from './stored.ts';

export function researcher(matches: StoredMatcher) {
  /** A search in an order other than relevance; undefined when nothing matches (relevance's answer says why). */
  async function sorted(stored: StoredImport, request: SearchRequest, sort: Sort, limit: number, offset: number) {
    const found = await matches(stored, request, sort);
    const page = found.ok ? found.matches.positions.subarray(offset, offset + limit) : [];
    const reports = await stored.fetchReports(page);
    // Excerpts read the reports and the dictionary, no lists.
    return stored.within({ reports }, (): Outcome<SearchResults> | undefined =>
      sortedSearch(stored.index, () => found)(request, sort, limit, offset),
    );
  }

  async function timeline(stored: StoredImport, request: TimelineRequest): Promise<Outcome<Timeline>> {
    const unit = unitOf(request);
    if (!unit.ok) return unit;
    const found = await matches(stored, request, 'oldest');
    if (!found.ok) return found;
    return timelineOf(found.matches, unit.by, stored.dateOf);
  }

  async function places(stored: StoredImport, request: MatchRequest): Promise<Outcome<Places>> {
    const found = await matches(stored, request, 'oldest');
    if (!found.ok) return found;
    return placesOf(found.matches, await stored.pointAt());
  }

  async function random(stored: StoredImport, request: MatchRequest): Promise<Outcome<RandomPick>> {
    const found = await matches(stored, request, 'oldest');
    if (!found.ok) return found;
    const { query, filters, positions } = found.matches;
    // Reports only: the article's commentary is searchable, but it is not a report to browse.
    const reports = positions.filter((p) => !stored.isCommentary(p));
    const picked = reports.length ? reports[randomInt(reports.length)]! : undefined;
    const report = picked === undefined ? undefined : (await stored.fetchReports([picked])).get(picked);
    return { ok: true, query: query.text, filters, total: reports.length, hit: report ? wholeReport(report) : null };
  }

  async function exportPage(stored: StoredImport, request: ExportRequest): Promise<Outcome<ExportPage>> {
    const page = exportPageOf(request);
    if (!page.ok) return page;
    const { offset, limit, sort } = page;
    const found = await matches(stored, request, sort);
    if (!found.ok) return found;
    const { query, filters, positions } = found.matches;
    const shown = positions.subarray(offset, offset + limit);
    const fetched = await stored.fetchReports(shown);
    const reports = Array.from(shown, (p) => fetched.get(p)!);
    return { ok: true, query: query.text, filters, total: positions.length, offset, reports };
  }

  return { sorted, timeline, places, random, export: exportPage };
}

/** Reports at the same place within hours, and reports sharing rare phrases, as relater (related.ts) finds them. */
export async function related(stored: StoredImport, id: string): Promise<Outcome<Related>> {
  const { index } = stored;
  const self =
    id.length > 200 ? undefined : ((await stored.positionOfId(id)) ?? (await stored.positionOfId(id.trim())));
  if (self === undefined) return fail({ code: 'unknown_report', id });
  const placed = await stored.placedAround(self, WINDOW_HOURS);
  const here = placed.find((r) => r.position === self);
  const near = here ? nearAmong(here, placed) : [];
  const own = await stored.fetchReports([self]);
  const terms = stored.within({ reports: own }, () => phraseReads.terms(index, self));
  const lists = await stored.fetchLists([...terms].map((t) => t * FIELDS.length + FIELD.exact));
  const read = stored.within({ lists, reports: own }, () => phraseReads.reports(index, self));
  const reports = await stored.fetchReports([self, ...read, ...near.map((n) => n.position)]);
  return stored.within({ lists, reports }, () => {
    const reasons = reasonsOf(near, sharedPhrases(index, self));
    return {
      ok: true,
      report: reports.get(self)!,
      related: [...reasons].map(([p, why]) => ({ report: reports.get(p)!, reasons: why })),
    };
  });
}

/** The query's words in a report's paragraphs, as marker (marks.ts) finds them: the report of exactly this id. */
export async function marks(stored: StoredImport, id: string, query: string): Promise<Outcome<Marks>> {
  const at = id.length > 200 ? undefined : await stored.positionOfExactId(id);
  const report = at === undefined ? undefined : (await stored.fetchReports([at])).get(at);
  if (!report) return fail({ code: 'unknown_report', id });
  return stored.within({}, () => marker({ ...stored.index, reports: new Map([[id, report]]) })(id, query));
}

/** The reports of a day, a month or a year, paged by binary search over the reports sorted by date. */
import type { Report } from '../corpus/model.ts';
import { cleanText } from '../corpus/unicode.ts';
import { MAX_LIMIT, type Counted, type DeskError, type Hit, type Page, type ReportResults } from '../desk.ts';
import { reportSpan, type DateQuery } from '../search/dates.ts';
import { lowerBound } from '../sorted.ts';
import { wholeReport } from './hits.ts';

const dateOf = (r: Report) => r.date!;

/**
 * The positions of the dated reports, oldest first, a date's reports in position order: "2008-09" sorts before
 * "2008-09-01", so a month-precision report leads its month.
 */
export function datedPositions(all: Report[]): Int32Array {
  const dated: number[] = [];
  for (let p = 0; p < all.length; p++) if (all[p]!.date) dated.push(p);
  // A stable sort: reports of one date stay in position order.
  dated.sort((a, b) => (all[a]!.date! < all[b]!.date! ? -1 : all[a]!.date! > all[b]!.date! ? 1 : 0));
  return Int32Array.from(dated);
}

/** The dated reports, oldest first (see datedPositions). */
export const datedOrder = (all: Report[], positions = datedPositions(all)): Report[] =>
  Array.from(positions, (p) => all[p]!);

/** Each date holding reports with how many, oldest first. */
export function dateCounts(dated: Report[]): Counted[] {
  const counts: Counted[] = [];
  for (const r of dated) {
    const last = counts.at(-1);
    if (last?.value === r.date) last.count++;
    else counts.push({ value: r.date!, count: 1 });
  }
  return counts;
}

/** A report listed on a date; one dated to a month "overlaps" a day of it, but cannot be said to be on it. */
export function onDateHit(r: Report, date: DateQuery): Hit {
  const span = reportSpan(r.date)!;
  return wholeReport(r, span.start >= date.start && span.end <= date.end ? undefined : 'day_not_given');
}

/** A page of the reports on a date; nothing there: the nearest dated reports before and after. */
export function onDate(
  dated: Report[],
  date: DateQuery,
  limit: number,
  offset: number,
): Omit<ReportResults, 'query' | 'matchedAs'> {
  // Sorted by date, the matches are two runs: the month-precision reports of
  // the first month (they sort before its days), then every report from the
  // first day to the last. Counted and paged without visiting them.
  const month = date.start.slice(0, 7);
  const monthFrom = lowerBound(dated, month, dateOf);
  const monthTo = lowerBound(dated, `${month}-`, dateOf);
  const from = lowerBound(dated, date.start, dateOf);
  const to = lowerBound(dated, `${date.end}\uffff`, dateOf);
  const months = monthTo - monthFrom;
  const total = months + (to - from);
  const at = (i: number) => dated[i < months ? monthFrom + i : from + i - months]!;
  const results = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
    onDateHit(at(offset + i), date),
  );
  // Nothing there: the last report ending before and the first starting after.
  const sides = [
    ['before', dated[from - 1]],
    ['after', dated[to]],
  ] as const;
  const nearest = total ? [] : sides.flatMap(([side, r]) => (r ? [{ ...wholeReport(r), side }] : []));
  return { results, total, offset, nearest };
}

/** What a report request asks for: its text cleaned, and a page within bounds; or why not. */
export function reportRequest(
  input: string,
  page: Page,
): { ok: true; text: string; limit: number; offset: number } | { ok: false; error: DeskError } {
  const { limit = MAX_LIMIT, offset = 0 } = page;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT || !Number.isInteger(offset) || offset < 0) {
    return { ok: false, error: { code: 'invalid_limit', field: 'page', max: MAX_LIMIT } };
  }
  const text = cleanText(input).trim();
  if (!text) return { ok: false, error: { code: 'invalid_date', problem: { kind: 'empty' }, idAccepted: true } };
  return { ok: true, text, limit, offset };
}

/**
 * The reports of a month a question names with no day ("which ISNs were given to the detainees TF 373 sent to the BTIF
 * *in November 2008*?"): the War Diary writes its days only in date-time groups ("301143ZNOV08"), which hold no word of
 * the question, so when none of the reports read is of that month, the many reports alike in words ("detainees",
 * "BTIF") of other months bury the one asked about. A month holds many events, unlike a day (candidates.ts
 * datedReports): a report of it is read only when it names every name the question gives ("TF 373", "BTIF") — one
 * naming another task force tells another detainee, however many of the question's words it holds.
 */
import type { Candidate } from './candidates.ts';
import type { SearchIndex } from './index.ts';
import { monthNumber } from './dates.ts';
import { periodNamed } from './period-count.ts';
import type { ParsedQuery } from './query.ts';
import { searchReports, type ReportHit } from './rank.ts';
import { ESSENTIAL_HELD, type Weighed } from './weighed.ts';

/** How many reports of the month are searched for those naming the question's names: a month of the BTIF's logs. */
const MONTH_READ = 40;
/** How many reports of the month are read besides. */
const MONTH_REPORTS = 2;

/** The month a question names after "in" with no day, as "2008-11": not a year, whose reports are too many to tell. */
export function monthNamed(text: string): string | undefined {
  const period = periodNamed(text);
  const month = period?.start.slice(0, 7);
  return month && period!.end.startsWith(month) ? month : undefined;
}

/**
 * The units with the question's month read as a name (Weighed.name), said by each sentence of a report of that month:
 * the month is what tells the one report read of it from its look-alikes of other months, and the War Diary writes it
 * only in its date-time groups ("301143ZNOV08"), as it does the year after it, which is read as a name already.
 */
const monthAsName = (units: Weighed[], query: ParsedQuery) =>
  units.map((u, k) => (query.units[k]!.tokens.some((t) => monthNumber(t.norm)) ? { ...u, name: true } : u));

/** Whether a report's candidates hold each name of the question somewhere in the report. */
const namesAll = (candidates: Candidate[], units: Weighed[]) =>
  !!candidates[0] && units.every((u, k) => !u.proper || candidates[0]!.inReport[k]! >= ESSENTIAL_HELD);

/**
 * The candidates of the best reports of the month the question names (monthNamed) that name every name it gives,
 * when it gives one and none of the reports `read` is of that month, the month read as a name (monthAsName).
 */
export function ofMonthAsked(
  index: SearchIndex,
  searched: ParsedQuery,
  read: ReportHit[],
  { units, query }: { units: Weighed[]; query: ParsedQuery },
  candidatesOf: (hit: ReportHit, units: Weighed[]) => Candidate[],
): Candidate[] {
  const month = monthNamed(searched.text);
  if (!month || !units.some((u) => u.proper)) return [];
  const ofMonth = (p: number) => (index.order[p]?.date ?? '').startsWith(month);
  if (read.some((h) => ofMonth(h.position))) return [];
  return searchReports(index, searched, { keep: ofMonth, limit: MONTH_READ })
    .hits.map((h) => candidatesOf(h, monthAsName(units, query)))
    .filter((c) => namesAll(c, units))
    .slice(0, MONTH_REPORTS)
    .flat();
}

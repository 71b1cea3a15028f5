/**
 * The filters of a search, read per report position from values counted once
 * when the desk opens: each report's value of each facet as a small code, and
 * its first and last day as numbers.
 */
import { distance } from 'fastest-levenshtein';
import type { Report } from '../corpus/model.ts';
import { cleanText } from '../corpus/unicode.ts';
import { FACETS, FILTERS, type Counted, type DeskError, type Facet, type SearchFilters } from '../desk.ts';
import { parseDateQuery, reportSpan } from '../search/dates.ts';
import { firstWhere } from '../sorted.ts';

/**
 * Which report positions a search keeps (none: every one), or why the filters cannot apply. `count`: how many
 * reports the filters keep, without asking `keep` of every report where the filters' own counts tell.
 */
export type Keep =
  | {
      ok: true;
      keep?: (position: number) => boolean;
      count?: () => number;
      /** Where the reports `keep` may keep begin in a newest-first order: those before it are dated after the range. */
      startIn?: (newest: Int32Array) => number;
      /**
       * When a date range narrows the reports to a small share of them: every position `keep` may keep (and a few it
       * does not), in no order. A search reads only their postings.
       */
      among?: () => Int32Array | undefined;
    }
  | { ok: false; error: DeskError };

export interface Filters {
  /** The values of each facet present in the corpus, commonest first. */
  facets: Record<Facet, Counted[]>;
  keeper(filters: SearchFilters): Keep;
  /**
   * Orders the reports by their days and groups them by each facet's values, as a first date range or a first
   * listing by a facet would (tens of ms): done before anyone asks.
   */
  prepare(): void;
}

/** The filters given, cleaned as stored text was (see unicode.ts); empty ones left out. */
export function cleanFilters(request: SearchFilters): SearchFilters {
  const filters: SearchFilters = {};
  for (const name of FILTERS) {
    const value = cleanText(request[name] ?? '').trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** What filters read per report position, as plain data: a desk on a database keeps it with its import. */
export interface FilterColumns {
  codes: Record<Facet, { values: (string | undefined)[]; of: Uint32Array }>;
  firstDay: Int32Array;
  lastDay: Int32Array;
  facets: Record<Facet, Counted[]>;
}

export function filterColumns(all: Report[]): FilterColumns {
  const codes = Object.fromEntries(FACETS.map((name) => [name, valueCodes(all, name)])) as FilterColumns['codes'];
  const { firstDay, lastDay } = daysOf(all);
  // Counted now, not on a user's first keystroke: completion has no time to spare.
  const counted = FACETS.map((name) => [name, countValues(all, codes[name])] as const);
  return { codes, firstDay, lastDay, facets: Object.fromEntries(counted) as Record<Facet, Counted[]> };
}

export const filtersOf = (all: Report[]): Filters => filtersFrom(filterColumns(all));

export function filtersFrom({ codes, firstDay, lastDay, facets }: FilterColumns): Filters {
  const facet = (name: Facet) => facets[name];
  let days: Days | undefined;
  // Each facet's values in lower case, as typed values are matched: made once, not at every search.
  const lower = new Map<Facet, { counted: string[]; coded: (string | undefined)[] }>();
  const lowered = (name: Facet) => {
    let values = lower.get(name);
    if (!values) {
      const counted = facets[name].map((v) => v.value.toLowerCase());
      lower.set(name, (values = { counted, coded: codes[name].values.map((v) => v?.toLowerCase()) }));
    }
    return values;
  };
  const groups = new Map<Uint32Array, Grouped>();
  const groupOf = (of: Uint32Array, values: number) => {
    let group = groups.get(of);
    if (!group) groups.set(of, (group = grouped(of, values)));
    return group;
  };
  const daysOf = () => (days ??= daysIndex(firstDay, lastDay));
  const between = (from: number, to: number) => datedBetween(daysOf(), from, to);

  function keeper(f: SearchFilters): Keep {
    const range = dateRange(f);
    if ('error' in range) return { ok: false, error: range.error };
    // Text filters match a value containing what was typed, ignoring case: "threat" finds both kinds of threat report.
    const typed = FACETS.flatMap((name) => {
      const value = f[name]?.trim().toLowerCase();
      return value ? [{ name, value }] : [];
    });
    for (const { name, value } of typed) {
      if (!lowered(name).counted.some((v) => v.includes(value))) {
        return { ok: false, error: unknownValue(name, f[name]!.trim(), facet(name)) };
      }
    }
    const wanted = typed.map(({ name, value }) => {
      const { of } = codes[name];
      return { of, accepted: Uint8Array.from(lowered(name).coded, (v) => Number(!!v?.includes(value))) };
    });
    if (range.from === undefined && range.to === undefined && !wanted.length) return { ok: true };
    const dated = range.from !== undefined || range.to !== undefined;
    const from = range.from ?? 0;
    const to = range.to ?? Infinity;
    const inRange = (p: number) => firstDay[p] !== 0 && lastDay[p]! >= from && firstDay[p]! <= to;
    const keep = (p: number) => {
      for (const { of, accepted } of wanted) if (!accepted[of[p]!]) return false;
      return !dated || inRange(p);
    };
    return {
      ok: true,
      // Called for every report a search touches: dates alone (the usual filter) are one test, no loop.
      keep: wanted.length ? keep : inRange,
      among: dated ? () => between(from, to) : undefined,
      // A report's first day falls as its date does in newest-first order (a month's first day is the month's).
      startIn: (newest) => firstWhere(0, newest.length, (i) => firstDay[newest[i]!]! <= to),
      count: () => {
        const groupsOf = wanted.map(({ of, accepted }) => ({ accepted, group: groupOf(of, accepted.length) }));
        const sizes = groupsOf.map(({ accepted, group }) => keptBy(accepted, group));
        if (!dated && wanted.length === 1) return sizes[0]!;
        // The reports of the filter keeping fewest, each asked of the others.
        const within = dated ? between(from, to) : undefined;
        const fewest = sizes.indexOf(Math.min(...sizes));
        const kept = wanted.length ? keep : inRange;
        let n = 0;
        if (within && (fewest < 0 || within.length <= sizes[fewest]!)) for (const p of within) n += Number(kept(p));
        else if (fewest >= 0) {
          const { accepted, group } = groupsOf[fewest]!;
          for (let code = 0; code < accepted.length; code++) {
            if (!accepted[code]) continue;
            for (let i = group.from[code]!; i < group.from[code + 1]!; i++) n += Number(kept(group.positions[i]!));
          }
        } else for (let p = 0; p < firstDay.length; p++) n += Number(kept(p));
        return n;
      },
    };
  }
  const prepare = () => {
    daysOf();
    for (const { of, values } of Object.values(codes)) groupOf(of, values.length);
  };
  return { facets, keeper, prepare };
}

/**
 * The dated reports ordered by their first day, and by their last day with the earliest first day from each on:
 * the reports of a date range are found by binary search rather than by reading every report's days.
 */
interface Days {
  byFirst: Int32Array;
  firsts: Int32Array;
  lasts: Int32Array;
  /** The earliest first day among the reports from each place on in last-day order. */
  earliestFrom: Int32Array;
}

function daysIndex(firstDay: Int32Array, lastDay: Int32Array): Days {
  const byFirst = byDay(firstDay, firstDay);
  const byLast = byDay(lastDay, firstDay);
  const earliestFrom = new Int32Array(byLast.length);
  for (let i = byLast.length - 1, earliest = Infinity; i >= 0; i--)
    earliestFrom[i] = earliest = Math.min(earliest, firstDay[byLast[i]!]!);
  return {
    byFirst,
    firsts: byFirst.map((p) => firstDay[p]!),
    lasts: byLast.map((p) => lastDay[p]!),
    earliestFrom,
  };
}

/**
 * The dated reports' positions ordered by `day`, ties by position: a counting sort over the distinct days (a few
 * thousand), as a sort calling back a comparison took tens of milliseconds in one go, longer than a warm-up's turn.
 */
function byDay(day: Int32Array, firstDay: Int32Array): Int32Array {
  const rank = new Map<number, number>();
  for (let p = 0; p < day.length; p++) if (firstDay[p] !== 0) rank.set(day[p]!, 0);
  const days = Int32Array.from(rank.keys()).sort();
  days.forEach((d, i) => rank.set(d, i));
  const from = new Uint32Array(days.length + 1);
  const of = new Int32Array(day.length).fill(-1);
  for (let p = 0; p < day.length; p++) {
    if (firstDay[p] === 0) continue;
    of[p] = rank.get(day[p]!)!;
    from[of[p]! + 1]!++;
  }
  for (let i = 1; i < from.length; i++) from[i] = from[i]! + from[i - 1]!;
  const sorted = new Int32Array(from[days.length]!);
  for (let p = 0; p < day.length; p++) if (of[p]! >= 0) sorted[from[of[p]!]!++] = p;
  return sorted;
}

/** A range narrower than this share of the reports is searched through its own reports (see Keep.among). */
const NARROW = 1 / 4;

/**
 * The positions of the reports whose first day is between the earliest first day of those ending on or after `from`
 * and `to`: every report of the range, and the few that began before it but ended before `from` too. Undefined when
 * the range is not narrow.
 */
function datedBetween({ byFirst, firsts, lasts, earliestFrom }: Days, from: number, to: number) {
  const ending = firstWhere(0, lasts.length, (i) => lasts[i]! >= from);
  if (ending === lasts.length) return new Int32Array(0);
  const start = firstWhere(0, firsts.length, (i) => firsts[i]! >= earliestFrom[ending]!);
  const end = firstWhere(start, firsts.length, (i) => firsts[i]! > to);
  return end - start <= byFirst.length * NARROW ? byFirst.subarray(start, end) : undefined;
}

/** The report positions of each value of a facet: those of code `c` are `positions[from[c]..from[c + 1])`. */
interface Grouped {
  from: Uint32Array;
  positions: Int32Array;
}

/** A counting sort of the positions by code: made when a filter on the facet is first counted. */
function grouped(of: Uint32Array, values: number): Grouped {
  const from = new Uint32Array(values + 1);
  for (const code of of) from[code + 1] = from[code + 1]! + 1;
  for (let code = 1; code <= values; code++) from[code] = from[code]! + from[code - 1]!;
  const next = from.slice(0, -1);
  const positions = new Int32Array(of.length);
  for (let p = 0; p < of.length; p++) positions[next[of[p]!]!++] = p;
  return { from, positions };
}

/** How many reports have a value `accepts` accepts. */
function keptBy(accepts: Uint8Array, { from }: Grouped): number {
  let n = 0;
  for (let code = 0; code < accepts.length; code++) if (accepts[code]) n += from[code + 1]! - from[code]!;
  return n;
}

/** The days `from` and `to` name, as day numbers, or why they cannot be read. */
function dateRange(f: SearchFilters): { from?: number; to?: number } | { error: DeskError } {
  const range: { from?: number; to?: number } = {};
  for (const filter of ['from', 'to'] as const) {
    const value = f[filter];
    if (value === undefined || value.trim() === '') continue;
    const parsed = parseDateQuery(value);
    if (!parsed.ok) return { error: { code: 'invalid_date', filter, problem: parsed.problem } };
    range[filter] = dayNumber(filter === 'from' ? parsed.date.start : parsed.date.end);
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    return { error: { code: 'invalid_range', from: f.from!, to: f.to! } };
  }
  return range;
}

/** Each report's first and last day, as day numbers (0: undated). */
function daysOf(all: Report[]) {
  const firstDay = new Int32Array(all.length);
  const lastDay = new Int32Array(all.length);
  all.forEach((r, p) => {
    // Days are most reports' dates: only a month is spelt out as its first and last day.
    const span = r.date?.length === 10 ? { start: r.date, end: r.date } : reportSpan(r.date);
    firstDay[p] = span ? dayNumber(span.start) : 0;
    lastDay[p] = span ? dayNumber(span.end) : 0;
  });
  return { firstDay, lastDay };
}

/** A filter value no report has, with the values nearest to it in spelling (all of them when there are few). */
function unknownValue(filter: Facet, given: string, values: Counted[]): DeskError {
  const typed = given.slice(0, 100).toLowerCase();
  // Values match what they contain: "thret" is nearest "threat report" by its word "threat".
  const far = (value: string) => Math.min(...[value, ...value.split(/[\s/,()-]+/)].map((p) => distance(typed, p)));
  const nearest = values
    .map((v) => ({ ...v, far: far(v.value.toLowerCase()) }))
    .sort((a, b) => a.far - b.far || b.count - a.count)
    .slice(0, values.length <= 8 ? values.length : 5)
    .map(({ value, count }) => ({ value, count }));
  return { code: 'unknown_filter', filter, given, nearest };
}

const facetValue = (r: Report, name: Facet): string | undefined => (name === 'type' ? r.type : r.details?.[name]);

/** A day (YYYY-MM-DD) as a number that orders as the day does: 2008-09-15 is 20080915. */
const dayNumber = (day: string) =>
  Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

/** Each report's value of a filter as its place among the filter's distinct values (absent included). */
function valueCodes(reports: Report[], name: Facet): { values: (string | undefined)[]; of: Uint32Array } {
  const place = new Map<string | undefined, number>();
  const of = new Uint32Array(reports.length);
  // A plain loop, not Uint32Array.from(reports, …): the desk opens a few tens of milliseconds sooner.
  for (let p = 0; p < reports.length; p++) {
    const value = facetValue(reports[p]!, name);
    let at = place.get(value);
    if (at === undefined) place.set(value, (at = place.size));
    of[p] = at;
  }
  return { values: [...place.keys()], of };
}

/** The values of a filter among the reports, commonest first. */
function countValues(reports: Report[], codes: ReturnType<typeof valueCodes>): Counted[] {
  const { values, of } = codes;
  const counts = new Uint32Array(values.length);
  reports.forEach((r, p) => {
    if (r.kind === 'report') counts[of[p]!]!++;
  });
  return values
    .flatMap((value, code) => (value && counts[code] ? [{ value, count: counts[code]! }] : []))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

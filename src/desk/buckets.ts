/**
 * Reports counted over time: the bars of a timeline. Every date lands in
 * exactly one bucket, and the buckets between the first and the last are all
 * there, empty ones too, so the time axis is honest.
 */
import { parseStoredDate } from '../corpus/calendar.ts';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface Bucket {
  /** The bucket's first day, `YYYY-MM-DD`: the day, the Monday of the week, the 1st of the month, 1 January. */
  start: string;
  count: number;
}

/** More bars than this is no longer a chart anyone can read: ask for a coarser unit. */
export const MAX_BARS = 5000;

/** The finest unit that keeps a timeline within this many bars is the one picked. */
const READABLE_BARS: Record<Exclude<TimeUnit, 'year'>, number> = { day: 92, week: 106, month: 240 };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` or `YYYY-MM` date (a month counts as its first day). */
function dayNumber(date: string): number {
  const parsed = parseStoredDate(date);
  if (!parsed) throw new RangeError(`Not a date (YYYY-MM-DD or YYYY-MM): ${JSON.stringify(date.slice(0, 40))}`);
  const [y, m, d = 1] = parsed.date.split('-').map(Number) as [number, number, number?];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first day of the bucket holding `day`; weeks start on Monday (ISO 8601). */
function bucketStart(day: number, by: TimeUnit): number {
  if (by === 'day') return day;
  // 1970-01-01 was a Thursday: Monday is three days before it.
  if (by === 'week') return day - ((((day + 3) % 7) + 7) % 7);
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), by === 'month' ? date.getUTCMonth() : 0, 1) / DAY_MS;
}

/** The first day of the bucket after the one starting on `start`. */
function nextBucket(start: number, by: TimeUnit): number {
  if (by === 'day') return start + 1;
  if (by === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  const [y, m] = [date.getUTCFullYear(), date.getUTCMonth()];
  return Date.UTC(by === 'month' ? y : y + 1, by === 'month' ? m + 1 : 0, 1) / DAY_MS;
}

/** How many buckets of `by` span from the bucket of `first` to that of `last`. */
function barCount(first: number, last: number, by: TimeUnit): number {
  const span = last - first;
  if (by === 'day') return span + 1;
  if (by === 'week') return Math.floor((bucketStart(last, 'week') - bucketStart(first, 'week')) / 7) + 1;
  const [a, b] = [new Date(first * DAY_MS), new Date(last * DAY_MS)];
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  return by === 'year' ? years + 1 : years * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

/**
 * The unit that gives a sensible number of bars: the finest one within its
 * readable count. When every date is known only to the month, nothing finer
 * than a month is picked: finer bars would show days nobody recorded.
 */
export function pickUnit(dates: string[]): TimeUnit {
  if (dates.length === 0) return 'month';
  let [first, last] = [Infinity, -Infinity];
  for (const date of dates) {
    const day = dayNumber(date);
    [first, last] = [Math.min(first, day), Math.max(last, day)];
  }
  const monthsOnly = dates.every((d) => d.length === 7);
  for (const by of ['day', 'week', 'month'] as const) {
    if (monthsOnly && by !== 'month') continue;
    if (barCount(first, last, by) <= READABLE_BARS[by]) return by;
  }
  return 'year';
}

/**
 * Counts dates (`YYYY-MM-DD`, or `YYYY-MM` for a report dated only to its
 * month) per `by`. A month-precision date counts in the bucket of its month's
 * first day: the day bar of the 1st, the week holding the 1st. The counts
 * always sum to `dates.length`. Throws a RangeError on a malformed date or
 * when there would be more than MAX_BARS bars.
 */
export function bucketsOf(dates: string[], by: TimeUnit = pickUnit(dates)): Bucket[] {
  if (dates.length === 0) return [];
  const counts = new Map<number, number>();
  let [first, last] = [Infinity, -Infinity];
  for (const date of dates) {
    const start = bucketStart(dayNumber(date), by);
    counts.set(start, (counts.get(start) ?? 0) + 1);
    [first, last] = [Math.min(first, start), Math.max(last, start)];
  }
  const bars = barCount(first, last, by);
  if (bars > MAX_BARS) throw new RangeError(`${bars} bars by ${by} is more than ${MAX_BARS}: count by a longer unit.`);
  const buckets: Bucket[] = [];
  for (let start = first; start <= last; start = nextBucket(start, by)) {
    buckets.push({ start: isoDay(start), count: counts.get(start) ?? 0 });
  }
  return buckets;
}

/** The day after a bucket's last day, `YYYY-MM-DD`: where its bar ends. */
export const bucketEnd = (start: string, by: TimeUnit) => isoDay(nextBucket(dayNumber(start), by));

/** How many bars of `by` a timeline from `first` to `last` (stored dates) has: checked before counting. */
export const barsBetween = (first: string, last: string, by: TimeUnit) =>
  barCount(dayNumber(first), dayNumber(last), by);

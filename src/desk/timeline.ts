/** A timeline: the matches of a query counted per day, week, month or year, every unit between first and last. */
import { TIME_UNITS, type Outcome, type TimelineRequest, type Timeline, type TimeUnit } from '../desk.ts';
import type { SearchIndex } from '../search/index.ts';
import { barsBetween, bucketsOf, MAX_BARS, pickUnit } from './buckets.ts';
import type { MatchList, Matcher } from './matches.ts';

const isUnit = (value: string): value is TimeUnit => (TIME_UNITS as readonly string[]).includes(value);

/** The unit asked for (undefined: the desk picks one), or the refusal listing the valid ones. */
export function unitOf(request: TimelineRequest): Outcome<{ by?: TimeUnit }> {
  const given = request.by?.trim().toLowerCase() || undefined;
  if (given !== undefined && !isUnit(given)) {
    return { ok: false, error: { code: 'invalid_unit', given: request.by!, valid: TIME_UNITS } };
  }
  return { ok: true, by: given };
}

/** The timeline of matches listed oldest first, undated last: the first and last dates are the ends of the axis. */
export function timelineOf(
  { query, filters, positions }: MatchList,
  given: TimeUnit | undefined,
  dateOf: (position: number) => string | undefined,
): Outcome<Timeline> {
  const dates: string[] = [];
  for (const p of positions) {
    const date = dateOf(p);
    if (date) dates.push(date);
  }
  const by = given ?? pickUnit(dates);
  const bars = dates.length ? barsBetween(dates[0]!, dates.at(-1)!, by) : 0;
  if (bars > MAX_BARS) return { ok: false, error: { code: 'too_many_bars', by, bars, max: MAX_BARS } };
  return {
    ok: true,
    query: query.text,
    filters,
    total: positions.length,
    by,
    buckets: bucketsOf(dates, by),
    undated: positions.length - dates.length,
    monthOnly: dates.filter((d) => d.length === 7).length,
  };
}

export function timeliner(index: SearchIndex, matches: Matcher) {
  return (request: TimelineRequest): Outcome<Timeline> => {
    const unit = unitOf(request);
    if (!unit.ok) return unit;
    const found = matches(request, 'oldest');
    if (!found.ok) return found;
    return timelineOf(found.matches, unit.by, (p) => index.order[p]!.date ?? undefined);
  };
}

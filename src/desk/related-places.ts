/**
 * Reports at the same place within hours of a report, the wardiary-mashup's
 * way: within NEAR_KM and WINDOW_HOURS either side. The placed reports sorted
 * by time are made when first asked (a few typed arrays, about 2 MB at War
 * Diary size); each call is then a binary search of the window and a distance per report in it.
 */
import { geoDistance } from 'd3-geo';
import type { Report } from '../corpus/model.ts';
import { pointOf } from './place.ts';
import { firstWhere } from '../sorted.ts';

export const NEAR_KM = 1;
export const WINDOW_HOURS = 6;
const EARTH_KM = 6371;
const HOUR_MS = 3_600_000;

/** A report's time to the minute, when it gives one: a day alone is no time to compare hours with. */
export function timeOf(report: Report): number | undefined {
  const c = report.citation;
  if (c.source !== 'wardiary' || !/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(c.dateTime)) return undefined;
  const ms = Date.parse(`${c.dateTime.slice(0, 10)}T${c.dateTime.slice(11, 16)}:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

interface Placed {
  positions: Int32Array;
  times: Float64Array;
  lons: Float64Array;
  lats: Float64Array;
  /** Where each report position is in the arrays; -1 when it has no place or no time. */
  at: Int32Array;
}

function placedOf(all: Report[]): Placed {
  const rows: [position: number, time: number, lon: number, lat: number][] = [];
  all.forEach((r, p) => {
    const time = timeOf(r);
    const point = time !== undefined && r.details ? pointOf(r.details) : null;
    if (point) rows.push([p, time!, point.lon, point.lat]);
  });
  rows.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const at = new Int32Array(all.length).fill(-1);
  rows.forEach(([p], i) => (at[p] = i));
  return {
    positions: Int32Array.from(rows, (r) => r[0]),
    times: Float64Array.from(rows, (r) => r[1]),
    lons: Float64Array.from(rows, (r) => r[2]),
    lats: Float64Array.from(rows, (r) => r[3]),
    at,
  };
}

export interface NearReport {
  position: number;
  /** Hours after the report (negative: before it). */
  hours: number;
  km: number;
}

/** A report with a place and a time to the minute. */
export interface PlacedReport {
  position: number;
  time: number;
  lon: number;
  lat: number;
}

/**
 * The reports among `window` (by time, then position) within NEAR_KM of the report at `self`, nearest in time first:
 * `window` holds at least every placed report within WINDOW_HOURS of it.
 */
export function nearAmong(self: PlacedReport, window: Iterable<PlacedReport>): NearReport[] {
  const here: [number, number] = [self.lon, self.lat];
  const near: NearReport[] = [];
  for (const other of window) {
    if (other.position === self.position || Math.abs(other.time - self.time) > WINDOW_HOURS * HOUR_MS) continue;
    const km = geoDistance(here, [other.lon, other.lat]) * EARTH_KM;
    if (km <= NEAR_KM) near.push({ position: other.position, hours: (other.time - self.time) / HOUR_MS, km });
  }
  return near.sort((a, b) => Math.abs(a.hours) - Math.abs(b.hours) || a.km - b.km);
}

/** The reports near a report in place and time, nearest in time first. */
export function nearReports(all: Report[]): (self: number) => NearReport[] {
  let placed: Placed | undefined;
  return (self) => {
    placed ??= placedOf(all);
    const { positions, times, lons, lats, at } = placed;
    const i = at[self]!;
    if (i < 0) return [];
    const row = (j: number): PlacedReport => ({
      position: positions[j]!,
      time: times[j]!,
      lon: lons[j]!,
      lat: lats[j]!,
    });
    function* window() {
      const [start, end] = [times[i]! - WINDOW_HOURS * HOUR_MS, times[i]! + WINDOW_HOURS * HOUR_MS];
      for (let j = firstWhere(0, times.length, (i) => times[i]! >= start); j < times.length && times[j]! <= end; j++)
        yield row(j);
    }
    return nearAmong(row(i), window());
  };
}

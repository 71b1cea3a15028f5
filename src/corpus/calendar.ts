/** Calendar facts shared by the corpus validator, the date-query parser and the renderers. */

/** The months' names, January first. */
export const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Reads a stored date: `YYYY-MM-DD` (a day) or `YYYY-MM` (a month); null when it is neither or not on the calendar. */
export function parseStoredDate(value: string): { date: string; precision: 'day' | 'month' } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (m[3] === undefined) return month >= 1 && month <= 12 ? { date: value, precision: 'month' } : null;
  return isRealDay(year, month, Number(m[3])) ? { date: value, precision: 'day' } : null;
}

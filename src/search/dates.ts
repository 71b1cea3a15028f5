/**
 * Date queries: every way users and reports write a date, read into a day, a
 * month or a year. Anything else is a problem the renderers put in words,
 * naming the accepted forms.
 */
import { daysInMonth, formatDay, formatMonth, isRealDay, MONTH_NAMES } from '../corpus/calendar.ts';
import { cleanText } from '../corpus/unicode.ts';

export type DateQuery =
  | { precision: 'day'; label: string; start: string; end: string }
  | { precision: 'month'; label: string; start: string; end: string }
  | { precision: 'year'; label: string; start: string; end: string };

/** Why input is not a date; `raw` is the input as read, cut to 40 characters. */
export type DateProblem =
  | { kind: 'empty' }
  | { kind: 'unreadable'; raw: string }
  | { kind: 'month'; raw: string; month: number }
  | { kind: 'day'; raw: string; year: number; month: number; days: number }
  | { kind: 'time'; raw: string; time: string }
  | { kind: 'dtg_time'; raw: string; time: string };

export type DateParse = { ok: true; date: DateQuery } | { ok: false; problem: DateProblem };

export const ACCEPTED_DATE_FORMS =
  '2007-12-30, 30 Dec 2007, December 30, 2007, 2007-12-30 10:15:00, ' +
  '12/30/2007 (month first unless the first number is over 12), 301015Z DEC 07 (a DTG), ' +
  'a month as 2007-12 or Dec 2007, or a year as 2007';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month a word names ("Oct", "october", "Sept."), 1–12. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m, k) => w === m || w === MONTH_NAMES[k]!.toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** Two-digit years are this century's: the War Diary runs 2004–2009. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function day(year: number, month: number, d: number, raw: string): DateParse {
  if (month < 1 || month > 12) return { ok: false, problem: { kind: 'month', raw, month } };
  if (!isRealDay(year, month, d)) {
    return { ok: false, problem: { kind: 'day', raw, year, month, days: daysInMonth(year, month) } };
  }
  const label = formatDay(year, month, d);
  return { ok: true, date: { precision: 'day', label, start: label, end: label } };
}

function month(year: number, m: number, raw: string): DateParse {
  if (m < 1 || m > 12) return { ok: false, problem: { kind: 'month', raw, month: m } };
  return {
    ok: true,
    date: {
      precision: 'month',
      label: formatMonth(year, m),
      start: formatDay(year, m, 1),
      end: formatDay(year, m, daysInMonth(year, m)),
    },
  };
}

const year = (y: number): DateParse => ({
  ok: true,
  date: { precision: 'year', label: String(y).padStart(4, '0'), start: formatDay(y, 1, 1), end: formatDay(y, 12, 31) },
});

/** A day at a time of day: the day, once the time is a real one (00:00 to 23:59:59). */
function dayAt(m: RegExpExecArray, raw: string): DateParse {
  const [hh, mm, ss] = [m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [number, number, number];
  const time = `${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}`;
  if (hh > 23 || mm > 59 || ss > 59) return { ok: false, problem: { kind: 'time', raw, time } };
  return day(+m[1]!, +m[2]!, +m[3]!, raw);
}

const MONTH_WORD = '([A-Za-z]{3,9}\\.?)';
const FORMS: [RegExp, (m: RegExpExecArray, raw: string) => DateParse | undefined][] = [
  // 2007-12-30, 2007-12-30 10:15:00, 2007-12-30T10:15Z, 2007/12/30
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?$/, dayAt],
  [/^(\d{4})[-/](\d{1,2})$/, (m, raw) => month(+m[1]!, +m[2]!, raw)],
  [/^(\d{4})$/, (m) => year(+m[1]!)],
  // 12/30/2007 is month first, as US reports write it; 30/12/2007 can only be day first.
  [
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/,
    (m, raw) => (+m[1]! > 12 ? day(+m[3]!, +m[2]!, +m[1]!, raw) : day(+m[3]!, +m[1]!, +m[2]!, raw)),
  ],
  [/^(\d{1,2})\/(\d{4})$/, (m, raw) => month(+m[2]!, +m[1]!, raw)],
  // 30 Dec 2007, 30-Dec-2007, 30 December, 2007
  [
    new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[ -]${MONTH_WORD},?[ -](\\d{4})$`, 'i'),
    (m, raw) => withMonth(m[2]!, (mm) => day(+m[3]!, mm, +m[1]!, raw)),
  ],
  // December 30, 2007; Dec. 30 2007
  [
    new RegExp(`^${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`, 'i'),
    (m, raw) => withMonth(m[1]!, (mm) => day(+m[3]!, mm, +m[2]!, raw)),
  ],
  // Dec 2007, December 2007
  [new RegExp(`^${MONTH_WORD},? (\\d{4})$`, 'i'), (m, raw) => withMonth(m[1]!, (mm) => month(+m[2]!, mm, raw))],
  // DTG: 201530Z OCT 06, 201530ZOCT06, 201530D OCT 2006
  [
    /^(\d{2})(\d{2})(\d{2})([A-Z])\s*([A-Za-z]{3})\s*(\d{2}|\d{4})$/i,
    (m, raw) => {
      const [hh, mm] = [+m[2]!, +m[3]!];
      if (hh > 23 || mm > 59) return { ok: false, problem: { kind: 'dtg_time', raw, time: `${m[2]}${m[3]}` } };
      return withMonth(m[5]!, (mon) => day(fullYear(m[6]!), mon, +m[1]!, raw));
    },
  ],
];

function withMonth(word: string, then: (month: number) => DateParse): DateParse | undefined {
  const m = monthNumber(word);
  return m === undefined ? undefined : then(m);
}

export function parseDateQuery(input: string): DateParse {
  const raw = cleanText(input).trim().replace(/\s+/g, ' ');
  if (!raw) return { ok: false, problem: { kind: 'empty' } };
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (raw.length <= 40) {
    for (const [pattern, read] of FORMS) {
      const m = pattern.exec(raw);
      const parsed = m && read(m, shown);
      if (parsed) return parsed;
    }
  }
  return { ok: false, problem: { kind: 'unreadable', raw: shown } };
}

/** The days a stored report date covers: a day, or a whole month. */
export function reportSpan(date: string | null): { start: string; end: string } | null {
  if (!date) return null;
  if (date.length === 10) return { start: date, end: date };
  const [y, m] = date.split('-').map(Number) as [number, number];
  return { start: `${date}-01`, end: formatDay(y, m, daysInMonth(y, m)) };
}

/**
 * A date-time group as reports write it in running text: "172043ZJUN09", "201530Z Oct 06", "131245D*JUN09",
 * "111600LTAPR09", "100152OCT2006" (a time zone of one letter or two, as "LT" for local time, or none; starred as the
 * German reports do).
 */
const WRITTEN_DTG = /\b(\d{6})(?:([A-Z])[A-Z]?\*?)?\s?([A-Z]{3})\s?(\d{4}|\d{2})\b/gi;

/** A day written in full, year first, as a report's header may give it: "DTG: 2007-10-06". */
const WRITTEN_DAY = /\b\d{4}-\d{2}-\d{2}\b/g;

/** The days a text's date-time groups and full dates name, as "2009-06-17": a report tells its events' days so. */
export function daysWritten(text: string): string[] {
  const days = new Set<string>();
  const written = [
    ...[...text.matchAll(WRITTEN_DTG)].map((m) => `${m[1]}${m[2] ?? 'Z'} ${m[3]} ${m[4]}`),
    ...[...text.matchAll(WRITTEN_DAY)].map((m) => m[0]),
  ];
  for (const day of written) {
    const parsed = parseDateQuery(day);
    if (parsed.ok && parsed.date.precision === 'day') days.add(parsed.date.start);
  }
  return [...days];
}

/** A day a question names in words: "on 11 September 2009", "on Sept 11, 2009", "on 2009-09-11". */
const NAMED_DAY = /\b(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/gi;

/** The first day a question names, as "2009-09-11": the reports of that day are those it asks about. */
export function dayNamed(text: string): string | undefined {
  for (const m of text.matchAll(NAMED_DAY)) {
    const parsed = parseDateQuery(m[0]);
    if (parsed.ok && parsed.date.precision === 'day') return parsed.date.start;
  }
  return undefined;
}

/** A month word (checked by monthNumber), a day of the month ("19", "19th") and a year ("2009", "09", "'09"). */
const MON = '([a-z]{3,9})\\.?';
const DAY_OF = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR_OF = "'?(\\d{4}|\\d{2})";

/**
 * The ways askers write a date in a sentence, each with the day (or month) it names: "19 feb 2009", "the 27th of sept
 * 07", "dec 30th, 2007", "2/19/09" (month first, as US reports write it), and a month with its year, "in sept 07", "oct
 * 2009" (a two-digit year after a month is the year only after "in": "on sept 07" may be the 7th).
 */
const ASKED_DATES: [RegExp, (m: RegExpExecArray) => [number, number, number?] | undefined][] = [
  [
    new RegExp(`\\b${DAY_OF}(?:\\s+of)?\\s+${MON},?\\s+${YEAR_OF}\\b`, 'gi'),
    (m) => withNumber(m[2]!, (mon) => [fullYear(m[3]!), mon, +m[1]!]),
  ],
  [
    new RegExp(`\\b${MON}\\s+${DAY_OF},?\\s+${YEAR_OF}\\b`, 'gi'),
    (m) => withNumber(m[1]!, (mon) => [fullYear(m[3]!), mon, +m[2]!]),
  ],
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g, (m) => [fullYear(m[3]!), +m[1]!, +m[2]!]],
  [
    new RegExp(`(?:\\bin\\s+${MON},?\\s+${YEAR_OF}|\\b${MON},?\\s+(\\d{4}))\\b`, 'gi'),
    (m) => withNumber(m[1] ?? m[3]!, (mon) => [fullYear(m[2] ?? m[4]!), mon]),
  ],
];

const withNumber = <T>(word: string, then: (month: number) => T): T | undefined => {
  const mon = monthNumber(word);
  return mon === undefined ? undefined : then(mon);
};

/** A date in the words a report's date is put in ("19 February 2009", "September 2007"), when it is a real one. */
function inWords([y, mon, d]: [number, number, number?]): string | undefined {
  if (mon < 1 || mon > 12) return undefined;
  if (d === undefined) return `${MONTH_NAMES[mon - 1]} ${y}`;
  return isRealDay(y, mon, d) ? `${d} ${MONTH_NAMES[mon - 1]} ${y}` : undefined;
}

/**
 * A question with each date written as the reports' dates are put in words (candidates.ts's dateInWords): askers
 * abbreviate and shorten ("on 19 feb 2009", "in sept 07", "2/19/09"), and the question's day must be the words a
 * report of that day holds — "feb" and "07" are not "February" and "2007". A month with its year is
 * kept after "in" ("in September 2007").
 */
export function datesInWords(text: string): string {
  let out = text;
  for (const [pattern, read] of ASKED_DATES) {
    out = out.replace(pattern, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const date = read(m);
      const words = date && inWords(date);
      if (!words) return m[0];
      return m[0].toLowerCase().startsWith('in ') ? `in ${words}` : words;
    });
  }
  return out;
}

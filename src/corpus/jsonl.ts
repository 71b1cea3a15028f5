/** Reads JSON Lines: one report per line, in the fields of the report model, streaming. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { parseStoredDate } from './calendar.ts';
import type { Problem, Report } from './model.ts';
import { NOT_UTF8, utf8FromBytes } from './unicode.ts';

const text = z.string().trim().min(1);
const citation = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('article'),
    article: text,
    author: text,
    publication: text,
    date: text,
    paragraphs: z.array(z.int().positive()).min(1),
  }),
  z.strictObject({
    source: z.literal('wardiary'),
    reportKey: text,
    trackingNumber: z.string(),
    dateTime: z.string(),
    type: z.string(),
    category: z.string(),
    file: z.string(),
    line: z.int().nonnegative(),
  }),
]);
const reportLine = z.strictObject({
  id: z.string().regex(/^[^\s:]{1,90}$/, 'must be 1–90 characters without spaces or colons'),
  kind: z.enum(['report', 'commentary']).default('report'),
  date: z.string().nullable().default(null),
  precision: z.enum(['day', 'month', 'none']).optional(),
  type: text,
  title: text,
  places: z.array(text).default([]),
  quotes: z.array(text).min(1, 'empty text: give the report\'s words in "quotes"'),
  paraphrase: z.array(text).default([]),
  citation,
  details: z.record(z.string(), z.unknown()).optional(),
});

export type LineResult = { report: Report } | { problem: Problem };

export function parseReportLine(line: string, file: string, lineNumber: number): LineResult {
  const problem = (message: string): LineResult => ({ problem: { file, line: lineNumber, message } });
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return problem(`not JSON: ${(error as Error).message}`);
  }
  const parsed = reportLine.safeParse(json);
  if (!parsed.success)
    return problem(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
  const r = parsed.data;
  const dated = r.date === null ? { date: null, precision: 'none' as const } : parseStoredDate(r.date);
  if (!dated) return problem(`unparseable date "${r.date}": write YYYY-MM-DD, YYYY-MM or null`);
  if (r.precision && r.precision !== dated.precision)
    return problem(`precision "${r.precision}" does not fit the date "${r.date}"`);
  return { report: { ...r, ...dated, details: r.details as Report['details'], origin: { file, line: lineNumber } } };
}

export async function* readJsonLines(path: string, shownAs: string): AsyncGenerator<LineResult> {
  let n = 0;
  // Byte for byte (latin1), each line then read as UTF-8: a bad byte is a problem on its line, never a "�".
  const input = createReadStream(path, { encoding: 'latin1' });
  for await (const bytes of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    const line = utf8FromBytes(bytes);
    if (line === undefined) {
      yield { problem: { file: shownAs, line: n, message: NOT_UTF8 } };
      continue;
    }
    // A UTF-8 BOM (as Windows editors write) starts the file, not the first report.
    const text = n === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim()) yield parseReportLine(text, shownAs, n);
  }
}

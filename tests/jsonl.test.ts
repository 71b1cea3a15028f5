/**
 * JSON Lines reports: one report per line in the fields of the report model;
 * every bad line is a problem with its file and line; a corpus mixes .md, .csv
 * and .jsonl side by side.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportLine, readJsonLines } from '../src/corpus/jsonl.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { ArticleCitation, Report } from '../src/corpus/model.ts';
import { WARDIARY_COLUMNS as COLUMNS } from '../src/corpus/wardiary-columns.ts';
import { openDesk, SHIPPED_CORPUS } from '../src/open.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jsonl-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ARTICLE: ArticleCitation = {
  source: 'article',
  article: 'An article',
  author: 'A. Writer',
  publication: 'The Paper',
  date: '2010-07-27',
  paragraphs: [3, 4],
};

/** A valid line's object; any field can be replaced or removed (undefined). */
function line(values: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: 'jl-report-1',
    kind: 'report',
    date: '2007-12-30',
    precision: 'day',
    type: 'threat report',
    title: 'A threat report',
    places: ['Herat', 'Iran'],
    quotes: ['First paragraph of the report.', 'Second paragraph.'],
    paraphrase: ['The article describes it.'],
    citation: ARTICLE,
  };
  const out = { ...base, ...values };
  for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
  return out;
}

let n = 0;
async function jsonlFile(lines: string[], name = `r${++n}.jsonl`): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}

async function readAll(file: string) {
  const out = [];
  for await (const r of readJsonLines(file, path.basename(file))) out.push(r);
  return out;
}

/** The one problem a single bad line gives. */
function problemOf(object: unknown): { file: string; line: number; message: string } {
  const result = parseReportLine(typeof object === 'string' ? object : JSON.stringify(object), 'bad.jsonl', 7);
  if (!('problem' in result)) throw new Error(`expected a problem, got a report: ${JSON.stringify(result)}`);
  expect(result.problem.file).toBe('bad.jsonl');
  expect(result.problem.line).toBe(7);
  return result.problem;
}

describe('JSON Lines reports', () => {
  it('loads a valid line with the fields of the report model', () => {
    const result = parseReportLine(JSON.stringify(line()), 'reports.jsonl', 3);
    expect(result).toEqual({
      report: {
        id: 'jl-report-1',
        kind: 'report',
        date: '2007-12-30',
        precision: 'day',
        type: 'threat report',
        title: 'A threat report',
        places: ['Herat', 'Iran'],
        quotes: ['First paragraph of the report.', 'Second paragraph.'],
        paraphrase: ['The article describes it.'],
        citation: ARTICLE,
        details: undefined,
        origin: { file: 'reports.jsonl', line: 3 },
      } satisfies Report,
    });
  });

  it('fills in the defaults and the precision from the date', () => {
    const month = parseReportLine(
      JSON.stringify(
        line({ kind: undefined, date: '2008-09', precision: undefined, places: undefined, paraphrase: undefined }),
      ),
      'r.jsonl',
      1,
    );
    expect(month).toMatchObject({
      report: { kind: 'report', date: '2008-09', precision: 'month', places: [], paraphrase: [] },
    });
    const undated = parseReportLine(JSON.stringify(line({ date: undefined, precision: undefined })), 'r.jsonl', 1);
    expect(undated).toMatchObject({ report: { date: null, precision: 'none' } });
    const nullDate = parseReportLine(JSON.stringify(line({ date: null, precision: 'none' })), 'r.jsonl', 1);
    expect(nullDate).toMatchObject({ report: { date: null, precision: 'none' } });
  });

  it('loads a War Diary report as JSON, with its citation and details', () => {
    const citation = {
      source: 'wardiary',
      reportKey: '1029296',
      trackingNumber: 'TRK-1',
      dateTime: '2006-10-20 15:30:00',
      type: 'Enemy Action',
      category: 'Direct Fire',
      file: 'afg.csv',
      line: 12,
    };
    const details = {
      category: 'Direct Fire',
      region: 'RC SOUTH',
      unit: 'TF 31',
      coordinates: { lat: 31.5, lon: 65.4 },
    };
    const result = parseReportLine(
      JSON.stringify(line({ id: '1029296', citation, details, paraphrase: undefined })),
      'wd.jsonl',
      2,
    );
    expect(result).toMatchObject({ report: { id: '1029296', citation, details } });
  });

  it('names file and line for malformed JSON', () => {
    expect(problemOf('{"id": "x", ').message).toMatch(/^not JSON: /);
    expect(problemOf('not json at all').message).toMatch(/^not JSON: /);
    expect(problemOf('[1, 2]').message).toMatch(/expected object/i);
    expect(problemOf('null').message.length).toBeGreaterThan(0);
  });

  it('names an unknown field', () => {
    expect(problemOf(line({ summary: 'misspelt field' })).message).toMatch(/summary/);
    expect(problemOf(line({ citation: { ...ARTICLE, page: 4 } })).message).toMatch(/page/);
  });

  it('refuses a line without a citation, or with an incomplete one', () => {
    expect(problemOf(line({ citation: undefined })).message).toMatch(/^citation: /);
    expect(problemOf(line({ citation: { ...ARTICLE, paragraphs: [] } })).message).toMatch(/citation\.paragraphs/);
    expect(problemOf(line({ citation: { source: 'blog', url: 'x' } })).message).toMatch(/citation/);
    expect(problemOf(line({ citation: { ...ARTICLE, author: '  ' } })).message).toMatch(/citation\.author/);
  });

  it('refuses a date that is not a real day or month', () => {
    for (const date of ['2007-02-30', '2007-13', '30 Dec 2007', '2007', '2007-12-30T10:00:00Z']) {
      expect(problemOf(line({ date, precision: undefined })).message, date).toBe(
        `unparseable date "${date}": write YYYY-MM-DD, YYYY-MM or null`,
      );
    }
  });

  it('refuses a precision that does not fit the date', () => {
    expect(problemOf(line({ date: '2007-12', precision: 'day' })).message).toBe(
      'precision "day" does not fit the date "2007-12"',
    );
    expect(problemOf(line({ date: '2007-12-30', precision: 'month' })).message).toBe(
      'precision "month" does not fit the date "2007-12-30"',
    );
    expect(problemOf(line({ date: '2007-12-30', precision: 'none' })).message).toMatch(/precision "none"/);
    expect(problemOf(line({ date: '2007-12-30', precision: 'week' })).message).toMatch(/^precision: /);
  });

  it('refuses empty quotes', () => {
    expect(problemOf(line({ quotes: [] })).message).toMatch(/^quotes: empty text/);
    expect(problemOf(line({ quotes: ['   '] })).message).toMatch(/^quotes\.0: /);
    expect(problemOf(line({ quotes: undefined })).message).toMatch(/^quotes: /);
  });

  it('refuses an id with spaces or colons', () => {
    expect(problemOf(line({ id: 'has space' })).message).toMatch(
      /^id: must be 1–90 characters without spaces or colons/,
    );
    expect(problemOf(line({ id: 'K'.repeat(91) })).message).toMatch(/^id: must be 1–90 characters/);
    expect(problemOf(line({ id: 'a:b' })).message).toMatch(/^id: /);
  });

  it('reads a file line by line: blank lines ignored, each problem at its own line', async () => {
    const file = await jsonlFile(
      [
        JSON.stringify(line({ id: 'one' })),
        '',
        '   ',
        '{"id": "broken"',
        JSON.stringify(line({ id: 'two', date: '2007-13' })),
        JSON.stringify(line({ id: 'three', extra: true })),
        JSON.stringify(line({ id: 'four', quotes: [] })),
        JSON.stringify(line({ id: 'five', date: '2008-09', precision: 'day' })),
        JSON.stringify(line({ id: 'six', citation: undefined })),
        JSON.stringify(line({ id: 'seven' })),
      ],
      'mixed.jsonl',
    );
    const results = await readAll(file);
    expect(results).toHaveLength(8);
    expect(results.flatMap((r) => ('report' in r ? [[r.report.id, r.report.origin.line]] : []))).toEqual([
      ['one', 1],
      ['seven', 10],
    ]);
    const problems = results.flatMap((r) => ('problem' in r ? [r.problem] : []));
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['mixed.jsonl', 4],
      ['mixed.jsonl', 5],
      ['mixed.jsonl', 6],
      ['mixed.jsonl', 7],
      ['mixed.jsonl', 8],
      ['mixed.jsonl', 9],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^not JSON/),
      expect.stringMatching(/^unparseable date "2007-13"/),
      expect.stringMatching(/extra/),
      expect.stringMatching(/^quotes: /),
      expect.stringMatching(/^precision "day" does not fit/),
      expect.stringMatching(/^citation: /),
    ]);

    const corpus = await loadCorpus([file], { cwd: dir });
    expect(corpus.counts).toEqual({ read: 8, imported: 2, rejected: 6 });
    expect(corpus.problems.map((p) => p.line)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('reads a file written with CRLF line ends and a UTF-8 BOM', async () => {
    const file = path.join(dir, 'windows.jsonl');
    await writeFile(
      file,
      `\uFEFF${JSON.stringify(line({ id: 'w1' }))}\r\n\r\n${JSON.stringify(line({ id: 'w2' }))}\r\n`,
    );
    const results = await readAll(file);
    expect(results.map((r) => ('report' in r ? [r.report.id, r.report.origin.line] : r.problem))).toEqual([
      ['w1', 1],
      ['w2', 3],
    ]);
  });

  it('refuses a second report with an id already used, naming the first', async () => {
    const file = await jsonlFile(
      [JSON.stringify(line({ id: 'same' })), JSON.stringify(line({ id: 'same', title: 'Again' }))],
      'dup.jsonl',
    );
    const corpus = await loadCorpus([file], { cwd: dir });
    expect(corpus.reports.map((r) => r.title)).toEqual(['A threat report']);
    expect(corpus.problems).toEqual([
      { file: 'dup.jsonl', line: 2, message: 'duplicate id "same" (first used in dup.jsonl:1)' },
    ]);
  });
});

describe('a mixed corpus: Markdown folder, War Diary CSV and JSON Lines side by side', () => {
  it('loads all three, and a search finds reports from each', async () => {
    const csv = path.join(dir, 'afg.csv');
    const wd = (key: string, summary: string) =>
      COLUMNS.map(
        (c) =>
          ({
            ReportKey: key,
            DateOccurred: '2009-08-14 10:20:00',
            Type: 'Enemy Action',
            Category: 'IED Explosion',
            Summary: summary,
            Region: 'RC SOUTH',
            Latitude: '31.6',
            Longitude: '65.7',
          })[c as string] ?? '<null value>',
      );
    await writeFile(
      csv,
      stringify([wd('WD-1', 'IED strike on a patrol near Zhari; zebracorn marker found.'), wd('WD-2', 'Quiet day.')]),
    );
    const jsonl = await jsonlFile(
      [JSON.stringify(line({ id: 'jl-zebracorn', quotes: ['A second zebracorn sighting, reported by a source.'] }))],
      'extra.jsonl',
    );

    const corpus = await loadCorpus([SHIPPED_CORPUS, csv, jsonl], { cwd: dir });
    expect(corpus.problems).toEqual([]);
    const md = corpus.reports.filter((r) => r.origin.file.endsWith('.md'));
    expect(md.length).toBeGreaterThan(5);
    expect(corpus.reports.filter((r) => r.origin.file === 'afg.csv').map((r) => r.id)).toEqual(['WD-1', 'WD-2']);
    expect(corpus.reports.filter((r) => r.origin.file === 'extra.jsonl').map((r) => r.id)).toEqual(['jl-zebracorn']);
    expect(corpus.counts).toEqual({ read: md.length + 3, imported: md.length + 3, rejected: 0 });

    const { desk } = await openDesk({ corpus: [SHIPPED_CORPUS, csv, jsonl], cache: false });
    const found = await desk.search({ query: 'zebracorn' });
    expect(found.ok && found.results.map((h) => h.report.id).sort()).toEqual(['WD-1', 'jl-zebracorn']);
    const iran = await desk.search({ query: 'Iranian C4' });
    expect(iran.ok && iran.results[0]?.report.origin.file).toMatch(/\.md$/);
    const stats = await desk.stats();
    expect(stats.sources.map((s) => s.source)).toEqual(expect.arrayContaining(['War Diary (afg.csv)']));
  });
});

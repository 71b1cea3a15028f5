/**
 * The research commands end to end, on a generated War Diary: timeline and
 * map write PNGs (and --json says what they show), related names its reasons,
 * search sorts, random picks within the filters, export streams every match
 * as CSV or JSON Lines. Bad input is exit 2 with one error object.
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWardiaryCsv } from '../scripts/wardiary/generate.ts';
import { EXPORT_COLUMNS } from '../src/render/export-rows.ts';
import { cli, cliAll, repoRoot, type Run } from './run-cli.ts';

const REPORTS = 1500;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let dir: string;
let runs: Record<string, Run> = {};
const at = (name: string) => path.join(dir, name);

const json = (run: Run) => {
  const lines = run.stdout.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  return JSON.parse(lines[0]!);
};
const errorOf = (run: Run) => json(run).error as { code: string; message: string };

/** A shell pipeline from the repository, for what a reader that stops early does to the export. */
const shell = (line: string) =>
  new Promise<Run>((done) =>
    execFile('sh', ['-c', line], { cwd: repoRoot, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cli-research-'));
  const out = createWriteStream(at('wd.csv'));
  await writeWardiaryCsv(REPORTS, 7, out);
  const g = ['--corpus', at('wd.csv'), '--cache-dir', at('cache')];
  const indexed = await cli([...g, 'index']);
  expect(indexed.code, indexed.stderr).toBe(0);
  const commands: Record<string, string[]> = {
    timeline: ['timeline', 'IED', '--out', at('t.png'), '--json'],
    timelineText: ['timeline', 'IED', '--by', 'year', '--out', at('t2.png')],
    timelineBadUnit: ['timeline', 'IED', '--by', 'fortnight', '--json'],
    timelineNoOut: ['timeline', 'IED'],
    timelineUnwritable: ['timeline', 'IED', '--out', at('missing/dir/t.png'), '--json'],
    map: ['map', 'IED', '--region', 'RC SOUTH', '--out', at('m.png'), '--json'],
    mapHostile: ['map', '@everyone <script>', '--out', at('m2.png'), '--json'],
    search: ['search', 'IED', '--json', '--limit', '1'],
    newest: ['search', 'IED', '--sort', 'newest', '--limit', '20', '--json'],
    badSort: ['search', 'IED', '--sort', 'size', '--json'],
    random: ['random', '--region', 'RC EAST', '--json'],
    randomText: ['random', 'IED', '--category', 'IED Explosion'],
    relatedUnknown: ['related', 'no-such-report', '--json'],
    csv: ['export', 'IED'],
    jsonl: ['export', 'IED', '--format', 'jsonl', '--sort', 'casualties'],
    badFormat: ['export', 'IED', '--format', 'xml', '--json'],
    badFilter: ['export', 'IED', '--region', 'RC NOWHERE', '--json'],
  };
  runs = await cliAll(Object.fromEntries(Object.entries(commands).map(([k, args]) => [k, [[...g, ...args]]])));
  const id = (json(runs.search!).results[0] as { id: string }).id;
  runs.related = await cli([...g, 'related', id, '--json']);
  runs.relatedText = await cli([...g, 'related', id]);
  runs.head = await shell(`node bin/report-bot.js ${g.join(' ')} export | head -n 2`);
}, 240_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('timeline', () => {
  it('writes a PNG and gives buckets summing to the search total', async () => {
    const t = json(runs.timeline!);
    expect(t).toMatchObject({ command: 'timeline', query: 'IED', by: 'month', undated: 0, out: at('t.png') });
    expect(t.total).toBe(json(runs.search!).total);
    expect(t.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(t.total);
    expect((await readFile(at('t.png'))).subarray(0, 8)).toEqual(PNG);
  });

  it('says what it wrote, in words', () => {
    expect(runs.timelineText!.stdout).toMatch(/^Wrote .*t2\.png: \d+ of \d+ matching reports by year, \d bars\.\n$/);
  });

  it('refuses an unknown unit, a missing --out, and says when the picture cannot be written', () => {
    expect(runs.timelineBadUnit!.code).toBe(2);
    expect(errorOf(runs.timelineBadUnit!)).toMatchObject({ code: 'invalid_argument' });
    expect(errorOf(runs.timelineBadUnit!).message).toMatch(/day, week, month, year/);
    expect(runs.timelineNoOut!.code).toBe(2);
    expect(runs.timelineNoOut!.stderr).toMatch(/--out/);
    expect(runs.timelineUnwritable!.code).toBe(3);
    expect(errorOf(runs.timelineUnwritable!).code).toBe('output_not_written');
  });
});

describe('map', () => {
  it('writes a PNG and counts the reports placed and without a place', async () => {
    const m = json(runs.map!);
    expect(m).toMatchObject({ command: 'map', filters: { region: 'RC SOUTH' } });
    expect(m.placed + m.withoutPlace).toBe(m.total);
    expect((await readFile(at('m.png'))).subarray(0, 8)).toEqual(PNG);
  });

  it('draws a map of nothing for a query nothing matches', async () => {
    expect(json(runs.mapHostile!)).toMatchObject({ total: 0, placed: 0 });
    expect((await readFile(at('m2.png'))).subarray(0, 8)).toEqual(PNG);
  });
});

describe('search --sort, random, related', () => {
  it('sorts newest first; an unknown order is a usage error listing the orders', () => {
    const dates = json(runs.newest!).results.map((h: { date: string }) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(runs.badSort!.code).toBe(2);
    expect(errorOf(runs.badSort!).message).toMatch(/relevance, newest, oldest, casualties/);
  });

  it('random picks one report within the filters', () => {
    const r = json(runs.random!);
    expect(r.results).toHaveLength(1);
    expect(r.results[0].citation).toMatch(/^War Diary report/);
    expect(runs.randomText!.stdout).toMatch(/^A random report of \d+ reports \(category "IED Explosion"\):/);
  });

  it('related lists each report with its reasons as data and in words', () => {
    const r = json(runs.related!);
    expect(r.command).toBe('related');
    for (const hit of r.results) {
      expect(hit.reasons.length).toBeGreaterThan(0);
      for (const reason of hit.reasons)
        expect(reason.text).toMatch(/^(shares '.+'|same place.*(later|earlier|same time))$/);
    }
    expect(runs.relatedText!.code).toBe(0);
    expect(runs.relatedUnknown!.code).toBe(2);
    expect(errorOf(runs.relatedUnknown!)).toMatchObject({ code: 'unknown_report' });
  });
});

describe('export', () => {
  it('CSV: a header of the citation fields, then one row per match', () => {
    const rows: Record<string, string>[] = parse(runs.csv!.stdout, { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(json(runs.search!).total);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows[0]!.citation).toMatch(/^War Diary report .* wd\.csv line \d+$/);
    const dates = rows.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it('JSON Lines: one object per match, in the order asked', () => {
    const rows = runs
      .jsonl!.stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(json(runs.search!).total);
    const casualties = rows.map((r) => r.casualties ?? -1);
    expect(casualties).toEqual([...casualties].sort((a, b) => b - a));
  });

  it('refuses an unknown format or filter value with one error object', () => {
    expect(runs.badFormat!.code).toBe(2);
    expect(errorOf(runs.badFormat!).message).toMatch(/csv, jsonl/);
    expect(runs.badFilter!.code).toBe(2);
    expect(errorOf(runs.badFilter!).code).toBe('unknown_filter');
  });

  it('stops quietly when the reader stops early', () => {
    expect(runs.head!.code).toBe(0);
    expect(runs.head!.stdout.split('\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(runs.head!.stderr).toBe('');
  });
});

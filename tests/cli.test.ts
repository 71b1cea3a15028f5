/**
 * The CLI end to end: `node bin/report-bot.js …` as a user or a script runs it.
 * Every process is started once, a few at a time, in beforeAll; the tests read their output.
 */
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliAll, type Run } from './run-cli.ts';

const CITATION =
  'The Weekly Standard, "What the WikiLeaks Documents Say About Iran-al Qaeda" by Thomas Joscelyn, 27 July 2010, ¶8';

/** The one JSON object a --json run prints. */
function json(done: Run): Record<string, unknown> {
  const lines = done.stdout.trim().split('\n');
  expect(lines, done.stderr).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

const HIT_KEYS = ['citation', 'date', 'datePrecision', 'excerpt', 'highlights', 'id', 'score', 'title', 'type'];

function expectHitShape(hit: unknown) {
  const h = hit as Record<string, unknown>;
  expect(
    Object.keys(h)
      .filter((k) => k !== 'note')
      .sort(),
  ).toEqual(HIT_KEYS);
  expect(typeof h.id).toBe('string');
  expect(h.date === null || typeof h.date === 'string').toBe(true);
  expect(['day', 'month', 'none']).toContain(h.datePrecision);
  expect(typeof h.type).toBe('string');
  expect(typeof h.title).toBe('string');
  expect(typeof h.excerpt).toBe('string');
  expect(typeof h.citation).toBe('string');
  expect(typeof h.score).toBe('number');
  const excerpt = h.excerpt as string;
  for (const span of h.highlights as unknown[]) {
    expect(span).toEqual([expect.any(Number), expect.any(Number)]);
    const [s, e] = span as [number, number];
    expect(0 <= s && s < e && e <= excerpt.length).toBe(true);
  }
}

const runs: Record<string, Run> = {};

beforeAll(async () => {
  const commands: Record<string, string[]> = {
    searchJson: ['search', 'Iranian C4', '--json'],
    searchText: ['search', 'Iranian', 'C4', '--limit', '2'],
    reportJson: ['report', '2007-12-30', '--json'],
    askJson: ['ask', 'Who went to North Korea?', '--json'],
    askMisspelt: ['ask', 'Where did Hekmatyer go?'],
    statsJson: ['stats', '--json'],
    badJson: ['report', 'yesterday', '--json'],
    badText: ['report', 'yesterday'],
  };
  // --no-cache: each run builds its own index, and nothing is written into the repository. A few at a time (cliAll):
  // eight processes loading the language model and WordNet at once on a busy 2-core machine ran past 30 s.
  const all = Object.entries(commands).map(([name, args]) => [name, [['--no-cache', ...args]]]);
  Object.assign(runs, await cliAll(Object.fromEntries(all) as Parameters<typeof cliAll>[0]));
}, 120_000);

describe('report-bot search', () => {
  it('--json prints one object: command, query, results with the documented fields, suggestions', () => {
    const run = runs.searchJson!;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = json(run);
    expect(out).toMatchObject({ command: 'search', query: 'Iranian C4', suggestions: [] });
    expect(out.total).toBe((out.results as unknown[]).length);
    const results = out.results as Record<string, unknown>[];
    expect(results.length).toBeGreaterThan(0);
    results.forEach(expectHitShape);
    expect(results[0]).toMatchObject({
      id: 'ws-2007-12-30-iranian-c4',
      date: '2007-12-30',
      datePrecision: 'day',
      type: 'document',
      citation: CITATION,
    });
    const first = results[0]!;
    const marked = (first.highlights as [number, number][]).map(([s, e]) => (first.excerpt as string).slice(s, e));
    expect(marked).toEqual(['Iranian', 'C4']);
  });

  it('prints text with each result’s citation, and no colour codes when colour is off', () => {
    const run = runs.searchText!;
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ reports match "Iranian C4" \(showing 1–2 of \d+\):/);
    expect(run.stdout).toContain('ws-2007-12-30-iranian-c4');
    expect(run.stdout).toContain(`— ${CITATION}`);
    expect(run.stdout).toContain('“a 92% probability of a match against a suspected sample of Iranian C4.”');
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('report-bot report', () => {
  it('--json lists the reports of a date, with what the input was read as', () => {
    const run = runs.reportJson!;
    expect(run.code).toBe(0);
    const out = json(run);
    expect(out).toMatchObject({
      command: 'report',
      query: '2007-12-30',
      matchedAs: 'day',
      nearest: [],
      suggestions: [],
    });
    const results = out.results as Record<string, unknown>[];
    results.forEach(expectHitShape);
    expect(results.map((r) => r.id)).toEqual(['ws-2007-12-30-iranian-c4']);
    expect(results[0]!.excerpt).toContain('a 92% probability of a match against a suspected sample of Iranian C4.');
  });

  it('exits 2 on bad input and prints {"error":{"code","message"}} with --json', () => {
    const run = runs.badJson!;
    expect(run.code).toBe(2);
    const out = json(run);
    expect(out).toEqual({
      error: { code: 'invalid_date', message: expect.stringContaining('"yesterday" is not a date I can read') },
    });
  });

  it('exits 2 on bad input and prints a plain message on stderr without --json', () => {
    const run = runs.badText!;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^report-bot: "yesterday" is not a date I can read\. Try 2007-12-30/);
    expect(run.stderr).not.toContain('{');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('report-bot ask', () => {
  it('--json has the answer, quoted from the corpus, and the report it comes from', () => {
    const run = runs.askJson!;
    expect(run.code).toBe(0);
    const out = json(run);
    expect(out).toMatchObject({ command: 'ask', query: 'Who went to North Korea?', corrected: [], suggestions: [] });
    expect(out.answer).toMatchObject({
      text: 'Upon return from North Korea, Dr Amin stayed in Helmand and Hekmatyar went to Konar, Nuristan province.',
      confidence: expect.stringMatching(/^(answer|likely)$/),
      id: 'ws-north-korea-weapons-deal',
    });
    const { text, span } = out.answer as { text: string; span: [number, number] };
    expect(['Dr Amin', 'Hekmatyar']).toContain(text.slice(span[0], span[1]));
    expect(out.closest).toBe(false);
    const results = out.results as Record<string, unknown>[];
    results.forEach(expectHitShape);
    expect(results[0]).toMatchObject({ id: 'ws-north-korea-weapons-deal', date: null, datePrecision: 'none' });
  });

  it('says how it read a misspelt word before the answer', () => {
    const run = runs.askMisspelt!;
    expect(run.code).toBe(0);
    const lines = stripVTControlCharacters(run.stdout).split('\n');
    expect(lines[0]).toBe('Answering "Where did hekmatyar go?" (no report has "Hekmatyer").');
    expect(run.stdout).toContain('Hekmatyar went to Konar');
  });
});

describe('report-bot stats', () => {
  it('--json counts what the corpus holds', () => {
    const run = runs.statsJson!;
    expect(run.code).toBe(0);
    expect(json(run)).toEqual({
      command: 'stats',
      reports: 6,
      commentary: 5,
      passages: expect.any(Number),
      undated: 1,
      dateRange: { first: '2006-06-03', last: '2008-09' },
      types: expect.arrayContaining([
        { type: 'threat report', count: 2 },
        { type: 'document', count: 2 },
        { type: 'HUMINT threat report', count: 1 },
        { type: 'report', count: 1 },
      ]),
      categories: [],
      regions: [],
      sources: [
        {
          source: 'The Weekly Standard, "What the WikiLeaks Documents Say About Iran-al Qaeda" (2010-07-27)',
          count: 11,
        },
      ],
    });
  });
});

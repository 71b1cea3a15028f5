/**
 * Smoke test of the benchmark harness (bench/run.ts): a --quick run (2,000
 * synthetic reports, the desk and MiniSearch, a handful of queries) must
 * produce a well-formed table and JSON with every field present. No timing is
 * asserted: this only keeps `npm run bench` working.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JUDGED } from '../bench/judged.ts';
import { emptyRun, LATENCY_GROUPS, type BenchReport, type Latency } from '../bench/results.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let dir: string;
let report: BenchReport;
let stdout: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
  const out = path.join(dir, 'bench.json');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/run.ts',
      '--quick',
      '--engines',
      'desk,minisearch,postgres',
      '--out',
      out,
      '--data-dir',
      path.join(dir, 'data'),
      '--timeout-min',
      '1',
    ],
    { cwd: repo, encoding: 'utf8', timeout: 110_000 },
  );
  stdout = run.stdout;
  if (run.status !== 0) throw new Error(`bench exited with ${run.status ?? run.signal}:\n${run.stderr.slice(-3000)}`);
  report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const isLatency = (l: Latency | null) =>
  !!l &&
  (['n', 'p50', 'p95', 'p99', 'max', 'mean'] as const).every(
    (k) => typeof l[k] === 'number' && Number.isFinite(l[k]),
  ) &&
  l.p50 <= l.max;

describe('npm run bench -- --quick', () => {
  it('describes the run', () => {
    expect(report.version).toBe(1);
    expect(report.options).toMatchObject({ sizes: [2000], engines: ['desk', 'minisearch', 'postgres'], quick: true });
    expect(report.mix.queries).toBeGreaterThan(5);
    expect(report.machine.node).toBe(process.version);
    expect(Object.keys(report.engineOptions).sort()).toEqual(['desk', 'flexsearch', 'minisearch', 'orama', 'postgres']);
  });

  it('measures every engine at every size, with every field present', () => {
    expect(report.runs.map((r) => `${r.engine}@${r.size}`)).toEqual(['desk@2000', 'minisearch@2000', 'postgres@2000']);
    const fields = Object.keys(emptyRun('desk', 0)).sort();
    for (const run of report.runs) {
      expect({ engine: run.engine, status: run.status, error: run.error }).toEqual({
        engine: run.engine,
        status: 'ok',
        error: null,
      });
      expect(Object.keys(run).sort()).toEqual(fields);
      expect(run.reports).toBeGreaterThan(1900);
      for (const key of [
        'importMs',
        'buildMs',
        'startMs',
        'indexBytes',
        'reloadMs',
        'heapMB',
        'rssMB',
        'reloadHeapMB',
        'reloadRssMB',
        'peakRssMB',
      ] as const) {
        expect(run[key], `${run.engine}.${key}`).toBeTypeOf('number');
      }
      expect(Object.keys(run.latency).sort()).toEqual([...LATENCY_GROUPS].sort());
      for (const group of ['mix', 'common', 'pages', 'date'] as const)
        expect(isLatency(run.latency[group]), `${run.engine} ${group}`).toBe(true);
      expect(run.queries.length).toBeGreaterThan(5);
      for (const q of run.queries) expect(q.ms).toBeGreaterThanOrEqual(0);
    }
    const [desk, mini, postgres] = report.runs;
    for (const group of ['autocomplete', 'reportDate', 'reportKey', 'ask', 'filters'] as const) {
      expect(isLatency(desk!.latency[group]), `desk ${group}`).toBe(true);
      expect(isLatency(postgres!.latency[group]), `postgres ${group}`).toBe(true);
    }
    // The desk on PostgreSQL ranks with the desk's own code: every query's first result is the desk's.
    expect(postgres!.topAgreement).toBe(1);
    expect(mini!.saveMs).toBeTypeOf('number');
    expect(mini!.reloadFaithful).toBe(true);
    expect(mini!.latency.autocomplete).toBeNull();
  });

  it('scores relevance on the judged set for every engine', () => {
    expect(report.relevance.map((r) => r.engine)).toEqual(['desk', 'minisearch', 'postgres']);
    for (const r of report.relevance) {
      expect(r.status).toBe('ok');
      expect(r.mrr10).toBeGreaterThanOrEqual(0);
      expect(r.mrr10).toBeLessThanOrEqual(1);
      expect(r.recall10).toBeGreaterThanOrEqual(0);
      expect(r.recall10).toBeLessThanOrEqual(1);
      expect(r.queries).toHaveLength(JUDGED.length);
    }
  });

  it('judges every target and prints the tables', () => {
    expect(report.targetSize).toBe(2000);
    expect(report.targets.length).toBeGreaterThanOrEqual(10);
    for (const t of report.targets) expect(['PASS', 'FAIL', 'n/a']).toContain(t.verdict);
    for (const text of [report.table, stdout]) {
      expect(text).toContain('Reports: 2,000');
      expect(text).toContain('desk÷mini');
      expect(text).toMatch(/search mix p99 .*ms/);
      expect(text).toContain('Relevance');
      expect(text).toContain('Targets for the desk');
    }
  });
});

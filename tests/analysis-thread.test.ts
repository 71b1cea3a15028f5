/**
 * Analysing reports while the corpus is read, on a thread of their own (search/analysis-thread.ts): what comes of it
 * is what analysing on one thread gives, array for array; a thread that fails leaves the analysis to this one;
 * opening a corpus large enough for the thread shows reading, then building, as before.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRows } from '../scripts/wardiary/generate.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import { COL } from '../src/corpus/wardiary-columns.ts';
import { openIndex, type OpenProgress } from '../src/open.ts';
import { analysisAsRead, AnalysisThread } from '../src/search/analysis-thread.ts';
import { DEFAULT_GLOSSARY, loadGlossary } from '../src/search/glossary.ts';
import { analyseReports, type IndexSnapshot } from '../src/search/index.ts';

let dir: string;
let csv: string;
let reports: Report[];
/** The analysis on this thread, to compare with. */
let here: IndexSnapshot;
const glossary = loadGlossary();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'analysis-thread-test-'));
  csv = path.join(dir, 'afg.csv');
  // A corpus large enough to open with a thread (8 MB); the generator writes an empty summary now and then.
  const rows = [...generateRows(10_400, 5)].filter((r) => r[COL.Summary] !== '<null value>');
  await writeFile(csv, stringify(rows));
  ({ reports } = await loadCorpus([csv]));
  here = analyseReports(reports, glossary);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The analysis as bytes and text: typed arrays compared whole (toEqual walks them element by element, slowly). */
function flat({ postings, sentences, passageCount }: IndexSnapshot) {
  const bytes = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const { terms, offsets, docs, impacts, stems } = postings;
  const arrays = [offsets, docs, impacts, stems, sentences.offsets, sentences.starts];
  return { terms: terms.join('\n'), passageCount, arrays: arrays.map((a) => bytes(a).toString('base64')) };
}

describe('the analysis thread', () => {
  it('analyses what analysing here gives, for the same reports in the same order', async () => {
    const done: number[] = [];
    const thread = new AnalysisThread(DEFAULT_GLOSSARY, (n) => done.push(n));
    for (const report of reports) thread.add(report);
    expect(flat(await thread.finish())).toEqual(flat(here));
    expect(done.at(-1)).toBe(reports.length);
  }, 60_000);

  it('fails when it cannot start (here, no glossary)', async () => {
    const thread = new AnalysisThread(path.join(dir, 'no-such-glossary.yaml'));
    await expect(thread.finish()).rejects.toThrow(/no-such-glossary/);
  }, 60_000);
});

describe('analysisAsRead', () => {
  it('gives what analyseReports gives, with a thread or without', async () => {
    for (const thread of [true, false]) {
      const analysis = analysisAsRead(glossary, DEFAULT_GLOSSARY, { thread });
      for (const report of reports) analysis.add(report);
      expect(flat(await analysis.finish(reports))).toEqual(flat(here));
    }
  }, 60_000);

  it('analyses here when the thread fails, and says why', async () => {
    const failures: Error[] = [];
    const missing = path.join(dir, 'no-such-glossary.yaml');
    const analysis = analysisAsRead(glossary, missing, { thread: true, onFailure: (error) => failures.push(error) });
    for (const report of reports) analysis.add(report);
    expect(flat(await analysis.finish(reports))).toEqual(flat(here));
    expect(failures.map((error) => error.message)).toEqual([expect.stringMatching(/no-such-glossary/)]);
  }, 60_000);
});

describe('opening a large corpus', () => {
  it('reads, then builds with what the thread counted meanwhile, then saves', async () => {
    expect((await stat(csv)).size).toBeGreaterThan(8 << 20);
    const seen: OpenProgress[] = [];
    const opened = await openIndex({
      corpus: [csv],
      cacheDir: path.join(dir, 'cache'),
      onProgress: (p) => seen.push(p),
    });
    expect(opened.counts.imported).toBe(reports.length);
    expect(opened.index.passageCount).toBe(here.passageCount);
    const phases = seen.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual(['read', 'build', 'save']);
    const built = seen.filter((p) => p.phase === 'build');
    expect(built.at(-1)).toEqual({ phase: 'build', done: reports.length, total: reports.length });
  }, 60_000);
});

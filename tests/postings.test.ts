/**
 * The term index is counted and loaded by src/search/postings.ts, not by
 * MiniSearch's add(): it must be exactly the index MiniSearch builds itself,
 * so search behaves as MiniSearch documents it. Over the real War Diary sample
 * and the article corpus, with MiniSearch's own addAll as the reference.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';
import { loadGlossary, type Glossary } from '../src/search/glossary.ts';
import { analyseReports, loaded, miniOptions, restoreIndex, termsOf, unitQuery } from '../src/search/index.ts';
import { countPostings, documentsOf, loadTerms, type LoadedTerm, type SavedTerm } from '../src/search/postings.ts';
import { parseQuery } from '../src/search/query.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

let dir: string;
let reports: Report[];
let glossary: Glossary;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postings-'));
  const csv = path.join(dir, 'mashup.csv');
  await writeMashupCsv(csv);
  reports = (await loadCorpus([csv, SHIPPED_CORPUS])).reports;
  glossary = loadGlossary();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The same reports indexed by MiniSearch's own add(), field by field. */
function referenceIndex(): MiniSearch<Report> {
  const terms = new Map(reports.map((r) => [r.id, termsOf(r, glossary)]));
  const fields = miniOptions.fields;
  const mini = new MiniSearch<Report>({
    ...miniOptions,
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    extractField: (r, field) => (field === 'id' ? r.id : terms.get(r.id)![fields.indexOf(field)]!.join(' ')),
  });
  mini.addAll(reports);
  return mini;
}

describe('the counted term index', () => {
  it('is exactly the index MiniSearch builds, terms, frequencies, field lengths and order included', () => {
    const ours = restoreIndex(reports, loaded(analyseReports(reports, glossary)), glossary).mini;
    expect(reports.length).toBeGreaterThan(300);
    const [got, want] = [ours, referenceIndex()].map((mini) => JSON.stringify(mini.toJSON()));
    // Where they first differ, not two 300 kB strings.
    let at = 0;
    while (at < want!.length && got![at] === want![at]) at++;
    expect(got!.slice(at - 80, at + 80)).toBe(want!.slice(at - 80, at + 80));
    expect(got!.length).toBe(want!.length);
  });

  it('ranks a query as MiniSearch itself would, scores included', () => {
    const ours = restoreIndex(reports, loaded(analyseReports(reports, glossary)), glossary).mini;
    const reference = referenceIndex();
    for (const text of ['IED Kandahar', 'troops in contact', 'Iranian C4', 'detainee', 'Hekmatyar North Korea', 'kandahr']) {
      const query = { combineWith: 'OR' as const, queries: parseQuery(text, glossary).units.map(unitQuery) };
      const got = ours.search(query).map((r) => [r.id, r.score]);
      expect(got.length, text).toBeGreaterThan(0);
      expect(got, text).toEqual(reference.search(query).map((r) => [r.id, r.score]));
    }
  });

  it('counts a document once per term and field, with gaps between positions', () => {
    const postings = countPostings(
      [
        [['ied', 'ied', 'kandahar'], []],
        [[], ['ied']],
        [['kandahar'], ['kandahar']],
      ],
      2,
    );
    expect(postings.terms).toEqual([
      ['ied', [0, 0, 2], [1, 1, 1]],
      ['kandahar', [0, 0, 1, 2, 1], [1, 2, 1]],
    ]);
    expect(postings.fieldLength).toEqual([[2, 0], [0, 1], [1, 1]]);
    expect(documentsOf(postings.terms[1]![1]!)).toEqual([0, 2]);
  });
});

describe('loaded postings, read as MiniSearch reads a Map', () => {
  const shape = { documents: 100_000, fields: 4 };
  const [[, fields]] = loadTerms([['ied', [0, 3, 1, 4, 2, 90000, 7], [2, 0, 1]]], shape) as [LoadedTerm];
  const exact = fields.get(0)!;

  it('gives size, the documents in order, and each one’s frequency, in and out of order', () => {
    expect(exact.size).toBe(3);
    expect([...exact.keys()].map((doc) => [doc, exact.get(doc)])).toEqual([[3, 1], [7, 2], [90007, 7]]);
    expect([exact.get(90007), exact.get(3), exact.get(4), exact.get(0), exact.get(99999)]).toEqual([7, 1, undefined, undefined, undefined]);
    expect(Object.fromEntries(exact)).toEqual({ 3: 1, 7: 2, 90007: 7 });
    expect([...fields.get(2)!]).toEqual([[0, 1]]);
  });

  it('refuses postings that do not fit the index instead of loading part of them', () => {
    const bad: unknown[] = [
      [['ied']],
      [['ied', 'not a list']],
      [['ied', [0, 1]]],
      [['ied', [0, 1, 1, 2]]],
      [['ied', [9, 1, 1]]],
      [['ied', [0, 1, 0]]],
      [['ied', [0, 1, 1, 0, 1]]],
      [['ied', [0, -1, 1]]],
      [['ied', [0, 1.5, 1]]],
      [['ied', [0, 100_000, 1]]],
      // Past an Int32 and back: each document is checked, not only the last one stored.
      [['ied', [0, 0, 1, 2 ** 31, 1]]],
      [['ied', [0, 0, 1, 2 ** 32 - 3, 1]]],
      [['ied', [0, 0, 2 ** 32]]],
      [['ied', [0, '1', 1]]],
      [[7, [0, 1, 1]]],
      [7],
    ];
    for (const terms of bad) expect(() => loadTerms(terms as SavedTerm[], shape), JSON.stringify(terms)).toThrow();
  });
});

describe('what the analysis counts for answers and autocomplete', () => {
  it('counts a report once for a word found as itself, as a stem and as a concept', () => {
    const snapshot = analyseReports(reports, glossary);
    const df = new Map(snapshot.docFrequency);
    // Brute force: reports whose exact, stem or concept terms hold the key.
    for (const key of ['ied', 'weapon', 'kandahar', 'iran']) {
      const expected = reports.filter((r) => termsOf(r, glossary).slice(0, 3).some((terms) => terms.includes(key))).length;
      expect(df.get(key) ?? 0, key).toBe(expected);
    }
    const vocabulary = new Map(snapshot.vocabulary);
    expect(vocabulary.get('kandahar')).toBe(reports.filter((r) => termsOf(r, glossary)[0]!.includes('kandahar')).length);
    expect(snapshot.vocabulary.map(([w]) => w)).toEqual(snapshot.vocabulary.map(([w]) => w).sort());
  });
});

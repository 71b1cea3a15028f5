/**
 * The fast ways the desk shows a result: passages cut where the index found
 * each report's sentences (no sentence segmentation at query time), and the
 * highlighter that skips the passages holding no matched word. Both must give
 * exactly what the slow ways give, over real and synthetic reports.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRows } from '../scripts/gen-wardiary.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';
import { JUDGED } from '../bench/judged.ts';
import { highlighter, highlightSpans } from '../src/search/excerpt.ts';
import { loadGlossary } from '../src/search/glossary.ts';
import { analyseReports, passagesAt, restoreIndex, wordsWithStem, type SearchIndex } from '../src/search/index.ts';
import { MAX_PASSAGE, toPassages } from '../src/search/passages.ts';
import { parseQuery } from '../src/search/query.ts';
import { matchedFor } from '../src/search/rank.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

const glossary = loadGlossary();
let dir: string;
let reports: Report[];
let index: SearchIndex;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'passages-'));
  const mashup = path.join(dir, 'mashup.csv');
  await writeMashupCsv(mashup);
  const synthetic = path.join(dir, 'synthetic.csv');
  await writeFile(synthetic, stringify([...generateRows(400, 5)]));
  reports = (await loadCorpus([mashup, synthetic, SHIPPED_CORPUS])).reports;
  // A report of several long paragraphs, in quotes and paraphrase, with a sentence longer than a passage.
  const long = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i} of the U.S. report, by Dr Amin. `).join('');
  reports.push({ ...reports[0]!, id: 'long-one', quotes: [long(40), 'short', `${'x'.repeat(700)} ${long(30)}`], paraphrase: [long(25)] });
  index = restoreIndex(reports, analyseReports(reports, glossary), glossary);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('passages cut where the index found the sentences', () => {
  it('are the passages found anew, for every report', () => {
    const withLong = reports.filter((r) => [...r.quotes, ...r.paraphrase].some((t) => t.length > MAX_PASSAGE));
    expect(withLong.length).toBeGreaterThan(50);
    reports.forEach((report, p) => expect(passagesAt(index, p), report.id).toEqual(toPassages(report)));
    expect(index.passageCount).toBe(reports.reduce((n, r) => n + toPassages(r).length, 0));
  });

  it('are found anew where what the index kept does not fit the report', () => {
    const p = reports.findIndex((r) => r.id === 'long-one');
    const { offsets, starts } = index.sentences;
    const kept = starts.slice(offsets[p], offsets[p + 1]);
    const edits: ((s: Int32Array) => void)[] = [(s) => (s[1] = 10 ** 6), (s) => (s[2] = s[1]!), (s) => (s[0] = 5), (s) => s.fill(0)];
    for (const edit of edits) {
      const forged = { ...index, sentences: { offsets, starts: Int32Array.from(starts) } };
      edit(forged.sentences.starts.subarray(offsets[p], offsets[p + 1]));
      expect(passagesAt(forged, p)).toEqual(toPassages(reports[p]!));
    }
    expect(kept[0]).toBe(0);
  });
});

describe('the highlighter', () => {
  const queries = [...JUDGED.map((j) => j.query), 'IED Kandahar', 'kandahr', 'wills', 'us troops', 'the', 'A-10 went', 'Tehrān', 'improvized explosiv', 'IEDs TICs'];

  it('marks exactly what highlightSpans marks, in every passage, for every query', () => {
    const passages = reports.flatMap((_, p) => passagesAt(index, p)).map((p) => p.text);
    passages.push('Tehrān and TEHERAN', 'ied_ied IED-IED ieds', `${'a'.repeat(70)} IED`, 'The US and us, A 10, a-10');
    let marked = 0;
    for (const query of queries) {
      const matched = matchedFor(index, parseQuery(query, glossary));
      const spans = highlighter(matched, glossary, (stem) => wordsWithStem(index, stem));
      for (const text of passages) {
        const want = highlightSpans(text, matched, glossary);
        expect(spans(text), `${query}: ${text.slice(0, 80)}`).toEqual(want);
        marked += want.length;
      }
    }
    expect(marked).toBeGreaterThan(1000);
  });
});

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
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRows } from '../scripts/wardiary/generate.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Report } from '../src/corpus/model.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';
import { JUDGED } from '../bench/judged.ts';
import { bestPassage, highlighter, highlightSpans, indexWords, type IndexWords } from '../src/search/excerpt.ts';
import { loadGlossary } from '../src/search/glossary.ts';
import { analyseReports, passagesAt, restoreIndex, wordsWithStem, type SearchIndex } from '../src/search/index.ts';
import { MAX_PASSAGE, splitText, toPassages, type Chunk } from '../src/search/passages.ts';
import { parseQuery } from '../src/search/query.ts';
import { matchedFor } from '../src/search/rank.ts';
import { sentences } from '../src/search/text.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

const glossary = loadGlossary();
let dir: string;
let reports: Report[];
let index: SearchIndex;
let known: IndexWords;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'passages-'));
  const mashup = path.join(dir, 'mashup.csv');
  await writeMashupCsv(mashup);
  const synthetic = path.join(dir, 'synthetic.csv');
  await writeFile(synthetic, stringify([...generateRows(400, 5)]));
  reports = (await loadCorpus([mashup, synthetic, SHIPPED_CORPUS])).reports;
  // A report of several long paragraphs, in quotes and paraphrase, with a sentence longer than a passage.
  const long = (n: number) =>
    Array.from({ length: n }, (_, i) => `Sentence ${i} of the U.S. report, by Dr Amin. `).join('');
  reports.push({
    ...reports[0]!,
    id: 'long-one',
    quotes: [long(40), 'short', `${'x'.repeat(700)} ${long(30)}`],
    paraphrase: [long(25)],
  });
  index = restoreIndex(reports, analyseReports(reports, glossary), glossary);
  known = indexWords(glossary, (stem) => wordsWithStem(index, stem));
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
    const edits: ((s: Int32Array) => void)[] = [
      (s) => (s[1] = 10 ** 6),
      (s) => (s[2] = s[1]!),
      (s) => (s[0] = 5),
      (s) => s.fill(0),
    ];
    for (const edit of edits) {
      const forged = { ...index, sentences: { offsets, starts: Int32Array.from(starts) } };
      edit(forged.sentences.starts.subarray(offsets[p], offsets[p + 1]));
      expect(passagesAt(forged, p)).toEqual(toPassages(reports[p]!));
    }
    expect(kept[0]).toBe(0);
  });
});

describe('splitText', () => {
  /** Chunks as first made: a string for each sentence, joined or sliced as they were packed. */
  function reference(text: string, max: number, starts?: ArrayLike<number>): Chunk[] {
    if (text.length <= max) return text.trim() ? [{ text: text.trim() }] : [];
    const chunks: Chunk[] = [];
    let [current, from, cutBefore] = ['', -1, false];
    const push = (chunk: string, cut: boolean) => chunks.push(cut ? { text: chunk, cut } : { text: chunk });
    const flush = () => {
      if (current.trim()) push(current.trim(), cutBefore);
      [current, from, cutBefore] = ['', -1, false];
    };
    for (const { text: sentence, start, end } of sentences(text, starts)) {
      if (current && current.length + 1 + sentence.length > max) flush();
      if (sentence.length <= max) {
        const adjacent = from >= 0 && start === from + current.length + 1 && text.charCodeAt(start - 1) === 32;
        if (!current) from = start;
        else if (!adjacent) from = -1;
        current = !current ? sentence : adjacent ? text.slice(from, end) : `${current} ${sentence}`;
        continue;
      }
      flush();
      let rest = sentence;
      while (rest.length > max) {
        const space = rest.lastIndexOf(' ', max);
        const at = space > max / 2 ? space : max;
        push(rest.slice(0, at).trim(), cutBefore || at === max);
        cutBefore = at === max;
        rest = rest.slice(at).trim();
      }
      [current, from] = [rest, -1];
    }
    flush();
    return chunks;
  }

  it('packs sentences into the chunks a string for each sentence made, over every paragraph of the reports', () => {
    const paragraphs = reports.flatMap((r) => [...r.quotes, ...r.paraphrase]);
    for (const text of paragraphs) expect(splitText(text), text.slice(0, 80)).toEqual(reference(text, MAX_PASSAGE));
    for (const max of [20, 60, 200])
      for (const text of paragraphs.slice(0, 300)) expect(splitText(text, max)).toEqual(reference(text, max));
  });

  it('packs any run of sentences, spaces and breaks as a string for each sentence did', () => {
    const words = ['U.S.', 'Dr.', 'went', 'home.', 'ok?', 'x'.repeat(45), 'Tehrān.', 'No.', '(Gen.', 'a.b.c.', '!'];
    const spaces = [' ', '', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', ' \n '];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...spaces)), { maxLength: 30 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 120 }), (parts, max) => {
        const joined = parts.map(([word, space]) => word + space).join('');
        expect(splitText(joined, max)).toEqual(reference(joined, max));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the highlighter', () => {
  // …and the end of a word cut in two where a sentence with no space had to be cut (see the report "long-one").
  const queries = [
    ...JUDGED.map((j) => j.query),
    'IED Kandahar',
    'kandahr',
    'wills',
    'us troops',
    'the',
    'A-10 went',
    'Tehrān',
    'improvized explosiv',
    'IEDs TICs',
    // Concepts whose names begin others' names: "Afghan National Police" is the police, not Afghanistan.
    'Afghanistan Iran',
    'ANP ANA',
    'x'.repeat(100),
    // Many words to look for: every word of a passage looked up among them, rather than a search for each.
    'IED Kandahar Helmand ambush patrol convoy rocket mortar attack police army wounded killed',
  ];

  it('marks exactly what highlightSpans marks, in every passage, for every query', () => {
    const passages: { text: string; cut?: boolean }[] = reports.flatMap((_, p) => passagesAt(index, p));
    const cut = passages.filter((p) => p.cut);
    expect(cut.length).toBeGreaterThanOrEqual(2);
    // The end of the word cut in two is marked, though the index does not hold it.
    const tail = matchedFor(index, parseQuery('x'.repeat(100), glossary));
    expect(cut.some((p) => highlightSpans(p.text, tail, glossary).length > 0)).toBe(true);
    const made: { text: string; cut?: boolean }[] = [
      'Tehrān and TEHERAN',
      'ied_ied IED-IED ieds',
      `${'a'.repeat(70)} IED`,
      'The US and us, A 10, a-10',
      'Afghan Afghan National Police, afghan police; Iranian Revolutionary Guard, Iranians in Afghanistan',
    ].map((text) => ({ text }));
    passages.push(...made);
    let marked = 0;
    for (const query of queries) {
      const matched = matchedFor(index, parseQuery(query, glossary));
      // A highlighter scans its first few thousand characters word by word and the rest with one expression: the
      // passages made by hand are read by both ways, first by a highlighter of their own, then after every other.
      for (const [highlight, read] of [
        [highlighter(matched, glossary, known), made],
        [highlighter(matched, glossary, known), passages],
      ] as const) {
        for (const { text, cut } of read) {
          const want = highlightSpans(text, matched, glossary);
          expect(highlight.spans(text, cut), `${query}: ${text.slice(0, 80)}`).toEqual(want);
          expect(highlight.bound(text, cut).most, text.slice(0, 80)).toBeGreaterThanOrEqual(want.length);
          marked += want.length;
        }
      }
    }
    expect(marked).toBeGreaterThan(1000);
  });

  it("bounds a report's passages together as it bounds each alone, the hand-made ones and their neighbours included", () => {
    const made = ['Tehrān and TEHERAN', 'ied_ied IED-IED ieds', 'IED', `${'a'.repeat(70)} IED`, 'The US and us, A 10'];
    const groups: { text: string; cut?: boolean }[][] = [
      ...reports.map((_, p) => passagesAt(index, p)),
      made.map((text) => ({ text })),
      made.slice(1).map((text) => ({ text })),
    ];
    for (const query of queries) {
      const matched = matchedFor(index, parseQuery(query, glossary));
      const highlight = highlighter(matched, glossary, known);
      for (const passages of groups)
        expect(highlight.bounds(passages), query).toEqual(passages.map(({ text, cut }) => highlight.bound(text, cut)));
    }
  });

  it('picks the passage with the most marks, the first of equals, as reading every passage does', () => {
    for (const query of queries) {
      const matched = matchedFor(index, parseQuery(query, glossary));
      const highlight = highlighter(matched, glossary, known);
      reports.forEach((_, p) => {
        const passages = passagesAt(index, p);
        const all = passages.map((passage) => ({ passage, spans: highlightSpans(passage.text, matched, glossary) }));
        expect(bestPassage(passages, highlight), `${query}: ${reports[p]!.id}`).toEqual(
          all.reduce((a, b) => (b.spans.length > a.spans.length ? b : a)),
        );
      });
    }
  });
});

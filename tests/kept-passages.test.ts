/** The passages of reports shown lately, kept by position: what passagesAt cuts, never a stale or another report's. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { keptPassages } from '../src/desk/kept-passages.ts';
import { SHIPPED_CORPUS } from '../src/open.ts';
import { loadGlossary } from '../src/search/glossary.ts';
import { analyseReports, passagesAt, restoreIndex, type SearchIndex } from '../src/search/index.ts';

let index: SearchIndex;
beforeAll(async () => {
  const glossary = loadGlossary();
  const { reports } = await loadCorpus([SHIPPED_CORPUS]);
  const restored = restoreIndex(reports, analyseReports(reports, glossary), glossary);
  // Past the slots kept (2,048): positions that share a slot, the shipped reports again.
  index = { ...restored, order: Array.from({ length: 5000 }, (_, p) => reports[p % reports.length]!) };
});

describe('keptPassages', () => {
  it("gives each report's passages as passagesAt cuts them, the same kept ones when asked again", () => {
    for (const p of [0, 1, 7, 300, 4999]) {
      const first = keptPassages(index, p);
      expect(first).toEqual(passagesAt(index, p));
      expect(keptPassages(index, p)).toBe(first);
    }
  });

  it('cuts a report anew once another of its slot was shown, or once it was read anew', () => {
    const first = keptPassages(index, 5);
    const other = keptPassages(index, 5 + 2048);
    expect(other).toEqual(passagesAt(index, 5 + 2048));
    expect(other).not.toEqual(first);
    const again = keptPassages(index, 5);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // A desk on a database reads a report anew: a new object at the same position.
    index.order[5] = { ...index.order[5]!, paraphrase: ['Read anew.'] };
    const anew = keptPassages(index, 5);
    expect(anew).toEqual(passagesAt(index, 5));
    expect(anew.map((p) => p.text)).toContain('Read anew.');
  });
});

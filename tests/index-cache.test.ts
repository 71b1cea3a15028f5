/** The analyses of the texts the answerer read last are kept (ANALYSED_KEPT characters), and are `analyze`'s. */
import { describe, expect, it } from 'vitest';
import { analysed, analyze, ANALYSED_KEPT } from '../src/search/index.ts';
import { loadGlossary } from '../src/search/glossary.ts';

const glossary = loadGlossary();
const PASSAGE = '3 X ISAF/NATO (DEU) KIA. FF detained 2x LN at the checkpoint with 2 AK-47s; IED found on Route Bear.';

describe('kept analyses', () => {
  it("gives analyze's tokens and concepts, the same analysis each time", () => {
    const kept = analysed(PASSAGE, glossary);
    expect(kept).toEqual(analyze(PASSAGE, glossary));
    expect(kept.concepts.length).toBeGreaterThan(0);
    expect(analysed(PASSAGE, glossary)).toBe(kept);
  });

  it('keeps no more than ANALYSED_KEPT characters of text: the first is analysed again after as many others', () => {
    const first = analysed(PASSAGE, glossary);
    const other = (k: number) => `Patrol ${k} returned to FOB Salerno with no casualties, all weapons and vehicles.`;
    for (let k = 0, chars = 0; chars <= ANALYSED_KEPT; chars += other(k++).length) analysed(other(k), glossary);
    const again = analysed(PASSAGE, glossary);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

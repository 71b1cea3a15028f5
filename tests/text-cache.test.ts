/** The sentences of the passages cut last are kept (SENTENCES_KEPT), and are those ICU's starts give. */
import { describe, expect, it } from 'vitest';
import { sentences, sentenceStarts, SENTENCES_KEPT } from '../src/search/text.ts';

const PASSAGE =
  'TF 373 DETAINED 2X LN AT THE CHECKPOINT. The U.S. SOLDIER was evacuated to FOB SALERNO. No casualties were reported.';

describe('kept sentences', () => {
  it('gives the sentences found from ICU starts, the same list each time', () => {
    const kept = sentences(PASSAGE);
    expect(kept).toEqual(sentences(PASSAGE, sentenceStarts(PASSAGE)));
    expect(kept.map((s) => s.text)).toEqual([
      'TF 373 DETAINED 2X LN AT THE CHECKPOINT.',
      'The U.S. SOLDIER was evacuated to FOB SALERNO.',
      'No casualties were reported.',
    ]);
    expect(sentences(PASSAGE)).toBe(kept);
  });

  it('keeps no more than SENTENCES_KEPT passages: the first is cut again after as many others', () => {
    const first = sentences(PASSAGE);
    for (let k = 0; k < SENTENCES_KEPT; k++) sentences(`Patrol ${k} returned. No casualties.`);
    const again = sentences(PASSAGE);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

/** WordNet's senses and base forms of the words looked up last are kept (WORDS_KEPT), and are what a lookup finds. */
import { afterAll, describe, expect, it } from 'vitest';
import { openLexicon, WORDS_KEPT } from '../src/search/lexicon.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());

describe('kept senses and base forms', () => {
  it('gives what a lexicon looking the word up for the first time finds', () => {
    const fresh = openLexicon();
    for (const [word, wordClass] of [
      ['attack', 'verb'],
      ['detainees', 'noun'],
      ['wounded', undefined],
    ] as const) {
      const kept = [lexicon.baseForms(word, wordClass), lexicon.baseForms(word, wordClass)];
      expect(kept[1]).toBe(kept[0]);
      expect(kept[0]).toEqual(fresh.baseForms(word, wordClass));
      for (const { lemma, wordClass: c } of kept[0]!) {
        expect(lexicon.senses(lemma, c)).toBe(lexicon.senses(lemma, c));
        expect(lexicon.senses(lemma, c).map((s) => s.offset)).toEqual(fresh.senses(lemma, c).map((s) => s.offset));
      }
    }
    expect(lexicon.senses('attack', 'verb').length).toBeGreaterThan(1);
    fresh.close();
  });

  it('keeps no more than WORDS_KEPT words: the first is looked up again after as many others', () => {
    const first = lexicon.senses('checkpoint', 'noun');
    expect(lexicon.senses('checkpoint', 'noun')).toBe(first);
    for (let k = 0; k < WORDS_KEPT; k++) lexicon.senses(`qzx${k}`, 'noun');
    const again = lexicon.senses('checkpoint', 'noun');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

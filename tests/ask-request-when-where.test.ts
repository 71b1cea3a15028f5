/**
 * Requests for the time or the place of an act, in askers' own words (issue 11): "need the time EOD got to the
 * mortar" asks when EOD got there (frames.ts): the clause after a noun asking only a time or only a place is the
 * question, its wh-word that noun's.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { unframed } from '../src/search/frames.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a request for the time or the place of an act asks when or where it was', () => {
  it('reads the clause after the noun as the question', () => {
    expect(unframed('need the time eod got to the mortar', lexicon())).toBe('when eod got to the mortar');
    expect(unframed('i need the time that the qrf left the camp', lexicon())).toBe('when the qrf left the camp');
    expect(unframed('give me the place the truck flipped', lexicon())).toBe('where the truck flipped');
  });

  it('answers it as the wh-question it is', () => {
    expect(marked('need the time eod got to the mortar with wires near the village')).toBe('AT 1122L');
  });

  it('keeps a request naming a kind that is neither a which-question of it', () => {
    expect(unframed('tell me the unit that hit the IED', lexicon())).toBe('which unit hit the IED');
    expect(unframed('need the time of the attack', lexicon())).toBe('which time of the attack');
  });
});

/**
 * The War Diary's headline passive (issue 11): "1X Detainee transfer into BTIF from TF 373" drops the passive's "was";
 * a verb said only with an object, a preposition where its object would stand, is said of the phrase before it as the
 * one it was done to. Its doer is the phrase after "by" or, in such a headline, after "from".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"who transferred…?" answered by the doer of a headline passive', () => {
  it('marks the unit it came from, not the detainee before the verb', () => {
    expect(marked('who transferred isn 4149')).toBe('TF 373');
  });

  it('reads a base-form verb of a headline the same: "1 x Detainee Transfer to the BTIF from TF 373"', () => {
    expect(marked('who moved isn 20042 to the btif')).toBe('TF 373');
  });

  it('reads the doer after "by" past the place it went: "1 x Detainee transferred into BTIF by TF 373"', () => {
    expect(marked('who transferred isn 20081')).toBe('TF 373');
  });
});

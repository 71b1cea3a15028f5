/**
 * Wrong quotes a fresh probe set (probe-l, in askers' own words over the War Diary sample) found: each rule that
 * removes one keeps a right answer it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the point a War Diary place is said from', () => {
  it('is no one who did anything: "26km N of FOB SUROBI" does not say who guards the school', () => {
    expect(marked('Who is guarding the school where the IED was found in Tagab?')).not.toBe('SUROBI');
  });

  it('leaves a unit that did the act its answer', () => {
    expect(marked('Who did PRT MES send to reinforce FOB Hawk?')).toBe('QRU');
  });
});

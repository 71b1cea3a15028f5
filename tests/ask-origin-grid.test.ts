/**
 * Asked where something came from, a grid reference answers when it is said as where from (places.ts
 * gridOriginEndingAt): after "from", or after a colon giving the grid of the place a "from" names, as the War Diary
 * writes a label, a colon and its grid ("They heard shooting from the estimated enemy pos: 41 SNV 602 588"). The
 * participle in the label ("the *estimated* enemy pos") qualifies its noun: it is no act between the shooting and the
 * place (acts.ts placeOf).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a grid said as where from', () => {
  it('answers where the shooting came from with the grid after the enemy position', () => {
    expect(answerOf('where was the enemy shooting from near meymaneh').answer?.report.id).toBe('GER-0099');
    expect(marked('where was the enemy shooting from near meymaneh')).toBe('41 SNV 602 588');
  });
});

/**
 * Close rivals that are not (issue 11): a count of another group of people than the one the best counts of the asked
 * group. Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count of another group is no rival to a count of the group asked', () => {
  it('answers "7 x ANP KIA" for the Afghan police, beside "approx 5x AFG Civilians" and "four local nationals"', () => {
    expect(marked('How many Afghan police were killed in the Jalalabad friendly fire incident?')).toBe('7 x ANP KIA');
    expect(marked('How many Afghan policemen were killed in the follow-up report?')).toBe('7 x ANP KIA');
  });

  it('still declines where the best count names no group, or other sentences rival it', () => {
    expect(answerOf('How many German soldiers were killed in the double ambush near Kunduz?').answer).toBeNull();
    expect(
      answerOf('How many Germans were wounded by the car bomb while recovering the broken-down vehicle?').answer,
    ).toBeNull();
  });
});

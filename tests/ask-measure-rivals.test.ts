/**
 * Sentences no rival to a measure the best states (issue 11, leads.ts lessSurely): for "how old / far / long", where
 * the best states a number in the measure's units, a sentence giving no other number, or only a bound on the measure,
 * gives no other measure. The rule keeps a decline it must not lose: a number written in words may be a measure.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a measure stated against sentences stating none', () => {
  it('answers the age found for detainee ISN 20033, beside the bound he was believed under', () => {
    // "ISN 20033 was believed to be under the age of 15 years old" bounds the age; "ISN 20033 was intially sent to
    // the BAF CSH to determine his age" gives only the question's own number.
    expect(marked('How old was detainee ISN 20033 found to be?')).toBe('16 YEARS');
  });

  it('still declines how long the Paktika governor will be away: "gone for ten days" gives a number in words', () => {
    expect(answerOf('How long will the Paktika governor be away?').answer).toBeNull();
  });
});

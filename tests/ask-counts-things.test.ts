/**
 * A "how many" question counting people is not answered by a count of things (gates countsThings): the head of the
 * noun phrase after the count, filed by WordNet with man-made things, says what it counts.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a count of things for a question counting people', () => {
  it('declines "7x AT Mines (Italian made TC-6)" for how many Italian troops were hurt', () => {
    const asked = answerOf('how many italian troops were hurt near camp apache');
    expect(asked.answer).toBeFalsy();
    expect(asked.declined).toBe('names-no-kind');
  });

  it('still answers a count holding what it counts ("a *four-man* terrorist cell")', () => {
    const asked = answerOf('How many men were in the cell the Afghans rolled up?');
    expect(asked.answer?.text).toContain('four-man terrorist cell');
  });
});

/**
 * A tie between two sentences of one report is broken for the one counting what the question counts by the question's
 * own number (src/search/ties.ts, countTieBroken): "the one detainee" is the "1 X detainee" of the log, not one of the
 * "4x detainees" transferred.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a count breaking a tie', () => {
  it('does not place the one detainee with the four transferred', () => {
    const asked = answerOf('where was the one detainee who wasnt there after 4185 to 4188 came in');
    expect(asked.answer?.text ?? '').not.toMatch(/4x detainees/);
    expect(asked.considered[0]?.text).toMatch(/1 X detainee is in the CSH/);
  });

  it('leaves a question counting nothing as it was', () => {
    expect(answerOf('who handed over the 7 that got 4219 thru 4225').answer?.text).toMatch(/7 x Detainees/);
  });
});

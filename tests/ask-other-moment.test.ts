/**
 * A running log's times (issue 11): each entry stamps its own act, so a time of the best's report told with none of
 * the question's acts the best says is the time of something else done, no rival to the best's.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a log entry's time of another act does not rival the time of the act asked", () => {
  it('answers when the truck at CNL was checked, beside the driver interrogated at 0902Z', () => {
    expect(marked('what time was the cnl truck checked and called clean')).toBe('At 1000Z');
  });

  it('keeps declining where the best says no act of the question', () => {
    expect(answerOf('when did the german eod go back after the airfield sweep').answer).toBeNull();
  });
});

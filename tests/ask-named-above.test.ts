/**
 * The best read with the line above it that gives the number the question names a detainee by (src/search/
 * named-above.ts): the detention log names the ISN in one line and counts the facility in the next, and the quote
 * shows which event the count follows; the answer stays the best's own phrase.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the ISN line quoted above the headcount', () => {
  it('quotes the headcount with the line giving the ISN asked of', () => {
    const question = 'how many were in btif after 4134 got his number';
    expect(answerOf(question).answer?.text).toBe(
      'ISN 4134 assigned. New BTIF Headcount is 631 assigned and 631 present.',
    );
    expect(marked(question)).toBe('631');
  });

  it("keeps the best's own answer: the present count, not the assigned one", () => {
    expect(marked('how many were actually present at btif when 1503 came back in')).toBe('612');
  });
});

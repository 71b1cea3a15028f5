/**
 * A "how many" question's count is not rivalled by a sentence of its report counting by no number (src/search/leads.ts,
 * numberless): "He wanted *a lot of radios*" says there were some, not how many, beside the drop's "Radios 500".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a count beside a count by no number in its report', () => {
  it('quotes the drop list for how many radios went to Naray', () => {
    const asked = answerOf('how many radios went to naray');
    expect(asked.answer?.text).toMatch(/Radios 500/);
  });

  it('still declines where the report gives no number of what is asked', () => {
    const asked = answerOf('How many people turned up to hear General Mulakhel in Laswanday?');
    expect(asked.answer).toBeNull();
  });
});

/**
 * Dying said by English's idiom (issue 11): "how many … lost their lives" counts the dead as "how many … died" does,
 * so a sentence counting the killed answers it and a count of the injured beside them does not.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('"lost their lives" counted as the dead', () => {
  it('quotes the Shingar report counting the local nationals killed', () => {
    const asked = answerOf('How many people lost their lives in the Shingar attack near FOB Naray?');
    expect(asked.answer?.report.id).toBe('F3A3B1A2-7912-4D70-9418-297B5D94F205');
    expect(asked.answer?.text).toMatch(/^Three of the four local nationals were killed/);
  });
});

/**
 * A near-tie between two sentences of one report is broken by the word of the question only one of them says
 * (ties.ts): the report names its scene in several sentences, the fact asked in one alone.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a near-tie broken by the word only one sentence says', () => {
  it('quotes when the all clear was given, not when the rockets hit ("At 1222z the all clear was given.")', () => {
    const question = 'what time was the all clear given after the rocket attack on orgun-e';
    expect(answerOf(question).answer?.text).toBe('At 1222z the all clear was given.');
    expect(marked(question)).toBe('At 1222z');
  });
});

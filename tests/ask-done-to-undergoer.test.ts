/**
 * "How did X die / end up …?" (kinds.ts asksChange): a change that came over X is told by the act done to X, X or the
 * role it had the passive's subject, in a sentence that never says the question's verb.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the act done to the one the question asks how it changed', () => {
  it('quotes the back seat passenger tossed out of the Wolf as how the back-seat soldier died', () => {
    const question = 'How did the back-seat soldier die in the Wolf accident during OP Ghazna?';
    expect(marked(question)).toBe('tossed out of the vehicle');
    expect(answerOf(question).answer?.report.id).toBe('GER-0093');
  });

  it('quotes what the shell was brought in with, through the relative "that", as how it ended up there', () => {
    const question = 'How did the unexploded shell end up near the runway?';
    expect(marked(question)).toMatch(/brought in with a load of sand/);
    expect(answerOf(question).answer?.report.id).toBe('GER-0046');
  });
});

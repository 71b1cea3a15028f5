/**
 * "What did X fail to V to?": a verb denying the act ("fail", "neglect", "refuse") takes it as its complement, so what
 * is asked is what V acts on, after the preposition the question strands (question.ts DENYING, strandedJoin), in a
 * sentence telling the act as not done ("did not react to the signs"), which the question's denial lets answer.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('what an act failed to be done to, after its stranded preposition', () => {
  it('marks what the motorcyclist did not react to, asked with "fail to"', () => {
    expect(marked('What did the motorcyclist on LOC Litschi fail to react to?')).toBe('the signs');
  });

  it('marks it asked with "not" too, after the preposition the question strands', () => {
    expect(marked('What did the motorcyclist at the Litschi checkpoint not react to?')).toBe('the signs');
  });
});

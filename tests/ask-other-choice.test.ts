/**
 * A yes/no question offering another choice ("secret or just confidential") is answered by a sentence telling the
 * first (src/search/stated.ts, otherChoiceFrom): it need not name the other.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a yes/no question offering another choice', () => {
  it('quotes the FRAGO classed SECRET for "secret or just confidential"', () => {
    const asked = answerOf('is frago 199 secret or just confidential');
    expect(asked.answer?.text).toMatch(/FRAGO 199 to OPORD 05-08 is SECRET/);
  });

  it('still declines when the first choice is not what the sentence tells', () => {
    expect(answerOf('is frago 199 confidential or something else').answer).toBeNull();
  });
});

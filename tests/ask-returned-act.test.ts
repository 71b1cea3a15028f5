/**
 * A rival telling the question's act done in return (issue 11): "ANA … fired with two (2) rounds mortar *back*" is the
 * reply to the mortar fire the protection company came under, another side's act, no other count of the rounds fired
 * at the company.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an act told as done in return does not rival the act first done', () => {
  it('answers how many mortar rounds were fired at the protection company, not the rounds fired back', () => {
    expect(answerOf('How many mortar rounds were fired at the protection company in Nawabad?').answer?.text).toContain(
      'was attacked with four (4) rounds of mortar fire',
    );
    expect(marked('How many mortar rounds were fired at the protection company in Nawabad?')).toContain('4');
  });
});

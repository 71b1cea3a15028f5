/**
 * An order's release marking ("FRAGO 203 to OPORD 05-08 is SECRET//REL to USA, AUS, BHR, …") says only how secret its
 * order is and who may have it (released.ts `marksUnasked`): a question not naming that order is not answered from it,
 * though the marking lists the nation it asks of, as "what is the capital of Australia?" would be by "OPORD 05-08".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a release marking answers only of the order it marks', () => {
  it('answers no question of a nation it lists that names no order', () => {
    expect(answerOf('What is the capital of Australia?').answer).toBeNull();
    expect(answerOf('what is the capital of bahrain').answer).toBeNull();
  });

  it('still answers whether a nation may have the order it marks', () => {
    expect(marked('is frago 203 releasable to bahrain')).toBe('BHR');
  });
});

/**
 * A possessive may stand between "to", "in", "at"… and the place as an article does (places.ts prepositionOf): "back
 * to *his* village", "return to *his* home" say where, as "to the village" does.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a place after a possessive', () => {
  it('answers where the detainee was released to by his village, not a task force', () => {
    const question = 'Where was Musa Khan released to?';
    expect(answerOf(question).answer?.text).toBe(
      'One detainee, Musa Khan, was released back to his village last week.',
    );
    expect(marked(question)).toBe('village');
  });

  it('answers where the Director of Tribal Affairs went by his home', () => {
    const question = 'Where did the Director of Tribal Affairs go after the event?';
    expect(answerOf(question).answer?.report.id).toBe('A6CE8E85-6B84-4826-B5D1-81AF76F465D2');
    expect(marked(question)).toBe('home');
  });
});

/**
 * Another report rivals the best only when it may hold the answer (issue 11): one telling nothing of the act a
 * question asks who or what underwent ("who *was killed*…?") holds no one who underwent it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a report telling nothing of a passive act asked is no rival', () => {
  // Not passive, so this reading leaves its rivals alone; the police counted as ANP (ask-counted-abbreviations) answer.
  it('leaves an active question to its other readings', () => {
    expect(marked('How many police will man the renovated station near FOB Tagab?')).toMatch(/30/);
  });

  it('answers who was killed in a raid another report tells without any killing', () => {
    expect(marked('Who was killed in the Objective Wolf raid?')).toBe('1 child, 1 woman, 5 males');
  });

  it('keeps declining where the rival report may hold the answer or the act is not passive', () => {
    expect(answerOf('Which city were the bombers supposed to strike?').answer).toBeNull();
    expect(answerOf('What injury did the child hit by the German Fuchs have?').answer).toBeNull();
  });
});

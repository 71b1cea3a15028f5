/**
 * A bracket set beside the X a "what X" question asks names it up to the word WordNet knows as a kind of X, past its
 * article: "A civilian car (*a white Jeep* plate number UNK)" — a Jeep is a car; the plate number tells another thing.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a bracket naming X up to a kind of X', () => {
  it('answers "what car came too fast" by the Jeep, its plate number left out of the mark', () => {
    const question = 'What car came too fast at the convoy at Camp Warehouse?';
    expect(answerOf(question).answer?.text).toContain('A civilian car (a white Jeep plate number UNK)');
    expect(marked(question)).toBe('white Jeep');
  });

  it('still declines another kind asked of that convoy: a truck', () => {
    expect(answerOf('What truck came too fast at the convoy at Camp Warehouse?').answer).toBeNull();
  });
});

/**
 * The word "grid" before a map reference's numbers (kinds.ts gridLabel, issue 11): "at *grids* 15490 21706" places the
 * event, and names no thing of a kind a "what X" question asks, though WordNet files a rarer sense of "grid" (a
 * battery's metal plate) under "plate".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"grid" labelling a map reference is no instance of a kind asked', () => {
  it('does not answer a car\'s plate by "grids 15490" of the warning shot\'s report', () => {
    expect(marked('whats the plate on the blue nissan patrol in pd-10')).toBeUndefined();
    expect(answerOf('what was the plate of the blue nissan patrol pickup?').answer?.span).toBeUndefined();
  });
});

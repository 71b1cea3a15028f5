/**
 * "What hit X?" answered by what the hit did to X (issue 11): the War Diary tells what hit a thing by the damage it
 * did ("the office damaged by one RPG round", "the building that had been destroyed by the Hellfire"), where askers
 * ask what hit or struck it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"what hit X?" answered by the doer of the damage', () => {
  it('reads "damaged by" for "hit": the office damaged by one RPG round', () => {
    expect(marked('What really hit the DWHH office in Taloqan?')).toBe('one RPG round');
  });

  it('reads "destroyed by" for "struck": the building destroyed by the Hellfire', () => {
    expect(marked('What struck the building that the PAX were in?')).toBe('the Hellfire');
  });
});

/**
 * "Who in the convoy fired…?" (issue 11): the phrase a preposition takes right after "who" says among whom the one
 * asked is; it is no subject of the verb, so the question asks the doer of the firing, not whom it was aimed at.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"who in X V-ed?" asking the doer', () => {
  it('answers "who in the convoy fired…?" by who fired', () => {
    expect(marked('who in the convoy fired the mg burst at the white jeep on h7')).toBe('A member of the last vehicle');
  });

  it('reads "who among the convoy" alike', () => {
    expect(marked('who among the convoy fired a burst at the jeep')).toBe('A member of the last vehicle');
  });
});

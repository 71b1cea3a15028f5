/**
 * The particle of a verb of two words WordNet knows is the verb's, no preposition left standing (src/search/gates.ts,
 * strandedVerb): "who *linked up* with the flipped Dingo?" asks who linked up, its "with" taking the Dingo, and "the
 * HRV Patrol *linked up* the DINGO" names the doer; "who were the warning shots *fired at* near Camp Warehouse?" still
 * asks whom they were fired at, not the "GER c/s" who fired them.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a phrasal verb followed by a preposition with its object', () => {
  it('answers who linked up with the Dingo by its doer', () => {
    expect(marked('who linked up with the flipped dingo in bluebox')).toBe('HRV Patrol');
  });

  it('still declines the firer for a question stranding its preposition', () => {
    const asked = answerOf('Who were the warning shots fired at near Camp Warehouse?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });
});

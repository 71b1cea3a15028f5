/**
 * "How badly was X hurt/damaged?" answered by a clause whose subject points back to X as the War Diary does, "the" and
 * a common noun ("an APC DINGO slipped off the road … *The vehicle* was slightly damaged"): conditions.ts pointsBack
 * reads it as it reads a pronoun.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"the N" as a clause\'s subject points back to the one asked of', () => {
  it('marks how badly "the vehicle" was damaged, for the Dingo named before', () => {
    expect(marked('How badly was the OMLT Dingo damaged on the way to Zibak?')).toBe('slightly damaged');
  });

  it('marks how badly "the soldier beside" was hurt, for the man next to the discharge', () => {
    expect(marked('How badly was the man next to the negligent MP7 discharge hurt?')).toBe(
      'lightly injured (crack trauma, likely CAT D)',
    );
  });
});

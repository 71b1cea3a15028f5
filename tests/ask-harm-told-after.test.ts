/**
 * "How badly was X damaged / hurt?" is answered by the sentence after the one naming X, calling it by its class as
 * its subject ("The vehicle was slightly damaged", "The soldier beside was lightly injured"): conditions.ts, pointsBack.
 * A clause naming someone else by a count or a name still says another's harm.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a harm told of the one named before, by its class', () => {
  it('reads "The vehicle was slightly damaged" for the OMLT Dingo', () => {
    expect(marked('how badly was the omlt dingo damaged going to zibak')).toBe('slightly damaged');
  });

  it('reads "The soldier beside was lightly injured" for the guy next to the discharge', () => {
    expect(marked('how badly was the guy next to the MP7 discharge hurt')).toBe(
      'lightly injured (crack trauma, likely CAT D)',
    );
  });
});

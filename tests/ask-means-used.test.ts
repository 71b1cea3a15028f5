/**
 * A using is told by the means a sentence names (acts-said.ts, namesMeans): "INF Coy requested reconnaissance *via UAV
 * KZO*" says what the infantry company used, though no "use" stands in it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a thing used, told as the means of an act', () => {
  it('answers "what drone did they use?" by the drone after "via"', () => {
    expect(marked('Which drone did the infantry company use near the destroyed bridge over the Kunduz river?')).toBe(
      'KZO',
    );
  });
});

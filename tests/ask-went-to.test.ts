/**
 * "Where was X V-ed?" of an act that moves no one (issue 11) is not answered by the place a movement ended at: "has
 * been taken to the local hospital" says where the driver went, not where he was hit.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a place after "to" a verb of motion answers only where someone went', () => {
  it('declines where the driver was hit, rather than quote the hospital he was taken to', () => {
    const asked = answerOf('Where was the NDS driver hit by the warning shot?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });

  it('still answers where he was taken by that place', () => {
    expect(marked('Where was the NDS driver taken?')).toContain('hospital');
  });
});

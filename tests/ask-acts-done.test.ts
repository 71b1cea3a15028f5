/**
 * "What did S do (to X)?" questions answered by the act a sentence says (slots.ts actsDone): the act done to the thing
 * asked of, not the clause bringing the thing in as new.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an act on the thing asked of, a later phrase describing it', () => {
  it('reads "tried to break into the column comprising of two DEU RECCE vehicles" as what the motorcycle tried', () => {
    expect(marked('What did the motorcycle try to do to the German recce column?')).toMatch(/break into the column/);
    expect(answerOf('What did the motorcycle try to do to the German recce column?').answer?.report.id).toBe(
      'GER-0100',
    );
  });
});

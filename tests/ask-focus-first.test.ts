/**
 * A near-tie between two answers of one kind in one report, broken for the one its sentence calls by the "which X"
 * question's noun (src/search/ties.ts, focusFirst): "SAID RAHMAN THE REGIONAL ARABAKI *MILITIA LEADER* WAS KIA" answers
 * "which militia leader was killed…?", not "CHIEF OF DEU FOREIGN OFFICE *PRT KDZ* REPORTED AN IED STRIKE".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a "which X" answer the report calls an X', () => {
  it('goes before a name of its kind the report does not call one', () => {
    const question = 'Which militia leader was killed in the bomb attack reported by the German foreign office?';
    expect(answerOf(question).answer?.text).toMatch(/^SAID RAHMAN THE REGIONAL ARABAKI MILITIA LEADER WAS KIA/);
    expect(marked(question)).toBe('RAHMAN');
  });

  it('does not put a count first: every record of a form names its count', () => {
    expect(answerOf('what was the count at btif after those 7 detainees came in nov 09').answer).toBeNull();
  });

  it('puts first the sentence calling its answer a way before the place the report named first', () => {
    expect(answerOf('which way did the corolla go after the mg burst').answer?.text).toMatch(/TOYOTA-vehicle withdrew/);
    expect(marked('which way did the corolla go after the mg burst')).toBe('northern direction');
  });
});

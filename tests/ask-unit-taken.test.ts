/**
 * A unit's number after a preposition counts nothing, whatever follows it (src/search/counts.ts, unitNumbered): "1X
 * Detainee transfer from *TF 373* into the BTIF" tells no total for "how many were at btif", nor does "from TF 3-73".
 * A form's count before its fate ("NATO/ISAF *1* Died of Wounds") still counts.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a unit's number taken by a preposition", () => {
  it('answers how many the facility held by its headcount, not by the task force', () => {
    expect(marked('quick q: how many were at btif after they issued 20025')).toBe('643');
  });

  it("leaves a form's count before its fate answering", () => {
    const answer = answerOf('How many Afghans died of wounds near Meng Derakht?').answer;
    expect(answer?.text.slice(answer.span?.[0] ?? 0)).toMatch(/^1 Died/);
  });
});

/**
 * A number after a unit's abbreviation with nothing after it but the clause's end names the unit, counting nothing a
 * "how" question asks (src/search/counts.ts, unitNumbered): "by TF *373*." is no amount of detainees. A form's count
 * before its fate ("NATO/ISAF *1* Died of Wounds") still counts.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a unit's number", () => {
  it('is no answer to how full the facility was', () => {
    expect(marked('how full was btif after 20078 20079 20080') ?? '').not.toMatch(/373/);
  });

  it("leaves a form's count before its fate answering", () => {
    const answer = answerOf('How many Afghans died of wounds near Meng Derakht?').answer;
    expect(answer?.text.slice(answer.span?.[0] ?? 0)).toMatch(/^1 Died/);
  });
});

/**
 * "Who did it?" answered by a phrase a relative clause follows (issue 11): "convoy commander, *who ordered* to … fire a
 * warning shot" names the doer of the ordering, though the act stands in another clause than the phrase's own.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a subject relative names its antecedent the doer of its verb', () => {
  it('answers "who ordered…?" by the phrase before ", who ordered"', () => {
    expect(marked('Who ordered the gunner to fire a warning shot at the pickup?')).toContain('commander');
  });

  it("still declines when the best sentence is another of the report, its doer not the asked act's", () => {
    expect(answerOf('Who ordered the German convoy to fire a warning shot near Camp Mike Spann?').answer).toBeNull();
  });

  it('reads no doer for a question asking whom the act was done to: "BASHIR, WHO IS…" stays the one wounded', () => {
    expect(marked('Who was wounded on Objective White?')).toContain('BASHIR');
  });
});

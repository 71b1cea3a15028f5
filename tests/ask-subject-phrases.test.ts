/**
 * A yes/no question's subject said which one by phrases after its head noun (issue 11): "was the INS KIA *from the
 * SVBIED on the OMLT* ever confirmed?" asks of the kill the report of that strike tells, as a relative clause after the
 * head would say which; the sentence stating the predicate need not repeat the phrases, its report holding them.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe("a yes/no question's subject told which by phrases after its head", () => {
  it('quotes the sentence stating the predicate in the report holding the phrases', () => {
    const answer = answerOf('was the ins kia from the svbied on the omlt ever confirmed').answer;
    expect(answer?.report.id).toBe('GER-0022');
    expect(answer?.text).toContain('1x INS killed (not confirmed)');
  });

  it('still declines a yes/no question no sentence states', () => {
    expect(answerOf('was the ins kia from the svbied on the omlt ever buried').answer).toBeNull();
  });
});

/**
 * The label of the question's own numbers is no answer (issue 11): "*ISN*'s 20049, 20050, and 4241 issued" names the
 * numbers "what was the facility count once 20049 20050 and 4241 were in" gives, as "Headcount is *708*" restates a
 * headcount it gives; the headcount after it answers.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the label of numbers the question gives', () => {
  it('marks the headcount once ISNs 20049, 20050 and 4241 were issued, not "ISN"', () => {
    const question = 'what was the facility count once 20049 20050 and 4241 were in';
    expect(answerOf(question).answer?.report.id).toBe('E6287809-1517-911C-C58AE2D3F75FCDF3');
    expect(marked(question)).toBe('701');
  });
});

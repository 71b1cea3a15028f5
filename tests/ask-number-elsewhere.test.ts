/**
 * A number the question names one thing by ("when *20088* came in") says which report it is about, as a name does
 * (gates numberElsewhere): a best whose report never writes it, while another report read does, tells of another event.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a number naming one thing the best report never writes', () => {
  it('declines another transfer\'s hospital line ("1 X Detainee in Bagram CSH") for the one ISN 20088 came in', () => {
    const asked = answerOf('how many detainees were in the bagram hospital when 20088 came in');
    expect(asked.answer).toBeFalsy();
    // The ISN now keeps only the reports writing it (candidates.ts ofNumbersAsked): the other transfer's line is not
    // even weighed, and the closest passages open with the report of 20088.
    expect(asked.closest[0]?.passage.text).toContain('20088');
    expect(asked.considered.some((c) => c.text.includes('Bagram CSH'))).toBe(false);
  });

  it('still answers from the report writing the ISNs the question names', () => {
    const asked = answerOf('What was the total detainee headcount after ISNs 20091 and 20092 came in?');
    expect(asked.answer?.report.id).toBe('9850466C-1517-911C-C576A31ACB35AA4D');
  });
});

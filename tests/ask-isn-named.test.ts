/**
 * An ISN picks its detention log (issue 11): the logs are near-identical from day to day ("1 x Detainee Transferred
 * into BTIF from TF 373. ISN 4242 is assigned."), and the number the question names tells the one asked, as a day does.
 * A verb a step from the asker's ("handed over": to pass, to transfer) is said by the log's verb, not by the adjective
 * spelled like another ("703 assigned / 703 *present*").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a detention log picked by the ISN asked', () => {
  it('quotes the unit the detainee given ISN 4242 came from', () => {
    const asked = answerOf('who handed over isn 4242');
    expect(asked.answer?.report.id).toBe('EF015CC7-1517-911C-C56BFF8BFEFBF942');
    expect(marked('who handed over isn 4242')).toBe('TF 373');
  });

  it("quotes the unit of the log naming ISN 20043, not another day's", () => {
    const asked = answerOf('who turned over isn 20043');
    expect(asked.answer?.report.id).toBe('93558CB5-1517-911C-C5153EE39B2FC1FD');
    expect(marked('who turned over isn 20043')).toBe('TF 373');
  });
});

/**
 * The day a question names sets aside the reports not writing it, when one does: the detention logs are near-identical
 * from day to day, and a report of another day (or of none it writes) holding more of the question's words tells
 * another event.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('the day a question names', () => {
  it('quotes the transfer log of "202035ZJUN09", not the search report of that month holding "one" and "2 X PAX"', () => {
    const { answer } = answerOf('what isn did the one tf373 detainee get on 20 june 09');
    expect(answer?.report.id).toBe('0005EC01-1517-911C-C58C0373E1CDE68F');
    expect(answer && answer.text.slice(...answer.span!)).toBe('4068');
  });

  it('is not rivalled by the other TF 3-73 transfers of August 2009, which write no day', () => {
    const { answer } = answerOf('how many detainees came from tf 3-73 on 17 aug 09');
    expect(answer?.text).toBe('2x detainee transferred to the BTIF from TF 3-73 at 171750ZAUG09.');
  });
});

/**
 * A count asked over a month, tied by a clause of its own to one moment ("… in September 2009 *when ISN 20022 was
 * assigned*?"), is that one event's count, not the month's total (src/search/period-count.ts atMoment): the period says
 * only when it was, and the report telling that event answers, though others of the month tell other transfers.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count over a period tied to one moment', () => {
  it('answers the one event a "when" clause names', () => {
    expect(marked('How many detainees did TF 373 transfer in September 2009 when ISN 20022 was assigned?')).toBe(
      '1X Detainee',
    );
    expect(marked('How many detainees did TF 373 hand over in September 2009 when ISN 20022 was issued?')).toBe(
      '1X Detainee',
    );
  });

  it('still declines the month asked with no clause, whose total no one report tells', () => {
    expect(answerOf('How many detainees did TF 373 send to the BTIF in July 2007?').declined).toBe('other-report');
  });
});

/**
 * The day a question names, read against the reports' date-time groups ("on 11 September 2009" is the day of
 * "110302ZSEP09").
 */
import { describe, expect, it } from 'vitest';
import { dayNamed } from '../src/search/dates.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('the day a question names', () => {
  it('is read in the forms askers write it', () => {
    expect(dayNamed('How many detainees were moved into the BTIF on 11 September 2009?')).toBe('2009-09-11');
    expect(dayNamed('What happened on Sept 11, 2009 at the BTIF?')).toBe('2009-09-11');
    expect(dayNamed('How many were moved in September 2009?')).toBeUndefined();
  });

  it('finds the report of that day, which says it only in a date-time group', () => {
    expect(answerOf('How many detainees were moved into the BTIF on 11 September 2009?').answer?.text).toBe(
      'Two (2) detainees were transferred into the BTIF on 110302ZSEP09 from TF 373.',
    );
  });

  it('finds the report of "172043ZJUN09" among those alike of the next day ("182032ZJUN09")', () => {
    expect(answerOf('How many detainees did TF 373 transfer to the BTIF on 17 June 2009?').answer?.text).toMatch(
      /^2x detainees/,
    );
  });

  it("finds it among a month of reports alike in words (the detention facility's transfers)", () => {
    expect(answerOf('How many detainees did TF 373 bring to the BTIF on 30 October 2009?').answer?.text).toBe(
      '1x detainee was transferred into the BTIF from TF 373 on 301143ZOCT09.',
    );
  });
});

/**
 * A month a question names with no day reads that month's reports naming every name it gives, when none read is of
 * that month: the War Diary writes the month only in date-time groups, and the BTIF's look-alike logs of other months
 * bury the one asked about. Its month says which report, as a name does.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('the month a question names', () => {
  it("reads November 2008's transfer of four TF 373 detainees, which no word of the question finds", () => {
    const { answer } = answerOf('Which ISNs were given to the 4 detainees TF 373 sent to the BTIF in Nov 2008?');
    expect(answer?.report.id).toBe('9E4BB5A3-C7C1-9B5E-68DA4CE742EBCC68');
    expect(answer && answer.text.slice(...answer.span!)).toBe('3814');
  });

  it('reads none of the month naming another task force than the one asked', () => {
    const { answer } = answerOf('Which ISN was given to the detainee from TF Paladin in October 2009?');
    expect(answer).toBeNull();
  });

  it('adds none when a report read is of the month already', () => {
    const { answer } = answerOf('when did the two tf 373 detainees go into btif in sept 07');
    expect(answer?.report.id).toBe('854565CA-E239-4981-B5B6-82E0D8C79BDA');
  });
});

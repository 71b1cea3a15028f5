/**
 * A number of the question with no noun after it to count names one thing (src/search/weighed.ts, countsUnit): the
 * asker names a detainee by his serial alone ("which tf sent 4200 and 4201"), and the report writes it as asked
 * ("ISN's 4200 and 4201 issued"), so it is what the question is about, its main word. A number before a noun in the
 * plural still counts it ("with five RPGs"), and one alone after a verb is the value it reaches ("the count hit 700").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('numbers named alone', () => {
  it('reads serials listed together as the detainees asked of', () => {
    expect(marked('anyone know which tf sent 4200 and 4201')).toBe('373');
    expect(answerOf('which task force sent over 20066 and 20067').answer?.text).toBe(
      "2x Detainees transferred into BTIF by TF 373. ISN's 20066 and 20067 issued.",
    );
  });

  it('reads a serial before its verb as named', () => {
    expect(marked('how many detainees did tf 373 move over when 20020 was issued')).toBe('1 X Detainee');
  });
});

describe('numbers that count', () => {
  it('counts the noun in the plural after it', () => {
    expect(marked('How many insurgents attacked the Fennek recce squad with five RPGs?')).toBe('10-12 x INS');
  });

  it('reads a number alone after a verb as the value reached, naming nothing', () => {
    expect(answerOf('what isn did tf 373 give out when the count hit 700').answer).toBeFalsy();
  });
});

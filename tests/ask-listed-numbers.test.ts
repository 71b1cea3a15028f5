/**
 * Numbers the question lists ("4177 4178 and 20026", "4252 to 4255") name one thing each, as a name does
 * (src/search/weighed.ts, listed): a count stands alone before what it counts ("3 X Detainees"), and the detention log
 * numbers each detainee ("ISN 4177, 4178 and 20026 issued"). Like a name, the numbers then tell which report the
 * sentences after them go on telling.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('numbers listed in a question', () => {
  it('tells who handed over the detainees the numbers name', () => {
    expect(answerOf('who handed over 4177 4178 and 20026').answer?.text).toMatch(/Detainees transferred into BTIF/);
    expect(marked('who handed over 4177 4178 and 20026')).toMatch(/TF 373/);
  });

  it('tells where the detainees given a range of numbers were taken', () => {
    expect(marked('where were the 4226 and 4227 guys transferred')).toMatch(/BTIF/);
  });

  it('leaves a count the headcount reached a count: "when btif went to 684"', () => {
    expect(answerOf('what numbers did the 3 uecs get when btif went to 684').answer?.text).toMatch(/ISN's 4229/);
  });
});

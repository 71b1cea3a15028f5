/**
 * A count asked over a month or a year is the period's total (issue 11): one report's count tells one event of it, so
 * when another report of the period tells another part, the answerer declines rather than state a part as the total.
 */
import { describe, expect, it } from 'vitest';
import { periodNamed } from '../src/search/period-count.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count asked over a period', () => {
  it('reads the month or year named after "in", never a day', () => {
    expect(periodNamed('How many detainees did TF 373 send to the BTIF in July 2007?')).toMatchObject({
      start: '2007-07-01',
      end: '2007-07-31',
    });
    expect(periodNamed('How many detainees were moved into the BTIF on 11 September 2009?')).toBeUndefined();
  });

  it('declines one report of the month when another of it tells a part of the total', () => {
    const asked = answerOf('How many detainees did TF 373 send to the BTIF in July 2007?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('other-report');
  });

  it('answers a month one report alone tells', () => {
    expect(marked('How many detainees did TF 373 transfer to the BTIF in September 2007?')).toBe('2x detainees');
  });

  it('answers a count of one event the question defines, its verb "be" a state', () => {
    expect(
      answerOf('How many mortar fuses were in the cache a local turned in to TF Titan in November 2006?').answer?.text,
    ).toMatch(/10x mortar fuses/);
  });
});

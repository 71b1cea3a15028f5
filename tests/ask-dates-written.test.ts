/**
 * Dates as askers write them (issue 11): "on 30 oct 2009", "in sept 07", "2/19/09" are read in the words a report's
 * date is put in ("30 October 2009"), so the question's day is held by the report of that day.
 */
import { describe, expect, it } from 'vitest';
import { datesInWords, dayNamed } from '../src/search/dates.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a date as an asker writes it, read as a report date in words', () => {
  it('reads abbreviated months, ordinals, two-digit years and US slashes as one day', () => {
    expect(datesInWords('on 19 feb 2009')).toBe('on 19 February 2009');
    expect(datesInWords('the 27th of sept 07')).toBe('the 27 September 2007');
    expect(datesInWords('dec 30th, 2007')).toBe('30 December 2007');
    expect(dayNamed(datesInWords('on 2/19/09'))).toBe('2009-02-19');
  });

  it('reads a month with its year, a two-digit year only after "in"', () => {
    expect(datesInWords('in sept 07')).toBe('in September 2007');
    expect(datesInWords('oct 2009')).toBe('October 2009');
    expect(datesInWords('on sept 07')).toBe('on sept 07');
  });

  it('leaves a date with no year as written, and names no day no calendar has', () => {
    expect(datesInWords('dec 30th')).toBe('dec 30th');
    expect(dayNamed(datesInWords('on 31 feb 2009'))).toBeUndefined();
  });
});

describe('a day written short finds the report of that day', () => {
  it('answers "on 30 oct 2009" by the ISN issued that day', () => {
    expect(marked('what isn was given out on 30 oct 2009')).toBe('4217');
  });

  it('still declines a day no report of the kind is of', () => {
    expect(answerOf('what isn was given out on 3 oct 2004').answer).toBeNull();
  });
});

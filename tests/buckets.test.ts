/** Counting reports over time: every date in exactly one bucket, no gap in the axis, a sensible unit picked. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketsOf, MAX_BARS, pickUnit, type TimeUnit } from '../src/desk/buckets.ts';

const UNITS: TimeUnit[] = ['day', 'week', 'month', 'year'];
const sum = (buckets: { count: number }[]) => buckets.reduce((s, b) => s + b.count, 0);

/** A day or a month between 1990 and 2030, as the corpus stores dates. */
const storedDate = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 7)),
);

describe('bucketsOf', () => {
  it('puts every date in the one bucket that holds it, with every bucket between first and last', () => {
    fc.assert(
      fc.property(
        fc.array(storedDate, { minLength: 1, maxLength: 60 }),
        fc.constantFrom<TimeUnit>('week', 'month', 'year'),
        (dates, by) => {
          const buckets = bucketsOf(dates, by);
          expect(sum(buckets)).toBe(dates.length);
          for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.start).toBe(bucketEnd(buckets[i - 1]!.start, by));
          for (const date of dates) {
            const day = date.length === 7 ? `${date}-01` : date;
            const holding = buckets.filter((b) => b.start <= day && day < bucketEnd(b.start, by));
            expect(holding).toHaveLength(1);
            expect(holding[0]!.count).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('starts weeks on Monday, months on the 1st, years on 1 January', () => {
    const dates = ['2008-01-06', '2008-01-07', '2008-02-29', '2009-12-31'];
    expect(bucketsOf(dates, 'week')[0]).toEqual({ start: '2007-12-31', count: 1 });
    expect(bucketsOf(dates, 'week')[1]).toEqual({ start: '2008-01-07', count: 1 });
    expect(
      bucketsOf(dates, 'month')
        .map((b) => b.start)
        .slice(0, 3),
    ).toEqual(['2008-01-01', '2008-02-01', '2008-03-01']);
    expect(bucketsOf(dates, 'year')).toEqual([
      { start: '2008-01-01', count: 3 },
      { start: '2009-01-01', count: 1 },
    ]);
  });

  it("counts a month-precision date on its month's first day, in the week holding that day", () => {
    expect(bucketsOf(['2008-09', '2008-09-01', '2008-09-03'], 'day')).toEqual([
      { start: '2008-09-01', count: 2 },
      { start: '2008-09-02', count: 0 },
      { start: '2008-09-03', count: 1 },
    ]);
    // 1 September 2008 was a Monday; 1 March 2009 a Sunday, in the week from 23 February.
    expect(bucketsOf(['2008-09'], 'week')).toEqual([{ start: '2008-09-01', count: 1 }]);
    expect(bucketsOf(['2009-03'], 'week')).toEqual([{ start: '2009-02-23', count: 1 }]);
  });

  it('gives no buckets for no dates', () => {
    for (const by of UNITS) expect(bucketsOf([], by)).toEqual([]);
  });

  it('refuses a malformed date with a clear message', () => {
    for (const bad of [
      '',
      '2008-13-01',
      '2008-02-30',
      '08-01-01',
      '2008-1-1',
      '<script>',
      '2008-01-01T00:00',
      'x'.repeat(100_000),
    ]) {
      expect(() => bucketsOf([bad], 'month'), bad.slice(0, 20)).toThrow(/Not a date/);
    }
    expect(() => bucketsOf(['2008-01-01', 'x'.repeat(100_000)])).toThrow(
      /^Not a date \(YYYY-MM-DD or YYYY-MM\): "x{40}"$/,
    );
  });

  it('refuses more bars than a chart can hold', () => {
    expect(() => bucketsOf(['1990-01-01', '2030-01-01'], 'day')).toThrow(`more than ${MAX_BARS}`);
    expect(bucketsOf(['1990-01-01', '2030-01-01'], 'week').length).toBeLessThanOrEqual(MAX_BARS);
  });
});

describe('pickUnit', () => {
  it('picks the finest unit that keeps the bars readable', () => {
    expect(pickUnit(['2008-01-01', '2008-03-01'])).toBe('day');
    expect(pickUnit(['2008-01-01', '2008-12-31'])).toBe('week');
    expect(pickUnit(['2004-01-01', '2009-12-31'])).toBe('month');
    expect(pickUnit(['1900-01-01', '2009-12-31'])).toBe('year');
    expect(pickUnit(['2008-01-01'])).toBe('day');
    expect(pickUnit([])).toBe('month');
  });

  it('never picks finer than a month when no date has a day', () => {
    expect(pickUnit(['2008-01', '2008-02'])).toBe('month');
    expect(pickUnit(['2008-01', '2008-01-15'])).toBe('day');
  });

  it('keeps its bars within the readable count, whatever the dates', () => {
    fc.assert(
      fc.property(fc.array(storedDate, { minLength: 1, maxLength: 40 }), (dates) => {
        const by = pickUnit(dates);
        expect(bucketsOf(dates, by).length).toBeLessThanOrEqual(by === 'year' ? 41 : 240);
      }),
    );
  });
});

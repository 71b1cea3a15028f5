/**
 * A question typed in lower case stays one when its dates are written out in the reports' words (dates.ts
 * datesInWords: "20 december 2009" is "20 December 2009"): a month's capital tells nothing of the case its asker meant
 * (written-case.ts typedCased), so its other words are still read in the reports' case: "the us tif-a" is the US one.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked, index } = sampleAndArticleAnswerer();

describe("a lower-case question with a month's name", () => {
  it('reads its other words in the reports’ case: "us" after "the" is the US', () => {
    expect(inWrittenCase(index(), 'what was the us tif-a count on 20 December 2009')).toBe(
      'what was the US tif-a count on 20 December 2009',
    );
  });

  it('answers the count it asks, typed in lower case', () => {
    expect(marked('what was the us tif-a count on 20 december 2009')).toMatch(/^527/);
  });

  it('still reads a question with capitals of its own, beside the month, as typed', () => {
    const typed = 'What was the us TIF-A count on 20 December 2009?';
    expect(inWrittenCase(index(), typed)).toBe(typed);
  });
});

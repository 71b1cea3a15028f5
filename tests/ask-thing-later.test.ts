/**
 * A "what / which X" question asking a thing, whose best sentence names none (typed.ts answeredBelow): the War Diary
 * tells the event first and what it befell in a line of its own further down the report, past more lines of the
 * timeline than a sentence close after the best (issue 11, askers' own words).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a thing asked, named further down the best's report", () => {
  it('quotes the later update naming the vehicle damaged ("1x *MUNGO* heavily damaged")', () => {
    const asked = answerOf('What vehicle was damaged in the SVBIED strike at Kunduz?');
    expect(asked.answer?.report.id).toBe('GER-0023');
    expect(asked.answer?.text).toContain('1x MUNGO heavily damaged');
    expect(marked('What vehicle was damaged in the SVBIED strike at Kunduz?')).toBe('MUNGO');
  });
});

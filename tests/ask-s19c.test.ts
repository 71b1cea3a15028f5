/**
 * Look-alike War Diary reports (issue 11, the 'other-report' gate): many events told in one form, told apart only by
 * their names, numbers and days. A question that does not say which must decline; one naming the day reads it in the
 * reports' date-time groups.
 */
import { describe, expect, it } from 'vitest';
import { daysWritten } from '../src/search/dates.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("another report in the best's words, naming another answer, is a rival", () => {
  it('declines a headcount every BTIF transfer gives in the same words ("…is 691…", "…is 643…")', () => {
    const asked = answerOf('What was the new facility headcount after the transfer?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
  });

  it('keeps a retelling in the best\'s own report the story going on, not a rival ("an additional 4x EKIA")', () => {
    expect(marked('How many enemy fighters did TF Titan kill near the overwatch position?')).toBe('3x EKIA');
  });

  it('declines where Team B of CAT-A went, the summaries of two days saying it alike but for the place', () => {
    const asked = answerOf('Where did Team B of CAT-A go for leader engagements?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-report']);
    expect(asked.closest.map((c) => c.hit.report.id)).toEqual(
      expect.arrayContaining(['A6CE8E85-6B84-4826-B5D1-81AF76F465D2', 'B1243D63-11A3-42FE-B4D2-4F91E9F8B1F9']),
    );
  });

  it('keeps one of a story the question rules out no rival: "in July 2007" is not the September transfer', () => {
    const question =
      'When did the three detainees from TF 373 reach the Bagram Theater Internment Facility in July 2007?';
    expect(marked(question)).toBe('122033ZJUL07');
  });
});

describe("a report's date-time groups name its days", () => {
  it('reads the forms the reports write them in, each day once', () => {
    const text = 'at 172043ZJUN09; 201530Z Oct 06, 131245D*JUN09 and 111600LTAPR09, 100152OCT2006, again 172043ZJUN09';
    expect(daysWritten(text)).toEqual(['2009-06-17', '2006-10-20', '2009-06-13', '2009-04-11', '2006-10-10']);
    expect(daysWritten('Unit: PRT SHARANA DTG: 2007-10-06')).toEqual(['2007-10-06']);
  });

  it('reads no day in a clock time, a grid or a time of no real hour', () => {
    expect(daysWritten('At 1535Z, grid 42S VF 800 094, 0305014ZDEC09, 319900ZDEC09, 2008-12#1073')).toEqual([]);
  });

  it('finds the report of the day a question names among those of its month', () => {
    const asked = answerOf('What ISN did the detainee from TF Paladin get on 19 February 2009?');
    expect(asked.answer?.report.id).toBe('8EB8CA85-0B37-E810-4B614BF1E2246A2E');
  });
});

describe('a question naming the dead counts them, though it says "casualties" too', () => {
  const counts = (question: string) => [...(readQuestion(question, lexicon()).casualties ?? [])];

  it('reads "died … whose casualties" as asking the dead only, "how many casualties" as both', () => {
    const died = counts('How many German soldiers died in the IED strike whose casualties went to PRT Konduz?');
    expect(died).toContain('kia');
    expect(died).not.toContain('wia');
    expect(counts('How many casualties were there in the IED strike?')).toEqual(expect.arrayContaining(['kia', 'wia']));
  });

  it('quotes no count of the wounded for it: the count of the dead (KIA), where the update gives both', () => {
    const asked = answerOf('How many German soldiers died in the IED strike whose casualties went to PRT Konduz?');
    const { text, span } = asked.answer!;
    expect(text.slice(...span!)).toBe('1x NATO/ISAF');
    expect(text.slice(span![1])).toMatch(/^ \(DEU\) KIA/);
  });
});

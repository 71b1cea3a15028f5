/**
 * "How many … in total?" and "how close?": a count is the one asked only when it counts what the question counts, said
 * as a total where a total is asked; a distance is a number (measures.ts, counts.ts). A count of other people or a
 * noun with no number is no answer to quote.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"the number of X is N": a number no noun follows counts the X its sentence names', () => {
  it('answers the total asked with the total told, not a count of others beside it ("20 man assault force")', () => {
    expect(marked('How many people were evacuated from the crash site in total?')).toBe('26');
  });

  it('leaves the totals the War Diary writes with its own "x" as they were', () => {
    expect(
      marked('How many Afghan soldiers were wounded in total when their patrol hit a bomb near FOB Sweeney?'),
    ).toMatch(/6x ANA WIA/);
  });

  it('quotes no count of one moment for the total of an operation', () => {
    const asked = answerOf('How many German soldiers were wounded in total in Operation Aragon?');
    expect(asked.answer?.text ?? '').not.toMatch(/2x DEU SOLDIERS WIA/);
  });
});

describe('"how close": a distance is a number', () => {
  it('is not a noun with no number ("TF 373 forces")', () => {
    const asked = answerOf('How close did the RPG come to the lead helicopter?');
    expect(marked('How close did the RPG come to the lead helicopter?') ?? '').not.toMatch(/^forces$/);
    expect(asked.considered[0]?.kind ?? '').not.toBe('forces');
  });
});

/**
 * Quotes that answered something other than what was asked, now declined or answered right: a count of other people
 * for the total asked, where a sentence says "the number of X is N" (measures.ts); a noun with no number for "how
 * close" (counts.ts); an act done to the one a question asks the act of (kinds.ts, question.ts's actorOf).
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

describe('"what did they see S trying to do?": the act asked is S\'s', () => {
  it('is no act done to S ("ANA were en route to detain the 1x INS")', () => {
    const question = 'What did the Afghan soldiers see the insurgent trying to do west of Sperwan Ghar?';
    expect(marked(question) ?? '').not.toMatch(/detain/);
  });
});

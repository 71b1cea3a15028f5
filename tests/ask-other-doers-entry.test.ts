/**
 * A running log's entry naming none of a "when" question's subject (src/search/leads.ts, otherDoersEntry): each entry
 * is stamped with the time of its own doer's act, so one of another doer gives no other time of the act asked, and no
 * longer keeps the entry naming the subject with its time from leading.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("another doer's entry of the best's report", () => {
  it('does not rival the time of the entry naming the subject: "PRT MES EOD arrived at the site"', () => {
    // Beside "FF reported while PMT … found 1x Mortar Shell …" (the scene) and "At 1050Z, all FF have RTB".
    const question = 'when did eod get to the dehdadi mortar shell';
    expect(answerOf(question).answer?.text).toMatch(/At 0900Z, PRT MES EOD arrived at the site/);
    expect(marked(question)).toBe('At 0900Z');
  });

  it('does not rival "GCAS … was on station at approximately 1430z": the contact told before is another\'s', () => {
    expect(marked('when did the gcas get on station over C/3-71')).toBe('at approximately 1430z');
  });

  it('does not rival "181114ZJAN07, CEXC Team on site": the ANP confiscating the truck is the scene', () => {
    expect(marked('when was the cexc team at the spin boldak truck')).toBe('181114ZJAN07');
  });

  it('still rivals when it names the subject: the log of the missing soldier tells him at several times', () => {
    // "TIMELINE: 0430z BLACKFOOT TOC REPORTS SOLDIER IS MISSING", "UPDATE: 0605z … THE SOLDIER THAT IS MISSING".
    expect(answerOf('When was the soldier at Mest OP first reported missing?').answer).toBeNull();
  });
});

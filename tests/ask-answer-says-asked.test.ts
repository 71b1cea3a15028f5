/**
 * A likely answer whose answer says what is asked: the lead it must hold over a sentence of another story (leads.ts
 * leadsOf, saysAskedOnly) — an answer there that does not say what is asked where the best's does is no other
 * answer, one saying it as surely still rivals — and the share of the question it must hold itself (gates.ts
 * confidenceOf), waived when its answer stands in the clause saying the question's act and counts what is asked.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('an answer of another story not saying what is asked', () => {
  it('is no rival to a count of what the question counts: "4x detainees", not the Bergdahl search\'s "25"', () => {
    const { answer } = answerOf('How many detainees came from TF 373 on 4 December 2009?');
    expect(answer?.text).toMatch(/^4x detainees were transferred into the BTIF from TF 373/);
  });

  it('is no rival to one naming the question\'s noun: "eastern direction" for "which way", not "West"', () => {
    const { answer } = answerOf('Which way did the insurgents withdraw after attacking the Fennek squad?');
    expect(answer?.text).toBe('INS withdrew into eastern direction.');
  });
});

describe('an answer of another story saying what is asked as surely', () => {
  it('still rivals: "approx 5x AFG Civilians" of another strike keeps "10 US KIA" from counting civilians', () => {
    expect(answerOf('How many civilians were killed when the Chinooks were shot at?').answer).toBeNull();
  });

  it('still rivals a count not of what is asked: "3x enemy PAX" keeps a number of another noun unquoted', () => {
    expect(answerOf('How many enemy fighters were killed moving into the overwatch position?').answer).toBeNull();
  });
});

describe('a sentence holding little of the question itself (gates.ts confidenceOf, share)', () => {
  it('answers when its answer stands in the clause saying the act: "Found 20xUSSR lamdmines" for TF31\'s find', () => {
    expect(answerOf('What did TF31 find in the cache on 15 November?').answer?.text).toMatch(
      /^Found 20xUSSR lamdmines/,
    );
  });

  it('answers who did the act by the name before its verb: "…the 4x Mines FF discovered 2x 5 Gal."', () => {
    expect(answerOf('Who found the mines and HME jugs at the ambush site?').answer?.text).toMatch(/FF discovered/);
  });

  it('answers whom the act was done to: "SAID RAHMAN WAS AIMED TARGET OF IED"', () => {
    const { answer } = answerOf('Who was killed by the roadside bomb near Kunduz aimed at the militia leader?');
    expect(answer?.text).toMatch(/SAID RAHMAN WAS AIMED TARGET OF IED/);
  });

  it('is declined when its count does not count what is asked: "1 of the WIA died" counts no French soldiers', () => {
    expect(answerOf('How many French soldiers died at Sarobi?').answer).toBeNull();
  });
});

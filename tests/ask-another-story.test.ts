/**
 * The lead a likely answer must hold over a sentence of another story (leads.ts leadsOf, saysAskedOnly): a sentence
 * whose report lacks what the best says of the question, naming an answer that does not say what is asked where the
 * best's does, gives no other answer; one whose answer says it as surely still rivals.
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

/**
 * A question asking what was done is answered by the act its doer did (issue 11): a sentence of another report in which
 * the reading of kinds marks no act gives no other answer, so it does not hold back the best's act.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a sentence of another report naming no act does not rival the act asked', () => {
  it('answers what the infantry company was doing, past another report naming it with no act marked', () => {
    expect(marked('what was the inf coy doing along loc kamins')).toMatch(/IED sweep/);
  });

  it('answers what the EW squad did, past another report of an attack on an Electronic Warfare convoy', () => {
    expect(
      answerOf('What did the electronic warfare squad do when they were attacked on the way back to Kunduz?').answer
        ?.report.id,
    ).toBe('GER-0103');
  });

  it('keeps declining where the best names no act of the doer asked', () => {
    expect(answerOf('what were the germans doing when they hit the ied that killed one of them').answer).toBeNull();
  });
});

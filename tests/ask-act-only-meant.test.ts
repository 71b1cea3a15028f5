/**
 * An act said only as meant (src/search/gates.ts, actOnlyMeant): "As ANA were *en route to detain* the 1x INS the IED
 * detonated", "our EOD-Squad was *tasked to check* the area" tell what was to be done, not who did it or what was
 * done.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an act said only as meant', () => {
  it('does not answer "who detained" with those en route to detain', () => {
    const { answer, declined } = answerOf('Who detained the insurgent after the IED went off near Sperwan Ghar?');
    expect(answer?.text ?? '').not.toMatch(/en route to detain/);
    expect(declined).toBe('act');
  });

  it('does not answer "what did the squad do" with what it was tasked to do', () => {
    const { answer, declined } = answerOf('What did the EOD squad do at the old Russian tank?');
    expect(answer?.text ?? '').not.toMatch(/was tasked to check/);
    expect(declined).toBe('act');
  });

  it('answers a question asking the task itself', () => {
    const { answer } = answerOf('What was the EOD squad tasked to do at the old Russian tank?');
    expect(answer?.text).toMatch(/our EOD-Squad was tasked to check the area around that tank/);
  });

  it('leaves "going to" standing: a log tells what it is about to do as good as done', () => {
    expect(marked('Who did TF 373 drop off at FOB Shank?')).toBe('LN');
  });
});

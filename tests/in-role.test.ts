/**
 * A sentence naming someone in the role a question asks of the act the sentence says (acts.ts, typed.ts's
 * ROLE_BONUS) weighs above one naming someone anywhere: it tells who did it, or had it done to them.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a phrase in the role asked of the act the sentence says', () => {
  it('answers "who died" with the ones whose death the report tells, not a place another sentence names', () => {
    const { answer } = answerOf('Who died in the night raid on Objective Wolf in Paktika?');
    expect(answer?.text).toMatch(/resulted in the death of 1 child/);
    expect(answer?.span && answer.text.slice(...answer.span)).toBe('1 child, 1 woman, 5 males');
  });

  it('still declines where no sentence says the act in its own words: "tipped off" is no close bridge of "warned"', () => {
    const asked = answerOf('Who warned the convoy about the roadside bomb on the way to Zormat?');
    expect(asked.answer).toBeNull();
    // Yet the sentence that answers is weighed, a step away (verb-steps.ts: both ways to advise).
    const at = asked.considered.findIndex((c) => c.text.startsWith('Convoy was tipped off by civilians'));
    expect(at).toBeGreaterThanOrEqual(0);
  });
});

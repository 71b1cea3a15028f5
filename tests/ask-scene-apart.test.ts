/**
 * Questions whose scene the report tells in a sentence of its own (issue 11): "how many X were V-ed *while* Y?",
 * "which X was V-ed *when* Y?". The answer is told with the main clause's act; the sentence need not say the scene's.
 * Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count or a thing is told with the main act, not with the scene', () => {
  it('answers a count by the casualty code saying the main act, the recovery told in the sentence before', () => {
    expect(marked('How many Germans were wounded by the car bomb while recovering the broken-down vehicle?')).toBe(
      '3x NATO/ISAF',
    );
  });

  it('answers "which X was V-ed when…" by the BDA line saying the damage, the protecting told before', () => {
    expect(marked('Which vehicle was damaged when B Platoon was protecting the liaison monitoring team?')).toBe(
      'FUCHS',
    );
  });

  it('keeps a "who" question measured by its scene too, as before', () => {
    expect(answerOf('Who was B platoon protecting when they hit the bomb?').answer?.text).toMatch(/Force Protection/);
  });

  it('still declines a count of the Germans killed, which the report does not tell', () => {
    const asked = answerOf('How many Germans were killed by the car bomb while recovering the broken-down vehicle?');
    expect(asked.answer).toBeNull();
  });
});

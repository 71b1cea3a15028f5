/**
 * The act a question asks told in the report's own words, and another report that is no rival: a verb a step from the
 * question's in WordNet's tree (but not any verb of motion for a who-question), and a rival holding a noun of the
 * question only by a loose bridge. Each keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('the act said by a verb a step or two from it in WordNet', () => {
  it('is said by a way to do the same ("attempted to immigrate" for "try to emigrate": both ways to migrate)', () => {
    expect(answerOf('Where did Hafizullah try to emigrate to?').answer?.text).toMatch(
      /Hafizullah attempted to immigrate to Iran/,
    );
  });

  it("is not said by a step from the scene's act: a convoy travelling slid off no road", () => {
    expect(answerOf('Who helped get the military police vehicle out after it slid off the road?').answer).toBeNull();
  });
});

describe('a going told by a verb of motion, outside a where-question', () => {
  // Not the act asked: a crash is a motion, not the flying ("A CH-47 ISO a CJSOTF unit crashed" names no pilot).
  it('does not say who was flying the Chinook that went down', () => {
    expect(answerOf('Who was flying the Chinook that went down in October 2009?').answer).toBeNull();
  });
});

describe('a rival report holding a noun of the question only by a loose bridge', () => {
  it('is another story: the Kamdesh medevac turned down is answered', () => {
    expect(answerOf('Why was the first medevac for the wounded policeman in Kamdesh turned down?').answer?.text).toBe(
      'Medvac was disapproved due to weather.',
    );
  });
});

/**
 * A word of the question said in the report by another word sharing one of its senses: the shared sense weighs by the
 * commoner of the two ranks each verb holds it at, so a report verb whose second sense is the question's third
 * ("witnessed" for "saw") says the act asked.
 */
import { describe, expect, it } from 'vitest';
import { SAYS_ACT } from '../src/search/acts-said.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();
const weightOf = (word: string, other: string) =>
  lexicon()
    .related(word, 'verb')
    .find((r) => r.word === other)?.weight ?? 0;

describe('a verb sharing a sense with the question’s', () => {
  it('weighs by the rank the report’s verb holds it at: "see" means witnessing third, "witness" seeing second', () => {
    expect(weightOf('see', 'witness')).toBeGreaterThanOrEqual(SAYS_ACT);
    expect(weightOf('see', 'witness')).toBeCloseTo(0.7 * 0.85);
  });

  it('leaves a verb of two words at its own rank: "handed over" stays a bridge for "delivered"', () => {
    expect(weightOf('deliver', 'hand_over')).toBeLessThan(SAYS_ACT);
    expect(answerOf('Who were the BMP-1 rockets delivered to in Herat?').answer).toBeNull();
  });

  it('keeps a synonym the question’s verb means first at a synonym’s weight', () => {
    expect(weightOf('spot', 'espy')).toBeCloseTo(0.7);
  });

  it('says the act asked: "A LN reported he witnessed INS installing the mines" for "who saw…?"', () => {
    const { answer } = answerOf('Who saw the insurgents putting in the mines?');
    expect(answer?.text).toMatch(/A LN reported he witnessed INS installing the mines/);
  });

  it('holds for the other word classes too, and turns a wrong quote right', () => {
    const { answer } = answerOf("Which forces in particular were the Iranian agents' attacks aimed at?");
    expect(answer?.text).toMatch(/especially against the American forces/);
  });
});

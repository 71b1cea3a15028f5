/**
 * The answer told in a short sentence of the top-ranked report, below its longer sentences setting the scene (issue
 * 11): a few more of its sentences are read for the kind asked when none of those read first names it surely in the
 * clause saying the question's act; one so read goes first only outweighing them, and else neither answers nor rivals.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the rest of the top report read for the kind asked', () => {
  it('answers by a sentence ranked past those read first, naming the count asked', () => {
    expect(marked('How many insurgents attacked the QRF company on LOC Banana?')).toBe('seven INS');
  });

  it("keeps a sure count of those read first, its report's other counts not made its rivals", () => {
    expect(marked('How many enemy fighters did TF Titan kill near the overwatch position?')).toBe('3x EKIA');
  });

  it('does not put first a sentence read so that only says the act, another event of the report', () => {
    expect(answerOf('Who investigated the shooting at the German helicopter?').answer).toBeNull();
  });
});

/**
 * The words a quote marks stand in the role the question asks: the one an act said as a noun is aimed at ("attacks
 * *against* U.S. and Italian troops"), the phrase a question's last preposition takes ("subordinate *to* Saifullah"),
 * not a name nearer the question's words. Each rule keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the one an act said as a noun is aimed at', () => {
  it('stands after "against": "suicide attacks against U.S. and Italian troops"', () => {
    expect(marked('Who are the seven Arabs in Herat planning to attack?')).toBe('U.S. and Italian troops');
    expect(marked('Who are the seven Arabs in Herat ready to attack?')).toBe('U.S. and Italian troops');
  });

  it('is not the doer of a passive question: declines rather than quote who attacked "FF"', () => {
    expect(answerOf('Who was attacked by insurgents on the march from Kunduz?').answer).toBeNull();
  });
});

describe("the phrase a question's last preposition takes", () => {
  it('is the one after the same word and preposition, not the name the sentence gives the one asked of', () => {
    const { answer } = answerOf('Who is Aziz Ullah subordinate to?');
    expect(answer?.text).toMatch(/subordinate to Saifullah/);
    expect(marked('Who is Aziz Ullah subordinate to?')).toBe('Saifullah');
  });

  it('is asked only by "who": "where were casualties evacuated to?" keeps its quote', () => {
    expect(answerOf('Where were casualties evacuated to?').answer?.text).toMatch(/evacuated at PRT KDZ MTF/);
  });
});

describe('a list after the colon', () => {
  it('names those "the following" in the role points to: "The following personnel attended…: Lt Col Phillips"', () => {
    expect(marked('Who attended the meeting with Governor Sherzai?')).toBe('Lt Col Phillips');
  });
});

describe('the name set beside the one an act was done to', () => {
  it('stands in its role: "WOUNDED ONE INS ELEMENT, BASHIR, WHO IS…"', () => {
    expect(marked('Who was wounded on Objective White?')).toBe('ONE INS ELEMENT, BASHIR');
  });
});

/**
 * What a question asks beyond its words' share: the one an act was done at rather than its doer, the doer rather than
 * who told, a person by rank or office, a state that goes on ("still"). A sentence holding the question's words but not saying that is quoted wrong;
 * each rule declines it, and keeps the right answers beside it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a "who" question whose verb leaves its preposition standing', () => {
  it('asks not the doer: declines "a GER c/s … fired a warning shot in the air" for whom it was fired at', () => {
    expect(answerOf('Who were the warning shots fired at near Camp Warehouse?').answer).toBeNull();
  });

  it('still quotes the one after the verb: "the bodies were … handed over to the AUP"', () => {
    expect(answerOf('Who were the bodies from the culvert strike handed to?').answer?.text).toMatch(
      /handed over to the AUP/,
    );
  });
});

describe('who did an act', () => {
  it('is not who told, in a sentence not saying the act: "PRT KDZ reported 5x BMP-1 Rockets … were handed over"', () => {
    expect(
      answerOf('Who destroyed the BMP-1 rockets that were handed to the HUMINT unit?').answer?.text ?? '',
    ).not.toMatch(/handed over/);
  });
});

describe("a report laid out in one-letter fields ('S-', 'U-')", () => {
  it('names no doer in a field: "S-UNK A-IDF, 2 Rockets … U- TF 333 R- …" for who fired the rockets', () => {
    expect(answerOf('Which unit fired the rockets at Hunter Base?').answer).toBeNull();
  });
});

describe('a name asked by rank or office', () => {
  it('is not a name from a sentence saying neither the rank nor a word WordNet brings to it ("Gen Mulakhel")', () => {
    expect(answerOf('What was the name of the ANA colonel medevaced with the little boy?').answer).toBeNull();
  });

  it('is said by a broader word of the office: "5x ANP officers (one identified as Nimitullah)" for the cop', () => {
    expect(marked('whats the name of the afghan cop who brought a wounded colleague to the Kamdesh PRT?')).toBe(
      'Nimitullah',
    );
  });
});

describe('a yes/no question asking whether a state goes on', () => {
  it('is not stated by the event alone: "CH-53 EXECUTED AN EMERGENCY LANDING" is not "still at Kunduz airfield"', () => {
    // The sentence saying the state goes on answers it (tests/ask-yes-affirmed.test.ts), not the landing.
    const { answer } = answerOf('Is the CH-53 that made the emergency landing still at Kunduz airfield?');
    expect(answer?.text).toBe('THE HELICOPTER IS STILL ON KDZ AIRFIELD.');
  });

  it('leaves adverbs of emphasis alone: "actually go through" is stated by "The deal was closed…"', () => {
    expect(answerOf('Did the North Korea weapons deal actually go through?').answer?.text).toMatch(/deal was closed/);
  });
});

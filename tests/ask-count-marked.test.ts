/**
 * The mark of a quote answering a count by a count's noun (issue 11): "New facility *headcount* is 646 assigned" is
 * marked at the number the headcount is, not at the noun the question named again; "how many insurgents attacked"
 * answered by a passive is marked at its agent's count ("by up *seven INS*"), not the weapon's.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a count's noun marked as the number it is", () => {
  it('marks the number after the copula: "headcount is *646* assigned"', () => {
    const question = 'What was the count at the BTIF after ISN 4195 was issued?';
    expect(answerOf(question).answer?.text).toBe('New facility headcount is 646 assigned and 646 present.');
    expect(marked(question)).toBe('646');
  });

  it('marks the number as written, on over the words written on with it, without the full stop', () => {
    expect(marked('What was the head count at the facility when ISN 20027 was issued?')).toBe('642A/642P');
  });

  it('keeps a count asked of a kind marked as before ("detainee count": *643*)', () => {
    expect(marked('What was the detainee count after TF 373 transferred ISN 20020?')).toBe('643');
  });

  it('leaves a noun that is no count marked as it was ("which unit": the unit named)', () => {
    expect(marked('Which vehicle did the RPG hit during the IED sweep on LOC Pluto?')).toBe('JAMMER CG-20');
  });
});

describe("a count of doers marked at the passive's agent", () => {
  it('marks the count after "by", not the weapon counted before it', () => {
    expect(marked('How many insurgents attacked the German QRF with an RPG?')).toBe('seven INS');
    expect(marked('How many people took the dead man away in a white car near Kharu Ti?')).toBe('7X PAX');
  });

  it('keeps a count already marked at the agent, with its hedge', () => {
    expect(marked('How many insurgents attacked infantry platoon E and the ANA?')).toBe('approximately 10 x INS');
  });

  it('leaves a count of those an act was done to as it was ("how many … were hurt")', () => {
    expect(marked('How many US soldiers were hurt when the rocket hit the tent at the Dutch compound?')).toBe(
      '5 SOLDIERS',
    );
  });
});

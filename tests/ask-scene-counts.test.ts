/**
 * A clause setting the question's scene by a count coming to a number ("when the headcount *reached* 666") tells no
 * act (acts-said.ts reachesNumber): the reports say the number with the copula ("New facility headcount is 666"), so a
 * sentence is not asked to say the reaching, only the main clause's act (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a scene verb only reaching a number is none of the acts a coded answer must say', () => {
  it('answers which ISN was given when the headcount reached a number', () => {
    expect(answerOf('Which ISNs were given out when the headcount reached 666?').answer?.text).toMatch(
      /^ISNs 20038 and 20007 issued\./,
    );
    expect(marked('Which ISN did the TF 3-73 detainee get when the BTIF count reached 631?')).toBe('4134');
  });

  it('still asks a code to say an act of a clause telling which detainee is meant ("whose age was checked")', () => {
    const { answer, declined } = answerOf('What was the ISN of the detainee whose age was checked at the hospital?');
    expect(answer).toBeNull();
    expect(declined).toBe('act');
  });
});

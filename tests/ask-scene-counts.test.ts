/**
 * A clause setting the question's scene by a count coming to a number ("when the headcount *reached* 666") tells no
 * act (acts-said.ts reachesNumber): the reports say the number with the copula ("New facility headcount is 666"), so a
 * sentence is not asked to say the reaching, only the main clause's act. Nor does a clause telling which thing is meant
 * ("the list of items *found* in the truck"): a main clause with only a light verb asks its act ("who *made* the
 * list"), said by the verb or one alike (issue 11).
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
    // Said by "sent to the BAF CSH to determine his age" (ask-done-for); an act said nowhere still declines.
    expect(marked('What was the ISN of the detainee whose age was checked at the hospital?')).toBe('20033');
    expect(answerOf('What was the ISN of the detainee whose age was doubted at the hospital?').answer).toBeNull();
  });
});

describe('a main clause with only a light verb asks its act, the describing clause only which thing', () => {
  it('answers who made the list of items found, by the sentence saying the making', () => {
    const { answer } = answerOf("Who made the list of items found in the suspect's truck in Feyzabad?");
    expect(answer?.text).toMatch(/^A list of these items was made by DEU MP and BEL EOD\./);
  });

  it('still declines a light verb the sentence never says ("turned out to be" is no identifying)', () => {
    const { answer } = answerOf('Who turned out to be the driver the TF Commando soldiers wounded?');
    expect(answer).toBeNull();
  });
});

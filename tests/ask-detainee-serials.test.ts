/**
 * Detainees named by their internment serial numbers (issue 11): the detention logs write "ISN 3264 is in the CSH",
 * so "which detainee…?" is answered by "ISN" and its number, and "in the hospital" by the combat support hospital
 * (CSH, glossary). A sentence below the one telling the question's scene answers when it says the question's rarest
 * word outside that scene. Each rule keeps a right answer it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"which detainee…?" answered by an ISN', () => {
  it('marks the ISN, not the hospital, below the sentence telling the scene', () => {
    expect(marked('Which detainee was in the hospital when ISNs 4144 to 4146 were issued?')).toBe('ISN 3264');
    expect(marked('Which of the detainees was in the hospital when ISNs 4144, 4145 and 4146 were issued?')).toBe(
      'ISN 3264',
    );
  });

  it('answers nothing from the headcount beside it: "New Facility headcount" is no hospital', () => {
    const answer = answerOf('Which detainee was in the hospital when ISNs 4144 to 4146 were issued?').answer;
    expect(answer?.text).toBe('ISN 3264 is in the CSH.');
  });

  it('keeps "which ISN…?" marked by the number given after the ISN', () => {
    expect(marked('Which ISN did the detainee get when the headcount went to 691?')).toBe('20042');
  });
});

describe('narrowed: a list of ISNs, and the hospital the question names', () => {
  it('marks no one of ISNs listed together ("Two detainees at the CSH, (ISN 3717, 4060)")', () => {
    expect(answerOf('Which of the detainees was transferred to the hospital?').answer).toBeFalsy();
  });

  it('still answers "which ISNs?" with the whole list', () => {
    expect(answerOf('Which ISNs were given out when the headcount reached 666?').answer?.text).toMatch(
      /^ISNs 20038 and 20007 issued\./,
    );
  });

  it('reads "the BAF CSH" as the hospital the question tells, not the ISN it asks', () => {
    // Once declined at the act gate (checking unsaid); "sent … to determine his age" now says it (ask-done-for).
    expect(marked('What was the ISN of the detainee whose age was checked at the hospital?')).toBe('20033');
  });
});

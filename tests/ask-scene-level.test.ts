/**
 * A verb of the question's scene only saying a count came to a number (issue 11): "which ISN … when the headcount
 * *reached* 690?" — "reached", "hit", "stood at" tell no act of their own, and the War Diary writes the number with the
 * copula ("New Facility Headcount is 690"): the number ties the scene, and the verb is no main word.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a scene verb saying a count came to a number is no main word', () => {
  it('answers the ISN of the headcount "reached", "hit" or "stood at"', () => {
    const { answer } = answerOf('What ISN was assigned when the headcount reached 690?');
    expect(answer?.text).toBe('ISN 20047 has been assigned. New Facility Headcount is 690 assigned / 690 present.');
    expect(marked('What ISN was issued when the headcount hit 667?')).toBe('20043');
    expect(marked('Which ISN was issued when the headcount stood at 725?')).toBe('20081');
  });

  it('still declines what the headcount does not tell, and keeps the ISN read after "went to"', () => {
    expect(answerOf('How many detainees did TF 373 hand over when the headcount reached 717?').answer).toBeNull();
    expect(marked('Which ISN did the detainee get when the headcount went to 691?')).toBe('20042');
  });
});

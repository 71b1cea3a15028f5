/**
 * A number of four digits or more names one thing even alone (src/search/weighed.ts, listed): the asker names a
 * detainee by his ISN, "ISN" left out ("where was the *20027* guy moved to"), and no question counts its noun in
 * thousands unwritten; like a name, it says which report the question is about. A clock time after "at" names nothing.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an ISN given alone names the detainee', () => {
  it('answers where the detainee the number names was moved', () => {
    expect(marked('where was the 20027 guy moved to')).toBe('BTIF');
  });

  it('answers how many the facility held after the number was given, by its headcount', () => {
    expect(marked('how many were actually present after 20048 was handed out')).toBe('698');
  });

  it('keeps a clock time after "at" no name: the fight at 1039 still declines', () => {
    expect(answerOf('who came on station at 1039 during the tf spartan fight').answer).toBeNull();
  });
});

/**
 * A code named by the noun right before it (issue 11): the War Diary numbers a thing after the noun saying what it is
 * ("New *ISN* 20025 issued"), so the code names what a "what ISN" question asks for, as surely as a phrase holding the
 * question's noun, and a phrase only possibly of the kind asked ("into the *BTIF*") does not rival it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a code after the noun the question asks for', () => {
  it('answers "what new ISN" by the number after "ISN", not rivalled by the transfer into the BTIF', () => {
    const asked = 'What new ISN was issued to the TF 373 detainee in October 2009 when the headcount stood at 643?';
    expect(answerOf(asked).answer?.text).toBe('New ISN 20025 issued.');
    expect(marked(asked)).toBe('20025');
  });

  it("marks the ISN of the clause naming the detainee's task force, not the other detainee's", () => {
    expect(marked('What ISN did the detainee from TF Paladin get on 19 February 2009?')).toBe('3952');
  });

  it('answers which task force sent the ISN by the name after "from" beside it, not the BTIF it went into', () => {
    expect(marked('Which task force sent detainee ISN 4257?')).toBe('TF Paladin');
  });
});

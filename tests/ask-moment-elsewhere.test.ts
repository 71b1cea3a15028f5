/**
 * A time told without the question's act, while another entry of its report tells the act with a time of its own, is
 * the time of another act there (gates momentElsewhere, the mirror of leads.ts otherMoment): GER-0029's "robbery of a
 * garbage truck *this morning*" is not when the truck at CNL was checked ("At 1000Z, the truck was checked …").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a time told without the question's act, beside an entry telling it", () => {
  for (const question of [
    'At what time was the garbage truck at CNL checked?',
    'When was the suspected car bomb truck at CNL checked?',
    'What time was the truck at the CNL gate checked and reported clean?',
  ])
    it(`does not give the robbery's «this morning» for "${question}"`, () => {
      const asked = answerOf(question);
      expect(asked.answer ? marked(question) : undefined).not.toBe('this morning');
      expect(asked.closest[0]?.hit.report.id ?? asked.answer?.report.id).toBe('GER-0029');
    });

  it('still answers the entry telling the act, «At 1000Z»', () => {
    expect(marked('what time was the cnl truck checked and called clean')).toBe('At 1000Z');
  });
});

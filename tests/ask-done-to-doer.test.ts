/**
 * An act done to the question's doer (issue 11): "when did the humint unit hand the bmp rockets to the belgians?" asks
 * what the HUMINT Unit did; "5x BMP-1 Rockets … were handed over to PRT KDZ HUMINT Unit" tells the rockets handed to
 * it, by someone else, an hour before. The doer there is whom the act went to, so the sentence's time is no answer.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an act told done to the doer the question asks of', () => {
  it('does not quote the rockets handed over to the HUMINT Unit for when it handed them on', () => {
    const asked = answerOf('when did the humint unit hand the bmp rockets to the belgians');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('other-doer');
  });

  it('still quotes it when the question asks when they were handed to the unit', () => {
    expect(marked('when were the bmp rockets handed over to the humint unit')).toBe('At 1505Z');
  });

  it('still quotes it when the doer asked is only whose the unit is ("PRT KDZ HUMINT Unit")', () => {
    expect(marked('when did prt kdz hand the rockets to the humint unit')).toBe('At 1505Z');
  });
});

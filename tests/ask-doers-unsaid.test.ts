/**
 * Who did an act, from a sentence not saying it (acts.ts): a name doing nothing there is no doer of it. The rule that
 * declines a wrong quote keeps a right answer near it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name in a sentence not saying the act asked', () => {
  it('is no doer when it does nothing there ("one of the OSAMA BIN LADEN Deputies" for who paid)', () => {
    expect(answerOf('Who paid the Arabs in Herat to carry out suicide attacks?').answer).toBeNull();
  });

  it('answers when it is the subject of a verb past brackets and quotes, or of "be"', () => {
    expect(marked('Who found the cache of C4?')).toBe('MOI');
    expect(marked('Who helped the Coalition forces in Tagab?')).toBe('Afghanya');
  });

  it('answers when the tagger reads the act asked as a noun ("ANA *shot* one of the IEDs")', () => {
    expect(marked('Who shot one of the IEDs near Masum Ghar?')).toMatch(/ANA/);
  });

  it('is read as doing a verb the tagger takes in capitals for an adjective ("ANP INFORMED EUPOL")', () => {
    expect(marked('Who told EUPOL about the bombs in Borya Baf?')).toBe('ANP');
  });
});

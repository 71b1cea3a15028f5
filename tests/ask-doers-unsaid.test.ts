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

  it('answers when it does the act in words of its own ("A LN reported he witnessed INS installing the mines")', () => {
    expect(answerOf('Who saw the insurgents putting in the mines?').answer?.text).toMatch(
      /^A LN reported he witnessed/,
    );
  });

  it('is read as doing a verb the tagger takes in capitals for an adjective ("ANP INFORMED EUPOL")', () => {
    expect(marked('Who told EUPOL about the bombs in Borya Baf?')).toBe('ANP');
  });
});

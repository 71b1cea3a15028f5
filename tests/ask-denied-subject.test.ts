/**
 * A yes/no question denied on the subject of its passive verb (issue 11): "no GSR testing was done" says the testing
 * was not done, as "GSR testing was not done" would. Each rule that answers one keeps a right answer, or a decline,
 * it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"no" opening the subject of a passive verb denies the verb', () => {
  it('answers "was the test done?" by "no GSR testing was done", GSR read as gunshot residue', () => {
    expect(marked('Was the gunshot residue test done after the shooting near Sperwan Ghar?')).toBe(
      'no GSR testing was done',
    );
  });

  it('keeps a denial before the verb itself answered, as before', () => {
    expect(answerOf('Was Akeeb Khan on Objective White when they hit it?').answer?.text).toBe(
      'JPEL TARGET AKEEB KHAN WAS NOT ON OBJECTIVE WHITE.',
    );
  });

  it('still declines a question the report only plans: "FF were to conduct GSR testing" says nothing done', () => {
    expect(answerOf('Were the suspects tested for gunshot residue near Sperwan Ghar?').answer).toBeNull();
  });
});

/**
 * A time in a sentence telling only that something was reported, found or known (src/search/gates.ts, timeOfTelling):
 * "At 1417Z, RC North reported a UXO Find: DEU EOD reported that they discovered a UXO …" is when the shells were
 * found, not when EOD blew them up; a SIGACT header's DTG dates the accident reported, not the recovery after it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a time of a sentence telling only a report or a find', () => {
  it('is no time of a deed done later: blowing up the 76mm shells found at the Kunduz airfield', () => {
    const asked = answerOf('when did eod blow up the 76mm shells from kdz airfield');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });

  it("is no time of a deed after a SIGACT header's event: pulling the Wolf out, the military police's work", () => {
    expect(answerOf('when were they gonna pull the mur shek wolf out').answer).toBeNull();
    const finished =
      "When did the military police finish their work at the scene of the field HUMINT team's car crash?";
    expect(answerOf(finished).answer?.text ?? '').not.toMatch(/DTG: 051807LJUL08/);
  });

  it('answers when the question asks the time of what was told: the shipment expected after the new year', () => {
    expect(marked('When is the weapons shipment expected to arrive?')).toBe('shortly after the new year');
  });

  it('answers when the sentence says a deed: EOD arriving at the site', () => {
    expect(answerOf('when did EOD show up in qisilabad for the rockets').answer?.text).toBe(
      'At 1422D EOD arrived at the site.',
    );
  });
});

/**
 * A time asked of an act that is no finding is not the time of a sentence telling the find and not that act
 * (src/search/gates.ts, foundInstead): an explosive-hazard report times the find ("EOD … ARRIVED ON SCENE AT 1122L AND
 * DISCOVERED THE MORTAR") apart from what was done with it ("AT 1350L EOD … CONDUCTED A CONTROLLED DET").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the time of a find, for the time of another act', () => {
  it('is not quoted for when EOD blew the mortar up', () => {
    const asked = answerOf('what time did eod blow the mortar with the wires');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });

  it('answers when the find is what is asked', () => {
    expect(marked('when did EOD discover the mortar with the wires')).toBe('AT 1122L');
    expect(marked('what time did the patrol find the mortar with the wires')).toBe('AT 1122L');
  });

  it('answers when the sentence says the act asked beside the find', () => {
    expect(marked('when did EOD arrive on scene at the mortar with the wires')).toBe('AT 1122L');
  });
});

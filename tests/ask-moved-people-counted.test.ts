/**
 * A "how many" question counting people at large by a moving ("how many guys did TF 373 hand over") is answered by a
 * count of people by their role that a moving follows ("1 x Detainee transferred into BTIF by TF 373"): counts.ts,
 * movedPeopleCounted. A role counted with no moving asked stays no count of people at large.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('people at large counted by a moving', () => {
  it('counts the detainee TF 373 handed over the day ISN 20046 was issued', () => {
    expect(marked('how many guys did tf 373 hand over the day isn 20046 got issued')).toBe('1 x Detainee');
  });

  it("counts the detainees dropped off, the report's transfer misspelt", () => {
    expect(marked('how many guys did tf 373 drop off the day 20014 and 20015 got handed out')).toBe('2X Detainee');
  });

  it('still counts the people seen, by their own word', () => {
    expect(marked('how many people were seen planting a bomb near panjwayi?')).toBe('3x persons');
  });

  it('reads no moving into a question asking none: the people hurt by the VOIED', () => {
    const asked = answerOf(
      'How many people were hurt when the victim-operated IED went off during the TF373 operation?',
    );
    expect(asked.answer).toBeNull();
  });
});

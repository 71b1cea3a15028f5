/**
 * Where a thing was put is where it was moved to (src/search/destinations.ts, putsSomewhere): "where did TF 373 *put*
 * the detainee?" is told by "1X Detainee *transfer into* BTIF from TF 373", though putting is no verb of motion, when
 * a clause saying which detainee is meant makes "put" the act the quote must say.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a putting somewhere told by a movement into the place', () => {
  it('answers where TF 373 put the detainee who got an ISN by the transfer into BTIF', () => {
    expect(marked('where did tf 373 put the detainee who got isn 4149')).toBe('BTIF');
    expect(marked('where did tf 373 put the detainee who received isn 4239')).toBe('BTIF');
  });

  it('still answers the question naming the detainees with no clause', () => {
    expect(marked('where did tf 373 put the guys with isns 4239 and 4240')).toBe('BTIF');
  });

  it('still declines a movement for a question asking where a thing was found, no putting', () => {
    const asked = answerOf('Where was the roadside bomb near Khakrez found?');
    expect(asked.answer).toBeNull();
  });
});

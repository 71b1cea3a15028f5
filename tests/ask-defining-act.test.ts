/**
 * A question whose only act stands in a contact clause saying which thing it asks of ("the pressure plate IED *the
 * police brought in*") is not answered by a report never saying that act (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an act saying which one is meant, in a clause without "that"', () => {
  it('declines a report never saying it: an IED used in an attack is not the one the police brought in', () => {
    const asked = answerOf('How much explosive was in the pressure plate IED the police brought in?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });

  it("keeps the question without the clause answered by the attack's IED", () => {
    expect(marked('How much explosive was in the pressure plate IED?')).toBe('approx. 10-12 kg explosives');
  });
});

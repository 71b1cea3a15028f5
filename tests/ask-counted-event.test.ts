/**
 * A "how many" question answered by a count of what it counts, though a sentence of the same report tells the event
 * the count is of in more of the question's words (leads.ts tellsEvent): that sentence names no other count.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a sentence telling the event the count is of is no rival to the count', () => {
  it('answers by the BDA beside the sentence telling the crash', () => {
    expect(answerOf('How many Americans died in the CH-47 crash?').answer?.text).toBe(
      'BDA: 1 X CH-47 destroyed, 10 US KIA, 11 US WIA, 14 X ANA WIA.',
    );
  });

  it('answers by the rounds fired beside the sentence telling the order to fire', () => {
    expect(marked('How many rounds were fired in the escalation of force near Camp Mike Spann?')).toMatch(/9 rounds/);
  });

  it('answers by the accident\'s count once the unit named "209 Corps ANA" is no rival count', () => {
    expect(
      answerOf('How many ANA soldiers were hurt when the truck fell off the bridge near Keshem?').answer?.text,
    ).toMatch(/NBI ANA soldier/);
  });
});

/**
 * Places the War Diary says from another (issue 11): a distance, a compass point and "of" or "from" before a point's
 * name ("12KM South of PB WILSON", "19KM North from FOB Naray") say where, whatever else the point's name may name.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a place said from a point', () => {
  it('reads "from" as "of": "19KM North *from* FOB Naray"', () => {
    expect(marked('Where did the TF Titan Humvee roll over?')).toBe('19KM North from FOB Naray');
  });

  it('keeps the place though its point names a person in WordNet ("WILSON")', () => {
    expect(marked('Where did the IED hit the convoy truck near PB Wilson?')).toBe('12KM South of PB WILSON');
  });

  it('keeps a "which X" question of that sentence answered by the X (its number), not the place', () => {
    expect(marked('Which truck hit an IED south of PB Wilson?')).toBe('3');
  });

  it('still declines where no sentence says where the act was done', () => {
    expect(answerOf('Where was the injured boy taken?').answer).toBeNull();
  });
});

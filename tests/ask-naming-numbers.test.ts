/**
 * Numbers that name or measure, not count (issue 11): a bare number before a military unit names the unit ("209
 * Corps"), and a number with a unit of length measures a distance ("6km NE of …"); neither is a rival count for "how
 * many" people. Each rule keeps a neighbouring question answered as before.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a bare number before a military unit names the unit, it counts nobody', () => {
  it('does not read "2nd BDE 209 Corps ANA" as a count of ANA soldiers', () => {
    const answer = answerOf('How many ANA soldiers were hurt when the truck fell off the bridge near Keshem?');
    expect(answer.answer?.report.id).toBe('GER-0088');
    expect(answer.answer?.text).toMatch(/NBI ANA soldier/);
  });

  it('keeps a War Diary count of soldiers answered', () => {
    expect(marked('How many Afghan soldiers were hurt when their patrol hit an IED near FOB Sweeney?')).toBe(
      '4x ANA WIA',
    );
  });
});

describe('a number with a unit of length measures a distance, it counts nobody', () => {
  it('does not read "6km NE of FOB ZEDELMEVER Personnel" as a count of people', () => {
    expect(marked('how many people were seen planting a bomb near panjwayi?')).toBe('3x persons');
  });

  it('keeps a distance asked answered by its number and unit', () => {
    const answer = answerOf('How far from FOB Naray was the family attacked?');
    expect(answer.answer?.text).toMatch(/approx\. 6km from FOB Naray/);
  });
});

/**
 * "How" with an adjective said of a place by the copula asks what the place held (src/search/counts.ts,
 * asksStanding): "how full was btif" is not told by how many came ("2X Detainees transferred into BTIF"); the unit's
 * number after it ("by TF *373*") counts nothing either (ask-unit-numbered).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('how full a place was', () => {
  it('does not answer how full the facility was with how many came in', () => {
    const asked = answerOf('how full was btif after 20007 and 20038 were issued');
    expect(asked.answer?.text ?? '').not.toMatch(/Detainees transferred/);
  });

  it('still answers how many came in with the count of those moved', () => {
    expect(marked('How many detainees arrived when ISNs 20078 to 20080 were issued?')).toMatch(/3X/);
  });
});

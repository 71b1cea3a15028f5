/**
 * Yes/no questions of who may have an order, in askers' own words (issue 11): "is frago 68 cleared for the brits?",
 * "can the dutch see change 1 to frago 156?". The War Diary marks each order with every nation it is released to
 * ("SECRET//REL TO USA, AUS, BHR, …"): the marking says yes for a nation it lists, no for one it leaves out, and only
 * of the order it marks (released.ts).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("an order's release marking answers whether a nation may have it", () => {
  it('marks the code of a nation the marking lists, the nation asked in any of its names', () => {
    expect(marked('is frago 203 releasable to bahrain')).toBe('BHR');
    expect(marked('Is FRAGO 199 releasable to Australia?')).toBe('AUS');
    expect(marked('can the dutch see change 1 to frago 156')).toBe('NLD');
    expect(answerOf('can the dutch see change 1 to frago 156').answer?.report.id).toBe('GER-0069');
  });

  it('marks the whole list when it leaves the nation out: that is its "no"', () => {
    const asked = answerOf('is frago 68 cleared for the brits');
    expect(asked.answer?.report.id).toBe('GER-0066');
    expect(marked('is frago 68 cleared for the brits')).toBe('REL TO USA, CAN, DEU, FRA, NLD, NOR, NZL, and UAE');
  });

  it('answers only of the order the question names: no change 1 to FRAGO 68 is marked', () => {
    expect(answerOf('is change 1 to frago 68 releasable to bahrain').answer).toBeNull();
  });

  it("quotes FRAGO 203's own marking for it, not its change's", () => {
    expect(answerOf('can the australians see frago 203').answer?.report.id).toBe('GER-0068');
  });

  it('answers no question asking more than whether the nation may have it', () => {
    expect(answerOf('is frago 68 cleared for the brits in kunduz').answer).toBeNull();
  });
});

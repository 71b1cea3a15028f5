/**
 * A sentence of another report whose report tells less of the question than the best's (src/search/leads.ts,
 * tellsLess): nothing of a common noun or act of the question the best's report tells, and nothing the best's report
 * lacks. It is another event of the kind, no rival: the best's answer stands. Not a sentence in the best's words: it
 * is another record of the best's form, told apart by the names and numbers it fills in.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a rival whose report tells less of the question', () => {
  it('does not rival the report of the recce\'s "possible Mine": another mine find, RC South\'s', () => {
    const question = 'what time did rc north call in the possible mine the recce found';
    expect(answerOf(question).answer?.text).toBe('At 1751Z, RC North reported a UXO Find.');
    expect(marked(question)).toBe('At 1751Z');
  });

  it('does not rival the platoon hit on Route Taurus: an RPG attack on an ANP District HQ there names none', () => {
    const question = 'which platoon got hit by the car bomb on rte taurus';
    expect(answerOf(question).answer?.text).toMatch(/INF PLT H traveling towards Konduz on rte Taurus/);
    expect(marked(question)).toBe('INF PLT H');
  });

  it('still rivals when its report names what the best\'s lacks: the BDA of "OPN THE ISLAND"', () => {
    // The best counts "373 forces" of a raid near Jalalabad; the report naming the operation asked is the story.
    const { answer, declined } = answerOf(
      'How many enemy fighters did the helicopter teams kill during Operation The Island?',
    );
    expect(answer).toBeNull();
    expect(declined).toBe('other-report');
  });

  it("still rivals as another record of the same form: the HCA drop in Kamdish village beside Pitigal's", () => {
    // "District: Kamdish Village: Pitigal …" holds "First Aid Kits" in its list of goods, Kamdish village's none: a
    // list of goods tells no aid drop the other lacks, and the asker's village is not Pitigal.
    const { answer, declined } = answerOf('What was the MGRS grid of the aid drop in Kamdish village in January 2007?');
    expect(answer?.text ?? '').not.toMatch(/Village: Pitigal/);
    expect(declined).toBe('other-report');
  });
});

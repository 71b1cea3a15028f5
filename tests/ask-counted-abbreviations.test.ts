/**
 * Readings of the War Diary's abbreviations (issue 11). "How many" questions counting people it writes so: a glossary
 * form ending in the counted noun or a kind it is of ("military-age *males*", "Afghan *police*") names a kind of them,
 * so its abbreviation counts them. A site's class in capitals after a verb and "to" ("brought to *FOB* Naray") names
 * where, though the tagger reads a verb; after a route's first end it does not (tests/ask-probe-o.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an abbreviation for a kind of the people counted counts them', () => {
  it('reads MAM, military-age males, as a count of men', () => {
    expect(marked('How many men were digging in the road near COP Najil?')).toMatch(/^6X MAM/);
  });

  it('reads ANP, the Afghan police, as a count of police', () => {
    expect(marked('How many police will man the renovated station near FOB Tagab?')).toMatch(/^30 ANP/);
  });

  it('keeps counts written as the noun asked answered by them', () => {
    expect(marked('How many men were in the cell the Afghans rolled up?')).toContain('four-man');
    expect(answerOf('How many people were laying the IED near Panjwayi?').answer?.text).toContain('3x persons');
  });

  it('leaves "the men" outside a count as before: no form in "men" makes MAM a kind of them', () => {
    expect(marked('When did TF 31 spot the men laying an IED?')).toMatch(/201530Z/);
  });

  it('keeps declining where no abbreviation counts those asked', () => {
    expect(answerOf('How many Afghan police went missing after the Meng Derakht firefight?').answer).toBeNull();
  });
});

describe('a site class in capitals the tagger read as an infinitive after "to"', () => {
  it('reads "brought to FOB Naray" as where they were taken', () => {
    expect(marked('Where were the wounded villagers from Shingar taken?')).toBe('FOB Naray');
  });

  // The report says it ("departed FOB Salerno … as QRF ISO TF 373 IVO KG Pass"), but the tagger reads "Pass" as a
  // verb and the sentence names no place it reads: closest passages, never the place of another leg of the flight.
  it('quotes no place but the one they left from', () => {
    const { answer } = answerOf('Where did the Apache team take off from for the KG Pass mission?');
    expect(answer === null || answer.text.includes('FOB Salerno')).toBe(true);
  });
});

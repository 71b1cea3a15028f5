/**
 * "How many" questions counting people the War Diary writes by an abbreviation (issue 11): a glossary form ending in
 * the counted noun ("military-age *men*", "Afghan *police*") names a kind of them, so its abbreviation counts them.
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

  it('keeps declining where no abbreviation counts those asked', () => {
    expect(answerOf('How many Afghan police went missing after the Meng Derakht firefight?').answer).toBeNull();
  });
});

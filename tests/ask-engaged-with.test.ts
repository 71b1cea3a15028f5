/**
 * "Engage (a target) with X" tells X fired (issue 11): the War Diary says a unit fired a weapon by "engaging with" it,
 * as it says it "returned fire", though WordNet relates no sense of "engage" to "fire". Only with a weapon, a calibre
 * or fire after the "with" or "by".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a verb of fighting with a weapon after its "with" says the weapon was fired', () => {
  it('answers what a unit fired by "element is engaging with 120mm" (the progressive wink tags an adjective)', () => {
    expect(marked('What weapon did TF Titan fire at the man rebuilding a fighting position near Kamdesh COP?')).toBe(
      '120mm',
    );
  });

  it('answers the Khers patrol engaged with SAF and PKM, once "Canadian" is read as no main word (the unit is named)', () => {
    // The reading it once lacked: a people's adjective the glossary has no code for is not the main word (gates.ts).
    expect(marked('What weapons did the insurgents fire at the Canadian patrol near Khers?')).toBe('SAF and PKM');
  });
});

/**
 * Yes/no questions of whether France, New Zealand or the United Arab Emirates may have an order (issue 11): the War
 * Diary's release markings list them by their codes ("SECRET//REL TO USA, …, FRA, …, NZL, and UAE"), people by their
 * names ("the kiwis", "the french", "the United Arab Emirates"). A nation named in several words is one nation
 * (released.ts `codedWords`), read by the glossary's form of its whole name.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe("an order's release marking answers for France, New Zealand and the United Arab Emirates", () => {
  it('reads the kiwis and New Zealand as NZL', () => {
    expect(marked('can the kiwis see frago 203')).toBe('NZL');
    expect(marked('is frago 68 releasable to new zealand')).toBe('NZL');
  });

  it('reads the French, by WordNet, and France as FRA', () => {
    expect(marked('is change 1 to frago 203 cleared for the french')).toBe('FRA');
    expect(marked('Is FRAGO 199 releasable to France?')).toBe('FRA');
  });

  it('reads the United Arab Emirates, its name in three words, and Emiratis as UAE', () => {
    expect(marked('is frago 203 releasable to the united arab emirates')).toBe('UAE');
    expect(marked('can the emiratis see frago 68')).toBe('UAE');
  });
});

/**
 * A "which X" question whose X WordNet files first as a state ("operation") is answered by a title the report gives X,
 * written in title case inside a sentence in lower case (src/search/titled.ts): "During *Operation Hero Presence*".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('an operation named by its title', () => {
  it('answers "during which operation" by the operation\'s title', () => {
    const question = 'During which operation were CB13 and Whiskey 36 ambushed in Zharmi district?';
    expect(marked(question)).toBe('Operation Hero Presence');
  });

  it('still answers which elements were ambushed during it by their names', () => {
    expect(marked('Which two elements got ambushed during Operation Hero Presence?')).toBe('CB13 and Whiskey 36');
  });
});

/**
 * "What hit X?" is answered by what the report says damaged or destroyed X (src/search/acts.ts, harmsOfHit): the War
 * Diary tells a strike on a thing by the harm it did, the thing that struck after "by" ("The office damaged by one RPG
 * round").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('what hit a thing, told by the harm it did', () => {
  it('reads what damaged the DWHH office as what hit it', () => {
    expect(marked('What really hit the DWHH office in Taloqan?')).toBe('one RPG round');
  });

  it('reads it so for a close bridge of hit: "struck"', () => {
    expect(marked('What struck the DWHH office in Taloqan?')).toBe('one RPG round');
  });

  it('still answers a hit told as a hit', () => {
    expect(marked('What hit the Fox jammer vehicle near the Konduz river ford?')).toBe('ONE RPG');
  });
});

/**
 * An act told only as possible beside the same act told as done (issue 11): the War Diary hedges what it has not
 * confirmed ("filming *might* also be happening at the Western cordon") and says it plainly once it has ("the scene
 * was being filmed at the Eastern cordon"). The plain sentence of the report goes first and the hedged one does not
 * rival it.
 */
import { describe, expect, it } from 'vitest';
import { hedged } from '../src/search/hedged.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('an act told as done before one told as possible', () => {
  it('reads a modal or an adverb of likelihood as telling an act only as possible', () => {
    expect(hedged('The scene commander reported filming might also be happening at the Western cordon.')).toBe(true);
    expect(hedged('The IED was possibly placed in a culvert.')).toBe(true);
    expect(hedged('The scene commander reported that the scene was being filmed at the Eastern cordon.')).toBe(false);
  });

  it('answers where the car bomb scene was filmed by the cordon told plainly, not the one it might also be', () => {
    expect(marked('where was the mazar car bomb scene being filmed')).toBe('Eastern cordon');
  });
});

/**
 * A question asking where from is answered by a place said after "from" (kinds.ts relativePlaces), a place said from
 * another ("15 KM NW of Bari Khowt") as a name is: "C/3-71 was engaged by RPG and SAF … approximately 15 KM NW of Bari
 * Khowt" says where the unit was when it was hit, not where the shooting came from ("receiving SAF from the Northern
 * ridgeline"). One said after "from", past an article, still answers: "2 Rounds IDF from the 400m NE of Hunter Base".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a place said from another, asked where from', () => {
  it('does not take where a unit was hit for where the fire came from', () => {
    expect(marked('where was the shooting coming from on the kamdesh gardesh road')).not.toBe('15 KM NW of Bari Khowt');
  });

  it('still takes one said after "from"', () => {
    expect(marked('Where did the rockets fired at Hunter Base come from?')).toContain('400m NE of Hunter Base');
  });
});

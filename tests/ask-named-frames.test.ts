/**
 * Names the War Diary gives after the words a name follows ("Operation Aragon", "FOB Cobra", "OBJ Wolf"), though
 * WordNet knows them as common words (issue 11): each says which report the question is about, as a name WordNet does
 * not know does; and a name held only through a loose bridge is not named.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a capitalised word after "Operation", "OBJ", "Camp", "FOB", "c/s" is a name', () => {
  it('counts "FOB *Cobra*" from the rest of its report: the strike\'s sentence answers', () => {
    expect(marked('How many enemy were killed when the A-10 engaged near FOB Cobra?')).toBe('3x EN KIA');
  });

  it('keeps a route\'s question answered as before: "LOC Banana"', () => {
    expect(answerOf('How many insurgents attacked the QRF company on LOC Banana?').answer?.text).toContain(
      'up seven INS',
    );
  });
});

/**
 * Names the War Diary gives after a base's, a post's or a call sign's word ("FOB Cobra", "COP Keating", "c/s
 * Mohawk"), though WordNet knows them as common words (issue 11): each says which report the question is about, as a
 * name WordNet does not know does. An operation's or an objective's name ("Operation Aragon", "Objective Wolf") is
 * read as before: counted from the story's opening sentence it lifted that sentence beside the answer.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a capitalised word after "FOB", "COP", "PB", "Camp", "c/s" is a name', () => {
  it('counts "FOB *Cobra*" from the rest of its report: the strike\'s sentence answers', () => {
    expect(marked('How many enemy were killed when the A-10 engaged near FOB Cobra?')).toBe('3x EN KIA');
  });

  it('keeps a route\'s question answered as before: "LOC Banana"', () => {
    expect(answerOf('How many insurgents attacked the QRF company on LOC Banana?').answer?.text).toContain(
      'up seven INS',
    );
  });
});

describe("an operation's or an objective's name is read as before", () => {
  it('answers who died in the raid on "Objective Wolf" from the sentence telling the deaths', () => {
    expect(marked('Who died in the raid on Objective Wolf?')).toBe('1 child, 1 woman, 5 males');
  });

  it('answers the injuries asked of in "Operation Aragon", not the sentence opening the story', () => {
    const { answer } = answerOf('What injuries did the two wounded German soldiers have in Operation Aragon?');
    expect(answer?.text).toMatch(/BROKEN LEG AND THE OTHER HAS BURN INJURIES/);
  });
});

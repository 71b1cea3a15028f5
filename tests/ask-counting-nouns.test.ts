/**
 * A noun WordNet knows as a whole number is the asker's count (src/search/gates.ts, countingNoun): "the tf 3-73
 * *pair*" is written "2x detainee transferred to the BTIF from TF 3-73", so it is not the question's main word, which
 * a sentence must tell. A group noun that is no number ("posse") still is, and a sentence without it is declined.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a noun counting those asked of', () => {
  it('is no main word: "pair" for the two detainees a unit brought', () => {
    expect(marked('which isns did the tf 3-73 pair get on 17 aug 09')).toBe('4127');
    expect(marked('when exactly did the pair with isn 20089 get to btif in dec 09')).toBe('on 201638LDEC09');
  });

  it('leaves a group noun that counts nothing the main word', () => {
    const { answer, declined } = answerOf('which isns did the tf 3-73 posse get on 17 aug 09');
    expect(answer).toBeFalsy();
    expect(declined).toBe('main-word');
  });
});

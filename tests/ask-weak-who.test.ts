/**
 * A "who" question answered by a common noun WordNet files as a person or a group ("a local national tow truck
 * *driver*"): it says whom as plainly as a name, so the sentences of its report naming no one (tellsSubject) do not
 * rival it. A weak phrase of another kind still leaves them rivals.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a person named by a common noun answers "who" over its report\'s other sentences', () => {
  it('answers who TF Titan will hire by the driver', () => {
    expect(marked('Who is TF Titan going to hire to help get the rolled vehicle back?')).toBe('driver');
  });

  it('still declines when the phrase read is no person ("side")', () => {
    expect(answerOf('Who did TF Titan plan to hire to help recover the rolled vehicle?').answer).toBeNull();
  });
});

/**
 * The War Diary writes the side reporting as FF, friendly forces (issue 11): a sentence saying what FF did says what
 * the question's soldiers did, as plainly as one writing "soldiers"; a side the question names must still be written.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"FF" says the soldiers a question asks about', () => {
  it('answers what the soldiers did by the sentence saying what FF did', () => {
    expect(marked('What did the soldiers do after marking the mortar rounds red?')).toBe('continued training');
  });

  it('still declines soldiers of a side the report does not write ("French")', () => {
    expect(answerOf('What did the French soldiers do after marking the mortar rounds red?').answer).toBeNull();
  });
});

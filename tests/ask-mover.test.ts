/**
 * "What did S do after Y?" in askers' own words (issue 11): what S did after is told in the sentence after Y's, though
 * the report said where earlier in the passage, and an act of S's told before Y is no rival to it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what did S do after Y?": the act told after Y', () => {
  it('finds Y told over two sentences, the place first, and answers by the next', () => {
    expect(marked('what did the motorcycle do after the mg burst at loc litschi')).toBe(
      'withdrew immediately northwards',
    );
  });

  it('keeps the scene told in one sentence answered as before', () => {
    expect(marked('What did the green Toyota do after the G36 shot?')).toBe('stopped and was controlled by FF');
    expect(marked('What did the motorcyclist do after the warning shot?')).toBe('withdrew travelling northwards');
  });

  it('still declines where no sentence after the scene tells the act of S', () => {
    expect(answerOf('What did the German helicopter do after it was shot at?').answer).toBeFalsy();
  });
});

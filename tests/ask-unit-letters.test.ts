/**
 * A "which X V …?" question whose X is a word WordNet knows no noun of asks who did the act (question.ts, doerAsked):
 * the War Diary names its units by letters ("TF 373", "PLT", "OMLT"), which askers write as the reports do ("which
 * *tf* sent 4200 and 4201"). A noun WordNet knows as neither someone nor a thing ("which *day* saw the attack") still
 * asks what the act was done to.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a unit\'s letters after "which"', () => {
  it('are the noun asked, the doer of the act', () => {
    expect(readQuestion('which tf sent 4200 and 4201', lexicon()).instanceOf).toBe('tf');
  });

  it('leave a noun WordNet knows as no one, nor a thing, to what the act was done to', () => {
    expect(readQuestion('which day saw the attack', lexicon()).instanceOf).toBeUndefined();
  });

  it('are answered by the unit that handed the detainee over', () => {
    expect(answerOf('which tf sent over the uec that was given 20024').answer?.text).toMatch(/from TF 373/);
  });
});

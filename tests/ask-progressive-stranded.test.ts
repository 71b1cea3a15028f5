/**
 * A progressive question whose verb the tagger reads as a noun, its preposition left standing before the scene (issue
 * 11): "what were the drivers *training* with in the blue box?" asks what they trained with, not which training.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('the progressive verb before a stranded preposition', () => {
  it('reads "training" before "with in the blue box" as the verb, asking what it acts with', () => {
    const question = readQuestion('what were the logsptbn drivers training with in the blue box', lexicon());
    expect(question.instanceOf).toBeUndefined();
    expect(question.expects.has('quantity')).toBe(false);
  });

  it('still reads the progressive ending the question', () => {
    expect(readQuestion('what were the workers building', lexicon()).instanceOf).toBeUndefined();
  });

  it('no longer quotes how long the recovery took ("within *three hours*") as what the drivers trained with', () => {
    const answer = answerOf('what were the logsptbn drivers training with in the blue box').answer;
    expect(answer?.text ?? '').not.toMatch(/three hours/);
  });
});

/**
 * "Got" before a participle is the passive "was" is (issue 11): "which platoon *got* hit by the car bomb" asks which
 * platoon, as "which platoon was hit" does, so the platoon is the instance asked and INF PLT H is read as one.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a "which X got V-ed" question', () => {
  it('asks an instance of the platoon', () => {
    expect(readQuestion('which platoon got hit by the car bomb on rte taurus', lexicon()).instanceOf).toBe('platoon');
  });

  it('reads INF PLT H in the summary of the car bomb on route Taurus', () => {
    const [first] = answerOf('which platoon got hit by the car bomb on rte taurus').considered;
    expect(first?.report.id).toBe('GER-0057');
    expect(first?.kind).toBe('INF PLT H');
  });
});

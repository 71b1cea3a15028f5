/**
 * A yes/no question typed without its auxiliary (issue 11): "anyone hurt when …?" asks what "was anyone hurt when …?"
 * asks, its "when" setting the scene, not asking a time; the casualty line of the report telling that scene answers.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a yes/no question without its auxiliary', () => {
  it('reads "anyone hurt when …" as asking yes or no, not a time', () => {
    const question = readQuestion('anyone hurt when the mey patrol flipped the wolf', lexicon());
    expect(question.wh).toBeNull();
    expect(question.expects.size).toBe(0);
  });

  it('answers it by the casualty line of the report telling the scene: "NO INJURIES."', () => {
    const q = 'anyone hurt when the mey patrol flipped the wolf';
    expect(answerOf(q).answer?.report.id).toBe('GER-0006');
    expect(marked(q)).toBe('NO INJURIES');
  });

  it('leaves a question opening with its wh-word as it asks: "when was anyone hurt"', () => {
    expect(readQuestion('when was anyone hurt near the bridge', lexicon()).wh).toBe('when');
  });
});

/**
 * "How did X find out / learn / hear…?" answered by who told X (tellers.ts toldTo, saysLearning): "*The local population
 * informed the patrol* of a second IED" says how the patrol came to know of it, a verb of telling taking the knower as
 * its object and its subject being the one who told; the tagger's "adjective" *informed* before "the" read as the verb.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('who told the one who came to know: how they knew', () => {
  it('answers how the patrol learnt of the second IED near the strike site', () => {
    const question = 'How did the patrol learn of the second IED close to the strike site?';
    expect(answerOf(question).answer?.report.id).toBe('GER-0072');
    expect(marked(question)).toBe('The local population informed the patrol');
  });

  it('reads a verb of coming to know with its particle, as WordNet knows "find out" with "learn"', () => {
    expect(marked('How did the German patrol find out about the second IED?')).toBe(
      'The local population informed the patrol',
    );
  });
});

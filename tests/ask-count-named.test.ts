/**
 * A question put as a bare noun phrase headed by a count's noun, no wh-word (src/search/question.ts, countNamed):
 * "headcount after isns 20071 and 20073" asks what "what was the headcount …?" asks, the number the noun says.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a bare "headcount …" asks the count', () => {
  it('answers by the headcount after the ISNs named', () => {
    expect(marked('headcount after isns 20071 and 20073')).toBe('713A');
    expect(marked('headcount at btif after isn 4217?')).toBe('672A');
    expect(marked('btif count after 20021 was assigned?')).toBe('628A');
  });

  it('reads no count in a bare phrase not headed by one: still nothing asked', () => {
    expect(answerOf('ambush near kandahar').answer).toBeNull();
  });
});

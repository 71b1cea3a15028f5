/**
 * "Who got hurt / was wounded…?" asks who underwent the act (issue 11): "got" with a participle is a passive as "was"
 * is, and a best naming a person as a passive verb's subject ("FF observed that LN driver was wounded") names who
 * underwent it as surely as one naming them as the verb's object. A force's code as that subject ("FF were attacked by
 * … INS") is the reporting side, no one such a question asks for: no answer from it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('who underwent the act, named as a passive verb subject', () => {
  it('answers "who got hurt" by the person the passive names', () => {
    const asked = 'Who got hurt when the soldiers fired a warning shot at the speeding car?';
    expect(answerOf(asked).answer?.text).toMatch(/LN driver was wounded/);
    expect(marked(asked)).toBe('LN driver');
  });

  it('does not answer "who was attacked" by the force code a passive names', () => {
    expect(marked('Who was attacked by insurgents on the march from Kunduz?')).not.toBe('FF');
  });
});

/**
 * A person no report writes of in the asker's word is named by a kind of it: "prisoner 4256" is "ISN 4256", a detainee
 * (WordNet files "detainee" under "prisoner"). Only people: a thing's kinds are other things (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a person asked in a word no report writes', () => {
  it('is told by a kind of it: "prisoner" by the detainee the ISN numbers', () => {
    const { answer } = answerOf('when did prisoner 4256 come in');
    expect(answer?.report.id).toBe('18292240-1517-911C-C5DC703AA8E86D22');
    expect(marked('when did prisoner 4256 come in')).toBe('on 212130LNOV09');
  });

  it('is not a thing\'s kinds: "layers" of a bomb (a coat, a film) quote no other firing', () => {
    expect(answerOf('When did the guns fire on the bomb layers?').answer).toBeNull();
  });
});

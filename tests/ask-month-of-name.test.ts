/**
 * A month's short name heading a name is no date (kinds.ts monthOfName): "Operation *Mar* Karardad" names an
 * operation, and a title line naming it tells no time (issue 11, askers' own words).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a month heading a name dates nothing', () => {
  it('does not answer "when" by the title naming the operation ("TF 1Fury OPERATION Mar Karardad CONOP")', () => {
    const asked = answerOf('when does tf 1 fury air assault in for mar karardad');
    expect(asked.answer?.text).not.toBe('TF 1Fury OPERATION Mar Karardad CONOP Level 2');
    expect(asked.considered.find((c) => c.text.includes('Mar Karardad CONOP'))?.kind).toBeUndefined();
  });
});

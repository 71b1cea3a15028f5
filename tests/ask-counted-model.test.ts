/**
 * A model the War Diary counts ("1x MUNGO") and tells the question's act of right after ("heavily damaged"): the X a
 * "which X was V-ed?" question asks (kinds.ts, modelsCounted).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a counted model the act asked is told of', () => {
  it('answers "which vehicle was damaged?" by the model counted before "heavily damaged"', () => {
    expect(marked('Which vehicle was heavily damaged in the Kunduz BDA update?')).toBe('MUNGO');
  });

  it('quotes no counted model for an act the report does not tell of it', () => {
    expect(marked('Which vehicle was set on fire in the Kunduz BDA update?')).not.toBe('MUNGO');
  });
});

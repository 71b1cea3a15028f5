/**
 * "How did X V?" answered by "using Y" when the sentence says its purpose at more length than a bare "to": "using
 * mortars *in attempt to* flush out EN pers" (means.ts usedTo, purposeOpener). English says "in order to", "in an
 * attempt to", "in an effort to" for "to", the War Diary dropping the article.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"using Y in (an) attempt to V" tells how V was done', () => {
  it('marks what was used before "in attempt to"', () => {
    expect(marked('How did TF 31 try to flush out the enemy at Sperwan?')).toBe('using mortars');
  });

  it('keeps "use X to V" read as before', () => {
    expect(marked('How will INF COY warn the population before use of CAS?')).toBe('USE PSYOPS');
  });
});
